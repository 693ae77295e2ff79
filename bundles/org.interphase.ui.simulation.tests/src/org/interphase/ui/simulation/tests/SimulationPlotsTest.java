/*
 * Copyright (c) 2026 the Interphase contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.interphase.ui.simulation.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.ui.IWorkbenchPage;
import org.interphase.data.Dataset;
import org.interphase.importer.Importers;
import org.interphase.model.Cell;
import org.interphase.model.DatasetReference;
import org.interphase.model.Experiment;
import org.interphase.model.InterphaseFactory;
import org.interphase.model.ResultValue;
import org.interphase.model.RunStatus;
import org.interphase.model.SimulationRun;
import org.interphase.solver.CellSettings;
import org.interphase.solver.CellSolver;
import org.interphase.testdata.TestCorpus;
import org.interphase.ui.charts.ChartAxis;
import org.interphase.ui.charts.ChartMarker;
import org.interphase.ui.charts.ChartWidget;
import org.interphase.ui.charts.DisplayUnits;
import org.interphase.ui.editor.InterphaseModelEditor;
import org.interphase.ui.simulation.RunCharts;
import org.interphase.ui.simulation.SimulateCellHandler;
import org.interphase.ui.simulation.SimulationLauncher;
import org.interphase.ui.simulation.SimulationResultsView;
import org.interphase.ui.testing.Ui;
import org.junit.jupiter.api.Test;

/**
 * The Simulation Results view plots every solver's result beside its tables and draws the experiment's measurement
 * on the same axes; the tests run the example's simulations and check what is drawn.
 */
class SimulationPlotsTest {

    @SuppressWarnings("unchecked")
    private static SimulationRun simulate(InterphaseModelEditor editor, String cellName, String solverId, Consumer<CellSettings> adjust) {
        Cell cell = editor.project().getCells().stream().filter(c -> cellName.equals(c.getName())).findFirst().orElseThrow();
        CellSolver<CellSettings, ?> solver = (CellSolver<CellSettings, ?>) SimulateCellHandler.cellSolvers().stream()
                .filter(s -> s.id().equals(solverId)).findFirst().orElseThrow();
        CellSettings settings = solver.defaultSettings(cell);
        if (adjust != null) {
            adjust.accept(settings);
        }
        AtomicReference<SimulationRun> stored = new AtomicReference<>();
        SimulationLauncher.launch(editor, cell, solver, settings, stored::set);
        Ui.waitUntil("the " + solverId + " run to be stored", () -> stored.get() != null, 120_000);
        assertEquals(RunStatus.COMPLETED, stored.get().getStatus(), stored.get().getMessage());
        Ui.settle();
        return stored.get();
    }

    /** The view, maximised in a window of 1600 x 1000 so that its charts have room (as a person would look at them). */
    private static SimulationResultsView view(InterphaseModelEditor editor) {
        IWorkbenchPage page = editor.getSite().getPage();
        SimulationResultsView view = (SimulationResultsView) page.findView(SimulationResultsView.ID);
        assertNotNull(view);
        page.getWorkbenchWindow().getShell().setBounds(0, 0, 1600, 1000);
        if (page.getPartState(page.getReference(view)) != IWorkbenchPage.STATE_MAXIMIZED) {
            page.setPartState(page.getReference(view), IWorkbenchPage.STATE_MAXIMIZED);
        }
        Ui.settle();
        return view;
    }

    private static void close(InterphaseModelEditor editor) {
        IWorkbenchPage page = editor.getSite().getPage();
        SimulationResultsView view = (SimulationResultsView) page.findView(SimulationResultsView.ID);
        if (view != null) {
            page.setPartState(page.getReference(view), IWorkbenchPage.STATE_RESTORED);
        }
        page.closeEditor(editor, false);
    }

    private static double result(SimulationRun run, String name) {
        return run.getResults().stream().filter(r -> r.getName().startsWith(name)).findFirst().map(ResultValue::getValue).orElseThrow();
    }

