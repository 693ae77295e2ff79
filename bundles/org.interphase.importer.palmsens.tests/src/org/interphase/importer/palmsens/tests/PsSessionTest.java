/*
 * Copyright (c) 2026 the Interphase contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.interphase.importer.palmsens.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
 * PalmSens .pssession. No real session file is in data/: the sessions are written by this test to the layout
 * docs/formats.md states (JSON in UTF-16 with a byte order mark, Measurements[].DataSet with Type, Values[].Unit.Type and
 * DataValues[]).
 */
class PsSessionTest {

    @TempDir
    Path folder;

    static String values(String unit, double... values) {
        StringBuilder s = new StringBuilder("{\"Unit\":{\"Type\":\"PalmSens.Units." + unit + "\",\"S\":\"\",\"Q\":\"\"},\"DataValues\":[");
        for (int i = 0; i < values.length; i++) {
            s.append(i == 0 ? "" : ",").append("{\"V\":").append(values[i]).append('}');
        }
        return s.append("]}").toString();
    }

    static String measurement(String title, String type, String... arrays) {
        return "{\"Title\":\"" + title + "\",\"DataSet\":{\"Type\":\"" + type + "\",\"Values\":[" + String.join(",", arrays) + "]}}";
    }

    static void write(Path file, String json) throws Exception {
        byte[] text = json.getBytes(StandardCharsets.UTF_16LE);
        byte[] bytes = new byte[text.length + 4];
        bytes[0] = (byte) 0xFF;
        bytes[1] = (byte) 0xFE;
        System.arraycopy(text, 0, bytes, 2, text.length);
        bytes[bytes.length - 2] = (byte) 0xFE; // a stray character after the JSON, as PSTrace leaves one
        bytes[bytes.length - 1] = (byte) 0xFF;
        Files.write(file, bytes);
    }

    @Test
    void impedanceMeasurementsOfASession() throws Exception {
        String eis1 = measurement("EIS 1", "PalmSens.DataSets.ImpedimetricMeasurement EIS", values("Hertz", 1e4, 1e2),
                values("ZRe", 100, 150), values("ZIm", 5, 40), values("Time", 1, 2));
        String cv = measurement("CV", "PalmSens.DataSets.CV", values("Volt", 0.1), values("MicroAmpere", 2));
        String eis2 = measurement("EIS 2", "PalmSens.DataSets.EIS", values("Hertz", 1e3), values("ZRe", 120), values("ZIm", 20));
        Path file = folder.resolve("session.pssession");
        write(file, "{\"Type\":\"PalmSens.DataFiles.SessionFile\",\"Measurements\":[" + eis1 + "," + cv + "," + eis2 + "]}");
        ImportResult r = Importers.read(file, null);
        assertEquals("palmsens.pssession", r.importer().id());
        Dataset d = r.dataset();
        assertEquals(Technique.EIS, d.technique());
        assertEquals(3, d.rows());
        assertEquals("2", d.metadata().get("spectra"));
        assertEquals(-40.0, d.column(QuantityKind.IMPEDANCE_IMAGINARY).orElseThrow().get(1), 0, "ZIm is stored negated");
        assertEquals(1e3, d.column(QuantityKind.FREQUENCY).orElseThrow().get(2), 0);
        assertEquals("EIS 2", d.metadata().get("spectrum.2.title"));
        assertEquals("PalmSens.DataSets.CV", d.metadata().get("palmsens.other_measurements"));
    }

    @Test
    void damagedSessionsNameWhere() throws Exception {
        Path broken = folder.resolve("broken.pssession");
        write(broken, "{\"Measurements\":[{\"DataSet\":{\"Type\":\"EIS\",\"Values\":[" + values("Hertz", 1) + "," + values("ZRe", 1, 2));
        ImportException e = assertThrows(ImportException.class, () -> Importers.read(broken, "palmsens.pssession", org.interphase.data.Datasets::inMemory, null));
        assertTrue(e.reason().startsWith("not valid JSON"), e.reason());
        Path uneven = folder.resolve("uneven.pssession");
        write(uneven, "{\"Measurements\":[" + measurement("x", "EIS", values("Hertz", 1, 2), values("ZRe", 1), values("ZIm", 1, 2)) + "]}");
        ImportException u = assertThrows(ImportException.class, () -> Importers.read(uneven, null));
        assertEquals("Measurements[0]", u.location());
        assertEquals("2 frequencies, 1 ZRe and 2 ZIm values: not one spectrum", u.reason());
        Path text = folder.resolve("text.pssession");
        write(text, "{\"Measurements\":[" + measurement("x", "EIS", values("Hertz", 1), values("ZRe", 1), "{\"Unit\":{\"Type\":\"ZIm\"},\"DataValues\":[\"1\"]}") + "]}");
        ImportException t = assertThrows(ImportException.class, () -> Importers.read(text, null));
        assertEquals("Measurements[0].DataSet.Values[2].DataValues[0]", t.location());
        // deep nesting is refused, not a stack overflow
        Path deep = folder.resolve("deep.pssession");
        write(deep, "[".repeat(100_000));
        assertThrows(ImportException.class, () -> Importers.read(deep, "palmsens.pssession", org.interphase.data.Datasets::inMemory, null));
    }
}
