/*
 * Copyright (c) 2026 the Interphase contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.interphase.solver.eis.circuit;

/**
 * What a circuit string says of one parameter (CDC value syntax): initial value, bounds and whether it is fixed. NaN
 * for what it does not say.
 */
public record ParameterHint(double value, double lower, double upper, boolean fixed) {

    /** Nothing said. */
    public static final ParameterHint NONE = new ParameterHint(Double.NaN, Double.NaN, Double.NaN, false);

    /** True when the hint says anything. */
    public boolean isPresent() {
        return !Double.isNaN(value) || !Double.isNaN(lower) || !Double.isNaN(upper) || fixed;
    }
}
