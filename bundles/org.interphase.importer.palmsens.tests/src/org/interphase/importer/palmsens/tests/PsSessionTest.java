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

/**
 * PalmSens .pssession. No real session is in the corpus (the public sessions found are UTF-16 files the tools used
 * here cannot fetch): the sessions are written by this test to the layouts PSTrace writes as the open readers know
 * them (pyimpspec, PalmSens' own Python SDK and its tests, session parsers of other projects): JSON in UTF-16 with a
 * byte order mark and a stray character or odd byte after it; Measurements[].Method with METHOD_ID; DataSet.Values[]
 * with ArrayType, Description (time, scan1channel1, ...), Unit.Type (PalmSens.Units.MicroAmpere, ...) and Unit.Q;
 * EISDataList entries per multiplexer channel; the older lower-case layout.
 */
class PsSessionTest {

    @TempDir
    Path folder;

    /** An array of the current layout: type, description, unit class, quantity (null: none) and values. */
    static String values(int arrayType, String description, String unit, String quantity, double... values) {
        StringBuilder s = new StringBuilder("{\"Type\":\"PalmSens.Data.DataArray\",\"ArrayType\":" + arrayType + ",\"Description\":\"" + description
                + "\",\"Unit\":{\"Type\":\"PalmSens.Units." + unit + "\",\"S\":\"\"" + (quantity == null ? "" : ",\"Q\":\"" + quantity + "\"")
                + "},\"DataValues\":[");
        for (int i = 0; i < values.length; i++) {
            s.append(i == 0 ? "" : ",").append("{\"V\":").append(values[i]).append(",\"S\":0}");
        }
        return s.append("]}").toString();
    }

    static String measurement(String title, String methodId, String dataSet, String eisDataList) {
        return "{\"Title\":\"" + title + "\",\"TimeStamp\":638446500000000000,\"DeviceSerial\":\"ES4HR20B0008\",\"Method\":\"#PSTrace\\r\\nMETHOD_ID="
                + methodId + "\\r\\nE_BEGIN=0\\r\\n\",\"DataSet\":" + dataSet + ",\"Curves\":[],\"EISDataList\":[" + (eisDataList == null ? "" : eisDataList)
                + "]}";
    }

    static String dataSet(String type, String... arrays) {
        return "{\"Type\":\"" + type + "\",\"Values\":[" + String.join(",", arrays) + "]}";
    }

    static String session(String... measurements) {
        return "{\"Type\":\"PalmSens.DataFiles.SessionFile\",\"CoreVersion\":\"5.9.1006.29000\",\"MethodForMeasurement\":\"METHOD_ID=cv\","
                + "\"Measurements\":[" + String.join(",", measurements) + "]}";
    }

    /** UTF-16LE with a byte order mark, then what PSTrace leaves after the JSON. */
    static void write(Path file, String json, byte... after) throws Exception {
        byte[] text = json.getBytes(StandardCharsets.UTF_16LE);
        byte[] bytes = new byte[text.length + 2 + after.length];
        bytes[0] = (byte) 0xFF;
        bytes[1] = (byte) 0xFE;
        System.arraycopy(text, 0, bytes, 2, text.length);
        System.arraycopy(after, 0, bytes, 2 + text.length, after.length);
        Files.write(file, bytes);
    }

    static final double[] F = { 1e4, 1e2, 1 };
    static final double[] RE = { 100, 150, 300 };
    static final double[] MINUS_IM = { 5, 40, 120 }; // ZIm as PSTrace stores it: -Im(Z)

    /** An EIS entry of one multiplexer channel, with |Z| and -phase as PSTrace derives them, a DC current and an admittance. */
    static String eisEntry(int channel, double scale) {
        double[] re = new double[3];
        double[] im = new double[3];
        double[] z = new double[3];
        double[] phase = new double[3];
        for (int i = 0; i < 3; i++) {
            re[i] = RE[i] * scale;
            im[i] = MINUS_IM[i] * scale;
            z[i] = Math.hypot(re[i], im[i]);
            phase[i] = Math.toDegrees(Math.atan2(im[i], re[i])); // -phase, positive for a capacitive response
        }
        return "{\"Title\":\"CH " + channel + ": 3 freqs\",\"DataSet\":" + dataSet("PalmSens.Data.DataSetEIS",
                values(5, "Frequency", "Hertz", "Frequency", F), values(7, "ZRe", "ZRe", "Z'", re), values(8, "ZIm", "ZIm", "-Z''", im),
                values(10, "Z", "Z", "Z", z), values(6, "Phase", "Phase", "-Phase", phase), values(28, "Idc", "MicroAmpere", "Current", 0.1, 0.2, 0.3),
                values(11, "Y", "Y", "Y", 1, 2, 3)) + "}";
    }

