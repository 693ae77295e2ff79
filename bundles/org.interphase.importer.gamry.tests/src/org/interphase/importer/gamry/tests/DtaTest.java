/*
 * Copyright (c) 2026 the Interphase contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.interphase.importer.gamry.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

import org.interphase.data.Column;
import org.interphase.data.Dataset;
import org.interphase.data.ImportWarning;
import org.interphase.data.Metadata;
import org.interphase.data.QuantityKind;
import org.interphase.data.Technique;
import org.interphase.importer.ImportException;
import org.interphase.importer.Importers;
import org.interphase.importer.gamry.DtaImporter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.interphase.testdata.TestCorpus;

/**
 * Gamry .DTA: the corpus files of gamry-parser (cyclic voltammetry of five CURVE tables, chronoamperometry with decimal
 * commas, open-circuit potential, square wave, potentiostatic EIS complete and aborted, a CV with its OCVCURVE, cyclic
 * charge-discharge and its charge step, a Virtual Front Panel file) checked against the numbers gamry-parser's own tests
 * assert and against each file's redundant columns; impedance spectra, an aborted run (which holds the same 72-point ZCURVE, then "EXPERIMENTABORTED" and
 * the FRA curve at the abort, which is not data), a cyclic voltammogram of several CURVE tables written to Gamry's
 * layout by the test, and damaged files.
 */
class DtaTest {

    @TempDir
    Path folder;

    static Path shared(String file) {
        return TestCorpus.file(String.join("/", "gamry-dta", file));
    }

    @Test
    void impedanceSpectrumWithItsSettings() throws Exception {
        Dataset d = Importers.read(shared("exampleDataGamry.DTA"), null).dataset();
        assertEquals(Technique.EIS, d.technique());
        assertEquals(72, d.rows());
        assertEquals("Potentiostatic EIS", d.metadata().get(Metadata.TECHNIQUE_NAME));
        assertEquals("2018-04-23T16:43:15", d.metadata().get(Metadata.START_TIME));
        assertEquals("Gamry REF3000-34128", d.metadata().get(Metadata.INSTRUMENT));
        assertEquals(1e-4, Double.parseDouble(d.metadata().get(Metadata.ELECTRODE_AREA_M2)), 1e-15, "AREA 1 cm²");
        assertEquals("-50mV +5.66X10^-4 D8", d.metadata().get(Metadata.COMMENTS), "the NOTES lines");
        assertNull(d.metadata().get(Metadata.ABORTED));
        assertEquals("", warnings(d), "OCVCURVE holds the 387 rows it declares; nothing is beyond the importer");
        Column phase = d.column(QuantityKind.IMPEDANCE_PHASE).orElseThrow();
        assertEquals("rad", phase.unit());
        assertEquals(Math.toRadians(-58.86662), phase.get(0), 1e-12, "Zphz -58.86662° in the first row");
        Column re = d.column(QuantityKind.IMPEDANCE_REAL).orElseThrow();
        Column im = d.column(QuantityKind.IMPEDANCE_IMAGINARY).orElseThrow();
        Column mod = d.column(QuantityKind.IMPEDANCE_MODULUS).orElseThrow();
        for (int r = 0; r < d.rows(); r++) {
            // the file's own |Z| and phase agree with its Zreal and Zimag (to the 7 digits Gamry prints)
            assertEquals(mod.get(r), Math.hypot(re.get(r), im.get(r)), 1e-5 * mod.get(r), "row " + r);
            assertEquals(phase.get(r), Math.atan2(im.get(r), re.get(r)), 1e-5, "row " + r);
        }
    }

