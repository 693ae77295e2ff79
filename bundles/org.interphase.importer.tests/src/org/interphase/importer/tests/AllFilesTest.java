/*
 * Copyright (c) 2026 the Interphase contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.interphase.importer.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.interphase.data.Column;
import org.interphase.data.Dataset;
import org.interphase.data.QuantityKind;
import org.interphase.data.Technique;
import org.interphase.importer.ImportResult;
import org.interphase.importer.Importers;
import org.interphase.testdata.TestCorpus;
import org.junit.jupiter.api.Test;

/**
 * Every instrument file of the test corpus (testdata/, and the GPL files when INTERPHASE_EXTRA_TESTDATA names them) loads through the registry with the right importer, technique, row count and units.
 * Row counts: the files' own counts (data module point counts, declared point counts, lines of rows), the same counts
 * impedance.py's tests expect where it reads the file, testdata/README.md's (46,102 points for jdb11), and the row counts of
 * NewareNDA's reference tables for the Neware files. The Arrow reference tables themselves are not instrument files.
 */
class AllFilesTest {

    /** NewareNDA's reference tables (converted from Arrow Feather to text) beside the Neware files: what the Neware tests compare with, not instrument files. */
    static final String REFERENCE_TABLES = ".reference.tsv";

    record Expect(String path, String importer, Technique technique, int rows, QuantityKind... kinds) {
    }

    static final QuantityKind F = QuantityKind.FREQUENCY;
    static final QuantityKind RE = QuantityKind.IMPEDANCE_REAL;
    static final QuantityKind IM = QuantityKind.IMPEDANCE_IMAGINARY;
    static final QuantityKind T = QuantityKind.TIME;
    static final QuantityKind E = QuantityKind.POTENTIAL;
    static final QuantityKind I = QuantityKind.CURRENT;

