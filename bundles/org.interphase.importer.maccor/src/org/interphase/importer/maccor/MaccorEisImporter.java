/*
 * Copyright (c) 2026 the Interphase contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.interphase.importer.maccor;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.interphase.data.DatasetBuilder;
import org.interphase.data.DatasetBuilder.ColumnWriter;
import org.interphase.data.ImportWarning;
import org.interphase.data.Metadata;
import org.interphase.data.QuantityKind;
import org.interphase.data.Technique;
import org.interphase.importer.ContentMatcher;
import org.interphase.importer.ImportException;
import org.interphase.importer.Importer;

/**
 * Maccor's impedance export ({@code <test>.EDA0001}, {@code .EDA0002}, ... one spectrum each): a first line
 * {@code MACCOR, INC. AC Impedance Test}, {@code key: value} lines, then a header row of {@code Freq(Hz), Polar(V),
 * time(sec), Z'(a), Z''(b), Phase_Angle, Z-Mag, C(F), ...} and one row per frequency, tab-, comma- or
 * space-separated (docs/formats.md; no real file is in data/, the tests write one). Z''(b) is the imaginary part; whether
 * the file stores Im(Z) or -Im(Z) is decided by the file itself: the phase angle has the sign of Im(Z), so a Z'' of
 * the opposite sign is negated (and said in the metadata). Phase angles in degrees become radians.
 */
public class MaccorEisImporter implements Importer {

    public static final String ID = "maccor.eis";

    static final String SIGNATURE = "MACCOR, INC. AC Impedance Test";
    private static final int HEAD_LINES = 200;

    private record Field(String source, String name, String unit, QuantityKind kind, double factor) {
    }

    private Path file;

    @Override
    public void read(Path file, DatasetBuilder builder, IProgressMonitor monitor) throws ImportException {
        this.file = file;
        try (BufferedReader reader = MaccorText.open(file)) {
            read(reader, builder, monitor);
        } catch (java.nio.file.NoSuchFileException e) {
            throw new ImportException(file, ID, null, "no such file", e);
        } catch (IOException e) {
            throw new ImportException(file, ID, "line 1", "cannot be read: " + e.getMessage(), e);
        }
    }

