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

import org.interphase.cli.tests.CommandLineTest.Run;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import org.interphase.testdata.TestCorpus;

/** The EIS commands: keys, numbers against docs/physics.md / testdata/README.md, and exit codes 0/1/2/3. */
class EisCommandsTest {

    static Path exampleData() {
        return TestCorpus.file(String.join("/", "csv-eis", "exampleData.csv"));
    }

    @Test
    void impedanceGivesVeis2() {
        Run run = CommandLineTest.run("impedance", "--circuit", "R0-p(R1,C1)-p(R2-Wo1,C2)", "--params", "10,100,1e-6,50,20,1.0,1e-4", "--freq",
                "1e3,1e-2", "--json");
        assertEquals(0, run.exit(), run.err());
        JsonObject o = JsonParser.parseString(run.out()).getAsJsonObject();
        assertEquals(81.74609776718987, o.getAsJsonArray("re").get(0).getAsDouble(), 1e-9 * 81.7);
        assertEquals(-317.7230335800707, o.getAsJsonArray("im").get(1).getAsDouble(), 1e-9 * 317.7);
        assertEquals(1e3, o.getAsJsonArray("f").get(0).getAsDouble());
        // bad arguments exit 2, naming the problem
        Run bad = CommandLineTest.run("impedance", "--circuit", "R0-p(R1,C1", "--params", "1,2,3", "--freq", "1");
        assertEquals(2, bad.exit());
        assertTrue(bad.err().contains("at 10"), bad.err());
        Run count = CommandLineTest.run("impedance", "--circuit", "R0-p(R1,C1)", "--params", "1,2", "--freq", "1");
        assertEquals(2, count.exit());
        assertTrue(count.err().contains("3 parameters"), count.err());
    }

    @Test
    void fitReportsTheConvergedMinimumWithDocumentedKeys() {
        Run run = CommandLineTest.run("fit", exampleData().toString(), "--circuit", "R0-p(R1,C1)-p(R2-Wo1,C2)", "--guess", ".01,.01,100,.01,.05,100,1",
                "--weight", "unit", "--drop-positive-imag", "--json");
        assertEquals(0, run.exit(), run.err());
        JsonObject o = JsonParser.parseString(run.out()).getAsJsonObject();
        assertEquals("R0-p(R1,C1)-p(R2-Wo1,C2)", o.get("circuit").getAsString());
        assertEquals("unit", o.get("weighting").getAsString());
        assertEquals(57, o.get("points").getAsInt());
        assertTrue(o.get("converged").getAsBoolean());
        assertTrue(o.get("chi2_reduced").getAsDouble() > 0);
        JsonArray p = o.getAsJsonArray("parameters");
        assertEquals(7, p.size());
        JsonObject tau = p.get(5).getAsJsonObject();
        assertEquals("Wo1_1", tau.get("name").getAsString());
        assertEquals(237.847, tau.get("value").getAsDouble(), 0.237847); // testdata/README.md, 0.1 %
        assertEquals("s", tau.get("unit").getAsString());
        JsonArray ci = tau.getAsJsonArray("ci95");
        assertTrue(ci.get(0).getAsDouble() < 237.847 && 237.847 < ci.get(1).getAsDouble());
        assertTrue(tau.get("stderr").getAsDouble() > 0);
        assertEquals(7, o.getAsJsonArray("correlation").size());
        assertEquals(1.0, o.getAsJsonArray("correlation").get(0).getAsJsonArray().get(0).getAsDouble(), 1e-12);
    }

