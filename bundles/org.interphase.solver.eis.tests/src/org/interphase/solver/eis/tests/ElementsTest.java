/*
 * Copyright (c) 2026 the Interphase contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.interphase.solver.eis.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.hipparchus.complex.Complex;
import org.interphase.solver.eis.circuit.CompiledCircuit;
import org.interphase.solver.eis.circuit.Spectrum;
import org.interphase.solver.eis.elements.ElementType;
import org.interphase.solver.eis.elements.Elements;
import org.interphase.solver.eis.elements.ParameterSpec;
import org.junit.jupiter.api.Test;

/**
 * V-EIS-1 and V-EIS-2 (docs/physics.md 6): element impedances and a circuit against the Python reference
 * (docs/physics.md 6, computed independently; the page prints 7 digits, the values here are the same
 * functions' full doubles), to 1e-9 relative; and the limits of docs/physics.md 2.1.
 */
class ElementsTest {

    static final double W1K = 2 * Math.PI * 1e3;

    static Complex z(String symbol, double omega, double... p) {
        double[] out = new double[2];
        Elements.bySymbol(symbol).orElseThrow().impedance(omega, p, 0, out);
        return new Complex(out[0], out[1]);
    }

    static void assertRel(double expected, double actual, double tol, String what) {
        double scale = Math.max(Math.abs(expected), 1e-300);
        assertTrue(Math.abs(actual - expected) <= tol * scale, what + ": expected " + expected + " got " + actual);
    }

    static void assertZ(double re, double im, Complex actual, String what) {
        double scale = Math.hypot(re, im);
        assertTrue(Math.abs(actual.getReal() - re) <= 1e-9 * scale && Math.abs(actual.getImaginary() - im) <= 1e-9 * scale,
                what + ": expected " + re + " " + im + "j, got " + actual);
        if (re != 0) {
            assertRel(re, actual.getReal(), 1e-9, what + " Re");
        }
        if (im != 0) {
            assertRel(im, actual.getImaginary(), 1e-9, what + " Im");
        }
    }

    @Test
    void veis1ElementsAt1kHz() {
        assertZ(100, 0, z("R", W1K, 100), "R");
        assertZ(0, -159.15494309189535, z("C", W1K, 1e-6), "C");
        assertZ(0, 0.006283185307179586, z("L", W1K, 1e-6), "L");
        assertZ(282.7733450964181, -870.2868689552225, z("CPE", W1K, 1e-6, 0.8), "CPE");
        assertZ(1.2615662610100802, -1.2615662610100802, z("W", W1K, 100), "W");
        assertZ(29.066139059098337, -30.415242734163787, z("Ws", W1K, 100, 1e-3), "Ws");
        assertZ(27.349913580581887, -26.13677616633268, z("Wo", W1K, 100, 1e-3), "Wo");
        assertZ(30.15636321818726, -25.73637527369892, z("G", W1K, 100, 1e-3), "G");
        assertZ(2.4704523031857644, -15.522309613464763, z("K", W1K, 100, 1e-3), "K");
        assertZ(14.86248910460868, -12.701415378188344, z("TLMQ", W1K, 100, 1e-4, 0.9), "TLMQ");
        // the printed 7-digit values of docs/physics.md 6
        assertRel(282.7733, z("CPE", W1K, 1e-6, 0.8).getReal(), 5e-7, "CPE printed");
        assertRel(-26.13678, z("Wo", W1K, 100, 1e-3).getImaginary(), 5e-7, "Wo printed");
    }

