/*
 * Copyright (c) 2026 the Interphase contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.interphase.solver.eis.elements;

/**
 * One parameter of an element type: its short name (as the CDC value syntax {@code Q{Q=1e-6,a=0.9}} names it), what it
 * is, its SI unit, the default bounds a fit uses (impedance.py: all parameters in [0, inf), exponents <= 1) and a
 * default starting value for simulations and guesses.
 */
public record ParameterSpec(String name, String description, String unit, double lower, double upper, double typical) {

    /** A parameter bounded to [0, inf). */
    public static ParameterSpec positive(String name, String description, String unit, double typical) {
        return new ParameterSpec(name, description, unit, 0, Double.POSITIVE_INFINITY, typical);
    }

    /** An exponent bounded to [0, 1]. */
    public static ParameterSpec exponent(String name, String description, double typical) {
        return new ParameterSpec(name, description, "1", 0, 1, typical);
    }
}
