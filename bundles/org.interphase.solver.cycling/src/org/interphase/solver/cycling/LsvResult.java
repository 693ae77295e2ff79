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
 * A voltammetric sweep: applied potential (V), current density (A/m2, positive anodic at the working electrode) and
 * time (s); the oxidation stability limit (the first potential on an anodic sweep where i exceeds the threshold) and
 * the reduction limit (where -i exceeds it, NaN when not reached), the threshold, and the electrolyte's
 * thermodynamic window for comparison.
 */
public record LsvResult(double[] times, double[] potential, double[] current, double oxidationLimit, double reductionLimit, double threshold,
        double thermodynamicReduction, double thermodynamicOxidation, List<String> notes, Provenance provenance) implements SolverResult {

    @Override
    public List<Scalar> scalars() {
        List<Scalar> scalars = new ArrayList<>();
        scalars.add(new Scalar("oxidation stability limit", oxidationLimit, "V"));
        scalars.add(new Scalar("reduction stability limit", reductionLimit, "V"));
        scalars.add(new Scalar("current threshold", threshold, "A/m2"));
        scalars.add(new Scalar("thermodynamic reduction limit", thermodynamicReduction, "V"));
        scalars.add(new Scalar("thermodynamic oxidation limit", thermodynamicOxidation, "V"));
        return scalars;
    }

    @Override
    public List<Series> series() {
        return List.of(new Series("t", "s", times), new Series("E", "V", potential), new Series("i", "A/m2", current));
    }
}
