/*
 * Copyright (c) 2026 the Interphase contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.interphase.solver.benchmarks;

import java.util.List;

import org.interphase.model.Project;
import org.interphase.benchmark.Benchmark;
import org.interphase.solver.cycling.FullCellSettings;
import org.interphase.solver.cycling.FullCellSolver;
import org.interphase.solver.cycling.SymmetricCellSolver;
import org.interphase.solver.cycling.SymmetricSettings;
import org.osgi.service.component.annotations.Component;

/** The cycling solvers' speed benchmarks on the paper's example cells. */
public final class CyclingBenchmarks {

    private CyclingBenchmarks() {
    }

    /** cycling.symmetric: 600 h of 1 h half cycles (goal: under 100 ms). */
    @Component(service = Benchmark.class)
    public static class Symmetric implements Benchmark {
        @Override
        public String id() {
            return "cycling.symmetric";
        }

        @Override
        public String description() {
            return "600 h of stripping/plating at 0.1 mA/cm2 with 1 h half cycles (600 half cycles, all degradation options of the defaults), "
                    + "example's Li|IL|LATP|IL|Li (runs 600 h) and Li|LATP|Li (fails near 36 h)";
        }

        @Override
        public List<Measurement> run() throws Exception {
            Project project = Timing.example();
            SymmetricCellSolver solver = new SymmetricCellSolver();
            SymmetricSettings coated = solver.defaultSettings(Timing.cell(project, "Li|IL|LATP|IL|Li"));
            SymmetricSettings bare = solver.defaultSettings(Timing.cell(project, "Li|LATP|Li"));
            double c = Timing.medianMillis(() -> solver.solve(coated, null), 21);
            double b = Timing.medianMillis(() -> solver.solve(bare, null), 21);
            return List.of(new Measurement("600 h, coated cell (median)", c, "ms", "< 100 ms"),
                    new Measurement("600 h, bare cell (median)", b, "ms", "< 100 ms"));
        }
    }

    /** cycling.fullcell: 20 cycles of the paper's protocol (goal: under 200 ms). */
    @Component(service = Benchmark.class)
    public static class FullCell implements Benchmark {
        @Override
        public String id() {
            return "cycling.fullcell";
        }

        @Override
        public String description() {
            return "20 cycles of '(Charge at 0.1C until 4.0 V; Discharge at 0.1C until 2.5 V) x 20' (about 250 h) on the example's "
                    + "Li|IL|LATP|IL|LFP, 0-D with kinetics, samples every minute; and with particle diffusion (10 shells)";
        }

        @Override
        public List<Measurement> run() throws Exception {
            Project project = Timing.example();
            FullCellSolver solver = new FullCellSolver();
            FullCellSettings settings = solver.defaultSettings(Timing.cell(project, "Li|IL|LATP|IL|LFP"));
            double plain = Timing.medianMillis(() -> solver.solve(settings, null), 21);
            FullCellSettings spm = solver.defaultSettings(Timing.cell(project, "Li|IL|LATP|IL|LFP"));
            spm.particleDiffusion = true;
            double diffusion = Timing.medianMillis(() -> solver.solve(spm, null), 5);
            return List.of(new Measurement("20 cycles, 0-D (median)", plain, "ms", "< 200 ms"),
                    new Measurement("20 cycles, particle diffusion (median)", diffusion, "ms", "none (optional model)"));
        }
    }
}
