/*
 * Copyright (c) 2026 the Interphase contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.interphase.solver.benchmarks;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.interphase.benchmark.Benchmark;
import org.interphase.solver.eis.circuit.Circuits;
import org.interphase.solver.eis.circuit.CompiledCircuit;
import org.interphase.solver.eis.circuit.Node;
import org.interphase.solver.eis.circuit.Spectrum;
import org.interphase.solver.eis.data.ImpedanceData;
import org.interphase.solver.eis.drt.Drt;
import org.interphase.solver.eis.fit.CircuitFit;
import org.interphase.solver.eis.fit.EisFitSolver;
import org.interphase.solver.eis.fit.FitOptions;
import org.interphase.solver.eis.fit.Weighting;
import org.interphase.solver.eis.validation.KramersKronig;
import org.osgi.service.component.annotations.Component;

/** The EIS benchmarks (./interphase benchmark eis): inputs, warm-up, and the figures with their goals (issue 3). */
public final class EisBenchmarks {

    static final String CIRCUIT = "R0-p(R1,C1)-p(R2-Wo1,C2)";
    /** impedance.py's initial guess for its example (testdata/README.md). */
    static final double[] GUESS = { .01, .01, 100, .01, .05, 100, 1 };

    private EisBenchmarks() {
    }

    /** exampleData.csv through the importers, without the points with Im Z >= 0 (57 remain). */
    static ImpedanceData exampleData() throws Exception {
        return ImpedanceData.read(SharedData.find("csv-eis/exampleData.csv"), new NullProgressMonitor()).select(Double.NaN, Double.NaN, true);
    }

    static CircuitFit fitOnce(Node circuit, ImpedanceData data) throws Exception {
        CircuitFit fit = new EisFitSolver().fit(circuit, data, new FitOptions().weighting(Weighting.UNIT).initial(GUESS), null);
        if (!fit.converged()) {
            throw new IllegalStateException("the benchmark fit did not converge: " + fit.message());
        }
        return fit;
    }

    static double median(double[] values) {
        double[] s = values.clone();
        Arrays.sort(s);
        return s[s.length / 2];
    }

    /** Times a task: warm-up runs, then the median of timed runs, in ms. */
    static double[] time(int warmup, int runs, Task task) throws Exception {
        for (int i = 0; i < warmup; i++) {
            task.run();
        }
        double[] ms = new double[runs];
        for (int i = 0; i < runs; i++) {
            long t0 = System.nanoTime();
            task.run();
            ms[i] = (System.nanoTime() - t0) / 1e6;
        }
        return ms;
    }

    interface Task {
        void run() throws Exception;
    }

    /** eis.fit */
    @Component(service = Benchmark.class)
    public static final class Fit implements Benchmark {
        @Override
        public String id() {
            return "eis.fit";
        }

        @Override
        public String description() {
            return "one CNLS fit of exampleData.csv (57 points) with " + CIRCUIT + " from impedance.py's guess, unweighted, warm";
        }

        @Override
        public List<Measurement> run() throws Exception {
            ImpedanceData data = exampleData();
            Node circuit = Circuits.parse(CIRCUIT);
            CircuitFit[] last = new CircuitFit[1];
            double[] ms = time(300, 300, () -> last[0] = fitOnce(circuit, data));
            return List.of(new Measurement("median time per fit", median(ms), "ms", "<= 4 ms (50x faster than impedance.py's 0.20 s)"),
                    new Measurement("minimum time per fit", Arrays.stream(ms).min().orElseThrow(), "ms", "-"),
                    new Measurement("Levenberg-Marquardt iterations", last[0].iterations(), "", "-"),
                    new Measurement("cost S/2 at the minimum", last[0].cost(), "Ohm2", "9.71375e-6 (testdata/README.md)"));
        }
    }

    /** eis.fit.unaided */
    @Component(service = Benchmark.class)
    public static final class FitUnaided implements Benchmark {
        static final String THREE_ARCS = "R0-p(R1,CPE1)-p(R2,CPE2)-p(R3,C3)-Wo1";
        static final double[] TRUTH = { 20, 300, Math.pow(1e-5, 0.85) / 300, 0.85, 1000, Math.pow(1e-3, 0.8) / 1000, 0.8, 2000, 1e-1 / 2000, 500, 10 };

        @Override
        public String id() {
            return "eis.fit.unaided";
        }

        @Override
        public String description() {
            return "fits without starting values (values from the data, then the multi-start): exampleData.csv with " + CIRCUIT
                    + ", modulus weighting; and a synthetic three-arc spectrum with Wo (" + THREE_ARCS + ", 1 MHz - 10 mHz, 81 points, 1 % noise, seed 1)";
        }

