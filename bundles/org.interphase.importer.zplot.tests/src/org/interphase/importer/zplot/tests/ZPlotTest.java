/*
 * Copyright (c) 2026 the Interphase contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.interphase.importer.zplot.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.interphase.data.Column;
import org.interphase.data.Dataset;
import org.interphase.data.Datasets;
import org.interphase.data.Metadata;
import org.interphase.data.QuantityKind;
import org.interphase.data.Technique;
import org.interphase.importer.ImportException;
import org.interphase.importer.ImportResult;
import org.interphase.importer.Importers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.interphase.testdata.TestCorpus;

/**
 * Scribner ZPlot .z files of both layouts. Where a file disagrees with its own header, the file wins:
 * exampleDataZPlot.z declares "Data Points: 56" but holds 21 rows (a sweep from 300 kHz stopped at 3 kHz; impedance.py
 * expects the same 21 points), exampleDataZPlot_noComments.z declares 79 and holds 31: both are read as sweeps stopped
 * early (metadata "aborted"). And exampleDataZPlot_noComments.z is not in the "ZPLOT2 ASCII" layout docs/formats.md gives
 * for .z files but in the quoted "ZPlotW Data File" layout of Autolab's Z60W export (quoted lines, a point count, the
 * quoted column names, comma-separated rows): both layouts are read.
 */
class ZPlotTest {

    @TempDir
    Path folder;

    static Path shared(String file) {
        return TestCorpus.file(String.join("/", "zplot-z", file));
    }

    static Dataset read(Path file) throws Exception {
        return Importers.read(file, "zplot.z", Datasets::inMemory, null).dataset();
    }

    @Test
    void everyRealFileLoadsWithItsPoints() throws Exception {
        record Expect(String file, int rows, String planned, String start, double firstF, double lastF) {
        }
        for (Expect e : new Expect[] { new Expect("Circuit1_EIS_1.z", 48, "48", "2018-10-12T12:32:21", 50000, 1),
                new Expect("Circuit3_EIS_1.z", 53, "53", "2018-10-12T11:41:01", 150000, 1),
                new Expect("exampleDataZPlot.z", 21, "56", "2018-10-12T11:04:34", 300000, 3000),
                new Expect("exampleDataZPlot_noComments.z", 31, "79", "2019-12-17T16:24:35", 300000, 300) }) {
            Dataset d = read(shared(e.file()));
            assertEquals(Technique.EIS, d.technique(), e.file());
            assertEquals(e.rows(), d.rows(), e.file());
            assertEquals(e.planned(), d.metadata().get("planned_points"), e.file());
            assertEquals(e.start(), d.metadata().get(Metadata.START_TIME), e.file());
            Column f = d.column(QuantityKind.FREQUENCY).orElseThrow();
            assertEquals(e.firstF(), f.get(0), 1e-9, e.file());
            assertEquals(e.lastF(), f.get(d.rows() - 1), 1e-9, e.file());
            for (int r = 1; r < d.rows(); r++) {
                assertTrue(f.get(r) < f.get(r - 1), e.file() + ": one falling sweep");
            }
            Column re = d.column(QuantityKind.IMPEDANCE_REAL).orElseThrow();
            for (int r = 0; r < d.rows(); r++) {
                assertTrue(re.get(r) > 0, e.file() + ": Re(Z) > 0 at row " + r);
            }
            assertEquals("s", d.column(QuantityKind.TIME).orElseThrow().unit());
            assertEquals(e.rows() < Integer.parseInt(e.planned()) ? "true" : null, d.metadata().get(Metadata.ABORTED), e.file());
        }
        // Circuit1's last row: 1 Hz, Z' 75.803 Ohm, Z'' -0.16244 Ohm
        Dataset circuit1 = read(shared("Circuit1_EIS_1.z"));
        assertEquals(75.803, circuit1.column(QuantityKind.IMPEDANCE_REAL).orElseThrow().get(47), 0);
        assertEquals(-0.16244, circuit1.column(QuantityKind.IMPEDANCE_IMAGINARY).orElseThrow().get(47), 0);
        assertEquals("V", circuit1.column("Bias").orElseThrow().unit(), "a Control Voltage experiment: bias in volts");
        assertNull(circuit1.metadata().get(Metadata.ABORTED));
    }

    @Test
    void damagedFilesNameTheLine() throws Exception {
        String text = Files.readString(shared("Circuit1_EIS_1.z"), StandardCharsets.ISO_8859_1);
        Path bad = folder.resolve("bad.z");
        Files.writeString(bad, text.replace("1.255940E+00\t1.0000E-02", "1.255940E+00\t1.00x0E-02"), StandardCharsets.ISO_8859_1);
        ImportException e = assertThrows(ImportException.class, () -> Importers.read(bad, null));
        assertEquals("zplot.z", e.importer());
        assertTrue(e.location().startsWith("line "), e.location());
        assertEquals("field 2 (Ampl) '1.00x0E-02' is not a number", e.reason());

        Path more = folder.resolve("more.z");
        Files.writeString(more, text.replace("Data Points:                48", "Data Points:                47"), StandardCharsets.ISO_8859_1);
        ImportException m = assertThrows(ImportException.class, () -> Importers.read(more, null));
        assertEquals("more rows than the 47 points the file declares", m.reason());

        Path noData = folder.resolve("nodata.z");
        Files.writeString(noData, text.substring(0, text.indexOf("End Comments")), StandardCharsets.ISO_8859_1);
        ImportException n = assertThrows(ImportException.class, () -> Importers.read(noData, null));
        assertEquals("the file ends before 'End Comments' (no data)", n.reason());
    }

    /** Autolab's Z60W export (impedance.py's example file): ZPlot's quoted layout under another program name. */
    @Test
    void z60wExport() throws Exception {
        Path file = TestCorpus.file(String.join("/", "autolab-z60w", "exampleDataAutolab.txt"));
        ImportResult result = Importers.read(file, null);
        assertEquals("autolab.z60w", result.importer().id());
        Dataset d = result.dataset();
        assertEquals(Technique.EIS, d.technique());
        assertEquals(41, d.rows());
        assertEquals("41", d.metadata().get("planned_points"));
        assertEquals("Z60W 1.1", d.metadata().get(Metadata.SOFTWARE));
        assertEquals(10000, d.column(QuantityKind.FREQUENCY).orElseThrow().get(0));
        assertEquals(0.013785863964281, d.column(QuantityKind.IMPEDANCE_REAL).orElseThrow().get(0), 0);
        assertEquals(0.007191946305823, d.column(QuantityKind.IMPEDANCE_IMAGINARY).orElseThrow().get(0), 0, "Z''(b) is Im(Z), signed");
        assertEquals(0.1, d.column(QuantityKind.FREQUENCY).orElseThrow().get(40), 0);
    }
}
