/*
 * Copyright (c) 2026 the Interphase contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.interphase.solver.cycling.analytics;

import org.hipparchus.linear.Array2DRowRealMatrix;
import org.hipparchus.linear.DecompositionSolver;
import org.hipparchus.linear.QRDecomposition;
import org.hipparchus.linear.RealMatrix;

/**
 * Savitzky-Golay smoothing and differentiation of equally spaced samples: a least-squares polynomial of the given
 * order over a window of 2m+1 points, evaluated (or differentiated) at its centre; near the ends the polynomial of
 * the first (last) full window is evaluated at each position (as SciPy's mode "interp"). Window 5, order 2 gives
 * the classic coefficients (-3, 12, 17, 12, -3)/35. Polynomials up to the order are reproduced exactly.
 */
public final class SavitzkyGolay {

    private final int half;
    private final int order;
    /** fit[k][j]: coefficient k of the polynomial in (x - centre) from sample j of a window. */
    private final double[][] fit;

    /**
     * @param window odd number of points, > order
     * @param order  polynomial order >= 0
     */
    public SavitzkyGolay(int window, int order) {
        if (window < 1 || window % 2 == 0) {
            throw new IllegalArgumentException("the Savitzky-Golay window must be an odd number of points (is " + window + ")");
        }
        if (order < 0 || order >= window) {
            throw new IllegalArgumentException("the Savitzky-Golay order must lie within [0, window - 1] (is " + order + " for window " + window + ")");
        }
        this.half = window / 2;
        this.order = order;
        double[][] vandermonde = new double[window][order + 1];
        for (int j = 0; j < window; j++) {
            double x = j - half;
            double p = 1;
            for (int k = 0; k <= order; k++) {
                vandermonde[j][k] = p;
                p *= x;
            }
        }
        RealMatrix a = new Array2DRowRealMatrix(vandermonde, false);
        DecompositionSolver solver = new QRDecomposition(a).getSolver();
        // pseudo-inverse (A^T A)^-1 A^T by solving A X = I column by column
        RealMatrix pinv = solver.getInverse();
        fit = pinv.getData();
    }

    /** The window size. */
    public int window() {
        return 2 * half + 1;
    }

    /** Smoothed values. */
    public double[] smooth(double[] y) {
        return apply(y, 0, 1);
    }

    /** The first derivative for sample spacing h. */
    public double[] derivative(double[] y, double h) {
        return apply(y, 1, h);
    }

    private double[] apply(double[] y, int derivative, double h) {
        int n = y.length;
        double[] out = new double[n];
        if (derivative > order) {
            return out;
        }
        if (n < window()) {
            throw new IllegalArgumentException("Savitzky-Golay: " + n + " samples are fewer than the window of " + window());
        }
        for (int i = 0; i < n; i++) {
            int centre = Math.min(Math.max(i, half), n - 1 - half);
            double[] c = new double[order + 1];
            for (int k = 0; k <= order; k++) {
                double sum = 0;
                for (int j = 0; j < 2 * half + 1; j++) {
                    sum += fit[k][j] * y[centre - half + j];
                }
                c[k] = sum;
            }
            double x = i - centre;
            double value = 0;
            if (derivative == 0) {
                for (int k = order; k >= 0; k--) {
                    value = value * x + c[k];
                }
            } else {
                for (int k = order; k >= 1; k--) {
                    value = value * x + k * c[k];
                }
                value /= h;
            }
            out[i] = value;
        }
        return out;
    }
}
