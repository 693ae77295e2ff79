/*
 * Copyright (c) 2026 the Interphase contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.interphase.solver.mci.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.interphase.solver.mci.GrowthKinetics;
import org.interphase.solver.mci.GrowthKinetics.Method;
import org.junit.jupiter.api.Test;

/**
 * V-MCI-1 of docs/physics.md with its numbers (MCI-1 and the closed form (1.3) against an ODE:
 * E = 2.17 V, Omega = 77.071 cm3/mol, sigma_i = 1e-6, sigma_e = 1e-5 S/cm, L0 = 1 nm, a 70 nm interlayer with
 * sigma_i = 2.3e-4 S/cm), and the invariants V-MCI-1 lists.
 */
class GrowthKineticsTest {

    /** Omega of the reference script (molar volume from the lattice constants / 1.7). */
    static final double OMEGA = 7.707119747982014e-5;
    static final double[] HOURS = { 1, 10, 40, 100, 600 };

    static GrowthKinetics.Parameters mci(double rRxn) {
        return new GrowthKinetics.Parameters(2.17, OMEGA, rRxn, 1e-4, 1e-3, 1e-9);
    }

    static GrowthKinetics coated(double sigmaE) {
        double d = 70e-9;
        return new GrowthKinetics(mci(10), d / 2.3e-2 + d / sigmaE, 0);
    }

    static double[] seconds(double[] hours) {
        double[] t = new double[hours.length];
        for (int i = 0; i < t.length; i++) {
            t[i] = hours[i] * 3600;
        }
        return t;
    }

    @Test
    void bareClosedFormReproducesTheReferenceTable() {
        // MCI-1 (docs/physics.md 1.2), r_rxn = 10 Ohm m2: L_closed[um] = [0.6248 6.21984 24.62789 60.39599 318.5852]
        assertTable(new GrowthKinetics(mci(10), 0, 1), new double[] { 0.6248, 6.21984, 24.62789, 60.39599, 318.5852 }, 1e-5);
        // r_rxn = 1 Ohm m2: [6.04044 49.12776 140.70988 257.97685 739.15426]
        assertTable(new GrowthKinetics(mci(1), 0, 1), new double[] { 6.04044, 49.12776, 140.70988, 257.97685, 739.15426 }, 1e-5);
    }

    @Test
    void coatedClosedFormReproducesTheReferenceTable() {
        // sigma_e,IL = 1e-12 S/cm (1e-10 S/m): [0.00979 0.08889 0.35256 0.87988 5.27413] um
        assertTable(coated(1e-10), new double[] { 0.00979, 0.08889, 0.35256, 0.87988, 5.27413 }, 5e-6);
        // 1e-14 S/cm: [0.00109 0.00189 0.00457 0.00991 0.05448] um
        assertTable(coated(1e-12), new double[] { 0.00109, 0.00189, 0.00457, 0.00991, 0.05448 }, 5e-6);
        // 1e-16 S/cm (docs/physics.md 1.2, MCI-1, 4 decimals): [0.001 0.001 0.001 0.0011 0.0015] um
        assertTable(coated(1e-14), new double[] { 0.001, 0.001, 0.001, 0.0011, 0.0015 }, 5e-5);
    }

    @Test
    void closedFormAndOdeAgree() {
        // docs/physics.md 1.2: the reference ODE agrees with (1.3) to < 5e-7; Hipparchus at 1e-11 does better
        for (GrowthKinetics k : new GrowthKinetics[] { new GrowthKinetics(mci(10), 0, 1), new GrowthKinetics(mci(1), 0, 1), coated(1e-10),
                coated(1e-12), coated(1e-14) }) {
            double[] t = seconds(HOURS);
            double[] closed = k.thickness(t, Method.CLOSED_FORM, null);
            double[] ode = k.thickness(t, Method.ODE, null);
            for (int i = 0; i < t.length; i++) {
                assertEquals(closed[i], ode[i], 1e-8 * closed[i], "t = " + HOURS[i] + " h");
            }
        }
    }

    @Test
    void rateConstantsAndProtectionFactorsMatchPhysicsMd() {
        GrowthKinetics.Parameters p = mci(10);
        assertEquals(1.576e-13, p.parabolicRateConstant(), 0.0005e-13); // k_p = 1.576e-13 m2/s
        assertEquals(0.624, p.linearRate(10) * 3.6e9, 0.0005); // 0.624 um/h at r_rxn = 10 Ohm m2
        assertEquals(6.240, p.linearRate(1) * 3.6e9, 0.0005);
        assertEquals(9.09e-7, p.ambipolarConductivity() / 100, 0.005e-7); // sigma_amb = 9.09e-7 S/cm
        // protection factors for 70 nm, r_rxn = 10 Ohm m2: 71 (1e-12 S/cm), 7.0e3 (1e-14), 7.0e5 (1e-16)
        assertEquals(71, coated(1e-10).protectionFactor(), 0.05);
        assertEquals(7.0e3, coated(1e-12).protectionFactor(), 0.01 * 7.0e3);
        assertEquals(7.0e5, coated(1e-14).protectionFactor(), 0.01 * 7.0e5);
        assertEquals(1, new GrowthKinetics(p, 0, 1).protectionFactor(), 0);
    }

