/*
 * Copyright (c) 2026 the Interphase contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.interphase.ui.simulation.figures;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IEditorReference;
import org.eclipse.ui.IWorkbenchPage;
import org.interphase.model.Cell;
import org.interphase.model.Experiment;
import org.interphase.model.Project;
import org.interphase.model.RunStatus;
import org.interphase.model.Setting;
import org.interphase.model.SimulationRun;
import org.interphase.model.resource.InterphaseModels;
import org.interphase.model.resource.ModelFileException;
import org.interphase.solver.CellSolver;
import org.interphase.ui.editor.InterphaseModelEditor;
import org.interphase.ui.simulation.RunData;
import org.interphase.ui.simulation.RunRecorder;
import org.interphase.ui.simulation.SimulateCellHandler;
import org.interphase.ui.simulation.figures.ReproduceJob.Outcome;
import org.interphase.ui.simulation.figures.ReproduceJob.Reproduction;

/**
 * The runs of Reproduce All Experiments kept as the runs of single simulations are: one {@link SimulationRun} per
 * experiment, naming the experiment, made by {@link RunRecorder} (series as CSV beside the model, written to a unique
 * temporary file, forced to disk and renamed), so that they reopen in the Simulation Results view; and the figures
 * made again from the stored runs.
 */
public final class ReproductionRuns {

    private ReproductionRuns() {
    }

    /**
     * Stores the runs of a reproduction in the UI thread: into the model open in a model editor (one command: Edit >
     * Undo removes them all; saved with the model), else into the model file itself (saved at once, atomically).
     * Returns the reproduction saying where the runs are.
     */
    public static Reproduction store(IWorkbenchPage page, Reproduction reproduction) {
        InterphaseModelEditor editor = page == null ? null : openEditor(page, reproduction.modelFile());
        Path modelFile = reproduction.modelFile();
        if (editor != null) {
            Project project = editor.project();
            List<SimulationRun> runs = runs(project, reproduction, modelFile);
            CompoundCommand add = new CompoundCommand("Reproduce All Experiments");
            for (SimulationRun run : runs) {
                add.append(RunRecorder.add(editor.getEditingDomain(), project, run));
            }
            if (!runs.isEmpty()) {
                editor.getEditingDomain().getCommandStack().execute(add);
            }
            refresh(editor);
            return reproduction.withStored(runs.size() + " runs stored in the model open in the editor (saved with it; Edit > Undo removes them)");
        }
        try {
            Project project = InterphaseModels.load(modelFile);
            List<SimulationRun> runs = runs(project, reproduction, modelFile);
            project.getSimulationRuns().addAll(runs);
            InterphaseModels.save(project);
            return reproduction.withStored(runs.size() + " runs stored in " + modelFile.getFileName());
        } catch (ModelFileException | IOException e) {
            return reproduction.withStored("the runs could not be stored in " + modelFile.getFileName() + ": " + e.getMessage());
        }
    }

    /** The runs of the outcomes that had a solver, for this project (cells and experiments found by name). */
    static List<SimulationRun> runs(Project project, Reproduction reproduction, Path modelFile) {
        List<SimulationRun> runs = new ArrayList<>();
        for (Outcome o : reproduction.outcomes()) {
            if (o.solverId() == null || o.provenance() == null) {
                continue; // no run was made
            }
            Optional<Experiment> experiment = project.getExperiments().stream().filter(e -> o.experiment().equals(e.getName())).findFirst();
            Optional<Cell> cell = project.getCells().stream().filter(c -> o.cell().equals(c.getName())).findFirst();
            if (experiment.isEmpty() || cell.isEmpty()) {
                continue; // renamed or deleted since the model file was read
            }
            RunStatus status = o.result() != null ? RunStatus.COMPLETED : RunStatus.FAILED;
            SimulationRun run = RunRecorder.create(project, cell.get(), o.solverId(), status, o.error(), o.result(), o.provenance(), modelFile);
            run.setExperiment(experiment.get());
            run.setDescription("Reproduce All Experiments: " + o.experiment());
            runs.add(run);
        }
        return runs;
    }

