/*
 * Copyright (c) 2026 the Interphase contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.interphase.importer.neware.tests;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * NewareNDA's reference table of a Neware file (its {@code tests/reference/*.ftr}), converted once from Arrow Feather
 * to tab-separated text ({@code testdata/neware-*}/{@code *.reference.tsv}): a {@code #} line saying where it comes from
 * and the Arrow types, a header of column names, one line per row. Numbers are Java's shortest round-trip decimal of the
 * Feather value ({@code NaN} for nulls; timestamps in seconds since the epoch, UTC); a column any of whose values is not
 * a number is text (the Status names).
 */
final class ReferenceTable {

    /** One column: numbers, or text. */
    record Column(String name, double[] numbers, String[] texts) {
    }

    private final Map<String, Column> columns = new LinkedHashMap<>();

    private ReferenceTable() {
    }

    static ReferenceTable read(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8).stream().filter(l -> !l.startsWith("#")).toList();
        String[] names = lines.get(0).split("\t", -1);
        List<String[]> rows = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] fields = line.split("\t", -1);
            if (fields.length != names.length) {
                throw new IOException(file + ": a row of " + fields.length + " fields under " + names.length + " names");
            }
            rows.add(fields);
        }
        ReferenceTable table = new ReferenceTable();
        for (int c = 0; c < names.length; c++) {
            String[] texts = new String[rows.size()];
            double[] numbers = new double[rows.size()];
            boolean numeric = true;
            for (int r = 0; r < rows.size(); r++) {
                texts[r] = rows.get(r)[c];
                try {
                    numbers[r] = Double.parseDouble(texts[r]);
                } catch (NumberFormatException e) {
                    numeric = false;
                }
            }
            table.columns.put(names[c], numeric ? new Column(names[c], numbers, null) : new Column(names[c], null, texts));
        }
        return table;
    }

    Map<String, Column> columns() {
        return columns;
    }

    Column column(String name) {
        Column column = columns.get(name);
        if (column == null) {
            throw new IllegalArgumentException("no column " + name + " in the reference table; it has " + columns.keySet());
        }
        return column;
    }
}
