/*
 * Copyright (c) 2026 the Interphase contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.interphase.solver.eis.elements;

import java.util.List;

/**
 * A circuit element type: its symbols in the two circuit grammars, its parameters and its impedance Z(omega). A new
 * type is added with {@link Elements#register(ElementType)} or as an OSGi service of this type; the parsers look symbols
 * up in {@link Elements}, so nothing else changes.
 * <p>
 * Implementations are stateless and thread-safe. {@link #impedance} is called in the innermost loop of fits: it must
 * not allocate.
 */
public interface ElementType {

    /** Symbol in impedance.py circuit strings: letters only, e.g. "CPE", "Wo". */
    String symbol();

    /**
     * Symbol in Boukamp CDC: one upper-case letter followed by lower-case letters, e.g. "Q" for the CPE, "Wo".
     * Defaults to {@link #symbol()} when that has this form.
     */
    default String cdcSymbol() {
        return symbol();
    }

    /** Name for people, e.g. "constant phase element". */
    String description();

    /** The parameters, in the order impedance.py consumes them (names X1_0, X1_1, ... in that order). */
    List<ParameterSpec> parameters();

    /** Number of parameters. */
    default int parameterCount() {
        return parameters().size();
    }

    /**
     * Z(omega) with the parameters {@code p[offset .. offset + parameterCount())}, written as {@code out[0] = Re Z},
     * {@code out[1] = Im Z}.
     */
    void impedance(double omega, double[] p, int offset, double[] out);

    /**
     * dZ/dp_k for each parameter k of the element (linear parameters, not their logarithms), written as
     * {@code dRe[dOffset + k]}, {@code dIm[dOffset + k]}. The default uses central differences of
     * {@link #impedance}; built-in elements override it with the analytic derivatives.
     */
    default void derivatives(double omega, double[] p, int offset, double[] dRe, double[] dIm, int dOffset) {
        derivativesByDifferences(this, omega, p, offset, dRe, dIm, dOffset);
    }

    /**
     * Z(omega) into out and dZ/dp_k into dRe, dIm at once; the default calls {@link #impedance} and
     * {@link #derivatives}; elements whose impedance and derivatives share costly terms override it.
     */
    default void impedanceAndDerivatives(double omega, double[] p, int offset, double[] out, double[] dRe, double[] dIm, int dOffset) {
        impedance(omega, p, offset, out);
        derivatives(omega, p, offset, dRe, dIm, dOffset);
    }

    /** Central differences of {@link #impedance} with a relative step of 1e-6 (for element types without analytic derivatives). */
    static void derivativesByDifferences(ElementType type, double omega, double[] p, int offset, double[] dRe, double[] dIm, int dOffset) {
        double[] plus = new double[2];
        double[] minus = new double[2];
        for (int k = 0; k < type.parameterCount(); k++) {
            double v = p[offset + k];
            double h = 1e-6 * Math.max(Math.abs(v), 1e-300);
            p[offset + k] = v + h;
            type.impedance(omega, p, offset, plus);
            p[offset + k] = v - h;
            type.impedance(omega, p, offset, minus);
            p[offset + k] = v;
            double step = (v + h) - (v - h);
            dRe[dOffset + k] = (plus[0] - minus[0]) / step;
            dIm[dOffset + k] = (plus[1] - minus[1]) / step;
        }
    }
}
