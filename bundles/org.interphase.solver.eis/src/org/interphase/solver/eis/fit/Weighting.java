/*
 * Copyright (c) 2026 the Interphase contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.interphase.solver.eis.fit;

import java.util.Locale;

/**
 * Weighting of the residuals (docs/physics.md 2.3). The fit minimises S = sum w'_k (Z'_k - Zfit'_k)^2 + w''_k (Z''_k -
 * Zfit''_k)^2 with, from the measured data:
 */
public enum Weighting {
    /** w = 1 (biased to large |Z|; impedance.py's default). */
    UNIT,
    /** w' = w'' = 1/|Z_k|^2 (Boukamp; impedance.py's weight_by_modulus=True). */
    MODULUS,
    /** w' = 1/Z'_k^2, w'' = 1/Z''_k^2. */
    PROPORTIONAL,
    /** w = 1/sigma_k^2 from measured standard deviations of Re Z and Im Z. */
    SIGMA;

    /** Lower-case name as on command lines and in JSON ("modulus"). */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The weighting named (case-insensitive) or IllegalArgumentException listing the names. */
    public static Weighting of(String name) {
        for (Weighting w : values()) {
            if (w.key().equalsIgnoreCase(name.strip())) {
                return w;
            }
        }
        throw new IllegalArgumentException("unknown weighting '" + name + "'; use unit, modulus, proportional or sigma");
    }
}
