/*
 * Copyright (c) 2026 the Interphase contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.interphase.solver.eis.drt;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.interphase.solver.SolverException;
import org.interphase.solver.eis.data.ImpedanceData;
import org.interphase.solver.eis.internal.LinearAlgebra;

/**
 * Distribution of relaxation times by Tikhonov regularisation with non-negativity (docs/physics.md 2.5):
 * Z(omega) = R_inf + integral gamma(ln tau) / (1 + j omega tau) d ln tau, gamma piecewise constant on a ln tau grid that
 * extends one decade beyond 1/omega_max and 1/omega_min; min |W (A x - Z)|^2 + lambda |D x|^2 with x = (R_inf, gamma)
 * >= 0, W = 1/|Z| (modulus weighting), D the second difference of gamma. lambda is given or chosen by generalised
 * cross-validation (Golub, Heath, Wahba 1979) of the unconstrained problem over 1e-5 ... 1 (5 values per decade), widened by 3
 * decades at a time (to 1e-12 ... 1e3) while the minimum lies at an end of the range; lambda is the GCV minimum but not
 * below 1e-5 (lower values split peaks), and a lambda at a bound is reported as such with the GCV minimum. The constrained problem is then solved by {@link Nnls}. Peaks outside the measured range of tau (1/omega_max
 * ... 1/omega_min) are named in the notes.
 */
public final class Drt {

    /** Peaks lower than this fraction of the highest are not reported (regularisation ripples). */
    public static final double PEAK_THRESHOLD = 0.05;

    /** Grid points. */
    public static final int DEFAULT_POINTS = 81;

    private Drt() {
    }

    /** Options: lambda (NaN for automatic), grid points, decades added beyond the data's range on each side. */
    public record Options(double lambda, int points, double extension) {
        public static Options automatic() {
            return new Options(Double.NaN, DEFAULT_POINTS, 1);
        }

        public static Options given(double lambda) {
            return new Options(lambda, DEFAULT_POINTS, 1);
        }
    }

