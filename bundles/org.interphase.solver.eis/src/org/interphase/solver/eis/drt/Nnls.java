/*
 * Copyright (c) 2026 the Interphase contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.interphase.solver.eis.drt;

import org.interphase.solver.eis.internal.LinearAlgebra;

/**
 * Non-negative least squares by the active-set method of Lawson and Hanson (Solving Least Squares Problems, 1974,
 * ch. 23) in the normal-equation form of Bro and De Jong (J. Chemometrics 11 (1997) 393, "FNNLS"): minimises
 * x^T G x / 2 - h^T x subject to x >= 0, with G = A^T A (+ regularisation) and h = A^T b, so the subproblems are small
 * Cholesky solves. Neither Hipparchus nor EJML has an NNLS.
 */
public final class Nnls {

    private Nnls() {
    }

    /** The solution; G (n x n, symmetric positive semi-definite) and h are not changed. */
    public static double[] solve(double[][] g, double[] h) {
        int n = h.length;
        double[] x = new double[n];
        double[] w = h.clone();
        boolean[] passive = new boolean[n];
        int[] index = new int[n];
        double[][] sub = new double[n][n];
        double[] s = new double[n];
        double hMax = 0;
        for (double v : h) {
            hMax = Math.max(hMax, Math.abs(v));
        }
        double gMax = 0;
        for (int i = 0; i < n; i++) {
            gMax = Math.max(gMax, Math.abs(g[i][i]));
        }
        double tol = 1e-12 * Math.max(hMax, 1e-300);
        int maxIterations = 30 * n + 30;
        int iterations = 0;
        while (iterations++ < maxIterations) {
            int j = -1;
            double best = tol;
            for (int i = 0; i < n; i++) {
                if (!passive[i] && w[i] > best) {
                    best = w[i];
                    j = i;
                }
            }
            if (j < 0) {
                break;
            }
            passive[j] = true;
            while (true) {
                int p = subproblem(g, h, passive, index, sub, s, gMax);
                if (p < 0) {
                    // singular subproblem: the new variable adds nothing; leave it out
                    passive[j] = false;
                    w[j] = 0;
                    break;
                }
                boolean allPositive = true;
                for (int q = 0; q < p; q++) {
                    if (s[q] <= 0) {
                        allPositive = false;
                        break;
                    }
                }
                if (allPositive) {
                    java.util.Arrays.fill(x, 0);
                    for (int q = 0; q < p; q++) {
                        x[index[q]] = s[q];
                    }
                    break;
                }
                double alpha = Double.POSITIVE_INFINITY;
                for (int q = 0; q < p; q++) {
                    if (s[q] <= 0) {
                        int i = index[q];
                        alpha = Math.min(alpha, x[i] / (x[i] - s[q]));
                    }
                }
                double[] full = new double[n];
                for (int q = 0; q < p; q++) {
                    full[index[q]] = s[q];
                }
                for (int i = 0; i < n; i++) {
                    if (passive[i]) {
                        x[i] += alpha * (full[i] - x[i]);
                        if (x[i] <= 1e-15 * Math.abs(full[i]) + 1e-300 || x[i] <= 0) {
                            x[i] = 0;
                            passive[i] = false;
                        }
                    }
                }
            }
            for (int i = 0; i < n; i++) {
                double v = h[i];
                double[] row = g[i];
                for (int k = 0; k < n; k++) {
                    v -= row[k] * x[k];
                }
                w[i] = v;
            }
        }
        return x;
    }

    /** Solves G_PP s = h_P; returns |P| (index[] holds P), or -1 when G_PP is not positive definite. */
    private static int subproblem(double[][] g, double[] h, boolean[] passive, int[] index, double[][] sub, double[] s, double gMax) {
        int p = 0;
        for (int i = 0; i < passive.length; i++) {
            if (passive[i]) {
                index[p++] = i;
            }
        }
        for (int a = 0; a < p; a++) {
            for (int b = 0; b <= a; b++) {
                sub[a][b] = g[index[a]][index[b]];
            }
            s[a] = h[index[a]];
        }
        LinearAlgebra.Cholesky factor = LinearAlgebra.cholesky(sub, p);
        if (factor == null) {
            return -1;
        }
        for (int a = 0; a < p; a++) {
            double l = factor.diagonal(a);
            if (l * l < 1e-15 * gMax) {
                return -1;
            }
        }
        factor.solve(s);
        return p;
    }
}
