/*
 * Copyright (c) 2026 the Interphase contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.interphase.solver.cycling;

import org.hipparchus.analysis.solvers.BracketingNthOrderBrentSolver;
import org.interphase.model.units.PhysicalConstants;

/**
 * Charge-transfer overpotential of an electrode by Butler-Volmer: i = i0 [exp(alpha_a F eta / RT) - exp(-alpha_c F eta / RT)]
 * with alpha_c = 1 - alpha_a. For alpha_a = 0.5 the inverse is closed, eta = (2RT/F) asinh(i / 2 i0) (docs/physics.md 3.1);
 * otherwise it is solved with Hipparchus' bracketing Brent solver. SI: A/m2, K, V.
 */
public final class ButlerVolmer {

    private ButlerVolmer() {
    }

    /** The overpotential (V) that drives the current density i (A/m2, signed) at exchange current density i0 (A/m2). */
    public static double overpotential(double i, double i0, double temperature, double alphaAnodic) {
        if (i == 0) {
            return 0;
        }
        double f = PhysicalConstants.FARADAY / (PhysicalConstants.GAS_CONSTANT * temperature);
        if (alphaAnodic == 0.5) {
            return 2 / f * asinh(i / (2 * i0));
        }
        double alphaCathodic = 1 - alphaAnodic;
        double ratio = i / i0;
        // bracket: the dominant branch alone gives a bound
        double bound = Math.abs(Math.log(Math.abs(ratio) + 1)) / (f * Math.min(alphaAnodic, alphaCathodic)) + 1e-6;
        BracketingNthOrderBrentSolver solver = new BracketingNthOrderBrentSolver(1e-15, 1e-14, 5);
        return solver.solve(200, eta -> Math.exp(alphaAnodic * f * eta) - Math.exp(-alphaCathodic * f * eta) - ratio, -bound, bound);
    }

    /** Charge-transfer resistance RT/(F i0) in Ohm m2 (the small-signal slope for any alpha). */
    public static double chargeTransferResistance(double i0, double temperature) {
        return PhysicalConstants.GAS_CONSTANT * temperature / (PhysicalConstants.FARADAY * i0);
    }

    /** asinh without cancellation for negative arguments. */
    public static double asinh(double x) {
        double a = Math.abs(x);
        double r = a < 1e-4 ? a - a * a * a / 6 : Math.log(a + Math.sqrt(a * a + 1));
        return Math.copySign(r, x);
    }
}
