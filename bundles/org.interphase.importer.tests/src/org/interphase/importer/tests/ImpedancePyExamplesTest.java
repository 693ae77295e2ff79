/*
 * Copyright (c) 2026 the Interphase contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.interphase.importer.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.interphase.data.Column;
import org.interphase.data.Dataset;
import org.interphase.data.Metadata;
import org.interphase.data.QuantityKind;
import org.interphase.importer.ImportResult;
import org.interphase.importer.Importers;
import org.interphase.importer.tests.ImpedancePyReference.Spectrum;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.interphase.testdata.TestCorpus;

/**
 * impedance.py's example files, one per format, read by whichever importer the registry picks: each gives the
 * spectrum impedance.py's own tests expect from it (frequency, Re(Z), Im(Z) with Im signed; {@link ImpedancePyReference}),
 * to numpy.allclose's tolerance as impedance.py compares them. The example files are different measurements, except
 * the Gamry pair: exampleDataGamryABORT.DTA holds the same 72-point spectrum as exampleDataGamry.DTA before its abort
 * record, and the two must agree exactly.
 */
class ImpedancePyExamplesTest {

    static Path shared(String dir, String file) {
        return TestCorpus.file(String.join("/", dir, file));
    }

    static Stream<Arguments> files() {
        return Stream.of(Arguments.of("csv-eis", ImpedancePyReference.CSV, "text.columns"),
                Arguments.of("gamry-dta", ImpedancePyReference.GAMRY, "gamry.dta"),
                Arguments.of("autolab-z60w", ImpedancePyReference.AUTOLAB, "autolab.z60w"),
                Arguments.of("parstat-txt", ImpedancePyReference.PARSTAT, "text.parstat"),
                Arguments.of("zplot-z", ImpedancePyReference.ZPLOT, "zplot.z"),
                Arguments.of("zplot-z", ImpedancePyReference.ZPLOT_NO_COMMENTS, "zplot.z"),
                Arguments.of("versastudio-par", ImpedancePyReference.VERSASTUDIO, "text.versastudio"),
                Arguments.of("powersuite-txt", ImpedancePyReference.POWERSUITE, "text.powersuite"),
                Arguments.of("biologic-mpt", ImpedancePyReference.BIOLOGIC, "biologic.mpt"),
                Arguments.of("chinstruments-txt", ImpedancePyReference.CH_INSTRUMENTS, "text.chinstruments"));
    }

    /** The spectrum of a dataset: rows with a frequency above 0 (Parstat mixes DC points in), f, Re(Z), Im(Z). */
    static double[][] spectrum(Dataset d) {
        Column f = d.column(QuantityKind.FREQUENCY).orElseThrow();
        Column re = d.column(QuantityKind.IMPEDANCE_REAL).orElseThrow();
        Column im = d.column(QuantityKind.IMPEDANCE_IMAGINARY).orElseThrow();
        assertEquals("Hz", f.unit());
        assertEquals("Ohm", re.unit());
        assertEquals("Ohm", im.unit());
        List<double[]> rows = new ArrayList<>();
        for (int r = 0; r < d.rows(); r++) {
            if (f.get(r) > 0) {
                rows.add(new double[] { f.get(r), re.get(r), im.get(r) });
            }
        }
        double[][] s = new double[3][rows.size()];
        for (int i = 0; i < rows.size(); i++) {
            for (int k = 0; k < 3; k++) {
                s[k][i] = rows.get(i)[k];
            }
        }
        return s;
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("files")
    void givesTheSpectrumImpedancePyExpects(String dir, Spectrum expected, String importer) throws Exception {
        ImportResult result = Importers.read(shared(dir, expected.file()), null);
        assertEquals(importer, result.importer().id(), "the registry's choice for " + expected.file());
        double[][] actual = spectrum(result.dataset());
        double[][] reference = { expected.frequency(), expected.real(), expected.imaginary() };
        String[] what = { "frequency", "Re(Z)", "Im(Z)" };
        assertEquals(reference[0].length, actual[0].length, expected.file() + ": points");
        for (int k = 0; k < 3; k++) {
            for (int i = 0; i < reference[k].length; i++) {
                double a = actual[k][i];
                double e = reference[k][i];
                // numpy.allclose(a, e): |a - e| <= 1e-8 + 1e-5 |e|
                if (!(Math.abs(a - e) <= 1e-8 + 1e-5 * Math.abs(e))) {
                    fail(expected.file() + ": " + what[k] + " of point " + i + " is " + a + ", impedance.py expects " + e);
                }
            }
        }
    }

    @Test
    void theCsvExampleIsReadExactly() throws Exception {
        // impedance.py's test compares exampleData.csv with ==: its 17-digit numbers must come back bit for bit
        double[][] actual = spectrum(Importers.read(shared("csv-eis", "exampleData.csv"), null).dataset());
        for (int i = 0; i < ImpedancePyReference.CSV.real().length; i++) {
            assertEquals(ImpedancePyReference.CSV.frequency()[i], actual[0][i], 0);
            assertEquals(ImpedancePyReference.CSV.real()[i], actual[1][i], 0);
            assertEquals(ImpedancePyReference.CSV.imaginary()[i], actual[2][i], 0);
        }
    }

    @Test
    void theAbortedGamryRunIsTheSameMeasurement() throws Exception {
        Dataset full = Importers.read(shared("gamry-dta", "exampleDataGamry.DTA"), null).dataset();
        Dataset aborted = Importers.read(shared("gamry-dta", "exampleDataGamryABORT.DTA"), null).dataset();
        assertEquals("true", aborted.metadata().get(Metadata.ABORTED));
        double[][] a = spectrum(full);
        double[][] b = spectrum(aborted);
        for (int k = 0; k < 3; k++) {
            assertEquals(a[k].length, b[k].length);
            for (int i = 0; i < a[k].length; i++) {
                assertEquals(a[k][i], b[k][i], 0);
            }
        }
    }
}
