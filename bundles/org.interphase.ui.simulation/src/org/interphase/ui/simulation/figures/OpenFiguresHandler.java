/*
 * Copyright (c) 2026 the Interphase contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.interphase.ui.simulation.figures;

import java.nio.file.Path;
import java.util.Optional;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.handlers.HandlerUtil;
import org.interphase.model.Project;
import org.interphase.model.resource.InterphaseModels;
import org.interphase.model.resource.ModelFileException;
import org.interphase.ui.editor.InterphaseModelEditor;

/**
 * Figures of Stored Runs: the paper's figures made again from the runs Reproduce All Experiments stored in the model
 * (the model open in the editor, else the selected model file), without simulating again.
 */
public class OpenFiguresHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) {
        IEditorPart editor = HandlerUtil.getActiveEditor(event);
        IWorkbenchPage page = HandlerUtil.getActiveWorkbenchWindow(event).getActivePage();
        Optional<Path> file = ReproduceAllHandler.modelOf(HandlerUtil.getCurrentSelection(event));
        String problem = null;
        Project project = null;
        Path modelFile = null;
        if (editor instanceof InterphaseModelEditor modelEditor && modelEditor.location() != null
                && (file.isEmpty() || file.get().equals(modelEditor.location()))) {
            project = modelEditor.project();
            modelFile = modelEditor.location();
        } else if (file.isPresent()) {
            modelFile = file.get();
            InterphaseModelEditor open = ReproductionRuns.openEditor(page, modelFile);
            try {
                project = open != null ? open.project() : InterphaseModels.load(modelFile);
            } catch (ModelFileException e) {
                problem = e.getMessage();
            }
        } else {
            problem = "Select a model file (.interphase) or the project that holds it, or open the model.";
        }
        if (project != null && project.getSimulationRuns().stream().noneMatch(r -> r.getExperiment() != null)) {
            problem = "The model holds no runs of Reproduce All Experiments; run it first (Simulation > Reproduce All Experiments).";
        }
        if (problem != null) {
            MessageDialog.openInformation(HandlerUtil.getActiveShell(event), "Figures of Stored Runs", problem);
            return null;
        }
        open(page, project, modelFile);
        return null;
    }

    /** Opens the figures of the runs stored in a project (its model file: where the runs' CSV files are found). */
    public static FiguresEditor open(IWorkbenchPage page, Project project, Path modelFile) {
        return FiguresEditor.open(page, ReproductionRuns.fromStored(project, modelFile));
    }
}
