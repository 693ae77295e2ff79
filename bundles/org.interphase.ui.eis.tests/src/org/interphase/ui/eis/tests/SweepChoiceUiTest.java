/*
 * Copyright (c) 2026 the Interphase contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.interphase.ui.eis.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.ide.IDE;
import org.interphase.model.EisExperiment;
import org.interphase.model.FitResult;
import org.interphase.model.FittedParameter;
import org.interphase.solver.eis.circuit.Circuits;
import org.interphase.solver.eis.data.ImpedanceData;
import org.interphase.solver.eis.data.Sweeps;
import org.interphase.solver.eis.fit.FitOptions;
import org.interphase.solver.eis.fit.Weighting;
import org.interphase.testdata.TestCorpus;
import org.interphase.ui.charts.ChartSeries;
import org.interphase.ui.charts.ChartWidget;
import org.interphase.ui.editor.InterphaseModelEditor;
import org.interphase.ui.eis.FitJob;
import org.interphase.ui.eis.FitRequest;
import org.interphase.ui.eis.SweepChooser;
import org.interphase.ui.eis.analysis.FitTab;
import org.interphase.ui.eis.analysis.ImpedanceAnalysisEditor;
import org.interphase.ui.eis.analysis.ImpedanceAnalysisInput;
import org.interphase.ui.testing.Ui;
import org.junit.jupiter.api.Test;

/**
 * One sweep at a time in the IDE, on biol.mpr (an EC-Lab GCPL with an impedance sweep between half cycles: 5 sweeps
 * of 64, 64, 64, 64 and 54 points among 23,561 rows): the sweep combo, the dropped rows, what the Nyquist plot draws
 * and what KK and DRT analyse follow the choice; a fit of one sweep is stored with its sweep and flags and reopens on
 * the Fit tab over that sweep.
 */
class SweepChoiceUiTest {

    private static final String BIOL = "biologic-mpr/biol.mpr";

    /** The points the Nyquist plot of the Fit tab draws for the data, checked against the spectrum analysed. */
    private static void drawn(ImpedanceAnalysisEditor editor, ImpedanceData expected) {
        ImpedanceData data = editor.data();
        assertEquals(expected.size(), data.size());
        assertTrue(Arrays.equals(expected.f(), data.f()), "the spectrum analysed is the sweep chosen");
        ChartWidget nyquist = editor.fit().nyquist();
        assertTrue(nyquist.plotBounds().width >= expected.size(), "the plot is laid out: " + nyquist.plotBounds());
        ChartSeries series = nyquist.series().stream().filter(s -> s.name().equals(FitTab.DATA)).findFirst().orElseThrow();
        assertEquals(expected.size(), series.x().size(), "points in the Nyquist plot's data series");
        int[] rows = nyquist.plottedRows(FitTab.DATA);
        double[][] points = nyquist.plottedPoints(FitTab.DATA);
        assertEquals(expected.size(), Arrays.stream(rows).distinct().count(), "points drawn in the Nyquist plot");
        for (int k = 0; k < rows.length; k++) {
            assertEquals(expected.re()[rows[k]], points[0][k], 1e-9 * Math.abs(expected.re()[rows[k]]) + 1e-12, "Re Z of drawn point " + k);
            assertEquals(-expected.im()[rows[k]], points[1][k], 1e-9 * Math.abs(expected.im()[rows[k]]) + 1e-12, "-Im Z of drawn point " + k);
        }
    }

    private static void idle(ImpedanceAnalysisEditor editor) {
        Ui.waitUntil("the analysis", editor::isIdle, 60_000);
        Ui.settle();
    }

