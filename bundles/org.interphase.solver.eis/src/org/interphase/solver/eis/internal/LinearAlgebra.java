/*
 * Copyright (c) 2026 the Interphase contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.interphase.solver.eis.internal;

/** Small dense linear algebra on row-major double[][] without allocation in the inner loops. */
public final class LinearAlgebra {

    private LinearAlgebra() {
    }

    /**
     * Least squares min |A x - b| by Householder QR with column pivoting (A is m x n, m >= n; A and b are overwritten).
     * Columns whose remaining norm falls below 1e-13 of the largest are dropped (their x is 0): the basic solution of a
     * rank-deficient problem.
     */
    public static double[] leastSquares(double[][] a, double[] b) {
        int m = a.length;
        int n = a[0].length;
        int[] perm = new int[n];
        double[] norms = new double[n];
        for (int j = 0; j < n; j++) {
            perm[j] = j;
            double s = 0;
            for (int i = 0; i < m; i++) {
                s += a[i][j] * a[i][j];
            }
            norms[j] = s;
        }
        double max = 0;
        for (double v : norms) {
            max = Math.max(max, v);
        }
        double[] diag = new double[n];
        int rank = 0;
        for (int k = 0; k < n && k < m; k++) {
            // pivot: the column with the largest remaining norm
            int best = k;
            double bestNorm = -1;
            for (int j = k; j < n; j++) {
                double s = 0;
                for (int i = k; i < m; i++) {
                    s += a[i][j] * a[i][j];
                }
                norms[j] = s;
                if (s > bestNorm) {
                    bestNorm = s;
                    best = j;
                }
            }
            if (bestNorm <= 1e-26 * max) {
                break;
            }
            if (best != k) {
                for (int i = 0; i < m; i++) {
                    double t = a[i][k];
                    a[i][k] = a[i][best];
                    a[i][best] = t;
                }
                int t = perm[k];
                perm[k] = perm[best];
                perm[best] = t;
            }
            double alpha = Math.sqrt(bestNorm);
            if (a[k][k] > 0) {
                alpha = -alpha;
            }
            // v = x - alpha e1, stored in column k from row k
            a[k][k] -= alpha;
            double vnorm2 = 0;
            for (int i = k; i < m; i++) {
                vnorm2 += a[i][k] * a[i][k];
            }
            if (vnorm2 > 0) {
                for (int j = k + 1; j < n; j++) {
                    double s = 0;
                    for (int i = k; i < m; i++) {
                        s += a[i][k] * a[i][j];
                    }
                    s = 2 * s / vnorm2;
                    for (int i = k; i < m; i++) {
                        a[i][j] -= s * a[i][k];
                    }
                }
                double s = 0;
                for (int i = k; i < m; i++) {
                    s += a[i][k] * b[i];
                }
                s = 2 * s / vnorm2;
                for (int i = k; i < m; i++) {
                    b[i] -= s * a[i][k];
                }
            }
            diag[k] = alpha;
            rank = k + 1;
        }
        double[] y = new double[n];
        for (int k = rank - 1; k >= 0; k--) {
            double s = b[k];
            for (int j = k + 1; j < rank; j++) {
                s -= a[k][j] * y[j];
            }
            y[k] = s / diag[k];
        }
        double[] x = new double[n];
        for (int k = 0; k < n; k++) {
            x[perm[k]] = y[k];
        }
        return x;
    }

    /**
     * Cholesky factorisation in place of a symmetric positive definite n x n matrix (lower triangle; returns false
     * when it is not positive definite).
     */
    public static boolean cholesky(double[][] a, int n) {
        for (int j = 0; j < n; j++) {
            double s = a[j][j];
            for (int k = 0; k < j; k++) {
                s -= a[j][k] * a[j][k];
            }
            if (!(s > 0)) {
                return false;
            }
            double d = Math.sqrt(s);
            a[j][j] = d;
            for (int i = j + 1; i < n; i++) {
                double t = a[i][j];
                for (int k = 0; k < j; k++) {
                    t -= a[i][k] * a[j][k];
                }
                a[i][j] = t / d;
            }
        }
        return true;
    }

    /** Solves L L^T x = b in place (b becomes x) with the factor from {@link #cholesky}. */
    public static void choleskySolve(double[][] l, int n, double[] b) {
        for (int i = 0; i < n; i++) {
            double s = b[i];
            for (int k = 0; k < i; k++) {
                s -= l[i][k] * b[k];
            }
            b[i] = s / l[i][i];
        }
        for (int i = n - 1; i >= 0; i--) {
            double s = b[i];
            for (int k = i + 1; k < n; k++) {
                s -= l[k][i] * b[k];
            }
            b[i] = s / l[i][i];
        }
    }
}
