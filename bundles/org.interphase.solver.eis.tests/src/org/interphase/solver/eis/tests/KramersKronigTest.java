/*
 * Copyright (c) 2026 the Interphase contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.interphase.solver.eis.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.interphase.solver.eis.data.ImpedanceData;
import org.interphase.solver.eis.validation.KkResult;
import org.interphase.solver.eis.validation.KramersKronig;
import org.junit.jupiter.api.Test;

/** V-EIS-4 (docs/physics.md 6, EIS-4): lin-KK after Schönleber on the V-EIS-3 spectrum. */
class KramersKronigTest {

    @Test
    void noiseFreeDataReachMuAtM26WithResidualsOfAFewPerMille() throws Exception {
        KkResult r = KramersKronig.test(TestData.veis3(), KramersKronig.Options.defaults(), null);
        // reference: M=26 mu=0.825 max|dre|=2.17e-03 max|dim|=1.48e-03
        assertEquals(26, r.m());
        assertEquals(0.825, r.mu(), 0.0006);
        assertEquals(2.17e-3, r.maxAbsResidualRe(), 0.006e-3);
        assertEquals(1.48e-3, r.maxAbsResidualIm(), 0.006e-3);
        assertTrue(r.valid(), r.verdict());
        assertTrue(r.verdict().startsWith("valid"), r.verdict());
    }

    @Test
    void onePercentNoiseLeavesResidualsAtTheNoiseLevel() throws Exception {
        for (long seed : new long[] { 1, 2, 3 }) {
            KkResult r = KramersKronig.test(TestData.noisy(TestData.veis3(), 0.01, seed), KramersKronig.Options.defaults(), null);
            // reference (one numpy seed): rms 0.62 % / 0.58 %; per component the noise is 0.71 % of |Z|
            assertTrue(r.rmsResidualRe() > 0.004 && r.rmsResidualRe() < 0.008, "rms Re " + r.rmsResidualRe());
            assertTrue(r.rmsResidualIm() > 0.004 && r.rmsResidualIm() < 0.008, "rms Im " + r.rmsResidualIm());
            assertTrue(r.valid(), r.verdict());
        }
    }

    @Test
    void driftingDataAreFlaggedInvalid() throws Exception {
        ImpedanceData clean = TestData.veis3();
        int n = clean.size();
        double[] re = new double[n];
        for (int k = 0; k < n; k++) {
            double s = (double) k / (n - 1);
            re[k] = clean.re()[k] * (1 + 0.3 * s * s);
        }
        KkResult r = KramersKronig.test(new ImpedanceData("drift", clean.f(), re, clean.im()), KramersKronig.Options.defaults(), null);
        // reference: M=14 mu=0.845 max|dre|=6.368% max|dim|=6.410%
        assertEquals(14, r.m());
        assertEquals(0.845, r.mu(), 0.0006);
        assertEquals(0.06368, r.maxAbsResidualRe(), 0.00006);
        assertEquals(0.06410, r.maxAbsResidualIm(), 0.00006);
        assertFalse(r.valid());
        assertTrue(r.verdict().startsWith("invalid"), r.verdict());
    }

    @Test
    void realDataAreTestedWithCapacitanceTermAndThresholdOption() throws Exception {
        // testdata/README.md: impedance.py's lin-KK on f < 1000 Hz with c = 0.5 (its time constants are shifted by (2 pi)^2, so M differs)
        var low = TestData.exampleData().select(Double.NaN, 1000, false);
        KkResult r = KramersKronig.test(low, KramersKronig.Options.defaults().withC(0.5), null);
        assertTrue(r.m() >= 2 && r.m() <= low.size(), r.verdict());
        assertTrue(r.mu() <= 0.5 || !r.muReached(), r.verdict());
        assertEquals(low.size(), r.residualRe().length);
        KkResult withC = KramersKronig.test(TestData.exampleData(), new KramersKronig.Options(0.85, true, true, 0, 0.05), null);
        assertTrue(Double.isFinite(withC.mu()));
        assertEquals(57, withC.residualRe().length);
        // the example's finite-space Warburg ends in a capacitive tail that Voigt elements with tau <= 1/omega_min cannot
        // follow: plain lin-KK leaves > 5 % at the lowest frequencies, a series capacitance (KK-compliant) removes it
        KkResult plain = KramersKronig.test(TestData.exampleData(), KramersKronig.Options.defaults(), null);
        KkResult auto = KramersKronig.testAuto(TestData.exampleData(), KramersKronig.Options.defaults(), null);
        assertFalse(plain.valid(), plain.verdict());
        assertTrue(auto.valid(), auto.verdict());
        assertTrue(auto.capacitance(), auto.verdict());
        // automatic variants never hide drift (a capacitance or inductance cannot follow a drifting real part)
        ImpedanceData clean = TestData.veis3();
        double[] re = new double[clean.size()];
        for (int k = 0; k < re.length; k++) {
            double s = (double) k / (re.length - 1);
            re[k] = clean.re()[k] * (1 + 0.3 * s * s);
        }
        assertFalse(KramersKronig.testAuto(new ImpedanceData("drift", clean.f(), re, clean.im()), KramersKronig.Options.defaults(), null).valid());
    }
}
