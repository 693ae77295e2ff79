/*
 * Copyright (c) 2026 the Interphase contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.interphase.ui.eis.preview;

import java.util.List;
import java.util.Locale;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.interphase.solver.eis.circuit.CircuitSyntaxException;
import org.interphase.solver.eis.circuit.Circuits;
import org.interphase.solver.eis.circuit.CompiledCircuit;
import org.interphase.solver.eis.circuit.Spectrum;
import org.interphase.solver.eis.data.ImpedanceData;
import org.interphase.ui.charts.ChartKind;
import org.interphase.ui.charts.ChartSeries;
import org.interphase.ui.charts.ChartWidget;
import org.interphase.ui.charts.SeriesStyle;
import org.interphase.ui.eis.analysis.EisSeries;

/**
 * The spectrum of a circuit drawn over measured data in Nyquist and Bode, redrawn at once when a parameter changes
 * ({@link #update(double[])}: the model spectrum at {@link EisSeries#MODEL_POINTS_PER_DECADE} points per decade over
 * the data's range, the model series replaced, both charts laid out and painted). Each redraw's time is kept
 * ({@link #lastRedrawMillis()}); the {@code eis.preview.redraw} benchmark measures it. No workbench: the Circuit
 * Preview view and the benchmark both use it.
 */
public class CircuitPreview extends Composite {

    /** Series names. */
    public static final String DATA = "data";
    public static final String MODEL = "model";

    private final Label status;
    private final ChartWidget nyquist;
    private final ChartWidget bode;
    private ImpedanceData data;
    private double[] frequencies = EisSeries.modelFrequencies(null);
    private CompiledCircuit circuit;
    private String circuitText;
    private double lastMillis = Double.NaN;
    private int redraws;

    public CircuitPreview(Composite parent, int style) {
        super(parent, style);
        setLayout(new GridLayout(1, false));
        status = new Label(this, SWT.WRAP);
        status.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        SashForm sash = new SashForm(this, SWT.HORIZONTAL);
        sash.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        nyquist = new ChartWidget(sash, SWT.NONE, ChartKind.NYQUIST);
        nyquist.setTitle("Nyquist");
        bode = new ChartWidget(sash, SWT.NONE, ChartKind.BODE);
        bode.setTitle("Bode");
        status.setText("Select a circuit model in the model editor.");
    }

    /** The measured spectrum drawn under the model (null: none; the model is drawn from 1 MHz to 10 mHz). */
    public void setData(String name, ImpedanceData spectrum) {
        data = spectrum;
        nyquist.removeSeries(DATA);
        bode.removeSeries(DATA + " |Z|");
        bode.removeSeries(DATA + " phase");
        if (spectrum != null) {
            nyquist.addSeries(EisSeries.dataNyquist(DATA, spectrum).named(DATA));
            bode.addSeries(EisSeries.dataBode(DATA, spectrum));
        }
        frequencies = EisSeries.modelFrequencies(spectrum == null ? null : spectrum.f());
        nyquist.setTitle(spectrum == null ? "Nyquist: model" : "Nyquist: model over " + name);
        bode.setTitle(spectrum == null ? "Bode: model" : "Bode: model over " + name);
    }

    /** The circuit (impedance.py or CDC); throws naming the problem when it does not parse. */
    public void setCircuit(String text) throws CircuitSyntaxException {
        circuit = CompiledCircuit.parse(text);
        circuitText = text;
    }

    /** The circuit's parameter names, in the order {@link #update(double[])} takes values. */
    public List<String> parameterNames() {
        return circuit == null ? List.of() : Circuits.parameterNames(circuit.root());
    }

    /**
     * Redraws the model with these parameter values (SI, in {@link #parameterNames()} order) now, and returns how long
     * it took in ms (spectrum, series, layout and painting of both charts).
     */
    public double update(double[] values) {
        long t0 = System.nanoTime();
        Spectrum spectrum = circuit.spectrum(frequencies, values);
        nyquist.removeSeries(MODEL);
        nyquist.addSeries(EisSeries.modelNyquist(MODEL, spectrum).withStyle(SeriesStyle.line().withColor(SeriesStyle.PALETTE[1])));
        bode.removeSeries(MODEL + " |Z|");
        bode.removeSeries(MODEL + " phase");
        List<ChartSeries> b = EisSeries.modelBode(MODEL, spectrum);
        bode.addSeries(b.get(0).withStyle(SeriesStyle.line().withColor(SeriesStyle.PALETTE[1])));
        bode.addSeries(b.get(1).withStyle(SeriesStyle.line().withDashes().withColor(SeriesStyle.PALETTE[5])));
        nyquist.refresh(); // lays out, draws the series and paints the chart now
        bode.refresh();
        lastMillis = (System.nanoTime() - t0) / 1e6;
        redraws++;
        status.setText(String.format(Locale.ROOT, "%s over %s; redrawn in %.1f ms (%d points).", circuitText,
                data == null ? "1 MHz ... 10 mHz" : data.source(), lastMillis, frequencies.length));
        status.setForeground(null);
        return lastMillis;
    }

    /** Says why nothing is drawn (the model series is removed). */
    public void showProblem(String message) {
        nyquist.removeSeries(MODEL);
        bode.removeSeries(MODEL + " |Z|");
        bode.removeSeries(MODEL + " phase");
        status.setText(message);
        status.setForeground(getDisplay().getSystemColor(SWT.COLOR_RED));
    }

    /** The time of the last redraw in ms (NaN before the first). */
    public double lastRedrawMillis() {
        return lastMillis;
    }

    /** Redraws so far. */
    public int redraws() {
        return redraws;
    }

    public ChartWidget nyquist() {
        return nyquist;
    }

    public ChartWidget bode() {
        return bode;
    }

    public String status() {
        return status.getText();
    }
}
