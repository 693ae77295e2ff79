/*
 * Copyright (c) 2026 the Interphase contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.interphase.solver.eis.validation;

/**
 * The outcome of a lin-KK test: the number M of Voigt elements chosen and its mu (muReached false when mu never fell
 * to c), the fitted R_ohm (Ohm), time constants (s) and resistances (Ohm), the relative residuals (Z - Zfit)/|Z| per
 * frequency, their largest absolute values and rms, the verdict, and whether the model had a series capacitance and
 * inductance; the pseudo chi-square sum (dRe^2 + dIm^2)/|Z|^2 at M (Boukamp 1995) and the noise level it implies,
 * sqrt(chi2_ps / 2N) (relative to |Z|, per component); the mu-curve (mu and pseudo chi-square for every M tried from 2);
 * the M where mu first fell to c (Schönleber's stopping point, 0 when it never did); and whether the residuals show a
 * low-frequency trend (drift).
 */
public record KkResult(int m, double mu, boolean muReached, double rOhm, double[] tau, double[] resistances, double[] residualRe,
        double[] residualIm, double maxAbsResidualRe, double maxAbsResidualIm, double rmsResidualRe, double rmsResidualIm, boolean valid,
        String verdict, double[] f, boolean capacitance, boolean inductance, double pseudoChiSquare, double noiseEstimate, int[] curveM,
        double[] curveMu, double[] curvePseudoChiSquare, int firstCrossingM, boolean lowFrequencyTrend) {

    /** The largest |residual| of Re and Im. */
    public double maxAbsResidual() {
        return Math.max(maxAbsResidualRe, maxAbsResidualIm);
    }
}
