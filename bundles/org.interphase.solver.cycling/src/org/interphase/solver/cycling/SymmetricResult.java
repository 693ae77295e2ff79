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
 * Galvanostatic stripping/plating of a symmetric cell: V(t) (V, the sign of the half cycle), the ionic ASR and both
 * interphase thicknesses at the same times, the overpotential envelope (largest |V| of each half cycle, at the half
 * cycle's end time), and the failure: when and why (NaN and null when the cell survives).
 */
public record SymmetricResult(double[] times, double[] voltage, double[] asr, double[] thicknessFirst, double[] thicknessLast,
        double[] envelopeTimes, double[] envelope, double failureTime, FailureMode failureMode, double currentDensity, double halfCycle,
        double initialAsr, List<String> notes, Provenance provenance) implements SolverResult {

    /** Why the cell failed. */
    public enum FailureMode {
        /** |V| reached the voltage limit: the cycler stops. */
        VOLTAGE_LIMIT("voltage limit"),
        /** The electronic leakage carries more current than the ions: a (soft) short. */
        SHORT("short");

        private final String label;

        FailureMode(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** True when the cell failed within the run. */
    public boolean failed() {
        return failureMode != null;
    }

    @Override
    public List<Scalar> scalars() {
        List<Scalar> scalars = new ArrayList<>();
        scalars.add(new Scalar("time to failure", failureTime, "s"));
        scalars.add(new Scalar("current density", currentDensity, "A/m2"));
        scalars.add(new Scalar("half-cycle time", halfCycle, "s"));
        scalars.add(new Scalar("initial ASR", initialAsr, "Ohm m2"));
        double max = 0;
        for (double e : envelope) {
            max = Math.max(max, e);
        }
        scalars.add(new Scalar("largest |V|", max, "V"));
        scalars.add(new Scalar("final |V| (last half cycle)", envelope.length == 0 ? Double.NaN : envelope[envelope.length - 1], "V"));
        scalars.add(new Scalar("simulated time", times.length == 0 ? 0 : times[times.length - 1], "s"));
        return scalars;
    }

    /** The overpotential envelope: one row per half cycle. */
    @Override
    public List<Table> tables() {
        return List.of(new Table("overpotential envelope", List.of(new Series("end of half cycle", "s", envelopeTimes),
                new Series("largest |V|", "V", envelope))));
    }

    @Override
    public List<Series> series() {
        return List.of(new Series("t", "s", times), new Series("V", "V", voltage), new Series("ASR", "Ohm m2", asr),
                new Series("L (first electrode)", "m", thicknessFirst), new Series("L (last electrode)", "m", thicknessLast));
    }
}
