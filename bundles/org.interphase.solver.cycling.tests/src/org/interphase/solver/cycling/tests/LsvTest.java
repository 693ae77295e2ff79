/*
 * Copyright (c) 2026 the Interphase contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.interphase.solver.cycling.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.interphase.solver.cycling.LsvResult;
import org.interphase.solver.cycling.LsvSettings;
import org.interphase.solver.cycling.LsvSolver;
import org.junit.jupiter.api.Test;

/**
 * The voltammetric sweep on the example's SS|LATP|Li and SS|IL|LATP|IL|Li (-1 to 5.5 V at 0.1 mV/s [P]): seed S4
 * (stable to 4.4 V bare, 5.0 V coated [P]) at the documented threshold of 1 uA/cm2, and how the limit moves with the
 * threshold (Tafel: by RT/(alpha F) ln 10 = 118 mV per decade at alpha = 0.5, 25 degC) and with pinholes.
 */
class LsvTest {

    final LsvSolver solver = new LsvSolver();

    @Test
    void calibratedStabilityLimitsAtOneMicroampPerSquareCentimetre() throws Exception {
        // a calibration check: the Tafel exchange currents are calibrated so that the limits are the paper's 4.4 V and 5.0 V
        LsvResult bare = solver.solve(solver.defaultSettings(Example.cell("SS|LATP|Li")), null);
        assertEquals(0.01, bare.threshold(), 0);
        assertEquals(4.4, bare.oxidationLimit(), 0.005);
        assertEquals(2.17, bare.thermodynamicReduction(), 1e-12);
        assertEquals(4.21, bare.thermodynamicOxidation(), 1e-12);
        assertEquals(-1, bare.potential()[0], 1e-12);
        assertEquals(5.5, bare.potential()[bare.potential().length - 1], 1e-12);
        assertEquals(6.5 / 1e-4, bare.times()[bare.times().length - 1], 1e-6); // 6.5 V at 0.1 mV/s
        LsvResult coated = solver.solve(solver.defaultSettings(Example.cell("SS|IL|LATP|IL|Li")), null);
        assertEquals(5.0, coated.oxidationLimit(), 0.005);
        // the film blocks the electrons LATP's oxidation needs: at 4.6 V the coated cell draws < 1 % of the bare current
        assertTrue(current(coated, 4.6) < 0.01 * current(bare, 4.6), current(coated, 4.6) + " vs " + current(bare, 4.6));
        // the reduction side: LATP's reduction on bare steel below 2.17 V; none through the film until lithium plates below 0 V
        assertTrue(bare.reductionLimit() > 1.5 && bare.reductionLimit() < 2.17, "bare reduction limit " + bare.reductionLimit());
        assertTrue(coated.reductionLimit() < 0.05, "coated reduction limit " + coated.reductionLimit());
    }

    @Test
    void theLimitDependsOnTheThresholdAsTafelSays() throws Exception {
        LsvSettings s = solver.defaultSettings(Example.cell("SS|LATP|Li"));
        double low = solver.solve(s, null).oxidationLimit();
        s.threshold = 0.1; // 10 uA/cm2
        double high = solver.solve(s, null).oxidationLimit();
        // RT/(0.5 F) ln 10 = 0.1183 V, plus the ohmic drop of the larger current over 0.5556 Ohm m2 (0.09 x 0.5556 = 0.050 V)
        assertEquals(0.1183 + 0.09 * 0.5556, high - low, 0.002);
    }

    @Test
    void pinholesInTheFilmBringBackTheElectrolytesOxidation() throws Exception {
        LsvSettings s = solver.defaultSettings(Example.cell("SS|IL|LATP|IL|Li"));
        s.pinholeFraction = 0.01;
        // 1 % of the bare LATP current: the threshold is reached 2 decades later, RT/(alpha F) ln 100 = 0.237 V above 4.4 V minus the smaller ohmic drop
        double expected = 4.21 + 0.0513852 * Math.log(0.01 / (0.01 * 2.76e-4)) + 0.01 * 0.0625;
        assertEquals(expected, solver.solve(s, null).oxidationLimit(), 0.003);
    }

    @Test
    void cyclicSweepReturnsWithTheChargingCurrentReversed() throws Exception {
        LsvSettings s = solver.defaultSettings(Example.cell("SS|IL|LATP|IL|Li"));
        s.mode = LsvSettings.Mode.CV;
        s.startPotential = 3.0;
        s.endPotential = 3.5;
        s.cycles = 2;
        LsvResult r = solver.solve(s, null);
        int perSegment = 501;
        assertEquals(4 * perSegment - 3, r.potential().length);
        // inside the window only the double layer charges: +-C_dl v = +-0.1 F/m2 x 1e-4 V/s
        assertEquals(1e-5, r.current()[250], 1e-8);
        assertEquals(-1e-5, r.current()[perSegment + 250], 1e-8);
        assertEquals(3.0, r.potential()[r.potential().length - 1], 1e-12);
    }

    static double current(LsvResult r, double e) {
        for (int k = 0; k < r.potential().length; k++) {
            if (r.potential()[k] >= e) {
                return r.current()[k];
            }
        }
        return Double.NaN;
    }
}
