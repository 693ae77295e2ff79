/*
 * Copyright (c) 2026 the Interphase contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.interphase.solver.eis.validation;

/**
 * The outcome of a lin-KK test: the number M of Voigt elements and mu where the search stopped (muReached false when mu
 * never fell to c), the fitted R_ohm (Ohm), time constants (s) and resistances (Ohm), the relative residuals
 * (Z - Zfit)/|Z| per frequency, their largest absolute values and rms, the verdict, and whether the model had a series
 * capacitance and inductance.
 */
public record KkResult(int m, double mu, boolean muReached, double rOhm, double[] tau, double[] resistances, double[] residualRe,
        double[] residualIm, double maxAbsResidualRe, double maxAbsResidualIm, double rmsResidualRe, double rmsResidualIm, boolean valid,
        String verdict, double[] f, boolean capacitance, boolean inductance) {
}
