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
        System.out.println("lin-KK V-EIS-4 noise-free: " + r.verdict());
        // reference (Schönleber's first M with mu <= c): M=26 mu=0.825 max|dre|=2.17e-03 max|dim|=1.48e-03
        assertEquals(26, r.firstCrossingM());
        assertEquals(0.825, r.curveMu()[26 - 2], 0.0006);
        assertEquals(26, r.curveM()[26 - 2]);
        // the M chosen lies in the final run of mu <= c, at residuals no larger than the reference's
        assertTrue(r.m() >= 26 && r.mu() <= 0.85, r.verdict());
        assertTrue(r.maxAbsResidualRe() <= 2.18e-3 && r.maxAbsResidualIm() <= 1.49e-3, r.verdict());
        assertTrue(r.valid(), r.verdict());
        assertTrue(r.verdict().startsWith("valid"), r.verdict());
        assertFalse(r.lowFrequencyTrend(), r.verdict());
        assertFalse(r.verdict().contains("drift"), r.verdict());
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
        System.out.println("lin-KK V-EIS-4 drift: " + r.verdict());
        // reference (first M with mu <= c): M=14 mu=0.845 max|dre|=6.368% max|dim|=6.410%
        assertEquals(14, r.firstCrossingM());
        assertEquals(0.845, r.curveMu()[14 - 2], 0.0006);
        assertFalse(r.valid());
        assertTrue(r.maxAbsResidual() > 0.05, r.verdict());
        assertTrue(r.verdict().startsWith("invalid"), r.verdict());
        // the verdict says by how much and where, and the residuals' low-frequency trend names drift
        assertTrue(r.verdict().contains("exceeds the 5.00 % limit by"), r.verdict());
        assertTrue(r.lowFrequencyTrend(), r.verdict());
        assertTrue(r.verdict().contains("drifted"), r.verdict());
    }

    /** Synthetic valid spectra (RC, CPE, several arcs, diffusion, blocking) with 0.5 and 1 % noise, fixed seeds: valid, no drift. */
    @Test
    void syntheticValidSpectraAreCalledValid() throws Exception {
        String[][] cases = { { "R0-p(R1,C1)", "10,100,1e-6" }, { "R0-p(R1,CPE1)", "10,100,1e-5,0.8" },
                { "R0-p(R1,C1)-p(R2,C2)", "10,100,1e-6,200,1e-3" }, { "R0-p(R1,C1)-p(R2,C2)-p(R3,C3)", "5,100,1e-7,200,1e-4,50,1e-1" },
                { TestData.VEIS3_CIRCUIT, "200,1500,2e-9,0.85,3000,5e-6,0.75" }, { "R0-p(R1-W1,C1)", "10,100,50,1e-5" },
                { "R0-p(R1,CPE1)-CPE2", "10,100,1e-6,0.9,1e-4,0.9" }, { "R0-p(R1,C1)-p(R2-Wo1,C2)", "10,100,1e-6,50,20,1.0,1e-4" } };
        double[] f = org.interphase.solver.eis.circuit.Spectrum.logFrequencies(1e5, 0.1, 61);
        for (String[] c : cases) {
            String[] parts = c[1].split(",");
            double[] p = new double[parts.length];
            for (int i = 0; i < p.length; i++) {
                p[i] = Double.parseDouble(parts[i]);
            }
            ImpedanceData clean = ImpedanceData.of(c[0], org.interphase.solver.eis.circuit.CompiledCircuit.parse(c[0]).spectrum(f, p));
            for (double noise : new double[] { 0.005, 0.01 }) {
                for (long seed = 1; seed <= 3; seed++) {
                    ImpedanceData d = TestData.noisy(clean, noise, seed);
                    KkResult r = KramersKronig.testAuto(d, KramersKronig.Options.defaults(), null);
                    String what = c[0] + " " + noise + " seed " + seed + ": " + r.verdict();
                    System.out.println("lin-KK synthetic " + what);
                    assertTrue(r.valid(), what);
                    assertFalse(r.lowFrequencyTrend(), what);
                    assertFalse(r.verdict().contains("drift"), what);
                    // the residuals are noise: about the noise level per component (noise / sqrt 2), and so is the estimate
                    assertTrue(r.noiseEstimate() > 0.5 * noise / Math.sqrt(2) && r.noiseEstimate() < 1.5 * noise / Math.sqrt(2), what + " noise " + r.noiseEstimate());
                    assertEquals(r.pseudoChiSquare(), r.curvePseudoChiSquare()[r.m() - 2], 1e-12 * r.pseudoChiSquare());
                }
            }
        }
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