    /**
     * The file over docs/formats.md: exampleDataGamryABORT.DTA is UTF-8, not ISO-8859-1, and its Zphz unit is the
     * replacement character U+FFFD where the other file has a degree sign: read as degrees all the same.
     */
    @Test
    void anAbortedRunKeepsWhatWasMeasuredAndSaysSo() throws Exception {
        Dataset aborted = Importers.read(shared("exampleDataGamryABORT.DTA"), null).dataset();
        Dataset full = Importers.read(shared("exampleDataGamry.DTA"), null).dataset();
        assertEquals("true", aborted.metadata().get(Metadata.ABORTED));
        assertEquals("tables not read (not data of this technique): FRACURVE", warnings(aborted));
        assertEquals(Technique.EIS, aborted.technique());
        assertEquals(full.rows(), aborted.rows(), "the FRA curve after the abort is not data");
        for (QuantityKind kind : new QuantityKind[] { QuantityKind.FREQUENCY, QuantityKind.IMPEDANCE_REAL, QuantityKind.IMPEDANCE_IMAGINARY }) {
            for (int r = 0; r < full.rows(); r++) {
                assertEquals(full.column(kind).orElseThrow().get(r), aborted.column(kind).orElseThrow().get(r), 0, kind + " row " + r);
            }
        }
        assertEquals("2020-03-18T16:54:44", aborted.metadata().get(Metadata.START_TIME));
        assertEquals("rad", aborted.column(QuantityKind.IMPEDANCE_PHASE).orElseThrow().unit());
        assertEquals(full.column(QuantityKind.IMPEDANCE_PHASE).orElseThrow().get(0), aborted.column(QuantityKind.IMPEDANCE_PHASE).orElseThrow().get(0), 0);
    }

    @Test
    void aVoltammogramOfSeveralCurves() throws Exception {
        String dta = String.join("\n", "EXPLAIN", "TAG\tCV", "TITLE\tLABEL\tCyclic Voltammetry\tTest &Identifier",
                "DATE\tLABEL\t1/2/2026\tDate", "TIME\tLABEL\t9:05:00\tTime", "NOTES\tNOTES\t1\t&Notes...", "\tLi | LLZO | Li",
                "CURVE1\tTABLE", "\tPt\tT\tVf\tIm\tVu\tSig\tAch\tIERange\tOver\tTemp",
                "\t#\ts\tV vs. Ref.\tA\tV\tV\tV\t#\tbits\tdeg C",
                "\t0\t0,1\t0,5\t1,0E-006\t0\t0,5\t0\t5\t...........\t25,0",
                "\t1\t0,2\t0,6\t2,0E-006\t0\t0,6\t0\t5\t...........\t25,5",
                "CURVE2\tTABLE", "\tPt\tT\tVf\tIm\tVu\tSig\tAch\tIERange\tOver\tTemp",
                "\t#\ts\tV vs. Ref.\tA\tV\tV\tV\t#\tbits\tdeg C",
                "\t0\t0,3\t0,7\t3,0E-006\t0\t0,7\t0\t5\t...........\t26,0", "");
        Path file = folder.resolve("cv.DTA");
        Files.writeString(file, dta, StandardCharsets.ISO_8859_1);
        Dataset d = Importers.read(file, null).dataset();
        assertEquals(Technique.CYCLIC_VOLTAMMETRY, d.technique());
        assertEquals(3, d.rows());
        assertEquals(2.0, d.column("curve").orElseThrow().get(2), "the third row is from CURVE2");
        assertEquals(3.0e-6, d.column(QuantityKind.CURRENT).orElseThrow().get(2), 1e-18, "decimal comma");
        assertEquals(298.65, d.column(QuantityKind.TEMPERATURE).orElseThrow().get(1), 1e-9, "25,5 deg C in K");
        assertTrue(d.column("Over").isEmpty(), "overload flags are text, left out");
        assertEquals("2026-01-02T09:05", d.metadata().get(Metadata.START_TIME));
    }

    @Test
    void damagedFilesNameTheLine() throws Exception {
        String text = Files.readString(shared("exampleDataGamry.DTA"), StandardCharsets.ISO_8859_1);
        Path bad = folder.resolve("bad.DTA");
        Files.writeString(bad, text.replace("\t5\t9\t63328.12", "\t5\t9\t633x28.12"), StandardCharsets.ISO_8859_1);
        ImportException e = assertThrows(ImportException.class, () -> Importers.read(bad, null));
        assertEquals("gamry.dta", e.importer());
        assertTrue(e.location().matches("line \\d+"), e.location());
        assertEquals("table ZCURVE, field 3 (Freq) '633x28.12' is not a number", e.reason());

        Path cut = folder.resolve("cut.DTA");
        Files.writeString(cut, text.substring(0, text.indexOf("ZCURVE")), StandardCharsets.ISO_8859_1);
        ImportException c = assertThrows(ImportException.class, () -> Importers.read(cut, null));
        assertEquals("no data table (ZCURVE) in the file", c.reason());
    }

