/*
 * Copyright (c) 2026 the Interphase contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.interphase.ui.eis;

import java.nio.file.Path;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.PartInitException;
import org.interphase.importer.ImportException;
import org.interphase.model.CircuitModel;
import org.interphase.model.EisExperiment;
import org.interphase.model.FitResult;
import org.interphase.model.InterphasePackage;
import org.interphase.solver.SolverException;
import org.interphase.solver.eis.data.ImpedanceData;
import org.interphase.solver.eis.data.Sweeps;
import org.interphase.solver.eis.fit.CircuitFit;
import org.interphase.solver.eis.fit.EisFitSolver;
import org.interphase.solver.eis.fit.FitResults;
import org.interphase.ui.editor.InterphaseModelEditor;
import org.interphase.ui.eis.analysis.ImpedanceAnalysisEditor;
import org.interphase.ui.eis.analysis.ImpedanceAnalysisInput;

/**
 * Reads the experiment's data file with the importers, fits (progress; cancel stops the optimiser), then, in the UI
 * thread, adds the result to the experiment's fit results through an EMF command on the editor's editing domain (so
 * Edit > Undo removes it) and shows it on the Fit tab of the impedance analysis ({@link ImpedanceAnalysisEditor}): the fitted
 * spectrum over the data, residuals, parameters with 95 % intervals and the fit's status.
 */
public class FitJob extends Job {

    public static final String FAMILY = "org.interphase.ui.eis.fit";

    private final InterphaseModelEditor editor;
    private final EisExperiment experiment;
    private final Path data;
    private final FitRequest request;
    private volatile FitResult stored;
    private volatile ImpedanceAnalysisEditor shownIn;
    private volatile int sweepCount;

    public FitJob(InterphaseModelEditor editor, EisExperiment experiment, Path data, FitRequest request) {
        super("Fitting " + org.interphase.solver.eis.circuit.Circuits.toImpedancePy(request.circuit()) + " to " + experiment.getName());
        this.editor = editor;
        this.experiment = experiment;
        this.data = data;
        this.request = request;
        setUser(true);
    }

    @Override
    public boolean belongsTo(Object family) {
        return FAMILY.equals(family);
    }

    /** The result stored in the model (after the job's UI part ran), or null. */
    public FitResult stored() {
        return stored;
    }

    @Override
    protected IStatus run(IProgressMonitor monitor) {
        SubMonitor sub = SubMonitor.convert(monitor, getName(), 10);
        CircuitFit fit;
        try {
            sub.subTask("reading " + data.getFileName());
            String importer = experiment.getDataset() == null ? null : experiment.getDataset().getImporterId();
            Sweeps sweeps = Sweeps.read(data, importer, null, sub.split(1));
            if (request.sweep() != SweepChooser.POOLED && request.sweep() > sweeps.count()) {
                throw new IllegalArgumentException(data.getFileName() + " has " + sweeps.count() + " sweep(s); there is no sweep " + request.sweep());
            }
            sweepCount = sweeps.count();
            ImpedanceData spectrum = sweeps.data(request.sweep()).select(request.fMin(), request.fMax(), request.dropPositiveImaginary());
            sub.subTask("fitting " + spectrum.size() + " points");
            fit = EisFitSolver.installed().fit(request.circuit(), spectrum, request.options(), sub.split(9));
        } catch (OperationCanceledException e) {
            return Status.CANCEL_STATUS;
        } catch (ImportException | SolverException | IllegalArgumentException e) {
            showError(e.getMessage());
            return Status.error("The fit of '" + experiment.getName() + "' failed: " + e.getMessage(), e);
        }
        String path = experiment.getDataset().getPath();
        Display display = Display.getDefault();
        display.syncExec(() -> store(fit, path));
        return Status.OK_STATUS;
    }

    private void store(CircuitFit fit, String path) {
        stored = store(editor, experiment, fit, request.circuitModel(), path, request.sweep(), sweepCount);
        if (stored != null) {
            editor.select(java.util.List.of(stored));
        }
        if (!Boolean.getBoolean("interphase.ui.eis.noResultsDialog")) {
            showInAnalysis(fit);
        }
    }

    /**
     * Adds a fit of sweep {@code sweep} (1-based; 0: all pooled) of a file of {@code sweepCount} sweeps to the experiment's fit results through an EMF command on the model editor's editing domain (Edit >
     * Undo removes it); returns the stored result, or null when the command cannot run.
     */
    public static FitResult store(InterphaseModelEditor editor, EisExperiment experiment, CircuitFit fit, CircuitModel startedFrom, String path,
            int sweep, int sweepCount) {
        FitResult result = FitResults.toModel(fit, startedFrom, path);
        result.setSweep(sweep);
        result.setSweepCount(sweepCount);
        EditingDomain domain = editor.getEditingDomain();
        Command add = AddCommand.create(domain, experiment, InterphasePackage.Literals.EIS_EXPERIMENT__FIT_RESULTS, result);
        if (add.canExecute()) {
            domain.getCommandStack().execute(add);
            return result;
        }
        return null;
    }

    /** Opens the impedance analysis of the experiment's data with the fit on its Fit tab (fitted curve over the data, residuals, table). */
    private void showInAnalysis(CircuitFit fit) {
        try {
            String importer = experiment.getDataset() == null ? null : experiment.getDataset().getImporterId();
            IEditorPart part = editor.getSite().getPage().openEditor(
                    new ImpedanceAnalysisInput(data, importer, editor.project(), experiment, editor).withSweep(request.sweep()), ImpedanceAnalysisEditor.ID, true);
            if (part instanceof ImpedanceAnalysisEditor analysis) {
                analysis.showFit(fit);
                shownIn = analysis;
            }
        } catch (PartInitException e) {
            showError("the fit is stored, but its plots cannot be shown: " + e.getMessage());
        }
    }

    /** The analysis editor the fit was shown in (after the job's UI part ran), or null. */
    public ImpedanceAnalysisEditor shownIn() {
        return shownIn;
    }

    private void showError(String message) {
        Display.getDefault().asyncExec(() -> {
            Shell shell = editor.getSite().getShell();
            if (shell != null && !shell.isDisposed()) {
                MessageDialog.openError(shell, "Fit Equivalent Circuit", "The fit of '" + experiment.getName() + "' failed:\n\n" + message);
            }
        });
    }
}
