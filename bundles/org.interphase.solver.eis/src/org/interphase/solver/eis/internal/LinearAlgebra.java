/*
 * Copyright (c) 2026 the Interphase contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.interphase.solver.eis.internal;

import org.hipparchus.exception.MathIllegalArgumentException;
import org.hipparchus.linear.Array2DRowRealMatrix;
import org.hipparchus.linear.ArrayRealVector;
import org.hipparchus.linear.CholeskyDecomposition;
import org.hipparchus.linear.DecompositionSolver;
import org.hipparchus.linear.MatrixUtils;
import org.hipparchus.linear.QRDecomposition;
import org.hipparchus.linear.RRQRDecomposition;
import org.hipparchus.linear.RealMatrix;

/**
 * The dense decompositions the EIS code needs, on row-major double[][], done by Hipparchus (rank-revealing QR, Cholesky,
 * triangular solves): no hand-written factorisation. Kept as this small facade so that lin-KK and the DRT keep their
 * call sites.
 */
public final class LinearAlgebra {

    /** Columns whose pivoted R diagonal falls below this fraction of the first are dropped (rank-deficient problems). */
    static final double RANK_THRESHOLD = 1e-13;

    /**
     * The solver of the last factorisation on this thread and the array it was written into: {@link #choleskySolve}
     * on that array uses Hipparchus' solver directly (the DRT solves one factor for many right-hand sides).
     */
    private static final ThreadLocal<Object[]> LAST = new ThreadLocal<>();

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
     * Cholesky factorisation by Hipparchus of the symmetric positive definite n x n matrix given by its lower triangle
     * in a; returns false when it is not positive definite. On success a holds the factor L in its lower triangle and
     * L^T in its strict upper triangle (for {@link #choleskySolve}).
     */
    public static boolean cholesky(double[][] a, int n) {
        double[][] full = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j <= i; j++) {
                full[i][j] = a[i][j];
                full[j][i] = a[i][j];
            }
        }
        RealMatrix l;
        CholeskyDecomposition decomposition;
        try {
            decomposition = new CholeskyDecomposition(new Array2DRowRealMatrix(full, false), 0, 0);
            l = decomposition.getL();
        } catch (MathIllegalArgumentException e) {
            LAST.remove();
            return false;
        }
        for (int i = 0; i < n; i++) {
            for (int j = 0; j <= i; j++) {
                double v = l.getEntry(i, j);
                a[i][j] = v;
                a[j][i] = v;
            }
        }
        LAST.set(new Object[] { a, n, decomposition.getSolver() });
        return true;
    }

    /** Solves L L^T x = b in place (b becomes x) with the factor from {@link #cholesky}, by Hipparchus' triangular solves. */
    public static void choleskySolve(double[][] l, int n, double[] b) {
        Object[] last = LAST.get();
        if (last != null && last[0] == l && (Integer) last[1] == n) {
            double[] x = ((DecompositionSolver) last[2]).solve(new ArrayRealVector(n == b.length ? b : java.util.Arrays.copyOf(b, n), false)).toArray();
            System.arraycopy(x, 0, b, 0, n);
            return;
        }
        double[][] square = l;
        if (l.length != n || l[0].length != n) {
            square = new double[n][n];
            for (int i = 0; i < n; i++) {
                System.arraycopy(l[i], 0, square[i], 0, n);
            }
        }
        RealMatrix factor = new Array2DRowRealMatrix(square, false);
        ArrayRealVector v = new ArrayRealVector(b, false);
        if (b.length != n) {
            v = new ArrayRealVector(java.util.Arrays.copyOf(b, n), false);
        }
        // the lower solve reads the lower triangle (L), the upper solve the upper triangle (L^T)
        MatrixUtils.solveLowerTriangularSystem(factor, v);
        MatrixUtils.solveUpperTriangularSystem(factor, v);
        if (v.getDataRef() != b) {
            System.arraycopy(v.getDataRef(), 0, b, 0, n);
        }
    }
}