    static Dataset corpus(String file) throws Exception {
        return Importers.read(shared(file), null).dataset();
    }

    static String warnings(Dataset d) {
        return d.warnings().stream().map(ImportWarning::toString).collect(Collectors.joining("\n"));
    }

    /** gamry-parser's test_cv_fixture_curves: five curves of ten rows; the last row's T, Vf, Im, Sig, IERange. */
    @Test
    void cyclicVoltammetryOfFiveCurves() throws Exception {
        Dataset d = corpus("cv_data.dta");
        assertEquals(Technique.CYCLIC_VOLTAMMETRY, d.technique());
        assertEquals(50, d.rows());
        Column curve = d.column("curve").orElseThrow();
        for (int r = 0; r < 50; r++) {
            assertEquals(1 + r / 10, curve.get(r), "row " + r + " is in CURVE" + (1 + r / 10));
        }
        Column t = d.column(QuantityKind.TIME).orElseThrow();
        Column e = d.column(QuantityKind.POTENTIAL).orElseThrow();
        Column i = d.column(QuantityKind.CURRENT).orElseThrow();
        assertEquals("Vf", e.name());
        assertEquals("Im", i.name());
        assertEquals(0.1, t.get(0));
        assertEquals(1.0, t.get(9));
        assertEquals(0.5, e.get(9));
        assertEquals(49, d.column(QuantityKind.RECORD_INDEX).orElseThrow().get(49));
        assertEquals(601.1, t.get(49));
        assertEquals(0.889001, e.get(49));
        assertEquals(2.62272e-7, i.get(49));
        assertEquals(0.890, d.column("Sig").orElseThrow().get(49));
        assertEquals(5, d.column(QuantityKind.STATE).orElseThrow().get(49));
        assertEquals("2019-03-06T16:35:22", d.metadata().get(Metadata.START_TIME));
        assertEquals("test-notes-data", d.metadata().get(Metadata.COMMENTS), "the lines of CHECKNOTES, a parameter of type NOTES");
        assertEquals("", warnings(d), "nothing in this file is beyond the importer");
    }

    /** gamry-parser's test_decimal_comma_fixture: T, Vf and Im of the first and last rows, written with decimal commas. */
    @Test
    void chronoamperometryWithDecimalCommas() throws Exception {
        Dataset d = corpus("chronoa_de_data.dta");
        assertEquals(Technique.CHRONOAMPEROMETRY, d.technique());
        assertEquals(10, d.rows());
        assertEquals(270, d.column(QuantityKind.TIME).orElseThrow().get(9));
        assertEquals(90.0001, d.column(QuantityKind.TIME).orElseThrow().get(3));
        assertEquals(-5e-4, d.column(QuantityKind.POTENTIAL).orElseThrow().get(0));
        assertEquals(0.4, d.column(QuantityKind.POTENTIAL).orElseThrow().get(9));
        assertEquals(-2e-8, d.column(QuantityKind.CURRENT).orElseThrow().get(0));
        assertEquals(3e-9, d.column(QuantityKind.CURRENT).orElseThrow().get(9));
        assertEquals(1e-4, Double.parseDouble(d.metadata().get(Metadata.ELECTRODE_AREA_M2)), 1e-15, "AREA 1,00000E+000 cm²");
        assertTrue(warnings(d).contains("table CURVE declares 5258 rows, 10 are in the file"), warnings(d));
    }

    /**
     * gamry-parser's test_open_circuit_potential: 21 rows, T and Vf of the first and last; CRLF line ends, no line end
     * after the last row, a CURVE that declares 99999 rows, a day written 10-2-2020 and no temperature probe.
     */
    @Test
    void openCircuitPotential() throws Exception {
        Dataset d = corpus("ocp_data.dta");
        assertEquals(Technique.OPEN_CIRCUIT_VOLTAGE, d.technique());
        assertEquals(21, d.rows());
        assertEquals(5.00833, d.column(QuantityKind.TIME).orElseThrow().get(0));
        assertEquals(105.175, d.column(QuantityKind.TIME).orElseThrow().get(20));
        assertEquals(0.0205436, d.column(QuantityKind.POTENTIAL).orElseThrow().get(0));
        assertEquals(0.0345678, d.column(QuantityKind.POTENTIAL).orElseThrow().get(20));
        assertEquals("2020-10-02T17:18", d.metadata().get(Metadata.START_TIME));
        assertTrue(Double.isNaN(d.column(QuantityKind.TEMPERATURE).orElseThrow().get(0)), "-327.62 deg C is no temperature");
        String w = warnings(d);
        assertTrue(w.contains("declares 99999 rows, 21 are in the file"), w);
        assertTrue(w.contains("Temp below absolute zero"), w);
    }