        @Override
        public List<Measurement> run() throws Exception {
            ImpedanceData data = exampleData();
            Node circuit = Circuits.parse(CIRCUIT);
            EisFitSolver solver = new EisFitSolver();
            FitOptions options = new FitOptions().weighting(Weighting.MODULUS);
            CircuitFit[] last = new CircuitFit[2];
            double[] ms = time(10, 20, () -> last[0] = solver.fit(circuit, data, options, null));
            Node three = Circuits.parse(THREE_ARCS);
            Spectrum clean = CompiledCircuit.of(three).spectrum(Spectrum.logFrequencies(1e6, 1e-2, 81), TRUTH);
            java.util.Random random = new java.util.Random(1);
            double[] re = clean.re().clone();
            double[] im = clean.im().clone();
            for (int k = 0; k < re.length; k++) {
                double m = Math.hypot(re[k], im[k]);
                re[k] += 0.01 * m * random.nextGaussian() / Math.sqrt(2);
                im[k] += 0.01 * m * random.nextGaussian() / Math.sqrt(2);
            }
            ImpedanceData synthetic = new ImpedanceData("three arcs", clean.f(), re, im);
            double[] ms3 = time(5, 10, () -> last[1] = solver.fit(three, synthetic, options, null));
            return List.of(new Measurement("median time, exampleData.csv", median(ms), "ms", "< 500 ms"),
                    new Measurement("starts tried, exampleData.csv", last[0].startsTried(), "", "-"),
                    new Measurement("cost S/2, exampleData.csv", last[0].cost(), "", "<= 1.001080e-2 (from impedance.py's guess)"),
                    new Measurement("median time, three arcs + Wo", median(ms3), "ms", "< 1000 ms"),
                    new Measurement("starts tried, three arcs + Wo", last[1].startsTried(), "", "-"),
                    new Measurement("converged, three arcs + Wo", last[1].converged() ? 1 : 0, "", "1"));
        }
    }

    /** eis.batch */
    @Component(service = Benchmark.class)
    public static final class Batch implements Benchmark {
        @Override
        public String id() {
            return "eis.batch";
        }

        @Override
        public String description() {
            return "10,000 fits of exampleData.csv with " + CIRCUIT + " on all cores (" + Runtime.getRuntime().availableProcessors() + ")";
        }

        @Override
        public List<Measurement> run() throws Exception {
            ImpedanceData data = exampleData();
            Node circuit = Circuits.parse(CIRCUIT);
            for (int i = 0; i < 300; i++) {
                fitOnce(circuit, data);
            }
            int threads = Runtime.getRuntime().availableProcessors();
            int total = 10_000;
            ExecutorService pool = Executors.newFixedThreadPool(threads);
            try {
                long t0 = System.nanoTime();
                List<Future<?>> futures = new ArrayList<>();
                for (int t = 0; t < threads; t++) {
                    int share = total / threads + (t < total % threads ? 1 : 0);
                    futures.add(pool.submit(() -> {
                        for (int i = 0; i < share; i++) {
                            fitOnce(circuit, data);
                        }
                        return null;
                    }));
                }
                for (Future<?> f : futures) {
                    f.get();
                }
                double s = (System.nanoTime() - t0) / 1e9;
                return List.of(new Measurement("wall time for 10,000 fits", s, "s", "< 60 s"),
                        new Measurement("fits per second", total / s, "1/s", "> 167"));
            } finally {
                pool.shutdownNow();
            }
        }
    }

    /** eis.kk */
    @Component(service = Benchmark.class)
    public static final class Kk implements Benchmark {
        @Override
        public String id() {
            return "eis.kk";
        }

        @Override
        public String description() {
            return "lin-KK (Schönleber, c = 0.85, automatic M) on exampleData.csv (57 points)";
        }

        @Override
        public List<Measurement> run() throws Exception {
            ImpedanceData data = exampleData();
            int[] m = new int[1];
            double[] ms = time(500, 500, () -> m[0] = KramersKronig.test(data, KramersKronig.Options.defaults(), null).m());
            return List.of(new Measurement("median time per test", median(ms), "ms", "< 3 ms"), new Measurement("M reached", m[0], "", "-"));
        }
    }

    /** eis.drt */
    @Component(service = Benchmark.class)
    public static final class DrtBenchmark implements Benchmark {
        @Override
        public String id() {
            return "eis.drt";
        }

        @Override
        public String description() {
            return "DRT with lambda by GCV on 71 points (V-EIS-5: ZARC R = 100 Ohm, tau0 = 1 ms, alpha = 0.8, R_inf = 10 Ohm, 100 kHz - 10 mHz), 81-point grid";
        }

        @Override
        public List<Measurement> run() throws Exception {
            double q = Math.pow(1e-3, 0.8) / 100;
            Spectrum s = CompiledCircuit.parse("R0-p(R1,CPE1)").spectrum(Spectrum.logFrequencies(1e5, 1e-2, 71), new double[] { 10, 100, q, 0.8 });
            ImpedanceData data = ImpedanceData.of("V-EIS-5 ZARC", s);
            double[] lambda = new double[1];
            double[] ms = time(50, 50, () -> lambda[0] = Drt.compute(data, Drt.Options.automatic(), null).lambda());
            return List.of(new Measurement("median time per DRT", median(ms), "ms", "< 50 ms"), new Measurement("lambda chosen by GCV", lambda[0], "", "-"));
        }
    }
}