    @Test
    void impedanceOfMultiplexerChannels() throws Exception {
        Path file = folder.resolve("eis-mux.pssession");
        write(file, session(measurement("EIS on 2 channels", "eis", dataSet("PalmSens.Data.DataSetEIS"), eisEntry(1, 1) + "," + eisEntry(2, 2))),
                (byte) 0x0D); // an odd byte after the text
        ImportResult r = Importers.read(file, null);
        assertEquals("palmsens.pssession", r.importer().id());
        Dataset d = r.dataset();
        assertEquals(Technique.EIS, d.technique());
        assertEquals(6, d.rows());
        Column im = d.column(QuantityKind.IMPEDANCE_IMAGINARY).orElseThrow();
        Column re = d.column(QuantityKind.IMPEDANCE_REAL).orElseThrow();
        Column phase = d.column(QuantityKind.IMPEDANCE_PHASE).orElseThrow();
        Column modulus = d.column(QuantityKind.IMPEDANCE_MODULUS).orElseThrow();
        assertEquals(-40.0, im.get(1), 0, "ZIm is -Im(Z)");
        assertEquals(-80.0, im.get(4), 0, "channel 2");
        for (int i = 0; i < 6; i++) {
            assertEquals(Math.atan2(im.get(i), re.get(i)), phase.get(i), 1e-12, "phase agrees with Re and Im");
            assertEquals(Math.hypot(re.get(i), im.get(i)), modulus.get(i), 1e-9);
        }
        assertEquals(1.0, d.column("channel").orElseThrow().get(2), 0);
        assertEquals(2.0, d.column("channel").orElseThrow().get(3), 0);
        assertEquals(2.0, d.column(QuantityKind.CYCLE_INDEX).orElseThrow().get(3), 0, "one curve per channel");
        assertEquals("curve", d.metadata().get(Metadata.SWEEP_COLUMN));
        assertTrue(d.column("Idc").isEmpty(), "DC currents in range units are left out");
        assertTrue(d.warnings().stream().anyMatch(w -> w.what().contains("odd byte")), d.warnings().toString());
        assertTrue(d.warnings().stream().anyMatch(w -> w.what().contains("current-range units")), d.warnings().toString());
        assertTrue(d.metadata().get("palmsens.derived_arrays").contains("Y"));
        assertEquals("EIS (METHOD_ID=eis)", d.metadata().get("measurement.1.technique"));
        assertEquals("2024-02-27T17:00", d.metadata().get(Metadata.START_TIME), ".NET ticks 638446500000000000");
        assertEquals("PSTrace (core 5.9.1006.29000)", d.metadata().get(Metadata.SOFTWARE));
    }

