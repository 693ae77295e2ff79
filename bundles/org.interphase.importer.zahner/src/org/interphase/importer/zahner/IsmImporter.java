/*
 * Copyright (c) 2026 the Interphase contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.interphase.importer.zahner;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.core.runtime.IProgressMonitor;
import org.interphase.data.DatasetBuilder;
import org.interphase.data.DatasetBuilder.ColumnWriter;
import org.interphase.data.Metadata;
import org.interphase.data.QuantityKind;
import org.interphase.data.Technique;
import org.interphase.importer.ImportException;
import org.interphase.importer.Importer;
import org.interphase.importer.support.BinaryFile;

/**
 * Zahner Thales/Analysis impedance spectra (.ism, binary, big-endian): a version (int48), the sample count minus one
 * (int48), then one array per quantity, one value per sample: frequency (f8, Hz), |Z| (f8, Ohm), phase (f8, rad),
 * time stamp (f8, seconds since 1980-01-01) and significance (i2); then strings (i2 length and ASCII with upper and
 * lower case swapped): date (ddmmyy), system, potential, current, temperature, time window, four comments, electrode
 * area and serial number; then an acquisition flag (i2) and 32 f8 values. When the flag exceeds 256 and bit 15 of
 * value 27 is set, potential/current channel pairs follow (not read); otherwise the file ends there.
 * <p>
 * A Zahner sweep starts in the middle of its range, goes to one end, then sweeps the whole range: the start overlaps
 * the rest, so only the samples between the minimum- and maximum-frequency samples are kept, in measurement order.
 * Re(Z) and Im(Z) are computed from |Z| and the phase.
 */
public class IsmImporter implements Importer {

    public static final String ID = "zahner.ism";

    private static final int STRINGS = 12;
    private static final String[] STRING_NAMES = { "date", "system", "potential", "current", "temperature", "time window", "comment 1",
            "comment 2", "comment 3", "comment 4", "electrode area", "serial number" };
    private static final LocalDateTime EPOCH = LocalDateTime.of(1980, 1, 1, 0, 0);

