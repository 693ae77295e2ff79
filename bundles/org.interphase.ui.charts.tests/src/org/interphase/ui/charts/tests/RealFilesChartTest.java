/*
 * Copyright (c) 2026 the Interphase contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.interphase.ui.charts.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.interphase.data.Column;
import org.interphase.data.Dataset;
import org.interphase.data.QuantityKind;
import org.interphase.importer.Importers;
import org.interphase.testdata.TestCorpus;
import org.interphase.ui.charts.ChartAxis;
import org.interphase.ui.charts.ChartKind;
import org.interphase.ui.charts.ChartSeries;
import org.interphase.ui.charts.ChartWidget;
import org.interphase.ui.charts.SeriesStyle;
import org.interphase.ui.testing.Ui;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Charts of real instrument files, read through the importers. */
public class RealFilesChartTest {

    private Shell shell;

    @BeforeEach
    public void open() {
        shell = new Shell(Display.getCurrent());
        shell.setLayout(new FillLayout());
        shell.setSize(900, 650);
        shell.open();
    }

    @AfterEach
    public void close() {
        shell.dispose();
    }

    private ChartWidget chart(ChartKind kind) {
        ChartWidget chart = new ChartWidget(shell, SWT.NONE, kind);
        shell.layout(true, true);
        return chart;
    }

    @Test
    public void nyquistOfImpedancePyExampleHasItsApexWhereTheDataSays() throws Exception {
        Dataset data = Importers.read(TestCorpus.file("csv-eis/exampleData.csv"), new NullProgressMonitor()).dataset();
        ChartWidget chart = chart(ChartKind.NYQUIST);
        chart.setTitle("exampleData.csv (impedance.py)");
        chart.addSeries(ChartSeries.nyquist("exampleData", data).withStyle(SeriesStyle.lineAndPoints()));
        Ui.settle();
        chart.refresh();
        Ui.settle();
        Ui.screenshot(shell, "charts-real-nyquist");
        Column re = data.column(QuantityKind.IMPEDANCE_REAL).get();
        Column im = data.column(QuantityKind.IMPEDANCE_IMAGINARY).get();
        int apex = 0;
        for (int i = 0; i < im.size(); i++) {
            if (-im.get(i) > -im.get(apex)) {
                apex = i;
            }
        }
        // Ohm are shown as Ohm by default; the chart draws -Im Z
        Point expected = chart.toPixel(ChartAxis.Y_LEFT, re.get(apex), -im.get(apex));
        List<Point> drawn = ChartWidgetTest.pixelsOf(chart.plotImage(), chart.seriesColor("exampleData"));
        assertFalse(drawn.isEmpty());
        int top = drawn.stream().mapToInt(p -> p.y).min().getAsInt();
        // symbols are 3 px: the topmost drawn pixel lies at most 4 px above the apex point's centre
        assertTrue(expected.y - top >= 0 && expected.y - top <= 4, "topmost pixel row " + top + ", apex at " + expected);
        String readout = chart.readoutAt(expected.x, expected.y);
        assertTrue(readout.contains("f = "), readout);
    }

    @Test
    public void bodeOfImpedancePyExample() throws Exception {
        Dataset data = Importers.read(TestCorpus.file("csv-eis/exampleData.csv"), new NullProgressMonitor()).dataset();
        ChartWidget chart = chart(ChartKind.BODE);
        chart.addSeries(ChartSeries.bode("exampleData", data));
        Ui.settle();
        chart.refresh();
        Ui.screenshot(shell, "charts-real-bode");
        assertEquals("f (Hz)", chart.axisTitle(ChartAxis.X));
        assertEquals("|Z| (Ω)", chart.axisTitle(ChartAxis.Y_LEFT));
        assertEquals("-phase (°)", chart.axisTitle(ChartAxis.Y_RIGHT));
        double[] f = data.column(QuantityKind.FREQUENCY).get().toArray();
        double fMin = Double.POSITIVE_INFINITY;
        double fMax = 0;
        for (double v : f) {
            fMin = Math.min(fMin, v);
            fMax = Math.max(fMax, v);
        }
        double[] range = chart.range(ChartAxis.X);
        assertTrue(range[0] <= fMin && range[0] > fMin / 3 && range[1] >= fMax && range[1] < fMax * 3,
                "log f axis around the data: " + range[0] + ".." + range[1]);
    }

    @Test
    public void voltageAndCurrentOfABiologicGalvanostaticRun() throws Exception {
        Dataset data = Importers.read(TestCorpus.file("biologic-mpr/jdb11-1_c3_gcpl_5cycles_2V-3p8V_C-24_data_C09.mpr"),
                new NullProgressMonitor()).dataset();
        Column t = data.column(QuantityKind.TIME).get();
        ChartWidget chart = chart(ChartKind.VOLTAGE_CURRENT_TIME);
        chart.setTitle("jdb11 GCPL, 5 cycles");
        chart.addSeries(ChartSeries.of("Ewe", t, data.column(QuantityKind.POTENTIAL).get()));
        chart.addSeries(ChartSeries.of("I", t, data.column(QuantityKind.CURRENT).get()).onAxis(ChartAxis.Y_RIGHT));
        Ui.settle();
        chart.refresh();
        Ui.settle();
        Ui.screenshot(shell, "charts-real-gcpl");
        int width = chart.plotBounds().width;
        assertTrue(t.size() > 10 * width, "a file with more points than pixels: " + t.size());
        assertTrue(chart.plottedPoints("Ewe")[0].length <= 2 * width + 4);
        assertEquals("t (h)", chart.axisTitle(ChartAxis.X));
        assertEquals("E (V)", chart.axisTitle(ChartAxis.Y_LEFT));
        assertEquals("I (mA)", chart.axisTitle(ChartAxis.Y_RIGHT));
        // the drawn voltage spans the file's 2 V .. 3.8 V window
        double[] y = chart.range(ChartAxis.Y_LEFT);
        assertTrue(y[0] < 2.1 && y[1] > 3.7 && y[1] < 4.0, y[0] + ".." + y[1]);
    }
}
