/*
 * Copyright (c) 2026 the Interphase contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.interphase.ui.simulation.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.interphase.model.Cell;
import org.interphase.model.ResultReference;
import org.interphase.model.RunStatus;
import org.interphase.model.SimulationRun;
import org.interphase.solver.CellSettings;
import org.interphase.solver.CellSolver;
import org.interphase.solver.cycling.FullCellSettings;
import org.interphase.ui.editor.InterphaseModelEditor;
import org.interphase.ui.simulation.SettingsForm;
import org.interphase.ui.simulation.SimulateCellHandler;
import org.interphase.ui.simulation.SimulationDialog;
import org.interphase.ui.simulation.SimulationLauncher;
import org.interphase.ui.simulation.SimulationResultsView;
import org.junit.jupiter.api.Test;
import org.interphase.ui.testing.Ui;

/**
 * Simulating a cell from the model editor: the context menu entry, the settings dialog generated from the
 * annotations (units, sources, refused values), the run as a Job stored in the model through an undoable command
 * with provenance, results and series files, the Simulation Results view, and cancellation.
 */
class SimulateCellTest {

    private static InterphaseModelEditor openCopyOfExample() throws Exception {
        IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject("simulation-tests");
        if (!project.exists()) {
            project.create(null);
        }
        project.open(null);
        IFile copy = project.getFile("example-" + System.nanoTime() + ".interphase");
        copy.create(Files.newInputStream(Path.of(System.getProperty("interphase.repository"), "examples/tolganbek2022/tolganbek2022.interphase")),
                true, null);
        IWorkbenchPage page = PlatformUI.getWorkbench().getWorkbenchWindows()[0].getActivePage();
        InterphaseModelEditor editor = (InterphaseModelEditor) IDE.openEditor(page, copy, InterphaseModelEditor.ID, true);
        Ui.settle();
        return editor;
    }

    private static Cell cell(InterphaseModelEditor editor, String name) {
        return editor.project().getCells().stream().filter(c -> name.equals(c.getName())).findFirst().orElseThrow();
    }

    @Test
    void contextMenuOffersSimulateOnACell() throws Exception {
        InterphaseModelEditor editor = openCopyOfExample();
        editor.select(List.of(cell(editor, "Li|LATP|Li")));
        Ui.settle();
        Menu menu = editor.viewer().getControl().getMenu();
        menu.notifyListeners(SWT.Show, new Event());
        Ui.settle();
        List<String> items = new ArrayList<>();
        for (MenuItem item : menu.getItems()) {
            items.add(item.getText().replace("&", ""));
        }
        menu.notifyListeners(SWT.Hide, new Event());
        assertTrue(items.stream().anyMatch(t -> t.startsWith("Simulate")), "context menu: " + items);
        editor.getSite().getPage().closeEditor(editor, false);
    }

