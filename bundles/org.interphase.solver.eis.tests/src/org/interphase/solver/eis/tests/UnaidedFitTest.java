/*
 * Copyright (c) 2026 the Interphase contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.interphase.solver.eis.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.interphase.solver.eis.circuit.Circuits;
import org.interphase.solver.eis.circuit.CompiledCircuit;
import org.interphase.solver.eis.circuit.Node;
import org.interphase.solver.eis.circuit.Spectrum;
import org.interphase.solver.eis.data.ImpedanceData;
import org.interphase.solver.eis.fit.CircuitFit;
import org.interphase.solver.eis.fit.EisFitSolver;
import org.interphase.solver.eis.fit.FitOptions;
import org.interphase.solver.eis.fit.FittedParameter;
import org.interphase.solver.eis.fit.Weighting;
import org.junit.jupiter.api.Test;

/**
 * Fits without starting values (issue 9 item 2) against the best minimum a many-start search finds: synthetic spectra
 * generated here with fixed seeds (two to four arcs of R || C or R || CPE, time constants one to three decades apart,
 * with no diffusion, W, Ws or Wo, 0.5-1 % proportional noise, modulus weighting) and the real spectra of the test
 * corpus. The reference is the lowest cost of the unaided fit, of --global with {@value #GLOBAL_STARTS} random starts and
 * (synthetic) of a fit started at the true values. And the honesty of flags (item 1): a fit that cannot move or runs a
 * parameter to 0 says so, intervals stay inside the allowed range.
 */
class UnaidedFitTest {

    static final int GLOBAL_STARTS = 20;
    static final double WITHIN = 1e-4;

    record Case(String name, String circuit, double[] truth, ImpedanceData data) {
    }

    /** A synthetic spectrum for this seed: arcs = 2 + seed % 3, diffusion = none, W, Ws, Wo by (seed / 3) % 4. */
    static Case synthetic(int seed) throws Exception {
        Random r = new Random(seed);
        int arcs = 2 + seed % 3;
        String diff = new String[] { "", "W", "Ws", "Wo" }[(seed / 3) % 4];
        List<Double> p = new ArrayList<>();
        StringBuilder c = new StringBuilder("R0");
        p.add(5 + 45 * r.nextDouble());
        double tau = 1e-6 * Math.pow(10, r.nextDouble());
        double tauFirst = tau;
        double tauLast = tau;
        double rLast = 0;
        for (int k = 1; k <= arcs; k++) {
            double resistance = Math.pow(10, 1 + 2 * r.nextDouble());
            if (r.nextBoolean()) {
                double a = 0.7 + 0.25 * r.nextDouble();
                c.append("-p(R" + k + ",CPE" + k + ")");
                p.add(resistance);
                p.add(Math.pow(tau, a) / resistance);
                p.add(a);
            } else {
                c.append("-p(R" + k + ",C" + k + ")");
                p.add(resistance);
                p.add(tau / resistance);
            }
            tauLast = tau;
            rLast = resistance;
            tau *= Math.pow(10, 1 + 2 * r.nextDouble());
        }
        double fMax = Math.min(1e6, 100 / (2 * Math.PI * tauFirst));
        double fMin = 0.01 / (2 * Math.PI * tauLast);
        switch (diff) {
        case "W" -> {
            c.append("-W1");
            p.add(rLast * Math.sqrt(1 / tauLast) * (0.05 + 0.3 * r.nextDouble()));
        }
        case "Ws", "Wo" -> {
            double td = tauLast * Math.pow(10, 1 + r.nextDouble());
            c.append("-" + diff + "1");
            p.add(Math.pow(10, 1 + 2 * r.nextDouble()));
            p.add(td);
            fMin = 0.1 / (2 * Math.PI * td);
        }
        default -> {
            // arcs only
        }
        }
        int points = (int) Math.round(10 * Math.log10(fMax / fMin)) + 1;
        double[] truth = p.stream().mapToDouble(Double::doubleValue).toArray();
        Spectrum s = CompiledCircuit.parse(c.toString()).spectrum(Spectrum.logFrequencies(fMax, fMin, points), truth);
        double level = 0.005 + 0.005 * r.nextDouble();
        double[] re = new double[points];
        double[] im = new double[points];
        for (int k = 0; k < points; k++) {
            double m = Math.hypot(s.re()[k], s.im()[k]);
            re[k] = s.re()[k] + level * m * r.nextGaussian() / Math.sqrt(2);
            im[k] = s.im()[k] + level * m * r.nextGaussian() / Math.sqrt(2);
        }
        return new Case("seed " + seed + " " + c, c.toString(), truth, new ImpedanceData("synthetic " + seed, s.f(), re, im));
    }

