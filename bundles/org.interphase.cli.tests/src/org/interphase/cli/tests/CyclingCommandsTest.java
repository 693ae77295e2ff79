/*
 * Copyright (c) 2026 the Interphase contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.interphase.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import org.interphase.cli.tests.CommandLineTest.Run;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * simulate and cycles: the documented JSON keys with numbers checked against docs/physics.md (V-MCI-1, V-EIS-6, V-CYC-3,
 * the paper's LSV limits) and a record with sums known in closed form; exit codes 0 / 1 / 2.
 */
class CyclingCommandsTest {

    @TempDir
    Path folder;

    static String model() {
        return CommandLineTest.example().toString();
    }

    static JsonObject json(Run run) {
        assertEquals(0, run.exit(), run.err());
        return JsonParser.parseString(run.out()).getAsJsonObject();
    }

    @Test
    void simulateMciGivesTheDocumentedKeys() {
        JsonObject root = json(CommandLineTest.run("simulate", model(), "--cell", "Li|LATP|Li", "--solver", "mci", "--hours", "100", "--json"));
        JsonArray t = root.getAsJsonArray("t_h");
        assertEquals(601, t.size());
        assertEquals(40.0 / 6, t.get(40).getAsDouble(), 1e-9); // 100 h over 600 steps
        JsonArray thickness = root.getAsJsonArray("thickness_m");
        assertEquals(60.396e-6, thickness.get(600).getAsDouble(), 0.01e-6); // V-MCI-1: L(100 h) = 60.4 um
        assertEquals(thickness.get(600).getAsDouble() / 1e-4, root.getAsJsonArray("asr_ohm_m2").get(600).getAsDouble(), 1e-12);
        assertEquals(1, root.get("protection_factor").getAsDouble(), 1e-12);
        assertEquals("mci", root.get("interphase_class").getAsString());
        assertEquals(2, root.getAsJsonArray("sides").size());
        assertEquals("mci", root.getAsJsonObject("provenance").get("solver").getAsString());
        JsonObject coated = json(CommandLineTest.run("simulate", model(), "--cell", "Li|IL|LATP|IL|Li", "--solver", "mci", "--json",
                "--set", "interlayer_thickness=70 nm"));
        assertEquals(0.05448e-6, last(coated.getAsJsonArray("thickness_m")), 0.00002e-6); // V-MCI-1 coated, 1e-14 S/cm, 600 h
        assertEquals(7.0e3, coated.get("protection_factor").getAsDouble(), 70);
    }