    private static Experiment experiment(InterphaseModelEditor editor, String name) {
        return editor.project().getExperiments().stream().filter(e -> name.equals(e.getName())).findFirst().orElseThrow();
    }

    private static void attach(Experiment experiment, Path file) {
        DatasetReference reference = InterphaseFactory.eINSTANCE.createDatasetReference();
        reference.setPath(file.toAbsolutePath().toString());
        experiment.setDataset(reference);
    }

    /**
     * The pixel column of the plot image holding most pixels of a marker's colour, also where the antialiased line
     * blends it with the background (the colour's hue at any lightness: the same ratios of its channels to white).
     */
    static int columnOf(ImageData image, RGB color) {
        int best = -1;
        int most = 0;
        for (int x = 0; x < image.width; x++) {
            int count = 0;
            for (int y = 0; y < image.height; y++) {
                RGB p = image.palette.getRGB(image.getPixel(x, y));
                if (blendOf(p, color)) {
                    count++;
                }
            }
            if (count > most) {
                most = count;
                best = x;
            }
        }
        return best;
    }

    /** Whether a pixel is the colour, or the colour blended with white by 0..80 %. */
    static boolean blendOf(RGB p, RGB color) {
        for (int k = 0; k <= 8; k++) {
            double f = k / 10.0;
            if (Math.abs(p.red - (color.red + f * (255 - color.red))) < 18 && Math.abs(p.green - (color.green + f * (255 - color.green))) < 18
                    && Math.abs(p.blue - (color.blue + f * (255 - color.blue))) < 18) {
                return true;
            }
        }
        return false;
    }

    @Test
    void symmetricCellVoltageEnvelopeAndFailureTimeAtItsPixel() throws Exception {
        InterphaseModelEditor editor = Workbench.open(Workbench.copyOfExample("simulation-plots", xml -> xml));
        SimulationRun run = simulate(editor, "Li|LATP|Li", "symmetric", null);
        SimulationResultsView view = view(editor);
        ChartWidget chart = view.charts().get(RunCharts.VOLTAGE_TIME);
        assertNotNull(chart, "charts: " + view.charts().keySet());
        assertEquals(List.of("V", "envelope", "envelope (-)"), chart.visibleSeries());
        double failure = result(run, "time to failure");
        // the paper's bare cell declines after about 40 h; the calibrated model shorts at 36.3 h
        assertEquals(36.3, failure / 3600, 0.5);
        assertEquals(1, chart.markers().size());
        ChartMarker marker = chart.markers().get(0);
        assertTrue(marker.label().contains("fails at 36.3 h"), marker.label());
        assertEquals("h", chart.axisUnit(ChartAxis.X));
        int expected = chart.toPixel(ChartAxis.Y_LEFT, DisplayUnits.convert(failure, "s", chart.axisUnit(ChartAxis.X)), 0).x;
        int drawn = columnOf(chart.plotImage(), RunCharts.FAILURE_COLOR);
        assertEquals(expected, drawn, 1, "the failure line is drawn at pixel " + drawn + ", the failure time maps to " + expected);
        // the envelope is the largest |V| of each half cycle, drawn at + and -
        double[][] envelope = chart.plottedPoints("envelope");
        double[][] mirrored = chart.plottedPoints("envelope (-)");
        assertEquals(envelope[1][3], -mirrored[1][3], 1e-12);
        assertTrue(view.chartNote().contains("No measured data"), view.chartNote());
        Ui.screenshot("simulation-results-symmetric");
        // a stored run selected again is plotted from its CSV files
        editor.select(List.of(editor.project().getCells().get(0)));
        Ui.settle();
        editor.select(List.of(run));
        Ui.waitUntil("the stored run to be plotted", () -> view.shown() == run && view.charts().containsKey(RunCharts.VOLTAGE_TIME), 10_000);
        assertEquals(1, view.charts().get(RunCharts.VOLTAGE_TIME).markers().size());
        close(editor);
    }

