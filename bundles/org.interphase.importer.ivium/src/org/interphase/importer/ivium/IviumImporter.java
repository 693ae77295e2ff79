/*
 * Copyright (c) 2026 the Interphase contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.interphase.importer.ivium;

import java.nio.file.Path;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.interphase.data.DatasetBuilder;
import org.interphase.data.DatasetBuilder.ColumnWriter;
import org.interphase.data.Metadata;
import org.interphase.data.QuantityKind;
import org.interphase.data.Technique;
import org.interphase.importer.ContentMatcher;
import org.interphase.importer.ImportException;
import org.interphase.importer.Importer;
import org.interphase.importer.support.Numbers;
import org.interphase.importer.support.TextFile;

/**
 * IviumSoft impedance data (.idf: one dataset; .ids: several), Latin-1 text of {@code key=value} lines. A line
 * {@code Title=...} starts a dataset; after its {@code primary_data} line come the column count (3), the point count
 * and the rows: Z' (Ohm), Z'' (Ohm, Im(Z) as written) and frequency (Hz). The spectra of a file become one dataset
 * with a column "spectrum" (1, 2, ...); their titles are the metadata "spectrum.N.title".
 * <p>
 * No real Ivium file is in data/: the reader follows docs/formats.md and is tested with files written to that layout.
 */
public class IviumImporter implements Importer {

    public static final String ID = "ivium.idf";

    @Override
    public void read(Path file, DatasetBuilder builder, IProgressMonitor monitor) throws ImportException {
        try (TextFile text = TextFile.open(file, ID)) {
            builder.technique(Technique.EIS);
            builder.metadata(Metadata.SOFTWARE, "IviumSoft");
            ColumnWriter f = null;
            ColumnWriter re = null;
            ColumnWriter im = null;
            ColumnWriter spectrum = null;
            int spectra = 0;
            int titled = 0;
            int keys = 0;
            long rows = 0;
            String otherObject = null;
            java.util.Set<String> warned = new java.util.HashSet<>();
            for (String line = text.next(); line != null; line = text.next()) {
                String l = line.strip();
                if (l.startsWith("Title=")) {
                    otherObject = null;
                    titled++;
                    builder.metadata("spectrum." + titled + ".title", l.substring("Title=".length()).strip());
                    continue;
                }
                if (l.contains("=")) {
                    keys++;
                    continue;
                }
                if (!l.equals("primary_data")) {
                    if (!l.isEmpty() && l.split("\\s+").length >= 2 && java.util.Arrays.stream(l.split("\\s+"))
                            .allMatch(field -> org.interphase.importer.support.Numbers.isNumber(field, false))) {
                        if (otherObject == null) {
                            throw text.error("a row of numbers outside primary_data (more rows than its point count?)");
                        }
                        if (warned.add(otherObject)) {
                            // IviumSoft's other data objects (osc_data: the oscillograms of each frequency, ...) follow
                            // primary_data; the spectrum is primary_data alone
                            builder.warning(text.warning("the rows of the data object '" + otherObject + "' are not read (only primary_data is)"));
                        }
                    } else if (l.matches("[A-Za-z][A-Za-z0-9_]*_data")) {
                        otherObject = l;
                    }
                    continue;
                }
                otherObject = null;
                if (titled == spectra) {
                    throw text.error("primary_data of a dataset without a Title= line before it");
                }
                spectra++;
                int columns = count(text, "column count");
                if (columns != 3) {
                    throw text.error("primary_data with " + columns + " columns: only impedance data (3 columns: Z', Z'', f) are read");
                }
                int points = count(text, "point count");
                if (f == null) {
                    f = builder.column("freq", "Hz", QuantityKind.FREQUENCY);
                    re = builder.column("Z'", "Ohm", QuantityKind.IMPEDANCE_REAL);
                    im = builder.column("Z''", "Ohm", QuantityKind.IMPEDANCE_IMAGINARY);
                    spectrum = builder.column("spectrum", "1", QuantityKind.CYCLE_INDEX);
                }
                for (int p = 0; p < points; p++) {
                    if ((rows++ & 0xFFF) == 0 && monitor != null && monitor.isCanceled()) {
                        throw new OperationCanceledException();
                    }
                    String row = text.next();
                    if (row == null) {
                        throw text.error(text.line() + 1, "the file ends at point " + (p + 1) + " of " + points + " of dataset " + spectra);
                    }
                    String[] fields = row.strip().split("\\s+");
                    if (fields.length != 3) {
                        throw text.error(fields.length + " fields, primary_data has 3 columns");
                    }
                    double[] v = new double[3];
                    for (int c = 0; c < 3; c++) {
                        try {
                            v[c] = Numbers.parse(fields[c], fields[c].indexOf(',') >= 0 && fields[c].indexOf('.') < 0);
                        } catch (NumberFormatException e) {
                            throw text.error("field " + (c + 1) + " '" + fields[c] + "' is not a number");
                        }
                    }
                    re.append(v[0]);
                    im.append(v[1]);
                    f.append(v[2]);
                    spectrum.append(spectra);
                }
            }
            if (spectra == 0) {
                throw text.error(Math.max(1, text.line()), keys == 0 ? "not an Ivium file (no key=value lines)" : "no primary_data in the file");
            }
            builder.metadata("spectra", Integer.toString(spectra));
        }
    }

    private static int count(TextFile text, String what) throws ImportException {
        String line = text.next();
        if (line == null) {
            throw text.error(text.line() + 1, "the file ends before the " + what + " of primary_data");
        }
        try {
            int n = Integer.parseInt(line.strip());
            if (n < 0 || n > 100_000_000) {
                throw new NumberFormatException();
            }
            return n;
        } catch (NumberFormatException e) {
            throw text.error("the " + what + " '" + line.strip() + "' is not a count");
        }
    }

    /** A line "Title=..." among key=value lines. */
    public static class Content implements ContentMatcher {
        @Override
        public boolean matches(Path file, byte[] head) {
            String text = TextFile.decodeHead(head);
            return text.lines().anyMatch(l -> l.strip().startsWith("Title="))
                    && text.lines().filter(l -> l.contains("=")).count() >= 3;
        }
    }
}
