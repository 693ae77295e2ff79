/*
 * Copyright (c) 2026 the Interphase contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.interphase.importer.neware;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

import org.interphase.data.DatasetBuilder;
import org.interphase.data.DatasetBuilder.ColumnWriter;
import org.interphase.data.QuantityKind;
import org.interphase.data.Technique;

/**
 * The columns every Neware reader writes, in SI, appended row by row; also derives what the files leave to the
 * software: the step count (a new step whenever the step number, the status or the step-change counter changes),
 * the cycle number under BTSDA's "charge first" statistic, the test time where a file only has step times, and the
 * technique from the statuses seen.
 */
final class NewareTable {

    /** One record, in the units the readers convert to (SI; timestamps in seconds since 1970-01-01). */
    static final class Row {
        long index;
        double fileCycle = Double.NaN;
        int step;
        int status;
        /** Anything else that marks a new step although step and status are the same (v29's step-change counter). */
        int stepMark;
        double stepTime = Double.NaN;
        double testTime = Double.NaN;
        double voltage;
        double current;
        double chargeCapacity;
        double dischargeCapacity;
        double chargeEnergy;
        double dischargeEnergy;
        double timestamp = Double.NaN;
        /**
         * Auxiliary values by column name: T… and Tset… temperatures in K, V… voltages in V, I… currents in A, RH…
         * relative humidity in %, Weight… kg, Pressure… Pa, Thickness… m, Force… N, others as stored; absent ones are NaN.
         */
        final Map<String, Double> aux = new LinkedHashMap<>();
        /** 1 when the row's time, capacities and energies are in the file, 0 when interpolated. */
        double recorded = 1;
    }

    private final DatasetBuilder builder;
    private final ColumnWriter index;
    private final ColumnWriter cycle;
    private final ColumnWriter fileCycle;
    private final ColumnWriter step;
    private final ColumnWriter stepCount;
    private final ColumnWriter status;
    private final ColumnWriter stepTime;
    private final ColumnWriter testTime;
    private final ColumnWriter voltage;
    private final ColumnWriter current;
    private final ColumnWriter chargeCapacity;
    private final ColumnWriter dischargeCapacity;
    private final ColumnWriter chargeEnergy;
    private final ColumnWriter dischargeEnergy;
    private final ColumnWriter timestamp;
    private final ColumnWriter recorded;
    private final Map<String, ColumnWriter> aux = new LinkedHashMap<>();
    private final boolean deriveTestTime;

    private long rows;
    private int lastStep = Integer.MIN_VALUE;
    private int lastStatus = Integer.MIN_VALUE;
    private int lastMark = Integer.MIN_VALUE;
    private long steps;
    private double stepOffset;
    private double lastStepTime;
    private double lastTestTime;
    private int cycleNumber = 1;
    private boolean dischargedSinceCycle;
    private boolean previousOpened;
    private final BitSet statuses = new BitSet();

    /**
     * @param fileHasCycle whether the format stores a cycle counter of its own (kept as "Cycle (file)")
     * @param deriveTestTime whether the test time is summed from step times (formats without a test time)
     * @param withRecordedFlag whether rows may be interpolated (ndax with sparse run information)
     */
    NewareTable(DatasetBuilder builder, boolean fileHasCycle, boolean deriveTestTime, boolean withRecordedFlag) {
        this.builder = builder;
        this.deriveTestTime = deriveTestTime;
        index = builder.column("Index", "1", QuantityKind.RECORD_INDEX);
        cycle = builder.column("Cycle", "1", QuantityKind.CYCLE_INDEX);
        fileCycle = fileHasCycle ? builder.column("Cycle (file)", "", QuantityKind.OTHER) : null;
        step = builder.column("Step", "1", QuantityKind.STEP_INDEX);
        stepCount = builder.column("Step count", "", QuantityKind.OTHER);
        status = builder.column("Status", "1", QuantityKind.STATE);
        stepTime = builder.column("Step time", "s", QuantityKind.STEP_TIME);
        testTime = builder.column("Test time", "s", QuantityKind.TIME);
        voltage = builder.column("Voltage", "V", QuantityKind.POTENTIAL);
        current = builder.column("Current", "A", QuantityKind.CURRENT);
        chargeCapacity = builder.column("Charge capacity", "C", QuantityKind.CHARGE);
        dischargeCapacity = builder.column("Discharge capacity", "C", QuantityKind.CHARGE);
        chargeEnergy = builder.column("Charge energy", "J", QuantityKind.ENERGY);
        dischargeEnergy = builder.column("Discharge energy", "J", QuantityKind.ENERGY);
        timestamp = builder.column("Timestamp", "s", QuantityKind.OTHER);
        recorded = withRecordedFlag ? builder.column("Recorded", "", QuantityKind.OTHER) : null;
    }

