/*
 * Copyright (c) 2026 the Interphase contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.interphase.importer.text.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;

import org.interphase.data.Column;
import org.interphase.data.Dataset;
import org.interphase.data.ImportWarning;
import org.interphase.data.Metadata;
import org.interphase.data.QuantityKind;
import org.interphase.data.Technique;
import org.interphase.importer.ImportException;
import org.interphase.importer.ImportResult;
import org.interphase.importer.Importers;
import org.interphase.testdata.TestCorpus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * CH Instruments exports: the corpus file (impedance.py's CHI660E spectrum) checked against its own |Z| and phase
 * columns, and the layouts of other models and techniques written by the test as the CHI software writes them (as the
 * heads quoted by open readers of CHI files show them: CHI1040C CV with Results and Segment lines, CHI760F OCPT,
 * CHI660D with tab-separated rows, CHI760E chronopotentiometry, multichannel and pulse columns).
 */
class ChInstrumentsTest {

    @TempDir
    Path folder;

    Dataset write(String name, String... lines) throws Exception {
        Path file = folder.resolve(name);
        Files.writeString(file, String.join("\r\n", lines) + "\r\n", StandardCharsets.ISO_8859_1);
        ImportResult r = Importers.read(file, null);
        assertEquals("text.chinstruments", r.importer().id(), name);
        return r.dataset();
    }

    static String warnings(Dataset d) {
        return d.warnings().stream().map(ImportWarning::toString).collect(Collectors.joining("\n"));
    }

    static final String[] HEAD = { "File: C:\\data\\run.bin", "Data Source:  Experiment", "Instrument Model:  CHI760E", "Header: ",
            "Note: ", "" };

    static String[] join(String[] head, String... rest) {
        String[] all = new String[head.length + rest.length];
        System.arraycopy(head, 0, all, 0, head.length);
        System.arraycopy(rest, 0, all, head.length, rest.length);
        return all;
    }

    /** Z/ohm and Phase/deg of the file agree with Z' and Z" to the four digits CHI prints; Z" is signed Im(Z). */
    @Test
    void theSpectrumAgreesWithItsOwnModulusAndPhase() throws Exception {
        Dataset d = Importers.read(TestCorpus.file("chinstruments-txt/exampleDataCHInstruments.txt"), null).dataset();
        Column re = d.column(QuantityKind.IMPEDANCE_REAL).orElseThrow();
        Column im = d.column(QuantityKind.IMPEDANCE_IMAGINARY).orElseThrow();
        Column mod = d.column(QuantityKind.IMPEDANCE_MODULUS).orElseThrow();
        Column phase = d.column(QuantityKind.IMPEDANCE_PHASE).orElseThrow();
        for (int r = 0; r < d.rows(); r++) {
            assertEquals(mod.get(r), Math.hypot(re.get(r), im.get(r)), 1e-3 * mod.get(r), "row " + r);
            assertEquals(phase.get(r), Math.atan2(im.get(r), re.get(r)), Math.toRadians(0.1), "row " + r); // 0.05° printed, 4 digits of Z' and Z"
        }
        assertEquals("", warnings(d));
        assertEquals("0.025", d.metadata().get("chi.Amplitude (V)"));
    }

    /** CHI1040C: a Results section with peaks per segment, then rows in sections headed "Segment N:". */
    @Test
    void cyclicVoltammetryInSegments() throws Exception {
        Dataset d = write("cv.csv", join(new String[] { "Sept. 5, 2019   09:10:11", "Cyclic Voltammetry" },
                join(HEAD, "Init E (V) = -0.2", "High E (V) = 0.6", "Low E (V) = -0.2", "Init P/N = P", "Scan Rate (V/s) = 0.1",
                        "Segment = 2", "Sample Interval (V) = 0.001", "Quiet Time (sec) = 2", "Sensitivity (A/V) = 1e-5", "", "Results:", "",
                        "Channel 1:", "Segment 1:", "Ep = 0.273V", "ip = 4.046e-6A", "Ah = 5.570e-5C", "", "Segment 2:", "Ep = 0.203V",
                        "ip = -3.911e-6A", "", "Potential/V, Current/A, Charge/C", "", "Segment 1:", "-0.200, -3.964e-6, 0.000e+0",
                        "-0.199, -3.815e-6, -3.9e-8", "Segment 2:", "0.600, 5.012e-6, 1.2e-5", "0.599, 4.977e-6, 1.19e-5")));
        assertEquals(Technique.CYCLIC_VOLTAMMETRY, d.technique());
        assertEquals(4, d.rows());
        assertEquals("2019-09-05T09:10:11", d.metadata().get(Metadata.START_TIME));
        assertEquals("CH Instruments CHI760E", d.metadata().get(Metadata.INSTRUMENT));
        assertEquals("0.1", d.metadata().get("chi.Scan Rate (V/s)"));
        assertNull(d.metadata().get("chi.Ep"), "the Results section is not a parameter list");
        Column segment = d.column("segment").orElseThrow();
        assertEquals(1, segment.get(1));
        assertEquals(2, segment.get(2));
        assertEquals(-3.815e-6, d.column(QuantityKind.CURRENT).orElseThrow().get(1));
        assertEquals(1.19e-5, d.column(QuantityKind.CHARGE).orElseThrow().get(3));
        assertEquals("", warnings(d));
    }

