/*
 * Copyright (c) 2026 the Interphase contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.interphase.importer.text;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.core.runtime.IProgressMonitor;
import org.interphase.data.DatasetBuilder;
import org.interphase.data.Metadata;
import org.interphase.data.QuantityKind;
import org.interphase.data.Technique;
import org.interphase.importer.ContentMatcher;
import org.interphase.importer.ImportException;
import org.interphase.importer.Importer;
import org.interphase.importer.support.TextFile;

/**
 * {@code .P00} impedance spectra: a few header lines ({@code Procedure : ...}, the run's dates and currents, a
 * description, {@code t = ... s}), a tab-separated line of column names with units ({@code f/Hz, Z'/Ohm, -Z''/Ohm,
 * time/s, Edc/V, Idc/A}), the point count alone on the next line, then one tab-separated row per point. The columns
 * are read by their names (a leading minus negates: {@code -Z''} becomes Im(Z)); the rows must be as many as the count.
 */
public class P00Importer implements Importer {

    public static final String ID = "text.p00";
    static final int HEAD_LINES = 50;

    @Override
    public void read(Path file, DatasetBuilder builder, IProgressMonitor monitor) throws ImportException {
        try (TextFile text = TextFile.open(file, ID)) {
            String names = null;
            List<String> comments = new ArrayList<>();
            for (int n = 1; n <= HEAD_LINES; n++) {
                String line = text.next();
                if (line == null) {
                    break;
                }
                if (isNames(line)) {
                    names = line;
                    break;
                }
                String l = line.strip();
                if (l.isEmpty()) {
                    continue;
                }
                int colon = l.indexOf(" : ");
                if (colon > 0 && l.substring(0, colon).strip().equalsIgnoreCase("Procedure")) {
                    builder.metadata(Metadata.TECHNIQUE_NAME, l.substring(colon + 3).strip());
                } else {
                    comments.add(l);
                }
            }
            if (names == null) {
                throw text.error(Math.max(1, text.line()), "no line of column names starting with f/Hz in the first " + HEAD_LINES
                        + " lines: not a .P00 spectrum");
            }
            int namesLine = text.line();
            String countText = text.next();
            long count;
            try {
                count = countText == null ? -1 : Long.parseLong(countText.strip());
            } catch (NumberFormatException e) {
                throw text.error("the line after the column names, '" + countText.strip() + "', is not the point count");
            }
            if (count < 1 || count > 100_000_000) {
                throw text.error(namesLine + 1, "the point count " + count + " is not a number of points");
            }
            if (!comments.isEmpty()) {
                builder.metadata(Metadata.COMMENTS, String.join("\n", comments));
            }
            List<String> columns = new ArrayList<>();
            for (String name : names.split("\t")) {
                if (!name.isBlank()) {
                    columns.add(name.strip());
                }
            }
            builder.technique(Technique.EIS);
            builder.expectRows(Math.min(count, 1 << 20));
            SimpleTable table = new SimpleTable(text, builder, columns, "\t");
            if (table.specs().stream().noneMatch(s -> s.kind() == QuantityKind.IMPEDANCE_REAL)
                    || table.specs().stream().noneMatch(s -> s.kind() == QuantityKind.IMPEDANCE_IMAGINARY)) {
                throw text.error(namesLine, "the column names " + columns + " hold no real and imaginary impedance");
            }
            table.read(text, null, monitor);
            if (table.rows() != count) {
                throw text.error(text.line() + 1, "holds " + table.rows() + " points, line " + (namesLine + 1) + " declares " + count
                        + (table.rows() < count ? " (the file is cut short)" : ""));
            }
            if (table.positiveFrequencies() != table.rows()) {
                throw text.error("a frequency is not above 0 Hz");
            }
        }
    }

    static boolean isNames(String line) {
        String l = line.strip().toLowerCase(Locale.ROOT);
        return l.startsWith("f/hz") && line.contains("\t");
    }

    /** A line of column names starting with f/Hz, and a point count on the line after it. */
    public static class Content implements ContentMatcher {
        @Override
        public boolean matches(Path file, byte[] head) {
            List<String> lines = TextFile.decodeHead(head).lines().limit(HEAD_LINES + 1).toList();
            for (int i = 0; i + 1 < lines.size(); i++) {
                if (isNames(lines.get(i))) {
                    return lines.get(i + 1).strip().matches("\\d{1,9}");
                }
            }
            return false;
        }
    }
}
