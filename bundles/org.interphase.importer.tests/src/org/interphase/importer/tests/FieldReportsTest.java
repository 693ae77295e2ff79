/*
 * Copyright (c) 2026 the Interphase contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.interphase.importer.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.interphase.data.Column;
import org.interphase.data.Dataset;
import org.interphase.data.ImportWarning;
import org.interphase.data.Metadata;
import org.interphase.data.QuantityKind;
import org.interphase.data.Technique;
import org.interphase.importer.ImportResult;
import org.interphase.importer.Importers;
import org.interphase.testdata.TestCorpus;
import org.junit.jupiter.api.Test;

/**
 * The files users tried and that were refused (testdata/field-reports/; the GPL ones through INTERPHASE_EXTRA_TESTDATA,
 * skipped without it): each is read by the importer named, with the technique, row count, units, the warnings it
 * should carry, and values checked against a source independent of the importer: a paired export of the same run
 * (the EC-Lab .mpr and its .mpt), another format of the same spectrum (pyimpspec's test files all hold one spectrum:
 * .i2b, .dfr, .idf, .P00), the numbers the source projects' own tests assert (beep: 333 rows and channel 52 of
 * PredictionDiagnostics_000151_test.052), the vendor's own fit (Zahner's analysis library: R0 = 9.8866e7 Ohm and
 * C0 = 1.478e-10 F for rc-data.ism), and the file's own redundant columns (a Maccor impedance export's |Z| and
 * phase, an Arbin export's Unix time stamp against its test time, a Neware archive's capacity against the integral
 * of its current). Row counts are the files' own declared counts where they have one.
 */
class FieldReportsTest {

    static final QuantityKind F = QuantityKind.FREQUENCY;
    static final QuantityKind RE = QuantityKind.IMPEDANCE_REAL;
    static final QuantityKind IM = QuantityKind.IMPEDANCE_IMAGINARY;
    static final QuantityKind T = QuantityKind.TIME;
    static final QuantityKind E = QuantityKind.POTENTIAL;
    static final QuantityKind I = QuantityKind.CURRENT;
    static final QuantityKind Q = QuantityKind.CHARGE;

    /** A field report: path under field-reports/, importer, technique, rows, kinds it must have, warnings it must carry. */
    record Report(String path, String importer, Technique technique, int rows, int warnings, QuantityKind... kinds) {
    }

    static final List<Report> REPORTS = List.of(
            new Report("arbin-csv/2017-05-09_test-TC-contact_CH33.csv", "arbin.csv", Technique.GALVANOSTATIC_CYCLING, 287, 0, T, E, I, Q),
            new Report("biologic-mpr/peis.issue_225.with_ece.mpr", "biologic.mpr", Technique.EIS, 32, 0, F, RE, IM, T, E, I),
            new Report("biologic-mpt/peis.issue_225.with_ece.mpt", "biologic.mpt", Technique.EIS, 32, 1, F, RE, IM, T, E, I),
            new Report("biologic-mpr/wait.mpr", "biologic.mpr", Technique.OPEN_CIRCUIT_VOLTAGE, 0, 1, T, E),
            new Report("biologic-mpt/wait.mpt", "biologic.mpt", Technique.OPEN_CIRCUIT_VOLTAGE, 0, 1, T, E),
            new Report("ecochemie-dfr/data.dfr", "autolab.dfr", Technique.EIS, 29, 1, F, RE, IM),
            new Report("elchemea-i2b/data.i2b", "elchemea.i2b", Technique.EIS, 29, 0, F, RE, IM),
            new Report("ivium-ids-idf/data.idf", "ivium.idf", Technique.EIS, 29, 1, F, RE, IM),
            new Report("ivium-ids-idf/data.ids", "ivium.idf", Technique.EIS, 58, 1, F, RE, IM),
            new Report("maccor-eis-txt/maccor_test_file_4267-66-6519.EDA0001.041", "maccor.eis", Technique.EIS, 60, 2, F, RE, IM),
            new Report("maccor-txt/PredictionDiagnostics_000151_test.052", "maccor.txt", Technique.GALVANOSTATIC_CYCLING, 333, 0, T, E, I, Q),
            new Report("maccor-txt/maccor_test_file_4267-66-6519.041", "maccor.txt", Technique.OPEN_CIRCUIT_VOLTAGE, 74, 1, T, E, I),
            new Report("neware-ndax/20260302_IFE_BTS85_2_9_8_1.ndax", "neware.ndax", Technique.GALVANOSTATIC_CYCLING, 252951, 0, T, E, I, Q),
            new Report("p00/data.P00", "text.p00", Technique.EIS, 29, 0, F, RE, IM),
            new Report("zahner-ism/drift.ism", "zahner.ism", Technique.EIS, 47, 1, F, RE, IM),
            new Report("zahner-ism/rc-data.ism", "zahner.ism", Technique.EIS, 55, 1, F, RE, IM));