    @Test
    void theAnalysisFollowsTheChosenSweep() throws Exception {
        Path file = TestCorpus.file(BIOL);
        Sweeps sweeps = Sweeps.read(file, null, null, new org.eclipse.core.runtime.NullProgressMonitor());
        ImpedanceAnalysisEditor editor = ImpedanceAnalysisUiTest.open(new ImpedanceAnalysisInput(file, null));
        SweepChooser chooser = editor.sweepChooser();
        List<String> items = chooser.items();
        assertEquals(6, items.size(), items.toString());
        assertTrue(items.get(0).startsWith("Sweep 1 of 5 (64 points, 100 kHz-"), items.get(0));
        assertTrue(items.get(3).startsWith("Sweep 4 of 5 (64 points, 100 kHz-"), items.get(3));
        assertTrue(items.get(4).startsWith("Sweep 5 of 5 (54 points, 10 kHz-"), items.get(4));
        assertEquals("All pooled (310 points of 5 sweeps)", items.get(5));
        assertEquals("23251 of 23561 rows dropped (no impedance: not EIS rows)", chooser.droppedLine());
        assertEquals(1, chooser.choice(), "the first sweep by default");
        assertTrue(editor.headerText().contains("sweep 1 of 5"), editor.headerText());

        editor.showTab("Fit"); // its Nyquist plot, as the user sees it
        editor.setDropInductive(false); // every point of the sweep
        idle(editor);
        drawn(editor, sweeps.sweep(1).data());
        assertEquals(64, editor.kramersKronig().result().residualRe().length, "KK tests the chosen sweep");
        assertEquals(64, editor.drt().result().residualRe().length, "the DRT of the chosen sweep");
        Ui.screenshot(editor.getSite().getShell(), "impedance-analysis-sweep-1");

        chooser.choose(5);
        idle(editor);
        assertTrue(editor.headerText().contains("sweep 5 of 5"), editor.headerText());
        drawn(editor, sweeps.sweep(5).data());
        assertEquals(54, editor.kramersKronig().result().residualRe().length);
        assertEquals(54, editor.drt().result().residualRe().length);

        chooser.choose(SweepChooser.POOLED);
        idle(editor);
        assertTrue(editor.headerText().contains("all 5 sweeps pooled"), editor.headerText());
        drawn(editor, sweeps.pooled());
        assertEquals(310, sweeps.pooled().size());
        ImpedanceAnalysisUiTest.page().closeEditor(editor, false);
    }

    /** A project with a copy of the example model whose bare EIS experiment names biol.mpr (copied beside it). */
    static IFile model() throws Exception {
        IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject("eis-sweep-tests");
        if (!project.exists()) {
            project.create(null);
            project.open(null);
        }
        Path repository = Path.of(System.getProperty("interphase.repository"));
        IFile data = project.getFile("biol.mpr");
        if (!data.exists()) {
            data.create(Files.newInputStream(TestCorpus.file(BIOL)), true, null);
        }
        String xml = Files.readString(repository.resolve("examples/tolganbek2022/tolganbek2022.interphase"));
        String marker = "description=\"Reported apparent conductivity 1.8e-5 S/cm [paper].\">";
        assertTrue(xml.contains(marker));
        xml = xml.replace(marker, marker + "\n    <dataset path=\"biol.mpr\"/>");
        IFile file = project.getFile("sweeps.interphase");
        if (file.exists()) {
            file.delete(true, null);
        }
        file.create(new java.io.ByteArrayInputStream(xml.getBytes(java.nio.charset.StandardCharsets.UTF_8)), true, null);
        return file;
    }

