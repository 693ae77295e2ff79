/*
 * Copyright (c) 2026 the Interphase contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.interphase.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.interphase.cli.tests.CommandLineTest.Run;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ValidateCommandTest {

    @TempDir
    Path folder;

    @Test
    void exampleIsValid() {
        Run run = CommandLineTest.run("validate", CommandLineTest.example().toString());
        assertEquals(0, run.exit(), run.out() + run.err());
        assertEquals("", run.out());
        assertTrue(run.err().contains("0 error(s), 0 warning(s)"), run.err());
    }

    @Test
    void brokenModelGivesOneLinePerIssueAndExitsOne() throws Exception {
        String model = Files.readString(CommandLineTest.example());
        model = model.replace("<thickness value=\"1.0\" unit=\"mm\"", "<thickness value=\"-1.0\" unit=\"mm\"")
                .replace("name=\"CPE1_1\" value=\"0.85\" unit=\"1\" lowerBound=\"0\" upperBound=\"1\"", "name=\"CPE1_1\" value=\"1.5\" unit=\"1\"")
                .replace("name=\"EIS Li|LATP|Li\" cell=\"cell-li-latp-li\"", "name=\"EIS Li|LATP|Li\"");
        Path broken = folder.resolve("broken.interphase");
        Files.writeString(broken, model);
        Run run = CommandLineTest.run("validate", broken.toString());
        assertEquals(1, run.exit());
        List<String> lines = run.out().lines().toList();
        assertEquals(3, lines.size(), run.out());
        assertTrue(lines.contains("ERROR layers[LATP pellet]/thickness: thickness of material layer 'LATP pellet' must be > 0 (is -1 mm)"),
                run.out());
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("ERROR circuitModels[Symmetric Li | LATP | Li]/parameters[CPE1_1]: ")
                && l.contains("(0, 1]")), run.out());
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("ERROR experiments[EIS Li|LATP|Li]: ") && l.contains("names no cell")), run.out());
        assertTrue(run.err().contains("3 error(s)"), run.err());
    }
}
