/*
 * Copyright (c) 2026 the Interphase contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.interphase.solver.benchmarks;

import java.io.FileNotFoundException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Finds the shared reference data (../shared/data beside the repository) for the benchmarks: the system property
 * interphase.data or the environment variable INTERPHASE_DATA (the data folder), else shared/data or ../shared/data
 * from the working directory or one of its parents.
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
        if (repository != null && Files.isRegularFile(Path.of(repository, "..", "shared", "data", relative))) {
            return Path.of(repository, "..", "shared", "data", relative).normalize();
        }
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            for (Path candidate : new Path[] { dir.resolve("shared/data").resolve(relative), dir.resolve("../shared/data").resolve(relative) }) {
                if (Files.isRegularFile(candidate)) {
                    return candidate.normalize();
                }
            }
        }
        throw new FileNotFoundException(relative + " not found: set -Dinterphase.data=DIR or INTERPHASE_DATA=DIR (the shared data folder), "
                + "or run from the repository (../shared/data beside it)");
    }
}
