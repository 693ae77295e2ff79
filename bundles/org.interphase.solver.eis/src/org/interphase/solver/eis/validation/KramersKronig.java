/*
 * Copyright (c) 2026 the Interphase contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.interphase.solver.eis.validation;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.interphase.solver.SolverException;
import org.interphase.solver.eis.data.ImpedanceData;
import org.interphase.solver.eis.internal.LinearAlgebra;

/**
 * The linear Kramers-Kronig test of Schönleber et al., Electrochim. Acta 131 (2014) 20 (docs/physics.md 2.4): the data are
 * fitted, by linear least squares weighted by 1/|Z|, with Z = R_ohm + sum_k R_k/(1 + j omega tau_k) (optionally + 1/(j
 * omega C) + j omega L), tau_k log-spaced from 1/omega_max to 1/omega_min; M grows from 2 until mu = 1 - sum_{R_k<0}
 * |R_k| / sum_{R_k>=0} |R_k| <= c. Data that obey Kramers-Kronig leave residuals (Z - Zfit)/|Z| at the noise level;
 * drift and non-stationarity leave systematic residuals. The verdict: valid when the largest residual is within the
 * given limit (default 5 %).
 */
public final class KramersKronig {

    /** Schönleber's mu threshold. */
    public static final double DEFAULT_C = 0.85;
    /** The largest |residual| of valid data. */
    public static final double DEFAULT_MAX_RESIDUAL = 0.05;

    private KramersKronig() {
    }

    /** Options: mu threshold c, series capacitance and inductance terms, largest M, residual limit of valid data. */
    public record Options(double c, boolean capacitance, boolean inductance, int maxM, double maxResidual) {
        public static Options defaults() {
            return new Options(DEFAULT_C, false, false, 0, DEFAULT_MAX_RESIDUAL);
        }

        public Options withC(double value) {
            return new Options(value, capacitance, inductance, maxM, maxResidual);
        }
    }

    /** Runs the test; throws for too few points or options out of range. */
    public static KkResult test(ImpedanceData data, Options options, IProgressMonitor monitor) throws SolverException {
        int n = data.size();
        if (n < 4) {
            throw new SolverException("lin-KK needs at least 4 frequencies; " + data.source() + " has " + n);
        }
        if (!(options.c() > 0 && options.c() < 1)) {
            throw new SolverException("the mu threshold c must lie in (0, 1) (is " + options.c() + ")");
        }
        double[] w = new double[n];
        double[] mod = new double[n];
        double wMin = Double.POSITIVE_INFINITY;
        double wMax = 0;
        for (int k = 0; k < n; k++) {
            w[k] = 2 * Math.PI * data.f()[k];
            mod[k] = data.modulus(k);
            wMin = Math.min(wMin, w[k]);
            wMax = Math.max(wMax, w[k]);
        }
        int extra = (options.capacitance() ? 1 : 0) + (options.inductance() ? 1 : 0);
        int maxM = options.maxM() > 0 ? options.maxM() : Math.min(n, 2 * n - 1 - extra);
        double[] x = null;
        double[] tau = null;
        double mu = 1;
        int m = 2;
        for (; m <= maxM; m++) {
            if (monitor != null && monitor.isCanceled()) {
                throw new OperationCanceledException();
            }
            tau = timeConstants(wMin, wMax, m);
            x = solve(w, mod, data, tau, options);
            mu = mu(x, m);
            if (mu <= options.c()) {
                break;
            }
        }
        boolean reached = m <= maxM;
        if (!reached) {
            m = maxM;
        }
        double[] resRe = new double[n];
        double[] resIm = new double[n];
        double maxRe = 0;
        double maxIm = 0;
        double sumRe = 0;
        double sumIm = 0;
        for (int k = 0; k < n; k++) {
            double zr = x[0];
            double zi = 0;
            for (int j = 0; j < m; j++) {
                double wt = w[k] * tau[j];
                double d = 1 + wt * wt;
                zr += x[1 + j] / d;
                zi -= x[1 + j] * wt / d;
            }
            int col = 1 + m;
            if (options.capacitance()) {
                zi -= x[col++] / w[k];
            }
            if (options.inductance()) {
                zi += x[col] * w[k];
            }
            resRe[k] = (data.re()[k] - zr) / mod[k];
            resIm[k] = (data.im()[k] - zi) / mod[k];
            maxRe = Math.max(maxRe, Math.abs(resRe[k]));
            maxIm = Math.max(maxIm, Math.abs(resIm[k]));
            sumRe += resRe[k] * resRe[k];
            sumIm += resIm[k] * resIm[k];
        }
        double rmsRe = Math.sqrt(sumRe / n);
        double rmsIm = Math.sqrt(sumIm / n);
        boolean valid = Math.max(maxRe, maxIm) <= options.maxResidual();
        String verdict;
        if (valid) {
            verdict = String.format(java.util.Locale.ROOT, "valid: the data obey Kramers-Kronig within %.2f %% (largest residual %.2f %%, rms %.2f %% / %.2f %%, M = %d, mu = %.3f)",
                    100 * options.maxResidual(), 100 * Math.max(maxRe, maxIm), 100 * rmsRe, 100 * rmsIm, m, mu);
        } else {
            verdict = String.format(java.util.Locale.ROOT, "invalid: residuals up to %.2f %% exceed %.2f %%: the system drifted or is not linear, causal and stationary; fit only the frequencies where residuals are small (M = %d, mu = %.3f)",
                    100 * Math.max(maxRe, maxIm), 100 * options.maxResidual(), m, mu);
        }
        if (!reached) {
            verdict += String.format(java.util.Locale.ROOT, "; mu did not fall to %.2f up to M = %d", options.c(), maxM);
        }
        double[] rk = new double[m];
        System.arraycopy(x, 1, rk, 0, m);
        if (options.capacitance() || options.inductance()) {
            verdict += "; with a series " + (options.capacitance() && options.inductance() ? "capacitance and inductance" : options.capacitance() ? "capacitance" : "inductance");
        }
        return new KkResult(m, mu, reached, x[0], tau, rk, resRe, resIm, maxRe, maxIm, rmsRe, rmsIm, valid, verdict, data.f().clone(),
                options.capacitance(), options.inductance());
    }

