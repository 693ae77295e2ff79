/*
 * Copyright (c) 2026 the Interphase contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.interphase.ui.simulation.figures;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.interphase.model.Cell;
import org.interphase.model.CyclingExperiment;
import org.interphase.model.EisExperiment;
import org.interphase.model.Experiment;
import org.interphase.model.LsvExperiment;
import org.interphase.model.Project;
import org.interphase.model.resource.InterphaseModels;
import org.interphase.model.resource.ModelFileException;
import org.interphase.solver.CellSettings;
import org.interphase.solver.CellSolver;
import org.interphase.solver.SolverException;
import org.interphase.solver.SolverResult;
import org.interphase.solver.settings.SettingsBinder;
import org.interphase.ui.simulation.RunData;
import org.interphase.ui.simulation.SimulateCellHandler;

/**
 * Reproduce All Experiments: reads the model file (as saved), runs for every experiment the solver that simulates it
 * with the documented defaults and the experiment's conditions (EIS: the cell's spectrum over the experiment's frequency
 * window; LSV: the sweep; cycling: the
 * symmetric cell or the full cell, whichever suits the cell), one after another with progress, cancellable between
 * and within runs, and hands the outcomes with the paper's reported values (the file beside the model) to a consumer
 * (the figures editor). A run that fails is an outcome with its message; the others go on.
 */
public class ReproduceJob extends Job {

    /** The job family (for waiting on it). */
    public static final Object FAMILY = ReproduceJob.class;

    /**
     * One experiment's simulation.
     *
     * @param experiment the experiment's name
     * @param cell the cell's name
     * @param solverId the solver run (null when none suits the experiment)
     * @param data the result (null when the run failed)
     * @param calibrated the settings of the run whose defaults are calibrated against the paper or taken from its numbers
     *            (their source starts with "calibrated" or "[P]", or says "calibrated to [P]"), "key = value"
     * @param error why the run failed or was not made, or null
     * @param result the solver's result as it came (null when the run failed, or when the outcome was read back from
     *            a stored run)
     * @param provenance the run's provenance (null when no run was made or when read back)
     */
    public record Outcome(String experiment, String cell, String solverId, RunData data, List<String> calibrated, String error, SolverResult result,
            org.interphase.solver.Provenance provenance) {

        /** Without the solver's result (read back from a stored run, or no run made). */
        public Outcome(String experiment, String cell, String solverId, RunData data, List<String> calibrated, String error) {
            this(experiment, cell, solverId, data, calibrated, error, null, null);
        }
    }

