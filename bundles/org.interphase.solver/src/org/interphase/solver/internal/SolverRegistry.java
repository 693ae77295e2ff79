/*
 * Copyright (c) 2026 the Interphase contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.interphase.solver.internal;

import java.util.ArrayList;
import java.util.List;

import org.interphase.solver.Solver;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;

/**
 * The {@link Solver} services registered now, looked up in the OSGi service registry when asked. The solvers are
 * delayed Declarative Services components: a solver is created when it is first asked for, so that a command that
 * needs no solver (validate, import, fit) starts none (they were all created at start-up by an immediate component
 * that collected them).
 */
public final class SolverRegistry {

    private SolverRegistry() {
    }

    /** The solvers registered now (none outside an OSGi framework). */
    @SuppressWarnings({ "rawtypes", "unchecked" })
    public static List<Solver<?, ?>> solvers() {
        Bundle bundle = FrameworkUtil.getBundle(SolverRegistry.class);
        BundleContext context = bundle == null ? null : bundle.getBundleContext();
        if (context == null) {
            return List.of();
        }
        List<Solver<?, ?>> solvers = new ArrayList<>();
        try {
            for (ServiceReference<Solver> reference : context.getServiceReferences(Solver.class, null)) {
                // kept (never released), as the immediate collector kept them: a solver is created once
                Solver<?, ?> solver = context.getService(reference);
                if (solver != null) {
                    solvers.add(solver);
                }
            }
        } catch (InvalidSyntaxException e) {
            throw new IllegalStateException(e); // no filter given
        } catch (IllegalStateException e) {
            return List.of(); // the bundle is stopping
        }
        return solvers;
    }
}
