/*
 * Copyright (c) 2026 the Interphase contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.interphase.solver.benchmarks;

import java.util.List;

import org.interphase.model.Project;
import org.interphase.benchmark.Benchmark;
import org.interphase.solver.mci.GrowthKinetics;
import org.interphase.solver.mci.MciSettings;
import org.interphase.solver.mci.MciSolver;
import org.osgi.service.component.annotations.Component;

/** mci.growth: interphase growth over 600 h on the paper's cells (goal: under 10 ms per run). */
@Component(service = Benchmark.class)
public class MciBenchmark implements Benchmark {

    @Override
    public String id() {
        return "mci.growth";
    }

    @Override
    public String description() {
        return "interphase growth over 600 h (601 output times) on the example's Li|LATP|Li (closed form) and on "
                + "Li|IL|LATP|IL|Li with 1 % pinholes (ODE), each with model reading and provenance";
    }

    @Override
    public List<Measurement> run() throws Exception {
        Project project = Timing.example();
        MciSolver solver = new MciSolver();
        MciSettings bare = solver.defaultSettings(Timing.cell(project, "Li|LATP|Li"));
        MciSettings pinholes = solver.defaultSettings(Timing.cell(project, "Li|IL|LATP|IL|Li"));
        pinholes.pinholeFraction = 0.01;
        pinholes.method = GrowthKinetics.Method.ODE;
        double closed = Timing.medianMillis(() -> solver.solve(bare, null), 201);
        double ode = Timing.medianMillis(() -> solver.solve(pinholes, null), 51);
        return List.of(new Measurement("600 h, bare cell, closed form (median)", closed, "ms", "< 10 ms"),
                new Measurement("600 h, coated cell, 1 % pinholes, ODE (median)", ode, "ms", "< 10 ms"));
    }
}