    @Test
    void fitOfManyFilesPrintsOneObjectPerLineAndFailsForUnreadableOnes(@TempDir Path dir) throws Exception {
        Path copy = dir.resolve("copy.csv");
        Files.copy(exampleData(), copy);
        Run run = CommandLineTest.run("fit", exampleData().toString(), copy.toString(), "--circuit", "R0-p(R1,C1)-p(R2-Wo1,C2)", "--guess",
                ".01,.01,100,.01,.05,100,1", "--drop-positive-imag");
        assertEquals(0, run.exit(), run.err());
        String[] lines = run.out().strip().split("\n");
        assertEquals(2, lines.length, run.out());
        for (String line : lines) {
            assertTrue(JsonParser.parseString(line).getAsJsonObject().get("converged").getAsBoolean());
        }
        Run missing = CommandLineTest.run("fit", exampleData().toString(), dir.resolve("nothing.csv").toString(), "--circuit", "R0-p(R1,C1)-p(R2-Wo1,C2)",
                "--guess", ".01,.01,100,.01,.05,100,1", "--drop-positive-imag");
        assertEquals(1, missing.exit());
        assertTrue(missing.err().contains("nothing.csv"), missing.err());
        assertEquals(2, CommandLineTest.run("fit", exampleData().toString(), "--circuit", "R0-p(R1,C1)", "--weight", "heavy").exit());
        assertEquals(2, CommandLineTest.run("fit", exampleData().toString(), "--circuit", "R0-p(R1,C1)", "--fixed", "X1=3").exit());
    }

    @Test
    void aFitThatStaysAtItsStartIsFlaggedWithExit3() {
        // issue 9: this fit used to exit 0 "converged" after one iteration with every value equal to the guess
        Path powersuite = TestCorpus.file("powersuite-txt/exampleDataPowersuite.txt");
        Run run = CommandLineTest.run("fit", powersuite.toString(), "--circuit", "R0-p(R1,CPE1)-W1", "--guess", "1e-6,1.971e5,2.335e-11,0.85,1.943e4",
                "--weight", "unit", "--json");
        assertEquals(3, run.exit(), run.err());
        JsonObject o = JsonParser.parseString(run.out()).getAsJsonObject();
        assertFalse(o.get("converged").getAsBoolean());
        assertTrue(o.get("message").getAsString().contains("did not move"), o.get("message").getAsString());
        assertTrue(run.err().contains("FLAGGED"), run.err());
        assertTrue(o.has("cost") && o.has("first_start_cost") && o.has("starts") && o.has("multistart_found_lower"), run.out());
        for (var e : o.getAsJsonArray("parameters")) {
            JsonObject p = e.getAsJsonObject();
            assertTrue(p.has("unidentifiable") && p.has("at_bound"), p.toString());
            if (p.get("name").getAsString().equals("CPE1_1")) {
                JsonArray ci = p.getAsJsonArray("ci95");
                assertTrue(ci.get(0).getAsDouble() >= 0 && ci.get(1).getAsDouble() <= 1, "exponent interval " + ci);
            }
        }
        // without starting values: the best minimum (scipy, 200 starts: S/2 = 2.10934e10) has R0 running to 0, still flagged
        Run unaided = CommandLineTest.run("fit", powersuite.toString(), "--circuit", "R0-p(R1,CPE1)-W1", "--weight", "unit", "--json");
        assertEquals(3, unaided.exit(), unaided.err());
        JsonObject u = JsonParser.parseString(unaided.out()).getAsJsonObject();
        assertEquals(2.10934e10, u.get("cost").getAsDouble(), 2.10934e10 * 1e-4);
        assertTrue(u.getAsJsonArray("parameters").get(0).getAsJsonObject().get("unidentifiable").getAsBoolean(), unaided.out());
    }

    @Test
    void aFitWithoutStartingValuesConvergesOnTheExample() {
        Run run = CommandLineTest.run("fit", exampleData().toString(), "--circuit", "R0-p(R1,C1)-p(R2-Wo1,C2)", "--drop-positive-imag", "--json");
        assertEquals(0, run.exit(), run.err());
        JsonObject o = JsonParser.parseString(run.out()).getAsJsonObject();
        assertTrue(o.get("converged").getAsBoolean());
        // at least as low as the minimum reached from impedance.py's guess (MANIFEST.md, modulus weighting: S/2 = 1.001080e-2)
        assertTrue(o.get("cost").getAsDouble() <= 1.001080e-2 * (1 + 1e-5), run.out());
        assertTrue(o.get("starts").getAsInt() > 1);
    }

