/*
 * Copyright (c) 2026 the Interphase contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.interphase.ui.simulation.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.interphase.ui.charts.ChartAxis;
import org.interphase.ui.charts.ChartMarker;
import org.interphase.ui.charts.ChartWidget;
import org.interphase.ui.charts.DisplayUnits;
import org.interphase.ui.simulation.figures.FiguresEditor;
import org.interphase.ui.simulation.figures.PaperFigures.PaperFigure;
import org.interphase.ui.simulation.figures.ReportedValues;
import org.interphase.ui.simulation.figures.ReproduceAllHandler;
import org.interphase.ui.simulation.figures.ReproduceJob;
import org.interphase.ui.testing.Ui;
import org.junit.jupiter.api.Test;

/**
 * Reproduce All Experiments on the example: every experiment simulated in one Job, the figures editor with the
 * paper's four figures, whose annotations show the paper's numbers (from the reported-values file) beside the model's.
 */
class FiguresTest {

    private static FiguresEditor reproduce(IFile model) {
        IWorkbenchPage page = Workbench.page();
        ReproduceJob job = ReproduceAllHandler.launch(page, model.getLocation().toPath());
        Ui.waitUntil("the reproduction to finish", () -> job.getState() == Job.NONE && job.getResult() != null, 180_000);
        assertEquals(IStatus.OK, job.getResult().getSeverity(), job.getResult().getMessage());
        Ui.waitUntil("the figures editor to open", () -> page.getActiveEditor() instanceof FiguresEditor, 20_000);
        Ui.settle();
        return (FiguresEditor) page.getActiveEditor();
    }

    @Test
    void reportedValuesComeFromTheFileBesideTheModel() throws Exception {
        ReportedValues values = ReportedValues.read(Workbench.example("tolganbek2022.reported.tsv"));
        assertEquals("Tolganbek et al., Nanoscale Adv. 4, 4606 (2022)", values.citation());
        assertEquals(1.8e-3, values.find("EIS Li|LATP|Li", "apparent conductivity").orElseThrow().si(), 1e-15);
        assertEquals("about 40 h", values.find("Stripping/plating Li|LATP|Li", "time to failure").orElseThrow().label());
        assertEquals(0.93, values.all("0.1C cycling Li|IL|LATP|IL|LFP", "coulombic efficiency").get(0).si(), 1e-12);
    }

    @Test
    void aMalformedLineOfReportedValuesIsNamedByFileAndLine() throws Exception {
        java.nio.file.Path file = java.nio.file.Files.createTempFile("bad", ".reported.tsv");
        java.nio.file.Files.writeString(file, "citation\tSomeone 2022\nexperiment\tquantity\tcycle\tvalue\tunit\tapproximate\tnote\n"
                + "EIS x\tapparent conductivity\t\t1.8e-5\tS/cm\tno\tok\nEIS y\tapparent conductivity\t\tabout 2\tS/cm\tno\t\n");
        java.io.IOException e = org.junit.jupiter.api.Assertions.assertThrows(java.io.IOException.class, () -> ReportedValues.read(file));
        assertEquals(file + ":4: value 'about 2' is not a number", e.getMessage());
        java.nio.file.Files.writeString(file, "experiment\tquantity\tcycle\tvalue\tunit\nEIS x\tq\t\t1\tfurlongs\n");
        e = org.junit.jupiter.api.Assertions.assertThrows(java.io.IOException.class, () -> ReportedValues.read(file));
        assertEquals(file + ":2: unknown unit 'furlongs'", e.getMessage());
        java.nio.file.Files.delete(file);
    }

