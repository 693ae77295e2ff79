/*
 * Copyright (c) 2026 the Interphase contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.interphase.importer.text.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.interphase.data.Column;
import org.interphase.data.Dataset;
import org.interphase.data.QuantityKind;
import org.interphase.data.Technique;
import org.interphase.importer.ImportResult;
import org.interphase.importer.Importers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.interphase.testdata.TestCorpus;

/**
 * The generic reader on the spellings real exports use (the header variants pyimpspec's tests read, PSTrace's units line,
 * battery testers' "Time [h]; Current [µA]; Capacity [mAh]"), written by this test: frequency and impedance in any common
 * spelling and sign, |Z| and phase only, units in brackets or after a slash, decimal commas, tabs, semicolons, commas and
 * blanks, a byte order mark, Latin-1, UTF-8 and UTF-16, and any extension. The spectrum is one RC circuit's:
 * Z = R0 + R1 / (1 + j w R1 C) with R0 = 100 Ohm, R1 = 400 Ohm, C = 10 µF, so every reading can be checked against it.
 */
class GenericTextVariantsTest {

    @TempDir
    Path folder;

    static final double[] F = { 1e4, 1e3, 100, 10, 1 };

    static double re(double f) {
        double wrc = 2 * Math.PI * f * 400 * 10e-6;
        return 100 + 400 / (1 + wrc * wrc);
    }

    static double im(double f) {
        double wrc = 2 * Math.PI * f * 400 * 10e-6;
        return -400 * wrc / (1 + wrc * wrc);
    }

    /** The spectrum as text: a header, then per frequency the values the columns ask for, joined by the separator. */
    static String spectrum(String header, String separator, boolean decimalComma, java.util.function.DoubleFunction<double[]> row) {
        StringBuilder s = new StringBuilder(header).append("\r\n");
        for (double f : F) {
            double[] values = row.apply(f);
            for (int i = 0; i < values.length; i++) {
                String v = Double.toString(values[i]);
                s.append(i == 0 ? "" : separator).append(decimalComma ? v.replace('.', ',') : v);
            }
            s.append("\r\n");
        }
        return s.toString();
    }

    Dataset read(String name, String text, Charset charset, boolean bom) throws Exception {
        Path file = folder.resolve(name);
        byte[] body = text.getBytes(charset);
        byte[] mark = !bom ? new byte[0] : charset == StandardCharsets.UTF_8 ? new byte[] { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF }
                : new byte[] { (byte) 0xFF, (byte) 0xFE };
        byte[] bytes = new byte[mark.length + body.length];
        System.arraycopy(mark, 0, bytes, 0, mark.length);
        System.arraycopy(body, 0, bytes, mark.length, body.length);
        Files.write(file, bytes);
        ImportResult r = Importers.read(file, null);
        assertEquals("text.columns", r.importer().id(), name);
        return r.dataset();
    }

    static void assertSpectrum(Dataset d, String name) {
        assertEquals(Technique.EIS, d.technique(), name);
        assertEquals(F.length, d.rows(), name);
        Column f = d.column(QuantityKind.FREQUENCY).orElseThrow();
        Column re = d.column(QuantityKind.IMPEDANCE_REAL).orElseThrow();
        Column im = d.column(QuantityKind.IMPEDANCE_IMAGINARY).orElseThrow();
        assertEquals("Hz", f.unit());
        assertEquals("Ohm", re.unit());
        for (int i = 0; i < F.length; i++) {
            assertEquals(F[i], f.get(i), F[i] * 1e-12, name + " f");
            assertEquals(re(F[i]), re.get(i), 1e-9 * re(F[i]), name + " Re(Z) at " + F[i] + " Hz");
            assertEquals(im(F[i]), im.get(i), 1e-9 * Math.abs(im(F[i])) + 1e-12, name + " Im(Z) at " + F[i] + " Hz");
        }
    }

