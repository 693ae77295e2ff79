/*
 * Copyright (c) 2026 the Interphase contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.interphase.solver.eis.tests;

import java.nio.file.Path;
import java.util.Random;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.interphase.solver.eis.circuit.CompiledCircuit;
import org.interphase.solver.eis.circuit.Spectrum;
import org.interphase.solver.eis.data.ImpedanceData;
import org.interphase.testdata.TestCorpus;

/** Shared test inputs: the real files of the test corpus (testdata/), read in place, and the synthetic spectra of docs/physics.md 6. */
final class TestData {

    private TestData() {
    }

    static Path shared(String dir, String file) {
        return TestCorpus.file(String.join("/", dir, file));
    }

    static Path repository(String relative) {
        return Path.of(System.getProperty("interphase.repository"), relative);
    }

    /** exampleData.csv read through Importers.read, without the points with Im Z >= 0 (57 remain, testdata/README.md). */
    static ImpedanceData exampleData() throws Exception {
        return ImpedanceData.read(shared("csv-eis", "exampleData.csv"), new NullProgressMonitor()).select(Double.NaN, Double.NaN, true);
    }

    static final String VEIS3_CIRCUIT = "R0-p(R1,CPE1)-p(R2,CPE2)";
    static final double[] VEIS3_TRUE = { 200, 1500, 2e-9, 0.85, 3000, 5e-6, 0.75 };

    /** V-EIS-3: 61 log-spaced points 1 MHz -> 1 Hz, noise-free. */
    static ImpedanceData veis3() throws Exception {
        Spectrum s = CompiledCircuit.parse(VEIS3_CIRCUIT).spectrum(Spectrum.logFrequencies(1e6, 1, 61), VEIS3_TRUE);
        return ImpedanceData.of("V-EIS-3", s);
    }

    /** Adds 1 % proportional complex noise, as the EIS-3 reference (docs/physics.md 6): Z + 0.01 |Z| (n1 + j n2)/sqrt 2. */
    static ImpedanceData noisy(ImpedanceData d, double level, long seed) {
        Random random = new Random(seed);
        double[] re = new double[d.size()];
        double[] im = new double[d.size()];
        for (int k = 0; k < d.size(); k++) {
            double m = d.modulus(k);
            re[k] = d.re()[k] + level * m * random.nextGaussian() / Math.sqrt(2);
            im[k] = d.im()[k] + level * m * random.nextGaussian() / Math.sqrt(2);
        }
        return new ImpedanceData(d.source() + " + noise", d.f().clone(), re, im);
    }
}
