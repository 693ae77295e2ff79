/*
 * Copyright (c) 2026 the Interphase contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.interphase.solver.eis.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.interphase.model.Cell;
import org.interphase.model.InterphaseFactory;
import org.interphase.model.Project;
import org.interphase.solver.CellSolver;
import org.interphase.solver.SolverException;
import org.interphase.solver.SolverResult;
import org.interphase.solver.Solvers;
import org.interphase.solver.eis.cell.CellSettings;
import org.interphase.solver.eis.cell.CellSpectrumResult;
import org.junit.jupiter.api.Test;

/** The cell's spectrum as a cell solver: found as a service, the same circuit as the spectrum command, its scalars. */
class CellSpectrumSolverTest {

    @Test
    @SuppressWarnings("unchecked")
    void theSpectrumOfACellIsACellSolver() throws Exception {
        ServicesTest.waitFor(() -> Solvers.find("spectrum").isPresent());
        CellSolver<CellSettings, CellSpectrumResult> solver = (CellSolver<CellSettings, CellSpectrumResult>) Solvers.find("spectrum").orElseThrow();
        Project p = CellTest.example();
        Cell bare = CellTest.cell(p, "Li|LATP|Li");
        assertTrue(solver.unsuitable(bare).isEmpty());
        assertTrue(solver.unsuitable(CellTest.cell(p, "SS|LATP|Li")).isEmpty());
        Cell empty = InterphaseFactory.eINSTANCE.createCell();
        empty.setName("empty");
        assertTrue(solver.unsuitable(empty).orElseThrow().contains("from an electrode to an electrode"));

        CellSpectrumResult result = solver.solve(solver.defaultSettings(bare), new NullProgressMonitor());
        double r = scalar(result, "total resistance");
        // the lowest frequency (0.01 Hz) of a non-blocking cell is on the real axis at the resistive total
        int last = result.spectrum().size() - 1;
        assertEquals(0.01, result.spectrum().f()[last], 1e-12);
        CellTest.assertRel(r, result.spectrum().re()[last], 1e-3, "Re Z(0.01 Hz)");
        // sigma_app = L/(R A) by hand: 1 mm pellet, 8 mm die; the paper's 1.8e-5 S/cm (the interface resistance is calibrated to it)
        double area = Math.PI * 0.004 * 0.004;
        CellTest.assertRel(1e-3 / (r * area), scalar(result, "apparent conductivity"), 1e-9, "sigma_app");
        CellTest.assertRel(1.8e-5 * 100, scalar(result, "apparent conductivity"), 1e-3, "sigma_app against the paper");
        assertEquals(111, result.series().get(0).values().length);
        assertEquals("parts", result.tables().get(0).name());
        assertEquals("spectrum", result.provenance().solverId());

        CellSettings reversed = solver.defaultSettings(bare);
        reversed.fMin = 1e6;
        reversed.fMax = 1;
        SolverException e = assertThrows(SolverException.class, () -> solver.solve(reversed, new NullProgressMonitor()));
        assertTrue(e.getMessage().contains("must be below"), e.getMessage());
    }

    private static double scalar(SolverResult result, String name) {
        return result.scalars().stream().filter(s -> s.name().equals(name)).findFirst().orElseThrow().value();
    }
}