    private void read(BufferedReader reader, DatasetBuilder builder, IProgressMonitor monitor) throws ImportException, IOException {
        String first = reader.readLine();
        if (first == null) {
            throw ImportException.atLine(file, ID, 1, "the file is empty");
        }
        if (!isTitle(first)) {
            throw ImportException.atLine(file, ID, 1, "does not start with '" + SIGNATURE + "': not a Maccor impedance export");
        }
        builder.metadata(Metadata.INSTRUMENT, "Maccor");
        long line = 1;
        String text;
        List<String> header = null;
        String separator = null;
        while ((text = reader.readLine()) != null) {
            line++;
            if (line > HEAD_LINES) {
                break;
            }
            if (text.isBlank()) {
                continue;
            }
            String sep = text.contains("\t") ? "\t" : text.contains(",") && !text.contains(":") ? "," : "\\s+";
            List<String> cells = List.of(text.strip().split(sep, -1)).stream().map(String::strip).toList();
            if (cells.stream().anyMatch(c -> c.toLowerCase(Locale.ROOT).startsWith("freq"))
                    && cells.stream().anyMatch(c -> c.startsWith("Z'") || c.startsWith("Z''"))) {
                header = cells;
                separator = sep;
                break;
            }
            int colon = text.indexOf(':');
            if (colon > 0 && colon < 64) {
                String key = MaccorText.printable(text.substring(0, colon)).toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_")
                        .replaceAll("^_|_$", "");
                String value = MaccorText.printable(text.substring(colon + 1));
                if (!key.isEmpty() && !value.isEmpty()) {
                    switch (key) {
                        case "channel" -> builder.metadata(Metadata.CHANNEL, value);
                        case "comment", "comments" -> builder.metadata(Metadata.COMMENTS, value);
                        default -> builder.metadata("maccor_" + key, value);
                    }
                }
            }
        }
        if (header == null) {
            throw ImportException.atLine(file, ID, line, "no column header with Freq(Hz) and Z'(a), Z''(b) after the title");
        }
        long headerLine = line;
        List<Field> fields = new ArrayList<>();
        int re = -1;
        int im = -1;
        int phase = -1;
        for (int c = 0; c < header.size(); c++) {
            Field f = field(header.get(c), c, headerLine);
            fields.add(f);
            if (f.kind() == QuantityKind.IMPEDANCE_REAL) {
                re = c;
            } else if (f.kind() == QuantityKind.IMPEDANCE_IMAGINARY) {
                im = c;
            } else if (f.kind() == QuantityKind.IMPEDANCE_PHASE) {
                phase = c;
            }
        }
        if (re < 0 || im < 0 || fields.stream().noneMatch(f -> f.kind() == QuantityKind.FREQUENCY)) {
            throw ImportException.atLine(file, ID, headerLine, "the header lacks Freq(Hz), Z'(a) or Z''(b): " + header);
        }
        // the rows of one spectrum are few (one per frequency): they are read before the sign of Z'' is decided
        List<double[]> rows = new ArrayList<>();
        List<Long> lines = new ArrayList<>();
        boolean decimalComma = false;
        boolean decided = false;
        int width = -1;
        long firstRowLine = -1;
        boolean[] emptyInFirst = null;
        int frequency = -1;
        for (int c = 0; c < fields.size(); c++) {
            if (fields.get(c).kind() == QuantityKind.FREQUENCY && frequency < 0) {
                frequency = c;
            }
        }
        while ((text = reader.readLine()) != null) {
            line++;
            if ((line & 0xFFF) == 0 && monitor != null && monitor.isCanceled()) {
                throw new OperationCanceledException();
            }
            if (text.isBlank()) {
                continue;
            }
            List<String> cells = new ArrayList<>(List.of(text.strip().split(separator, -1)).stream().map(String::strip).toList());
            while (cells.size() > fields.size() && cells.get(cells.size() - 1).isEmpty()) {
                cells.remove(cells.size() - 1);
            }
            if (width < 0) {
                // the first row sets the layout: Maccor names more columns than it fills (the last ones are left off)
                width = cells.size();
                if (width < fields.size() && width > Math.max(re, Math.max(im, frequency))) {
                    firstRowLine = line;
                } else if (width != fields.size()) {
                    throw ImportException.atLine(file, ID, line, "has " + cells.size() + " fields, the header (line " + headerLine
                            + ") names " + fields.size());
                }
                emptyInFirst = new boolean[width];
                for (int c = 0; c < width; c++) {
                    emptyInFirst[c] = cells.get(c).isEmpty();
                }
            } else if (cells.size() != width) {
                throw ImportException.atLine(file, ID, line, "has " + cells.size() + " fields, the first row"
                        + (width == fields.size() ? " and the header (line " + headerLine + ") have " : " has ") + width);
            }
            while (cells.size() < fields.size()) {
                cells.add("");
            }
            if (!decided) {
                decimalComma = !separator.equals(",") && cells.stream().anyMatch(c -> c.matches("-?\\d+,\\d+(E[-+]?\\d+)?"))
                        && cells.stream().noneMatch(c -> c.matches("-?\\d+\\.\\d+(E[-+]?\\d+)?"));
                decided = true;
            }
            double[] values = new double[fields.size()];
            for (int c = 0; c < values.length; c++) {
                double v = MaccorText.number(cells.get(c), decimalComma);
                if (cells.get(c).isEmpty() && (c >= width || emptyInFirst[c]) && c != re && c != im && c != frequency) {
                    values[c] = Double.NaN; // a column the first row leaves empty: a missing value
                    continue;
                }
                if (Double.isNaN(v)) {
                    throw ImportException.atLine(file, ID, line, fields.get(c).source() + " '" + cells.get(c) + "' is not a number");
                }
                values[c] = v * fields.get(c).factor();
            }
            if (rows.isEmpty() && frequency >= 0) {
                // Maccor's "Polar(V)" column holds the angular frequency 2 pi f in some exports: named for what it holds
                for (int c = 0; c < fields.size(); c++) {
                    Field f = fields.get(c);
                    if (f.kind() == QuantityKind.POTENTIAL && f.source().toLowerCase(Locale.ROOT).startsWith("polar")
                            && values[frequency] > 0 && Math.abs(values[c] / f.factor() / (2 * Math.PI * values[frequency]) - 1) < 1e-4) {
                        fields.set(c, new Field(f.source(), "Angular frequency", "rad/s", QuantityKind.OTHER, 1));
                        values[c] /= f.factor();
                        builder.warning(ImportWarning.atLine(line, f.source() + " holds 2 pi times the frequency (" + values[c]
                                + " at " + values[frequency] + " Hz), not a potential: kept as the angular frequency in rad/s"));
                    }
                }
            }
            String reason = implausible(fields, values);
            if (reason != null) {
                throw ImportException.atLine(file, ID, line, reason);
            }
            rows.add(values);
            lines.add(line);
            if (rows.size() > 1_000_000) {
                throw ImportException.atLine(file, ID, line, "more than a million frequencies in one spectrum");
            }
        }
        if (rows.isEmpty()) {
            throw ImportException.atLine(file, ID, line, "no data rows after the header");
        }
        double sign = 1;
        if (phase >= 0) {
            int agree = 0;
            int disagree = 0;
            for (double[] r : rows) {
                if (r[phase] != 0 && r[im] != 0) {
                    if (Math.signum(r[phase]) == Math.signum(r[im])) {
                        agree++;
                    } else {
                        disagree++;
                    }
                }
            }
            if (disagree > agree) {
                sign = -1;
                builder.metadata("imaginary_sign", "the file's Z''(b) is -Im(Z) (its sign is opposite to the phase angle's); stored as Im(Z)");
            } else {
                builder.metadata("imaginary_sign", "the file's Z''(b) is Im(Z) (its sign agrees with the phase angle's)");
            }
        } else {
            builder.metadata("imaginary_sign", "no phase angle to tell the sign of Z''(b): taken as Im(Z)");
        }
        // columns without any value (named by the header, left off or left empty by every row) are not kept
        List<String> unused = new ArrayList<>();
        List<ColumnWriter> writers = new ArrayList<>();
        for (int c = 0; c < fields.size(); c++) {
            boolean any = c == re || c == im || c == frequency;
            for (int r = 0; r < rows.size() && !any; r++) {
                any = !Double.isNaN(rows.get(r)[c]);
            }
            if (any) {
                writers.add(builder.column(fields.get(c).name(), fields.get(c).unit(), fields.get(c).kind()));
            } else {
                writers.add(null);
                unused.add(fields.get(c).source());
            }
        }
        if (!unused.isEmpty()) {
            builder.warning(ImportWarning.atLine(firstRowLine > 0 ? firstRowLine : headerLine, "the columns " + String.join(", ", unused)
                    + " named on line " + headerLine + " hold no values in any row: left out"));
        }
        for (double[] r : rows) {
            for (int c = 0; c < r.length; c++) {
                if (writers.get(c) != null) {
                    writers.get(c).append(c == im ? sign * r[c] : r[c]);
                }
            }
        }
        builder.technique(Technique.EIS);
    }