    @Test
    void impedanceInEverySpellingAndSign() throws Exception {
        // pyimpspec's header variants: "freq,Zre,-Zim", "frequency,real,imaginary"; EC-Lab's; ZView's; tab, semicolon, blanks
        assertSpectrum(read("v2.csv", spectrum("freq,Zre,-Zim", ",", false, f -> new double[] { f, re(f), -im(f) }), StandardCharsets.UTF_8, false),
                "freq,Zre,-Zim");
        assertSpectrum(read("v3.csv", spectrum("frequency,real,imaginary", ",", false, f -> new double[] { f, re(f), im(f) }), StandardCharsets.UTF_8,
                false), "frequency,real,imaginary");
        assertSpectrum(read("mpt-like.txt", spectrum("freq/Hz\tRe(Z)/Ohm\t-Im(Z)/Ohm", "\t", true, f -> new double[] { f, re(f), -im(f) }),
                StandardCharsets.ISO_8859_1, false), "freq/Hz Re(Z)/Ohm -Im(Z)/Ohm, decimal comma");
        assertSpectrum(read("kilo.dat", spectrum("Frequency [kHz];Z' [kΩ];Z'' [kΩ]", ";", true, f -> new double[] { f / 1e3, re(f) / 1e3, im(f) / 1e3 }),
                StandardCharsets.UTF_8, true), "kHz and kΩ in brackets, BOM, semicolons, decimal comma");
        assertSpectrum(read("blanks.txt", spectrum("f Z' Z''", " ", false, f -> new double[] { f, re(f), im(f) }), StandardCharsets.UTF_8, false),
                "blank separated, no units");
        assertSpectrum(read("utf16.export", spectrum("Freq (Hz)\tZ_re (ohm)\tZ_im (ohm)", "\t", false, f -> new double[] { f, re(f), im(f) }),
                StandardCharsets.UTF_16LE, true), "UTF-16 with a byte order mark, an extension of its own");
    }

    @Test
    void aPositiveImaginaryPartIsReadAsWrittenAndWarned() throws Exception {
        Dataset d = read("minus-im.csv", spectrum("f,Z',Z''", ",", false, f -> new double[] { f, re(f), -im(f) }), StandardCharsets.UTF_8, false);
        assertEquals(Technique.EIS, d.technique());
        assertEquals(-im(F[0]), d.column(QuantityKind.IMPEDANCE_IMAGINARY).orElseThrow().get(0), 1e-9, "kept as written");
        assertTrue(d.warnings().stream().anyMatch(w -> w.what().startsWith("Im(Z) is positive on 5 of 5 points")), d.warnings().toString());
    }

    /** MethodSCRIPT's CSV (PalmSens' examples write it so): names without units, a current-range and a status column of words. */
    @Test
    void columnsOfRangesAndStatusWords() throws Exception {
        StringBuilder text = new StringBuilder("Index,Potential,Current,Frequency,Zreal,Zimag,CR,Status\n");
        for (int k = 0; k < F.length; k++) {
            text.append(k + 1).append(",0.000000,0.000000,").append(F[k]).append(',').append(re(F[k])).append(',').append(im(F[k]))
                    .append(k < 2 ? ",100uA (High speed),OK\n" : ",1mA,OK\n");
        }
        Dataset d = read("ms-eis.csv", text.toString(), StandardCharsets.UTF_8, false);
        assertSpectrum(d, "MethodSCRIPT CSV");
        assertEquals("0=100uA (High speed); 1=1mA", d.metadata().get("CR.codes"));
        assertEquals(5.0, d.column(QuantityKind.RECORD_INDEX).orElseThrow().get(4), 0);
        // its sweeps: frequency 0 and the impedance written "1.#INF00" (Windows' C runtime): not a spectrum
        Dataset lsv = read("ms-lsv.csv", "Index,Potential,Current,Frequency,Zreal,Zimag,CR,Status\n1,-0.499905,-0.000050,0.000000,1.#INF00,1.#INF00,1mA (High speed),OK\n"
                + "2,-0.449717,-0.000045,0.000000,1.#INF00,-1.#IND00,1mA (High speed),Underload\n", StandardCharsets.UTF_8, false);
        assertEquals(Technique.UNKNOWN, lsv.technique());
        assertEquals(Double.POSITIVE_INFINITY, lsv.column(QuantityKind.IMPEDANCE_REAL).orElseThrow().get(0), 0);
        assertTrue(Double.isNaN(lsv.column(QuantityKind.IMPEDANCE_IMAGINARY).orElseThrow().get(1)));
        assertTrue(lsv.metadata().get("technique_inferred").startsWith("UNKNOWN: frequency and impedance columns, but no row"));
    }

