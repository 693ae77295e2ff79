/*
 * Copyright (c) 2026 the Interphase contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.interphase.importer.autolab;

import java.nio.file.Path;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.interphase.data.DatasetBuilder;
import org.interphase.data.DatasetBuilder.ColumnWriter;
import org.interphase.data.ImportWarning;
import org.interphase.data.Metadata;
import org.interphase.data.QuantityKind;
import org.interphase.data.Technique;
import org.interphase.importer.ImportException;
import org.interphase.importer.Importer;
import org.interphase.importer.support.Numbers;
import org.interphase.importer.support.TextFile;

/**
 * Eco Chemie (Autolab FRA) .dfr files: a "VERSIONx.y" line, the point count, one line not used, then nine lines per
 * point: frequency (Hz), Z' and Z'' (Ohm; the file stores Z'' with the opposite sign, so Im(Z) = -Z''), DC potential
 * (V), DC current (A), time (s), and three values whose meaning is not known (not read).
 * <p>
 * No real .dfr file is in data/: the reader follows docs/formats.md and is tested with files written to that layout.
 */
public class DfrImporter implements Importer {

    public static final String ID = "autolab.dfr";
    private static final int LINES_PER_POINT = 9;

    @Override
    public void read(Path file, DatasetBuilder builder, IProgressMonitor monitor) throws ImportException {
        try (TextFile text = TextFile.open(file, ID)) {
            String version = text.next();
            if (version == null || !version.strip().matches("VERSION\\s*\\d+(\\.\\d+)*")) {
                throw text.error(1, "not a .dfr file: line 1 is not 'VERSIONx.y'");
            }
            builder.metadata("dfr_version", version.strip().substring("VERSION".length()).strip());
            String countLine = text.next();
            long count;
            try {
                count = countLine == null ? -1 : Long.parseLong(countLine.strip());
            } catch (NumberFormatException e) {
                throw text.error("the point count '" + countLine.strip() + "' is not a whole number");
            }
            if (count < 1 || count > Integer.MAX_VALUE / LINES_PER_POINT) {
                throw text.error(2, "the point count " + count + " is not a number of points");
            }
            if (text.next() == null) {
                throw text.error(3, "the file ends after its point count");
            }
            builder.technique(Technique.EIS);
            builder.metadata(Metadata.INSTRUMENT, "Autolab FRA");
            ColumnWriter f = builder.column("freq", "Hz", QuantityKind.FREQUENCY);
            ColumnWriter re = builder.column("Z'", "Ohm", QuantityKind.IMPEDANCE_REAL);
            ColumnWriter im = builder.column("Z''", "Ohm", QuantityKind.IMPEDANCE_IMAGINARY);
            ColumnWriter e = builder.column("Edc", "V", QuantityKind.POTENTIAL);
            ColumnWriter i = builder.column("Idc", "A", QuantityKind.CURRENT);
            ColumnWriter t = builder.column("time", "s", QuantityKind.TIME);
            ColumnWriter[] writers = { f, re, im, e, i, t };
            double[] point = new double[LINES_PER_POINT];
            double previous = Double.NaN;
            int direction = 0;
            for (long p = 0; p < count; p++) {
                if ((p & 0xFFF) == 0 && monitor != null && monitor.isCanceled()) {
                    throw new OperationCanceledException();
                }
                for (int k = 0; k < LINES_PER_POINT; k++) {
                    String line = text.next();
                    if (line == null) {
                        throw text.error(text.line() + 1, "the file ends inside point " + (p + 1) + " of " + count);
                    }
                    try {
                        point[k] = Numbers.parse(line, line.indexOf(',') >= 0);
                    } catch (NumberFormatException ex) {
                        throw text.error("value " + (k + 1) + " of point " + (p + 1) + " '" + line.strip() + "' is not a number");
                    }
                }
                for (int k = 0; k < LINES_PER_POINT; k++) {
                    if (!Double.isFinite(point[k])) {
                        throw text.error("value " + (k + 1) + " of point " + (p + 1) + " is " + point[k]);
                    }
                }
                if (!(point[0] > 0 && point[0] <= 1e9)) {
                    throw text.error(text.line() - LINES_PER_POINT + 1, "the frequency of point " + (p + 1) + ", " + point[0]
                            + " Hz, is not a frequency (a line missing or added before it?)");
                }
                if (p >= 1 && Double.compare(point[0], previous) != direction && direction != 0 || point[0] == previous) {
                    throw text.error(text.line() - LINES_PER_POINT + 1, "the frequency of point " + (p + 1) + ", " + point[0]
                            + " Hz, breaks the sweep (" + previous + " Hz before it): a line missing or added before it?");
                }
                if (p == 1) {
                    direction = Double.compare(point[0], previous);
                }
                previous = point[0];
                point[2] = -point[2];
                for (int k = 0; k < writers.length; k++) {
                    writers[k].append(point[k]);
                }
            }
            long trailer = 0;
            long trailerStart = 0;
            for (String line = text.next(); line != null; line = text.next()) {
                if (!line.isBlank()) {
                    if (trailer++ == 0) {
                        trailerStart = text.line();
                    }
                }
            }
            if (trailer > 0) {
                // newer FRA versions write their settings and dates after the points (pyimpspec's data.dfr: 13 lines)
                builder.warning(ImportWarning.atLine(trailerStart, trailer + " lines after the " + count
                        + " declared points (settings this importer does not know) were not read"));
            }
        }
    }
}
