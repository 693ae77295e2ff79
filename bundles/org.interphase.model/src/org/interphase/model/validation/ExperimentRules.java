/*
 * Copyright (c) 2026 the Interphase contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.interphase.model.validation;

import java.util.Map;

import org.eclipse.emf.common.util.DiagnosticChain;
import org.interphase.model.EisExperiment;
import org.interphase.model.Experiment;
import org.interphase.model.resource.DatasetFiles;
import org.interphase.model.util.InterphaseValidator;

/** Rules of experiments. */
public final class ExperimentRules {

    private ExperimentRules() {
    }

    public static boolean hasCell(Experiment experiment, DiagnosticChain diagnostics, Map<Object, Object> context) {
        boolean valid = true;
        if (experiment.getCell() == null) {
            valid = Rules.error(diagnostics, InterphaseValidator.EXPERIMENT__HAS_CELL, experiment,
                    ModelLabels.label(experiment) + " names no cell; every experiment refers to the cell it measured");
        }
        if (experiment.getDataset() != null && (experiment.getDataset().getPath() == null || experiment.getDataset().getPath().isBlank())) {
            valid = Rules.error(diagnostics, InterphaseValidator.EXPERIMENT__HAS_CELL, experiment.getDataset(),
                    ModelLabels.label(experiment.getDataset()) + " names no file");
        } else if (experiment.getDataset() != null && DatasetFiles.leavesFolder(experiment.getDataset().getPath())) {
            Rules.warning(diagnostics, InterphaseValidator.EXPERIMENT__HAS_CELL, experiment.getDataset(),
                    "the data of " + ModelLabels.label(experiment) + " lie outside the project (" + experiment.getDataset().getPath()
                            + "): a copy of the project will not carry them; move the file into the project and attach it again");
        }
        return valid;
    }

    public static boolean hasOrderedFrequencies(EisExperiment experiment, DiagnosticChain diagnostics, Map<Object, Object> context) {
        double min = Rules.siOrNaN(experiment.getFrequencyMin());
        double max = Rules.siOrNaN(experiment.getFrequencyMax());
        if (min >= max) {
            return Rules.error(diagnostics, InterphaseValidator.EIS_EXPERIMENT__HAS_ORDERED_FREQUENCIES, experiment,
                    ModelLabels.label(experiment) + ": the lowest frequency (" + ModelLabels.format(experiment.getFrequencyMin())
                            + ") must lie below the highest (" + ModelLabels.format(experiment.getFrequencyMax()) + ")");
        }
        return true;
    }
}
