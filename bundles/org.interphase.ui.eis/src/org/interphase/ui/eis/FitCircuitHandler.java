/*
 * Copyright (c) 2026 the Interphase contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.interphase.ui.eis;

import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.PlatformUI;
import org.interphase.importer.ImportException;
import org.interphase.solver.eis.data.Sweeps;
import org.eclipse.ui.handlers.HandlerUtil;
import org.interphase.model.EisExperiment;
import org.interphase.model.resource.DatasetFiles;
import org.interphase.ui.editor.InterphaseModelEditor;

/**
 * "Fit Equivalent Circuit..." on an EIS experiment in the model editor: checks that the experiment names a data file
 * that exists, asks for the circuit and options, and runs the fit as a job ({@link FitJob}).
 */
public class FitCircuitHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) {
        Shell shell = HandlerUtil.getActiveShell(event);
        IEditorPart part = HandlerUtil.getActiveEditor(event);
        ISelection selection = HandlerUtil.getCurrentSelection(event);
        if (!(part instanceof InterphaseModelEditor editor) || !(selection instanceof IStructuredSelection structured)
                || !(structured.getFirstElement() instanceof EisExperiment experiment)) {
            return null;
        }
        Path data = dataFile(editor, experiment);
        String problem = data == null ? "The experiment '" + experiment.getName() + "' names no data file. Give it a dataset (Properties view: "
                + "Dataset > Path, relative to the model file's folder) and try again."
                : !Files.isRegularFile(data) ? "The data file of '" + experiment.getName() + "' does not exist: " + data : changed(editor, experiment);
        if (problem != null) {
            MessageDialog.openError(shell, "Fit Equivalent Circuit", problem);
            return null;
        }
        Sweeps sweeps = readSweeps(shell, experiment, data);
        if (sweeps == null) {
            return null;
        }
        FitCircuitDialog dialog = new FitCircuitDialog(shell, editor.project(), experiment, data, sweeps);
        if (dialog.open() != Window.OK) {
            return null;
        }
        new FitJob(editor, experiment, data, dialog.request()).schedule();
        return null;
    }

    /** The file's sweeps (read with a busy cursor and progress), or null after saying why they cannot be read. */
    private static Sweeps readSweeps(Shell shell, EisExperiment experiment, Path data) {
        String importer = experiment.getDataset() == null ? null : experiment.getDataset().getImporterId();
        Sweeps[] read = new Sweeps[1];
        String[] error = new String[1];
        try {
            PlatformUI.getWorkbench().getProgressService().busyCursorWhile(monitor -> {
                try {
                    read[0] = Sweeps.read(data, importer, null, monitor);
                } catch (ImportException | IllegalArgumentException e) {
                    error[0] = e.getMessage();
                }
            });
        } catch (InvocationTargetException e) {
            error[0] = String.valueOf(e.getCause());
        } catch (InterruptedException e) {
            return null; // cancelled
        }
        if (read[0] == null) {
            MessageDialog.openError(shell, "Fit Equivalent Circuit", error[0] == null ? "Reading " + data + " was cancelled." : error[0]);
        }
        return read[0];
    }

    /** The experiment's data file: its dataset path, relative to the model file's folder; null when none is named. */
    public static Path dataFile(InterphaseModelEditor editor, EisExperiment experiment) {
        return DatasetFiles.resolve(experiment.getDataset(), editor.location());
    }

    /** Why the data file may not be used (it is not the file that was attached), or null. */
    public static String changed(InterphaseModelEditor editor, EisExperiment experiment) {
        try {
            DatasetFiles.verified(experiment.getDataset(), editor.location());
            return null;
        } catch (IOException e) {
            return "The data of '" + experiment.getName() + "' cannot be used: " + e.getMessage();
        }
    }
}
