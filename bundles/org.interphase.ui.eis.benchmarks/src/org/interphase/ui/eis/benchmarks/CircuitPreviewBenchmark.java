/*
 * Copyright (c) 2026 the Interphase contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.interphase.ui.eis.benchmarks;

import org.interphase.ui.eis.preview.CircuitPreview;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import org.eclipse.swt.SWT;
import org.eclipse.swt.SWTError;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.interphase.benchmark.Benchmark;
import org.interphase.solver.eis.circuit.CompiledCircuit;
import org.interphase.solver.eis.circuit.Spectrum;
import org.interphase.solver.eis.data.ImpedanceData;
import org.osgi.service.component.annotations.Component;

/**
 * The live circuit preview: one redraw after a parameter edit is {@link CircuitPreview#update(double[])} (the model
 * spectrum over the data's range, the model series of the Nyquist and Bode charts replaced, laid out and painted) on
 * a 1200 x 600 preview in a shell that is not shown, plus painting both charts into an offscreen image with
 * {@code Control.print} (a hidden shell paints nothing by itself). The circuit is the example project's
 * R0-p(R1,CPE1)-p(R2,CPE2) over a 61-point spectrum from 1 MHz to 0.1 Hz with 1 % noise; each edit scales R1. Needs
 * an X display (DISPLAY; Xvfb is fine).
 */
@Component(service = Benchmark.class)
public class CircuitPreviewBenchmark implements Benchmark {

    static final int EDITS = 40;

    @Override
    public String id() {
        return "eis.preview.redraw";
    }

    @Override
    public String description() {
        return "Circuit Preview: redraw of a circuit's spectrum over measured data in Nyquist and Bode after a parameter edit (goal < 50 ms)";
    }

    @Override
    public List<Measurement> run() throws Exception {
        List<Measurement> result = new ArrayList<>();
        String circuitText = "R0-p(R1,CPE1)-p(R2,CPE2)";
        double[] p = { 120, 800, 2e-9, 0.9, 1500, 5e-6, 0.7 };
        CompiledCircuit circuit = CompiledCircuit.parse(circuitText);
        Spectrum exact = circuit.spectrum(Spectrum.logFrequencies(1e6, 0.1, 61), p);
        Random random = new Random(1);
        double[] re = exact.re().clone();
        double[] im = exact.im().clone();
        for (int k = 0; k < re.length; k++) {
            double m = exact.modulus(k);
            re[k] += 0.01 * m * random.nextGaussian();
            im[k] += 0.01 * m * random.nextGaussian();
        }
        ImpedanceData data = new ImpedanceData("synthetic", exact.f(), re, im);
        Display display;
        try {
            display = Display.getCurrent() != null ? Display.getCurrent() : new Display();
        } catch (SWTError | UnsatisfiedLinkError e) {
            result.add(new Measurement("redraw not measured: no display (" + e.getMessage() + ")", Double.NaN, "ms", "< 50"));
            return result;
        }
        Shell shell = new Shell(display);
        try {
            shell.setLayout(new FillLayout());
            shell.setSize(1200, 600);
            CircuitPreview preview = new CircuitPreview(shell, SWT.NONE);
            shell.layout(true, true);
            preview.setData("synthetic", data);
            preview.setCircuit(circuitText);
            preview.update(p);
            Image image = new Image(display, 1200, 600);
            GC gc = new GC(image);
            double[] update = new double[EDITS];
            double[] total = new double[EDITS];
            double[] cpu = new double[EDITS];
            java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
            boolean cpuTime = threads.isCurrentThreadCpuTimeSupported();
            try {
                for (int k = -3; k < EDITS; k++) {
                    double[] values = p.clone();
                    values[1] = p[1] * (0.5 + (k + 3) / (double) EDITS);
                    long c0 = cpuTime ? threads.getCurrentThreadCpuTime() : 0;
                    long t0 = System.nanoTime();
                    double u = preview.update(values);
                    preview.nyquist().print(gc);
                    preview.bode().print(gc);
                    double t = (System.nanoTime() - t0) / 1e6;
                    if (k >= 0) {
                        update[k] = u;
                        total[k] = t;
                        cpu[k] = cpuTime ? (threads.getCurrentThreadCpuTime() - c0) / 1e6 : Double.NaN;
                    }
                }
            } finally {
                gc.dispose();
                image.dispose();
            }
            Arrays.sort(update);
            Arrays.sort(total);
            Arrays.sort(cpu);
            result.add(new Measurement("CircuitPreview.update: spectrum, series, layout and the charts' own paint (median of " + EDITS + ")",
                    update[EDITS / 2], "ms", "-"));
            result.add(new Measurement("redraw after a parameter edit incl. painting both charts (median of " + EDITS + ")", total[EDITS / 2], "ms", "< 50"));
            result.add(new Measurement("redraw after a parameter edit incl. painting (slowest of " + EDITS + ")", total[EDITS - 1], "ms", "< 50"));
            result.add(new Measurement("CPU time of the UI thread per redraw incl. painting (median; not inflated by other processes, "
                    + "excludes the X server's own work)", cpu[EDITS / 2], "ms", "< 50"));
            result.add(new Measurement("system load average while measuring (" + Runtime.getRuntime().availableProcessors() + " cores)",
                    java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(), "", "-"));
            result.add(new Measurement("model points per redraw", preview.nyquist().plottedPoints(CircuitPreview.MODEL)[0].length, "", "-"));
        } finally {
            shell.dispose();
            while (display.readAndDispatch()) {
                // drain
            }
        }
        return result;
    }
}