    @Test
    void simulateSymmetricFullcellAndLsv() {
        JsonObject sym = json(CommandLineTest.run("simulate", model(), "--cell", "Li|IL|LATP|IL|Li", "--solver", "symmetric", "--hours", "60", "--json"));
        assertTrue(sym.get("failure_time_h").isJsonNull());
        assertEquals(60, sym.getAsJsonArray("overpotential_envelope_V").size());
        assertEquals(sym.getAsJsonArray("t_h").size(), sym.getAsJsonArray("voltage_V").size());
        for (JsonElement e : sym.getAsJsonArray("overpotential_envelope_V")) {
            assertTrue(e.getAsDouble() < 0.15);
        }
        assertEquals(1.0, sym.get("current_density_A_m2").getAsDouble(), 1e-12); // 0.1 mA/cm2 from the model's experiment
        JsonObject bare = json(CommandLineTest.run("simulate", model(), "--cell", "Li|LATP|Li", "--solver", "symmetric", "--hours", "60", "--json"));
        double failure = bare.get("failure_time_h").getAsDouble();
        assertTrue(failure > 30 && failure < 50, "bare fails at " + failure + " h");
        assertEquals("short", bare.get("failure_mode").getAsString());

        JsonObject full = json(CommandLineTest.run("simulate", model(), "--cell", "Li|IL|LATP|IL|LFP", "--solver", "fullcell", "--json",
                "--protocol", "(Charge at 0.1C until 4.0 V; Discharge at 0.1C until 2.5 V) x 3"));
        JsonArray cycles = full.getAsJsonArray("cycles");
        assertEquals(3, cycles.size());
        JsonObject first = cycles.get(0).getAsJsonObject();
        assertEquals(1, first.get("n").getAsInt());
        assertEquals(115, first.get("discharge_mAh_g").getAsDouble(), 0.5); // [P]
        assertEquals(0.93, first.get("ce").getAsDouble(), 0.003);
        assertEquals(107, cycles.get(1).getAsJsonObject().get("discharge_mAh_g").getAsDouble(), 0.5);
        assertEquals(1, full.get("retention_reference_cycle").getAsInt());
        assertEquals(full.getAsJsonArray("t_h").size(), full.getAsJsonArray("voltage_V").size());

        JsonObject lsv = json(CommandLineTest.run("simulate", model(), "--cell", "SS|LATP|Li", "--solver", "lsv", "--json"));
        assertEquals(4.4, lsv.get("limit_V").getAsDouble(), 0.005);
        assertEquals(0.01, lsv.get("threshold_A_m2").getAsDouble(), 0);
        assertEquals(lsv.getAsJsonArray("potential_V").size(), lsv.getAsJsonArray("current_A_m2").size());
        JsonObject coatedLsv = json(CommandLineTest.run("simulate", model(), "--cell", "SS|IL|LATP|IL|Li", "--solver", "lsv", "--json"));
        assertEquals(5.0, coatedLsv.get("limit_V").getAsDouble(), 0.005);
    }

    @Test
    void simulateTextAndCsv() {
        Run text = CommandLineTest.run("simulate", model(), "--cell", "Li|LATP|Li", "--solver", "mci");
        assertEquals(0, text.exit(), text.err());
        assertTrue(text.out().contains("Li, first: mci - 'Li' at 0 V vs Li/Li+ lies below the reduction limit 2.17 V of 'LATP'"), text.out());
        Run csv = CommandLineTest.run("simulate", model(), "--cell", "Li|LATP|Li", "--solver", "mci", "--csv", "--set", "points=3");
        assertEquals(0, csv.exit(), csv.err());
        String[] lines = csv.out().split("\n");
        // names with a comma are quoted (RFC 4180)
        assertEquals("t/s,\"L (Li, first)/m\",\"ASR (Li, first)/Ohm m2\",\"L (Li, last)/m\",\"ASR (Li, last)/Ohm m2\"", lines[0]);
        assertEquals(4, lines.length);
        assertTrue(lines[3].startsWith("2160000.0,3.18"), lines[3]);
        Run list = CommandLineTest.run("simulate", "--solver", "symmetric", "--list-settings");
        assertEquals(0, list.exit(), list.err());
        assertTrue(list.out().contains("fracture_length") && list.out().contains("source: calibrated"), list.out());
    }

    @Test
    void simulateRefusesBadArgumentsWithExitTwo() {
        assertUsage(CommandLineTest.run("simulate", model(), "--cell", "Li|LATP|Li", "--solver", "eis.fit"), "unknown solver 'eis.fit'; the cell solvers are [");
        assertUsage(CommandLineTest.run("simulate", model(), "--cell", "Nope", "--solver", "mci"), "no cell named 'Nope'");
        assertUsage(CommandLineTest.run("simulate", model(), "--cell", "Li|LATP|Li", "--solver", "mci", "--set", "sigma_i_mci=-1"),
                "--set sigma_i_mci (Ionic conductivity of the interphase) must be > 0 S/m (is -1 S/m)");
        assertUsage(CommandLineTest.run("simulate", model(), "--cell", "Li|IL|LATP|IL|LFP", "--solver", "fullcell", "--protocol", "Charge at 0.1C untl 4 V"),
                "--protocol: line 1, column 16: a charge step needs 'for DURATION' or 'until VOLTAGE'");
        assertUsage(CommandLineTest.run("simulate", model(), "--cell", "Li|LATP|Li", "--solver", "lsv"), "the lsv solver cannot simulate cell 'Li|LATP|Li': needs an ion-blocking");
        assertUsage(CommandLineTest.run("simulate", model(), "--cell", "SS|LATP|Li", "--solver", "lsv", "--hours", "3"), "--hours does not apply to the lsv solver");
        assertUsage(CommandLineTest.run("simulate", model(), "--cell", "Li|LATP|Li", "--solver", "mci", "--protocol", "Rest for 1 h"), "--protocol is for the fullcell solver");
        assertEquals(2, CommandLineTest.run("simulate", model(), "--cell", "Li|LATP|Li", "--solver", "mci", "--json", "--csv").exit());
        assertEquals(1, CommandLineTest.run("simulate", folder.resolve("missing.interphase").toString(), "--cell", "X", "--solver", "mci").exit());
    }