    @Test
    void scansSharingTheTimeAndAChronoamperometry() throws Exception {
        String cv = measurement("CV 2 scans", "cv", dataSet("PalmSens.Data.DataSet",
                values(0, "time", "Time", "Time", 0, 0.1, 0.2, 0.3, 0.4, 0.5),
                values(1, "scan1channel1", "Volt", "Potential", -0.1, 0.0, 0.1), values(2, "scan1channel1", "MicroAmpere", "Current", 1, 2, 3),
                values(3, "scan1channel1", "MicroCoulomb", "Charge", 0.1, 0.3, 0.6),
                values(1, "scan2channel1", "Volt", "Potential", 0.0, -0.1, -0.2), values(2, "scan2channel1", "MicroAmpere", "Current", -1, -2, -3),
                values(3, "scan2channel1", "MicroCoulomb", "Charge", 0.5, 0.3, 0.0)), null);
        String ca = measurement("CA", "ad", dataSet("PalmSens.Data.DataSet", values(0, "time", "Time", "Time", 0, 1),
                values(2, "Current", "NanoAmpere", "Current", 500, 400), values(1, "Potential", "MilliVolt", "Potential", 200, 200)), null);
        String empty = measurement("aborted", "lsv", dataSet("PalmSens.Data.DataSet", values(0, "time", "Time", "Time")), null);
        Path file = folder.resolve("cv-ca.pssession");
        write(file, session(cv, empty, ca), (byte) 0xFF, (byte) 0xFE, (byte) '?', (byte) 0); // a byte order mark and a stray character after the JSON
        Dataset d = Importers.read(file, null).dataset();
        assertEquals(Technique.MIXED, d.technique());
        assertEquals(8, d.rows());
        assertEquals("2", d.metadata().get("measurements"));
        assertEquals("CYCLIC_VOLTAMMETRY (METHOD_ID=cv)", d.metadata().get("measurement.1.technique"));
        assertEquals("CHRONOAMPEROMETRY (METHOD_ID=ad)", d.metadata().get("measurement.2.technique"));
        Column t = d.column(QuantityKind.TIME).orElseThrow();
        assertEquals(0.4, t.get(4), 0, "the shared time cut at the second scan");
        assertEquals(1.0, t.get(7), 0);
        assertEquals(-2e-6, d.column(QuantityKind.CURRENT).orElseThrow().get(4), 1e-20, "MicroAmpere");
        assertEquals(4e-7, d.column(QuantityKind.CURRENT).orElseThrow().get(7), 1e-20, "NanoAmpere");
        assertEquals(0.2, d.column(QuantityKind.POTENTIAL).orElseThrow().get(7), 1e-15, "MilliVolt");
        assertEquals(6e-7, d.column(QuantityKind.CHARGE).orElseThrow().get(2), 1e-20, "MicroCoulomb");
        assertTrue(Double.isNaN(d.column(QuantityKind.CHARGE).orElseThrow().get(6)), "no charge in the CA");
        assertEquals(2.0, d.column("scan").orElseThrow().get(3), 0);
        assertEquals(3.0, d.column(QuantityKind.CYCLE_INDEX).orElseThrow().get(7), 0);
        assertEquals(2.0, d.column("measurement").orElseThrow().get(7), 0);
        assertTrue(d.warnings().stream().anyMatch(w -> w.what().contains("without values (aborted)")), d.warnings().toString());
        assertTrue(d.warnings().stream().anyMatch(w -> w.what().contains("after the session")), d.warnings().toString());
    }

    @Test
    void techniquesOfOneMeasurementEach() throws Exception {
        String[][] cases = { { "lsv", "LINEAR_SWEEP_VOLTAMMETRY" }, { "pot", "CHRONOPOTENTIOMETRY" }, { "ocp", "OPEN_CIRCUIT_VOLTAGE" },
                { "swv", "UNKNOWN" } };
        for (String[] c : cases) {
            Path file = folder.resolve(c[0] + ".pssession");
            write(file, session(measurement(c[0], c[0], dataSet("PalmSens.Data.DataSet", values(0, "time", "Time", "Time", 0, 1),
                    values(1, "Potential", "Volt", "Potential", 0.5, 0.6)), null)));
            assertEquals(c[1], Importers.read(file, null).dataset().technique().name(), c[0]);
        }
    }

