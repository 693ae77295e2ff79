/*
 * Copyright (c) 2026 the Interphase contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.interphase.solver.cycling.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.interphase.solver.cycling.ButlerVolmer;
import org.junit.jupiter.api.Test;

/** V-CYC-1 of docs/physics.md (case CYC-1): Butler-Volmer at 0.1 mA/cm2 and R_ct = RT/(F i0). */
class ButlerVolmerTest {

    static final double T = 298.15;

    @Test
    void overpotentialPerElectrodeAtPointOneMilliampPerSquareCentimetre() {
        // i0 = 0.01 / 0.1 / 1 / 7.06 mA/cm2 -> eta_ct = 0.1188 / 0.0247 / 0.0026 / 0.0004 V
        double[] i0 = { 0.1, 1, 10, 70.6 };
        double[] eta = { 0.1188, 0.0247, 0.0026, 0.0004 };
        for (int k = 0; k < i0.length; k++) {
            assertEquals(eta[k], ButlerVolmer.overpotential(1.0, i0[k], T, 0.5), 0.00005, "i0 = " + i0[k] + " A/m2");
            assertEquals(-eta[k], ButlerVolmer.overpotential(-1.0, i0[k], T, 0.5), 0.00005);
        }
    }

    @Test
    void chargeTransferResistance() {
        // R_ct = 2569.26 / 256.93 / 25.69 / 3.64 Ohm cm2
        double[] i0 = { 0.1, 1, 10, 70.6 };
        double[] rct = { 2569.26, 256.93, 25.69, 3.64 };
        for (int k = 0; k < i0.length; k++) {
            assertEquals(rct[k], ButlerVolmer.chargeTransferResistance(i0[k], T) * 1e4, 0.005 * rct[k]);
        }
    }

    @Test
    void generalTransferCoefficientSolvesButlerVolmer() {
        double f = 96485.33212 / (8.314462618 * T);
        for (double alpha : new double[] { 0.3, 0.5000001, 0.7 }) {
            for (double i : new double[] { -50, -1, 1e-3, 2, 500 }) {
                double eta = ButlerVolmer.overpotential(i, 1.0, T, alpha);
                double back = Math.exp(alpha * f * eta) - Math.exp(-(1 - alpha) * f * eta);
                assertEquals(i, back, 1e-9 * Math.max(1, Math.abs(i)), "alpha " + alpha + ", i " + i);
            }
        }
        // alpha = 0.5 numerically equals the closed form
        assertEquals(ButlerVolmer.overpotential(3, 1, T, 0.5), ButlerVolmer.overpotential(3, 1, T, 0.5000001), 1e-7);
    }
}