    /** The impedance files of gamry-parser: 10 points to 0.5 Hz (".5"), and the same run aborted after 5 points. */
    @Test
    void impedanceCompleteAndAborted() throws Exception {
        Dataset d = corpus("eispot_data.dta");
        assertEquals(Technique.EIS, d.technique());
        assertEquals(10, d.rows());
        assertEquals(0.5, d.column(QuantityKind.FREQUENCY).orElseThrow().get(9));
        checkModulusAndPhase(d);
        Dataset aborted = corpus("eispot_data_curveaborted.dta");
        assertEquals("true", aborted.metadata().get(Metadata.ABORTED));
        assertEquals(5, aborted.rows());
        assertEquals(11, aborted.columns().size(), "gamry-parser's shape (5, 11)");
        checkModulusAndPhase(aborted);
        for (int r = 0; r < 5; r++) {
            assertEquals(d.column(QuantityKind.IMPEDANCE_REAL).orElseThrow().get(r), aborted.column(QuantityKind.IMPEDANCE_REAL).orElseThrow().get(r));
        }
    }

    /** Zmod and Zphz (°) agree with Zreal and Zimag to the digits Gamry prints. */
    static void checkModulusAndPhase(Dataset d) {
        Column re = d.column(QuantityKind.IMPEDANCE_REAL).orElseThrow();
        Column im = d.column(QuantityKind.IMPEDANCE_IMAGINARY).orElseThrow();
        Column mod = d.column(QuantityKind.IMPEDANCE_MODULUS).orElseThrow();
        Column phase = d.column(QuantityKind.IMPEDANCE_PHASE).orElseThrow();
        assertEquals("rad", phase.unit());
        for (int r = 0; r < d.rows(); r++) {
            assertEquals(mod.get(r), Math.hypot(re.get(r), im.get(r)), 1e-5 * mod.get(r), "row " + r);
            assertEquals(phase.get(r), Math.atan2(im.get(r), re.get(r)), 1e-5, "row " + r);
        }
    }

    /** A CV whose OCVCURVE (40 rows) comes first: only CURVE1 is data; the file ends without a line end. */
    @Test
    void theOpenCircuitTableBeforeAVoltammogramIsNotData() throws Exception {
        Dataset d = corpus("ocvcurve_data.dta");
        assertEquals(Technique.CYCLIC_VOLTAMMETRY, d.technique());
        assertEquals(11, d.rows());
        assertEquals(0.3, d.column(QuantityKind.TIME).orElseThrow().get(0));
        assertEquals(3.3, d.column(QuantityKind.TIME).orElseThrow().get(10));
        assertEquals(-4.24220e-5, d.column(QuantityKind.CURRENT).orElseThrow().get(10));
        assertEquals("", warnings(d));
    }

