/*
 * Copyright (c) 2026 the Interphase contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.interphase.ui.eis.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.jface.action.IContributionItem;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.ide.IDE;
import org.interphase.model.CircuitModel;
import org.interphase.model.CircuitParameter;
import org.interphase.model.EisExperiment;
import org.interphase.model.InterphaseFactory;
import org.interphase.model.InterphasePackage;
import org.interphase.solver.eis.circuit.Circuits;
import org.interphase.solver.eis.drt.DrtResult;
import org.interphase.solver.eis.fit.FitOptions;
import org.interphase.solver.eis.fit.Weighting;
import org.interphase.solver.eis.validation.KkResult;
import org.interphase.testdata.TestCorpus;
import org.interphase.ui.charts.ChartMarker;
import org.interphase.ui.charts.ChartWidget;
import org.interphase.ui.data.editor.DatasetEditor;
import org.interphase.ui.editor.InterphaseModelEditor;
import org.interphase.ui.eis.FitJob;
import org.interphase.ui.eis.FitRequest;
import org.interphase.ui.eis.analysis.DrtTab;
import org.interphase.ui.eis.analysis.FitTab;
import org.interphase.ui.eis.analysis.ImpedanceAnalysisEditor;
import org.interphase.ui.eis.analysis.ImpedanceAnalysisInput;
import org.interphase.ui.eis.analysis.KramersKronigTab;
import org.interphase.ui.eis.preview.CircuitPreview;
import org.interphase.ui.eis.preview.CircuitPreviewView;
import org.interphase.ui.testing.Ui;
import org.junit.jupiter.api.Test;

/**
 * The impedance analysis on impedance.py's exampleData.csv (57 points once the 9 inductive ones are left out): what
 * the Kramers-Kronig, DRT and Fit tabs draw, checked against the results and against testdata/README.md's converged fit
 * minimum; the way there from the dataset editor and from the Fit command; the live circuit preview redrawn on a
 * parameter edit.
 */
class ImpedanceAnalysisUiTest {

    /** testdata/README.md: unweighted converged minimum of R0-p(R1,C1)-p(R2-Wo1,C2) on exampleData.csv. */
    static final double[] MINIMUM = { 1.65186e-2, 8.67858e-3, 3.32176, 5.39038e-3, 6.37029e-2, 237.847, 0.219530 };

    static IWorkbenchPage page() {
        return PlatformUI.getWorkbench().getWorkbenchWindows()[0].getActivePage();
    }

    static ImpedanceAnalysisEditor open(ImpedanceAnalysisInput input) throws Exception {
        ImpedanceAnalysisEditor editor = (ImpedanceAnalysisEditor) page().openEditor(input, ImpedanceAnalysisEditor.ID, true);
        maximize(editor);
        Ui.waitUntil("the analysis", editor::isIdle, 60_000);
        Ui.settle();
        return editor;
    }

    /** Maximizes a part (for screenshots that show it large). */
    static void maximize(org.eclipse.ui.IWorkbenchPart part) {
        org.eclipse.ui.IWorkbenchPartReference ref = part instanceof IEditorPart e ? page().getReference(e)
                : page().getReference((org.eclipse.ui.IViewPart) part);
        if (page().getPartState(ref) != IWorkbenchPage.STATE_MAXIMIZED) {
            page().setPartState(ref, IWorkbenchPage.STATE_MAXIMIZED);
        }
        Ui.settle();
    }

    /** Max |y| of a drawn series (display units). */
    static double maxAbsY(ChartWidget chart, String series) {
        double[][] p = chart.plottedPoints(series);
        return Arrays.stream(p[1]).map(Math::abs).max().orElse(Double.NaN);
    }