    private static String implausible(List<Field> fields, double[] values) {
        for (int c = 0; c < values.length; c++) {
            Field f = fields.get(c);
            double v = values[c];
            if (Double.isNaN(v) && f.kind() != QuantityKind.FREQUENCY && f.kind() != QuantityKind.IMPEDANCE_REAL
                    && f.kind() != QuantityKind.IMPEDANCE_IMAGINARY) {
                continue; // a missing value (an empty field)
            }
            switch (f.kind()) {
                case FREQUENCY -> {
                    if (!(v > 0 && v <= 1e9)) {
                        return f.source() + " " + v + " Hz is not a frequency";
                    }
                }
                case IMPEDANCE_REAL, IMPEDANCE_IMAGINARY, IMPEDANCE_MODULUS -> {
                    if (!(Math.abs(v) <= 1e15)) {
                        return f.source() + " " + v + " Ohm is implausible";
                    }
                }
                case IMPEDANCE_PHASE -> {
                    if (!(Math.abs(v) <= Math.PI + 1e-9)) {
                        return f.source() + " " + v + " rad is not a phase angle";
                    }
                }
                case POTENTIAL -> {
                    if (!(Math.abs(v) <= 1000)) {
                        return f.source() + " " + v + " V is implausible";
                    }
                }
                case TIME -> {
                    if (!(v >= 0 && v <= 1e10)) {
                        return f.source() + " " + v + " s is implausible";
                    }
                }
                default -> {
                }
            }
        }
        return null;
    }

    private Field field(String header, int column, long line) throws ImportException {
        String h = header.strip();
        String k = h.toLowerCase(Locale.ROOT).replace(" ", "");
        if (k.startsWith("freq")) {
            return new Field(h, "Frequency", "Hz", QuantityKind.FREQUENCY, k.contains("khz") ? 1e3 : 1);
        }
        if (k.startsWith("z''")) {
            return new Field(h, "Im(Z)", "Ohm", QuantityKind.IMPEDANCE_IMAGINARY, 1);
        }
        if (k.startsWith("z'")) {
            return new Field(h, "Re(Z)", "Ohm", QuantityKind.IMPEDANCE_REAL, 1);
        }
        if (k.startsWith("phase")) {
            return new Field(h, "Phase(Z)", "rad", QuantityKind.IMPEDANCE_PHASE, k.contains("rad") ? 1 : Math.PI / 180);
        }
        if (k.startsWith("z-mag") || k.startsWith("|z|") || k.startsWith("zmag")) {
            return new Field(h, "|Z|", "Ohm", QuantityKind.IMPEDANCE_MODULUS, 1);
        }
        if (k.startsWith("polar")) {
            return new Field(h, "Polarization", "V", QuantityKind.POTENTIAL, k.contains("mv") ? 1e-3 : 1);
        }
        if (k.startsWith("time")) {
            return new Field(h, "Time", "s", QuantityKind.TIME, k.contains("min") ? 60 : 1);
        }
        if (k.startsWith("c(f)")) {
            return new Field(h, "C", "F", QuantityKind.CAPACITANCE, 1);
        }
        if (h.isEmpty()) {
            throw ImportException.atLine(file, ID, line, "column " + (column + 1) + " has no name");
        }
        return new Field(h, h, "", QuantityKind.OTHER, 1);
    }

    /** Maccor's impedance title, however many spaces the export puts between its words ("MACCOR, INC.    AC Impedance Test"). */
    static boolean isTitle(String firstLine) {
        return firstLine.replace("\uFEFF", "").strip().replaceAll("[ \t]+", " ").toUpperCase(Locale.ROOT)
                .startsWith(SIGNATURE.toUpperCase(Locale.ROOT));
    }

    /** Files whose first line is Maccor's impedance title. */
    public static class EisMatcher implements ContentMatcher {
        @Override
        public boolean matches(Path file, byte[] head) {
            return isTitle(new String(head, StandardCharsets.ISO_8859_1).replace("\u00EF\u00BB\u00BF", ""));
        }
    }
}
