/*
 * Copyright (c) 2026 the Interphase contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.interphase.cli.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.interphase.cli.Numbers;
import org.interphase.cli.internal.CommandRegistry;
import org.interphase.cli.tests.CommandLineTest.Run;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * The command line behaves the same everywhere (issue 9, item 7 and "Bad input"; issue 11, item 4): one line for an error,
 * no usage text, files given to the wrong command named as such, units quoted or not, numbers rounded for people, invalid
 * models never computed.
 */
class ConsistencyTest {

    @TempDir
    Path folder;

    private static void oneLine(Run run, int exit, String expected) {
        assertEquals(exit, run.exit(), run.err());
        String err = run.err().strip();
        assertFalse(err.contains("\n"), "one line: " + err);
        assertFalse(err.contains("Usage:"), "no usage text: " + err);
        assertTrue(err.contains(expected), err);
    }

    @Test
    void aDataTableGivenToAModelCommandIsNamed() throws Exception {
        Path csv = folder.resolve("some.csv");
        Files.writeString(csv, "t/s,V/V,I/A\n0,3.0,0\n1,3.1,0.001\n");
        oneLine(CommandLineTest.run("simulate", csv.toString(), "--cell", "X", "--solver", "mci"), 1,
                "interphase simulate: `simulate` needs a .interphase model; some.csv looks like a data table");
        oneLine(CommandLineTest.run("spectrum", csv.toString(), "--cell", "X"), 1, "`spectrum` needs a .interphase model; some.csv looks like a data table");
        oneLine(CommandLineTest.run("describe", csv.toString()), 1, "`describe` needs a .interphase model");
        oneLine(CommandLineTest.run("validate", csv.toString()), 1, "`validate` needs a .interphase model");
        Path binary = folder.resolve("run.bin");
        Files.write(binary, new byte[] { 0, 1, 2, 3, 4, 5, 0, 0, 9 });
        oneLine(CommandLineTest.run("simulate", binary.toString(), "--cell", "X", "--solver", "mci"), 1, "run.bin looks like a binary file");
    }

    @Test
    void aModelGivenToADataCommandIsNamed() {
        oneLine(CommandLineTest.run("cycles", CommandLineTest.example().toString()), 1,
                "`cycles` needs an instrument data file; tolganbek2022.interphase is an Interphase model (.interphase)");
        oneLine(CommandLineTest.run("import", CommandLineTest.example().toString()), 1,
                "`import` needs an instrument data file; tolganbek2022.interphase is an Interphase model (.interphase)");
    }

    @Test
    void theImporterIsChosenWithFormatEverywhere() throws Exception {
        Path csv = folder.resolve("r.csv");
        Files.writeString(csv, "t/s,V/V,I/A\n0,3.0,0\n36,3.1,0.002\n72,3.2,0.002\n108,3.1,-0.002\n144,3.0,-0.002\n");
        Run run = CommandLineTest.run("cycles", csv.toString(), "--format", "text.columns", "--json");
        assertEquals(0, run.exit(), run.err());
        assertEquals("text.columns", JsonParser.parseString(run.out()).getAsJsonObject().get("importer").getAsString());
        oneLine(CommandLineTest.run("cycles", csv.toString(), "--importer", "text.columns"), 2, "'--importer'");
    }

    @Test
    void unitsParseQuotedOrNot() {
        String model = CommandLineTest.example().toString();
        Run quoted = CommandLineTest.run("simulate", model, "--cell", "Li|LATP|Li", "--solver", "mci", "--hours", "10", "--json", "--set",
                "sigma_e_mci=1e-5 S/cm");
        Run unquoted = CommandLineTest.run("simulate", model, "--cell", "Li|LATP|Li", "--solver", "mci", "--hours", "10", "--json", "--set",
                "sigma_e_mci=1e-5", "S/cm");
        assertEquals(0, quoted.exit(), quoted.err());
        assertEquals(0, unquoted.exit(), unquoted.err());
        JsonObject a = JsonParser.parseString(quoted.out()).getAsJsonObject();
        JsonObject b = JsonParser.parseString(unquoted.out()).getAsJsonObject();
        assertEquals(a.get("thickness_m"), b.get("thickness_m"));
        assertArrayEquals(new String[] { "--set", "a=1 S/cm", "--cell", "X" }, CommandRegistryAccess.join("--set", "a=1", "S/cm", "--cell", "X"));
        assertArrayEquals(new String[] { "--hours", "10", "model.interphase" }, CommandRegistryAccess.join("--hours", "10", "model.interphase"));
        assertArrayEquals(new String[] { "--set", "l0=2 nm" }, CommandRegistryAccess.join("--set", "l0=2", "nm"));
    }

