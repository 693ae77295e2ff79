/*
 * Copyright (c) 2026 the Interphase contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.interphase.ui.simulation.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.ui.IWorkbenchPage;
import org.interphase.model.Project;
import org.interphase.model.ResultReference;
import org.interphase.model.RunStatus;
import org.interphase.model.SimulationRun;
import org.interphase.model.resource.InterphaseModels;
import org.interphase.ui.charts.ChartMarker;
import org.interphase.ui.charts.ChartWidget;
import org.interphase.ui.editor.InterphaseModelEditor;
import org.interphase.ui.simulation.SimulationResultsView;
import org.interphase.ui.simulation.figures.FiguresEditor;
import org.interphase.ui.simulation.figures.OpenFiguresHandler;
import org.interphase.ui.simulation.figures.ReproduceAllHandler;
import org.interphase.ui.simulation.figures.ReproduceJob;
import org.interphase.ui.testing.Ui;
import org.junit.jupiter.api.Test;

/**
 * Reproduce All Experiments keeps its runs: one stored simulation run per experiment (naming it), with its series in
 * CSV files beside the model (no temporary file left), in the model file when no editor has it open, or in the open
 * editor's model (undoable); a stored run reopens in the Simulation Results view, and the figures reopen from the
 * stored runs with what the fresh figures drew.
 */
class ReproducedRunsTest {

    private static FiguresEditor reproduce(IWorkbenchPage page, IFile model) {
        ReproduceJob job = ReproduceAllHandler.launch(page, model.getLocation().toPath());
        Ui.waitUntil("the reproduction to finish", () -> job.getState() == Job.NONE && job.getResult() != null, 180_000);
        assertEquals(IStatus.OK, job.getResult().getSeverity(), job.getResult().getMessage());
        Ui.waitUntil("the figures editor to open", () -> page.getActiveEditor() instanceof FiguresEditor, 20_000);
        Ui.settle();
        return (FiguresEditor) page.getActiveEditor();
    }

    private static String failureLabel(FiguresEditor editor) {
        ChartWidget vt = editor.charts("(b)").get(0);
        return vt.markers().stream().filter(m -> m.type() == ChartMarker.Type.VERTICAL_LINE).findFirst().orElseThrow().label();
    }

    @Test
    void runsAreStoredInTheModelFileAndTheFiguresReopenFromThem() throws Exception {
        IFile model = Workbench.copyOfExample("stored-runs", xml -> xml);
        Path file = model.getLocation().toPath();
        IWorkbenchPage page = Workbench.page();
        FiguresEditor fresh = reproduce(page, model);
        String freshFailure = failureLabel(fresh);
        String freshD = fresh.figures().get(3).annotations();
        String freshA = fresh.figures().get(0).annotations();
        assertTrue(fresh.headerText().contains("runs stored in " + file.getFileName()), fresh.headerText());
        page.closeEditor(fresh, false);

        // the model file holds one run per experiment, naming it, with its CSV files beside the model
        Project saved = InterphaseModels.load(file);
        List<SimulationRun> runs = saved.getSimulationRuns().stream().filter(r -> r.getExperiment() != null).toList();
        assertEquals(saved.getExperiments().size(), runs.size(), "one run per experiment of the example (each has a solver)");
        for (SimulationRun run : runs) {
            assertEquals(RunStatus.COMPLETED, run.getStatus(), run.getName() + ": " + run.getMessage());
            assertTrue(run.getDescription().endsWith(run.getExperiment().getName()), run.getDescription());
            assertTrue(!run.getResultReferences().isEmpty(), run.getName());
            for (ResultReference ref : run.getResultReferences()) {
                assertTrue(Files.size(file.resolveSibling(ref.getPath())) > 0, ref.getPath());
            }
        }
        Path folder = file.resolveSibling(file.getFileName().toString().replaceFirst("\\.interphase$", "") + "-runs");
        try (Stream<Path> files = Files.list(folder)) {
            assertEquals(List.of(), files.filter(p -> !p.getFileName().toString().endsWith(".csv")).toList(), "no temporary file left");
        }

        // a stored run reopens in the Simulation Results view
        InterphaseModelEditor editor = Workbench.open(model);
        SimulationRun symmetric = editor.project().getSimulationRuns().stream()
                .filter(r -> r.getExperiment() != null && "symmetric".equals(r.getSolverId())).findFirst().orElseThrow();
        page.showView(SimulationResultsView.ID);
        SimulationResultsView view = (SimulationResultsView) page.findView(SimulationResultsView.ID);
        page.activate(editor); // selections of the active part reach the view
        Ui.settle();
        editor.select(List.of(editor.project().getCells().get(0)));
        Ui.settle();
        editor.select(List.of(symmetric));
        Ui.waitUntil("the view to show the stored run", () -> view.shown() == symmetric && !view.charts().isEmpty(), 20_000);

        // and the figures reopen from the stored runs, drawing what the fresh ones drew
        FiguresEditor again = OpenFiguresHandler.open(page, editor.project(), file);
        assertNotNull(again);
        Ui.settle();
        assertTrue(again.headerText().contains("reopened from the runs stored in " + file.getFileName()), again.headerText());
        assertEquals(List.of("(a)", "(b)", "(c)", "(d)"), again.figures().stream().map(f -> f.letter()).toList());
        assertEquals(freshFailure, failureLabel(again));
        assertEquals(freshD, again.figures().get(3).annotations());
        assertEquals(freshA, again.figures().get(0).annotations());
        page.closeEditor(again, false);
        page.closeEditor(editor, false);
    }

    @Test
    void withTheModelOpenTheRunsGoIntoTheEditorUndoably() throws Exception {
        IFile model = Workbench.copyOfExample("stored-runs-open", xml -> xml);
        IWorkbenchPage page = Workbench.page();
        InterphaseModelEditor editor = Workbench.open(model);
        int before = editor.project().getSimulationRuns().size();
        FiguresEditor figures = reproduce(page, model);
        int experiments = editor.project().getExperiments().size();
        assertEquals(before + experiments, editor.project().getSimulationRuns().size());
        assertTrue(editor.isDirty());
        assertTrue(figures.headerText().contains("stored in the model open in the editor"), figures.headerText());
        editor.getEditingDomain().getCommandStack().undo();
        assertEquals(before, editor.project().getSimulationRuns().size(), "one undo removes them all");
        editor.getEditingDomain().getCommandStack().redo();
        assertEquals(before + experiments, editor.project().getSimulationRuns().size());
        page.closeEditor(figures, false);
        page.closeEditor(editor, false);
    }
}