    /** CHI760F OCPT and an i-t curve: time in seconds ("sec"). */
    @Test
    void openCircuitPotentialAndCurrentAgainstTime() throws Exception {
        Dataset ocp = write("ocpt.txt", join(new String[] { "Mar. 6, 2026   13:55:19", "Open Circuit Potential - Time" },
                join(HEAD, "Sample Interval (V) = 0.1", "Run Time (sec) = 400", "", "Time/sec, Potential/V", "", "1.000e-1, 2.482e-1",
                        "2.000e-1, 2.469e-1")));
        assertEquals(Technique.OPEN_CIRCUIT_VOLTAGE, ocp.technique());
        assertEquals(0.2, ocp.column(QuantityKind.TIME).orElseThrow().get(1));
        assertEquals(0.2469, ocp.column(QuantityKind.POTENTIAL).orElseThrow().get(1));

        Dataset it = write("it.csv", join(new String[] { "Jan. 27, 2022   13:43:22", "Amperometric i-t Curve" },
                join(HEAD, "Init E (V) = 0.5", "Sample Interval (s) = 0.1", "Run Time (sec) = 400", "", "Time/sec, Current/A", "",
                        "0.1, 6.005e-5", "0.2, 5.991e-5", "0.3, 5.987e-5")));
        assertEquals(Technique.CHRONOAMPEROMETRY, it.technique());
        assertEquals(3, it.rows());
        assertEquals(5.987e-5, it.column(QuantityKind.CURRENT).orElseThrow().get(2));

        Dataset cp = write("cp.txt", join(new String[] { "Jan. 27, 2022   13:43:22", "Chronopotentiometry" },
                join(HEAD, "Cathodic Current (A) = -0.025", "Anodic Current (A) = 0.025", "", "Time/sec, Potential/V", "", "2.0, 0.41",
                        "4.0, 0.43")));
        assertEquals(Technique.CHRONOPOTENTIOMETRY, cp.technique());
    }

    /** CHI660D: comma-separated column names over tab-separated rows; a month written in full. */
    @Test
    void tabSeparatedRows() throws Exception {
        Dataset d = write("660d.txt", "June 21, 2023   16:01:40", "Cyclic Voltammetry", "Instrument Model:  CHI660D", "Scan Rate (V/s) = 1", "",
                "Potential/V, Current/A", "", "-0.700\t-6.114e-6", "-0.701\t-6.786e-6", "-0.702\t-7.061e-6");
        assertEquals(3, d.rows());
        assertEquals("2023-06-21T16:01:40", d.metadata().get(Metadata.START_TIME));
        assertEquals(-7.061e-6, d.column(QuantityKind.CURRENT).orElseThrow().get(2));
    }

    /** Multichannel models write one current per electrode; pulse techniques their net, forward and reverse currents. */
    @Test
    void multichannelAndPulseColumns() throws Exception {
        Dataset multi = write("multi.txt", join(new String[] { "Feb. 1, 2021   10:00:00", "Linear Sweep Voltammetry" },
                join(HEAD, "Potential/V, i1/A, i2/A", "", "0.100, 1.0e-6, 2.0e-6", "0.101, 1.1e-6, 2.1e-6")));
        assertEquals(Technique.LINEAR_SWEEP_VOLTAMMETRY, multi.technique());
        assertEquals("i1", multi.column(QuantityKind.CURRENT).orElseThrow().name());
        assertEquals("A", multi.column("i2").orElseThrow().unit());
        assertEquals("", warnings(multi));

        Dataset swv = write("swv.txt", join(new String[] { "Feb. 1, 2021   10:00:00", "Square Wave Voltammetry" },
                join(HEAD, "Potential/V, Diff(i/A), For(i/A), Rev(i/A)", "", "-0.100, 3.0e-6, 2.0e-6, -1.0e-6")));
        assertEquals(Technique.UNKNOWN, swv.technique());
        assertEquals("Diff(i)", swv.column(QuantityKind.CURRENT).orElseThrow().name());
        assertEquals(-1e-6, swv.column("Rev(i)").orElseThrow().get(0));
        assertEquals("", warnings(swv));
    }