    @Test
    void kramersKronigDrtAndFitOfExampleData() throws Exception {
        Path file = TestCorpus.file("csv-eis/exampleData.csv");
        ImpedanceAnalysisEditor editor = open(new ImpedanceAnalysisInput(file, null));
        assertNotNull(editor.data());
        assertEquals(57, editor.data().size(), "the 9 inductive points are left out");

        // Kramers-Kronig: residuals drawn in %, the limit marked, the verdict says what the drawn residuals show
        KramersKronigTab kk = editor.kramersKronig();
        KkResult r = kk.result();
        assertNotNull(r, kk.verdictText());
        assertEquals("lin-KK: " + r.verdict(), kk.verdictText());
        assertTrue(kk.detailsText().contains("Threshold: largest |residual| <= 5 %"), kk.detailsText());
        assertTrue(kk.detailsText().contains("M = " + r.m() + " Voigt elements"), kk.detailsText());
        ChartWidget residuals = kk.chart();
        assertEquals("%", residuals.axisUnit(org.interphase.ui.charts.ChartAxis.Y_LEFT));
        assertEquals(List.of(KramersKronigTab.LIN_KK_RE, KramersKronigTab.LIN_KK_IM, KramersKronigTab.Z_HIT), residuals.visibleSeries());
        double[][] re = residuals.plottedPoints(KramersKronigTab.LIN_KK_RE);
        assertTrue(re[0].length > 40 && re[0].length <= 57, re[0].length + " points");
        int first = residuals.plottedRows(KramersKronigTab.LIN_KK_RE)[0];
        assertEquals(100 * r.residualRe()[first], re[1][0], 1e-9, "residuals are drawn in %");
        double largest = Math.max(maxAbsY(residuals, KramersKronigTab.LIN_KK_RE), maxAbsY(residuals, KramersKronigTab.LIN_KK_IM));
        assertEquals(largest <= 5, kk.verdictText().startsWith("lin-KK: valid"), "drawn residuals up to " + largest + " %: " + kk.verdictText());
        // the example's finite-space Warburg tail needs the series capacitance, which the automatic variant adds
        assertTrue(r.capacitance(), kk.verdictText());
        assertTrue(kk.zhitText().startsWith("Z-HIT: "), kk.zhitText());
        assertEquals(2, residuals.markers().stream().filter(m -> m.type() == ChartMarker.Type.HORIZONTAL_LINE && Math.abs(Math.abs(m.y()) - 0.05) < 1e-12).count());
        Ui.screenshot("impedance-kramers-kronig");

        // DRT: gamma drawn against tau, a marker at each peak, one table row per peak. Over the whole range the
        // finite-space Warburg's capacitive tail dominates gamma at long tau; from 1 Hz up the R1 C1 arc's peak shows
        // where its time constant (testdata/README.md minimum: R1 C1 = 28.8 ms) lies
        editor.setRange("1", "");
        editor.showTab("DRT");
        Ui.waitUntil("the analysis from 1 Hz", editor::isIdle, 60_000);
        Ui.settle();
        assertTrue(editor.data().size() < 57 && editor.data().size() > 20, editor.data().size() + " points from 1 Hz");
        DrtTab drt = editor.drt();
        DrtResult d = drt.result();
        assertNotNull(d, drt.summary());
        assertTrue(drt.summary().contains("generalised cross-validation"), drt.summary());
        assertTrue(drt.summary().startsWith(String.format(java.util.Locale.ROOT, "λ = %.3g", d.lambda())), drt.summary());
        // min/max decimation to the chart's width keeps the extremes: the highest drawn gamma is the highest computed
        double[][] gamma = drt.chart().plottedPoints(DrtTab.GAMMA);
        assertTrue(gamma[0].length > 20 && gamma[0].length <= d.tau().length, gamma[0].length + " points drawn");
        assertEquals(Arrays.stream(d.gamma()).max().orElseThrow(), Arrays.stream(gamma[1]).filter(Double::isFinite).max().orElseThrow(), 1e-12);
        List<ChartMarker> peaks = drt.chart().markers().stream().filter(m -> m.type() == ChartMarker.Type.POINT).toList();
        assertEquals(d.peaks().size(), peaks.size());
        assertEquals(d.peaks().size(), drt.peaks().getItemCount());
        assertFalse(peaks.isEmpty());
        double tauRc = MINIMUM[1] * MINIMUM[2];
        String shown = peaks.stream().map(ChartMarker::label).toList().toString();
        assertTrue(peaks.stream().anyMatch(m -> Math.abs(Math.log10(m.x() / tauRc)) < 0.5), "a peak within half a decade of " + tauRc + " s: " + shown);
        for (int i = 0; i < peaks.size(); i++) {
            TableItem row = drt.peaks().getItem(i);
            assertEquals(peaks.get(i).x(), Double.parseDouble(row.getText(1)), peaks.get(i).x() * 1e-3);
            assertEquals(1 / (2 * Math.PI * peaks.get(i).x()), Double.parseDouble(row.getText(2)), 1e-3 / (2 * Math.PI * peaks.get(i).x()));
            // the marker sits on the drawn curve: inside the plot, within a few pixels of the nearest drawn gamma
            ChartWidget chart = drt.chart();
            String unit = chart.axisUnit(org.interphase.ui.charts.ChartAxis.Y_LEFT);
            double y = org.interphase.ui.charts.DisplayUnits.convert(peaks.get(i).y(), "Ohm", unit);
            org.eclipse.swt.graphics.Point at = chart.toPixel(org.interphase.ui.charts.ChartAxis.Y_LEFT, peaks.get(i).x(), y);
            org.eclipse.swt.graphics.Rectangle plot = chart.plotBounds();
            assertTrue(at.x >= 0 && at.x <= plot.width && at.y >= 0 && at.y <= plot.height, "peak " + peaks.get(i).label() + " at " + at + " in " + plot);
            int nearest = 0;
            for (int k = 0; k < gamma[0].length; k++) {
                if (Math.abs(Math.log(gamma[0][k] / peaks.get(i).x())) < Math.abs(Math.log(gamma[0][nearest] / peaks.get(i).x()))) {
                    nearest = k;
                }
            }
            org.eclipse.swt.graphics.Point curve = chart.toPixel(org.interphase.ui.charts.ChartAxis.Y_LEFT, gamma[0][nearest], gamma[1][nearest]);
            assertTrue(Math.abs(curve.y - at.y) <= 12, "peak " + peaks.get(i).label() + " at " + at + ", curve at " + curve);
        }
        Ui.screenshot("impedance-drt");

        // Fit: testdata/README.md's circuit and guess, unweighted, on all 57 points; the fitted curve over the data,
        // residuals, the table
        editor.setRange("", "");
        Ui.waitUntil("the analysis of all points", editor::isIdle, 60_000);
        assertEquals(57, editor.data().size());
        editor.showTab("Fit");
        FitTab fit = editor.fit();
        fit.setCircuit("R0-p(R1,C1)-p(R2-Wo1,C2)", ".01, .01, 100, .01, .05, 100, 1");
        fit.setWeighting("unit");
        fit.pressFit();
        Ui.waitUntil("the fit", () -> editor.isIdle() && fit.fit() != null, 120_000);
        Ui.settle();
        assertTrue(fit.status().contains("converged"), fit.status());
        assertEquals(7, fit.parameters().getItemCount());
        TableItem wo = fit.parameters().getItem(5);
        assertEquals("Wo1_1", wo.getText(0));
        assertEquals(MINIMUM[5], Double.parseDouble(wo.getText(1)), MINIMUM[5] * 1e-3, "testdata/README.md minimum within 0.1 %");
        assertEquals("s", wo.getText(2));
        String interval = wo.getText(4);
        assertTrue(interval.startsWith("["), interval);
        for (int i = 0; i < 7; i++) {
            org.interphase.solver.eis.fit.FittedParameter p = fit.fit().parameters().get(i);
            assertEquals(MINIMUM[i], p.value(), Math.abs(MINIMUM[i]) * 2e-3, p.name());
            // the flags column shows the fit's flags of each parameter
            String flags = fit.parameters().getItem(i).getText(5);
            assertEquals(p.atBound(), flags.contains("at bound"), p.name() + ": " + flags);
            assertEquals(p.unidentifiable(), flags.contains("unidentifiable"), p.name() + ": " + flags);
            assertEquals(p.fixed(), flags.contains("fixed"), p.name() + ": " + flags);
        }
        assertEquals(List.of(FitTab.DATA, FitTab.FIT), fit.nyquist().visibleSeries());
        assertTrue(fit.nyquist().plottedPoints(FitTab.DATA)[0].length > 40, "the data under the fit");
        int computed = fit.nyquist().series().stream().filter(x -> x.name().equals(FitTab.FIT)).findFirst().orElseThrow().x().size();
        assertTrue(computed > 57 * 2, "the fitted curve is computed densely: " + computed + " points");
        int curve = fit.nyquist().plottedPoints(FitTab.FIT)[0].length;
        assertTrue(curve > 40, "the fitted curve is drawn: " + curve + " points");
        assertEquals(4, fit.bode().visibleSeries().size(), fit.bode().visibleSeries().toString());
        assertEquals(List.of(FitTab.RESIDUAL_RE, FitTab.RESIDUAL_IM), fit.residuals().visibleSeries());
        assertTrue(fit.residuals().plottedPoints(FitTab.RESIDUAL_IM)[0].length > 40);
        // the fitted curve goes through the data: at the lowest frequency (the file's first row, the curve's last point)
        // both lie within 10 % of |Z| of each other
        double[][] model = fit.nyquist().plottedPoints(FitTab.FIT);
        int[] rows = fit.nyquist().plottedRows(FitTab.FIT);
        int lastRow = Arrays.stream(rows).max().orElseThrow();
        int last = Arrays.stream(rows).boxed().toList().indexOf(lastRow);
        double re0 = 4.949989776405060160e-02;
        double im0 = 2.043869854441892481e-02; // -Im Z of the file's first row, as drawn
        assertEquals(re0, model[0][last], 0.1 * Math.hypot(re0, im0));
        assertEquals(im0, model[1][last], 0.1 * Math.hypot(re0, im0));
        // the status lists every status field of the fit, generically
        List<String> fields = Arrays.stream(fit.statusFields().getItems()).map(i -> i.getText(0)).toList();
        assertTrue(fields.contains("converged") && fields.contains("message") && fields.contains("reduced chi square"), fields.toString());
        Ui.screenshot("impedance-fit");
        page().setPartState(page().getReference(editor), IWorkbenchPage.STATE_RESTORED);
        page().closeEditor(editor, false);
    }