    /** The older layout: lower-case keys and "v" values, no Q on ZIm (the minus assumed, as pyimpspec reads it). */
    @Test
    void olderLowerCaseLayout() throws Exception {
        String json = """
                {"type":"PalmSens.DataFiles.SessionFile","coreversion":"5.4.1","methodformeasurement":"METHOD_ID=eis",
                 "measurements":[{"title":"EIS","timestamp":0,"method":"METHOD_ID=eis\\r\\n","dataset":{"type":"PalmSens.Data.DataSetEIS","values":[
                  {"type":"PalmSens.Data.DataArray","arraytype":5,"description":"Frequency","unit":{"type":"PalmSens.Units.Hertz","s":"Hz"},
                   "datavalues":[{"v":1000.0},{"v":10.0}]},
                  {"type":"PalmSens.Data.DataArray","arraytype":7,"description":"ZRe","unit":{"type":"PalmSens.Units.ZRe","s":"Ω"},
                   "datavalues":[{"v":12.5},{"v":30.0}]},
                  {"type":"PalmSens.Data.DataArray","arraytype":8,"description":"ZIm","unit":{"type":"PalmSens.Units.ZIm","s":"Ω"},
                   "datavalues":[{"v":2.0},{"v":11.0}]},
                  {"type":"PalmSens.Data.DataArray","arraytype":6,"description":"Phase","unit":{"type":"PalmSens.Units.Phase","s":"°"},
                   "datavalues":[{"v":-9.09},{"v":-20.14}]},
                  {"type":"PalmSens.Data.DataArray","arraytype":99,"description":"Novel","unit":{"type":"PalmSens.Units.Volt","s":"V"},
                   "datavalues":[{"v":1},{"v":2}]}]},"curves":[],"eisdatalist":[]}]}""";
        Path file = folder.resolve("old.pssession");
        write(file, json);
        Dataset d = Importers.read(file, null).dataset();
        assertEquals(Technique.EIS, d.technique());
        assertEquals(2, d.rows());
        assertEquals(-11.0, d.column(QuantityKind.IMPEDANCE_IMAGINARY).orElseThrow().get(1), 0);
        // the file's phase (-20.14) has the sign of -Im: the sign of the values is turned with a warning
        assertEquals(Math.toRadians(-20.14), d.column(QuantityKind.IMPEDANCE_PHASE).orElseThrow().get(1), 1e-12);
        assertTrue(d.warnings().stream().anyMatch(w -> w.what().contains("sign opposite to Im(Z)")), d.warnings().toString());
        assertTrue(d.warnings().stream().anyMatch(w -> w.what().contains("'Novel'")), d.warnings().toString());
        assertEquals(Math.toDegrees(Math.atan2(-11, 30)), Math.toDegrees(d.column(QuantityKind.IMPEDANCE_PHASE).orElseThrow().get(1)), 0.01,
                "the phase agrees with Re and Im to 0.01 deg");
    }

    @Test
    void damagedSessionsNameWhere() throws Exception {
        String eis = measurement("x", "eis", dataSet("EIS", values(5, "Frequency", "Hertz", null, 1), values(7, "ZRe", "ZRe", null, 1, 2)), null);
        Path broken = folder.resolve("broken.pssession");
        write(broken, session(eis).substring(0, 300));
        ImportException e = assertThrows(ImportException.class, () -> Importers.read(broken, "palmsens.pssession", Datasets::inMemory, null));
        assertTrue(e.reason().startsWith("not valid JSON") || e.reason().contains("does not end"), e.reason());
        Path uneven = folder.resolve("uneven.pssession");
        write(uneven, session(measurement("x", "eis", dataSet("EIS", values(5, "Frequency", "Hertz", null, 1, 2), values(7, "ZRe", "ZRe", null, 1),
                values(8, "ZIm", "ZIm", null, 1, 2)), null)));
        ImportException u = assertThrows(ImportException.class, () -> Importers.read(uneven, null));
        assertEquals("Measurements[0].DataSet", u.location());
        assertEquals("the arrays are not of one length: 2 Frequency values, 1 Z' values", u.reason());
        Path text = folder.resolve("text.pssession");
        write(text, session(measurement("x", "eis", dataSet("EIS", values(5, "Frequency", "Hertz", null, 1),
                "{\"ArrayType\":7,\"Unit\":{\"Type\":\"PalmSens.Units.ZRe\"},\"DataValues\":[\"1\"]}"), null)));
        ImportException t = assertThrows(ImportException.class, () -> Importers.read(text, null));
        assertEquals("Measurements[0].DataSet.Values[1].DataValues[0]", t.location());
        Path unit = folder.resolve("unit.pssession");
        write(unit, session(measurement("x", "cv", dataSet("CV", values(2, "Current", "FemtoAmpere", null, 1)), null)));
        ImportException n = assertThrows(ImportException.class, () -> Importers.read(unit, null));
        assertEquals("unit 'PalmSens.Units.FemtoAmpere' unknown for the Current values", n.reason());
        // deep nesting is refused, not a stack overflow
        Path deep = folder.resolve("deep.pssession");
        write(deep, "{\"a\":" + "[".repeat(100_000));
        assertThrows(ImportException.class, () -> Importers.read(deep, "palmsens.pssession", Datasets::inMemory, null));
    }
}
