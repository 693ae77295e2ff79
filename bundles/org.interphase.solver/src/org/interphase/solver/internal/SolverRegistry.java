/*
 * Copyright (c) 2026 the Interphase contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.interphase.solver.internal;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.interphase.solver.Solver;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

/**
 * Collects the {@link Solver} services as they come and go (a dynamic, multiple reference). Immediate, so that the
 * list is filled when the framework starts the bundle.
 */
@Component(service = SolverRegistry.class, immediate = true)
public class SolverRegistry {

    private static final List<Solver<?, ?>> SOLVERS = new CopyOnWriteArrayList<>();

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addSolver(Solver<?, ?> solver) {
        SOLVERS.add(solver);
    }

    void removeSolver(Solver<?, ?> solver) {
        SOLVERS.remove(solver);
    }

    /** The solvers registered now. */
    public static List<Solver<?, ?>> solvers() {
        return List.copyOf(SOLVERS);
    }
}