    /** Computes the DRT. */
    public static DrtResult compute(ImpedanceData data, Options options, IProgressMonitor monitor) throws SolverException {
        int n = data.size();
        if (n < 5) {
            throw new SolverException("a DRT needs at least 5 frequencies; " + data.source() + " has " + n);
        }
        if (options.points() < 10) {
            throw new SolverException("a DRT grid needs at least 10 points (is " + options.points() + ")");
        }
        if (!Double.isNaN(options.lambda()) && !(options.lambda() >= 0)) {
            throw new SolverException("lambda must be >= 0 (is " + options.lambda() + ")");
        }
        int nt = options.points();
        double wMin = Double.POSITIVE_INFINITY;
        double wMax = 0;
        for (double f : data.f()) {
            wMin = Math.min(wMin, 2 * Math.PI * f);
            wMax = Math.max(wMax, 2 * Math.PI * f);
        }
        double ext = options.extension() * Math.log(10);
        double lnA = Math.log(1 / wMax) - ext;
        double lnB = Math.log(1 / wMin) + ext;
        double step = (lnB - lnA) / (nt - 1);
        double[] tau = new double[nt];
        for (int j = 0; j < nt; j++) {
            tau[j] = Math.exp(lnA + j * step);
        }
        int cols = nt + 1;
        int rows = 2 * n;
        double[][] a = new double[rows][cols];
        double[] b = new double[rows];
        for (int k = 0; k < n; k++) {
            double w = 2 * Math.PI * data.f()[k];
            double inv = 1 / data.modulus(k);
            a[k][0] = inv;
            for (int j = 0; j < nt; j++) {
                double wt = w * tau[j];
                double d = 1 + wt * wt;
                a[k][j + 1] = inv * step / d;
                a[n + k][j + 1] = -inv * step * wt / d;
            }
            b[k] = data.re()[k] * inv;
            b[n + k] = data.im()[k] * inv;
        }
        // normal equations: A^T A, A^T b, D^T D (second differences of gamma; R_inf unregularised)
        double[][] ata = new double[cols][cols];
        double[] atb = new double[cols];
        for (int i = 0; i < cols; i++) {
            for (int j = 0; j <= i; j++) {
                double s = 0;
                for (int r = 0; r < rows; r++) {
                    s += a[r][i] * a[r][j];
                }
                ata[i][j] = s;
                ata[j][i] = s;
            }
            double s = 0;
            for (int r = 0; r < rows; r++) {
                s += a[r][i] * b[r];
            }
            atb[i] = s;
        }
        double[][] dtd = new double[cols][cols];
        for (int r = 0; r < nt - 2; r++) {
            int[] idx = { r + 1, r + 2, r + 3 };
            double[] coef = { 1, -2, 1 };
            for (int p = 0; p < 3; p++) {
                for (int q = 0; q < 3; q++) {
                    dtd[idx[p]][idx[q]] += coef[p] * coef[q];
                }
            }
        }
        double lambda = options.lambda();
        String method = "given";
        double searchLo = Double.NaN;
        double gcvMinimum = Double.NaN;
        double searchHi = Double.NaN;
        boolean atBound = false;
        java.util.List<String> notes = new ArrayList<>();
        if (Double.isNaN(lambda)) {
            method = "gcv";
            // GCV over 1e-5 ... 1; while its minimum lies at an end of the range, the range is widened by 3 decades on
            // that side (down to 1e-12, up to 1e3; one value per decade there) so that an edge is never taken for a minimum.
            // lambda below 1e-5 is not used automatically: measured on V-EIS-5 with 0.5 % noise and on two arcs, the
            // GCV minimum down there (1e-7 ... 1e-12) splits peaks and pulls R_inf off by 2 %; it is reported instead.
            double lo = -5;
            double hi = 0;
            double[] found = gcv(ata, atb, dtd, b, lo, hi, 5, monitor);
            for (int round = 0; round < 4; round++) {
                double e = Math.log10(found[0]);
                double[] more;
                if (e <= found[2] + 1e-9 && found[2] <= lo + 1e-9 && lo > LAMBDA_FLOOR + 1e-9) {
                    double next = Math.max(LAMBDA_FLOOR, lo - 3);
                    more = gcv(ata, atb, dtd, b, next, lo - 1, 1, monitor); // the widened part, one value per decade
                    lo = next;
                } else if (e >= found[3] - 1e-9 && found[3] >= hi - 1e-9 && hi < LAMBDA_CEILING - 1e-9) {
                    double next = Math.min(LAMBDA_CEILING, hi + 3);
                    more = gcv(ata, atb, dtd, b, hi + 1, next, 1, monitor);
                    hi = next;
                } else {
                    break;
                }
                if (more[1] < found[1]) {
                    found[0] = more[0];
                    found[1] = more[1];
                }
                found[2] = Math.min(found[2], more[2]);
                found[3] = Math.max(found[3], more[3]);
            }
            gcvMinimum = found[0];
            searchLo = Math.pow(10, lo);
            searchHi = Math.pow(10, hi);
            double e = Math.log10(gcvMinimum);
            boolean atEnd = e <= found[2] + 1e-9 || e >= found[3] - 1e-9;
            lambda = Math.max(gcvMinimum, LAMBDA_MIN);
            atBound = atEnd || gcvMinimum < LAMBDA_MIN;
            if (lo < -5 || hi > 0) {
                notes.add(String.format(java.util.Locale.ROOT, "the GCV minimum lay at an end of 1e-05 ... 1: the search was widened to %.0e ... %.0e", searchLo,
                        searchHi));
            }
            if (gcvMinimum < LAMBDA_MIN) {
                notes.add(String.format(java.util.Locale.ROOT, "lambda is at its lower bound %.0e: GCV asks for %.1e%s, which splits peaks (the data are nearly "
                        + "noise-free or the fit is limited by the grid, not by noise); give --lambda to choose", LAMBDA_MIN, gcvMinimum,
                        atEnd ? " (itself the end of the widened search: GCV has no minimum)" : ""));
            } else if (atEnd) {
                notes.add(String.format(java.util.Locale.ROOT, "lambda %.1e is at the upper end of the widened search: GCV found no minimum inside; give --lambda "
                        + "to choose", gcvMinimum));
            }
        }
        double[][] g = new double[cols][cols];
        for (int i = 0; i < cols; i++) {
            for (int j = 0; j < cols; j++) {
                g[i][j] = ata[i][j] + lambda * dtd[i][j];
            }
        }
        double[] x = Nnls.solve(g, atb);
        double[] gamma = new double[nt];
        System.arraycopy(x, 1, gamma, 0, nt);
        double total = 0;
        for (double v : gamma) {
            total += v * step;
        }
        double[] resRe = new double[n];
        double[] resIm = new double[n];
        for (int k = 0; k < n; k++) {
            double zr = x[0];
            double zi = 0;
            double w = 2 * Math.PI * data.f()[k];
            for (int j = 0; j < nt; j++) {
                double wt = w * tau[j];
                double d = 1 + wt * wt;
                zr += gamma[j] * step / d;
                zi -= gamma[j] * step * wt / d;
            }
            double mod = data.modulus(k);
            resRe[k] = (data.re()[k] - zr) / mod;
            resIm[k] = (data.im()[k] - zi) / mod;
        }
        List<DrtResult.Peak> peaks = peaks(tau, gamma, step);
        double tauLo = 1 / wMax;
        double tauHi = 1 / wMin;
        int outside = 0;
        for (DrtResult.Peak p : peaks) {
            if (p.tau() < tauLo / 1.0001 || p.tau() > tauHi * 1.0001) {
                outside++;
            }
        }
        if (outside > 0) {
            notes.add(String.format(java.util.Locale.ROOT, "%d of %d peaks lie outside the measured range of tau (%.3g ... %.3g s): not resolved by the data "
                    + "(a peak below it is series resistance the data cannot tell from R_inf, one above it an unfinished low-frequency arc)", outside,
                    peaks.size(), tauLo, tauHi));
        }
        return new DrtResult(lambda, method, x[0], tau, gamma, step, peaks, total, resRe, resIm, searchLo, searchHi, gcvMinimum, atBound, tauLo, tauHi,
                List.copyOf(notes));
    }

