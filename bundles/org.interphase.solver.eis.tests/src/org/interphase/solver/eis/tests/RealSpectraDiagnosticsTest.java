/*
 * Copyright (c) 2026 the Interphase contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.interphase.solver.eis.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.interphase.solver.eis.data.ImpedanceData;
import org.interphase.solver.eis.data.Sweeps;
import org.interphase.solver.eis.drt.Drt;
import org.interphase.solver.eis.drt.DrtResult;
import org.interphase.solver.eis.validation.KkResult;
import org.interphase.solver.eis.validation.KramersKronig;
import org.interphase.solver.eis.validation.ZHit;
import org.interphase.testdata.TestCorpus;
import org.junit.jupiter.api.Test;

/** lin-KK, Z-HIT and DRT on every sweep of the real spectra of the test corpus: what they say, measured (printed for the README). */
class RealSpectraDiagnosticsTest {

    static final String[] FILES = { "csv-eis/exampleData.csv", "drt-txt/LIB_data.txt", "drt-txt/data_1.csv", "parstat-txt/exampleDataParstat.txt",
            "biologic-mpt/exampleDataBioLogic.mpt", "biologic-mpr/biol.mpr", "zplot-z/Circuit1_EIS_1.z", "zplot-z/Circuit3_EIS_1.z",
            "zplot-z/exampleDataZPlot.z" };

    @Test
    void everySweepGetsBothTestsAndADrtWithinItsMeasuredRange() throws Exception {
        for (String file : FILES) {
            Sweeps sweeps;
            try {
                sweeps = Sweeps.read(TestCorpus.file(file), null, null, new NullProgressMonitor());
            } catch (org.interphase.importer.ImportException e) {
                continue; // the format's importer is not in this test runtime
            }
            for (Sweeps.Sweep s : sweeps.sweeps()) {
                ImpedanceData d = s.data().select(Double.NaN, Double.NaN, true);
                String what = file + " sweep " + s.number() + " (" + d.size() + " points)";
                KkResult kk = KramersKronig.testAuto(d, KramersKronig.Options.defaults(), null);
                ZHit.Result zhit = ZHit.test(d, KramersKronig.DEFAULT_MAX_RESIDUAL);
                DrtResult drt = Drt.compute(d, Drt.Options.automatic(), null);
                double hf = Double.POSITIVE_INFINITY;
                int k0 = 0;
                for (int k = 0; k < d.size(); k++) {
                    if (d.f()[k] > d.f()[k0]) {
                        k0 = k;
                    }
                }
                hf = d.re()[k0];
                double inMeasured = 0;
                for (DrtResult.Peak p : drt.peaks()) {
                    if (drt.measured(p)) {
                        inMeasured += p.resistance();
                    }
                }
                System.out.printf(Locale.ROOT, "%s: lin-KK %s M=%d (first %d) mu=%.3f max %.2f %% noise %.2f %% trend %s; Z-HIT %s max %.2f %%; "
                        + "DRT lambda %.2g (GCV minimum %.2g)%s R_inf %.4g (Re Z at f_max %.4g) Rp %.4g, %d peaks, %.0f %% of the peaks' R inside the measured tau range; notes %s%n",
                        what, kk.valid() ? "valid" : "invalid", kk.m(), kk.firstCrossingM(), kk.mu(), 100 * kk.maxAbsResidual(), 100 * kk.noiseEstimate(),
                        kk.lowFrequencyTrend(), zhit.valid() ? "valid" : "invalid", 100 * zhit.maxAbsResidual(), drt.lambda(), drt.lambdaGcvMinimum(), drt.lambdaAtBound() ? " (AT BOUND)" : "",
                        drt.rInf(), hf, drt.polarisationResistance(), drt.peaks().size(),
                        100 * inMeasured / Math.max(1e-300, drt.peaks().stream().mapToDouble(DrtResult.Peak::resistance).sum()), drt.notes());
                assertEquals(d.size(), kk.residualRe().length, what);
                assertTrue(kk.m() >= 2, what);
                assertTrue(drt.rInf() >= 0 && drt.rInf() <= Math.max(hf, 0) * 1.05 + 1e-12, what + ": R_inf " + drt.rInf() + " above Re Z at f_max " + hf);
            }
        }
    }
}