    static String path(String report) {
        return "field-reports/" + report;
    }

    static Dataset read(String report) throws Exception {
        return Importers.read(TestCorpus.file(path(report)), null).dataset();
    }

    @Test
    void everyFieldReportImportsWithTheRightImporterTechniqueRowsUnitsAndWarnings() throws Exception {
        List<String> failures = new ArrayList<>();
        int read = 0;
        for (Report r : REPORTS) {
            if (!TestCorpus.has(path(r.path()))) {
                continue; // a GPL file and no extra test data folder
            }
            read++;
            ImportResult result = Importers.read(TestCorpus.file(path(r.path())), null);
            Dataset d = result.dataset();
            AllFilesTest.checkImport(r.path(), result, r.importer(), r.technique(), r.rows(), r.kinds(), failures);
            if (d.warnings().size() != r.warnings()) {
                failures.add(r.path() + ": " + d.warnings().size() + " warnings, expected " + r.warnings() + ": " + d.warnings());
            }
            for (Column c : d.columns()) {
                if (c.kind() == F || c.kind() == RE || c.kind() == IM || c.kind() == E || c.kind() == T) {
                    for (int k = 0; k < c.size(); k++) {
                        if (!Double.isFinite(c.get(k))) {
                            failures.add(r.path() + ": " + c.name() + " row " + (k + 1) + " is " + c.get(k));
                            break;
                        }
                    }
                }
            }
            for (ImportWarning w : d.warnings()) {
                if (w.what().isBlank()) {
                    failures.add(r.path() + ": a blank warning");
                }
            }
        }
        // the MIT and Apache-2.0 field reports are in the repository's testdata/ (7 of them); the GPL ones only with the extra folder
        long inRepository = REPORTS.stream().filter(r -> java.nio.file.Files.isRegularFile(TestCorpus.root().resolve(path(r.path())))).count();
        assertTrue(inRepository >= 7 && read >= inRepository, read + " field reports read, " + inRepository + " of them in the repository's testdata/");
        assertEquals(List.of(), failures);
    }

    @Test
    void theListCoversEveryFieldReport() {
        Set<String> listed = new TreeSet<>(REPORTS.stream().map(r -> path(r.path())).toList());
        Set<String> all = new TreeSet<>(TestCorpus.files().keySet().stream().filter(f -> f.startsWith("field-reports/")).toList());
        all.addAll(TestCorpus.excluded().stream().filter(f -> f.startsWith("field-reports/")).toList());
        assertEquals(all, listed);
    }

    // --- independent values ---

    /** The .mpt EC-Lab wrote of the same run as the .mpr: every shared column, row by row (the .mpt has 8 digits). */
    @Test
    void ecLabBinaryAndTextExportsOfTheSameRunAgree() throws Exception {
        Dataset mpr = read("biologic-mpr/peis.issue_225.with_ece.mpr");
        Dataset mpt = read("biologic-mpt/peis.issue_225.with_ece.mpt");
        assertEquals(mpr.rows(), mpt.rows());
        for (QuantityKind kind : List.of(F, RE, IM, T, E, I)) {
            double[] a = mpr.column(kind).orElseThrow().toArray();
            double[] b = mpt.column(kind).orElseThrow().toArray();
            for (int k = 0; k < a.length; k++) {
                assertEquals(a[k], b[k], 2e-7 * Math.max(Math.abs(a[k]), 1e-9) + 1e-12, kind + " row " + (k + 1));
            }
        }
        Dataset waitMpr = read("biologic-mpr/wait.mpr");
        Dataset waitMpt = read("biologic-mpt/wait.mpt");
        assertEquals(0, waitMpr.rows());
        assertEquals(0, waitMpt.rows());
        assertTrue(waitMpt.warnings().get(0).what().contains("no data rows"), waitMpt.warnings().toString());
        assertTrue(waitMpr.warnings().get(0).what().contains("no points"), waitMpr.warnings().toString());
        assertTrue(mpt.warnings().get(0).what().contains("'Ewe-Ece/V'"), mpt.warnings().toString());
    }

