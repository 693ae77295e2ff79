/*
 * Copyright (c) 2026 the Interphase contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.interphase.solver.eis.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;

import org.interphase.solver.eis.circuit.CompiledCircuit;
import org.interphase.solver.eis.circuit.Spectrum;
import org.interphase.solver.eis.data.ImpedanceData;
import org.interphase.solver.eis.drt.Drt;
import org.interphase.solver.eis.drt.DrtResult;
import org.interphase.solver.eis.drt.Nnls;
import org.junit.jupiter.api.Test;

/** V-EIS-5 (docs/physics.md 6, EIS-5) and the NNLS it rests on. */
class DrtTest {

    static ImpedanceData zarc() throws Exception {
        double q = Math.pow(1e-3, 0.8) / 100;
        Spectrum s = CompiledCircuit.parse("R0-p(R1,CPE1)").spectrum(Spectrum.logFrequencies(1e5, 1e-2, 71), new double[] { 10, 100, q, 0.8 });
        return ImpedanceData.of("ZARC", s);
    }

    static void checkZarc(DrtResult r) {
        String what = "lambda " + r.lambda() + " (" + r.lambdaMethod() + ")";
        // integral of gamma d ln tau = 100.0 +- 0.3 Ohm; within 1 % of R
        assertEquals(100, r.polarisationResistance(), 1.0, what);
        assertTrue(r.rInf() > 9.9 && r.rInf() < 10.1, what + " R_inf " + r.rInf());
        // the peak at tau0 = 1 ms within one grid step
        DrtResult.Peak main = r.peaks().stream().max((a, b) -> Double.compare(a.gamma(), b.gamma())).orElseThrow();
        assertTrue(Math.abs(Math.log(main.tau() / 1e-3)) <= r.lnTauStep(), what + " peak tau " + main.tau());
        assertTrue(main.resistance() > 90 && main.resistance() <= r.polarisationResistance() + 1e-9, what + " peak R " + main.resistance());
    }

    @Test
    void zarcWithGivenLambdas() throws Exception {
        for (double lambda : new double[] { 1e-4, 1e-3, 1e-2 }) {
            DrtResult r = Drt.compute(zarc(), Drt.Options.given(lambda), null);
            assertEquals("given", r.lambdaMethod());
            checkZarc(r);
        }
    }

    @Test
    void zarcWithLambdaByGcv() throws Exception {
        DrtResult r = Drt.compute(zarc(), Drt.Options.automatic(), null);
        assertEquals("gcv", r.lambdaMethod());
        checkZarc(r);
        DrtResult noisy = Drt.compute(TestData.noisy(zarc(), 0.005, 7), Drt.Options.automatic(), null);
        assertEquals(100, noisy.polarisationResistance(), 2.0, "noisy, lambda " + noisy.lambda());
    }

    @Test
    void twoArcsGiveTwoPeaksWithTheirResistances() throws Exception {
        double q1 = Math.pow(1e-5, 0.9) / 50;
        double q2 = Math.pow(1e-1, 0.9) / 200;
        Spectrum s = CompiledCircuit.parse("R0-p(R1,CPE1)-p(R2,CPE2)").spectrum(Spectrum.logFrequencies(1e6, 1e-2, 81),
                new double[] { 5, 50, q1, 0.9, 200, q2, 0.9 });
        DrtResult r = Drt.compute(ImpedanceData.of("two arcs", s), Drt.Options.automatic(), null);
        assertEquals(2, r.peaks().size(), "lambda " + r.lambda() + ": " + r.peaks());
        assertEquals(1e-5, r.peaks().get(0).tau(), 1e-5 * (Math.exp(r.lnTauStep()) - 1));
        assertEquals(1e-1, r.peaks().get(1).tau(), 1e-1 * (Math.exp(r.lnTauStep()) - 1));
        assertEquals(50, r.peaks().get(0).resistance(), 2.5);
        assertEquals(200, r.peaks().get(1).resistance(), 10);
    }

    @Test
    void nnlsSolvesSmallProblemsExactly() {
        // A = I: x = max(b, 0)
        double[][] g = { { 1, 0, 0 }, { 0, 1, 0 }, { 0, 0, 1 } };
        assertArrayEquals(new double[] { 1, 0, 2 }, Nnls.solve(g, new double[] { 1, -1, 2 }), 1e-14);
        // Lawson & Hanson style: A = [[1,1],[1,2],[1,3]], b = [1,2,2] -> unconstrained x = (2/3, 1/2) is feasible
        double[][] a = { { 1, 1 }, { 1, 2 }, { 1, 3 } };
        double[] b = { 1, 2, 2 };
        double[] x = Nnls.solve(gram(a), atb(a, b));
        assertArrayEquals(new double[] { 2.0 / 3, 0.5 }, x, 1e-12);
        // b = [3, 2, 1]: unconstrained slope is negative -> x2 = 0, x1 = mean(b) = 2
        x = Nnls.solve(gram(a), atb(a, new double[] { 3, 2, 1 }));
        assertArrayEquals(new double[] { 2, 0 }, x, 1e-12);
    }

    @Test
    void nnlsMeetsTheOptimalityConditionsOnRandomProblems() {
        Random random = new Random(42);
        for (int trial = 0; trial < 50; trial++) {
            int m = 20 + random.nextInt(30);
            int n = 5 + random.nextInt(15);
            double[][] a = new double[m][n];
            double[] b = new double[m];
            for (int i = 0; i < m; i++) {
                for (int j = 0; j < n; j++) {
                    a[i][j] = random.nextGaussian();
                }
                b[i] = random.nextGaussian() * 3;
            }
            double[] x = Nnls.solve(gram(a), atb(a, b));
            // KKT: x >= 0, gradient w = A^T (b - A x) <= 0 where x = 0 and = 0 where x > 0 (convex: KKT => optimal)
            double[] w = atb(a, b);
            double[][] g = gram(a);
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < n; j++) {
                    w[i] -= g[i][j] * x[j];
                }
            }
            for (int j = 0; j < n; j++) {
                assertTrue(x[j] >= 0);
                if (x[j] > 0) {
                    assertEquals(0, w[j], 1e-9, "trial " + trial + " passive gradient");
                } else {
                    assertTrue(w[j] <= 1e-9, "trial " + trial + " active gradient " + w[j]);
                }
            }
        }
    }

    static double[][] gram(double[][] a) {
        int n = a[0].length;
        double[][] g = new double[n][n];
        for (double[] row : a) {
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < n; j++) {
                    g[i][j] += row[i] * row[j];
                }
            }
        }
        return g;
    }

    static double[] atb(double[][] a, double[] b) {
        int n = a[0].length;
        double[] h = new double[n];
        for (int r = 0; r < a.length; r++) {
            for (int i = 0; i < n; i++) {
                h[i] += a[r][i] * b[r];
            }
        }
        return h;
    }
}