    @Test
    void aFileWithoutASpectrumIsSaidInOneLine() throws Exception {
        Path file = TestCorpus.file("biologic-mpr/jdb11-1_c3_gcpl_5cycles_2V-3p8V_C-24_data_C09.mpr");
        ImpedanceAnalysisEditor editor = open(new ImpedanceAnalysisInput(file, null));
        assertEquals(null, editor.data());
        String said = editor.kramersKronig().verdictText();
        assertTrue(said.startsWith("lin-KK: not run: ") && said.contains("no impedance spectrum"), said);
        assertEquals(1, said.lines().count(), said);
        assertTrue(editor.drt().summary().startsWith("DRT not computed: "), editor.drt().summary());
        assertEquals(null, editor.fit().fit());
        for (org.eclipse.swt.widgets.Shell shell : org.eclipse.swt.widgets.Display.getCurrent().getShells()) {
            assertTrue(shell == page().getWorkbenchWindow().getShell() || !shell.isVisible(), "a dialog opened: " + shell.getText());
        }
        page().closeEditor(editor, false);
    }

    @Test
    void fromTheDatasetEditorOfAnEisFile() throws Exception {
        IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject("eis-analysis-tests");
        if (!project.exists()) {
            project.create(null);
            project.open(null);
        }
        IFile file = project.getFile("exampleData.csv");
        if (!file.exists()) {
            file.create(java.nio.file.Files.newInputStream(TestCorpus.file("csv-eis/exampleData.csv")), true, null);
        }
        DatasetEditor dataset = (DatasetEditor) IDE.openEditor(page(), file, DatasetEditor.ID, true);
        Ui.waitUntil("the dataset", dataset::isLoaded, 30_000);
        Ui.settle();
        assertNotNull(dataset.analyses(), "the EIS analyses beside the page tabs");
        IContributionItem[] items = dataset.analyses().getItems();
        assertEquals(1, items.length);
        assertEquals("org.interphase.ui.eis.impedanceAnalysis", items[0].getId());
        PlatformUI.getWorkbench().getService(IHandlerService.class).executeCommand("org.interphase.ui.eis.impedanceAnalysis", null);
        Ui.settle();
        IEditorPart active = page().getActiveEditor();
        assertTrue(active instanceof ImpedanceAnalysisEditor, String.valueOf(active));
        ImpedanceAnalysisEditor analysis = (ImpedanceAnalysisEditor) active;
        Ui.waitUntil("the analysis", analysis::isIdle, 60_000);
        assertEquals(file.getLocation().toFile().toPath(), ((ImpedanceAnalysisInput) analysis.getEditorInput()).file());
        assertNotNull(analysis.kramersKronig().result());
        page().closeAllEditors(false);
    }

