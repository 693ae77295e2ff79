/*
 * Copyright (c) 2026 the Interphase contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.interphase.solver.eis.fit;

/**
 * One parameter of a fit: value (SI), standard error, 95 % confidence interval (value -+ t(0.975, 2N - P) se), unit,
 * whether it was held fixed (then se = 0 and the interval is the value) and whether it ended at a bound (then the
 * interval does not describe it). A standard error is +inf when the data do not determine the parameter (the Jacobian
 * is rank-deficient in its direction).
 */
public record FittedParameter(String name, String unit, double value, double standardError, double lower95, double upper95,
        boolean fixed, boolean atBound) {

    /** True when the standard error is finite. */
    public boolean determined() {
        return Double.isFinite(standardError);
    }
}