    @Test
    void fullCellVoltageCapacityOfTheChosenCyclesAndCapacityCe() throws Exception {
        InterphaseModelEditor editor = Workbench.open(Workbench.copyOfExample("simulation-plots", xml -> xml));
        SimulationRun run = simulate(editor, "Li|IL|LATP|IL|LFP", "fullcell", null);
        SimulationResultsView view = view(editor);
        ChartWidget vq = view.charts().get(RunCharts.VOLTAGE_CAPACITY);
        assertNotNull(vq, "charts: " + view.charts().keySet());
        assertEquals(20, (int) result(run, "cycles"));
        // six cycles spread over the 20, first and last included: one curve each
        assertEquals(List.of("cycle 1", "cycle 5", "cycle 9", "cycle 12", "cycle 16", "cycle 20"), vq.visibleSeries());
        assertEquals("mAh/g", vq.axisUnit(ChartAxis.X));
        double[] q = vq.plottedPoints("cycle 1")[0];
        double largest = 0;
        for (double x : q) {
            largest = Double.isFinite(x) ? Math.max(largest, x) : largest;
        }
        // the curve reaches the cycle's charge (the larger half), from the solver's per-cycle table (C/kg -> mAh/g)
        double discharge = result(run, "first discharge capacity") / 3600;
        double ce = result(run, "first-cycle CE");
        assertEquals(discharge / ce, largest, 0.01 * largest);
        ChartWidget capacity = view.charts().get(RunCharts.CAPACITY_CE);
        assertEquals(List.of("charge", "discharge", "CE"), capacity.visibleSeries());
        assertEquals("%", capacity.axisUnit(ChartAxis.Y_RIGHT));
        assertEquals(100 * ce, capacity.plottedPoints("CE")[1][0], 1e-9);
        Ui.screenshot("simulation-results-fullcell");
        close(editor);
    }

    @Test
    void lsvLimitMarkedAndInterphaseGrowth() throws Exception {
        InterphaseModelEditor editor = Workbench.open(Workbench.copyOfExample("simulation-plots", xml -> xml));
        // a data file that is not there: one line under the plots, the simulation drawn all the same
        Path missing = Path.of(System.getProperty("java.io.tmpdir"), "no-such-lsv-" + System.nanoTime() + ".mpr");
        attach(experiment(editor, "LSV SS|LATP|Li"), missing);
        SimulationRun lsv = simulate(editor, "SS|LATP|Li", "lsv", null);
        SimulationResultsView view = view(editor);
        Ui.waitUntil("the measurement to be tried", view::measurementDone, 30_000);
        assertTrue(view.chartNote().contains("The measurement of LSV SS|LATP|Li cannot be read: ") && view.chartNote().contains(missing.getFileName().toString()),
                view.chartNote());
        ChartWidget iv = view.charts().get(RunCharts.CURRENT_VOLTAGE);
        assertNotNull(iv);
        assertEquals(List.of("model"), iv.visibleSeries());
        double limit = result(lsv, "oxidation stability limit");
        assertEquals(4.4, limit, 0.02);
        assertEquals(limit, iv.markers().get(0).x(), 0);
        assertTrue(iv.markers().get(0).label().contains("limit 4.4 V at 1 µA/cm²"), iv.markers().get(0).label());
        int expected = iv.toPixel(ChartAxis.Y_LEFT, limit, 0).x;
        assertEquals(expected, columnOf(iv.plotImage(), RunCharts.LIMIT_COLOR), 1);
        simulate(editor, "Li|LATP|Li", "mci", null);
        ChartWidget growth = view(editor).charts().get(RunCharts.THICKNESS);
        assertNotNull(growth);
        assertEquals(2, growth.visibleSeries().size(), growth.visibleSeries().toString());
        assertTrue(growth.visibleSeries().stream().allMatch(s -> s.startsWith("L (")), growth.visibleSeries().toString());
        close(editor);
    }