    @Override
    public void read(Path file, DatasetBuilder builder, IProgressMonitor monitor) throws ImportException {
        try (BinaryFile in = BinaryFile.open(file, ID)) {
            ByteBuffer head = in.bytes(0, 12, "the version and sample count", ByteOrder.BIG_ENDIAN);
            long version = int48(head, 0);
            long samples = int48(head, 6) + 1;
            builder.metadata("zahner.version", "0x" + HexFormat.of().toHexDigits(version).substring(4));
            long arrays = 12 + samples * (4 * 8 + 2);
            if (samples < 1 || samples > (in.size() - 12) / 34) {
                throw in.error(6, "a count of " + samples + " samples does not fit the file's " + in.size() + " bytes");
            }
            ByteBuffer values = in.bytes(12, (int) (arrays - 12), "the sample arrays", ByteOrder.BIG_ENDIAN);
            int n = (int) samples;
            double[] f = new double[n];
            double[] z = new double[n];
            double[] phase = new double[n];
            double[] time = new double[n];
            int[] significance = new int[n];
            for (int i = 0; i < n; i++) {
                f[i] = values.getDouble(8 * i);
                z[i] = values.getDouble(8 * (n + i));
                phase[i] = values.getDouble(8 * (2 * n + i));
                time[i] = values.getDouble(8 * (3 * n + i));
                significance[i] = values.getShort(32 * n + 2 * i);
                if (!(f[i] > 0) || Double.isInfinite(f[i])) {
                    throw in.error(12 + 8L * i, "frequency of sample " + (i + 1) + " is " + f[i] + " Hz");
                }
                if (!(z[i] >= 0) || Double.isInfinite(z[i])) {
                    throw in.error(12 + 8L * (n + i), "|Z| of sample " + (i + 1) + " is " + z[i] + " Ohm");
                }
                if (!(Math.abs(phase[i]) <= 2 * Math.PI)) {
                    throw in.error(12 + 8L * (2 * n + i), "phase of sample " + (i + 1) + " is " + phase[i] + " rad");
                }
                if (!Double.isFinite(time[i])) {
                    throw in.error(12 + 8L * (3 * n + i), "time of sample " + (i + 1) + " is " + time[i]);
                }
            }
            long position = arrays;
            List<String> strings = new ArrayList<>();
            for (int s = 0; s < STRINGS && position < in.size(); s++) {
                int length = in.bytes(position, 2, "the length of the " + STRING_NAMES[s], ByteOrder.BIG_ENDIAN).getShort(0);
                if (length < 0) {
                    throw in.error(position, "the " + STRING_NAMES[s] + " has a negative length " + length);
                }
                ByteBuffer bytes = in.bytes(position + 2, length, "the " + STRING_NAMES[s], ByteOrder.BIG_ENDIAN);
                StringBuilder text = new StringBuilder(length);
                for (int k = 0; k < length; k++) {
                    char c = (char) (bytes.get(k) & 0xFF);
                    if (c < 32 && c != '\t') {
                        throw in.error(position + 2 + k, "the " + STRING_NAMES[s] + " holds the control character " + (int) c);
                    }
                    text.append(Character.isUpperCase(c) ? Character.toLowerCase(c) : Character.isLowerCase(c) ? Character.toUpperCase(c) : c);
                }
                strings.add(text.toString().strip());
                position += 2 + length;
            }
            if (position < in.size()) {
                ByteBuffer tail = in.bytes(position, 2 + 32 * 8, "the acquisition settings", ByteOrder.BIG_ENDIAN);
                int flag = tail.getShort(0);
                double value27 = tail.getDouble(2 + 8 * 26);
                boolean pairs = flag > 256 && Double.isFinite(value27) && (((long) value27) & 0x8000) != 0;
                position += 2 + 32 * 8;
                if (!pairs && position != in.size()) {
                    // newer Thales versions append further sections (e.g. the meta data block Zahner's own reader skips):
                    // the samples were located by their count above, so what follows is reported, not read
                    builder.warning(in.warning(position, (in.size() - position)
                            + " bytes after the acquisition settings (a section this importer does not know) were not read"));
                }
                builder.metadata("zahner.acquisition_flag", Integer.toString(flag));
            }
            metadata(builder, strings, time);

            // keep the samples between the minimum- and maximum-frequency samples
            int min = 0;
            int max = 0;
            for (int i = 1; i < n; i++) {
                if (f[i] < f[min]) {
                    min = i;
                }
                if (f[i] > f[max]) {
                    max = i;
                }
            }
            int from = Math.min(min, max);
            int to = Math.max(min, max);
            // the kept range is one monotonic sweep, and what is left out is its overlapping start: frequencies
            // measured again in the kept range (a damaged frequency would move the range and lose samples silently)
            int direction = Double.compare(f[to], f[from]);
            for (int i = from + 1; i <= to; i++) {
                if (Double.compare(f[i], f[i - 1]) != direction) {
                    throw in.error(12 + 8L * i, "frequency of sample " + (i + 1) + " (" + f[i] + " Hz) breaks the sweep from sample "
                            + (from + 1) + " to sample " + (to + 1));
                }
            }
            for (int i = 0; i < n; i++) {
                if (i >= from && i <= to) {
                    continue;
                }
                boolean measuredAgain = false;
                for (int j = from; j <= to && !measuredAgain; j++) {
                    measuredAgain = Math.abs(f[j] / f[i] - 1) < 0.05;
                }
                if (!measuredAgain) {
                    throw in.error(12 + 8L * i, "sample " + (i + 1) + " (" + f[i] + " Hz) lies outside the sweep from sample " + (from + 1)
                            + " to sample " + (to + 1) + " and is not measured again in it");
                }
            }
            builder.metadata("zahner.samples", Integer.toString(n));
            builder.metadata("zahner.kept_samples", (from + 1) + "-" + (to + 1));
            builder.technique(Technique.EIS);
            ColumnWriter cf = builder.column("freq", "Hz", QuantityKind.FREQUENCY);
            ColumnWriter cre = builder.column("Re(Z)", "Ohm", QuantityKind.IMPEDANCE_REAL);
            ColumnWriter cim = builder.column("Im(Z)", "Ohm", QuantityKind.IMPEDANCE_IMAGINARY);
            ColumnWriter cz = builder.column("|Z|", "Ohm", QuantityKind.IMPEDANCE_MODULUS);
            ColumnWriter cp = builder.column("phase", "rad", QuantityKind.IMPEDANCE_PHASE);
            ColumnWriter ct = builder.column("time", "s", QuantityKind.TIME);
            ColumnWriter cs = builder.column("significance", "", QuantityKind.OTHER);
            for (int i = from; i <= to; i++) {
                cf.append(f[i]);
                cre.append(z[i] * Math.cos(phase[i]));
                cim.append(z[i] * Math.sin(phase[i]));
                cz.append(z[i]);
                cp.append(phase[i]);
                ct.append(time[i] - time[from]);
                cs.append(significance[i]);
            }
        }
    }