    @Test
    void modulusAndPhaseOnlyGiveTheSpectrum() throws Exception {
        // pyimpspec's "frequency,|Z|,-phase": phase in degrees without a unit, with the minus
        Dataset d = read("v4.csv", spectrum("frequency,|Z|,-phase", ",", false,
                f -> new double[] { f, Math.hypot(re(f), im(f)), -Math.toDegrees(Math.atan2(im(f), re(f))) }), StandardCharsets.UTF_8, false);
        assertSpectrum(d, "frequency,|Z|,-phase");
        assertTrue(d.metadata().get("impedance_derived").startsWith("Re(Z) = |Z| cos(phase)"));
        assertTrue(d.warnings().stream().anyMatch(w -> w.what().contains("read in degrees")), d.warnings().toString());
        // with a unit, no warning; the phase's sign as written ("Phase (°)" negative for this capacitive spectrum)
        Dataset e = read("bode.csv", spectrum("Frequency (Hz),|Z| (Ohm),Phase (°)", ",", false,
                f -> new double[] { f, Math.hypot(re(f), im(f)), Math.toDegrees(Math.atan2(im(f), re(f))) }), StandardCharsets.UTF_8, false);
        assertSpectrum(e, "Frequency (Hz),|Z| (Ohm),Phase (°)");
        assertTrue(e.warnings().isEmpty(), e.warnings().toString());
    }

    @Test
    void cyclingColumnsWithUnitsInBracketsAndLatin1() throws Exception {
        String text = "Time [h];Voltage [V];Current [µA];Capacity [mAh]\r\n0,0;3,70;150,0;0,0\r\n0,5;3,80;150,0;0,075\r\n1,0;3,85;-150,0;0,15\r\n";
        Dataset d = read("cycling.txt", text, StandardCharsets.ISO_8859_1, false);
        assertEquals(Technique.GALVANOSTATIC_CYCLING, d.technique());
        assertEquals(3600.0, d.column(QuantityKind.TIME).orElseThrow().get(2), 1e-9, "hours");
        assertEquals(-150e-6, d.column(QuantityKind.CURRENT).orElseThrow().get(2), 1e-18, "µA in Latin-1");
        assertEquals(0.15 * 3.6, d.column(QuantityKind.CHARGE).orElseThrow().get(2), 1e-12, "mAh to C");
        Dataset slash = read("cycling.csv", "t/s,E/V,I/mA,Q/mAh\n0,3.7,1.5,0\n10,3.8,1.5,0.0041667\n", StandardCharsets.UTF_8, false);
        assertEquals(Technique.GALVANOSTATIC_CYCLING, slash.technique());
        assertEquals(1.5e-3, slash.column(QuantityKind.CURRENT).orElseThrow().get(1), 1e-15);
    }

    /**
     * A real Battery Data Format export (cellpy's test file, its first 40 rows; testdata/PROVENANCE.tsv): names as
     * "Test Time / h". Checked against the file's own numbers: its discharge capacity is the integral of its current.
     */
    @Test
    void batteryDataFormatExport() throws Exception {
        ImportResult r = Importers.read(TestCorpus.file("text-bdf/batmo_bdf.first40.csv"), null);
        assertEquals("text.columns", r.importer().id());
        Dataset d = r.dataset();
        assertEquals(Technique.GALVANOSTATIC_CYCLING, d.technique());
        assertEquals(40, d.rows());
        Column t = d.column(QuantityKind.TIME).orElseThrow();
        Column i = d.column(QuantityKind.CURRENT).orElseThrow();
        Column q = d.column("Discharge Capacity").orElseThrow();
        assertEquals("s", t.unit());
        assertEquals(500.0, t.get(0), 1e-9, "0.138888888888889 h");
        assertEquals("C", q.unit());
        double integral = 0;
        for (int k = 1; k < d.rows(); k++) {
            integral += 0.5 * (i.get(k) + i.get(k - 1)) * (t.get(k) - t.get(k - 1));
            assertEquals(integral, q.get(k), 1e-9 * Math.max(1, integral), "capacity = integral of the current at row " + k);
        }
        assertEquals(1.0, d.column(QuantityKind.CYCLE_INDEX).orElseThrow().get(39), 0, "Cycle Count");
        assertEquals("0=discharge", d.metadata().get("Step Type.codes"));
    }

