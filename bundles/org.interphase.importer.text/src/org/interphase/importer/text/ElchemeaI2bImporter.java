/*
 * Copyright (c) 2026 the Interphase contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.interphase.importer.text;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

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
import org.interphase.importer.support.Numbers;
import org.interphase.importer.support.TextFile;

/**
 * Elchemea Analytical (ECM) impedance spectra, {@code .i2b}: a few lines of free text (the operator's notes), the point
 * count alone on a line, then one line per point of three numbers separated by spaces: frequency (Hz), Re(Z) and Im(Z)
 * (Ohm, Im(Z) signed: negative for a capacitive response). The layout is that of the files pyimpspec reads (its test
 * file has four lines of notes, a blank line, the count and 29 points); the count line is found among the first
 * {@value #HEAD_LINES} lines as the first line holding one whole number that three-number rows follow.
 */
public class ElchemeaI2bImporter implements Importer {

    public static final String ID = "elchemea.i2b";
    static final int HEAD_LINES = 12;

    @Override
    public void read(Path file, DatasetBuilder builder, IProgressMonitor monitor) throws ImportException {
        try (TextFile text = TextFile.open(file, ID)) {
            List<String> notes = new ArrayList<>();
            long count = -1;
            for (int n = 1; n <= HEAD_LINES; n++) {
                String line = text.next();
                if (line == null) {
                    throw text.error(n, "the file ends before its point count (a line holding one whole number)");
                }
                String l = line.strip();
                if (l.matches("\\d{1,9}")) {
                    count = Long.parseLong(l);
                    break;
                }
                if (!l.isEmpty()) {
                    if (!TextFile.isPrintable(l)) {
                        throw text.error("a line of notes holds control characters: not an .i2b file, or a damaged one");
                    }
                    notes.add(l);
                }
            }
            if (count < 1) {
                throw text.error(Math.max(1, text.line()), count == 0 ? "the point count is 0"
                        : "no point count (a line holding one whole number) in the first " + HEAD_LINES + " lines: not an .i2b file");
            }
            long countLine = text.line();
            if (!notes.isEmpty()) {
                builder.metadata(Metadata.COMMENTS, String.join("\n", notes));
            }
            builder.technique(Technique.EIS);
            builder.metadata(Metadata.SOFTWARE, "Elchemea Analytical (.i2b)");
            builder.expectRows(Math.min(count, 1 << 20));
            ColumnWriter f = builder.column("freq", "Hz", QuantityKind.FREQUENCY);
            ColumnWriter re = builder.column("Re(Z)", "Ohm", QuantityKind.IMPEDANCE_REAL);
            ColumnWriter im = builder.column("Im(Z)", "Ohm", QuantityKind.IMPEDANCE_IMAGINARY);
            long rows = 0;
            long extra = 0;
            long extraLine = 0;
            for (String line = text.next(); line != null; line = text.next()) {
                if (line.isBlank()) {
                    continue;
                }
                if (rows == count) {
                    if (extra++ == 0) {
                        extraLine = text.line();
                    }
                    continue;
                }
                if ((rows & 0xFFF) == 0 && monitor != null && monitor.isCanceled()) {
                    throw new OperationCanceledException();
                }
                String[] fields = line.strip().split("\\s+");
                if (fields.length != 3) {
                    throw text.error(fields.length + " fields, a point has 3 (frequency, Re(Z), Im(Z))");
                }
                double[] v = new double[3];
                for (int c = 0; c < 3; c++) {
                    try {
                        v[c] = Numbers.parse(fields[c], false);
                    } catch (NumberFormatException e) {
                        throw text.error("field " + (c + 1) + " '" + fields[c] + "' is not a number");
                    }
                    if (!Double.isFinite(v[c])) {
                        throw text.error("field " + (c + 1) + " is " + v[c]);
                    }
                }
                if (!(v[0] > 0 && v[0] <= 1e9)) {
                    throw text.error("frequency " + v[0] + " Hz is not a frequency");
                }
                f.append(v[0]);
                re.append(v[1]);
                im.append(v[2]);
                rows++;
            }
            if (rows < count) {
                throw text.error(text.line() + 1, "the file ends after " + rows + " of the " + count + " points line " + countLine + " declares");
            }
            if (extra > 0) {
                builder.warning(ImportWarning.atLine(extraLine, extra + " lines after the " + count + " declared points were not read"));
            }
        }
    }

    /** A whole number alone on one of the first lines, and a line of three numbers right after it. */
    public static class Content implements ContentMatcher {
        @Override
        public boolean matches(Path file, byte[] head) {
            List<String> lines = TextFile.decodeHead(head).lines().limit(HEAD_LINES + 2).toList();
            for (int i = 0; i + 1 < lines.size() && i < HEAD_LINES; i++) {
                if (lines.get(i).strip().matches("\\d{1,9}")) {
                    String[] next = lines.get(i + 1).strip().split("\\s+");
                    return next.length == 3 && java.util.Arrays.stream(next).allMatch(x -> Numbers.isNumber(x, false));
                }
            }
            return false;
        }
    }
}