    /**
     * gamry-parser's test_cyclic_charge_discharge: the CAPACITYCURVE summary, one row per half-cycle (100), its first and
     * last rows; and test_charge_discharge: the charge step, 66 rows, whose Pwr is Vf * Im in every row.
     */
    @Test
    void chargeDischarge() throws Exception {
        Dataset d = corpus("ccd_data.dta");
        assertEquals(Technique.GALVANOSTATIC_CYCLING, d.technique());
        assertEquals(100, d.rows());
        double[] first = { 3493, 0, 1, 4362.108, 3492.657, 0.7937095, 1.206959, 3962.024 };
        double[] last = { 284885, 1, 50, 3114.31, 2488.698, 0.7620814, 0.3999423, -2055.479 };
        List<String> names = List.of("Time", "Type", "Cycle", "Charge", "Duration", "Vstart", "Vend", "Energy");
        for (int c = 0; c < names.size(); c++) {
            assertEquals(first[c], d.column(names.get(c)).orElseThrow().get(0), names.get(c));
            assertEquals(last[c], d.column(names.get(c)).orElseThrow().get(99), names.get(c));
        }
        assertEquals(QuantityKind.CHARGE, d.column("Charge").orElseThrow().kind());
        assertEquals(QuantityKind.ENERGY, d.column("Energy").orElseThrow().kind());
        assertEquals(QuantityKind.CYCLE_INDEX, d.column("Cycle").orElseThrow().kind());
        assertEquals(26.05891 + 273.15, d.column("Tstart").orElseThrow().get(99), 1e-9, "deg C in K");
        assertEquals("Cycle Limit", d.metadata().get("gamry.stop_reason"));

        Dataset step = corpus("ccd_charge_data.dta");
        assertEquals(Technique.GALVANOSTATIC_CYCLING, step.technique());
        assertEquals(66, step.rows());
        assertEquals(0.1, step.column(QuantityKind.TIME).orElseThrow().get(0));
        assertEquals(-0.289835, step.column(QuantityKind.POTENTIAL).orElseThrow().get(0));
        assertEquals(0.0200063, step.column(QuantityKind.CURRENT).orElseThrow().get(0));
        assertEquals(6.56833, step.column(QuantityKind.TIME).orElseThrow().get(65));
        Column power = step.column(QuantityKind.POWER).orElseThrow();
        for (int r = 0; r < 66; r++) {
            double p = step.column(QuantityKind.POTENTIAL).orElseThrow().get(r) * step.column(QuantityKind.CURRENT).orElseThrow().get(r);
            assertEquals(power.get(r), p, 1e-5 * Math.abs(power.get(r)) + 1e-9, "Pwr = Vf * Im, row " + r);
        }
    }

    /** gamry-parser's test_square_wave_voltammetry: an aborted run of 10 points where 251 were declared. */
    @Test
    void squareWaveAborted() throws Exception {
        Dataset d = corpus("squarewave_data.dta");
        assertEquals(Technique.UNKNOWN, d.technique(), "no class for square wave voltammetry");
        assertEquals("SQUARE_WAVE", d.metadata().get("gamry.tag"));
        assertEquals(10, d.rows());
        assertEquals("true", d.metadata().get(Metadata.ABORTED));
        assertEquals(0.01, d.column(QuantityKind.TIME).orElseThrow().get(0));
        assertEquals("Vstep", d.column(QuantityKind.POTENTIAL).orElseThrow().name());
        assertEquals("Idif", d.column(QuantityKind.CURRENT).orElseThrow().name());
        Column fwd = d.column("Ifwd").orElseThrow();
        Column rev = d.column("Irev").orElseThrow();
        for (int r = 0; r < 10; r++) {
            // the net current is forward minus reverse
            assertEquals(d.column(QuantityKind.CURRENT).orElseThrow().get(r), fwd.get(r) - rev.get(r), 1e-5 * Math.abs(fwd.get(r) - rev.get(r)) + 1e-12, "row " + r);
        }
        assertTrue(warnings(d).contains("declares 251 rows, 10 are in the file"), warnings(d));
    }

    /** gamry-parser's test_vfp600: no EXPLAIN line, no Pt or time column (T = row / FREQ, 15 Hz). */
    @Test
    void virtualFrontPanel() throws Exception {
        Dataset d = corpus("vfp600_data.dta");
        assertEquals(20, d.rows());
        assertEquals(0.0, d.column(QuantityKind.TIME).orElseThrow().get(0));
        assertEquals(127, Math.round(d.column(QuantityKind.TIME).orElseThrow().get(19) * 100));
        assertEquals(0.033333, d.column(QuantityKind.POTENTIAL).orElseThrow().get(19));
        assertEquals(5125, Math.round(d.column(QuantityKind.CURRENT).orElseThrow().get(19) * 1e13));
    }