    @Test
    void numbersForPeopleAreRounded() {
        assertEquals("0.001 mg", Numbers.grams(1.0000000000000002E-9));
        assertEquals("7 g", Numbers.grams(0.007));
        assertEquals("0.1", Numbers.people(0.1 + 0.2 - 0.2));
        assertEquals("1e-6", Numbers.people(1.0000000000000002E-6));
        assertEquals("none", Numbers.people(Double.NaN));
    }

    @Test
    void aDomainErrorIsOneLineWithoutUsage() {
        oneLine(CommandLineTest.run("simulate", CommandLineTest.example().toString(), "--cell", "Nope", "--solver", "mci"), 2, "no cell named 'Nope'");
        oneLine(CommandLineTest.run("simulate", CommandLineTest.example().toString(), "--cell", "Li|LATP|Li", "--solver", "mci", "--bogus"), 2,
                "Unknown option: '--bogus' (interphase simulate --help lists the options)");
    }

    /**
     * Issue 11, item 4: an invalid model is never computed; the validation errors are printed, exit 1. Each way of
     * breaking it the issue names: a thickness in S/cm, a non-finite value, a negative value, a negative diameter.
     */
    @Test
    void anInvalidModelIsNeverComputed() throws Exception {
        String text = Files.readString(CommandLineTest.example(), StandardCharsets.UTF_8);
        String thickness = "<thickness value=\"1.0\" unit=\"mm\" source=\"user\" note=\"not reported in the paper";
        String bulk = "<bulkConductivity value=\"1.0E-3\" unit=\"S/cm\"";
        String diameter = "<diameter value=\"8\" unit=\"mm\" source=\"paper\" note=\"pressed in an 8 mm die\"/>";
        String[][] breakages = { { thickness, thickness.replace("unit=\"mm\"", "unit=\"S/cm\""), "unit 'S/cm'" },
                { bulk, bulk.replace("1.0E-3", "NaN"), "not a finite number" },
                { bulk, bulk.replace("1.0E-3", "Infinity"), "not a finite number" },
                { bulk, bulk.replace("1.0E-3", "-1.0E-3"), "must be" },
                { diameter, diameter.replace("value=\"8\"", "value=\"-8\""), "must be" } };
        for (String[] breakage : breakages) {
            String broken = text.replace(breakage[0], breakage[1]);
            assertTrue(!broken.equals(text), "the example holds " + breakage[0]);
            assertInvalidIsNotComputed(broken, breakage[2]);
        }
    }

    /** Issue 11, item 4: a 200,000-entry stack is refused by spectrum with one line (the cell-to-circuit step takes at most 1000). */
    @Test
    void aHugeStackIsRefusedWithOneLine() throws Exception {
        String text = Files.readString(CommandLineTest.example(), StandardCharsets.UTF_8);
        String stack = "    <stack layer=\"li-foil\"/>\n    <stack layer=\"latp-pellet\"/>\n    <stack layer=\"li-foil\"/>\n";
        int at = text.indexOf(stack);
        assertTrue(at > 0, "the example's Li|LATP|Li stack");
        StringBuilder huge = new StringBuilder("    <stack layer=\"li-foil\"/>\n");
        for (int i = 0; i < 199_998; i++) {
            huge.append("    <stack layer=\"latp-pellet\"/>\n");
        }
        huge.append("    <stack layer=\"li-foil\"/>\n");
        Path model = folder.resolve("huge.interphase");
        Files.writeString(model, text.substring(0, at) + huge + text.substring(at + stack.length()));
        Run run = CommandLineTest.run("spectrum", model.toString(), "--cell", "Li|LATP|Li");
        assertEquals(1, run.exit(), run.err());
        assertTrue(run.out().isEmpty(), run.out());
        assertEquals(1, run.err().strip().lines().count(), run.err());
        assertTrue(run.err().contains("200000 entries") && run.err().contains("at most 1000"), run.err());
    }

    private void assertInvalidIsNotComputed(String broken, String expected) throws Exception {
        Path model = folder.resolve("broken.interphase");
        Files.writeString(model, broken);
        for (String[] args : new String[][] { { "simulate", model.toString(), "--cell", "Li|LATP|Li", "--solver", "symmetric" },
                { "spectrum", model.toString(), "--cell", "Li|LATP|Li" }, { "describe", model.toString() } }) {
            Run run = CommandLineTest.run(args);
            assertEquals(1, run.exit(), args[0] + ": " + run.err());
            assertTrue(run.out().isEmpty(), args[0] + " printed " + run.out());
            assertTrue(run.err().contains("ERROR ") && run.err().contains("nothing computed"), run.err());
            assertTrue(run.err().contains(expected), args[0] + " should say '" + expected + "': " + run.err());
        }
    }

    static final class CommandRegistryAccess {
        static String[] join(String... args) {
            return CommandRegistry.joinUnits(args);
        }
    }
}
