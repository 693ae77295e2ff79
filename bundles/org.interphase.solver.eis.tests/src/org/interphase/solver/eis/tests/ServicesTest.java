/*
 * Copyright (c) 2026 the Interphase contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.interphase.solver.eis.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.interphase.solver.Solver;
import org.interphase.solver.SolverException;
import org.interphase.solver.Solvers;
import org.interphase.solver.eis.circuit.Circuits;
import org.interphase.solver.eis.elements.ElementType;
import org.interphase.solver.eis.elements.Elements;
import org.interphase.solver.eis.elements.ParameterSpec;
import org.interphase.solver.eis.fit.CircuitFit;
import org.interphase.solver.eis.fit.EisFitSettings;
import org.interphase.solver.settings.SettingsBinder;
import org.junit.jupiter.api.Test;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceRegistration;

/** The fit as a generic solver service (what the IDE and CLI find by id), and element types contributed as OSGi services. */
class ServicesTest {

    static void waitFor(java.util.function.BooleanSupplier condition) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 10_000;
        while (!condition.getAsBoolean() && System.currentTimeMillis() < deadline) {
            Thread.sleep(10);
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void theFitIsASolverServiceWithSettingsBoundFromText() throws Exception {
        waitFor(() -> Solvers.find("eis.fit").isPresent());
        Solver<EisFitSettings, CircuitFit> solver = (Solver<EisFitSettings, CircuitFit>) Solvers.find("eis.fit").orElseThrow();
        EisFitSettings settings = solver.defaultSettings();
        SettingsBinder.set(settings, List.of("data=" + TestData.shared("csv-eis", "exampleData.csv"), "circuit=R0-p(R1,C1)-p(R2-Wo1,C2)",
                "guess=.01,.01,100,.01,.05,100,1", "weighting=unit", "drop_positive_imag=true"));
        CircuitFit fit = solver.solve(settings, new NullProgressMonitor());
        assertTrue(fit.converged(), fit.message());
        assertEquals(237.847, fit.parameter("Wo1_1").value(), 0.237847);
        assertEquals("eis.fit", fit.provenance().solverId());
        assertTrue(fit.provenance().softwareVersion().startsWith("org.interphase.solver.eis "), fit.provenance().softwareVersion());
        SettingsBinder.set(settings, "circuit", "R0-p(R1,C1");
        SolverException e = assertThrows(SolverException.class, () -> solver.solve(settings, new NullProgressMonitor()));
        assertTrue(e.getMessage().contains("at 10"), e.getMessage());
    }

    @Test
    void anElementTypeContributedAsAServiceIsParsed() throws Exception {
        ElementType twice = new ElementType() {
            @Override
            public String symbol() {
                return "Dbl";
            }

            @Override
            public String description() {
                return "test element: 2 R";
            }

            @Override
            public List<ParameterSpec> parameters() {
                return List.of(ParameterSpec.positive("R", "resistance", "Ohm", 1));
            }

            @Override
            public void impedance(double omega, double[] p, int offset, double[] out) {
                out[0] = 2 * p[offset];
                out[1] = 0;
            }
        };
        BundleContext context = FrameworkUtil.getBundle(ServicesTest.class).getBundleContext();
        ServiceRegistration<ElementType> registration = context.registerService(ElementType.class, twice, null);
        try {
            waitFor(() -> Elements.bySymbol("Dbl").isPresent());
            assertEquals(List.of("R0", "Dbl1"), Circuits.parameterNames(Circuits.parse("R0-Dbl1")));
        } finally {
            registration.unregister();
        }
        waitFor(() -> Elements.bySymbol("Dbl").isEmpty());
        assertTrue(Elements.bySymbol("Dbl").isEmpty());
    }
}