    /**
     * The reproduction as the stored runs give it: for every experiment its last stored run made by Reproduce All
     * Experiments, read back from its CSV files; an experiment without one says so.
     */
    public static Reproduction fromStored(Project project, Path modelFile) {
        Map<Experiment, SimulationRun> last = new HashMap<>();
        for (SimulationRun run : project.getSimulationRuns()) {
            if (run.getExperiment() != null) {
                last.put(run.getExperiment(), run);
            }
        }
        List<Outcome> outcomes = new ArrayList<>();
        String when = null;
        for (Experiment experiment : project.getExperiments()) {
            SimulationRun run = last.get(experiment);
            String cellName = experiment.getCell() == null ? "" : experiment.getCell().getName();
            if (run == null) {
                outcomes.add(new Outcome(experiment.getName(), cellName, null, null, List.of(),
                        "no stored run of this experiment (run Reproduce All Experiments)"));
                continue;
            }
            if (run.getProvenance() != null && run.getProvenance().getDate() != null && (when == null || run.getProvenance().getDate().compareTo(when) > 0)) {
                when = run.getProvenance().getDate();
            }
            List<String> calibrated = calibrated(run);
            if (run.getStatus() != RunStatus.COMPLETED) {
                outcomes.add(new Outcome(experiment.getName(), cellName, run.getSolverId(), null, calibrated,
                        run.getMessage() == null ? "the stored run did not complete" : run.getMessage()));
                continue;
            }
            RunData data = RunData.read(run, modelFile);
            outcomes.add(new Outcome(experiment.getName(), cellName, run.getSolverId(), data, calibrated,
                    data.problems().isEmpty() ? null : String.join("; ", data.problems())));
        }
        ReportedValues reported = ReportedValues.none(ReportedValues.beside(modelFile));
        String problem = ReproduceJob.reportedProblem(modelFile);
        if (problem == null) {
            try {
                reported = ReportedValues.read(reported.file());
            } catch (IOException e) {
                problem = e.getMessage();
            }
        }
        String shownWhen = when == null ? "(date not stored)" : when.replace('T', ' ').replaceFirst(":\\d\\d(\\.\\d+)?Z$", " UTC");
        return new Reproduction(modelFile, project.getName(), List.copyOf(outcomes), reported, problem, shownWhen,
                "figures reopened from the runs stored in " + modelFile.getFileName());
    }

    /** The calibrated settings of a stored run, as the run's solver describes its settings. */
    private static List<String> calibrated(SimulationRun run) {
        Map<String, String> values = new HashMap<>();
        for (Setting s : run.getSettings()) {
            values.put(s.getKey(), s.getValue());
        }
        for (CellSolver<?, ?> solver : SimulateCellHandler.cellSolvers()) {
            if (solver.id().equals(run.getSolverId()) && run.getCell() != null && solver.unsuitable(run.getCell()).isEmpty()) {
                return ReproduceJob.calibrated(solver.defaultSettings(run.getCell()).getClass(), values);
            }
        }
        return List.of();
    }

    /** The model editor open on this file, or null. */
    static InterphaseModelEditor openEditor(IWorkbenchPage page, Path modelFile) {
        for (IEditorReference ref : page.getEditorReferences()) {
            IEditorPart part = ref.getEditor(false);
            if (part instanceof InterphaseModelEditor editor && editor.location() != null
                    && editor.location().toAbsolutePath().normalize().equals(modelFile.toAbsolutePath().normalize())) {
                return editor;
            }
        }
        return null;
    }

    private static void refresh(InterphaseModelEditor editor) {
        if (editor.file() != null) {
            try {
                editor.file().getParent().refreshLocal(IResource.DEPTH_INFINITE, null);
            } catch (CoreException e) {
                // the CSV files are written; the workspace shows them after the next refresh
            }
        }
    }
}