    /**
     * All outcomes.
     *
     * @param modelFile the model read
     * @param projectName the model's project name
     * @param outcomes one per experiment, in the model's order
     * @param reported the paper's numbers (empty when the model has no file of them)
     * @param reportedProblem why the reported values could not be read, or null
     * @param when when the runs were made, for the figures' header ("2026-12-03 10:30")
     * @param stored where the runs are stored, or why they are not, for the figures' header (null: not yet stored)
     */
    public record Reproduction(Path modelFile, String projectName, List<Outcome> outcomes, ReportedValues reported, String reportedProblem, String when,
            String stored) {

        /** Made now, not yet stored. */
        public Reproduction(Path modelFile, String projectName, List<Outcome> outcomes, ReportedValues reported, String reportedProblem) {
            this(modelFile, projectName, outcomes, reported, reportedProblem,
                    java.time.LocalDateTime.now().format(java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")), null);
        }

        /** The same runs, saying where they are stored. */
        public Reproduction withStored(String where) {
            return new Reproduction(modelFile, projectName, outcomes, reported, reportedProblem, when, where);
        }
    }

    private final Path modelFile;
    private final Consumer<Reproduction> done;
    private volatile Reproduction reproduction;

    public ReproduceJob(Path modelFile, Consumer<Reproduction> done) {
        super("Reproduce all experiments of " + modelFile.getFileName());
        this.modelFile = modelFile;
        this.done = done;
        setUser(true);
    }

    @Override
    public boolean belongsTo(Object family) {
        return family == FAMILY;
    }

    /** The outcomes, once the job is done (null before, or when it failed or was cancelled). */
    public Reproduction reproduction() {
        return reproduction;
    }

    @Override
    protected IStatus run(IProgressMonitor monitor) {
        SubMonitor sub = SubMonitor.convert(monitor, getName(), 100);
        Project project;
        try {
            sub.subTask("reading " + modelFile.getFileName());
            project = InterphaseModels.load(modelFile);
        } catch (ModelFileException e) {
            return Status.error("Reproduce All Experiments: " + e.getMessage(), e);
        }
        sub.worked(5);
        ReportedValues reported = ReportedValues.none(ReportedValues.beside(modelFile));
        String problem = reportedProblem(modelFile);
        if (problem == null) {
            try {
                reported = ReportedValues.read(reported.file());
            } catch (IOException e) {
                problem = e.getMessage();
            }
        }
        List<Outcome> outcomes = new ArrayList<>();
        List<Experiment> experiments = project.getExperiments();
        SubMonitor runs = sub.split(95).setWorkRemaining(Math.max(1, experiments.size()));
        try {
            for (Experiment experiment : experiments) {
                if (runs.isCanceled()) {
                    throw new OperationCanceledException();
                }
                runs.subTask(experiment.getName());
                outcomes.add(simulate(experiment, runs.split(1)));
            }
        } catch (OperationCanceledException e) {
            return Status.CANCEL_STATUS;
        }
        reproduction = new Reproduction(modelFile, project.getName(), List.copyOf(outcomes), reported, problem);
        if (done != null) {
            done.accept(reproduction);
        }
        return Status.OK_STATUS;
    }

    /** Why the paper's reported values beside a model cannot be used, or null when the file is there. */
    static String reportedProblem(Path modelFile) {
        Path file = ReportedValues.beside(modelFile);
        return Files.isRegularFile(file) ? null
                : "no file of the paper's reported values beside the model (" + file.getFileName() + "): the figures show the model only";
    }

    /**
     * The settings of a run whose defaults are calibrated against the paper or taken from its numbers (their source
     * starts with "calibrated" or "[P]", or says "calibrated to [P]" or "calibrated with"), "key = value".
     */
    static List<String> calibrated(Class<?> settingsClass, java.util.Map<String, String> values) {
        List<String> calibrated = new ArrayList<>();
        for (SettingsBinder.Descriptor d : SettingsBinder.describe(settingsClass)) {
            String source = d.setting().source();
            String value = values.get(d.key());
            boolean fromPaper = source.startsWith("calibrated") || source.startsWith("[P]") || source.contains("calibrated to [P]")
                    || source.contains("calibrated with");
            if (fromPaper && value != null && !value.isBlank() && !value.equals("null")) {
                calibrated.add(d.key() + " = " + value);
            }
        }
        return List.copyOf(calibrated);
    }

    /** The id of the solver that simulates an experiment on its cell, or empty with none. */
    static Optional<CellSolver<?, ?>> solverFor(Experiment experiment) {
        Cell cell = experiment.getCell();
        if (cell == null) {
            return Optional.empty();
        }
        List<String> ids = experiment instanceof EisExperiment ? List.of("spectrum")
                : experiment instanceof LsvExperiment ? List.of("lsv")
                        : experiment instanceof CyclingExperiment ? List.of("symmetric", "fullcell") : List.of();
        for (String id : ids) {
            for (CellSolver<?, ?> solver : SimulateCellHandler.cellSolvers()) {
                if (solver.id().equals(id) && solver.unsuitable(cell).isEmpty()) {
                    return Optional.of(solver);
                }
            }
        }
        return Optional.empty();
    }

    @SuppressWarnings("unchecked")
    private static Outcome simulate(Experiment experiment, IProgressMonitor monitor) {
        Cell cell = experiment.getCell();
        String cellName = cell == null ? "" : cell.getName();
        Optional<CellSolver<?, ?>> found = solverFor(experiment);
        if (found.isEmpty()) {
            return new Outcome(experiment.getName(), cellName, null, null, List.of(),
                    cell == null ? "the experiment has no cell" : "no installed solver simulates a " + experiment.eClass().getName() + " on this cell");
        }
        CellSolver<CellSettings, ?> solver = (CellSolver<CellSettings, ?>) found.get();
        CellSettings settings = solver.defaultSettings(cell);
        if (experiment instanceof EisExperiment eis) {
            // the spectrum over the experiment's frequency window (the other solvers read their experiment themselves)
            try {
                if (eis.getFrequencyMin() != null && eis.getFrequencyMin().si() > 0 && SettingsBinder.find(settings.getClass(), "fmin").isPresent()) {
                    SettingsBinder.set(settings, "fmin", Double.toString(eis.getFrequencyMin().si()));
                }
                if (eis.getFrequencyMax() != null && eis.getFrequencyMax().si() > 0 && SettingsBinder.find(settings.getClass(), "fmax").isPresent()) {
                    SettingsBinder.set(settings, "fmax", Double.toString(eis.getFrequencyMax().si()));
                }
            } catch (org.interphase.solver.settings.SettingsException e) {
                return new Outcome(experiment.getName(), cellName, solver.id(), null, List.of(), "the experiment's frequency window: " + e.getMessage());
            }
        }
        List<String> calibrated = calibrated(settings.getClass(), SettingsBinder.values(settings));
        try {
            SolverResult result = solver.solve(settings, monitor);
            return new Outcome(experiment.getName(), cellName, solver.id(), RunData.of(solver.id(), result), calibrated, null, result, result.provenance());
        } catch (SolverException e) {
            return new Outcome(experiment.getName(), cellName, solver.id(), null, calibrated, e.getMessage(), null,
                    org.interphase.solver.Provenance.of(solver, settings.inputs(), SettingsBinder.values(settings)));
        }
    }
}