    @Test
    void aLineOfUnitsNamesTheQuantities() throws Exception {
        // PSTrace's CSV export: a line of units under a preamble, UTF-16 with a byte order mark
        String text = "Date and time measurement:,2024-02-27 17:00:00\r\nV,µA\r\n-0.1,1.5\r\n0.0,2.5\r\n0.1,3.5\r\n";
        Dataset d = read("pstrace.csv", text, StandardCharsets.UTF_16LE, true);
        assertEquals(2.5e-6, d.column(QuantityKind.CURRENT).orElseThrow().get(1), 1e-18);
        assertEquals(0.1, d.column(QuantityKind.POTENTIAL).orElseThrow().get(2), 1e-15);
    }

    @Test
    void curvesSideBySideAreStackedWithTheirNumber() throws Exception {
        // PSTrace's CSV export of a voltammogram of several scans: a pair of columns (V, µA) per scan, side by side, the
        // last scan shorter; the layout of the PSTrace CSV files read by proespm and the PalmSens CSV writers of public
        // projects (values synthetic)
        String text = String.join("\r\n", "Date and time:,2024-11-05 10:38:50", "Notes:", ",,,,",
                "Cyclic Voltammetry: CV i vs E Scan 1,,Cyclic Voltammetry: CV i vs E Scan 2,",
                "Date and time measurement:,2024-11-05 10:38:50,Date and time measurement:,2024-11-05 10:38:50", "V,\u00B5A,V,\u00B5A",
                "-0.2,100,-0.2,90", "-0.3,95,-0.3,85", "-0.4,90,,", "");
        Dataset d = read("pstrace-scans.csv", text, StandardCharsets.UTF_16LE, true);
        assertEquals(Technique.CYCLIC_VOLTAMMETRY, d.technique());
        assertEquals(5, d.rows());
        assertEquals(3, d.columns().size());
        double[] cycle = { 1, 2, 1, 2, 1 };
        double[] current = { 100e-6, 90e-6, 95e-6, 85e-6, 90e-6 };
        for (int r = 0; r < 5; r++) {
            assertEquals(cycle[r], d.column(QuantityKind.CYCLE_INDEX).orElseThrow().get(r), 0);
            assertEquals(current[r], d.column(QuantityKind.CURRENT).orElseThrow().get(r), 1e-15);
        }
        assertTrue(d.metadata().get("text.curves_side_by_side").startsWith("2 curves of 2 columns"));
    }

    @Test
    void aNegatedPhaseInPSTracesSpelling() throws Exception {
        // PSTrace's CSV of a spectrum: "neg. Phase / °" is minus the phase, "-Z'' / Ohm" minus Im(Z) (values synthetic)
        String text = String.join("\r\n", "Date and time:,2025-01-01 12:01:00", "Notes:", ",,,,,,,",
                "Impedance Spectroscopy: Impedance Spectroscopy Channel 3,,,,,,,", "Date and time measurement:,2025-01-01 12:01:00,,,,,,",
                "freq / Hz,neg. Phase / \u00B0,Idc / uA,Z / Ohm,Z' / Ohm,-Z'' / Ohm,Cs / F,Time / s",
                "100000,5.2,0.01,105.0,104.6,9.5,1.67E-07,0.5", "10000,30.1,0.01,140.0,121.1,70.2,2.27E-07,1.5", "");
        Dataset d = read("pstrace-eis.csv", text, StandardCharsets.UTF_16LE, true);
        assertEquals(Technique.EIS, d.technique());
        assertEquals(-30.1 * Math.PI / 180, d.column(QuantityKind.IMPEDANCE_PHASE).orElseThrow().get(1), 1e-12);
        assertEquals(-70.2, d.column(QuantityKind.IMPEDANCE_IMAGINARY).orElseThrow().get(1), 1e-12);
    }
}