    /**
     * Runs the test without and with a series capacitance and inductance (both Kramers-Kronig-compliant elements, so
     * data that pass with them are valid: a capacitive low-frequency tail, e.g. of a blocking or finite-space diffusion
     * response, or cable inductance at high frequency, needs them) and returns the variant with the smallest largest
     * residual.
     */
    public static KkResult testAuto(ImpedanceData data, Options options, IProgressMonitor monitor) throws SolverException {
        KkResult best = null;
        for (boolean c : new boolean[] { false, true }) {
            for (boolean l : new boolean[] { false, true }) {
                KkResult r = test(data, new Options(options.c(), c, l, options.maxM(), options.maxResidual()), monitor);
                double worst = Math.max(r.maxAbsResidualRe(), r.maxAbsResidualIm());
                if (best == null || worst < 0.9 * Math.max(best.maxAbsResidualRe(), best.maxAbsResidualIm())) {
                    best = r;
                }
            }
        }
        return best;
    }

    /** tau_k log-spaced from 1/omega_max to 1/omega_min (Schönleber; not impedance.py's 2 pi / f). */
    static double[] timeConstants(double wMin, double wMax, int m) {
        double[] tau = new double[m];
        double a = Math.log10(1 / wMax);
        double b = Math.log10(1 / wMin);
        for (int j = 0; j < m; j++) {
            tau[j] = Math.pow(10, a + (b - a) * j / (m - 1));
        }
        return tau;
    }

    private static double[] solve(double[] w, double[] mod, ImpedanceData data, double[] tau, Options options) {
        int n = w.length;
        int m = tau.length;
        int cols = 1 + m + (options.capacitance() ? 1 : 0) + (options.inductance() ? 1 : 0);
        double[][] a = new double[2 * n][cols];
        double[] b = new double[2 * n];
        for (int k = 0; k < n; k++) {
            double inv = 1 / mod[k];
            a[k][0] = inv;
            for (int j = 0; j < m; j++) {
                double wt = w[k] * tau[j];
                double d = 1 + wt * wt;
                a[k][1 + j] = inv / d;
                a[n + k][1 + j] = -inv * wt / d;
            }
            int col = 1 + m;
            if (options.capacitance()) {
                a[n + k][col++] = -inv / w[k];
            }
            if (options.inductance()) {
                a[n + k][col] = inv * w[k];
            }
            b[k] = data.re()[k] * inv;
            b[n + k] = data.im()[k] * inv;
        }
        return LinearAlgebra.leastSquares(a, b);
    }

    private static double mu(double[] x, int m) {
        double neg = 0;
        double pos = 0;
        for (int j = 0; j < m; j++) {
            double r = x[1 + j];
            if (r < 0) {
                neg -= r;
            } else {
                pos += r;
            }
        }
        return pos == 0 ? 0 : 1 - neg / pos;
    }
}
