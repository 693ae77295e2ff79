/*
 * Copyright (c) 2026 the Interphase contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.interphase.ui.eis.analysis;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IFileEditorInput;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.handlers.HandlerUtil;
import org.interphase.model.EisExperiment;
import org.interphase.ui.editor.InterphaseModelEditor;
import org.interphase.ui.eis.FitCircuitHandler;
import org.interphase.ui.eis.SweepChooser;

/**
 * "Impedance Analysis" on an EIS experiment of the model editor (its data file), on an instrument file in the Project
 * Explorer, or in the dataset editor of an EIS file: opens the {@link ImpedanceAnalysisEditor}.
 */
public class ImpedanceAnalysisHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) {
        Shell shell = HandlerUtil.getActiveShell(event);
        IEditorPart part = HandlerUtil.getActiveEditor(event);
        ISelection selection = HandlerUtil.getCurrentSelection(event);
        IWorkbenchPage page = HandlerUtil.getActiveWorkbenchWindow(event) == null ? null : HandlerUtil.getActiveWorkbenchWindow(event).getActivePage();
        Object first = selection instanceof IStructuredSelection s ? s.getFirstElement() : null;
        ImpedanceAnalysisInput input = null;
        String problem = null;
        org.interphase.model.FitResult stored = null;
        if (first instanceof org.interphase.model.FitResult fr && fr.eContainer() instanceof EisExperiment owner) {
            stored = fr; // a stored fit: reopen it on the Fit tab, over the sweep it was made on
            first = owner;
        }
        if (first instanceof EisExperiment experiment && part instanceof InterphaseModelEditor editor) {
            Path data = dataFile(editor, experiment);
            problem = data == null ? "The experiment '" + experiment.getName() + "' names no data file. Give it a dataset (Properties view: "
                    + "Dataset > Path, relative to the model file's folder) and try again."
                    : !Files.isRegularFile(data) ? "The data file of '" + experiment.getName() + "' does not exist: " + data
                    : FitCircuitHandler.changed(editor, experiment);
            if (problem == null) {
                input = new ImpedanceAnalysisInput(data, experiment.getDataset().getImporterId(), editor.project(), experiment, editor)
                        .withSweep(stored == null ? null : stored.getSweep() == null ? SweepChooser.POOLED : stored.getSweep());
            }
        } else {
            IFile file = first == null ? null : Adapters.adapt(first, IFile.class);
            if (file == null && part != null) {
                IEditorInput editorInput = part.getEditorInput();
                file = editorInput instanceof IFileEditorInput f ? f.getFile() : null;
            }
            if (file != null && file.getLocation() != null) {
                input = new ImpedanceAnalysisInput(file.getLocation().toFile().toPath(), null);
            } else {
                problem = "Select an EIS experiment or a fit result in a model, or an instrument file holding an impedance spectrum.";
            }
        }
        if (problem != null || page == null) {
            MessageDialog.openError(shell, "Impedance Analysis", problem != null ? problem : "No workbench page is open.");
            return null;
        }
        try {
            IEditorPart opened = page.openEditor(input, ImpedanceAnalysisEditor.ID, true);
            if (stored != null && opened instanceof ImpedanceAnalysisEditor analysis) {
                analysis.showStored(stored);
            }
        } catch (PartInitException e) {
            MessageDialog.openError(shell, "Impedance Analysis", e.getMessage());
        }
        return null;
    }

    /** The experiment's data file: its dataset path, relative to the model file's folder; null when none is named. */
    public static Path dataFile(InterphaseModelEditor editor, EisExperiment experiment) {
        return FitCircuitHandler.dataFile(editor, experiment);
    }
}
