/*
 * Copyright (c) 2026 the Interphase contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.interphase.solver.eis.fit;

/**
 * One parameter of a fit: value (SI), standard error, 95 % confidence interval (computed in the fit's transformed
 * coordinates and mapped back: inside the allowed range, asymmetric for log-scaled parameters), unit, whether it was
 * held fixed (then se = 0 and the interval is the value), whether it ended at a bound (then the interval does not
 * describe it) and whether the data cannot identify it (undetermined: the Jacobian is rank-deficient in its direction,
 * se = +inf and the interval is the allowed range; or its element ran to 0 or infinity relative to the data's scale).
 */
public record FittedParameter(String name, String unit, double value, double standardError, double lower95, double upper95,
        boolean fixed, boolean atBound, boolean unidentifiable) {

    /** Without the identifiability flag (false). */
    public FittedParameter(String name, String unit, double value, double standardError, double lower95, double upper95, boolean fixed, boolean atBound) {
        this(name, unit, value, standardError, lower95, upper95, fixed, atBound, false);
    }

    /** True when the standard error is finite. */
    public boolean determined() {
        return Double.isFinite(standardError);
    }
}