    /**
     * Variants written by the test to Gamry's layout: the head cut off (no EXPLAIN, no TAG), the C runtime's 1.#QNAN, a
     * table cut off before its column names by an abort, a day-first date, an unknown column.
     */
    @Test
    void strippedHeadersAndOtherVariants() throws Exception {
        String stripped = String.join("\n", "TITLE\tLABEL\tChronoamperometry\tTest &Identifier", "DATE\tLABEL\t23.04.2018\tDate",
                "TIME\tLABEL\t16:43:15\tTime", "CURVE\tTABLE\t5", "\tPt\tT\tVf\tIm\tVext\tOver", "\t#\ts\tV vs. Ref.\tA\tfurlong\tbits",
                "\t0\t0.1\t0.5\t1.0E-006\t1\t...........", "\t1\t0.2\t0.5\t1.#QNAN\t1\t...........",
                "\t2\t0.3\t0.5\t-1.#INF\t1\t...........", "CURVE2\tTABLE", "EXPERIMENTABORTED\tTOGGLE\tT\tExperiment Aborted", "");
        Path file = folder.resolve("stripped.dta");
        Files.writeString(file, stripped, StandardCharsets.ISO_8859_1);
        Dataset d = Importers.read(file, null).dataset();
        assertEquals(Technique.UNKNOWN, d.technique());
        assertEquals(3, d.rows());
        assertTrue(Double.isNaN(d.column(QuantityKind.CURRENT).orElseThrow().get(1)));
        assertEquals(Double.NEGATIVE_INFINITY, d.column(QuantityKind.CURRENT).orElseThrow().get(2));
        assertEquals("2018-04-23T16:43:15", d.metadata().get(Metadata.START_TIME));
        assertEquals("true", d.metadata().get(Metadata.ABORTED));
        String w = warnings(d);
        for (String expected : new String[] { "no 'EXPLAIN' line", "no 'TAG' line", "declares 5 rows, 3 are in the file",
                "table CURVE2 has no column names or rows", "1.#QNAN", "Vext (furlong)" }) {
            assertTrue(w.contains(expected), expected + " in\n" + w);
        }
        assertEquals("furlong", d.column("Vext").orElseThrow().unit());
    }

    @Test
    void notesThatDeclareMoreLinesThanTheyHold() throws Exception {
        // the layout of a Framework 7.10.1 EISPOT file (ComPlat/chemotion-converter-app, test_files/ChemConverter/EIS/Gamry/
        // Framework-DTA/DHM-Cudmp_EISPOT - Copy.DTA): NOTES declares 3 lines, one follows, then the parameters; the
        // potentiostat and the DC voltage must not be swallowed as notes
        String text = String.join("\r\n", "EXPLAIN", "TAG\tEISPOT", "TITLE\tLABEL\tPotentiostatic EIS\tTest Identifier",
                "DATE\tLABEL\t25.1.2024\tDate", "TIME\tLABEL\t11:02:08\tTime", "NOTES\tNOTES\t3\tNotes...", "\t",
                "PSTAT\tPSTAT\tIFC1010-30012\tPotentiostat", "VDC\tPOTEN\t0.00000E+000\tT\tDC Voltage (V)",
                "AREA\tQUANT\t1.00000E+000\tSample Area (cm^2)", "FRAMEWORKVERSION\tLABEL\t7.10.1\tFramework Version", "ZCURVE\tTABLE",
                "\tPt\tTime\tFreq\tZreal\tZimag\tZsig\tZmod\tZphz\tIdc\tVdc\tIERange\tImod\tVmod\tTemp",
                "\t#\ts\tHz\tohm\tohm\tV\tohm\t\u00B0\tA\tV\t#\tA\tV\t\u00B0C",
                "\t0\t7\t100019.5\t59.89103\t-11.25287\t1\t60.939\t-10.64119\t-1.365696E-006\t-0.00061\t9\t0.0001651\t0.0100411\t1395.24",
                "\t1\t9\t79511.72\t58.61285\t-0.965082\t1\t58.6208\t-0.943311\t-1.433537E-006\t-0.0006739\t9\t0.0001759\t0.0102964\t1394.63",
                "");
        Path file = folder.resolve("notes.DTA");
        Files.writeString(file, text, StandardCharsets.ISO_8859_1);
        Dataset d = Importers.read(file, null).dataset();
        assertEquals(Technique.EIS, d.technique());
        assertEquals(2, d.rows());
        assertEquals("Gamry IFC1010-30012", d.metadata().get(Metadata.INSTRUMENT));
        assertNull(d.metadata().get(Metadata.COMMENTS));
        assertEquals(-0.965082, d.column(QuantityKind.IMPEDANCE_IMAGINARY).orElseThrow().get(1), 0);
        assertTrue(warnings(d).contains("NOTES declares 3 lines but 1 follow"), warnings(d));
    }

