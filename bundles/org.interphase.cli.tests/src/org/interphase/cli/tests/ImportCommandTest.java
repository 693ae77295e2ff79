/*
 * Copyright (c) 2026 the Interphase contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.interphase.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
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

/** ./interphase formats and ./interphase import, on real files of the test corpus. */
class ImportCommandTest {

    @TempDir
    Path folder;

    static Path shared(String dir, String file) {
        return TestCorpus.file(String.join("/", dir, file));
    }

    @Test
    void formatsListsTheInstalledImporters() {
        Run run = CommandLineTest.run("formats");
        assertEquals(0, run.exit(), run.err());
        assertTrue(run.out().startsWith("id "), run.out());
        assertTrue(run.out().lines().anyMatch(l -> l.startsWith("biologic.mpr") && l.contains("Bio-Logic") && l.contains("mpr")), run.out());
        assertTrue(run.out().lines().anyMatch(l -> l.startsWith("text.columns") && l.contains("(fallback)")), run.out());
        JsonArray json = JsonParser.parseString(CommandLineTest.run("formats", "--json").out()).getAsJsonArray();
        assertTrue(json.size() >= 15, json.toString());
        JsonObject gamry = json.asList().stream().map(e -> e.getAsJsonObject()).filter(o -> o.get("id").getAsString().equals("gamry.dta"))
                .findFirst().orElseThrow();
        assertEquals("Gamry", gamry.get("vendor").getAsString());
        assertEquals("dta", gamry.getAsJsonArray("extensions").get(0).getAsString());
        assertTrue(gamry.get("magic").getAsBoolean());
    }

    @Test
    void importJsonDescribesTheDataset() {
        Run run = CommandLineTest.run("import", shared("biologic-mpr", "peis.mpr").toString(), "--json");
        assertEquals(0, run.exit(), run.err());
        JsonObject json = JsonParser.parseString(run.out()).getAsJsonObject();
        assertEquals("biologic.mpr", json.get("format").getAsString());
        assertEquals("EIS", json.get("technique").getAsString());
        assertEquals(32, json.get("rows").getAsInt());
        JsonObject first = json.getAsJsonArray("columns").get(0).getAsJsonObject();
        assertEquals("freq", first.get("name").getAsString());
        assertEquals("Hz", first.get("unit").getAsString());
        assertEquals("frequency", first.get("quantity").getAsString());
        assertEquals("1", json.getAsJsonObject("metadata").get("channel").getAsString());
        assertEquals(java.util.Set.of("format", "technique", "rows", "columns", "warnings", "metadata"), json.keySet());
        assertEquals(0, json.getAsJsonArray("warnings").size());
    }

    /** What an importer read past travels to the JSON ("warnings": where, what) and to stderr, and the file is read. */
    @Test
    void warningsGoToTheJsonAndToStderr() {
        Path ism = TestCorpus.file("field-reports/zahner-ism/rc-data.ism");
        Run run = CommandLineTest.run("import", ism.toString(), "--json");
        assertEquals(0, run.exit(), run.err());
        JsonObject json = JsonParser.parseString(run.out()).getAsJsonObject();
        assertEquals(55, json.get("rows").getAsInt());
        JsonObject warning = json.getAsJsonArray("warnings").get(0).getAsJsonObject();
        assertEquals("byte 2933 (0xb75)", warning.get("where").getAsString());
        assertTrue(warning.get("what").getAsString().contains("1200 bytes after the acquisition settings"), warning.toString());
        assertTrue(!json.getAsJsonObject("metadata").has("warnings"), json.toString());
        assertTrue(run.err().lines().anyMatch(l -> l.startsWith("WARNING " + ism + ": zahner.ism: byte 2933 (0xb75): 1200 bytes")), run.err());
        Run plain = CommandLineTest.run("import", ism.toString());
        assertEquals(0, plain.exit(), plain.err());
        assertTrue(plain.out().contains("warning: byte 2933 (0xb75): 1200 bytes"), plain.out());
    }

    @Test
    void importCsvPrintsTheTable() {
        Run run = CommandLineTest.run("import", shared("zplot-z", "exampleDataZPlot.z").toString(), "--csv");
        assertEquals(0, run.exit(), run.err());
        String[] lines = run.out().split("\n");
        assertEquals("freq/Hz,Ampl/V,Bias/V,time/s,Z'/Ohm,Z''/Ohm,GD,Err,Range/1", lines[0]);
        assertEquals(1 + 21, lines.length);
        assertTrue(lines[1].startsWith("300000.0,0.01,0.0,2.67,147.77,-11.335,"), lines[1]);
    }

    @Test
    void aFolderIsWalkedAndEachFileReported() throws Exception {
        Files.copy(shared("zplot-z", "Circuit1_EIS_1.z"), folder.resolve("a.z"));
        Files.createDirectories(folder.resolve("sub"));
        Files.copy(shared("gamry-dta", "exampleDataGamry.DTA"), folder.resolve("sub/b.DTA"));
        Files.writeString(folder.resolve("sub/notes.bin"), "\u0001\u0002 not data");
        Run run = CommandLineTest.run("import", folder.toString());
        assertEquals(1, run.exit(), "one file could not be read");
        assertTrue(run.out().contains(folder.resolve("a.z") + ": zplot.z, EIS, 48 rows"), run.out());
        assertTrue(run.out().contains(folder.resolve("sub/b.DTA") + ": gamry.dta, EIS, 72 rows"), run.out());
        assertTrue(run.err().contains("ERROR " + folder.resolve("sub/notes.bin")), run.err());
        assertTrue(run.err().contains("2 of 3 files read"), run.err());
        JsonArray json = JsonParser.parseString(CommandLineTest.run("import", folder.toString(), "--json").out()).getAsJsonArray();
        assertEquals(3, json.size());
        assertTrue(json.get(2).getAsJsonObject().has("error"), json.toString());
    }

    @Test
    void errorsGoToStderrWithTheirExitCode() throws Exception {
        Path bad = folder.resolve("bad.mpr");
        Files.write(bad, new byte[] { 'B', 'I', 'O' });
        Run run = CommandLineTest.run("import", bad.toString());
        assertEquals(1, run.exit());
        assertEquals("", run.out());
        assertTrue(run.err().startsWith("ERROR " + bad), run.err());
        Run unknown = CommandLineTest.run("import", bad.toString(), "--format", "vendor.nothing");
        assertEquals(2, unknown.exit());
        assertTrue(unknown.err().contains("no importer 'vendor.nothing' is installed"), unknown.err());
        assertEquals(2, CommandLineTest.run("import", bad.toString(), "--json", "--csv").exit());
        Run forced = CommandLineTest.run("import", shared("biologic-mpt", "ocv.mpt").toString(), "--format", "gamry.dta");
        assertEquals(1, forced.exit());
        assertTrue(forced.err().contains("gamry.dta: line 1: not a Gamry .DTA file"), forced.err());
    }
}
