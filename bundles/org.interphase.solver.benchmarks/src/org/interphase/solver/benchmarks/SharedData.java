/*
 * Copyright (c) 2026 the Interphase contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.interphase.solver.benchmarks;

import java.io.FileNotFoundException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Finds the files the benchmarks read in the repository's test corpus (testdata/): the system property interphase.data
 * or the environment variable INTERPHASE_DATA (a folder of the same layout), else testdata/ of the repository named
 * by interphase.repository, of the working directory or of one of its parents.
 */
public final class SharedData {

    private SharedData() {
    }

    /** The file, e.g. "csv-eis/exampleData.csv"; throws naming where it looked. */
    public static Path find(String relative) throws FileNotFoundException {
        String configured = System.getProperty("interphase.data", System.getenv("INTERPHASE_DATA"));
        if (configured != null && Files.isRegularFile(Path.of(configured, relative))) {
            return Path.of(configured, relative);
        }
        String repository = System.getProperty("interphase.repository");
        if (repository != null && Files.isRegularFile(Path.of(repository, "testdata", relative))) {
            return Path.of(repository, "testdata", relative).normalize();
        }
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("testdata").resolve(relative);
            if (Files.isRegularFile(candidate)) {
                return candidate.normalize();
            }
        }
        throw new FileNotFoundException(relative + " not found: run from the repository (its testdata/ folder), "
                + "or set -Dinterphase.data=DIR or INTERPHASE_DATA=DIR to a folder of the same layout");
    }
}
