/*
 * Copyright (c) 2026 the Interphase contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.interphase.importer.biologic.tests;

import static org.interphase.importer.biologic.tests.MprAgainstMptTest.shared;
import static org.junit.jupiter.api.Assertions.assertEquals;
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

/** EC-Lab text exports: Latin-1 units, decimal commas, several spectra in one file, and damaged files. */
class MptFormatTest {

    @TempDir
    Path folder;

    @Test
    void decimalCommaAndLatin1UnitsAreRead() throws Exception {
        // gcpl.issue_149.mpt writes "3,4228721E+000" (a European Windows) and "Capacitance charge/µF" in Latin-1
        Dataset d = Importers.read(shared("biologic-mpt", "gcpl.issue_149.mpt"), null).dataset();
        assertEquals(Technique.GALVANOSTATIC_CYCLING, d.technique());
        assertEquals(131 + 1, d.rows());
        assertEquals(3.4228721, d.column("Ewe").orElseThrow().get(0), 0);
        Column capacitance = d.column("Capacitance charge").orElseThrow();
        assertEquals("F", capacitance.unit(), "µF read as Latin-1 and converted");
        assertEquals(QuantityKind.CAPACITANCE, capacitance.kind());
        assertEquals("2024-01-10T11:02:29.886", d.metadata().get(Metadata.START_TIME));
        assertEquals(0.0, Double.parseDouble(d.metadata().get(Metadata.ELECTRODE_AREA_M2)), "0,000 cm² with a comma");
        assertEquals("Galvanostatic Cycling with Potential Limitation", d.metadata().get(Metadata.TECHNIQUE_NAME));
    }

    @Test
    void severalSpectraInOneFile() throws Exception {
        // geis.issue_149: four GEIS sweeps (cycle number 1 to 4, 21 points each), as the .mpr's loop module also says
        Dataset d = Importers.read(shared("biologic-mpt", "geis.issue_149.mpt"), null).dataset();
        assertEquals(Technique.EIS, d.technique());
        assertEquals(84, d.rows());
        assertEquals("4", d.metadata().get("spectra"));
        Column cycle = d.column(QuantityKind.CYCLE_INDEX).orElseThrow();
        Column f = d.column(QuantityKind.FREQUENCY).orElseThrow();
        for (int s = 0; s < 4; s++) {
            assertEquals(s + 1, cycle.get(21 * s));
            for (int r = 21 * s + 1; r < 21 * (s + 1); r++) {
                assertTrue(f.get(r) < f.get(r - 1), "frequency falls within sweep " + (s + 1));
            }
        }
        Column im = d.column(QuantityKind.IMPEDANCE_IMAGINARY).orElseThrow();
        assertEquals("Im(Z)", im.name());
        assertEquals(2.1745603, im.get(0), 0, "-Im(Z) = -2.1745603 in the file's first row, stored as Im(Z)");
        assertEquals(Math.toRadians(1.2175243E+001), d.column(QuantityKind.IMPEDANCE_PHASE).orElseThrow().get(0), 1e-15);
        assertEquals("1", Importers.read(shared("biologic-mpt", "exampleDataBioLogic.mpt"), null).dataset().metadata().get("spectra"));
    }

    /** The file over docs/formats.md: ocv.mpt ends its lines with LF, not CRLF; both are read. */
    @Test
    void damagedExportsNameTheLine() throws Exception {
        Path real = shared("biologic-mpt", "ocv.mpt");
        String text = Files.readString(real, StandardCharsets.ISO_8859_1);
        Path bad = folder.resolve("bad.mpt");
        Files.writeString(bad, text.replace("3\t0\t5.999999848427251E+001", "3\t0\t5.99999x848427251E+001"), StandardCharsets.ISO_8859_1);
        ImportException e = assertThrows(ImportException.class, () -> Importers.read(bad, null));
        assertEquals(bad + ": biologic.mpt: line 55: field 3 (time/s) '5.99999x848427251E+001' is not a number", e.getMessage());

        Path headerOnly = folder.resolve("header.mpt");
        Files.writeString(headerOnly, text.substring(0, text.indexOf("mode\terror")), StandardCharsets.ISO_8859_1);
        ImportException h = assertThrows(ImportException.class, () -> Importers.read(headerOnly, null));
        assertEquals("line 53", h.location());

        Path count = folder.resolve("count.mpt");
        Files.writeString(count, text.replace("Nb header lines : 53", "Nb header lines : 52"), StandardCharsets.ISO_8859_1);
        ImportException c = assertThrows(ImportException.class, () -> Importers.read(count, null));
        assertEquals("line 52", c.location());
        assertTrue(c.reason().contains("column names on line 52 (where line 2 puts them) are missing or blank"), c.reason());
    }
}
