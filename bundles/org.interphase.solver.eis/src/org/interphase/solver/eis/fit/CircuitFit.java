/*
 * Copyright (c) 2026 the Interphase contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.interphase.solver.eis.fit;

import java.util.ArrayList;
import java.util.List;

import org.interphase.solver.Provenance;
import org.interphase.solver.SolverResult;
import org.interphase.solver.eis.circuit.Spectrum;

/**
 * The result of a CNLS fit. {@code chiSquare} is the weighted sum of squared residuals S (docs/physics.md 2.3; impedance.py
 * and scipy report S/2 as "cost"), {@code reducedChiSquare} = S/(2N - P) with P the free parameters. The correlation
 * matrix is over the free parameters ({@link #correlationNames()}); pairs with |rho| > 0.95 are listed in
 * {@link #strongCorrelations()}. Residuals are relative: (Z' - Zfit')/|Z| and (Z'' - Zfit'')/|Z| per frequency.
 * {@code converged} is false when the optimiser did not reach a minimum or a parameter is at a bound or not
 * identifiable ({@link FittedParameter}); {@code message} says which. {@code firstStartCost} is the cost S/2 reached
 * from the first start (the given or data-derived starting values); {@code multiStart} whether other starts were tried
 * ({@code startsTried} in all) and {@code multiStartFoundLower} whether one of them gave a lower cost.
 */
public record CircuitFit(String circuit, Weighting weighting, int points, boolean converged, String message, double chiSquare,
        double reducedChiSquare, int degreesOfFreedom, List<FittedParameter> parameters, List<String> correlationNames,
        double[][] correlation, List<String> strongCorrelations, double[] residualRe, double[] residualIm, Spectrum fitted,
        int iterations, int evaluations, int startsTried, Provenance provenance, double firstStartCost, boolean multiStart,
        boolean multiStartFoundLower) implements SolverResult {

    /** A single-start result (first-start cost = cost, no multi-start). */
    public CircuitFit(String circuit, Weighting weighting, int points, boolean converged, String message, double chiSquare, double reducedChiSquare,
            int degreesOfFreedom, List<FittedParameter> parameters, List<String> correlationNames, double[][] correlation,
            List<String> strongCorrelations, double[] residualRe, double[] residualIm, Spectrum fitted, int iterations, int evaluations,
            int startsTried, Provenance provenance) {
        this(circuit, weighting, points, converged, message, chiSquare, reducedChiSquare, degreesOfFreedom, parameters, correlationNames, correlation,
                strongCorrelations, residualRe, residualIm, fitted, iterations, evaluations, startsTried, provenance, chiSquare / 2, false, false);
    }

    /** True when the fit is flagged: not converged, a parameter at a bound or not identifiable. */
    public boolean flagged() {
        return !converged || parameters.stream().anyMatch(p -> !p.fixed() && (p.atBound() || p.unidentifiable()));
    }

    /** Threshold above which |rho| is flagged. */
    public static final double STRONG_CORRELATION = 0.95;

    /** The values in circuit order. */
    public double[] values() {
        return parameters.stream().mapToDouble(FittedParameter::value).toArray();
    }

    /** The parameter of this name. */
    public FittedParameter parameter(String name) {
        return parameters.stream().filter(p -> p.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no parameter " + name + " in " + circuit));
    }

    /** Half the weighted sum of squares: what scipy's least_squares and impedance.py call the cost. */
    public double cost() {
        return chiSquare / 2;
    }

    @Override
    public List<Scalar> scalars() {
        List<Scalar> scalars = new ArrayList<>();
        for (FittedParameter p : parameters) {
            scalars.add(new Scalar(p.name(), p.value(), p.unit()));
            scalars.add(new Scalar(p.name() + " standard error", p.standardError(), p.unit()));
        }
        scalars.add(new Scalar("chi-square", chiSquare, ""));
        scalars.add(new Scalar("reduced chi-square", reducedChiSquare, ""));
        scalars.add(new Scalar("cost S/2", cost(), ""));
        scalars.add(new Scalar("cost S/2 from the first start", firstStartCost, ""));
        return scalars;
    }

    @Override
    public List<Series> series() {
        return List.of(new Series("f", "Hz", fitted.f()), new Series("Re Z fit", "Ohm", fitted.re()), new Series("Im Z fit", "Ohm", fitted.im()),
                new Series("residual Re / |Z|", "1", residualRe), new Series("residual Im / |Z|", "1", residualIm));
    }
}