    @Test
    void spectrumWithTheMeasuredSpectrumOnTheSameAxes() throws Exception {
        InterphaseModelEditor editor = Workbench.open(Workbench.copyOfExample("simulation-plots", xml -> xml));
        Path file = TestCorpus.file("zplot-z/exampleDataZPlot.z");
        attach(experiment(editor, "EIS Li|LATP|Li"), file);
        simulate(editor, "Li|LATP|Li", "spectrum", null);
        SimulationResultsView view = view(editor);
        Ui.waitUntil("the measurement to be drawn", view::measurementDone, 30_000);
        ChartWidget nyquist = view.charts().get(RunCharts.NYQUIST);
        assertEquals(List.of("model", "measured"), nyquist.visibleSeries());
        Dataset dataset = Importers.read(file, new NullProgressMonitor()).dataset();
        org.interphase.ui.charts.ChartSeries measured = nyquist.series().stream().filter(x -> x.name().equals("measured")).findFirst().orElseThrow();
        assertEquals(dataset.rows(), measured.x().size());
        // every point drawn is a row of the file, at its Re Z and -Im Z (display unit Ohm)
        double[][] drawn = nyquist.plottedPoints("measured");
        int[] rows = nyquist.plottedRows("measured");
        double[] re = dataset.column(org.interphase.data.QuantityKind.IMPEDANCE_REAL).get().toArray();
        double[] im = dataset.column(org.interphase.data.QuantityKind.IMPEDANCE_IMAGINARY).get().toArray();
        assertTrue(rows.length > 0);
        for (int k = 0; k < rows.length; k++) {
            if (rows[k] >= 0) {
                assertEquals(re[rows[k]], drawn[0][k], 1e-9 * Math.abs(re[rows[k]]) + 1e-12);
                assertEquals(-im[rows[k]], drawn[1][k], 1e-9 * Math.abs(im[rows[k]]) + 1e-12);
            }
        }
        assertTrue(view.chartNote().contains("Measured: EIS Li|LATP|Li (exampleDataZPlot.z"), view.chartNote());
        // the model's apparent conductivity is the paper's (calibrated), marked at the resistive total
        assertTrue(nyquist.markers().get(0).label().contains("σ = 1.80e-5 S/cm"), nyquist.markers().get(0).label());
        Ui.screenshot("simulation-results-spectrum-measured");
        close(editor);
    }

    @Test
    void fullCellWithMeasuredCyclesOnTheSameAxes() throws Exception {
        InterphaseModelEditor editor = Workbench.open(Workbench.copyOfExample("simulation-plots", xml -> xml));
        attach(experiment(editor, "0.1C cycling Li|IL|LATP|IL|LFP"), TestCorpus.file("biologic-mpr/jdb11-1_c3_gcpl_5cycles_2V-3p8V_C-24_data_C09.mpr"));
        simulate(editor, "Li|IL|LATP|IL|LFP", "fullcell", null);
        SimulationResultsView view = view(editor);
        Ui.waitUntil("the measurement to be drawn", view::measurementDone, 60_000);
        ChartWidget vq = view.charts().get(RunCharts.VOLTAGE_CAPACITY);
        // the measured file has 5 cycles: of the chosen 1, 5, 9, ... only 1 and 5 exist there
        List<String> measured = vq.visibleSeries().stream().filter(s -> s.startsWith("measured")).toList();
        assertEquals(2, measured.size(), vq.visibleSeries().toString());
        assertTrue(measured.get(0).startsWith("measured cycle 1") && measured.get(1).startsWith("measured cycle 5"), measured.toString());
        assertTrue(view.charts().get(RunCharts.CAPACITY_CE).visibleSeries().contains("measured discharge"),
                view.charts().get(RunCharts.CAPACITY_CE).visibleSeries().toString());
        assertTrue(view.chartNote().contains("drawn in grey"), view.chartNote());
        Ui.screenshot("simulation-results-fullcell-measured");
        close(editor);
    }
}