    @Test
    void elementsWithoutReferenceNumbersFollowTheirFormulas() {
        double w = 2 * Math.PI * 37.0;
        Complex jw = new Complex(0, w);
        // La documented form L (j w)^a (not impedance.py's (L j w)^a)
        Complex la = jw.pow(0.7).multiply(2e-3);
        assertZ(la.getReal(), la.getImaginary(), z("La", w, 2e-3, 0.7), "La");
        // Gs = R / (sqrt(1 + j w t) tanh(phi sqrt(1 + j w t)))
        Complex s = new Complex(1, w * 2e-3).sqrt();
        Complex gs = s.multiply(s.multiply(1.5).tanh()).reciprocal().multiply(80);
        assertZ(gs.getReal(), gs.getImaginary(), z("Gs", w, 80, 2e-3, 1.5), "Gs");
        // Zarc = R / (1 + R Q (j w)^a)
        Complex zarc = new Complex(1).add(jw.pow(0.8).multiply(100 * 3e-5)).reciprocal().multiply(100);
        assertZ(zarc.getReal(), zarc.getImaginary(), z("Zarc", w, 100, 3e-5, 0.8), "Zarc");
    }

    @Test
    void limitsOfTheFiniteWarburgs() {
        double w = 2 * Math.PI * 1e-6;
        // Ws(w -> 0) -> Z0 ; Wo(w -> 0) -> Z0/3 + 1/(j w C_lim), C_lim = tau/Z0 (docs/physics.md 2.1)
        assertRel(100, z("Ws", w, 100, 1e-3).getReal(), 1e-9, "Ws DC");
        Complex wo = z("Wo", w, 100, 1e-3);
        assertRel(100.0 / 3, wo.getReal(), 1e-9, "Wo Re DC");
        assertRel(-100 / (w * 1e-3), wo.getImaginary(), 1e-9, "Wo Im DC");
        // both tend to the Warburg line at high frequency, without overflow: Z0/x = Z0 (1 - j)/sqrt(2 omega tau), i.e. A_W = Z0/sqrt(2 tau)
        double wh = 2 * Math.PI * 1e9;
        Complex warburg = z("W", wh, 100 / Math.sqrt(2 * 1e-3));
        assertRel(warburg.getReal(), z("Ws", wh, 100, 1e-3).getReal(), 1e-9, "Ws HF");
        assertRel(warburg.getReal(), z("Wo", wh, 100, 1e-3).getReal(), 1e-9, "Wo HF");
        assertRel(warburg.getImaginary(), z("Wo", wh, 100, 1e-3).getImaginary(), 1e-9, "Wo HF Im");
        assertTrue(Double.isFinite(z("Wo", 2 * Math.PI * 1e14, 100, 1e3).getReal()));
    }

    @Test
    void analyticDerivativesMatchDifferences() {
        double[][] cases = { { 100 }, { 1e-6 }, { 1e-6 }, { 1e-6, 0.8 }, { 100 }, { 100, 1e-3 }, { 100, 1e-3 }, { 100, 1e-3 }, { 80, 2e-3, 1.5 },
                { 100, 1e-3 }, { 100, 1e-4, 0.9 }, { 2e-3, 0.7 }, { 100, 3e-5, 0.8 } };
        List<ElementType> types = Elements.all().subList(0, 13);
        for (double w : new double[] { 2 * Math.PI * 0.01, 2 * Math.PI * 37, 2 * Math.PI * 1e5 }) {
            for (int t = 0; t < types.size(); t++) {
                ElementType type = types.get(t);
                double[] p = cases[t].clone();
                double[] dRe = new double[p.length];
                double[] dIm = new double[p.length];
                type.derivatives(w, p, 0, dRe, dIm, 0);
                for (int k = 0; k < p.length; k++) {
                    double h = 1e-5 * p[k];
                    double[] plus = p.clone();
                    double[] minus = p.clone();
                    plus[k] += h;
                    minus[k] -= h;
                    double[] zp = new double[2];
                    double[] zm = new double[2];
                    type.impedance(w, plus, 0, zp);
                    type.impedance(w, minus, 0, zm);
                    double nr = (zp[0] - zm[0]) / (2 * h);
                    double ni = (zp[1] - zm[1]) / (2 * h);
                    double scale = Math.hypot(nr, ni) + 1e-300;
                    assertTrue(Math.abs(nr - dRe[k]) < 1e-5 * scale && Math.abs(ni - dIm[k]) < 1e-5 * scale,
                            type.symbol() + " d/dp" + k + " at omega " + w + ": analytic " + dRe[k] + " " + dIm[k] + " numeric " + nr + " " + ni);
                }
            }
        }
    }