    static CircuitFit fit(Node circuit, ImpedanceData data, FitOptions options) throws Exception {
        return EisFitSolver.installed().fit(circuit, data, options, null);
    }

    /** Whether the unaided cost is within WITHIN of the best found; prints one line per case. */
    static boolean reachesTheBest(Case c, StringBuilder report) throws Exception {
        Node circuit = Circuits.parse(c.circuit());
        CircuitFit unaided = fit(circuit, c.data(), new FitOptions().weighting(Weighting.MODULUS));
        CircuitFit global = fit(circuit, c.data(), new FitOptions().weighting(Weighting.MODULUS).global(true).starts(GLOBAL_STARTS));
        double best = Math.min(unaided.cost(), global.cost());
        if (c.truth() != null) {
            best = Math.min(best, fit(circuit, c.data(), new FitOptions().weighting(Weighting.MODULUS).initial(c.truth())).cost());
        }
        boolean ok = unaided.cost() <= best * (1 + WITHIN);
        report.append(String.format(Locale.ROOT, "%s %-60s unaided S/2 %.6g (%d starts, %s), best %.6g%n", ok ? "ok  " : "MISS", c.name(), unaided.cost(),
                unaided.startsTried(), unaided.converged() ? "converged" : "flagged", best));
        return ok;
    }

    @Test
    void unaidedFitsOfSyntheticSpectraReachTheBestMinimum() throws Exception {
        StringBuilder report = new StringBuilder();
        int ok = 0;
        int cases = 48;
        for (int seed = 0; seed < cases; seed++) {
            ok += reachesTheBest(synthetic(seed), report) ? 1 : 0;
        }
        System.out.print(report);
        System.out.println("synthetic: " + ok + " of " + cases + " within " + WITHIN + " of the best cost");
        // measured: 48 of 48 (seed 32, four arcs, two of them about 2 % of the polarisation resistance and not separated by
        // the DRT, reaches the minimum from the start that keeps the two largest DRT peaks and puts two small arcs between)
        assertTrue(ok >= 48, ok + " of " + cases + "\n" + report);
    }

    static final String[] REAL = { "csv-eis/exampleData.csv", "powersuite-txt/exampleDataPowersuite.txt", "autolab-z60w/exampleDataAutolab.txt",
            "biologic-mpt/exampleDataBioLogic.mpt", "chinstruments-txt/exampleDataCHInstruments.txt", "gamry-dta/exampleDataGamry.DTA",
            "versastudio-par/exampleDataVersaStudio.par", "zplot-z/exampleDataZPlot.z", "zplot-z/Circuit1_EIS_1.z",
            "zplot-z/Circuit3_EIS_1.z" };
    static final String[] REAL_CIRCUITS = { "R0-p(R1,CPE1)", "R0-p(R1,CPE1)-W1", "R0-p(R1,CPE1)-p(R2,CPE2)" };

