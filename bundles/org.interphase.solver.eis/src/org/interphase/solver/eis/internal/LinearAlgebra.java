/*
 * Copyright (c) 2026 the Interphase contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.interphase.solver.eis.internal;

import java.util.Arrays;

import org.hipparchus.exception.MathIllegalArgumentException;
import org.hipparchus.linear.Array2DRowRealMatrix;
import org.hipparchus.linear.ArrayRealVector;
import org.hipparchus.linear.CholeskyDecomposition;
import org.hipparchus.linear.DecompositionSolver;
import org.hipparchus.linear.QRDecomposition;
import org.hipparchus.linear.RRQRDecomposition;
import org.hipparchus.linear.RealMatrix;

/**
 * The dense decompositions the EIS code needs, on row-major double[][], done by Hipparchus (rank-revealing QR, Cholesky,
 * triangular solves): no hand-written factorisation. A small facade over Hipparchus for the row-major arrays of lin-KK
 * and the DRT.
 */
public final class LinearAlgebra {

    /** Columns whose pivoted R diagonal falls below this fraction of the first are dropped (rank-deficient problems). */
    static final double RANK_THRESHOLD = 1e-13;

    private LinearAlgebra() {
    }

    /**
     * Least squares min |A x - b| by Hipparchus' rank-revealing (column-pivoted Householder) QR; A is m x n, m >= n.
     * When the rank r is below n, the n - r columns the pivoting puts last are dropped (their x is 0): the basic
     * solution of a rank-deficient problem. A and b are not changed.
     */
    public static double[] leastSquares(double[][] a, double[] b) {
        int m = a.length;
        int n = a[0].length;
        RRQRDecomposition rrqr = new RRQRDecomposition(new Array2DRowRealMatrix(a, false), 0);
        int rank = rrqr.getRank(RANK_THRESHOLD);
        if (rank == n) {
            return rrqr.getSolver().solve(new ArrayRealVector(b, false)).toArray();
        }
        double[] x = new double[n];
        if (rank == 0) {
            return x;
        }
        RealMatrix p = rrqr.getP();
        int[] order = new int[n];
        for (int j = 0; j < n; j++) {
            for (int i = 0; i < n; i++) {
                if (p.getEntry(i, j) != 0) {
                    order[j] = i;
                }
            }
        }
        double[][] kept = new double[m][rank];
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < rank; j++) {
                kept[i][j] = a[i][order[j]];
            }
        }
        double[] y = new QRDecomposition(new Array2DRowRealMatrix(kept, false), 0).getSolver().solve(new ArrayRealVector(b, true)).toArray();
        for (int j = 0; j < rank; j++) {
            x[order[j]] = y[j];
        }
        return x;
    }

    /**
     * Cholesky factorisation by Hipparchus of the symmetric positive definite n x n matrix given by the lower triangle
     * of a (a is not changed; its upper triangle is not read); null when it is not positive definite.
     */
    public static Cholesky cholesky(double[][] a, int n) {
        double[][] full = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j <= i; j++) {
                full[i][j] = a[i][j];
                full[j][i] = a[i][j];
            }
        }
        try {
            return new Cholesky(new CholeskyDecomposition(new Array2DRowRealMatrix(full, false), 0, 0));
        } catch (MathIllegalArgumentException e) {
            return null;
        }
    }

    /** A Cholesky factor L L^T of an n x n matrix: solves for many right-hand sides. */
    public static final class Cholesky {

        private final CholeskyDecomposition decomposition;
        private final DecompositionSolver solver;
        private final int n;

        Cholesky(CholeskyDecomposition decomposition) {
            this.decomposition = decomposition;
            this.solver = decomposition.getSolver();
            this.n = decomposition.getL().getRowDimension();
        }

        /** L[i][i]. */
        public double diagonal(int i) {
            return decomposition.getL().getEntry(i, i);
        }

        /** Solves L L^T x = b for the first n entries of b, in place (they become x). */
        public void solve(double[] b) {
            double[] x = solver.solve(new ArrayRealVector(b.length == n ? b : Arrays.copyOf(b, n), false)).toArray();
            System.arraycopy(x, 0, b, 0, n);
        }
    }
}
