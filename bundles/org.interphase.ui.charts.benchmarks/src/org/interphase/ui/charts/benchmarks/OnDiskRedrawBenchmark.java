/*
 * Copyright (c) 2026 the Interphase contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.interphase.ui.charts.benchmarks;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.DoubleUnaryOperator;

import org.interphase.data.Column;
import org.interphase.data.Dataset;
import org.interphase.data.DatasetBuilder;
import org.interphase.data.DatasetStore;
import org.interphase.data.QuantityKind;
import org.interphase.data.Technique;
import org.interphase.benchmark.Benchmark;
import org.osgi.service.component.annotations.Component;

/** chart.redraw.10m: 10,000,000 points in the on-disk store (memory-mapped). */
@Component(service = Benchmark.class)
public class OnDiskRedrawBenchmark extends RedrawBenchmarks {
    @Override
    public String id() {
        return "chart.redraw.10m";
    }

    @Override
    public String description() {
        return "redraw of a 10,000,000-point V(t) from the on-disk dataset store (memory-mapped) after a zoom; run with -Xmx1g";
    }

    @Override
    Column[] columns(List<AutoCloseable> cleanup) throws Exception {
        int n = 10_000_000;
        Path folder = Files.createTempDirectory("interphase-chart-10m");
        cleanup.add(deleting(folder));
        DatasetBuilder builder = DatasetStore.create(folder.resolve("store"));
        builder.technique(Technique.GALVANOSTATIC_CYCLING);
        DatasetBuilder.ColumnWriter t = builder.column("t", "s", QuantityKind.TIME);
        DatasetBuilder.ColumnWriter v = builder.column("Ewe", "V", QuantityKind.POTENTIAL);
        DoubleUnaryOperator f = voltage();
        for (int i = 0; i < n; i++) {
            double time = i * 0.216;
            t.append(time);
            v.append(f.applyAsDouble(time));
        }
        builder.build().close();
        Dataset dataset = DatasetStore.open(folder.resolve("store"));
        cleanup.add(0, dataset);
        return new Column[] { dataset.column(QuantityKind.TIME).get(), dataset.column(QuantityKind.POTENTIAL).get() };
    }

    @Override
    String redrawGoal() {
        return "< 500 ms";
    }
}
