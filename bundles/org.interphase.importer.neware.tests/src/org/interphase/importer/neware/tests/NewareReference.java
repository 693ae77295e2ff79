/*
 * Copyright (c) 2026 the Interphase contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.interphase.importer.neware.tests;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.interphase.data.Column;
import org.interphase.data.Dataset;

/**
 * Compares a dataset read by the Neware importers with NewareNDA's reference table of the same file (converted from Feather to a text
 * file with the columns Index, Cycle, Step, Status, Time, Voltage, Current(mA), Charge/Discharge_Capacity(mAh),
 * Charge/Discharge_Energy(mWh), Timestamp and auxiliary T1, T2, ...). The reference's units are converted here,
 * independently of the importers: mA = A * 1e3, mAh = C / 3.6, mWh = J / 3.6, degC = K - 273.15. Float32 columns
 * of the reference are compared to float32 rounding.
 */
final class NewareReference {

    /** Which of the dataset's times NewareNDA calls Time for a format. */
    enum TimeMeaning {
        STEP_TIME, TEST_TIME
    }

    private NewareReference() {
    }

    /** The differences, at most 20 (empty when the dataset equals the reference). */
    static List<String> differences(Dataset dataset, ReferenceTable reference, TimeMeaning time, double timestampTolerance,
            Map<Integer, String> statusNames) {
        List<String> out = new ArrayList<>();
        int[] rows = firstRowPerIndex(reference.column("Index").numbers());
        if (rows.length != dataset.rows()) {
            out.add("rows: dataset " + dataset.rows() + ", reference " + rows.length + " (distinct indexes)");
            return out;
        }
        exact(out, dataset, "Index", reference, "Index", rows, 1);
        exact(out, dataset, "Cycle", reference, "Cycle", rows, 1);
        exact(out, dataset, "Step count", reference, "Step", rows, 1);
        Column status = dataset.column("Status").orElseThrow();
        String[] names = reference.column("Status").texts();
        for (int r = 0; r < rows.length && out.size() < 20; r++) {
            String mine = statusNames.get((int) status.get(r));
            if (!names[rows[r]].equals(mine)) {
                out.add("Status row " + r + ": " + mine + ", reference " + names[rows[r]]);
            }
        }
        close(out, dataset, time == TimeMeaning.STEP_TIME ? "Step time" : "Test time", 1, 0, reference, "Time", rows, 1e-3);
        close(out, dataset, "Voltage", 1, 0, reference, "Voltage", rows, 0);
        close(out, dataset, "Current", 1e3, 0, reference, "Current(mA)", rows, 0);
        close(out, dataset, "Charge capacity", 1 / 3.6, 0, reference, "Charge_Capacity(mAh)", rows, 0);
        close(out, dataset, "Discharge capacity", 1 / 3.6, 0, reference, "Discharge_Capacity(mAh)", rows, 0);
        close(out, dataset, "Charge energy", 1 / 3.6, 0, reference, "Charge_Energy(mWh)", rows, 0);
        close(out, dataset, "Discharge energy", 1 / 3.6, 0, reference, "Discharge_Energy(mWh)", rows, 0);
        Column stamp = dataset.column("Timestamp").orElseThrow();
        double[] expected = reference.column("Timestamp").numbers();
        for (int r = 0; r < rows.length && out.size() < 20; r++) {
            if (!(Math.abs(stamp.get(r) - expected[rows[r]]) <= timestampTolerance)) {
                out.add("Timestamp row " + r + ": " + stamp.get(r) + ", reference " + expected[rows[r]]);
            }
        }
        for (String name : reference.columns().keySet()) {
            if (name.matches("T\\d+")) {
                close(out, dataset, name, 1, -273.15, reference, name, rows, 0);
            } else if (name.matches("V\\d+") && !Arrays.stream(reference.column(name).numbers()).allMatch(Double::isNaN)) {
                close(out, dataset, name, 1, 0, reference, name, rows, 0);
            }
        }
        return out;
    }

    /** NewareNDA's merge can repeat a record (two run-information points for one index): the first row of each index. */
    static int[] firstRowPerIndex(double[] index) {
        List<Integer> rows = new ArrayList<>();
        for (int r = 0; r < index.length; r++) {
            if (r == 0 || index[r] != index[r - 1]) {
                rows.add(r);
            }
        }
        return rows.stream().mapToInt(Integer::intValue).toArray();
    }

    private static void exact(List<String> out, Dataset dataset, String mine, ReferenceTable reference, String theirs, int[] rows, double scale) {
        Column c = dataset.column(mine).orElse(null);
        if (c == null) {
            out.add("no column " + mine);
            return;
        }
        double[] expected = reference.column(theirs).numbers();
        for (int r = 0; r < rows.length && out.size() < 20; r++) {
            if (c.get(r) * scale != expected[rows[r]]) {
                out.add(mine + " row " + r + ": " + c.get(r) + ", reference " + theirs + " " + expected[rows[r]]);
            }
        }
    }

    /**
     * Values equal to float32 rounding: |mine - ref| <= 2^-23 * max(|mine|, |ref|) (one unit in the last place of a
     * float32) plus an absolute tolerance for values near zero.
     */
    private static void close(List<String> out, Dataset dataset, String mine, double scale, double offset, ReferenceTable reference,
            String theirs, int[] rows, double absolute) {
        Column c = dataset.column(mine).orElse(null);
        if (c == null) {
            out.add("no column " + mine);
            return;
        }
        double[] expected = reference.column(theirs).numbers();
        for (int r = 0; r < rows.length && out.size() < 20; r++) {
            double value = c.get(r) * scale + offset;
            double ref = expected[rows[r]];
            if (Double.isNaN(ref) && Double.isNaN(value)) {
                continue;
            }
            double tolerance = Math.ulp((float) Math.max(Math.abs(value), Math.abs(ref))) + absolute + 1e-12;
            if (!(Math.abs(value - ref) <= tolerance)) {
                out.add(mine + " row " + r + ": " + value + ", reference " + theirs + " " + ref);
            }
        }
    }
}
