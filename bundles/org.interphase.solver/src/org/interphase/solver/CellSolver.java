/*
 * Copyright (c) 2026 the Interphase contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.interphase.solver;

import java.util.Optional;

import org.interphase.model.Cell;

/**
 * A solver that simulates one cell of a model (interphase growth, cycling, a voltammetric sweep). Its settings carry
 * the cell ({@link CellSettings#setCell(Cell)}); what the settings leave open is read from the cell's layers,
 * materials and experiments. The IDE offers a cell solver on the cells it {@link #unsuitable(Cell) suits}.
 */
public interface CellSolver<S extends CellSettings, R extends SolverResult> extends Solver<S, R> {

    /**
     * Why this solver cannot simulate the cell, for people (e.g. "needs an ion-blocking electrode"), or empty when
     * it can. Cheap: looks at the stack only.
     */
    Optional<String> unsuitable(Cell cell);

    /** The documented defaults with the cell set. */
    default S defaultSettings(Cell cell) {
        S settings = defaultSettings();
        settings.setCell(cell);
        return settings;
    }
}