    /**
     * pyimpspec's test files (GPL: read from the extra test data folder) hold one spectrum in every format: the
     * .i2b's full-precision numbers are compared with the .dfr's (the same doubles), the .idf's and the .P00's (their
     * 6 and 5 significant digits) and both spectra of the .ids. The 29 frequencies and the first point (10 kHz,
     * 109.009 - 26.556j Ohm) are the files' own numbers (data of GPL files, not code).
     */
    @Test
    void oneSpectrumInFiveFormatsGivesTheSameNumbers() throws Exception {
        Dataset i2b = read("elchemea-i2b/data.i2b");
        double[] f = i2b.column(F).orElseThrow().toArray();
        double[] re = i2b.column(RE).orElseThrow().toArray();
        double[] im = i2b.column(IM).orElseThrow().toArray();
        assertEquals(29, f.length);
        assertEquals(10000.0, f[0]);
        assertEquals(109.009, re[0], 1e-3);
        assertEquals(-26.556, im[0], 1e-3);
        assertEquals(1.0, f[28]);
        check(read("ecochemie-dfr/data.dfr"), 0, f, re, im, 1e-12);
        check(read("ivium-ids-idf/data.idf"), 0, f, re, im, 1e-5);
        check(read("p00/data.P00"), 0, f, re, im, 5.1e-4); // 4 significant digits: half a unit of the last is 5e-4 of the value
        Dataset ids = read("ivium-ids-idf/data.ids");
        check(ids, 0, f, re, im, 1e-5);
        check(ids, 29, f, re, im, 1e-5);
    }

    private static void check(Dataset d, int from, double[] f, double[] re, double[] im, double relative) {
        String name = d.metadata().get(Metadata.SOURCE_FILE);
        for (int k = 0; k < f.length; k++) {
            assertEquals(f[k], d.column(F).orElseThrow().get(from + k), relative * f[k] + 1e-9, name + " f row " + (k + from + 1));
            assertEquals(re[k], d.column(RE).orElseThrow().get(from + k), relative * Math.abs(re[k]) + 1e-9, name + " Re(Z) row " + (k + from + 1));
            assertEquals(im[k], d.column(IM).orElseThrow().get(from + k), relative * Math.abs(im[k]) + 1e-9, name + " Im(Z) row " + (k + from + 1));
        }
    }

    /**
     * Zahner's own analysis library fits p(R0,C0) to rc-data.ism with R0 = 9.8866e7 Ohm and C0 = 1.478e-10 F (its
     * BasicIntroduction example): the impedance read agrees with that circuit (median deviation under 2 % of |Z|).
     */
    @Test
    void zahnerRcDataMatchesZahnersOwnFit() throws Exception {
        Dataset d = read("zahner-ism/rc-data.ism");
        double r0 = 9.8866e7;
        double c0 = 1.478e-10;
        double[] deviation = new double[d.rows()];
        for (int k = 0; k < d.rows(); k++) {
            double w = 2 * Math.PI * d.column(F).orElseThrow().get(k);
            double denominator = 1 + Math.pow(w * r0 * c0, 2);
            double modelRe = r0 / denominator;
            double modelIm = -w * r0 * r0 * c0 / denominator;
            deviation[k] = Math.hypot(d.column(RE).orElseThrow().get(k) - modelRe, d.column(IM).orElseThrow().get(k) - modelIm)
                    / Math.hypot(modelRe, modelIm);
        }
        Arrays.sort(deviation);
        assertTrue(deviation[deviation.length / 2] < 0.02, "median deviation " + deviation[deviation.length / 2]);
        assertTrue(d.warnings().get(0).what().contains("bytes after the acquisition settings"), d.warnings().toString());
    }

