/*
 * Copyright (c) 2026 the Interphase contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.interphase.importer.ivium.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.interphase.data.Dataset;
import org.interphase.data.QuantityKind;
import org.interphase.data.Technique;
import org.interphase.importer.ImportException;
import org.interphase.importer.ImportResult;
import org.interphase.importer.Importers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Ivium .idf/.ids. No real Ivium file is in data/: the files are written by this test to the layout docs/formats.md states
 * (key=value lines, Title= starting a dataset, primary_data, column count 3, point count, rows Z' Z'' f).
 */
class IviumTest {

    @TempDir
    Path folder;

    static String dataset(String title, double[][] rows) {
        StringBuilder s = new StringBuilder("[Main]\r\nTitle=" + title + "\r\nMethod=Impedance\r\nE start=0\r\nprimary_data\r\n3\r\n" + rows.length + "\r\n");
        for (double[] r : rows) {
            s.append(String.format(java.util.Locale.ROOT, "  %.6E  %.6E  %.6E%n", r[0], r[1], r[2]));
        }
        return s.append("Analysis=none\r\n").toString();
    }

    @Test
    void oneAndSeveralSpectra() throws Exception {
        Path idf = folder.resolve("cell.idf");
        Files.writeString(idf, dataset("Li|LLZO|Li 25 °C", new double[][] { { 10.5, -0.5, 1e5 }, { 12.0, -2.0, 1e3 }, { 20.0, -5.0, 10 } }),
                StandardCharsets.ISO_8859_1);
        ImportResult r = Importers.read(idf, null);
        assertEquals("ivium.idf", r.importer().id());
        Dataset d = r.dataset();
        assertEquals(Technique.EIS, d.technique());
        assertEquals(3, d.rows());
        assertEquals(1e3, d.column(QuantityKind.FREQUENCY).orElseThrow().get(1), 0);
        assertEquals(12.0, d.column(QuantityKind.IMPEDANCE_REAL).orElseThrow().get(1), 0);
        assertEquals(-2.0, d.column(QuantityKind.IMPEDANCE_IMAGINARY).orElseThrow().get(1), 0);
        assertEquals("Li|LLZO|Li 25 °C", d.metadata().get("spectrum.1.title"), "Latin-1");

        Path ids = folder.resolve("series.ids");
        Files.writeString(ids, dataset("first", new double[][] { { 1, -1, 100 } }) + dataset("second", new double[][] { { 2, -2, 100 }, { 3, -3, 10 } }),
                StandardCharsets.ISO_8859_1);
        Dataset s = Importers.read(ids, null).dataset();
        assertEquals(3, s.rows());
        assertEquals("2", s.metadata().get("spectra"));
        assertEquals(2.0, s.column("spectrum").orElseThrow().get(2));
        assertEquals("second", s.metadata().get("spectrum.2.title"));
    }

    @Test
    void damagedFilesNameTheLine() throws Exception {
        String text = dataset("t", new double[][] { { 1, -1, 100 }, { 2, -2, 10 } });
        Path cut = folder.resolve("cut.idf");
        Files.writeString(cut, text.substring(0, text.lastIndexOf("  2.0")), StandardCharsets.ISO_8859_1);
        ImportException e = assertThrows(ImportException.class, () -> Importers.read(cut, null));
        assertEquals("the file ends at point 2 of 2 of dataset 1", e.reason());
        Path wide = folder.resolve("wide.idf");
        Files.writeString(wide, text.replace("primary_data\r\n3", "primary_data\r\n4"), StandardCharsets.ISO_8859_1);
        assertEquals("primary_data with 4 columns: only impedance data (3 columns: Z', Z'', f) are read",
                assertThrows(ImportException.class, () -> Importers.read(wide, null)).reason());
    }
}