    @Test
    void unaidedFitsOfTheCorpusSpectraReachTheBestMinimum() throws Exception {
        StringBuilder report = new StringBuilder();
        int ok = 0;
        int cases = 0;
        for (String file : REAL) {
            ImpedanceData data = ImpedanceData.read(TestData.shared(file.substring(0, file.indexOf('/')), file.substring(file.indexOf('/') + 1)),
                    new NullProgressMonitor()).select(Double.NaN, Double.NaN, true);
            for (String circuit : REAL_CIRCUITS) {
                ok += reachesTheBest(new Case(file + " " + circuit, circuit, null, data), report) ? 1 : 0;
                cases++;
            }
        }
        System.out.print(report);
        System.out.println("corpus: " + ok + " of " + cases + " within " + WITHIN + " of the best cost");
        assertEquals(cases, ok, report.toString());
    }

    /** The fit the issue reported: it stops at its start, then (unaided) runs R0 to 0; scipy with 200 starts: S/2 = 2.10934e10. */
    @Test
    void powersuiteFitIsFlaggedWithGuessAndWithout() throws Exception {
        ImpedanceData data = ImpedanceData.read(TestData.shared("powersuite-txt", "exampleDataPowersuite.txt"), new NullProgressMonitor());
        Node circuit = Circuits.parse("R0-p(R1,CPE1)-W1");
        CircuitFit guessed = fit(circuit, data, new FitOptions().weighting(Weighting.UNIT).initial(1e-6, 1.971e5, 2.335e-11, 0.85, 1.943e4));
        assertFalse(guessed.converged(), guessed.message());
        assertTrue(guessed.flagged());
        assertTrue(guessed.message().contains("did not move"), guessed.message());
        for (FittedParameter p : guessed.parameters()) {
            if (p.name().equals("CPE1_1")) {
                assertTrue(p.lower95() >= 0 && p.upper95() <= 1, "exponent interval inside [0, 1]: " + p);
            }
        }
        CircuitFit unaided = fit(circuit, data, new FitOptions().weighting(Weighting.UNIT));
        assertFalse(unaided.converged(), unaided.message());
        assertTrue(unaided.parameter("R0").unidentifiable(), unaided.message());
        assertEquals(2.10934e10, unaided.cost(), 2.10934e10 * 1e-4, unaided.message());
        assertTrue(unaided.multiStart());
        for (FittedParameter p : unaided.parameters()) {
            assertTrue(p.lower95() >= 0 && p.lower95() <= p.value() && p.value() <= p.upper95(), p.toString());
        }
    }

    @Test
    void everyFitReportsItsCostAndWhatTheMultiStartFound() throws Exception {
        Case c = synthetic(1);
        Node circuit = Circuits.parse(c.circuit());
        CircuitFit guessed = fit(circuit, c.data(), new FitOptions().weighting(Weighting.MODULUS).initial(c.truth()));
        assertEquals(1, guessed.startsTried());
        assertFalse(guessed.multiStart());
        assertEquals(guessed.cost(), guessed.firstStartCost(), 1e-12 * guessed.cost());
        CircuitFit global = fit(circuit, c.data(), new FitOptions().weighting(Weighting.MODULUS).initial(c.truth()).global(true).starts(5));
        assertTrue(global.multiStart());
        assertEquals(6, global.startsTried());
        assertTrue(global.cost() <= global.firstStartCost() * (1 + 1e-12));
        assertEquals(global.multiStartFoundLower(), global.cost() < global.firstStartCost() * (1 - 1e-9));
        assertTrue(global.message().contains("multi-start"), global.message());
    }

    @Test
    void aParallelResistorRunningToInfinityIsFlagged() throws Exception {
        // a pure capacitive tail fitted with R || C: R1 runs far beyond the data's |Z|
        Spectrum s = CompiledCircuit.parse("R0-C1").spectrum(Spectrum.logFrequencies(1e5, 1, 41), new double[] { 10, 1e-6 });
        CircuitFit fit = fit(Circuits.parse("R0-p(R1,C1)"), ImpedanceData.of("R-C", s), new FitOptions().weighting(Weighting.MODULUS).initial(10, 1e3, 1e-6));
        assertFalse(fit.converged(), fit.message());
        assertTrue(fit.parameter("R1").unidentifiable() || fit.message().contains("not at a minimum"), fit.message());
    }
}
