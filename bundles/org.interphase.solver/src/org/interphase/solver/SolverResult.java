/*
 * Copyright (c) 2026 the Interphase contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.interphase.solver;

import java.util.List;

/**
 * What every solver result offers to generic consumers (result tables in the IDE, simulation runs stored in the
 * model): its provenance, named scalars and named series, all in SI units. Solvers' own result types add typed
 * accessors.
 */
public interface SolverResult {

    /** Where the result comes from. */
    Provenance provenance();

    /** Named scalars, e.g. time to failure. */
    default List<Scalar> scalars() {
        return List.of();
    }

    /** Named series of equal length within one table, e.g. t and V(t). */
    default List<Series> series() {
        return List.of();
    }

    /**
     * Further tables whose rows are not the series' (one row per cycle, per half cycle, ...), each of equal-length
     * columns in SI units.
     */
    default List<Table> tables() {
        return List.of();
    }

    /** A named table of equal-length columns. */
    record Table(String name, List<Series> columns) {
    }

    /** A named number with its SI unit. */
    record Scalar(String name, double value, String unit) {
    }

    /** A named column of numbers with its SI unit. */
    record Series(String name, String unit, double[] values) {
    }
}
