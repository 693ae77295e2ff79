/*
 * Copyright (c) 2026 the Interphase contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.interphase.solver.cycling.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.interphase.solver.SolverException;
import org.interphase.solver.cycling.SymmetricCellSolver;
import org.interphase.solver.cycling.SymmetricResult;
import org.interphase.solver.cycling.SymmetricResult.FailureMode;
import org.interphase.solver.cycling.SymmetricSettings;
import org.interphase.solver.cycling.analytics.CyclingAnalysis;
import org.junit.jupiter.api.Test;

/**
 * The symmetric-cell solver on the example's Li|LATP|Li and Li|IL|LATP|IL|Li at 0.1 mA/cm2 with 1 h half cycles:
 * the parameter-free anchor eta = i L / sigma_app of V-EIS-6 (1 mm: 0.556 V bare, 0.0625 V coated), V-CYC-1's
 * Butler-Volmer term, CYC-2's coated curve, and the seed's outcome (bare fails between 30 and 50 h, coated runs
 * 600 h below 0.15 V).
 */
class SymmetricCellTest {

    final SymmetricCellSolver solver = new SymmetricCellSolver();

    static SymmetricSettings withoutDegradation(SymmetricSettings s) {
        s.mciGrowth = false;
        s.fracture = false;
        s.softShort = false;
        s.formation = false;
        s.contactLoss = false;
        return s;
    }

    @Test
    void initialOverpotentialIsTheEisAnchorPlusButlerVolmer() throws Exception {
        // V-EIS-6, L = 1 mm: eta = 0.556 V bare, 0.0625 V coated; plus 2 x 0.0004 V (V-CYC-1, i0 = 7.06 mA/cm2; 0.00036 each)
        SymmetricSettings bare = withoutDegradation(solver.defaultSettings(Example.cell("Li|LATP|Li")));
        bare.duration = 4 * 3600.0;
        SymmetricResult b = solver.solve(bare, null);
        assertEquals(0.5556, b.initialAsr(), 0.0001);
        assertEquals(0.5556 + 2 * 0.00036, b.voltage()[0], 0.0002);
        SymmetricSettings coated = withoutDegradation(solver.defaultSettings(Example.cell("Li|IL|LATP|IL|Li")));
        coated.duration = 4 * 3600.0;
        SymmetricResult c = solver.solve(coated, null);
        assertEquals(0.0625, c.initialAsr(), 0.0001);
        assertEquals(0.0625 + 2 * 0.00036, c.voltage()[0], 0.0002);
        // the half cycles alternate: +, -, +, -
        assertEquals(4, c.envelope().length);
        double[] t = c.times();
        double[] v = c.voltage();
        for (int k = 0; k < t.length; k++) {
            int half = (int) Math.min(Math.floor(t[k] / 3600 - 1e-9), 3);
            if (t[k] > half * 3600 + 1 && t[k] < (half + 1) * 3600 - 1) {
                assertEquals(half % 2 == 0 ? 1 : -1, Math.signum(v[k]), 0, "sign at " + t[k] + " s");
            }
        }
    }

    @Test
    void butlerVolmerTermFollowsVCyc1() throws Exception {
        // V-CYC-1: eta_ct(0.1 mA/cm2) per electrode = 0.1188 V at i0 = 0.01 mA/cm2, 0.0247 V at 0.1 mA/cm2
        for (double[] c : new double[][] { { 0.1, 0.1188 }, { 1, 0.0247 } }) {
            SymmetricSettings s = withoutDegradation(solver.defaultSettings(Example.cell("Li|IL|LATP|IL|Li")));
            s.duration = 3600;
            s.lithiumExchangeCurrentDensity = c[0];
            SymmetricResult r = solver.solve(s, null);
            assertEquals(0.0625 + 2 * c[1], r.voltage()[0], 0.0002, "i0 = " + c[0] + " A/m2");
        }
    }

    @Test
    void calibratedCoatedCellRuns600HoursBelowPointOneFiveVoltFollowingCyc2() throws Exception {
        // a calibration check: the reference script's formation term and the program's closures are fitted to the paper
        SymmetricResult r = solver.solve(solver.defaultSettings(Example.cell("Li|IL|LATP|IL|Li")), null);
        assertFalse(r.failed(), "coated cell failed at " + r.failureTime() / 3600 + " h: " + r.failureMode());
        assertTrue(Double.isNaN(r.failureTime()));
        assertEquals(600, r.envelope().length);
        assertEquals(600 * 3600.0, r.times()[r.times().length - 1], 1e-6);
        double max = 0;
        for (double e : r.envelope()) {
            max = Math.max(max, e);
        }
        assertTrue(max < 0.15, "largest |V| " + max + " V");
        // CYC-2 (docs/physics.md 3.1), coated |V|: 0.1217 (0.5 h), 0.0996 (10 h), 0.0682 (50 h), 0.0636 (100 h), 0.0632 (300 h);
        // our 76.7 nm film adds its small interphase (< 1 mV) that the reference leaves out
        assertEquals(0.1217, at(r, 0.5), 0.001);
        assertEquals(0.0996, at(r, 10), 0.001);
        assertEquals(0.0682, at(r, 50), 0.001);
        assertEquals(0.0636, at(r, 100), 0.001);
        assertEquals(0.0632, at(r, 300), 0.001);
        // "slightly higher response for ~50 h, then lower" [P]
        assertTrue(at(r, 10) > at(r, 60) && at(r, 60) > at(r, 200) - 0.0005);
        assertTrue(r.thicknessFirst()[r.thicknessFirst().length - 1] < 60e-9, "interphase at 600 h " + r.thicknessFirst()[r.thicknessFirst().length - 1]);
    }