    /** beep's test: 333 rows and channel 52 (from the extension .052); a DPt Time of midnight is written as the date alone. */
    @Test
    void maccorExportOfBeepHasItsRowsChannelAndMidnight() throws Exception {
        Dataset d = read("maccor-txt/PredictionDiagnostics_000151_test.052");
        assertEquals(333, d.rows());
        assertEquals("52", d.metadata().get(Metadata.CHANNEL));
        Dataset fra = read("maccor-txt/maccor_test_file_4267-66-6519.041");
        assertTrue(fra.metadata().get("state_codes").contains("=FRA"), fra.metadata().get("state_codes"));
        assertTrue(fra.warnings().get(0).what().contains("'FRA'"), fra.warnings().toString());
    }

    /** A Maccor impedance export's own |Z| and phase columns agree with Re and Im as read (the sign of Z'' decided right). */
    @Test
    void maccorImpedanceAgreesWithItsOwnModulusAndPhase() throws Exception {
        Dataset d = read("maccor-eis-txt/maccor_test_file_4267-66-6519.EDA0001.041");
        Column re = d.column(RE).orElseThrow();
        Column im = d.column(IM).orElseThrow();
        Column modulus = d.column(QuantityKind.IMPEDANCE_MODULUS).orElseThrow();
        Column phase = d.column(QuantityKind.IMPEDANCE_PHASE).orElseThrow();
        for (int k = 0; k < d.rows(); k++) {
            assertEquals(modulus.get(k), Math.hypot(re.get(k), im.get(k)), 1e-4 * modulus.get(k) + 1e-6, "|Z| row " + (k + 1));
            assertEquals(phase.get(k), Math.atan2(im.get(k), re.get(k)), 2e-4, "phase row " + (k + 1));
        }
        assertEquals(999999.0, d.column(F).orElseThrow().get(0));
    }

    /** An Arbin export of the database's columns: its Unix time stamps less the first agree with its test time. */
    @Test
    void arbinDatabaseExportTimeStampsAgreeWithTestTime() throws Exception {
        Dataset d = read("arbin-csv/2017-05-09_test-TC-contact_CH33.csv");
        Column t = d.column(T).orElseThrow();
        Column stamp = d.column("Timestamp").orElseThrow();
        for (int k = 0; k < d.rows(); k++) {
            assertEquals(t.get(k), stamp.get(k) - stamp.get(0), 2e-3, "row " + (k + 1));
        }
        assertEquals(1494377253.17, stamp.get(0), 1e-6); // 2017-05-09, the date in the file's name
    }

    /**
     * ndc version 17 (BTSServer 8.0): the charge capacity of the run information (data_runInfo.ndc) against the
     * integral of the current of data.ndc over the test time, in the step that charges most; the temperatures
     * of the two temperature channels (ChlType 103 and 1122) near room temperature.
     */
    @Test
    void newareNdc17CapacityIsTheIntegralOfItsCurrent() throws Exception {
        Dataset d = read("neware-ndax/20260302_IFE_BTS85_2_9_8_1.ndax");
        assertEquals("17", d.metadata().get("ndc_version"));
        Column t = d.column(T).orElseThrow();
        Column i = d.column(I).orElseThrow();
        Column step = d.column(QuantityKind.STEP_INDEX).orElseThrow();
        Column charge = d.column("Charge capacity").orElseThrow();
        // per step: the charge capacity gained against the integral of the current (trapezoids over the test time)
        double bestCapacity = 0;
        double bestIntegral = 0;
        int bestStep = -1;
        double integral = 0;
        int from = 0;
        for (int k = 1; k <= d.rows(); k++) {
            if (k == d.rows() || step.get(k) != step.get(k - 1)) {
                double gained = charge.get(k - 1) - charge.get(from);
                if (gained > bestCapacity) {
                    bestCapacity = gained;
                    bestIntegral = integral;
                    bestStep = (int) step.get(k - 1);
                }
                integral = 0;
                from = k;
                continue;
            }
            integral += 0.5 * (i.get(k) + i.get(k - 1)) * (t.get(k) - t.get(k - 1));
        }
        assertTrue(bestCapacity > 100, "charge capacity " + bestCapacity + " C in step " + bestStep);
        assertEquals(bestCapacity, bestIntegral, 0.01 * bestCapacity, "capacity of step " + bestStep + " against the integral of the current");
        int temperatures = 0;
        for (Column c : d.columns()) {
            if (c.kind() == QuantityKind.TEMPERATURE) {
                temperatures++;
                double v = c.get(0);
                assertTrue(v > 283 && v < 313, c.name() + " = " + v + " K");
            }
        }
        assertEquals(2, temperatures);
    }
}
