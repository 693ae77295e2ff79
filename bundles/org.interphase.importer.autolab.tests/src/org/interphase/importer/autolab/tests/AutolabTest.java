/*
 * Copyright (c) 2026 the Interphase contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.interphase.importer.autolab.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.interphase.data.Column;
import org.interphase.data.Dataset;
import org.interphase.data.Datasets;
import org.interphase.data.QuantityKind;
import org.interphase.data.Technique;
import org.interphase.importer.ImportException;
import org.interphase.importer.ImportResult;
import org.interphase.importer.Importers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Autolab formats NOVA ASCII and .dfr, of which no real file is in the corpus: tested with files this test writes to
 * the documented layouts. (Autolab's Z60W export is ZPlot's layout: its importer and test are in the ZPlot bundles.)
 */
class AutolabTest {

    @TempDir
    Path folder;

    @Test
    void novaAsciiExport() throws Exception {
        Path eis = folder.resolve("nova-eis.txt");
        Files.writeString(eis, "Index;Frequency (Hz);Z' (Ω);-Z'' (Ω);Z (Ω);-Phase (°);Time (s)\n"
                + "1;100000;10,5;2,5;10,79;13,39;0,5\n"
                + "2;10000;12,0;-1,0;12,04;-4,76;1,5\n", StandardCharsets.UTF_8);
        ImportResult r = Importers.read(eis, null);
        assertEquals("autolab.nova", r.importer().id());
        Dataset d = r.dataset();
        assertEquals(Technique.EIS, d.technique());
        assertEquals(2, d.rows());
        assertEquals(10.5, d.column(QuantityKind.IMPEDANCE_REAL).orElseThrow().get(0), 0, "decimal comma");
        Column im = d.column(QuantityKind.IMPEDANCE_IMAGINARY).orElseThrow();
        assertEquals("Z''", im.name());
        assertEquals(-2.5, im.get(0), 0, "-Z'' 2,5 is Im(Z) -2.5");
        assertEquals(Math.toRadians(-13.39), d.column(QuantityKind.IMPEDANCE_PHASE).orElseThrow().get(0), 1e-12);
        assertEquals("Ohm", im.unit());

        Path cv = folder.resolve("nova-cv.txt");
        Files.writeString(cv, "Potential applied (V);Time (s);WE(1).Current (A);Scan;Index;WE(1).Potential (V)\n"
                + "0.1;0.01;1.2E-06;1;1;0.0999\n0.2;0.02;2.4E-06;1;2;0.1999\n0.1;0.03;-1E-06;2;3;0.1001\n", StandardCharsets.UTF_8);
        Dataset c = Importers.read(cv, null).dataset();
        assertEquals(Technique.CYCLIC_VOLTAMMETRY, c.technique());
        assertEquals("WE(1).Potential", c.column(QuantityKind.POTENTIAL).orElseThrow().name());
        assertEquals(QuantityKind.OTHER, c.column("Potential applied").orElseThrow().kind(), "the set potential is not the measured one");
        assertEquals(2.0, c.column(QuantityKind.CYCLE_INDEX).orElseThrow().get(2));

        Path bad = folder.resolve("nova-bad.txt");
        Files.writeString(bad, "Time (s);WE(1).Potential (V);WE(1).Current (A)\n0;1;2\n1;x;3\n", StandardCharsets.UTF_8);
        ImportException e = assertThrows(ImportException.class, () -> Importers.read(bad, "autolab.nova", Datasets::inMemory, null));
        assertEquals(bad + ": autolab.nova: line 3: field 2 (WE(1).Potential (V)) 'x' is not a number", e.getMessage());
    }

    static String dfr(String version, int declared, double[][] points) {
        StringBuilder s = new StringBuilder("VERSION" + version + "\r\n" + declared + "\r\n0\r\n");
        for (double[] p : points) {
            for (double v : p) {
                s.append(v).append("\r\n");
            }
        }
        return s.toString();
    }

    @Test
    void dfrFile() throws Exception {
        double[][] points = { { 1e5, 10.0, 2.0, 0.1, 1e-6, 1.0, 0, 0, 0 }, { 1e3, 12.0, 5.0, 0.1, 2e-6, 2.0, 0, 0, 0 } };
        Path file = folder.resolve("spectrum.dfr");
        Files.writeString(file, dfr("2.2", 2, points), StandardCharsets.ISO_8859_1);
        ImportResult r = Importers.read(file, null);
        assertEquals("autolab.dfr", r.importer().id());
        Dataset d = r.dataset();
        assertEquals(2, d.rows());
        assertEquals("2.2", d.metadata().get("dfr_version"));
        assertEquals(-5.0, d.column(QuantityKind.IMPEDANCE_IMAGINARY).orElseThrow().get(1), 0, "Z'' is stored negated");
        assertEquals(2e-6, d.column(QuantityKind.CURRENT).orElseThrow().get(1), 0);
        assertEquals(2.0, d.column(QuantityKind.TIME).orElseThrow().get(1), 0);

        Path shortFile = folder.resolve("short.dfr");
        Files.writeString(shortFile, dfr("2.2", 3, points), StandardCharsets.ISO_8859_1);
        ImportException e = assertThrows(ImportException.class, () -> Importers.read(shortFile, null));
        assertEquals("the file ends inside point 3 of 3", e.reason());
        assertEquals("line 22", e.location());

        Path longFile = folder.resolve("long.dfr");
        Files.writeString(longFile, dfr("2.2", 1, points), StandardCharsets.ISO_8859_1);
        // lines after the declared points (newer versions write settings there) are reported, not read
        Dataset longer = Importers.read(longFile, null).dataset();
        assertEquals(1, longer.rows());
        assertEquals("line 13", longer.warnings().get(0).where());
        assertTrue(longer.warnings().get(0).what().startsWith("9 lines after the 1 declared points"), longer.warnings().toString());
    }
}
