/*
 * Copyright (c) 2026 the Interphase contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.interphase.solver.eis.tests;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.interphase.solver.eis.circuit.CompiledCircuit;
import org.interphase.solver.eis.circuit.Spectrum;
import org.interphase.solver.eis.data.ImpedanceData;
import org.interphase.solver.eis.validation.ZHit;
import org.junit.jupiter.api.Test;

/**
 * Z-HIT: exact for a CPE (constant phase: ln|Z| = const - alpha ln omega, what the transform integrates); within its
 * approximation error for the V-EIS-3 spectrum (an independent numpy implementation of the same formula gives 2.06 %);
 * drift (V-EIS-4's Re x (1 + 0.3 s^2)) is flagged (numpy: 22.9 %).
 */
class ZHitTest {

    @Test
    void aCpeIsReconstructedExactly() throws Exception {
        Spectrum s = CompiledCircuit.parse("CPE1").spectrum(Spectrum.logFrequencies(1e5, 1e-2, 71), new double[] { 1e-5, 0.8 });
        ZHit.Result r = ZHit.test(ImpedanceData.of("CPE", s), 0.05);
        assertTrue(r.maxAbsResidual() < 1e-12, r.verdict());
        assertTrue(r.valid());
    }

    @Test
    void kramersKronigDataPassAndDriftingDataFail() throws Exception {
        ZHit.Result r = ZHit.test(TestData.veis3(), 0.05);
        assertTrue(Math.abs(r.maxAbsResidual() - 0.0206) < 0.001, r.verdict());
        assertTrue(r.valid(), r.verdict());
        ImpedanceData clean = TestData.veis3();
        int n = clean.size();
        double[] re = new double[n];
        for (int k = 0; k < n; k++) {
            double s = (double) k / (n - 1);
            re[k] = clean.re()[k] * (1 + 0.3 * s * s);
        }
        ZHit.Result drift = ZHit.test(new ImpedanceData("drift", clean.f(), re, clean.im()), 0.05);
        assertTrue(Math.abs(drift.maxAbsResidual() - 0.229) < 0.005, drift.verdict());
        assertFalse(drift.valid());
    }
}
