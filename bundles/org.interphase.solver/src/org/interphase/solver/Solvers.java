/*
 * Copyright (c) 2026 the Interphase contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.interphase.solver;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.interphase.solver.internal.SolverRegistry;

/** The installed solvers (OSGi services of type {@link Solver}, contributed with Declarative Services). */
public final class Solvers {

    private Solvers() {
    }

    /** All installed solvers, by id. */
    public static List<Solver<?, ?>> all() {
        return SolverRegistry.solvers().stream().sorted(Comparator.comparing(Solver::id)).toList();
    }

    /** The solver with this id. */
    public static Optional<Solver<?, ?>> find(String id) {
        return SolverRegistry.solvers().stream().filter(s -> s.id().equals(id)).findFirst();
    }
}