    @Test
    void invariants() {
        double[] t = new double[601];
        for (int i = 0; i < t.length; i++) {
            t[i] = i * 3600.0;
        }
        // L is monotone
        for (GrowthKinetics k : new GrowthKinetics[] { new GrowthKinetics(mci(10), 0, 1), coated(1e-12),
                new GrowthKinetics(mci(10), 700, 0.05) }) {
            double[] l = k.thickness(t, Method.AUTO, null);
            for (int i = 1; i < l.length; i++) {
                assertTrue(l[i] >= l[i - 1], "L decreases at " + i + " h");
            }
        }
        // sigma_e,M -> 0 => growth -> 0
        GrowthKinetics insulator = new GrowthKinetics(new GrowthKinetics.Parameters(2.17, OMEGA, 10, 1e-4, 0, 1e-9), 0, 1);
        assertEquals(1e-9, insulator.closedForm(600 * 3600.0), 0);
        assertEquals(1e-9, insulator.thickness(t, Method.ODE, null)[600], 0);
        double previous = Double.POSITIVE_INFINITY;
        for (double sigmaE : new double[] { 1e-3, 1e-6, 1e-9, 1e-12, 1e-15, 1e-20 }) {
            double growth = new GrowthKinetics(new GrowthKinetics.Parameters(2.17, OMEGA, 10, 1e-4, sigmaE, 1e-9), 0, 1)
                    .closedForm(600 * 3600.0) - 1e-9;
            assertTrue(growth < previous && growth > 0, "growth " + growth + " m with sigma_e = " + sigmaE + " S/m");
            previous = growth;
        }
        assertTrue(previous < 1e-12, "growth with sigma_e = 1e-20 S/m: " + previous + " m"); // parabolic: ~ sqrt(sigma_e)
        // d_IL -> 0 => bare result
        GrowthKinetics bare = new GrowthKinetics(mci(10), 0, 1);
        GrowthKinetics thin = new GrowthKinetics(mci(10), 1e-15 / 2.3e-2 + 1e-15 / 1e-12, 0);
        assertEquals(bare.closedForm(40 * 3600.0), thin.closedForm(40 * 3600.0), 1e-4 * bare.closedForm(40 * 3600.0));
        // rate proportional to E_drive
        GrowthKinetics doubled = new GrowthKinetics(new GrowthKinetics.Parameters(4.34, OMEGA, 10, 1e-4, 1e-3, 1e-9), 0, 1);
        for (double l : new double[] { 1e-9, 1e-6, 1e-4 }) {
            assertEquals(2 * bare.rate(l), doubled.rate(l), 1e-12 * bare.rate(l));
        }
    }

    @Test
    void pinholesAverageTheBareAndCoveredRates() {
        GrowthKinetics sealed = coated(1e-12);
        GrowthKinetics bare = new GrowthKinetics(mci(10), 0, 1);
        GrowthKinetics leaky = new GrowthKinetics(mci(10), sealed.interlayerResistance(), 0.01);
        double l0 = 1e-9;
        assertEquals(0.01 * bare.rate(l0) + 0.99 * sealed.rate(l0), leaky.rate(l0), 1e-15 * bare.rate(l0));
        // 1 % pinholes bring back about 1 % of the bare growth (docs/physics.md 1.2): protection factor ~ 1/theta
        assertEquals(1 / (0.01 + 0.99 / 7001.0), leaky.protectionFactor(), 0.01);
        assertTrue(!leaky.closedFormValid());
        double[] l = leaky.thickness(seconds(new double[] { 40 }), Method.AUTO, null);
        // bounded by the pure channels
        assertTrue(l[0] > sealed.closedForm(40 * 3600.0) && l[0] < bare.closedForm(40 * 3600.0), "L(40 h) = " + l[0]);
        // in the linear regime L - L0 ~ theta v_bare t + (1 - theta) v_sealed t
        double expected = 1e-9 + (0.01 * bare.rate(l0) + 0.99 * sealed.rate(l0)) * 40 * 3600;
        assertEquals(expected, l[0], 0.01 * expected);
    }

    private static void assertTable(GrowthKinetics k, double[] micrometres, double tolerance) {
        for (int i = 0; i < HOURS.length; i++) {
            assertEquals(micrometres[i], k.closedForm(HOURS[i] * 3600) * 1e6, tolerance, "L(" + HOURS[i] + " h) in um");
        }
    }
}