    long rows() {
        return rows;
    }

    /**
     * Why a row cannot be a measurement (a damaged record), or null. No cycler measures beyond 1 kV or 10 kA, stores
     * more than 10^12 C, runs for more than 10^10 s, or dates records before 1990 or after 2200.
     */
    static String implausible(Row row) {
        if (!(Math.abs(row.voltage) <= 1000)) {
            return "voltage " + row.voltage + " V is implausible";
        }
        if (!(Math.abs(row.current) <= 10000)) {
            return "current " + row.current + " A is implausible";
        }
        for (double q : new double[] { row.chargeCapacity, row.dischargeCapacity, row.chargeEnergy, row.dischargeEnergy }) {
            if (!Double.isNaN(q) && !(Math.abs(q) <= 1e12)) {
                return "capacity or energy " + q + " (C or J) is implausible";
            }
        }
        for (double t : new double[] { row.stepTime, row.testTime }) {
            if (!Double.isNaN(t) && !(t >= 0 && t <= 1e10)) {
                return "time " + t + " s is implausible";
            }
        }
        if (!Double.isNaN(row.timestamp) && !(row.timestamp >= 631152000 && row.timestamp <= 7258118400.0)) {
            return "time stamp " + row.timestamp + " s since 1970 is not between 1990 and 2200";
        }
        for (Map.Entry<String, Double> e : row.aux.entrySet()) {
            double v = e.getValue();
            if (e.getKey().matches("T(set)?\\d*") && !Double.isNaN(v) && !(v >= 0 && v <= 2000)) {
                return "temperature " + e.getKey() + " = " + v + " K is implausible";
            }
            if (e.getKey().matches("V\\d+") && !Double.isNaN(v) && !(Math.abs(v) <= 1000)) {
                return "auxiliary voltage " + e.getKey() + " = " + v + " V is implausible";
            }
        }
        return null;
    }

    /** Appends a row (a status outside Neware's table is kept; the readers warn of it). */
    void append(Row row) {
        boolean newStep = row.step != lastStep || row.status != lastStatus || row.stepMark != lastMark;
        if (newStep) {
            steps++;
            stepOffset += rows == 0 ? 0 : lastStepTime;
            lastStep = row.step;
            lastStatus = row.status;
            lastMark = row.stepMark;
        }
        // BTSDA's "charge first" cycle statistic: a charge (CC, CCCV, CP) that starts after a discharge opens a cycle
        boolean opens = NewareStatus.opensCycle(row.status);
        if (opens && !previousOpened && dischargedSinceCycle && rows > 0) {
            cycleNumber++;
            dischargedSinceCycle = false;
        } else if (NewareStatus.discharge(row.status) || row.status == 17) {
            dischargedSinceCycle = true;
        }
        previousOpened = opens;
        statuses.set(row.status);

        double test = row.testTime;
        double stepT = row.stepTime;
        if (deriveTestTime) {
            test = stepOffset + row.stepTime;
        } else if (Double.isNaN(stepT)) {
            if (newStep) {
                stepOffset = rows == 0 ? 0 : lastTestTime;
            }
            stepT = test - stepOffset;
        }
        lastStepTime = stepT;
        lastTestTime = test;

        index.append(row.index);
        cycle.append(cycleNumber);
        if (fileCycle != null) {
            fileCycle.append(row.fileCycle);
        }
        step.append(row.step);
        stepCount.append(steps);
        status.append(row.status);
        stepTime.append(stepT);
        testTime.append(test);
        voltage.append(row.voltage);
        current.append(row.current);
        chargeCapacity.append(row.chargeCapacity);
        dischargeCapacity.append(row.dischargeCapacity);
        chargeEnergy.append(row.chargeEnergy);
        dischargeEnergy.append(row.dischargeEnergy);
        timestamp.append(row.timestamp);
        if (recorded != null) {
            recorded.append(row.recorded);
        }
        for (Map.Entry<String, Double> e : row.aux.entrySet()) {
            auxWriter(e.getKey());
        }
        for (Map.Entry<String, ColumnWriter> e : aux.entrySet()) {
            Double v = row.aux.get(e.getKey());
            e.getValue().append(v == null ? Double.NaN : v);
        }
        rows++;
    }

