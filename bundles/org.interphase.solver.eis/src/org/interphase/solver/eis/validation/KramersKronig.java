/*
 * Copyright (c) 2026 the Interphase contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.interphase.solver.eis.validation;

import java.util.Locale;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.interphase.solver.SolverException;
import org.interphase.solver.eis.data.ImpedanceData;
import org.interphase.solver.eis.internal.LinearAlgebra;

/**
 * The linear Kramers-Kronig test of Schönleber et al., Electrochim. Acta 131 (2014) 20 (docs/physics.md 2.4): the data are
 * fitted, by linear least squares weighted by 1/|Z|, with Z = R_ohm + sum_k R_k/(1 + j omega tau_k) (optionally + 1/(j
 * omega C) + j omega L), tau_k log-spaced from 1/omega_max to 1/omega_min, for M = 2, 3, ... with mu = 1 -
 * sum_{R_k<0} |R_k| / sum_{R_k>=0} |R_k|; M is the first of the final run of M with mu <= c (c = 0.85), picked in
 * that run by the score of Yrjänä and Bobacka (Electrochim. Acta 504 (2024) 144951), which keeps Schönleber's criterion
 * from stopping at the spurious dips of mu at small M. Data that obey Kramers-Kronig leave residuals (Z - Zfit)/|Z| at
 * the noise level; drift and non-stationarity leave systematic residuals. The verdict: valid when the largest residual
 * is within the given limit (default 5 %); it says where and by how much the residuals exceed it, and suggests drift
 * only when the residuals trend at the lowest frequencies.
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

    /** The number of consecutive M with mu <= c after which the search stops (the run is taken as the final one). */
    static final int RUN = 10;

    /** Yrjänä and Bobacka's exponent in the score that picks M among the final run of mu <= c. */
    static final double BETA = 0.75;

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
        if (!(wMax > wMin)) {
            throw new SolverException("lin-KK needs at least two different frequencies; " + data.source() + " has only " + data.f()[0] + " Hz");
        }
        int extra = (options.capacitance() ? 1 : 0) + (options.inductance() ? 1 : 0);
        int maxM = options.maxM() > 0 ? options.maxM() : Math.min(n, 2 * n - 1 - extra);
        maxM = Math.max(maxM, 2);
        int count = maxM - 1;
        int[] ms = new int[count];
        double[] mus = new double[count];
        double[] chis = new double[count];
        int tried = count;
        double[][] xs = new double[count][];
        double[] resRe = new double[n];
        double[] resIm = new double[n];
        int first = 0;
        int run = 0;
        for (int i = 0; i < count; i++) {
            if (monitor != null && monitor.isCanceled()) {
                throw new OperationCanceledException();
            }
            int m = i + 2;
            double[] tau = timeConstants(wMin, wMax, m);
            xs[i] = solve(w, mod, data, tau, options);
            ms[i] = m;
            mus[i] = mu(xs[i], m);
            chis[i] = residuals(w, mod, data, tau, xs[i], options, resRe, resIm);
            if (first == 0 && mus[i] <= options.c()) {
                first = m;
            }
            run = mus[i] <= options.c() ? run + 1 : 0;
            if (run >= RUN) {
                tried = i + 1; // mu has stayed <= c for RUN values of M: the run is taken as final
                break;
            }
        }
        if (tried < count) {
            count = tried;
            ms = java.util.Arrays.copyOf(ms, count);
            mus = java.util.Arrays.copyOf(mus, count);
            chis = java.util.Arrays.copyOf(chis, count);
        }
        // Schönleber et al. 2014: M grows until mu <= c. mu fluctuates at small M (a sparse grid of time constants
        // between the data's own ones needs negative resistances), which stops the search too early: so, as Yrjänä and
        // Bobacka 2024 do, take the final run of M with mu <= c (here: the first run of 10 consecutive M, where the
        // search stops, or the last run below maxM), and in it the M with the best score -log10(chi2_ps) / (c - mu)^0.75
        // (a good fit with mu near c).
        int tail = count;
        while (tail > 0 && mus[tail - 1] <= options.c()) {
            tail--;
        }
        boolean reached = tail < count;
        int lastM = ms[count - 1];
        int best;
        if (!reached) {
            best = count - 1;
        } else {
            best = tail;
            double bestScore = Double.NEGATIVE_INFINITY;
            for (int i = tail; i < count; i++) {
                double score = -Math.log10(Math.max(chis[i], 1e-300)) / Math.pow(Math.max(options.c() - mus[i], 1e-12), BETA);
                if (score > bestScore) {
                    bestScore = score;
                    best = i;
                }
            }
        }
        int m = ms[best];
        double mu = mus[best];
        double[] x = xs[best];
        double[] tau = timeConstants(wMin, wMax, m);
        double chi = residuals(w, mod, data, tau, x, options, resRe, resIm);
        double maxRe = 0;
        double maxIm = 0;
        double sumRe = 0;
        double sumIm = 0;
        int worst = 0;
        boolean worstRe = true;
        for (int k = 0; k < n; k++) {
            if (Math.abs(resRe[k]) > Math.max(maxRe, maxIm)) {
                worst = k;
                worstRe = true;
            }
            if (Math.abs(resIm[k]) > Math.max(Math.max(maxRe, Math.abs(resRe[k])), maxIm)) {
                worst = k;
                worstRe = false;
            }
            maxRe = Math.max(maxRe, Math.abs(resRe[k]));
            maxIm = Math.max(maxIm, Math.abs(resIm[k]));
            sumRe += resRe[k] * resRe[k];
            sumIm += resIm[k] * resIm[k];
        }
        double rmsRe = Math.sqrt(sumRe / n);
        double rmsIm = Math.sqrt(sumIm / n);
        double noise = Math.sqrt(chi / (2.0 * n));
        double largest = Math.max(maxRe, maxIm);
        boolean valid = largest <= options.maxResidual();
        Trend trend = lowFrequencyTrend(data.f(), resRe, resIm);
        StringBuilder verdict = new StringBuilder();
        if (valid) {
            verdict.append(String.format(Locale.ROOT, "valid: the residuals stay within %.2f %% (largest %.2f %%, rms %.2f %% / %.2f %%; noise estimate %.2f %%)",
                    100 * options.maxResidual(), 100 * largest, 100 * rmsRe, 100 * rmsIm, 100 * noise));
        } else {
            int outside = 0;
            double fLo = Double.POSITIVE_INFINITY;
            double fHi = 0;
            for (int k = 0; k < n; k++) {
                if (Math.max(Math.abs(resRe[k]), Math.abs(resIm[k])) > options.maxResidual()) {
                    outside++;
                    fLo = Math.min(fLo, data.f()[k]);
                    fHi = Math.max(fHi, data.f()[k]);
                }
            }
            verdict.append(String.format(Locale.ROOT, "invalid: the largest residual, %.2f %% (%s Z at %.4g Hz), exceeds the %.2f %% limit by %.2f points; "
                    + "%d of %d points are outside it, between %.4g and %.4g Hz (rms %.2f %% / %.2f %%); fit only the frequencies where the residuals are small",
                    100 * largest, worstRe ? "Re" : "Im", data.f()[worst], 100 * options.maxResidual(), 100 * (largest - options.maxResidual()), outside, n, fLo,
                    fHi, 100 * rmsRe, 100 * rmsIm));
        }
        if (trend != null) {
            verdict.append(String.format(Locale.ROOT, "; the residuals trend at low frequencies (%s Z: mean %+.2f %% over the %d lowest frequencies, "
                    + "rms %.2f %% elsewhere): the system probably drifted during the slow end of the sweep", trend.component(), 100 * trend.mean(), trend.points(),
                    100 * trend.elsewhere()));
        }
        verdict.append(String.format(Locale.ROOT, "; M = %d, mu = %.3f", m, mu));
        if (!reached) {
            verdict.append(String.format(Locale.ROOT, "; mu did not fall to %.2f up to M = %d", options.c(), lastM));
        } else if (first != m) {
            verdict.append(String.format(Locale.ROOT, " (mu first fell to %.2f at M = %d)", options.c(), first));
        }
        double[] rk = new double[m];
        System.arraycopy(x, 1, rk, 0, m);
        if (options.capacitance() || options.inductance()) {
            verdict.append("; with a series "
                    + (options.capacitance() && options.inductance() ? "capacitance and inductance" : options.capacitance() ? "capacitance" : "inductance"));
        }
        return new KkResult(m, mu, reached, x[0], tau, rk, resRe, resIm, maxRe, maxIm, rmsRe, rmsIm, valid, verdict.toString(), data.f().clone(),
                options.capacitance(), options.inductance(), chi, noise, ms, mus, chis, first, trend != null);
    }

    /** A low-frequency trend of the residuals: the component, their mean over the lowest frequencies, how many, the rms of the others. */
    record Trend(String component, double mean, int points, double elsewhere) {
    }

    /**
     * A systematic trend at the lowest frequencies (drift shows there, as the slowest points are measured last or
     * take longest): over the lowest fifth of the frequencies (at least 4 points), the mean residual of Re or Im is
     * larger than the rms of the other residuals and 3 standard errors, and at least 3/4 of them share its sign.
     */
    static Trend lowFrequencyTrend(double[] f, double[] resRe, double[] resIm) {
        int n = f.length;
        int low = Math.max(4, n / 5);
        if (n < low + 4) {
            return null;
        }
        Integer[] order = new Integer[n];
        for (int k = 0; k < n; k++) {
            order[k] = k;
        }
        java.util.Arrays.sort(order, java.util.Comparator.comparingDouble(k -> f[k]));
        Trend found = null;
        for (int part = 0; part < 2; part++) {
            double[] r = part == 0 ? resRe : resIm;
            double mean = 0;
            for (int i = 0; i < low; i++) {
                mean += r[order[i]];
            }
            mean /= low;
            double rest = 0;
            for (int i = low; i < n; i++) {
                rest += r[order[i]] * r[order[i]];
            }
            rest = Math.sqrt(rest / (n - low));
            int same = 0;
            for (int i = 0; i < low; i++) {
                if (Math.signum(r[order[i]]) == Math.signum(mean)) {
                    same++;
                }
            }
            if (Math.abs(mean) > rest && Math.abs(mean) > 3 * rest / Math.sqrt(low) && same >= 0.75 * low
                    && (found == null || Math.abs(mean) > Math.abs(found.mean()))) {
                found = new Trend(part == 0 ? "Re" : "Im", mean, low, rest);
            }
        }
        return found;
    }

    /** The relative residuals (Z - Zfit)/|Z| into resRe and resIm; returns the pseudo chi-square, their sum of squares. */
    private static double residuals(double[] w, double[] mod, ImpedanceData data, double[] tau, double[] x, Options options, double[] resRe,
            double[] resIm) {
        int n = w.length;
        int m = tau.length;
        double chi = 0;
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
            chi += resRe[k] * resRe[k] + resIm[k] * resIm[k];
        }
        return chi;
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