    @Test
    void veis2CircuitSpectrum() throws Exception {
        CompiledCircuit c = CompiledCircuit.parse("R0-p(R1,C1)-p(R2-Wo1,C2)");
        assertEquals(7, c.parameterCount());
        double[] f = { 1e6, 1e5, 1e4, 1e3, 1e2, 10, 1, 0.1, 0.01 };
        double[][] ref = { { 10.00025335297236, -0.16074608937232773 }, { 10.025328945546342, -1.6070618797216507 },
                { 12.47095832871948, -15.681462377297716 }, { 81.74609776718987, -46.637495364211006 }, { 114.1352767907438, -20.698058252831512 },
                { 155.88731234628938, -17.158700514706663 }, { 165.0409321734865, -7.185127249613746 }, { 166.42141951687103, -32.25125303095114 },
                { 166.44048486374285, -317.7230335800707 } };
        Spectrum s = c.spectrum(f, new double[] { 10, 100, 1e-6, 50, 20, 1.0, 1e-4 });
        for (int k = 0; k < f.length; k++) {
            assertRel(ref[k][0], s.re()[k], 1e-9, "Re Z at " + f[k] + " Hz");
            assertRel(ref[k][1], s.im()[k], 1e-9, "Im Z at " + f[k] + " Hz");
        }
        // the table of docs/physics.md 6 (7 digits)
        assertRel(81.74610, s.re()[3], 5e-7, "printed Re at 1 kHz");
        assertRel(-317.7230, s.im()[8], 5e-7, "printed Im at 10 mHz");
        // low-frequency limit: Wo -> Z0/3 + 1/(j w C_lim), C_lim = tau/Z0, in parallel with C2: Re -> R0 + R1 + (R2 + Z0/3) (C_lim/(C_lim + C2))^2
        double cLim = 1.0 / 20;
        double expected = 10 + 100 + (50 + 20.0 / 3) * Math.pow(cLim / (cLim + 1e-4), 2);
        assertRel(expected, c.spectrum(new double[] { 1e-7 }, new double[] { 10, 100, 1e-6, 50, 20, 1.0, 1e-4 }).re()[0], 1e-9, "low-f limit");
    }

    @Test
    void aNewElementTypeIsParsedWithoutTouchingTheParser() throws Exception {
        ElementType half = new ElementType() {
            @Override
            public String symbol() {
                return "Hx";
            }

            @Override
            public String description() {
                return "test element: R/2";
            }

            @Override
            public List<ParameterSpec> parameters() {
                return List.of(ParameterSpec.positive("R", "resistance", "Ohm", 1));
            }

            @Override
            public void impedance(double omega, double[] p, int offset, double[] out) {
                out[0] = p[offset] / 2;
                out[1] = 0;
            }
        };
        Elements.register(half);
        try {
            CompiledCircuit c = CompiledCircuit.parse("R0-Hx1");
            assertEquals(15.0, c.spectrum(new double[] { 1 }, new double[] { 10, 10 }).re()[0], 1e-12);
            assertEquals("R0-Hx0", org.interphase.solver.eis.circuit.Circuits.toImpedancePy(org.interphase.solver.eis.circuit.Circuits.parse("RHx")));
            assertEquals("RHx", org.interphase.solver.eis.circuit.Circuits.toCdc(org.interphase.solver.eis.circuit.Circuits.parse("RHx")));
            assertThrows(IllegalArgumentException.class, () -> Elements.register(half));
        } finally {
            Elements.unregister(half);
        }
        assertTrue(Elements.bySymbol("Hx").isEmpty());
    }
}
