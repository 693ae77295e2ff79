/*
 * Copyright (c) 2026 the Interphase contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.interphase.solver.cycling;

import java.util.ArrayList;
import java.util.List;

import org.interphase.solver.Provenance;
import org.interphase.solver.SolverResult;

/**
 * A full cell run through a protocol: V(t), I(t) (A, positive on charge), the cathode's mean lithiation and the cycle
 * of each sample, and per cycle the charge and discharge capacities (C; per gram of active material with
 * {@link Cycle#perGram(double, double)}), CE = Q_dis / Q_ch, retention against the stated reference cycle, mean and
 * mid-capacity voltages.
 */
public record FullCellResult(double[] times, double[] voltage, double[] current, double[] lithiation, double[] cycleIndex, List<Cycle> cycles,
        int retentionReference, double activeMass, double theoreticalCapacity, double oneC, double area, double initialAsr, List<String> notes,
        Provenance provenance) implements SolverResult {

    /** mAh/g per C/kg. */
    public static final double MAH_PER_G = 1 / 3600.0;

    /**
     * One cycle: charge and discharge passed (C), the energies (J) and the voltages at half the charge and half the
     * discharge (V; NaN when the half is missing).
     */
    public record Cycle(int n, double charge, double discharge, double chargeEnergy, double dischargeEnergy, double midChargeVoltage,
            double midDischargeVoltage) {

        /** Coulombic efficiency Q_dis / Q_ch (NaN without charge). */
        public double coulombicEfficiency() {
            return charge > 0 ? discharge / charge : Double.NaN;
        }

        /** Energy over charge on charge (V). */
        public double meanChargeVoltage() {
            return charge > 0 ? chargeEnergy / charge : Double.NaN;
        }

        /** Energy over charge on discharge (V). */
        public double meanDischargeVoltage() {
            return discharge > 0 ? dischargeEnergy / discharge : Double.NaN;
        }

        /** A charge (C) per gram of active material in mAh/g. */
        public static double perGram(double coulombs, double activeMassKg) {
            return coulombs / activeMassKg * MAH_PER_G;
        }
    }

    /** Discharge capacity of cycle n over that of the reference cycle (NaN when either is missing). */
    public double retention(int n) {
        if (n < 1 || n > cycles.size() || retentionReference > cycles.size()) {
            return Double.NaN;
        }
        double reference = cycles.get(retentionReference - 1).discharge();
        return reference > 0 ? cycles.get(n - 1).discharge() / reference : Double.NaN;
    }

    @Override
    public List<Scalar> scalars() {
        List<Scalar> scalars = new ArrayList<>();
        scalars.add(new Scalar("cycles", cycles.size(), ""));
        scalars.add(new Scalar("active mass", activeMass, "kg"));
        scalars.add(new Scalar("1C current", oneC, "A"));
        scalars.add(new Scalar("initial ASR", initialAsr, "Ohm m2"));
        if (!cycles.isEmpty()) {
            Cycle first = cycles.get(0);
            Cycle last = cycles.get(cycles.size() - 1);
            scalars.add(new Scalar("first discharge capacity", first.discharge() / activeMass, "C/kg"));
            scalars.add(new Scalar("first-cycle CE", first.coulombicEfficiency(), ""));
            scalars.add(new Scalar("last discharge capacity", last.discharge() / activeMass, "C/kg"));
            scalars.add(new Scalar("retention of the last cycle (reference cycle " + retentionReference + ")", retention(cycles.size()), ""));
        }
        return scalars;
    }

    /** One row per cycle: capacities (C and C/kg of active material), CE, retention, mean and mid-capacity voltages. */
    @Override
    public List<Table> tables() {
        int n = cycles.size();
        double[][] columns = new double[11][n];
        for (int k = 0; k < n; k++) {
            Cycle c = cycles.get(k);
            double[] row = { c.n(), c.charge(), c.discharge(), c.charge() / activeMass, c.discharge() / activeMass, c.coulombicEfficiency(),
                    retention(c.n()), c.meanChargeVoltage(), c.meanDischargeVoltage(), c.midChargeVoltage(), c.midDischargeVoltage() };
            for (int j = 0; j < row.length; j++) {
                columns[j][k] = row[j];
            }
        }
        return List.of(new Table("cycles", List.of(new Series("cycle", "", columns[0]), new Series("charge", "C", columns[1]),
                new Series("discharge", "C", columns[2]), new Series("specific charge", "C/kg", columns[3]),
                new Series("specific discharge", "C/kg", columns[4]), new Series("CE", "", columns[5]),
                new Series("retention vs cycle " + retentionReference, "", columns[6]), new Series("mean charge voltage", "V", columns[7]),
                new Series("mean discharge voltage", "V", columns[8]), new Series("mid-charge voltage", "V", columns[9]),
                new Series("mid-discharge voltage", "V", columns[10]))));
    }

    @Override
    public List<Series> series() {
        return List.of(new Series("t", "s", times), new Series("V", "V", voltage), new Series("I", "A", current),
                new Series("cathode lithiation", "", lithiation), new Series("cycle", "", cycleIndex));
    }
}