    @Test
    void fitCommandShowsItsResultOnTheFitTab() throws Exception {
        InterphaseModelEditor editor = (InterphaseModelEditor) IDE.openEditor(page(), FitCircuitUiTest.model(), InterphaseModelEditor.ID, true);
        Ui.settle();
        EisExperiment experiment = (EisExperiment) editor.project().getExperiments().stream().filter(e -> e.getName().equals("EIS Li|LATP|Li"))
                .findFirst().orElseThrow();
        FitRequest request = new FitRequest(Circuits.parse("R0-p(R1,C1)-p(R2-Wo1,C2)"), null,
                new FitOptions().weighting(Weighting.UNIT).initial(.01, .01, 100, .01, .05, 100, 1), Double.NaN, Double.NaN, true);
        System.setProperty("interphase.ui.eis.noResultsDialog", "false");
        FitJob job = new FitJob(editor, experiment, Path.of(editor.location().getParent().toString(), "exampleData.csv"), request);
        job.schedule();
        Ui.waitUntil("the fit job and its analysis", () -> job.shownIn() != null, 120_000);
        ImpedanceAnalysisEditor analysis = job.shownIn();
        Ui.waitUntil("the analysis", () -> analysis.isIdle() && analysis.fit().fit() != null, 60_000);
        Ui.settle();
        assertEquals(1, experiment.getFitResults().size());
        assertEquals(7, analysis.fit().parameters().getItemCount());
        assertEquals(2, analysis.fit().nyquist().visibleSeries().size());
        System.setProperty("interphase.ui.eis.noResultsDialog", "true");
        page().closeAllEditors(false);
    }