    @Test
    void aFitOfOneSweepIsStoredWithItsSweepAndFlagsAndReopens() throws Exception {
        System.setProperty("interphase.ui.eis.noResultsDialog", "true");
        IWorkbenchPage page = ImpedanceAnalysisUiTest.page();
        IFile modelFile = model();
        InterphaseModelEditor editor = (InterphaseModelEditor) IDE.openEditor(page, modelFile, InterphaseModelEditor.ID, true);
        Ui.settle();
        EisExperiment experiment = (EisExperiment) editor.project().getExperiments().stream().filter(e -> e.getName().equals("EIS Li|LATP|Li"))
                .findFirst().orElseThrow();
        Path data = Path.of(modelFile.getParent().getLocation().toOSString(), "biol.mpr");
        Sweeps sweeps = Sweeps.read(data, null, null, new org.eclipse.core.runtime.NullProgressMonitor());
        ImpedanceData fifth = sweeps.sweep(5).data().select(Double.NaN, Double.NaN, true);

        FitRequest request = new FitRequest(Circuits.parse("R0-p(R1,CPE1)-p(R2,CPE2)"), null, new FitOptions().weighting(Weighting.MODULUS), Double.NaN,
                Double.NaN, true, 5);
        FitJob job = new FitJob(editor, experiment, data, request);
        job.schedule();
        Ui.waitUntil("the fit job", () -> job.getResult() != null && (job.stored() != null || !job.getResult().isOK()), 120_000);
        assertTrue(job.getResult().isOK(), job.getResult().toString());
        FitResult stored = experiment.getFitResults().get(experiment.getFitResults().size() - 1);
        assertEquals(fifth.size(), stored.getPointCount(), "the fit used sweep 5 only");
        assertEquals(5, stored.getSweep());
        assertEquals(5, stored.getSweepCount());
        assertNotNull(stored.getFlagged());
        assertNotNull(stored.getCost());
        assertNotNull(stored.getStarts());
        assertNotNull(stored.getMultiStart());
        boolean anyFlag = false;
        for (FittedParameter p : stored.getParameters()) {
            assertNotNull(p.getAtBound(), p.getName());
            assertNotNull(p.getUnidentifiable(), p.getName());
            anyFlag |= !p.isFixed() && (p.getAtBound() || p.getUnidentifiable());
        }
        assertEquals(!stored.isConverged() || anyFlag, stored.getFlagged(), "flagged as the fit says");

        // reopened from the model: Impedance Analysis on the stored fit shows it on the Fit tab, over sweep 5
        editor.viewer().setSelection(new StructuredSelection(stored), true);
        Ui.settle();
        PlatformUI.getWorkbench().getService(IHandlerService.class).executeCommand("org.interphase.ui.eis.impedanceAnalysis", null);
        ImpedanceAnalysisEditor analysis = (ImpedanceAnalysisEditor) page.getActiveEditor();
        Ui.waitUntil("the analysis", analysis::isIdle, 60_000);
        Ui.waitUntil("the stored fit on the Fit tab", () -> analysis.fit().storedShown() == stored, 10_000);
        Ui.settle();
        assertEquals(5, analysis.sweepChooser().choice());
        assertEquals(fifth.size(), analysis.data().size());
        assertTrue(analysis.fit().state().contains("sweep 5 of 5"), analysis.fit().state());
        assertTrue(analysis.fit().state().contains(stored.getFlagged() ? "FLAGGED" : "not flagged"), analysis.fit().state());
        assertEquals(stored.getParameters().size(), analysis.fit().parameters().getItemCount());
        for (int k = 0; k < stored.getParameters().size(); k++) {
            FittedParameter p = stored.getParameters().get(k);
            String flags = analysis.fit().parameters().getItem(k).getText(5);
            assertEquals(p.getAtBound(), flags.contains("at bound"), p.getName() + ": " + flags);
            assertEquals(p.getUnidentifiable(), flags.contains("unidentifiable"), p.getName() + ": " + flags);
        }
        // the fitted curve is drawn over the sweep's points
        assertNotNull(analysis.fit().nyquist().series().stream().filter(s -> s.name().equals(FitTab.FIT)).findFirst().orElse(null));
        // in this workbench window the editor area is small (views beside and below it): the page scrolls instead of
        // squeezing the charts, so the Nyquist plot keeps a usable height and the parameter table its rows
        assertTrue(analysis.fit().nyquist().plotBounds().height >= 150, "Nyquist plot area " + analysis.fit().nyquist().plotBounds());
        assertTrue(analysis.fit().parameters().getSize().y >= 100, "parameter table " + analysis.fit().parameters().getSize());
        Ui.screenshot(analysis.getSite().getShell(), "impedance-analysis-stored-fit");
        page.closeEditor(analysis, false);
        page.closeEditor(editor, false);
    }
}
