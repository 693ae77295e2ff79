/*
 * Copyright (c) 2026 the Interphase contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.interphase.importer.benchmarks;

import java.io.FileNotFoundException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Where the benchmarks find their files: -Dinterphase.data, $INTERPHASE_DATA, or the repository's test corpus testdata/. */
final class BenchmarkData {

    private BenchmarkData() {
    }

    static Path file(String dir, String name) throws FileNotFoundException {
        List<Path> roots = new ArrayList<>();
        if (System.getProperty("interphase.data") != null) {
            roots.add(Path.of(System.getProperty("interphase.data")));
        }
        if (System.getenv("INTERPHASE_DATA") != null) {
            roots.add(Path.of(System.getenv("INTERPHASE_DATA")));
        }
        if (System.getProperty("interphase.repository") != null) {
            roots.add(Path.of(System.getProperty("interphase.repository"), "testdata"));
        }
        for (Path up = Path.of("").toAbsolutePath(); up != null; up = up.getParent()) {
            roots.add(up.resolve("testdata"));
        }
        for (Path root : roots) {
            Path file = root.resolve(dir).resolve(name).normalize();
            if (Files.isRegularFile(file)) {
                return file;
            }
        }
        throw new FileNotFoundException(dir + "/" + name + " not found in " + roots
                + " (run from the repository, or set INTERPHASE_DATA to a folder of the same layout)");
    }

    /** The median of the values (sorted in place). */
    static double median(double[] values) {
        java.util.Arrays.sort(values);
        int n = values.length;
        return n % 2 == 1 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
    }
}