    @Test
    void dialogRunJobStoresTheRunWithProvenanceAndUndo() throws Exception {
        InterphaseModelEditor editor = openCopyOfExample();
        Cell cell = cell(editor, "Li|IL|LATP|IL|Li");
        List<CellSolver<?, ?>> solvers = SimulateCellHandler.cellSolvers();
        assertEquals(List.of("symmetric", "fullcell", "lsv", "mci", "spectrum"), solvers.stream().map(CellSolver::id).toList());
        SimulationDialog dialog = new SimulationDialog(editor.getSite().getShell(), cell, solvers);
        dialog.setBlockOnOpen(false);
        dialog.open();
        Ui.settle();
        // the symmetric solver suits a Li | ... | Li cell; the full cell and LSV do not, and say why
        assertNull(dialog.reasons().get(0));
        assertTrue(dialog.reasons().get(1).contains("insertion"), dialog.reasons().get(1));
        assertTrue(dialog.reasons().get(2).contains("ion-blocking"), dialog.reasons().get(2));
        SettingsForm.Row fracture = row(dialog, "fracture_length");
        assertEquals("m", fracture.setting().unit());
        assertEquals("0.00001", fracture.text());
        assertTrue(fracture.setting().source().startsWith("calibrated"), fracture.setting().source());
        assertEquals(SettingsForm.FROM_MODEL, row(dialog, "current_density").text());
        Ui.screenshot(dialog.getShell(), "simulate-dialog");
        // a refused value keeps Run disabled and names the setting
        dialog.setValue("sigma_i_mci", "-1");
        assertTrue(dialog.getErrorMessage().startsWith("sigma_i_mci (Ionic conductivity of the interphase) must be > 0"), dialog.getErrorMessage());
        assertFalse(runButton(dialog).isEnabled());
        dialog.setValue("sigma_i_mci", "1e-6 S/cm");
        dialog.setValue("duration", "50 h"); // a unit converts to the SI value
        assertNull(dialog.getErrorMessage());
        assertTrue(runButton(dialog).isEnabled());
        runButton(dialog).notifyListeners(SWT.Selection, new Event());
        Ui.settle();
        assertEquals(180000.0, ((org.interphase.solver.cycling.SymmetricSettings) dialog.settings()).duration, 0);

        int before = editor.project().getSimulationRuns().size();
        AtomicReference<SimulationRun> stored = new AtomicReference<>();
        SimulationLauncher.launch(editor, cell, dialog.solver(), dialog.settings(), stored::set);
        Ui.waitUntil("the run to be stored", () -> stored.get() != null, 60_000);
        SimulationRun run = stored.get();
        assertEquals(before + 1, editor.project().getSimulationRuns().size());
        assertEquals(RunStatus.COMPLETED, run.getStatus());
        assertEquals("symmetric", run.getSolverId());
        assertEquals(cell, run.getCell());
        assertEquals("symmetric", run.getProvenance().getSolverId());
        assertTrue(run.getProvenance().getSoftwareVersion().startsWith("org.interphase.solver.cycling"), run.getProvenance().getSoftwareVersion());
        assertTrue(run.getProvenance().getInputs().contains("Li|IL|LATP|IL|Li"), run.getProvenance().getInputs());
        assertTrue(run.getSettings().stream().anyMatch(s -> s.getKey().equals("duration") && s.getValue().equals("180000 s")));
        assertTrue(run.getSettings().stream().anyMatch(s -> s.getKey().equals("current_density") && s.getValue().contains("experiment")));
        assertTrue(run.getResults().stream().anyMatch(r -> r.getName().equals("largest |V|") && r.getValue() < 0.15 && r.getUnit().equals("V")));
        assertEquals(List.of("series", "overpotential envelope"), run.getResultReferences().stream().map(ResultReference::getName).toList());
        for (ResultReference reference : run.getResultReferences()) {
            assertTrue(Files.isRegularFile(editor.location().resolveSibling(reference.getPath())), reference.getPath());
        }
        // shown as tables
        SimulationResultsView view = (SimulationResultsView) editor.getSite().getPage().findView(SimulationResultsView.ID);
        assertNotNull(view);
        assertEquals(run, view.shown());
        assertEquals(List.of("series", "overpotential envelope"), view.tableNames());
        assertEquals(50, view.rows("overpotential envelope"));
        assertTrue(view.header("series").contains("V / V"), view.header("series").toString());
        assertTrue(view.scalarRows() > 3);
        Ui.screenshot(editor.getSite().getShell(), "simulation-results");
        // undoable
        assertTrue(editor.isDirty());
        editor.getEditingDomain().getCommandStack().undo();
        assertEquals(before, editor.project().getSimulationRuns().size());
        editor.getEditingDomain().getCommandStack().redo();
        assertEquals(before + 1, editor.project().getSimulationRuns().size());
        // a stored run selected in the editor shows again, its tables read back from the CSV files
        editor.select(List.of(editor.project().getCells().get(0)));
        Ui.settle();
        editor.select(List.of(run));
        Ui.waitUntil("the view to show the selected run", () -> view.shown() == run && view.rows("overpotential envelope") == 50, 10_000);
        editor.getSite().getPage().closeEditor(editor, false);
    }

    @Test
    void cancelledRunIsStoredAsCancelled() throws Exception {
        InterphaseModelEditor editor = openCopyOfExample();
        Cell cell = cell(editor, "Li|IL|LATP|IL|LFP");
        @SuppressWarnings("unchecked")
        CellSolver<CellSettings, ?> solver = (CellSolver<CellSettings, ?>) SimulateCellHandler.cellSolvers().stream()
                .filter(s -> s.id().equals("fullcell")).findFirst().orElseThrow();
        FullCellSettings settings = (FullCellSettings) solver.defaultSettings(cell);
        settings.protocol = "(Charge at 0.1C until 4.0 V; Discharge at 0.1C until 2.5 V) x 100000";
        AtomicReference<SimulationRun> stored = new AtomicReference<>();
        Job job = SimulationLauncher.launch(editor, cell, solver, settings, stored::set);
        Ui.waitUntil("the job to run", () -> job.getState() == Job.RUNNING, 10_000);
        Thread.sleep(300);
        job.cancel();
        Ui.waitUntil("the cancelled run to be stored", () -> stored.get() != null, 30_000);
        assertEquals(RunStatus.CANCELLED, stored.get().getStatus());
        assertEquals("cancelled by the user", stored.get().getMessage());
        assertTrue(editor.project().getSimulationRuns().contains(stored.get()));
        editor.getSite().getPage().closeEditor(editor, false);
    }

    private static SettingsForm.Row row(SimulationDialog dialog, String key) {
        return dialog.form().rows().stream().filter(r -> r.setting().key().equals(key)).findFirst().orElseThrow();
    }

    private static Button runButton(SimulationDialog dialog) {
        return find(dialog.getShell(), "Run");
    }

    private static Button find(Composite parent, String text) {
        for (Control child : parent.getChildren()) {
            if (child instanceof Button b && text.equals(b.getText())) {
                return b;
            }
            if (child instanceof Composite c) {
                Button found = find(c, text);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }



}
