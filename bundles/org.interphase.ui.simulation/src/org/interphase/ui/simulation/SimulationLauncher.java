/*
 * Copyright (c) 2026 the Interphase contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.interphase.ui.simulation;

import java.nio.file.Path;
import java.util.function.Consumer;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.Display;
import org.interphase.model.Cell;
import org.interphase.model.Project;
import org.interphase.model.RunStatus;
import org.interphase.model.SimulationRun;
import org.interphase.solver.CellSettings;
import org.interphase.solver.CellSolver;
import org.interphase.solver.Provenance;
import org.interphase.solver.SolverException;
import org.interphase.solver.SolverResult;
import org.interphase.solver.settings.SettingsBinder;
import org.interphase.ui.editor.InterphaseModelEditor;

/**
 * Runs a cell solver as an Eclipse Job (progress in the Progress view, cancellable), then, in the UI thread, stores
 * the run in the editor's model through an EMF command (completed, failed with the solver's message, or cancelled:
 * nothing is lost) and shows it in the Simulation Results view.
 */
public final class SimulationLauncher {

    /** The job family of simulation jobs (for waiting on them). */
    public static final Object FAMILY = SimulationLauncher.class;

    private SimulationLauncher() {
    }

    /**
     * Schedules the run. {@code done} (may be null) gets the stored run in the UI thread, or null when the editor was
     * closed before the run ended.
     */
    public static Job launch(InterphaseModelEditor editor, Cell cell, CellSolver<CellSettings, ?> solver, CellSettings settings,
            Consumer<SimulationRun> done) {
        Display display = Display.getCurrent() != null ? Display.getCurrent() : Display.getDefault();
        Project project = editor.project();
        Path modelFile = editor.location();
        Job job = new Job(solver.name() + " of " + cell.getName()) {
            @Override
            protected IStatus run(IProgressMonitor monitor) {
                SolverResult result = null;
                RunStatus status;
                String message = null;
                IStatus jobStatus = Status.OK_STATUS;
                try {
                    result = solver.solve(settings, monitor);
                    status = RunStatus.COMPLETED;
                } catch (OperationCanceledException e) {
                    status = RunStatus.CANCELLED;
                    message = "cancelled by the user";
                    jobStatus = Status.CANCEL_STATUS;
                } catch (SolverException e) {
                    status = RunStatus.FAILED;
                    message = e.getMessage();
                    jobStatus = Status.error(solver.name() + " of '" + cell.getName() + "' failed: " + e.getMessage());
                } catch (RuntimeException e) {
                    status = RunStatus.FAILED;
                    message = "internal error: " + e;
                    jobStatus = Status.error(solver.name() + " of '" + cell.getName() + "' failed", e);
                }
                Provenance provenance = result != null ? result.provenance()
                        : Provenance.of(solver, settings.inputs(), SettingsBinder.values(settings));
                SolverResult shown = result;
                RunStatus finalStatus = status;
                String finalMessage = message;
                // the run is made and added in the UI thread, where the model is edited
                display.asyncExec(() -> record(editor, project, RunRecorder.create(project, cell, solver.id(), finalStatus, finalMessage, shown,
                        provenance, modelFile), shown, done));
                return jobStatus;
            }

            @Override
            public boolean belongsTo(Object family) {
                return family == FAMILY;
            }
        };
        job.setUser(true);
        job.schedule();
        return job;
    }

    private static void record(InterphaseModelEditor editor, Project project, SimulationRun run, SolverResult result, Consumer<SimulationRun> done) {
        if (editor.project() != project || editor.getEditingDomain() == null) {
            if (done != null) {
                done.accept(null);
            }
            return;
        }
        editor.getEditingDomain().getCommandStack().execute(RunRecorder.add(editor.getEditingDomain(), project, run));
        IFile file = editor.file();
        if (file != null) {
            try {
                file.getParent().refreshLocal(IResource.DEPTH_INFINITE, null);
            } catch (CoreException e) {
                // the series file is written; the workspace shows it after the next refresh
            }
        }
        SimulationResultsView.show(editor.getSite().getPage(), run, result, editor.location());
        if (done != null) {
            done.accept(run);
        }
    }
}
