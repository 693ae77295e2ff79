/*
 * Copyright (c) 2026 the Interphase contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.example.interphase.basytec.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.interphase.solver.eis.elements.ElementType;
import org.interphase.solver.eis.elements.Elements;
import org.junit.jupiter.api.Test;

/** The element arrives in Interphase's element registry as a service and computes the closed forms. */
class HavriliakNegamiTest {

    @Test
    void theServiceIsRegisteredUnderItsSymbol() {
        ElementType hn = Elements.bySymbol("HN").orElseThrow(() -> new AssertionError("HN not registered: " + Elements.symbols()));
        assertEquals(4, hn.parameterCount());
    }

    @Test
    void alphaAndBetaOneIsAnRcAndLowFrequencyIsR() {
        ElementType hn = Elements.bySymbol("HN").orElseThrow();
        double r = 100;
        double tau = 1e-3;
        double[] z = new double[2];
        // alpha = beta = 1: Z = R / (1 + j omega tau); at omega tau = 1: R/2 - j R/2
        hn.impedance(1 / tau, new double[] { r, tau, 1, 1 }, 0, z);
        assertEquals(50, z[0], 1e-9);
        assertEquals(-50, z[1], 1e-9);
        hn.impedance(1e-6, new double[] { r, tau, 0.8, 0.6 }, 0, z);
        assertEquals(r, z[0], 1e-3);
        // Cole-Cole (beta = 1) at omega tau = 1: 1 + j^a = 1 + cos(a pi/2) + j sin(a pi/2)
        double a = 0.7;
        hn.impedance(1 / tau, new double[] { r, tau, a, 1 }, 0, z);
        double re = 1 + Math.cos(a * Math.PI / 2);
        double im = Math.sin(a * Math.PI / 2);
        double m2 = re * re + im * im;
        assertEquals(r * re / m2, z[0], 1e-9);
        assertEquals(-r * im / m2, z[1], 1e-9);
        assertTrue(z[1] < 0);
    }
}
