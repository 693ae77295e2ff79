/*
 * Copyright (c) 2026 the Interphase contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.interphase.solver.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.Stream;

import org.interphase.examples.Examples;
import org.interphase.model.Cell;
import org.interphase.model.Project;
import org.interphase.model.resource.InterphaseModels;

/** Helpers of the benchmarks: the example model, and the median time of repeated runs after a warm-up. */
public final class Timing {

    /** Something to time. */
    @FunctionalInterface
    public interface Run {
        void run() throws Exception;
    }

    private Timing() {
    }

    /** Median wall time per run in ms, after warming up for about a second or a number of runs. */
    public static double medianMillis(Run run, int repeats) throws Exception {
        long warmUntil = System.nanoTime() + 1_000_000_000L;
        for (int i = 0; i < 3 || (System.nanoTime() < warmUntil && i < 200); i++) {
            run.run();
        }
        double[] ms = new double[repeats];
        for (int i = 0; i < repeats; i++) {
            long start = System.nanoTime();
            run.run();
            ms[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(ms);
        return ms[repeats / 2];
    }

    /** The example project of the paper, copied to a temporary folder and loaded. */
    public static Project example() throws Exception {
        Path folder = Files.createTempDirectory("interphase-benchmark");
        try {
            Examples.copy(Examples.TOLGANBEK_2022, folder);
            try (Stream<Path> files = Files.walk(folder)) {
                Path model = files.filter(p -> p.toString().endsWith(".interphase")).findFirst()
                        .orElseThrow(() -> new IOException("the example project has no .interphase model"));
                return InterphaseModels.load(model);
            }
        } finally {
            try (Stream<Path> files = Files.walk(folder)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    /** The cell of that name in the project. */
    public static Cell cell(Project project, String name) {
        return project.getCells().stream().filter(c -> name.equals(c.getName())).findFirst()
                .orElseThrow(() -> new IllegalStateException("the example has no cell '" + name + "'"));
    }
}