    @Test
    void reproduceAllOpensThePapersFourFigures() throws Exception {
        IFile model = Workbench.copyOfExample("figures", xml -> xml);
        FiguresEditor editor = reproduce(model);
        List<PaperFigure> figures = editor.figures();
        assertEquals(List.of("(a)", "(b)", "(c)", "(d)"), figures.stream().map(PaperFigure::letter).toList());
        // (a) Nyquist: bare against coated, the paper's conductivities beside the model's (calibrated)
        String a = figures.get(0).annotations();
        assertTrue(a.contains("σ paper 1.8e-5 S/cm") && a.contains("σ paper 1.6e-4 S/cm"), a);
        assertTrue(a.contains("model, calibrated 1.80e-5 S/cm") && a.contains("model, calibrated 1.60e-4 S/cm"), a);
        assertTrue(editor.caption("(a)").startsWith("Paper (Tolganbek et al., Nanoscale Adv. 4, 4606 (2022)): "), editor.caption("(a)"));
        ChartWidget nyquist = editor.charts("(a)").get(0);
        assertEquals(List.of("Li|LATP|Li", "Li|IL|LATP|IL|Li"), nyquist.visibleSeries());
        // over the experiment's window, 1 Hz to 1 MHz
        double[] f = nyquist.series().get(0).extras().get(0).column().toArray();
        assertEquals(1e6, f[0], 1e-6);
        assertEquals(1, f[f.length - 1], 1e-12);
        // (b) V(t) bare against coated over the paper's 600 h at 0.1 mA/cm2; the bare cell's failure marked where it maps
        ChartWidget vt = editor.charts("(b)").get(0);
        assertTrue(vt.getTitle().contains("at 0.1 mA/cm2 over 600 h"), vt.getTitle());
        assertTrue(vt.visibleSeries().containsAll(List.of("Li|LATP|Li V", "Li|IL|LATP|IL|Li V")), vt.visibleSeries().toString());
        double[][] coated = vt.plottedPoints("Li|IL|LATP|IL|Li V");
        assertEquals(600, coated[0][coated[0].length - 1], 1);
        ChartMarker failure = vt.markers().stream().filter(m -> m.type() == ChartMarker.Type.VERTICAL_LINE).findFirst().orElseThrow();
        assertTrue(failure.label().startsWith("Li|LATP|Li fails at 36.3 h"), failure.label());
        assertEquals(vt.toPixel(ChartAxis.Y_LEFT, DisplayUnits.convert(failure.x(), "s", "h"), 0).x,
                SimulationPlotsTest.columnOf(vt.plotImage(), failure.color()), 1);
        assertTrue(figures.get(1).annotations().contains("paper: Li|LATP|Li fails after about 40 h"), figures.get(1).annotations());
        // (c) LSV: 4.4 V and 5.0 V from the paper, the model's limits at the same places
        String c = figures.get(2).annotations();
        assertTrue(c.contains("◀ SS|LATP|Li\n   paper 4.4 V\n   model 4.4 V (calibrated)"), c);
        assertTrue(c.contains("◀ SS|IL|LATP|IL|Li\n   paper 5.0 V\n   model 5 V (calibrated)"), c);
        List<Double> limits = new ArrayList<>();
        for (ChartMarker m : editor.charts("(c)").get(0).markers()) {
            if (m.type() == ChartMarker.Type.VERTICAL_LINE) {
                limits.add(m.x());
            }
        }
        assertEquals(2, limits.size());
        assertEquals(4.4, limits.get(0), 0.02);
        assertEquals(5.0, limits.get(1), 0.02);
        // (d) full cell: V(Q) of the paper's cycles 1, 2, 20 (one curve each) and capacity/CE with the paper's points
        List<ChartWidget> full = editor.charts("(d)");
        assertEquals(2, full.size());
        assertEquals(List.of("cycle 1", "cycle 2", "cycle 20"), full.get(0).visibleSeries());
        assertTrue(full.get(1).visibleSeries().containsAll(List.of("model discharge", "model CE", "paper discharge", "paper CE")),
                full.get(1).visibleSeries().toString());
        String d = figures.get(3).annotations();
        assertTrue(d.contains("paper: cycle 1 discharge 115 mAh/g") && d.contains("paper CE 93 %, then about 100 %"), d);
        assertTrue(d.contains("Model: Li|IL|LATP|IL|LFP: cycle 1 discharge 115 mAh/g, CE 92.9 % then 100 %"), d);
        assertTrue(d.contains("accessible_fraction = 0.676") && d.contains("first_charge_loss"), d);
        assertTrue(d.contains("Calibrated against the paper"), d);
        double[][] paperPoints = full.get(1).plottedPoints("paper discharge");
        assertEquals(115, paperPoints[1][0], 1e-9);
        assertEquals(20, paperPoints[0][2], 1e-9);
        // pictures: the whole window with the editor maximised, and the figures page as drawn
        IWorkbenchPage page = Workbench.page();
        Shell shell = page.getWorkbenchWindow().getShell();
        shell.setBounds(0, 0, 1600, 1000);
        page.setPartState(page.getReference(editor), IWorkbenchPage.STATE_MAXIMIZED);
        Ui.settle();
        Ui.screenshot("figures");
        Workbench.print(editor.page(), "figures-page");
        page.setPartState(page.getReference(editor), IWorkbenchPage.STATE_RESTORED);
        page.closeEditor(editor, false);
    }