    /** What the importer does not know is kept and said: an unknown column, impedance at one frequency, a head cut off. */
    @Test
    void warningsForWhatIsNotUnderstood() throws Exception {
        Dataset ms = write("ms.txt", join(new String[] { "Feb. 1, 2021   10:00:00", "Impedance - Potential" },
                join(HEAD, "Potential/V, Z'/ohm, Z\"/ohm, Z/ohm, Phase/deg, Cs/F, Wobble/zz", "", "0.1, 10, -5, 11.18, -26.6, 1e-6, 3")));
        assertEquals(Technique.UNKNOWN, ms.technique(), "Mott-Schottky: no frequency column");
        assertTrue(warnings(ms).contains("without a frequency column"), warnings(ms));
        assertTrue(warnings(ms).contains("Wobble/zz"), warnings(ms));
        assertEquals(1e-6, ms.column("Cs").orElseThrow().get(0));

        Dataset cut = write("cut.txt", "Linear Sweep Voltammetry", "File: x.bin", "Instrument Model:  CHI660E", "", "Potential/V, Current/A", "",
                "0.0, 7.091e-8", "0.001, 7.2e-8");
        assertEquals(Technique.LINEAR_SWEEP_VOLTAMMETRY, cut.technique());
        assertEquals(2, cut.rows());
        assertTrue(warnings(cut).contains("no date on line 1"), warnings(cut));
    }

    @Test
    void aDamagedRowNamesItsLine() throws Exception {
        Path file = folder.resolve("bad.txt");
        Files.writeString(file, String.join("\n", "Feb. 20, 2020   15:55:08", "Cyclic Voltammetry", "Instrument Model:  CHI660E", "",
                "Potential/V, Current/A", "", "0.0, 1e-6", "0.1, 1e-6x", ""), StandardCharsets.ISO_8859_1);
        ImportException e = assertThrows(ImportException.class, () -> Importers.read(file, null));
        assertEquals("text.chinstruments", e.importer());
        assertEquals("line 8", e.location());
        assertEquals("field 2 (Current/A) '1e-6x' is not a number", e.reason());
        Files.writeString(file, String.join("\n", "Feb. 20, 2020   15:55:08", "Cyclic Voltammetry", "Instrument Model:  CHI660E", "",
                "Potential/V, Current/A", "", "0.0, 1e-6, 3", ""), StandardCharsets.ISO_8859_1);
        ImportException f = assertThrows(ImportException.class, () -> Importers.read(file, null));
        assertEquals("3 fields, the 2 column names need as many", f.reason());
    }

    /**
     * D3TaLES' CHI650E voltammograms (TEMPO at a microelectrode): empty "Segment N:" lines before the column names; as
     * many points as the parameters plan (Segment x (High E - Low E) / Sample Interval), every potential within the
     * limits, the first sweep going up (Init P/N = P). The steady-state oxidation plateau is positive: the current is as
     * CHI wrote it, anodic positive in these files.
     */
    @Test
    void realVoltammogramsOfACh650e() throws Exception {
        for (String[] file : new String[][] { { "cycle04_cv01_14_43_42.txt", "0.8", "2024-06-04T14:46:50" },
                { "cycle10_cv05_17_07_15.txt", "0.7", "2024-06-25T17:10:05" } }) {
            Dataset d = Importers.read(TestCorpus.file("chinstruments-txt/" + file[0]), null).dataset();
            double high = Double.parseDouble(d.metadata().get("chi.High E (V)"));
            double low = Double.parseDouble(d.metadata().get("chi.Low E (V)"));
            double interval = Double.parseDouble(d.metadata().get("chi.Sample Interval (V)"));
            int segments = Integer.parseInt(d.metadata().get("chi.Segment"));
            assertEquals(Double.parseDouble(file[1]), high);
            assertEquals(Math.round(segments * (high - low) / interval), d.rows(), file[0]);
            assertEquals(Technique.CYCLIC_VOLTAMMETRY, d.technique());
            assertEquals("CH Instruments CHI650E", d.metadata().get(Metadata.INSTRUMENT));
            assertEquals(file[2], d.metadata().get(Metadata.START_TIME));
            assertEquals("CV " + file[0].replace(".txt", ""), d.metadata().get(Metadata.COMMENTS));
            Column e = d.column(QuantityKind.POTENTIAL).orElseThrow();
            Column i = d.column(QuantityKind.CURRENT).orElseThrow();
            int half = d.rows() / 2;
            for (int r = 0; r < d.rows(); r++) {
                assertTrue(e.get(r) >= low && e.get(r) <= high, "row " + r);
                if (r > 0 && r != half) {
                    assertEquals(r < half ? interval : -interval, e.get(r) - e.get(r - 1), 1e-9, "row " + r);
                }
            }
            assertTrue(i.get(half - 1) > 2e-7, "the oxidation plateau at High E is positive");
            assertTrue(d.column("segment").isEmpty(), "no Segment line among the rows");
            assertEquals("", warnings(d));
        }
    }
}
