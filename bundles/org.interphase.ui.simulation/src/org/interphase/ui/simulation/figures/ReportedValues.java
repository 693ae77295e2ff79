/*
 * Copyright (c) 2026 the Interphase contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.interphase.ui.simulation.figures;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.interphase.model.units.Units;

/**
 * The numbers a paper reports for a model's experiments, kept in a tab-separated file beside the model
 * ({@code NAME.reported.tsv} for {@code NAME.interphase}), so that figures compare the model with the paper without
 * a number of the paper in the code. Lines starting with '#' are comments; a line {@code citation<TAB>TEXT} names
 * the paper; the header {@code experiment quantity cycle value unit approximate note} precedes one line per number.
 *
 * @param citation the paper
 * @param values the numbers
 * @param file the file read
 */
public record ReportedValues(String citation, List<Value> values, Path file) {

    /**
     * One reported number.
     *
     * @param experiment the experiment's name in the model
     * @param quantity what it is ("apparent conductivity", "stability limit", ...)
     * @param cycle the cycle (full cells) or 0
     * @param text the value as printed in the paper
     * @param unit its unit
     * @param si the value in SI units
     * @param approximate whether the paper gives it as "about" (or it is read off a plot)
     * @param note where and how the paper says it
     */
    public record Value(String experiment, String quantity, int cycle, String text, String unit, double si, boolean approximate, String note) {

        /** "115 mAh/g", "about 40 h". */
        public String label() {
            return (approximate ? "about " : "") + text + " " + unit;
        }
    }

    private static final List<String> HEADER = List.of("experiment", "quantity", "cycle", "value", "unit", "approximate", "note");

    /** The file of reported values beside a model file. */
    public static Path beside(Path modelFile) {
        String name = modelFile.getFileName().toString().replaceFirst("\\.interphase$", "");
        return modelFile.resolveSibling(name + ".reported.tsv");
    }

    /** Reads a file; throws IOException with "FILE:LINE: problem" for a line that does not fit. */
    public static ReportedValues read(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        String citation = null;
        boolean header = false;
        List<Value> values = new ArrayList<>();
        for (int n = 1; n <= lines.size(); n++) {
            String line = lines.get(n - 1);
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t", -1);
            if (f[0].equals("citation")) {
                citation = f.length > 1 ? f[1].trim() : "";
                continue;
            }
            if (!header) {
                if (!List.of(f).subList(0, Math.min(f.length, HEADER.size())).equals(HEADER.subList(0, Math.min(f.length, HEADER.size())))
                        || f.length < 5) {
                    throw new IOException(file + ":" + n + ": expected the header " + String.join("<TAB>", HEADER));
                }
                header = true;
                continue;
            }
            if (f.length < 5) {
                throw new IOException(file + ":" + n + ": " + f.length + " fields, expected at least 5 (experiment, quantity, cycle, value, unit)");
            }
            int cycle;
            try {
                cycle = f[2].isBlank() ? 0 : Integer.parseInt(f[2].trim());
            } catch (NumberFormatException e) {
                throw new IOException(file + ":" + n + ": cycle '" + f[2] + "' is not a whole number");
            }
            double value;
            try {
                value = Double.parseDouble(f[3].trim());
            } catch (NumberFormatException e) {
                throw new IOException(file + ":" + n + ": value '" + f[3] + "' is not a number");
            }
            String unit = f[4].trim();
            Optional<Units.Unit> u = Units.find(unit);
            if (u.isEmpty()) {
                throw new IOException(file + ":" + n + ": unknown unit '" + unit + "'");
            }
            boolean approximate = f.length > 5 && f[5].trim().equalsIgnoreCase("yes");
            String note = f.length > 6 ? f[6].trim() : "";
            values.add(new Value(f[0].trim(), f[1].trim(), cycle, f[3].trim(), unit, u.get().toSI(value), approximate, note));
        }
        if (citation == null || citation.isBlank()) {
            throw new IOException(file + ": no 'citation<TAB>TEXT' line names the paper");
        }
        return new ReportedValues(citation, List.copyOf(values), file);
    }

    /** The number of an experiment (any cycle). */
    public Optional<Value> find(String experiment, String quantity) {
        return values.stream().filter(v -> v.experiment().equals(experiment) && v.quantity().equals(quantity)).findFirst();
    }

    /** The numbers of an experiment and quantity, by cycle. */
    public List<Value> all(String experiment, String quantity) {
        return values.stream().filter(v -> v.experiment().equals(experiment) && v.quantity().equals(quantity)).toList();
    }

    /** No reported numbers (no file beside the model). */
    public static ReportedValues none(Path file) {
        return new ReportedValues("", List.of(), file);
    }
}
