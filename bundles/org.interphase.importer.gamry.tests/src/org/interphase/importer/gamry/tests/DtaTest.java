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

import org.interphase.data.Column;
import org.interphase.data.Dataset;
import org.interphase.data.Metadata;
import org.interphase.data.QuantityKind;
import org.interphase.data.Technique;
import org.interphase.importer.ImportException;
import org.interphase.importer.Importers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.interphase.testdata.TestCorpus;

/**
 * Gamry .DTA: impedance spectra, an aborted run (which holds the same 72-point ZCURVE, then "EXPERIMENTABORTED" and
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
}