    static final List<Expect> FILES = List.of(
            new Expect("autolab-z60w/exampleDataAutolab.txt", "autolab.z60w", Technique.EIS, 41, F, RE, IM, T),
            // Envismetrics' NOVA export (first 100 rows): index 1..100, the 5 mV/s of its name (AutolabTest)
            new Expect("autolab-nova/HDV_G_DMAB_5mVs_1000rpm.first100.txt", "autolab.nova", Technique.LINEAR_SWEEP_VOLTAMMETRY, 100, T, E, I),
            new Expect("biologic-mpr/00_test_02_MB_C01.mpr", "biologic.mpr", Technique.MIXED, 11, T, E, I),
            new Expect("biologic-mpr/biol.mpr", "biologic.mpr", Technique.MIXED, 23561, T, E, I, F, QuantityKind.IMPEDANCE_MODULUS),
            new Expect("biologic-mpr/cv.mpr", "biologic.mpr", Technique.CYCLIC_VOLTAMMETRY, 5103, T, E, I),
            new Expect("biologic-mpr/gcpl.issue_149.mpr", "biologic.mpr", Technique.GALVANOSTATIC_CYCLING, 132, T, E, I),
            new Expect("biologic-mpr/geis.issue_149.mpr", "biologic.mpr", Technique.EIS, 84, F, RE, IM, T, E, I),
            new Expect("biologic-mpr/jdb11-1_c3_gcpl_5cycles_2V-3p8V_C-24_data_C09.mpr", "biologic.mpr", Technique.GALVANOSTATIC_CYCLING, 46102, T, E, I),
            new Expect("biologic-mpr/lsv.mpr", "biologic.mpr", Technique.LINEAR_SWEEP_VOLTAMMETRY, 1186, T, E, I),
            new Expect("biologic-mpr/ocv.mpr", "biologic.mpr", Technique.OPEN_CIRCUIT_VOLTAGE, 602, T, E),
            new Expect("biologic-mpr/peis.mpr", "biologic.mpr", Technique.EIS, 32, F, RE, IM, T, E, I),
            new Expect("biologic-mpt/cv.mpt", "biologic.mpt", Technique.CYCLIC_VOLTAMMETRY, 5103, T, E, I),
            new Expect("biologic-mpt/exampleDataBioLogic.mpt", "biologic.mpt", Technique.EIS, 43, F, RE, IM, T, E, I),
            new Expect("biologic-mpt/gcpl.issue_149.mpt", "biologic.mpt", Technique.GALVANOSTATIC_CYCLING, 132, T, E, I),
            new Expect("biologic-mpt/geis.issue_149.mpt", "biologic.mpt", Technique.EIS, 84, F, RE, IM, T, E, I),
            new Expect("biologic-mpt/lsv.mpt", "biologic.mpt", Technique.LINEAR_SWEEP_VOLTAMMETRY, 1186, T, E, I),
            new Expect("biologic-mpt/ocv.mpt", "biologic.mpt", Technique.OPEN_CIRCUIT_VOLTAGE, 602, T, E),
            new Expect("biologic-mpt/peis.mpt", "biologic.mpt", Technique.EIS, 32, F, RE, IM, T, E, I),
            new Expect("chinstruments-txt/exampleDataCHInstruments.txt", "text.chinstruments", Technique.EIS, 73, F, RE, IM),
            // D3TaLES' CHI650E voltammograms: Segment x (High E - Low E) / Sample Interval = 2 x 0.8 / 0.01 and 2 x 0.7 / 0.01 points
            new Expect("chinstruments-txt/cycle04_cv01_14_43_42.txt", "text.chinstruments", Technique.CYCLIC_VOLTAMMETRY, 160, E, I),
            new Expect("chinstruments-txt/cycle10_cv05_17_07_15.txt", "text.chinstruments", Technique.CYCLIC_VOLTAMMETRY, 140, E, I),
            new Expect("csv-eis/exampleData.csv", "text.columns", Technique.EIS, 66, F, RE, IM),
            new Expect("drt-txt/LIB_data.txt", "text.columns", Technique.EIS, 107, F, RE, IM),
            new Expect("drt-txt/data_1.csv", "text.columns", Technique.EIS, 107, F, RE, IM),
            // cellpy's Battery Data Format export (first 40 rows): "Name / unit"; its capacity is the integral of its current (GenericTextVariantsTest)
            new Expect("text-bdf/batmo_bdf.first40.csv", "text.columns", Technique.GALVANOSTATIC_CYCLING, 40, T, E, I, QuantityKind.CHARGE,
                    QuantityKind.CYCLE_INDEX),
            new Expect("gamry-dta/exampleDataGamry.DTA", "gamry.dta", Technique.EIS, 72, F, RE, IM, T, E, I),
            new Expect("gamry-dta/exampleDataGamryABORT.DTA", "gamry.dta", Technique.EIS, 72, F, RE, IM, T, E, I),
            // gamry-parser's test files; row counts as its tests assert them (5 curves of 10, 21, 10, 5, 100, 66, 10, 20)
            new Expect("gamry-dta/cv_data.dta", "gamry.dta", Technique.CYCLIC_VOLTAMMETRY, 50, T, E, I, QuantityKind.CYCLE_INDEX),
            new Expect("gamry-dta/ocvcurve_data.dta", "gamry.dta", Technique.CYCLIC_VOLTAMMETRY, 11, T, E, I),
            new Expect("gamry-dta/chronoa_de_data.dta", "gamry.dta", Technique.CHRONOAMPEROMETRY, 10, T, E, I),
            new Expect("gamry-dta/ocp_data.dta", "gamry.dta", Technique.OPEN_CIRCUIT_VOLTAGE, 21, T, E),
            new Expect("gamry-dta/eispot_data.dta", "gamry.dta", Technique.EIS, 10, F, RE, IM, T, E, I),
            new Expect("gamry-dta/eispot_data_curveaborted.dta", "gamry.dta", Technique.EIS, 5, F, RE, IM, T, E, I),
            new Expect("gamry-dta/ccd_data.dta", "gamry.dta", Technique.GALVANOSTATIC_CYCLING, 100, T, QuantityKind.CHARGE,
                    QuantityKind.CYCLE_INDEX, QuantityKind.ENERGY),
            new Expect("gamry-dta/ccd_charge_data.dta", "gamry.dta", Technique.GALVANOSTATIC_CYCLING, 66, T, E, I, QuantityKind.POWER),
            new Expect("gamry-dta/squarewave_data.dta", "gamry.dta", Technique.UNKNOWN, 10, T, E, I),
            new Expect("gamry-dta/vfp600_data.dta", "gamry.dta", Technique.UNKNOWN, 20, T, E, I),
            new Expect("neware-csv/neware_uio.csv", "neware.csv", Technique.GALVANOSTATIC_CYCLING, 9065, T, E, I, QuantityKind.CHARGE,
                    QuantityKind.CYCLE_INDEX),
            // row counts of the Neware files: those of NewareNDA's reference tables (the Neware tests compare every value),
            // less the first record its .ndax merge repeats
            new Expect("neware-nda/TestFile.nda", "neware.nda", Technique.GALVANOSTATIC_CYCLING, 6670, T, E, I, QuantityKind.CHARGE,
                    QuantityKind.CYCLE_INDEX),
            new Expect("neware-nda/new_nda_file.nda", "neware.nda", Technique.GALVANOSTATIC_CYCLING, 439, T, E, I, QuantityKind.CHARGE,
                    QuantityKind.CYCLE_INDEX),
            new Expect("neware-ndax/123456789012_Unit27_Example_Data_File.ndax", "neware.ndax", Technique.OPEN_CIRCUIT_VOLTAGE, 301, T, E),
            new Expect("arbin-res/arbin_example.res", "arbin.res", Technique.GALVANOSTATIC_CYCLING, 2150, T, E, I, QuantityKind.CHARGE,
                    QuantityKind.CYCLE_INDEX),
            new Expect("arbin-xlsx/bs542_004_gr_li_50ua_50mv_1v_191020_Channel_11.xlsx", "arbin.xlsx", Technique.GALVANOSTATIC_CYCLING, 4526,
                    T, E, I, QuantityKind.CHARGE, QuantityKind.CYCLE_INDEX),
            new Expect("maccor-txt/maccor_001.head.txt", "maccor.txt", Technique.GALVANOSTATIC_CYCLING, 6, T, E, I, QuantityKind.CHARGE,
                    QuantityKind.CYCLE_INDEX, QuantityKind.TEMPERATURE),
            new Expect("maccor-txt/maccor_002.txt", "maccor.txt", Technique.GALVANOSTATIC_CYCLING, 7446, T, E, I, QuantityKind.CHARGE,
                    QuantityKind.CYCLE_INDEX),
            new Expect("parstat-txt/exampleDataParstat.txt", "text.parstat", Technique.MIXED, 812, F, RE, IM, T, E, I),
            new Expect("powersuite-txt/exampleDataPowersuite.txt", "text.powersuite", Technique.EIS, 30, F, RE, IM),
            new Expect("versastudio-par/exampleDataVersaStudio.par", "text.versastudio", Technique.EIS, 61, F, RE, IM, T, E, I),
            new Expect("zahner-ism/li-ion-battery.ism", "zahner.ism", Technique.EIS, 128, F, RE, IM, T),
            new Expect("zplot-z/Circuit1_EIS_1.z", "zplot.z", Technique.EIS, 48, F, RE, IM, T),
            new Expect("zplot-z/Circuit3_EIS_1.z", "zplot.z", Technique.EIS, 53, F, RE, IM, T),
            new Expect("zplot-z/exampleDataZPlot.z", "zplot.z", Technique.EIS, 21, F, RE, IM, T),
            new Expect("zplot-z/exampleDataZPlot_noComments.z", "zplot.z", Technique.EIS, 31, F, RE, IM, T));

