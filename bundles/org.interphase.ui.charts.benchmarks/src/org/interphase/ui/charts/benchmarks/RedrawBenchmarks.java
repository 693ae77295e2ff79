/*
 * Copyright (c) 2026 the Interphase contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.interphase.ui.charts.benchmarks;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.function.DoubleUnaryOperator;
import java.util.stream.Stream;

import org.eclipse.swt.SWT;
import org.eclipse.swt.SWTError;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.interphase.data.Column;
import org.interphase.data.Decimation;
import org.interphase.benchmark.Benchmark;
import org.interphase.ui.charts.ChartAxis;
import org.interphase.ui.charts.ChartKind;
import org.interphase.ui.charts.ChartSeries;
import org.interphase.ui.charts.ChartWidget;

/**
 * Redraw of large V(t) series after a zoom. What one "redraw" is: {@link ChartWidget#setRange} of the x axis (min/max
 * decimation of the series from its columns for the new range and width, the SWTChart series replaced) followed by
 * painting the whole chart (axes, grid, series, legend) into an offscreen image with {@code Control.print}, on a
 * 1200 x 700 chart in a shell that is not shown. Needs an X display (DISPLAY; Xvfb is fine); without one only the
 * decimation is measured and the figure says so.
 */
abstract class RedrawBenchmarks implements Benchmark {

    static final int ZOOMS = 30;

    /** The chart and what it shows. */
    abstract Column[] columns(List<AutoCloseable> cleanup) throws Exception;

    abstract String redrawGoal();

    @Override
    public List<Measurement> run() throws Exception {
        List<AutoCloseable> cleanup = new ArrayList<>();
        try {
            long t0 = System.nanoTime();
            Column[] tv = columns(cleanup);
            double prepare = (System.nanoTime() - t0) / 1e6;
            List<Measurement> result = new ArrayList<>();
            result.add(new Measurement("writing the data (not a redraw)", prepare, "ms", "-"));
            double span = tv[0].get(tv[0].size() - 1) - tv[0].get(0);
            // decimation alone, full range and a 5 % window, 1200 columns
            result.add(new Measurement("decimation of the full range to 1200 px (median)", median(10, k -> {
                Decimation.minMax(tv[0], tv[1], tv[0].get(0), tv[0].get(tv[0].size() - 1), 1200, false, true);
            }), "ms", "-"));
            result.add(new Measurement("decimation of a 5 % window to 1200 px (median)", median(ZOOMS, k -> {
                double from = tv[0].get(0) + span * 0.95 * k / ZOOMS;
                Decimation.minMax(tv[0], tv[1], from, from + 0.05 * span, 1200, false, true);
            }), "ms", "-"));
            Display display;
            try {
                display = Display.getCurrent() != null ? Display.getCurrent() : new Display();
            } catch (SWTError | UnsatisfiedLinkError e) {
                result.add(new Measurement("redraw not measured: no display (" + e.getMessage() + ")", Double.NaN, "ms", redrawGoal()));
                return result;
            }
            Shell shell = new Shell(display);
            try {
                shell.setLayout(new FillLayout());
                shell.setSize(1200, 760);
                ChartWidget chart = new ChartWidget(shell, SWT.NONE, ChartKind.VOLTAGE_CURRENT_TIME);
                shell.layout(true, true);
                chart.setSize(1200, 700);
                chart.layout(true, true);
                chart.addSeries(ChartSeries.of("V", tv[0], tv[1]));
                chart.refresh(); // reads every row once: x sorted?, ranges
                Image image = new Image(display, 1200, 700);
                GC gc = new GC(image);
                try {
                    double hours = span / 3600;
                    double start = tv[0].get(0) / 3600;
                    result.add(new Measurement("redraw after zoom to a 5 % window (median of " + ZOOMS + ")", median(ZOOMS, k -> {
                        double from = start + hours * 0.95 * k / ZOOMS;
                        chart.setRange(ChartAxis.X, from, from + 0.05 * hours);
                        chart.print(gc);
                    }), "ms", redrawGoal()));
                    result.add(new Measurement("redraw of the full range (median of 10)", median(10, k -> {
                        chart.resetZoom();
                        chart.print(gc);
                    }), "ms", redrawGoal()));
                    int points = chart.plottedPoints("V")[0].length;
                    result.add(new Measurement("points drawn in full view (2 per pixel column at most)", points, "", "<= 2400"));
                } finally {
                    gc.dispose();
                    image.dispose();
                }
            } finally {
                shell.dispose();
                while (display.readAndDispatch()) {
                    // drain
                }
            }
            Runtime runtime = Runtime.getRuntime();
            result.add(new Measurement("heap in use after the redraws", (runtime.totalMemory() - runtime.freeMemory()) / 1e6,
                    "MB", "of max " + Math.round(runtime.maxMemory() / 1e6) + " MB"));
            return result;
        } finally {
            for (AutoCloseable c : cleanup) {
                c.close();
            }
        }
    }

    interface Step {
        void run(int k) throws Exception;
    }

    /** Warm-up of 3 runs, then the median of n runs in ms. */
    static double median(int n, Step step) throws Exception {
        for (int k = 0; k < 3; k++) {
            step.run(k);
        }
        double[] times = new double[n];
        for (int k = 0; k < n; k++) {
            long t0 = System.nanoTime();
            step.run(k);
            times[k] = (System.nanoTime() - t0) / 1e6;
        }
        Arrays.sort(times);
        return times[n / 2];
    }

    /** A symmetric-cell-like V(t): 1 h half cycles at +-50 mV with noise, over the given hours. */
    static DoubleUnaryOperator voltage() {
        return t -> 0.05 * Math.signum(Math.sin(Math.PI * t / 3600 + 1e-9)) + 0.002 * Math.sin(t * 0.37);
    }

    /** Deletes a folder tree. */
    static AutoCloseable deleting(Path folder) {
        return () -> {
            try (Stream<Path> files = Files.walk(folder)) {
                for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
            }
        };
    }
}