    @Test
    void reproduceAllOnTheProjectInTheProjectExplorer() throws Exception {
        IFile model = Workbench.copyOfExample("explorer-" + System.nanoTime(), xml -> xml);
        IWorkbenchPage page = Workbench.page();
        org.eclipse.ui.navigator.CommonNavigator explorer = (org.eclipse.ui.navigator.CommonNavigator) page
                .showView("org.eclipse.ui.navigator.ProjectExplorer");
        page.activate(explorer);
        explorer.selectReveal(new org.eclipse.jface.viewers.StructuredSelection(model.getProject()));
        Ui.waitUntil("the project selected", () -> explorer.getCommonViewer().getStructuredSelection().getFirstElement() == model.getProject(), 10_000);
        Ui.settle();
        // the context menu of the project offers the command
        Menu menu = explorer.getCommonViewer().getControl().getMenu();
        menu.notifyListeners(SWT.Show, new Event());
        Ui.settle();
        List<String> items = new ArrayList<>();
        for (MenuItem item : menu.getItems()) {
            items.add(item.getText().replace("&", ""));
        }
        menu.notifyListeners(SWT.Hide, new Event());
        assertTrue(items.stream().anyMatch(t -> t.startsWith("Reproduce All Experiments")), items.toString());
        // and runs it on the project's model
        org.eclipse.ui.handlers.IHandlerService handlers = page.getWorkbenchWindow().getService(org.eclipse.ui.handlers.IHandlerService.class);
        handlers.executeCommand("org.interphase.ui.simulation.reproduceAll", null);
        Ui.waitUntil("the figures editor", () -> page.getActiveEditor() instanceof FiguresEditor f
                && f.getEditorInput().getName().equals("Figures: " + model.getName()), 120_000);
        FiguresEditor editor = (FiguresEditor) page.getActiveEditor();
        assertEquals(4, editor.figures().size());
        page.closeEditor(editor, false);
    }

    @Test
    void reproduceAllIsInTheMainMenu() throws Exception {
        Menu bar = Workbench.page().getWorkbenchWindow().getShell().getMenuBar();
        MenuItem simulation = null;
        for (MenuItem item : bar.getItems()) {
            if (item.getText().replace("&", "").equals("Simulation")) {
                simulation = item;
            }
        }
        assertNotNull(simulation, "no Simulation menu");
        Menu menu = simulation.getMenu();
        menu.notifyListeners(SWT.Show, new Event());
        Ui.settle();
        List<String> items = new ArrayList<>();
        for (MenuItem item : menu.getItems()) {
            items.add(item.getText().replace("&", ""));
        }
        menu.notifyListeners(SWT.Hide, new Event());
        assertTrue(items.stream().anyMatch(t -> t.startsWith("Reproduce All Experiments")), items.toString());
    }

    @Test
    void cancelledReproductionOpensNoFigures() throws Exception {
        // a full cell of 100000 cycles runs long enough to be cancelled while it runs
        IFile model = Workbench.copyOfExample("figures", xml -> xml.replace(") x 20\"", ") x 100000\""));
        IWorkbenchPage page = Workbench.page();
        IEditorPart before = page.getActiveEditor();
        ReproduceJob job = ReproduceAllHandler.launch(page, model.getLocation().toPath());
        Ui.waitUntil("the job to run", () -> job.getState() == Job.RUNNING, 20_000);
        Thread.sleep(1500);
        job.cancel();
        Ui.waitUntil("the job to end", () -> job.getState() == Job.NONE && job.getResult() != null, 60_000);
        assertEquals(IStatus.CANCEL, job.getResult().getSeverity());
        assertNull(job.reproduction());
        Ui.settle();
        assertTrue(!(page.getActiveEditor() instanceof FiguresEditor) || page.getActiveEditor() == before);
    }

}
