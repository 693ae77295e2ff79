/*
 * Copyright (c) 2026 the Interphase contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.interphase.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import org.interphase.cli.internal.CommandRegistry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The headless application's dispatch: help, unknown commands, bad arguments, exit codes. */
class CommandLineTest {

    @TempDir
    Path folder;

    /** The outcome of one command line. */
    record Run(int exit, String out, String err) {
    }

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = new CommandRegistry().run(args, new PrintWriter(out), new PrintWriter(err));
        return new Run(exit, out.toString(), err.toString());
    }

    static Path example() {
        return Path.of(System.getProperty("interphase.repository", "../.."), "examples/tolganbek2022/tolganbek2022.interphase");
    }

    @Test
    void helpListsEveryCommandAndExitsZero() {
        Run run = run("--help");
        assertEquals(0, run.exit());
        for (String command : new String[] { "ide", "validate", "describe" }) {
            assertTrue(run.out().contains("  " + command + " "), command + " missing in\n" + run.out());
        }
    }

    @Test
    void noCommandPrintsUsageAndExitsTwo() {
        Run run = run();
        assertEquals(2, run.exit());
        assertTrue(run.err().startsWith("Usage: interphase"), run.err());
    }

    @Test
    void unknownCommandPrintsUsageAndExitsTwo() {
        Run run = run("frobnicate");
        assertEquals(2, run.exit());
        assertTrue(run.err().contains("unknown command 'frobnicate'"), run.err());
        assertTrue(run.err().contains("Usage: interphase"), run.err());
    }

    @Test
    void badArgumentsExitTwo() {
        assertEquals(2, run("describe").exit(), "missing MODEL");
        Run bogus = run("describe", example().toString(), "--bogus");
        assertEquals(2, bogus.exit());
        assertTrue(bogus.err().contains("--bogus"), bogus.err());
        // one line, no usage text: it points to --help instead
        assertEquals("interphase describe: Unknown option: '--bogus' (interphase describe --help lists the options)", bogus.err().strip());
    }

    @Test
    void commandHelpExitsZero() {
        Run run = run("validate", "--help");
        assertEquals(0, run.exit());
        assertTrue(run.out().contains("SEVERITY path: message"), run.out());
    }

    @Test
    void missingModelFileExitsOneNamingTheFile() throws Exception {
        Path missing = folder.resolve("missing.interphase");
        Run run = run("describe", missing.toString());
        assertEquals(1, run.exit());
        assertTrue(run.err().contains(missing.toString()) && run.err().contains("no such file"), run.err());
        Files.writeString(folder.resolve("not-xml.interphase"), "this is not a model");
        Run notXml = run("validate", folder.resolve("not-xml.interphase").toString());
        assertEquals(1, notXml.exit());
        // never an XML parser's message: what the command needs and what the file looks like
        assertEquals("interphase validate: `validate` needs a .interphase model; not-xml.interphase looks like a text file", notXml.err().strip());
    }
}
