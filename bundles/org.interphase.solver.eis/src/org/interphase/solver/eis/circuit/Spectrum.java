/*
 * Copyright (c) 2026 the Interphase contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.interphase.solver.eis.circuit;

/** An impedance spectrum: frequencies (Hz) and Re Z, Im Z (Ohm), of equal length. */
public record Spectrum(double[] f, double[] re, double[] im) {

    public Spectrum {
        if (f.length != re.length || f.length != im.length) {
            throw new IllegalArgumentException("f, Re Z and Im Z have different lengths: " + f.length + ", " + re.length + ", " + im.length);
        }
    }

    /** The number of frequencies. */
    public int size() {
        return f.length;
    }

    /** |Z| at index k. */
    public double modulus(int k) {
        return Math.hypot(re[k], im[k]);
    }

    /** Log-spaced frequencies from fMax down to fMin (Hz), n points (the order instruments sweep in). */
    public static double[] logFrequencies(double fMax, double fMin, int n) {
        double[] f = new double[n];
        double a = Math.log10(fMax);
        double b = Math.log10(fMin);
        for (int k = 0; k < n; k++) {
            f[k] = n == 1 ? fMax : Math.pow(10, a + (b - a) * k / (n - 1));
        }
        return f;
    }
}