    @Test
    void circuitPreviewRedrawsOnAParameterEdit() throws Exception {
        InterphaseModelEditor editor = (InterphaseModelEditor) IDE.openEditor(page(), FitCircuitUiTest.model(), InterphaseModelEditor.ID, true);
        Ui.settle();
        // a circuit model of the example's circuit near testdata/README.md's minimum, added as the model editor adds one
        CircuitModel circuit = InterphaseFactory.eINSTANCE.createCircuitModel();
        circuit.setName("exampleData circuit");
        circuit.setCircuit("R0-p(R1,C1)-p(R2-Wo1,C2)");
        String[] names = { "R0", "R1", "C1", "R2", "Wo1_0", "Wo1_1", "C2" };
        String[] units = { "Ohm", "Ohm", "F", "Ohm", "Ohm", "s", "F" };
        for (int i = 0; i < names.length; i++) {
            CircuitParameter p = InterphaseFactory.eINSTANCE.createCircuitParameter();
            p.setName(names[i]);
            p.setValue(MINIMUM[i]);
            p.setUnit(units[i]);
            circuit.getParameters().add(p);
        }
        editor.getEditingDomain().getCommandStack().execute(AddCommand.create(editor.getEditingDomain(), editor.project(),
                InterphasePackage.Literals.PROJECT__CIRCUIT_MODELS, circuit));
        CircuitPreviewView view = (CircuitPreviewView) page().showView(CircuitPreviewView.ID);
        maximize(view);
        view.show(circuit, editor);
        CircuitPreview preview = view.preview();
        Ui.waitUntil("the data under the model", () -> preview.nyquist().series().stream().anyMatch(s -> s.name().equals(CircuitPreview.DATA))
                && preview.redraws() > 0, 30_000);
        Ui.settle();
        assertTrue(Arrays.asList(view.dataChoices()).stream().anyMatch(s -> s.startsWith("EIS Li|LATP|Li")), Arrays.toString(view.dataChoices()));
        double[][] drawnData = preview.nyquist().plottedPoints(CircuitPreview.DATA);
        assertTrue(drawnData[0].length > 40 && drawnData[0].length <= 66, drawnData[0].length + " of 66 points drawn (one pixel column keeps min and max)");
        assertEquals(0.04949989776405060160, Arrays.stream(drawnData[0]).max().orElseThrow(), 1e-12, "the largest Re Z of the file (its first row)");
        double[][] before = preview.nyquist().plottedPoints(CircuitPreview.MODEL);
        assertTrue(before[0].length >= 50, "model points " + before[0].length);
        double maxBefore = Arrays.stream(before[0]).max().orElseThrow();
        int redraws = preview.redraws();

        // the model lies on the data (testdata/README.md's minimum): at the lowest frequency (the file's first row, the
        // curve's last point) within 10 % of |Z|
        int last = before[0].length - 1;
        double re0 = 4.949989776405060160e-02;
        double im0 = 2.043869854441892481e-02; // -Im Z, as drawn
        assertEquals(re0, before[0][last], 0.1 * Math.hypot(re0, im0));
        assertEquals(im0, before[1][last], 0.1 * Math.hypot(re0, im0));
        // an edit through the editing domain, as the Properties view makes it: R1 doubled
        CircuitParameter r1 = circuit.getParameters().stream().filter(p -> p.getName().equals("R1")).findFirst().orElseThrow();
        double old = r1.getValue();
        editor.getEditingDomain().getCommandStack().execute(SetCommand.create(editor.getEditingDomain(), r1,
                InterphasePackage.Literals.CIRCUIT_PARAMETER__VALUE, 2 * old));
        assertEquals(redraws + 1, preview.redraws(), "redrawn at once, in the same event");
        double maxAfter = Arrays.stream(preview.nyquist().plottedPoints(CircuitPreview.MODEL)[0]).max().orElseThrow();
        assertTrue(maxAfter > maxBefore, "the low-frequency end of the model moved right: " + maxBefore + " -> " + maxAfter);
        assertTrue(Double.isFinite(preview.lastRedrawMillis()));
        assertTrue(preview.status().contains("redrawn in"), preview.status());
        Ui.screenshot("circuit-preview");
        editor.getEditingDomain().getCommandStack().undo();
        assertEquals(redraws + 2, preview.redraws(), "Undo redraws too");
        assertEquals(maxBefore, Arrays.stream(preview.nyquist().plottedPoints(CircuitPreview.MODEL)[0]).max().orElseThrow(), Math.abs(maxBefore) * 1e-9);
        page().setPartState(page().getReference(view), IWorkbenchPage.STATE_RESTORED);
        page().hideView(view);

        page().closeEditor(editor, false);
    }
}