    @Test
    void bareCellOverpotentialAtHalfAnHourIsTheReferenceScripts() throws Exception {
        SymmetricResult r = solver.solve(solver.defaultSettings(Example.cell("Li|LATP|Li")), null);
        // CYC-2 (mci_cycling_reference_output.txt, computed independently of the program): bare |V| = 0.5647 V at 0.5 h,
        // of which 0.5556 V is the pellet's bulk (1 mm at 1.8e-5 S/cm, 0.1 mA/cm2), 0.0007 V Butler-Volmer at both
        // electrodes and 0.0084 V the MCI's resistance and the contact it costs. The program integrates the growth and the
        // contact loss with its own ODE and closures (the reference evaluates them in closed form) and gives 0.5631 V. The
        // tolerance of 2 mV (0.35 %) bounds that difference and still fails if the MCI and contact term (8.4 mV) or the
        // Butler-Volmer term at a 10x smaller exchange current (> 2 mV) were lost.
        assertEquals(0.5647, at(r, 0.5), 0.002);
    }

    @Test
    void calibratedBareCellFailsBetween30And50HoursByAShort() throws Exception {
        // a calibration check: the soft-short closure is calibrated to the paper's failure between 30 and 50 h
        SymmetricResult r = solver.solve(solver.defaultSettings(Example.cell("Li|LATP|Li")), null);
        assertTrue(r.failed());
        assertEquals(FailureMode.SHORT, r.failureMode());
        double hours = r.failureTime() / 3600;
        assertTrue(hours > 30 && hours < 50, "bare cell fails at " + hours + " h");
        // before: the overpotential rises monotonically from 0.56 V (MCI growth, contact lost to fracture) ...
        assertTrue(at(r, 20) > at(r, 10) && at(r, 30) > at(r, 20), "rising overpotential");
        assertTrue(at(r, 30) < 5, "below the voltage limit before the short");
        // ... then the abrupt decline: |V| < 1 mV at 40 h (CYC-2)
        assertTrue(at(r, 40) < 1e-3, "|V| at 40 h = " + at(r, 40));
        assertTrue(r.notes().stream().anyMatch(n -> n.startsWith("soft short at")), r.notes().toString());
        // the measured-data analytics find the same failure in the simulated V(t)
        double[] current = new double[r.times().length];
        for (int k = 0; k < current.length; k++) {
            current[k] = Math.signum(r.voltage()[k]) * 1.0 * 0.5027e-4;
        }
        CyclingAnalysis a = CyclingAnalysis.of(r.times(), r.voltage(), current, CyclingAnalysis.Options.defaults());
        assertTrue(a.symmetric());
        CyclingAnalysis.Failure f = a.failure();
        assertNotNull(f);
        assertEquals("short", f.mode());
        assertEquals(hours, f.time() / 3600, 1.0);
    }

    @Test
    void voltageLimitStopsTheCycler() throws Exception {
        SymmetricSettings s = solver.defaultSettings(Example.cell("Li|LATP|Li"));
        s.voltageLimit = 2;
        SymmetricResult r = solver.solve(s, null);
        assertEquals(FailureMode.VOLTAGE_LIMIT, r.failureMode());
        assertEquals(r.failureTime(), r.times()[r.times().length - 1], 1e-6);
        assertEquals(2, Math.abs(r.voltage()[r.voltage().length - 1]), 1e-3);
        assertTrue(r.failureTime() / 3600 < 30, "" + r.failureTime());
    }

    @Test
    void voidsGrowAboveTheCriticalCurrent() throws Exception {
        SymmetricSettings s = withoutDegradation(solver.defaultSettings(Example.cell("Li|IL|LATP|IL|Li")));
        s.contactLoss = true;
        s.duration = 20 * 3600.0;
        SymmetricResult below = solver.solve(s, null);
        assertEquals(below.envelope()[0], below.envelope()[19], 1e-6); // 0.1 mA/cm2 is at the critical current: no voids
        s.currentDensity = 3.0; // 0.3 mA/cm2
        SymmetricResult above = solver.solve(s, null);
        assertTrue(above.envelope()[19] > 1.05 * above.envelope()[0], "contact loss raises |V|: " + above.envelope()[0] + " -> " + above.envelope()[19]);
    }

    @Test
    void refusesCellsWithoutTwoLithiumElectrodes() throws Exception {
        SolverException e = assertThrows(SolverException.class, () -> solver.solve(solver.defaultSettings(Example.cell("SS|LATP|Li")), null));
        assertEquals("cell 'SS|LATP|Li' needs lithium metal at both ends (a symmetric Li | SE | Li cell)", e.getMessage());
        assertTrue(solver.unsuitable(Example.cell("Li|LATP|LFP")).isPresent());
        assertTrue(solver.unsuitable(Example.cell("Li|LATP|Li")).isEmpty());
    }

    /** |V| at the middle of the half cycle around the time (h). */
    static double at(SymmetricResult r, double hours) {
        double target = hours * 3600;
        int best = 0;
        for (int k = 0; k < r.times().length; k++) {
            if (Math.abs(r.times()[k] - target) < Math.abs(r.times()[best] - target)) {
                best = k;
            }
        }
        return Math.abs(r.voltage()[best]);
    }
}