    /** The smallest lambda chosen automatically. */
    public static final double LAMBDA_MIN = 1e-5;

    /** The smallest lambda (exponent) an automatic search widens to, and the largest. */
    static final double LAMBDA_FLOOR = -12;
    static final double LAMBDA_CEILING = 3;

    /**
     * lambda minimising GCV(lambda) = m |A x_lambda - b|^2 / (m - tr H_lambda)^2 over 10^lo ... 10^hi (perDecade values
     * per decade); returns {lambda, its score, the lowest and the highest exponent where the system could be solved}.
     */
    static double[] gcv(double[][] ata, double[] atb, double[][] dtd, double[] b, double lo, double hi, int perDecade, IProgressMonitor monitor) {
        int cols = atb.length;
        int rows = b.length;
        double bb = 0;
        for (double v : b) {
            bb += v * v;
        }
        double best = Double.POSITIVE_INFINITY;
        double bestLambda = Math.pow(10, Math.max(lo, Math.min(hi, -3)));
        double[][] m = new double[cols][cols];
        double[] x = new double[cols];
        double[] col = new double[cols];
        int steps = (int) Math.round((hi - lo) * perDecade);
        double feasibleLo = Double.POSITIVE_INFINITY;
        double feasibleHi = Double.NEGATIVE_INFINITY;
        for (int e = 0; e <= steps; e++) {
            if (monitor != null && monitor.isCanceled()) {
                throw new OperationCanceledException();
            }
            double exponent = lo + (double) e / perDecade;
            double lambda = Math.pow(10, exponent);
            for (int i = 0; i < cols; i++) {
                for (int j = 0; j <= i; j++) {
                    m[i][j] = ata[i][j] + lambda * dtd[i][j];
                }
            }
            LinearAlgebra.Cholesky factor = LinearAlgebra.cholesky(m, cols);
            if (factor == null) {
                continue;
            }
            feasibleLo = Math.min(feasibleLo, exponent);
            feasibleHi = Math.max(feasibleHi, exponent);
            System.arraycopy(atb, 0, x, 0, cols);
            factor.solve(x);
            // |A x - b|^2 = x^T A^T A x - 2 x^T A^T b + b^T b
            double xAx = 0;
            double xb = 0;
            for (int i = 0; i < cols; i++) {
                double s = 0;
                for (int j = 0; j < cols; j++) {
                    s += ata[i][j] * x[j];
                }
                xAx += x[i] * s;
                xb += x[i] * atb[i];
            }
            double rss = Math.max(xAx - 2 * xb + bb, 0);
            // tr H = tr(M^-1 A^T A)
            double trace = 0;
            for (int j = 0; j < cols; j++) {
                for (int i = 0; i < cols; i++) {
                    col[i] = ata[i][j];
                }
                factor.solve(col);
                trace += col[j];
            }
            double dof = rows - trace;
            if (dof <= 0) {
                continue;
            }
            double score = rows * rss / (dof * dof);
            if (score < best) {
                best = score;
                bestLambda = lambda;
            }
        }
        return new double[] { bestLambda, best, feasibleLo, feasibleHi };
    }

    static List<DrtResult.Peak> peaks(double[] tau, double[] gamma, double step) {
        int n = gamma.length;
        double max = 0;
        for (double v : gamma) {
            max = Math.max(max, v);
        }
        List<DrtResult.Peak> peaks = new ArrayList<>();
        if (max <= 0) {
            return peaks;
        }
        for (int j = 0; j < n; j++) {
            boolean left = j == 0 || gamma[j] > gamma[j - 1];
            boolean right = j == n - 1 || gamma[j] >= gamma[j + 1];
            if (!(left && right) || gamma[j] < PEAK_THRESHOLD * max) {
                continue;
            }
            int lo = j;
            while (lo > 0 && gamma[lo - 1] <= gamma[lo] && gamma[lo - 1] > 0) {
                lo--;
            }
            int hi = j;
            while (hi < n - 1 && gamma[hi + 1] <= gamma[hi] && gamma[hi + 1] > 0) {
                hi++;
            }
            double r = 0;
            for (int k = lo; k <= hi; k++) {
                // a minimum shared by two peaks is split between them
                double share = (k == lo && k != j && lo > 0 && gamma[lo - 1] > gamma[lo]) || (k == hi && k != j && hi < n - 1 && gamma[hi + 1] > gamma[hi]) ? 0.5 : 1;
                r += share * gamma[k] * step;
            }
            double lnTau = Math.log(tau[j]);
            if (j > 0 && j < n - 1) {
                double d = gamma[j - 1] - 2 * gamma[j] + gamma[j + 1];
                if (d < 0) {
                    lnTau += step * 0.5 * (gamma[j - 1] - gamma[j + 1]) / d;
                }
            }
            peaks.add(new DrtResult.Peak(Math.exp(lnTau), r, gamma[j]));
        }
        return peaks;
    }
}