    /** The listed files that are in the corpus here (the GPL ones only when the extra test data folder is named). */
    static List<Expect> present() {
        return FILES.stream().filter(e -> TestCorpus.has(e.path())).toList();
    }

    @Test
    void everyFileLoadsWithTheRightTechniqueUnitsAndRows() throws Exception {
        List<String> failures = new ArrayList<>();
        assertTrue(present().size() >= 25, present().size() + " listed files in the corpus");
        for (Expect e : present()) {
            checkImport(e.path(), Importers.read(TestCorpus.file(e.path()), null), e.importer(), e.technique(), e.rows(), e.kinds(), failures);
        }
        assertEquals(List.of(), failures);
    }

    @Test
    void theListCoversEveryFileOfTheseFormats() throws Exception {
        Set<String> listed = new TreeSet<>(FILES.stream().map(Expect::path).toList());
        Set<String> present = new TreeSet<>(TestCorpus.files().keySet().stream()
                .filter(f -> !f.startsWith("field-reports/") && !f.endsWith(REFERENCE_TABLES)).toList());
        Set<String> unlisted = new TreeSet<>(present);
        unlisted.removeAll(listed);
        assertEquals(Set.of(), unlisted, "every instrument file of the corpus is in the list");
        // a listed file missing here is one that a licence keeps out of the repository (testdata/EXCLUDED.tsv)
        Set<String> excluded = new TreeSet<>(TestCorpus.excluded());
        Set<String> missing = new TreeSet<>(listed);
        missing.removeAll(present);
        missing.removeAll(excluded);
        assertEquals(Set.of(), missing, "listed files neither in the corpus nor excluded by licence");
    }

    /**
     * The checks every real file of the corpus gets (also the field reports'): importer, technique and rows as expected,
     * the required quantity kinds present, every column of a known kind in its SI unit and as long as the dataset.
     */
    static void checkImport(String path, ImportResult r, String importer, Technique technique, int rows, QuantityKind[] kinds,
            List<String> failures) {
        Dataset d = r.dataset();
        if (!r.importer().id().equals(importer) || d.technique() != technique || d.rows() != rows) {
            failures.add(path + ": " + r.importer().id() + ", " + d.technique() + ", " + d.rows() + " rows; expected " + importer
                    + ", " + technique + ", " + rows);
        }
        for (QuantityKind kind : kinds) {
            if (d.column(kind).isEmpty()) {
                failures.add(path + ": no " + kind + " column");
            }
        }
        for (Column c : d.columns()) {
            if (c.kind() != QuantityKind.OTHER && !c.kind().siUnit().equals(c.unit())) {
                failures.add(path + ": " + c.name() + " is " + c.kind() + " in " + c.unit());
            }
            if (c.size() != d.rows()) {
                failures.add(path + ": " + c.name() + " has " + c.size() + " values");
            }
        }
    }
}
