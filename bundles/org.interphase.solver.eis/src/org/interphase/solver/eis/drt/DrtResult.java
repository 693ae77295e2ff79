/*
 * Copyright (c) 2026 the Interphase contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.interphase.solver.eis.drt;

import java.util.List;

/**
 * A distribution of relaxation times: the regularisation parameter used and how it was chosen ("gcv" or "given"),
 * R_inf (Ohm), the grid tau (s) with its spacing in ln tau, gamma(ln tau) (Ohm), the peaks, the polarisation
 * resistance sum gamma d ln tau (Ohm), and the relative residuals (Z - Zdrt)/|Z|; for an automatic lambda the range searched
 * (NaN when given), where GCV had its minimum (NaN when given), and whether lambda lies at a bound (the GCV minimum at an end of
 * the search, or below the smallest lambda used automatically, 1e-5); the measured range of tau, 1/omega_max ... 1/omega_min (s);
 * notes for people (a widened search, lambda at a bound, peaks outside the measured range).
 */
public record DrtResult(double lambda, String lambdaMethod, double rInf, double[] tau, double[] gamma, double lnTauStep, List<Peak> peaks,
        double polarisationResistance, double[] residualRe, double[] residualIm, double lambdaSearchMin, double lambdaSearchMax, double lambdaGcvMinimum, boolean lambdaAtBound,
        double measuredTauMin, double measuredTauMax, List<String> notes) {

    /** True when the peak's time constant lies inside the measured range (0.01 % tolerance). */
    public boolean measured(Peak p) {
        return p.tau() >= measuredTauMin / 1.0001 && p.tau() <= measuredTauMax * 1.0001;
    }

    /** A peak (at least 5 % of the highest): its time constant (s, refined by a parabola through the three grid points around the maximum), the
     * resistance under it (Ohm, between the minima that bound it) and its height (Ohm). */
    public record Peak(double tau, double resistance, double gamma) {
        /** Characteristic frequency 1/(2 pi tau), Hz. */
        public double frequency() {
            return 1 / (2 * Math.PI * tau);
        }
    }
}
