/*
 * Copyright (c) 2026 the Interphase contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.interphase.solver.cycling.tests;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.interphase.data.Dataset;
import org.interphase.data.DatasetBuilder;
import org.interphase.data.Datasets;
import org.interphase.data.Metadata;
import org.interphase.data.QuantityKind;
import org.interphase.data.Technique;

/**
 * A minimal reader of EC-Lab's text export (.mpt) for the tests, so that the analytics run on a real instrument file
 * before the BioLogic importer is merged: the header's line count and characteristic mass, tab-separated columns
 * "name/unit" with comma decimals. Time, Ewe and &lt;I&gt; become the dataset's TIME, POTENTIAL and CURRENT (A); every
 * column stays available by name in {@link #columns} for the test's own reference sums.
 */
final class EcLabText {

    final Map<String, double[]> columns = new LinkedHashMap<>();
    final double characteristicMassKg;
    final Dataset dataset;

    EcLabText(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.ISO_8859_1);
        if (!lines.get(0).startsWith("EC-Lab ASCII FILE")) {
            throw new IOException(file + " is not an EC-Lab text export");
        }
        int headerLines = Integer.parseInt(lines.get(1).split(":")[1].strip());
        double mass = Double.NaN;
        for (int i = 0; i < headerLines - 1; i++) {
            String line = lines.get(i);
            if (line.startsWith("Characteristic mass :")) {
                String[] parts = line.substring(line.indexOf(':') + 1).strip().split("\\s+");
                mass = Double.parseDouble(parts[0].replace(',', '.')) * ("mg".equals(parts[1]) ? 1e-6 : 1e-3);
            }
        }
        characteristicMassKg = mass;
        String[] names = lines.get(headerLines - 1).split("\t");
        List<double[]> rows = new ArrayList<>();
        for (int i = headerLines; i < lines.size(); i++) {
            if (lines.get(i).isBlank()) {
                continue;
            }
            String[] fields = lines.get(i).split("\t");
            double[] row = new double[names.length];
            for (int c = 0; c < names.length; c++) {
                row[c] = c < fields.length && !fields[c].isBlank() ? Double.parseDouble(fields[c].replace(',', '.')) : Double.NaN;
            }
            rows.add(row);
        }
        for (int c = 0; c < names.length; c++) {
            if (names[c].isBlank()) {
                continue;
            }
            double[] values = new double[rows.size()];
            for (int r = 0; r < values.length; r++) {
                values[r] = rows.get(r)[c];
            }
            columns.put(names[c], values);
        }
        DatasetBuilder builder = Datasets.inMemory();
        builder.technique(Technique.GALVANOSTATIC_CYCLING);
        builder.metadata(Metadata.SOURCE_FILE, file.toString());
        add(builder, "time", "s", QuantityKind.TIME, columns.get("time/s"), 1);
        add(builder, "Ewe", "V", QuantityKind.POTENTIAL, columns.get("Ewe/V"), 1);
        double[] current = columns.containsKey("<I>/mA") ? columns.get("<I>/mA") : columns.get("I/mA");
        add(builder, "<I>", "A", QuantityKind.CURRENT, current, 1e-3);
        dataset = builder.build();
    }

    private static void add(DatasetBuilder builder, String name, String unit, QuantityKind kind, double[] values, double factor) {
        DatasetBuilder.ColumnWriter writer = builder.column(name, unit, kind);
        for (double v : values) {
            writer.append(v * factor);
        }
    }
}
