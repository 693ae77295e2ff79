/*
 * Copyright (c) 2026 the Interphase contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.interphase.solver;

import org.eclipse.emf.common.util.URI;
import org.interphase.model.Cell;

/**
 * Base of the settings of a {@link CellSolver}: the cell to simulate (not a {@link org.interphase.solver.settings.Setting}:
 * it is chosen, not typed) besides the annotated parameters of the subclass.
 */
public abstract class CellSettings {

    private Cell cell;

    /** The cell, or null when none is set yet. */
    public Cell cell() {
        return cell;
    }

    public void setCell(Cell cell) {
        this.cell = cell;
    }

    /** The cell; throws naming the problem when none is set. */
    public Cell requireCell() throws SolverException {
        if (cell == null) {
            throw new SolverException("no cell is given: choose the cell to simulate");
        }
        return cell;
    }

    /** What a run reads, for its provenance: "cell 'NAME' of FILE" (the model file when the cell was loaded from one). */
    public String inputs() {
        if (cell == null) {
            return "no cell";
        }
        URI uri = cell.eResource() == null ? null : cell.eResource().getURI();
        String file = uri == null ? null : uri.isFile() ? uri.toFileString() : uri.toString();
        return "cell '" + cell.getName() + "'" + (file == null ? "" : " of " + file);
    }
}