    private static long int48(ByteBuffer b, int offset) {
        long value = 0;
        for (int i = 0; i < 6; i++) {
            value = (value << 8) | (b.get(offset + i) & 0xFF);
        }
        return (value << 16) >> 16; // signed
    }

    private static void metadata(DatasetBuilder builder, List<String> strings, double[] time) {
        String date = strings.size() > 0 ? strings.get(0) : "";
        if (strings.size() > 1 && !strings.get(1).isEmpty()) {
            builder.metadata(Metadata.INSTRUMENT, "Zahner (" + strings.get(1) + ")");
        }
        if (strings.size() > 2 && !strings.get(2).isEmpty()) {
            builder.metadata("zahner.potential", strings.get(2));
        }
        if (strings.size() > 3 && !strings.get(3).isEmpty()) {
            builder.metadata("zahner.current", strings.get(3));
        }
        if (strings.size() > 4 && !strings.get(4).isEmpty()) {
            builder.metadata("zahner.temperature", strings.get(4));
        }
        List<String> comments = new ArrayList<>();
        for (int s = 6; s < Math.min(10, strings.size()); s++) {
            if (!strings.get(s).isEmpty()) {
                comments.add(strings.get(s));
            }
        }
        if (!comments.isEmpty()) {
            builder.metadata(Metadata.COMMENTS, String.join("\n", comments));
        }
        if (strings.size() > 10) {
            try {
                builder.metadata(Metadata.ELECTRODE_AREA_M2, Double.toString(new java.math.BigDecimal(strings.get(10).replace(',', '.'))
                        .movePointLeft(4).doubleValue()));
            } catch (NumberFormatException e) {
                // an area that is not a number stays in the file
            }
        }
        double first = Double.POSITIVE_INFINITY;
        for (double t : time) {
            first = Math.min(first, t);
        }
        LocalDateTime start = null;
        if (first > 0 && first < 1e10) {
            start = EPOCH.plusNanos(Math.round(first * 1e3) * 1_000_000L);
        } else {
            Matcher d = Pattern.compile("(\\d{2})(\\d{2})(\\d{2})").matcher(date);
            if (d.matches()) {
                Matcher t = Pattern.compile("(\\d{1,2}):(\\d{2}):(\\d{2}).*").matcher(strings.size() > 5 ? strings.get(5) : "");
                try {
                    int year = Integer.parseInt(d.group(3));
                    LocalDate day = LocalDate.of(year < 80 ? 2000 + year : 1900 + year, Integer.parseInt(d.group(2)), Integer.parseInt(d.group(1)));
                    start = t.matches() ? LocalDateTime.of(day, LocalTime.of(Integer.parseInt(t.group(1)), Integer.parseInt(t.group(2)),
                            Integer.parseInt(t.group(3)))) : day.atStartOfDay();
                } catch (DateTimeException e) {
                    start = null;
                }
            }
        }
        if (start != null) {
            builder.metadata(Metadata.START_TIME, start.toString());
        }
        if (!date.isEmpty()) {
            builder.metadata("zahner.date", date);
        }
    }
}
