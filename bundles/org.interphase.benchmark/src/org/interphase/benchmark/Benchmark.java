/*
 * Copyright (c) 2026 the Interphase contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.interphase.benchmark;

import java.util.List;

/**
 * A speed benchmark, run by {@code ./interphase benchmark [ID...]} (not by the tests: speed goals are checked by
 * benchmarks, on purpose run by hand or by a benchmark job, never by timed unit tests). Contributed as an OSGi service
 * ({@code @Component(service = Benchmark.class)}). A benchmark warms up before it measures and reports what it
 * measured next to the goal it is held to.
 */
public interface Benchmark {

    /** Stable id, e.g. "eis.fit". */
    String id();

    /** What is measured, on which input, e.g. "one CNLS fit of exampleData.csv with R0-p(R1,C1)-p(R2-Wo1,C2)". */
    String description();

    /** Runs the benchmark; throws when its input is missing. */
    List<Measurement> run() throws Exception;

    /** One figure: e.g. "median time per fit" = 1.8 ms, goal "<= 4 ms". */
    record Measurement(String name, double value, String unit, String goal) {
    }
}