    @Test
    void cyclesOfARecordWithKnownSums() throws Exception {
        // 2 cycles: charge 2 mA for 1 h (3.0 -> 3.5 V), discharge 1.8 mA for 1 h; records every 60 s
        StringBuilder csv = new StringBuilder("t/s,V/V,I/A\n");
        double t = 0;
        csv.append("0,3.0,0\n");
        for (int c = 0; c < 2; c++) {
            for (int k = 1; k <= 60; k++) {
                t += 60;
                csv.append(String.format(Locale.ROOT, "%s,%s,%s%n", t, 3.0 + 0.5 * k / 60, 2e-3));
            }
            for (int k = 1; k <= 60; k++) {
                t += 60;
                csv.append(String.format(Locale.ROOT, "%s,%s,%s%n", t, 3.4 - 0.5 * k / 60, -1.8e-3));
            }
        }
        Path file = folder.resolve("record.csv");
        Files.writeString(file, csv);
        JsonObject root = json(CommandLineTest.run("cycles", file.toString(), "--mass-g", "0.02", "--json"));
        assertEquals("text.columns", root.get("importer").getAsString());
        assertEquals(2e-5, root.get("active_mass_kg").getAsDouble(), 1e-18);
        assertEquals("full", root.get("kind").getAsString());
        JsonArray cycles = root.getAsJsonArray("cycles");
        assertEquals(2, cycles.size());
        JsonObject first = cycles.get(0).getAsJsonObject();
        assertEquals("charge", first.get("first").getAsString());
        assertEquals(7.2, first.get("charge_C").getAsDouble(), 1e-9); // 2 mA x 3600 s
        assertEquals(6.48, first.get("discharge_C").getAsDouble(), 1e-9);
        assertEquals(100, first.get("charge_mAh_g").getAsDouble(), 1e-9); // 2 mAh over 20 mg
        assertEquals(0.9, first.get("ce").getAsDouble(), 1e-12);
        assertEquals(1, cycles.get(1).getAsJsonObject().get("retention").getAsDouble(), 1e-12);
        assertEquals(3.25 + 0.25 / 60, first.get("mean_charge_voltage_V").getAsDouble(), 1e-12);
        assertEquals(4, root.getAsJsonArray("half_cycles").size());
        assertEquals(4, root.getAsJsonArray("dqdv").size());
        assertEquals(14.4, root.getAsJsonArray("dqdv").get(0).getAsJsonObject().getAsJsonArray("dqdv_C_per_V").get(30).getAsDouble(), 1e-6);
        assertTrue(root.get("failure_time_h").isJsonNull());
        Run table = CommandLineTest.run("cycles", file.toString(), "--csv");
        assertEquals(0, table.exit(), table.err());
        assertTrue(table.out().startsWith("cycle,instrument cycle,first,partial,charge/C,discharge/C,"), table.out());
        assertTrue(table.out().contains("\n1,,charge,false,7.2"), table.out());
        assertEquals(1, CommandLineTest.run("cycles", folder.resolve("missing.mpr").toString()).exit());
        assertEquals(2, CommandLineTest.run("cycles", file.toString(), "--kind", "half").exit());
    }