    /** The writer of an auxiliary column, declared on first use with NaN for the rows before. */
    private ColumnWriter auxWriter(String name) {
        ColumnWriter w = aux.get(name);
        if (w == null) {
            String prefix = name.replaceAll("\\d+$", ""); // T alone: the channel's own temperature (ndc 7)
            w = switch (prefix) {
                case "T", "Tset" -> builder.column(name, "K", QuantityKind.TEMPERATURE);
                case "V" -> builder.column(name, "V", QuantityKind.POTENTIAL);
                case "I" -> builder.column(name, "A", QuantityKind.OTHER); // an auxiliary current, not the cell's
                case "RH" -> builder.column(name, "%", QuantityKind.OTHER);
                case "Weight" -> builder.column(name, "kg", QuantityKind.OTHER);
                case "Pressure" -> builder.column(name, "Pa", QuantityKind.OTHER);
                case "Thickness" -> builder.column(name, "m", QuantityKind.OTHER);
                case "Force" -> builder.column(name, "N", QuantityKind.OTHER);
                default -> builder.column(name, "", QuantityKind.OTHER);
            };
            for (long r = 0; r < rows; r++) {
                w.append(Double.NaN);
            }
            aux.put(name, w);
        }
        return w;
    }

    /** Technique, status names and how cycles and steps were counted, into the builder. */
    void finish() {
        boolean cycling = false;
        boolean potentiostatic = false;
        boolean other = false;
        StringJoiner codes = new StringJoiner("; ");
        for (int code = statuses.nextSetBit(0); code >= 0; code = statuses.nextSetBit(code + 1)) {
            codes.add(code + "=" + NewareStatus.label(code));
            if (code == 3 || code == 19) {
                potentiostatic = true;
            } else if (NewareStatus.charge(code) || NewareStatus.discharge(code) || code == 16 || code == 17 || code == 25) {
                cycling = true;
            } else if (!NewareStatus.rest(code)) {
                other = true;
            }
        }
        Technique technique;
        if (cycling) {
            technique = Technique.GALVANOSTATIC_CYCLING;
        } else if (potentiostatic) {
            technique = Technique.CHRONOAMPEROMETRY;
        } else if (other) {
            technique = Technique.UNKNOWN;
        } else {
            technique = rows == 0 ? Technique.UNKNOWN : Technique.OPEN_CIRCUIT_VOLTAGE;
        }
        builder.technique(technique);
        builder.metadata("state_codes", codes.toString());
        builder.metadata("cycle_rule", "Cycle counts charge/discharge cycles as BTSDA's 'charge first' statistic: a CC, CCCV or CP "
                + "charge that starts after a discharge opens a new cycle");
        builder.metadata("step_count_rule", "Step count increases whenever the step number, the status or the file's step-change "
                + "counter changes; Step is the step number of the procedure");
    }

    /** The names of the auxiliary columns written so far. */
    List<String> auxColumns() {
        return new ArrayList<>(aux.keySet());
    }
}
