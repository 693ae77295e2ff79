/*
 * Copyright (c) 2026 the Interphase contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.interphase.ui.charts.benchmarks;

import java.util.List;
import java.util.function.DoubleUnaryOperator;

import org.interphase.data.Column;
import org.interphase.data.Datasets;
import org.interphase.data.QuantityKind;
import org.interphase.benchmark.Benchmark;
import org.osgi.service.component.annotations.Component;

/** chart.redraw.1m: 1,000,000 points in memory. */
@Component(service = Benchmark.class)
public class InMemoryRedrawBenchmark extends RedrawBenchmarks {
    @Override
    public String id() {
        return "chart.redraw.1m";
    }

    @Override
    public String description() {
        return "redraw of a 1,000,000-point V(t) (in memory, 600 h) after a zoom: decimation + SWTChart + offscreen paint, 1200 x 700";
    }

    @Override
    Column[] columns(List<AutoCloseable> cleanup) {
        int n = 1_000_000;
        double[] t = new double[n];
        double[] v = new double[n];
        DoubleUnaryOperator f = voltage();
        for (int i = 0; i < n; i++) {
            t[i] = i * 2.16;
            v[i] = f.applyAsDouble(t[i]);
        }
        return new Column[] { Datasets.column("t", "s", QuantityKind.TIME, t), Datasets.column("Ewe", "V", QuantityKind.POTENTIAL, v) };
    }

    @Override
    String redrawGoal() {
        return "< 100 ms";
    }
}

