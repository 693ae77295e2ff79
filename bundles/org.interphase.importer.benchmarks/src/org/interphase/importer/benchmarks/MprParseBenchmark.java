/*
 * Copyright (c) 2026 the Interphase contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.interphase.importer.benchmarks;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.interphase.data.Dataset;
import org.interphase.data.DatasetBuilder;
import org.interphase.data.Datasets;
import org.interphase.importer.Importers;
import org.interphase.importer.biologic.MprImporter;
import org.interphase.benchmark.Benchmark;
import org.osgi.service.component.annotations.Component;

/**
 * import.mpr: parsing jdb11-1_c3_gcpl_5cycles_2V-3p8V_C-24_data_C09.mpr (2.4 MB, 46,102 points, 16 columns) warm,
 * into memory, against galvani's 5.4 ms on this kind of machine (the figure). Also through the registry
 * (magic bytes, candidates, read).
 */
@Component(service = Benchmark.class)
public class MprParseBenchmark implements Benchmark {

    static final String FILE = "jdb11-1_c3_gcpl_5cycles_2V-3p8V_C-24_data_C09.mpr";

    @Override
    public String id() {
        return "import.mpr";
    }

    @Override
    public String description() {
        return "parse biologic-mpr/" + FILE + " (2.4 MB, 46,102 points) warm, into memory";
    }

    @Override
    public List<Measurement> run() throws Exception {
        Path file = BenchmarkData.file("biologic-mpr", FILE);
        MprImporter importer = new MprImporter();
        NullProgressMonitor monitor = new NullProgressMonitor();
        int rows = 0;
        // warm up: the JIT compiles the record loops
        long warmUntil = System.nanoTime() + 3_000_000_000L;
        while (System.nanoTime() < warmUntil) {
            DatasetBuilder builder = Datasets.inMemory();
            importer.read(file, builder, monitor);
            rows = builder.build().rows();
        }
        if (rows != 46102) {
            throw new IllegalStateException(FILE + " gave " + rows + " rows, not 46102");
        }
        int runs = 200;
        double[] parse = new double[runs];
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            DatasetBuilder builder = Datasets.inMemory();
            importer.read(file, builder, monitor);
            Dataset dataset = builder.build();
            parse[i] = (System.nanoTime() - start) / 1e6;
            rows = dataset.rows();
        }
        double[] registry = new double[runs];
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            Importers.read(file, null);
            registry[i] = (System.nanoTime() - start) / 1e6;
        }
        double min = java.util.Arrays.stream(parse).min().orElse(0);
        double median = BenchmarkData.median(parse);
        double megabytes = Files.size(file) / 1e6;
        return List.of(new Measurement("median parse time (MprImporter, in memory)", median, "ms", "<= 5.4 ms (galvani)"),
                new Measurement("fastest parse", min, "ms", "<= 5.4 ms (galvani)"),
                new Measurement("throughput at the median", megabytes / (median / 1e3), "MB/s", "-"),
                new Measurement("median through Importers.read (registry)", BenchmarkData.median(registry), "ms", "-"));
    }
}
