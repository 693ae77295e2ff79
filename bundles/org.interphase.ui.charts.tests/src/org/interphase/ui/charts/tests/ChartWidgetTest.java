/*
 * Copyright (c) 2026 the Interphase contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.interphase.ui.charts.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.interphase.model.units.Dimension;
import org.interphase.ui.charts.ChartAxis;
import org.interphase.ui.charts.ChartKind;
import org.interphase.ui.charts.ChartMarker;
import org.interphase.ui.charts.ChartSeries;
import org.interphase.ui.charts.ChartWidget;
import org.interphase.ui.charts.DisplayUnits;
import org.interphase.ui.charts.SeriesStyle;
import org.interphase.ui.testing.Ui;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** What the chart widget draws, checked in its pixels, its plotted points and its exports. */
public class ChartWidgetTest {

    private Shell shell;

    @TempDir
    Path folder;

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
        for (Dimension d : Dimension.values()) {
            DisplayUnits.set(d, null);
        }
    }

    private ChartWidget chart(ChartKind kind) {
        ChartWidget chart = new ChartWidget(shell, SWT.NONE, kind);
        shell.layout(true, true);
        return chart;
    }

    private void show(ChartWidget chart, String screenshot) throws Exception {
        shell.layout(true, true);
        Ui.settle();
        chart.refresh();
        Ui.settle();
        Ui.screenshot(shell, screenshot);
    }

    /** A parallel RC after a series resistance: Re and Im (signed) at log-spaced frequencies. */
    static double[][] rc(double r0, double r1, double c, int points) {
        double[] f = new double[points];
        double[] re = new double[points];
        double[] im = new double[points];
        for (int i = 0; i < points; i++) {
            f[i] = Math.pow(10, 6 - 8.0 * i / (points - 1));
            double w = 2 * Math.PI * f[i];
            double d = 1 + Math.pow(w * r1 * c, 2);
            re[i] = r0 + r1 / d;
            im[i] = -w * r1 * r1 * c / d;
        }
        return new double[][] { f, re, im };
    }

    /** Pixels of the image whose colour is within 40 of the RGB in every channel. */
    static List<Point> pixelsOf(ImageData image, RGB rgb) {
        List<Point> found = new ArrayList<>();
        for (int y = 0; y < image.height; y++) {
            for (int x = 0; x < image.width; x++) {
                RGB p = image.palette.getRGB(image.getPixel(x, y));
                if (Math.abs(p.red - rgb.red) < 40 && Math.abs(p.green - rgb.green) < 40 && Math.abs(p.blue - rgb.blue) < 40) {
                    found.add(new Point(x, y));
                }
            }
        }
        return found;
    }

    @Test
    public void nyquistApexIsDrawnWhereTheLargestMinusImZMaps() throws Exception {
        ChartWidget chart = chart(ChartKind.NYQUIST);
        double[][] z = rc(20, 200, 1e-6, 400);
        chart.addSeries(ChartSeries.nyquist("Li | LATP | Li", z[0], z[1], z[2]));
        show(chart, "charts-nyquist");
        // the apex of the arc: the largest -Im Z of the data (R1/2 = 100 Ohm at Re Z = R0 + R1/2)
        int apex = 0;
        for (int i = 0; i < z[2].length; i++) {
            if (-z[2][i] > -z[2][apex]) {
                apex = i;
            }
        }
        Point expected = chart.toPixel(ChartAxis.Y_LEFT, z[1][apex], -z[2][apex]);
        List<Point> drawn = pixelsOf(chart.plotImage(), chart.seriesColor("Li | LATP | Li"));
        assertFalse(drawn.isEmpty(), "the series is drawn");
        Point top = drawn.stream().min((a, b) -> Integer.compare(a.y, b.y)).get();
        assertTrue(Math.abs(top.y - expected.y) <= 2, "topmost drawn pixel " + top + ", the data's apex maps to " + expected);
        // the top of an arc is flat: the drawn pixels in the topmost two rows span the apex's x
        int left = drawn.stream().filter(q -> q.y <= top.y + 1).mapToInt(q -> q.x).min().getAsInt();
        int right = drawn.stream().filter(q -> q.y <= top.y + 1).mapToInt(q -> q.x).max().getAsInt();
        assertTrue(left <= expected.x && expected.x <= right, "top row drawn from x " + left + " to " + right + ", apex at " + expected);
        // -Im Z up, equal scale: 100 Ohm take as many pixels across as up
        // (points inside the plot: SWTChart truncates negative pixel coordinates towards zero)
        Point o = chart.toPixel(ChartAxis.Y_LEFT, 50, 0);
        Point p = chart.toPixel(ChartAxis.Y_LEFT, 150, 100);
        assertTrue(p.y < o.y, "-Im Z grows upwards");
        assertTrue(Math.abs((p.x - o.x) - (o.y - p.y)) <= 1, "equal scale: " + (p.x - o.x) + " px across, " + (o.y - p.y)
                + " px up; plot " + chart.plotBounds() + ", x " + java.util.Arrays.toString(chart.range(ChartAxis.X)) + ", y "
                + java.util.Arrays.toString(chart.range(ChartAxis.Y_LEFT)) + "; mapped x " + chart.toValue(ChartAxis.X, 0) + ".."
                + chart.toValue(ChartAxis.X, chart.plotBounds().width) + ", y " + chart.toValue(ChartAxis.Y_LEFT, chart.plotBounds().height)
                + ".." + chart.toValue(ChartAxis.Y_LEFT, 0) + " o=" + o + " p=" + p);
        assertEquals("Re Z (Ω)", chart.axisTitle(ChartAxis.X));
        assertEquals("-Im Z (Ω)", chart.axisTitle(ChartAxis.Y_LEFT));
        // the readout at the apex gives the frequency
        String readout = chart.readoutAt(expected.x, expected.y);
        assertTrue(readout.contains("f = ") && readout.contains("Hz"), readout);
    }

    private static org.eclipse.swt.widgets.Event mouse(int x, int y, int button) {
        org.eclipse.swt.widgets.Event event = new org.eclipse.swt.widgets.Event();
        event.x = x;
        event.y = y;
        event.button = button;
        return event;
    }

    @Test
    public void wheelBoxZoomPanAndReset() throws Exception {
        ChartWidget chart = chart(ChartKind.XY);
        double[] x = new double[1001];
        double[] y = new double[1001];
        for (int i = 0; i < x.length; i++) {
            x[i] = i / 10.0;
            y[i] = Math.sin(i / 50.0);
        }
        chart.addSeries(ChartSeries.of("sine", "E", x, "V", "I", y, "A"));
        show(chart, "charts-interaction");
        double[] all = chart.range(ChartAxis.X);
        int w = chart.plotBounds().width;
        int h = chart.plotBounds().height;
        // wheel up at the centre: 1.25 x closer, the value under the cursor stays there
        double under = chart.toValue(ChartAxis.X, w / 2);
        org.eclipse.swt.widgets.Event wheel = mouse(w / 2, h / 2, 0);
        wheel.count = 3;
        chart.sendToPlot(SWT.MouseVerticalWheel, wheel);
        double[] zoomed = chart.range(ChartAxis.X);
        assertEquals((all[1] - all[0]) / 1.25, zoomed[1] - zoomed[0], 1e-9 * (all[1] - all[0]));
        // (within a few pixels: the y tick labels of the new range may move the plot's left edge)
        assertEquals(under, chart.toValue(ChartAxis.X, w / 2), (all[1] - all[0]) / w * 8);
        // box zoom from (100, 50) to (300, 200): the box's values become the ranges
        double x0 = chart.toValue(ChartAxis.X, 100);
        double x1 = chart.toValue(ChartAxis.X, 300);
        double y0 = chart.toValue(ChartAxis.Y_LEFT, 200);
        double y1 = chart.toValue(ChartAxis.Y_LEFT, 50);
        chart.sendToPlot(SWT.MouseDown, mouse(100, 50, 1));
        chart.sendToPlot(SWT.MouseMove, mouse(200, 120, 0));
        chart.sendToPlot(SWT.MouseMove, mouse(300, 200, 0));
        chart.sendToPlot(SWT.MouseUp, mouse(300, 200, 1));
        assertEquals(x0, chart.range(ChartAxis.X)[0], 1e-9);
        assertEquals(x1, chart.range(ChartAxis.X)[1], 1e-9);
        assertEquals(y0, chart.range(ChartAxis.Y_LEFT)[0], 1e-9);
        assertEquals(y1, chart.range(ChartAxis.Y_LEFT)[1], 1e-9);
        for (double v : chart.plottedPoints("sine")[0]) {
            assertTrue(Double.isNaN(v) || (v >= x0 - 0.2 && v <= x1 + 0.2), "re-decimated to the box: " + v);
        }
        Ui.screenshot(shell, "charts-interaction-box");
        // pan with the middle button 50 px to the right: the view moves 50 px worth to the left
        double[] before = chart.range(ChartAxis.X);
        double perPixel = (before[1] - before[0]) / chart.plotBounds().width;
        chart.sendToPlot(SWT.MouseDown, mouse(200, 100, 2));
        chart.sendToPlot(SWT.MouseMove, mouse(250, 100, 0));
        chart.sendToPlot(SWT.MouseUp, mouse(250, 100, 2));
        assertEquals(before[0] - 50 * perPixel, chart.range(ChartAxis.X)[0], perPixel * 0.01);
        // double-click: everything again
        chart.sendToPlot(SWT.MouseDoubleClick, mouse(10, 10, 1));
        assertEquals(all[0], chart.range(ChartAxis.X)[0], 1e-12);
        assertEquals(all[1], chart.range(ChartAxis.X)[1], 1e-12);
        assertEquals("E (V)", chart.axisTitle(ChartAxis.X));
        assertEquals("I (mA)", chart.axisTitle(ChartAxis.Y_LEFT));
    }

    @Test
    public void legendClickHidesAndShowsASeries() throws Exception {
        ChartWidget chart = chart(ChartKind.NYQUIST);
        double[][] bare = rc(20, 200, 1e-6, 200);
        double[][] coated = rc(10, 60, 1e-6, 200);
        chart.addSeries(ChartSeries.nyquist("bare", bare[0], bare[1], bare[2]));
        chart.addSeries(ChartSeries.nyquist("coated", coated[0], coated[1], coated[2]));
        show(chart, "charts-overlay");
        RGB coatedColor = chart.seriesColor("coated");
        assertFalse(pixelsOf(chart.plotImage(), coatedColor).isEmpty());
        assertTrue(chart.clickLegend("coated"), "the legend has an entry for 'coated'");
        Ui.settle();
        assertEquals(List.of("bare"), chart.visibleSeries());
        assertTrue(pixelsOf(chart.plotImage(), coatedColor).isEmpty(), "a hidden series leaves no pixels");
        assertTrue(chart.clickLegend("coated"));
        Ui.settle();
        assertEquals(List.of("bare", "coated"), chart.visibleSeries());
        assertFalse(pixelsOf(chart.plotImage(), coatedColor).isEmpty());
    }

    @Test
    public void nanIsAGapInTheLine() throws Exception {
        ChartWidget chart = chart(ChartKind.XY);
        int n = 1000;
        double[] x = new double[n];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = i;
            y[i] = i >= 400 && i < 600 ? Double.NaN : 5;
        }
        y[700] = Double.POSITIVE_INFINITY;
        chart.addSeries(ChartSeries.of("with gaps", "t", x, "s", "E", y, "V"));
        show(chart, "charts-gap");
        double[][] points = chart.plottedPoints("with gaps");
        int gaps = 0;
        for (double v : points[0]) {
            if (Double.isNaN(v)) {
                gaps++;
            }
        }
        assertEquals(2, gaps, "two gap markers (NaN run, infinity)");
        // nothing is drawn in the middle of the NaN run
        ImageData image = chart.plotImage();
        int middle = chart.toPixel(ChartAxis.Y_LEFT, 500, 5).x;
        RGB rgb = chart.seriesColor("with gaps");
        for (Point p : pixelsOf(image, rgb)) {
            assertTrue(Math.abs(p.x - middle) > 20, "drawn pixel inside the gap: " + p);
        }
    }

    @Test
    public void largeSeriesIsDecimatedToThePixels() throws Exception {
        ChartWidget chart = chart(ChartKind.VOLTAGE_CURRENT_TIME);
        int n = 1_000_000;
        double[] t = new double[n];
        double[] v = new double[n];
        double[] i = new double[n];
        for (int k = 0; k < n; k++) {
            t[k] = k * 2.16; // 600 h
            v[k] = 0.05 * Math.signum(Math.sin(2 * Math.PI * t[k] / 7200)) + 1e-3 * Math.sin(k);
            i[k] = 1e-4 * Math.signum(Math.sin(2 * Math.PI * t[k] / 7200));
        }
        chart.addSeries(ChartSeries.of("V", t, "s", v, "V"));
        chart.addSeries(ChartSeries.of("I", t, "s", i, "A").onAxis(ChartAxis.Y_RIGHT));
        show(chart, "charts-vt");
        int width = chart.plotBounds().width;
        assertTrue(chart.plottedPoints("V")[0].length <= 2 * width + 4, chart.plottedPoints("V")[0].length + " points for " + width + " px");
        assertEquals("t (h)", chart.axisTitle(ChartAxis.X));
        assertEquals("E (V)", chart.axisTitle(ChartAxis.Y_LEFT));
        assertEquals("I (mA)", chart.axisTitle(ChartAxis.Y_RIGHT));
        double[] yr = chart.range(ChartAxis.Y_RIGHT);
        assertTrue(yr[0] < -0.1 && yr[1] > 0.1 && yr[1] < 0.2, "current range in mA: " + yr[0] + ".." + yr[1]);
        // zoom into 10 h: re-decimated from the data, the extremes of that window kept
        chart.setRange(ChartAxis.X, 100, 110);
        double[][] zoomed = chart.plottedPoints("V");
        assertTrue(zoomed[0].length <= 2 * width + 4);
        double max = Double.NEGATIVE_INFINITY;
        for (int k = 0; k < zoomed[0].length; k++) {
            assertTrue(Double.isNaN(zoomed[0][k]) || (zoomed[0][k] >= 99.9 && zoomed[0][k] <= 110.1), "x " + zoomed[0][k]);
            max = Math.max(max, zoomed[1][k]);
        }
        double expectedMax = Double.NEGATIVE_INFINITY;
        for (int k = 0; k < n; k++) {
            if (t[k] / 3600 >= 100 && t[k] / 3600 <= 110) {
                expectedMax = Math.max(expectedMax, v[k]);
            }
        }
        assertEquals(expectedMax, max, 1e-12);
        Ui.screenshot(shell, "charts-vt-zoomed");
    }

    @Test
    public void unitPreferenceChangesAxisTitleAndValues() throws Exception {
        ChartWidget chart = chart(ChartKind.THICKNESS_TIME);
        chart.addSeries(ChartSeries.of("L", new double[] { 0, 3600, 7200 }, "s", new double[] { 0, 1e-9, 2e-9 }, "m"));
        show(chart, "charts-thickness");
        assertEquals("t (h)", chart.axisTitle(ChartAxis.X));
        assertEquals("L (nm)", chart.axisTitle(ChartAxis.Y_LEFT));
        assertEquals(2, chart.plottedPoints("L")[0][2], 1e-12);
        DisplayUnits.set(Dimension.TIME, "min");
        Ui.settle();
        chart.refresh();
        assertEquals("t (min)", chart.axisTitle(ChartAxis.X));
        assertEquals(120, chart.plottedPoints("L")[0][2], 1e-9);
    }

    @Test
    public void svgParsesWithOnePathPerSeries() throws Exception {
        ChartWidget chart = chart(ChartKind.IV);
        double[] e = new double[300];
        double[] bare = new double[300];
        double[] coated = new double[300];
        for (int i = 0; i < e.length; i++) {
            e[i] = 3 + 2.5 * i / 299.0;
            bare[i] = 1e-3 * Math.exp((e[i] - 4.4) / 0.05);
            coated[i] = 1e-3 * Math.exp((e[i] - 5.0) / 0.05);
        }
        chart.addSeries(ChartSeries.of("bare", e, "V", bare, "A/m2"));
        chart.addSeries(ChartSeries.of("coated", e, "V", coated, "A/m2"));
        chart.addMarker(ChartMarker.vertical(4.4, "V", "4.4 V"));
        chart.addMarker(ChartMarker.vertical(5.0, "V", "5.0 V"));
        chart.setTitle("LSV <bare & coated>");
        show(chart, "charts-iv");
        assertEquals("j (mA/cm²)", chart.axisTitle(ChartAxis.Y_LEFT));
        Path svg = folder.resolve("iv.svg");
        chart.exportSvg(svg);
        Document document = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(svg.toFile());
        NodeList paths = document.getElementsByTagName("path");
        List<String> series = new ArrayList<>();
        for (int i = 0; i < paths.getLength(); i++) {
            Element path = (Element) paths.item(i);
            if ("series".equals(path.getAttribute("class"))) {
                series.add(path.getAttribute("data-series"));
                assertTrue(path.getAttribute("d").startsWith("M"), "a path of points");
            }
        }
        assertEquals(List.of("bare", "coated"), series);
        List<String> texts = new ArrayList<>();
        NodeList text = document.getElementsByTagName("text");
        for (int i = 0; i < text.getLength(); i++) {
            texts.add(text.item(i).getTextContent());
        }
        assertTrue(texts.contains("E (V)"), texts.toString());
        assertTrue(texts.contains("j (mA/cm²)"), texts.toString());
        assertTrue(texts.contains("4.4 V") && texts.contains("LSV <bare & coated>"), texts.toString());
        chart.setSeriesVisible("coated", false);
        chart.exportSvg(svg);
        assertEquals(1, Files.readString(svg).split("class=\"series\" data-series").length - 1);
        Path png = folder.resolve("iv.png");
        chart.exportPng(png);
        assertTrue(Files.size(png) > 1000);
    }

    @Test
    public void csvHoldsTheVisibleRangeAtFullResolution() throws Exception {
        ChartWidget chart = chart(ChartKind.VOLTAGE_CAPACITY);
        int n = 5000;
        double[] q = new double[n];
        double[] v = new double[n];
        for (int i = 0; i < n; i++) {
            q[i] = i * 0.1; // C
            v[i] = 3.5 + i / (double) n;
        }
        chart.addSeries(ChartSeries.of("cycle 1", q, "C", v, "V").withStyle(SeriesStyle.line().withColor(SeriesStyle.cycleColor(0, 2))));
        show(chart, "charts-vq");
        assertEquals("Q (mAh)", chart.axisTitle(ChartAxis.X));
        // 0.1 C = 0.02777 mAh per row; show rows 1000..2000 (27.78 mAh .. 55.56 mAh)
        chart.setRange(ChartAxis.X, 1000 * 0.1 / 3.6, 2000 * 0.1 / 3.6);
        Path csv = folder.resolve("vq.csv");
        chart.exportCsv(csv);
        List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
        assertEquals("cycle 1: Q [mAh],cycle 1: E [V]", lines.get(0));
        assertTrue(lines.size() - 1 >= 1000 && lines.size() - 1 <= 1002, (lines.size() - 1) + " rows");
        String[] first = lines.get(1).split(",");
        int row = (int) Math.round(Double.parseDouble(first[0]) * 3.6 / 0.1);
        assertEquals(q[row] / 3.6, Double.parseDouble(first[0]), 1e-12);
        assertEquals(v[row], Double.parseDouble(first[1]), 1e-15);
    }

    @Test
    public void everyKindOpensWithData() throws Exception {
        double[][] z = rc(20, 200, 1e-6, 60);
        for (ChartKind kind : ChartKind.values()) {
            for (var c : shell.getChildren()) {
                c.dispose();
            }
            ChartWidget chart = chart(kind);
            switch (kind) {
                case NYQUIST -> chart.addSeries(ChartSeries.nyquist("spectrum", z[0], z[1], z[2]));
                case BODE -> chart.addSeries(ChartSeries.bode("spectrum", z[0], z[1], z[2]));
                case DRT -> {
                    double[] tau = new double[81];
                    double[] gamma = new double[81];
                    for (int i = 0; i < tau.length; i++) {
                        tau[i] = Math.pow(10, -7 + 8.0 * i / 80);
                        gamma[i] = 80 * Math.exp(-Math.pow(Math.log10(tau[i] / 2e-4) / 0.3, 2));
                    }
                    chart.addSeries(ChartSeries.of("γ", tau, "s", gamma, "Ohm"));
                    chart.addMarker(ChartMarker.point(2e-4, "s", 80, "Ohm", "τ = 0.2 ms"));
                }
                case RESIDUALS -> chart.addSeries(ChartSeries.of("real", z[0], "Hz", sine(60, 0.004), "1"));
                case CAPACITY_CE_CYCLE -> {
                    double[] n = new double[20];
                    double[] cap = new double[20];
                    double[] ce = new double[20];
                    for (int i = 0; i < 20; i++) {
                        n[i] = i + 1;
                        cap[i] = (115 - 0.5 * i) * 3600; // mAh/g in C/kg
                        ce[i] = i == 0 ? 0.93 : 0.998;
                    }
                    chart.addSeries(ChartSeries.of("discharge", n, "1", cap, "C/kg").withStyle(SeriesStyle.lineAndPoints()));
                    chart.addSeries(ChartSeries.of("CE", n, "1", ce, "1").onAxis(ChartAxis.Y_RIGHT).withStyle(SeriesStyle.points()));
                }
                case VOLTAGE_CURRENT_TIME -> {
                    chart.addSeries(ChartSeries.of("E", ramp(100, 0, 36000), "s", sine(100, 0.1), "V"));
                    chart.addSeries(ChartSeries.of("I", ramp(100, 0, 36000), "s", sine(100, 1e-4), "A").onAxis(ChartAxis.Y_RIGHT));
                }
                default -> chart.addSeries(ChartSeries.of("data", "x", ramp(100, 1, 5), "V", "y", sine(100, 2), "A/m2"));
            }
            show(chart, "charts-kind-" + kind.name().toLowerCase(java.util.Locale.ROOT));
            for (ChartSeries s : chart.series()) {
                assertTrue(chart.plottedPoints(s.name())[0].length > 10, kind + ": " + s.name() + " is plotted");
            }
            for (ChartAxis axis : new ChartAxis[] { ChartAxis.X, ChartAxis.Y_LEFT }) {
                String title = chart.axisTitle(axis);
                assertFalse(title.isBlank(), kind + " " + axis);
                if (kind != ChartKind.CAPACITY_CE_CYCLE || axis != ChartAxis.X) {
                    assertTrue(title.endsWith(")"), kind + " " + axis + " title has a unit: " + title);
                }
            }
        }
    }

    private static double[] ramp(int n, double from, double to) {
        double[] v = new double[n];
        for (int i = 0; i < n; i++) {
            v[i] = from + (to - from) * i / (n - 1);
        }
        return v;
    }

    private static double[] sine(int n, double amplitude) {
        double[] v = new double[n];
        for (int i = 0; i < n; i++) {
            v[i] = amplitude * Math.sin(i / 7.0) + (amplitude > 0.5 ? amplitude * 1.5 : 0);
        }
        return v;
    }
}