    /** Issue 9, item 5: a reference cycle that does not exist is a bad argument (exit 2, one line), never NaN with exit 0. */
    @Test
    void cyclesRefusesAReferenceCycleThatDoesNotExist() throws Exception {
        Path file = folder.resolve("two.csv");
        Files.writeString(file, twoCycles(1.0));
        Run run = CommandLineTest.run("cycles", file.toString(), "--reference", "99");
        assertEquals(2, run.exit(), run.err());
        assertEquals("interphase cycles: --reference: reference cycle 99 does not exist: the record has 2 cycles (1 to 2)", run.err().strip());
        assertTrue(run.out().isEmpty(), run.out());
    }

    /**
     * A truncated last half cycle is partial: its cycle stays in the table, marked, without CE or retention (before: CE
     * 0.0009, retention 0.08 %), unless --include-partial.
     */
    @Test
    void cyclesLeavesATruncatedLastHalfCycleOutOfCeAndRetention() throws Exception {
        Path file = folder.resolve("truncated.csv");
        Files.writeString(file, twoCycles(0.01));
        JsonObject root = json(CommandLineTest.run("cycles", file.toString(), "--json"));
        JsonArray cycles = root.getAsJsonArray("cycles");
        assertEquals(2, cycles.size());
        JsonObject second = cycles.get(1).getAsJsonObject();
        assertTrue(second.get("partial").getAsBoolean());
        assertTrue(second.get("ce").isJsonNull(), second.toString());
        assertTrue(second.get("retention").isJsonNull(), second.toString());
        assertEquals(0.9, cycles.get(0).getAsJsonObject().get("ce").getAsDouble(), 1e-12);
        assertTrue(root.getAsJsonArray("notes").toString().contains("the last half cycle (discharge"), root.toString());
        assertFalse(root.get("flagged").getAsBoolean());
        // counting the partial cycle is allowed, and said: "flagged" and exit 3
        Run includedRun = CommandLineTest.run("cycles", file.toString(), "--json", "--include-partial");
        assertEquals(3, includedRun.exit(), includedRun.err());
        JsonObject included = JsonParser.parseString(includedRun.out()).getAsJsonObject();
        assertTrue(included.get("flagged").getAsBoolean());
        assertEquals(0.009, included.getAsJsonArray("cycles").get(1).getAsJsonObject().get("ce").getAsDouble(), 1e-9);
        assertEquals("record order (charge first)", root.get("pairing").getAsString());
        assertEquals("I", root.getAsJsonObject("columns").get("current").getAsString());
    }

    /** Two cycles of 2 mA charge / 1.8 mA discharge for 1 h each; the last discharge lasts the given fraction of an hour. */
    private static String twoCycles(double lastFraction) {
        StringBuilder csv = new StringBuilder("t/s,V/V,I/A\n0,3.0,0\n");
        double t = 0;
        for (int c = 0; c < 2; c++) {
            for (int k = 1; k <= 100; k++) {
                t += 36;
                csv.append(String.format(Locale.ROOT, "%s,%s,%s%n", t, 3.0 + 0.5 * k / 100, 2e-3));
            }
            int n = c == 1 ? (int) Math.round(100 * lastFraction) : 100;
            for (int k = 1; k <= n; k++) {
                t += 36;
                csv.append(String.format(Locale.ROOT, "%s,%s,%s%n", t, 3.4 - 0.5 * k / 100, -1.8e-3));
            }
        }
        return csv.toString();
    }

    private static double last(JsonArray array) {
        return array.get(array.size() - 1).getAsDouble();
    }

    private static void assertUsage(Run run, String message) {
        assertEquals(2, run.exit(), run.err());
        assertTrue(run.err().contains(message), run.err());
    }
}
