/*
 * Copyright (c) 2026 the Interphase contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.interphase.solver.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.eclipse.core.runtime.IProgressMonitor;
import org.interphase.solver.Provenance;
import org.interphase.solver.Solver;
import org.interphase.solver.SolverResult;
import org.interphase.solver.Solvers;
import org.junit.jupiter.api.Test;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceRegistration;

/** Solver services are found as they come and go (the registry's dynamic reference). */
class SolversTest {

    static final class Echo implements Solver<Object, SolverResult> {
        @Override
        public String id() {
            return "test.echo";
        }

        @Override
        public String name() {
            return "Echo";
        }

        @Override
        public String description() {
            return "returns its provenance";
        }

        @Override
        public Class<Object> settingsType() {
            return Object.class;
        }

        @Override
        public Object defaultSettings() {
            return new Object();
        }

        @Override
        public SolverResult solve(Object settings, IProgressMonitor monitor) {
            Provenance provenance = Provenance.of(this, "nothing", Map.of());
            return () -> provenance;
        }
    }

    @Test
    void registeredSolversAreFoundAndForgotten() throws Exception {
        BundleContext context = FrameworkUtil.getBundle(SolversTest.class).getBundleContext();
        ServiceRegistration<?> registration = context.registerService(Solver.class.getName(), new Echo(), null);
        try {
            long deadline = System.currentTimeMillis() + 5000;
            while (Solvers.find("test.echo").isEmpty() && System.currentTimeMillis() < deadline) {
                Thread.sleep(10);
            }
            Solver<?, ?> solver = Solvers.find("test.echo").orElseThrow();
            Provenance provenance = solver.solve(null, null).provenance();
            assertEquals("test.echo", provenance.solverId());
            assertTrue(provenance.softwareVersion().startsWith("org.interphase.solver.tests 1.0.0"), provenance.softwareVersion());
        } finally {
            registration.unregister();
        }
        assertTrue(Solvers.find("test.echo").isEmpty());
    }
}
