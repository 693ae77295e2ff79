/*
 * Copyright (c) 2026 the Interphase contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.interphase.solver.cycling;

import java.util.Optional;

import org.interphase.model.Cell;
import org.interphase.model.Experiment;
import org.interphase.model.Project;

/** The experiments of the model that were run on a cell: solvers take the protocol of the cell's own experiment. */
public final class Experiments {

    private Experiments() {
    }

    /** The first experiment of the type on the cell, in the order of the model. */
    public static <T extends Experiment> Optional<T> of(Cell cell, Class<T> type) {
        if (!(cell.eContainer() instanceof Project project)) {
            return Optional.empty();
        }
        return project.getExperiments().stream().filter(type::isInstance).map(type::cast).filter(e -> e.getCell() == cell).findFirst();
    }
}
