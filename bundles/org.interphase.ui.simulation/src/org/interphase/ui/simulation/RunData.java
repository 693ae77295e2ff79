/*
 * Copyright (c) 2026 the Interphase contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.interphase.ui.simulation;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.interphase.model.ResultReference;
import org.interphase.model.ResultValue;
import org.interphase.model.SimulationRun;
import org.interphase.solver.SolverResult;
import org.interphase.solver.SolverResult.Scalar;
import org.interphase.solver.SolverResult.Series;

/**
 * What the plots and tables of a run need, the same whether the run was just computed or is read back from the model
 * and the CSV files beside it: the solver's id, the scalar results by name (SI) and the tables by name ("series" for
 * the run's series), each a list of named columns with SI units. Tables that could not be read are named in
 * {@link #problems()}.
 */
public record RunData(String solverId, Map<String, Scalar> scalars, Map<String, List<Series>> tables, List<String> problems) {

    /** The name of the table of a run's series. */
    public static final String SERIES = "series";

    /** The data of a result just computed. */
    public static RunData of(String solverId, SolverResult result) {
        Map<String, Scalar> scalars = new LinkedHashMap<>();
        for (Scalar s : result.scalars()) {
            scalars.put(s.name(), s);
        }
        Map<String, List<Series>> tables = new LinkedHashMap<>();
        if (!result.series().isEmpty()) {
            tables.put(SERIES, result.series());
        }
        for (SolverResult.Table table : result.tables()) {
            tables.put(table.name(), table.columns());
        }
        return new RunData(solverId, scalars, tables, List.of());
    }

    /** The data of a stored run: its results from the model, its tables from the CSV files beside the model. */
    public static RunData read(SimulationRun run, Path modelFile) {
        Map<String, Scalar> scalars = new LinkedHashMap<>();
        for (ResultValue value : run.getResults()) {
            scalars.put(value.getName(), new Scalar(value.getName(), value.getValue(), value.getUnit() == null ? "" : value.getUnit()));
        }
        Map<String, List<Series>> tables = new LinkedHashMap<>();
        List<String> problems = new ArrayList<>();
        for (ResultReference reference : run.getResultReferences()) {
            if (!"csv".equals(reference.getFormat()) || modelFile == null) {
                continue;
            }
            Path file = modelFile.resolveSibling(reference.getPath());
            try {
                tables.put(reference.getName(), readCsv(file));
            } catch (IOException | RuntimeException e) {
                problems.add("the file " + file + " cannot be read: " + e.getMessage());
            }
        }
        return new RunData(run.getSolverId(), scalars, tables, problems);
    }

    /** A column of a table, or null. */
    public double[] column(String table, String name) {
        List<Series> columns = tables.get(table);
        if (columns == null) {
            return null;
        }
        return columns.stream().filter(s -> s.name().equals(name)).findFirst().map(Series::values).orElse(null);
    }

    /** The columns of a table whose name starts with a prefix (e.g. "L (" for the interphase of each side). */
    public List<Series> columnsStartingWith(String table, String prefix) {
        return tables.getOrDefault(table, List.of()).stream().filter(s -> s.name().startsWith(prefix)).toList();
    }

    /** A scalar's SI value, NaN when the run has none (or it is not finite). */
    public double scalar(String name) {
        Scalar s = scalars.get(name);
        return s == null ? Double.NaN : s.value();
    }

    /** A scalar whose name starts with a prefix (names that carry a detail, e.g. the retention's reference cycle). */
    public double scalarStartingWith(String prefix) {
        return scalars.values().stream().filter(s -> s.name().startsWith(prefix)).findFirst().map(Scalar::value).orElse(Double.NaN);
    }

    /** Reads a CSV written by {@link RunRecorder}: headers "name/unit" (or "name"), numbers, empty fields as NaN. */
    static List<Series> readCsv(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        if (lines.isEmpty()) {
            throw new IOException("the file is empty");
        }
        List<String> header = splitCsv(lines.get(0));
        List<double[]> columns = new ArrayList<>();
        for (int c = 0; c < header.size(); c++) {
            columns.add(new double[lines.size() - 1]);
        }
        for (int r = 1; r < lines.size(); r++) {
            String[] fields = lines.get(r).split(",", -1);
            for (int c = 0; c < header.size(); c++) {
                try {
                    columns.get(c)[r - 1] = c < fields.length && !fields[c].isEmpty() ? Double.parseDouble(fields[c]) : Double.NaN;
                } catch (NumberFormatException e) {
                    throw new IOException("line " + (r + 1) + ", column " + (c + 1) + ": '" + fields[c] + "' is not a number");
                }
            }
        }
        List<Series> series = new ArrayList<>();
        for (int c = 0; c < header.size(); c++) {
            String[] nameAndUnit = splitHeader(header.get(c));
            series.add(new Series(nameAndUnit[0], nameAndUnit[1], columns.get(c)));
        }
        return series;
    }

    /**
     * "name/unit" into name and unit: the unit starts at the first '/' after the name's last ')' (names such as
     * "L (first electrode)" hold no '/', units such as "A/m2" do).
     */
    static String[] splitHeader(String header) {
        int from = Math.max(0, header.lastIndexOf(')'));
        int slash = header.indexOf('/', from);
        return slash < 0 ? new String[] { header, "" } : new String[] { header.substring(0, slash), header.substring(slash + 1) };
    }

    static List<String> splitCsv(String line) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '"') {
                if (quoted && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else {
                    quoted = !quoted;
                }
            } else if (c == ',' && !quoted) {
                fields.add(field.toString());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        fields.add(field.toString());
        return fields;
    }
}