    @Test
    void aFitThatCannotRunExits1() {
        Run run = CommandLineTest.run("fit", exampleData().toString(), "--circuit", "R0-p(R1,C1)", "--fixed", "R0=1,R1=1,C1=1");
        assertEquals(1, run.exit());
        assertTrue(run.err().contains("all parameters are fixed"), run.err());
        assertFalse(run.out().contains("NaN"), run.out());
    }

    @Test
    void kkGivesAVerdict() {
        Run run = CommandLineTest.run("kk", exampleData().toString(), "--c", "0.85", "--drop-positive-imag", "--json");
        assertEquals(0, run.exit(), run.err());
        JsonObject o = JsonParser.parseString(run.out()).getAsJsonObject();
        for (String key : new String[] { "M", "mu", "max_abs_residual_real", "max_abs_residual_imag", "valid" }) {
            assertTrue(o.has(key), key);
        }
        assertTrue(o.get("mu").getAsDouble() <= 0.85 || !o.get("mu_reached").getAsBoolean());
        assertEquals(2, CommandLineTest.run("kk", exampleData().toString(), "--c", "1.5").exit());
        assertEquals(1, CommandLineTest.run("kk", "/nonexistent/file.csv").exit());
    }

    @Test
    void drtGivesTauGammaAndPeaks() {
        Run run = CommandLineTest.run("drt", exampleData().toString(), "--drop-positive-imag", "--json");
        assertEquals(0, run.exit(), run.err());
        JsonObject o = JsonParser.parseString(run.out()).getAsJsonObject();
        assertEquals(81, o.getAsJsonArray("tau").size());
        assertEquals(81, o.getAsJsonArray("gamma").size());
        assertTrue(o.get("lambda").getAsDouble() > 0);
        assertTrue(o.get("r_inf").getAsDouble() >= 0);
        assertTrue(o.getAsJsonArray("peaks").size() >= 1);
        Run given = CommandLineTest.run("drt", exampleData().toString(), "--drop-positive-imag", "--lambda", "1e-3", "--json");
        assertEquals(1e-3, JsonParser.parseString(given.out()).getAsJsonObject().get("lambda").getAsDouble());
        assertEquals(2, CommandLineTest.run("drt", exampleData().toString(), "--lambda", "much").exit());
    }

    @Test
    void spectrumOfThePapersCells() {
        Run run = CommandLineTest.run("spectrum", CommandLineTest.example().toString(), "--cell", "Li|IL|LATP|IL|Li", "--json");
        assertEquals(0, run.exit(), run.err());
        JsonObject o = JsonParser.parseString(run.out()).getAsJsonObject();
        assertEquals("p(R0,C0)-p(R1,C1)-p(R2,C2)-p(R3,C3)-p(R4,C4)-p(R5,C5)", o.get("circuit").getAsString());
        // apparent conductivity consistent with the paper's 1.6e-4 S/cm (interface resistances calibrated, see CellSettings)
        assertEquals(1.6e-2, o.get("apparent_conductivity").getAsDouble(), 1.6e-5);
        assertEquals(111, o.getAsJsonArray("f").size());
        Run bare = CommandLineTest.run("spectrum", CommandLineTest.example().toString(), "--cell", "Li|LATP|Li", "--json", "--set", "cdl=0.02");
        assertEquals(1.8e-3, JsonParser.parseString(bare.out()).getAsJsonObject().get("apparent_conductivity").getAsDouble(), 1.8e-6);
        assertEquals(2, CommandLineTest.run("spectrum", CommandLineTest.example().toString(), "--cell", "nope").exit());
        assertEquals(2, CommandLineTest.run("spectrum", CommandLineTest.example().toString(), "--cell", "Li|LATP|Li", "--set", "cdl=-1").exit());
    }
}