    static String start(String date, String time) {
        return DtaImporter.start(date, time).map(Object::toString).orElse(null);
    }

    @Test
    void datesAsWindowsLocalesWriteThem() {
        assertEquals("2018-04-23T16:43:15", start("4/23/2018", "16:43:15"));
        assertEquals("2018-04-23T16:43:15", start("23/04/2018", "4:43:15 PM"));
        assertEquals("2018-04-23T16:43:15", start("2018-04-23", "16:43:15"));
        assertEquals("2020-10-02T17:18", start("10-2-2020", "17:18:00"));
        assertEquals("2018-04-03T00:05", start("03.04.2018", "12:05:00 AM"));
        assertEquals(null, start("4/31/2018", "16:43:15"));
    }

    /** A run stopped in its OCVCURVE: no data of the technique, an error naming the table. */
    @Test
    void aRunStoppedBeforeItsDataIsRefused() throws Exception {
        String text = Files.readString(shared("ocvcurve_data.dta"), StandardCharsets.ISO_8859_1);
        Path cut = folder.resolve("ocv-only.dta");
        Files.writeString(cut, text.substring(0, text.indexOf("CURVE1")), StandardCharsets.ISO_8859_1);
        ImportException e = assertThrows(ImportException.class, () -> Importers.read(cut, null));
        assertEquals("no data table (CURVE) in the file", e.reason());
        Path renamed = folder.resolve("renamed.dta");
        Files.writeString(renamed, Files.readString(shared("cv_data.dta"), StandardCharsets.ISO_8859_1).replace("CURVE3\t", "CUSVE3\t"),
                StandardCharsets.ISO_8859_1);
        ImportException r = assertThrows(ImportException.class, () -> Importers.read(renamed, null));
        assertTrue(r.reason().contains("table CUSVE3 has the columns of the data tables CURVE"), r.reason());
    }

    /** Galvanostatic EIS as Gamry writes it without IERange and Vdc but with the drift-corrected pair; and unknown TAGs. */
    @Test
    void galvanostaticImpedanceAndTagFamilies() throws Exception {
        String dta = String.join("\r\n", "EXPLAIN", "TAG\tEISGALV", "TITLE\tLABEL\tGalvanostatic EIS\tTest &Identifier",
                "IDC\tQUANT\t1.00000E-003\tDC Current (A)", "ZCURVE\tTABLE\t2", "\tPt\tTime\tFreq\tZreal\tZimag\tZsig\tZmod\tZphz\tIdc\tZrealDrCor\tZimagDrCor",
                "\t#\ts\tHz\tohm\tohm\tV\tohm\t\u00b0\tA\tohm\tohm",
                "\t0\t1\t100000\t10\t-1\t1\t10.04988\t-5.710593\t0.001\t10.1\t-1.1",
                "\t1\t2\t10000\t12\t-5\t1\t13\t-22.61986\t0.001\t12.1\t-5.1", "");
        Path file = folder.resolve("galv.DTA");
        Files.writeString(file, dta, StandardCharsets.UTF_8);
        Dataset d = Importers.read(file, null).dataset();
        assertEquals(Technique.EIS, d.technique());
        assertEquals(2, d.rows());
        checkModulusAndPhase(d);
        assertEquals("Zreal", d.column(QuantityKind.IMPEDANCE_REAL).orElseThrow().name(), "the uncorrected pair first");
        assertEquals(-5.1, d.column("ZimagDrCor").orElseThrow().get(1));
        assertEquals("", warnings(d));
        assertEquals(Technique.EIS, DtaImporter.technique("HYBRIDEIS_ADVANCED"));
        assertEquals(Technique.GALVANOSTATIC_CYCLING, DtaImporter.technique("PWR800_DISCHARGE"));
        assertEquals(Technique.OPEN_CIRCUIT_VOLTAGE, DtaImporter.technique("PWR800_READVOLTAGE"));
        assertEquals(Technique.LINEAR_SWEEP_VOLTAMMETRY, DtaImporter.technique("POTDYN"));
        assertEquals(Technique.CHRONOPOTENTIOMETRY, DtaImporter.technique("CHRONOP"));
        assertEquals(Technique.UNKNOWN, DtaImporter.technique("MYSTERY"));
    }
}
