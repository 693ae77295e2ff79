/*
 * Copyright (c) 2026 the Interphase contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.interphase.ui.eis.analysis;

import java.util.ArrayList;
import java.util.List;

import org.interphase.solver.eis.circuit.CompiledCircuit;
import org.interphase.solver.eis.circuit.Spectrum;
import org.interphase.solver.eis.data.ImpedanceData;
import org.interphase.ui.charts.ChartSeries;
import org.interphase.ui.charts.SeriesStyle;

/**
 * The chart series of impedance analysis: measured spectra as points, model spectra (fits, previews) as lines over a
 * dense log-spaced frequency grid spanning the data, residuals as fractions (the residual chart shows them in %).
 */
public final class EisSeries {

    /** Points per decade of the model curves drawn over data. */
    public static final int MODEL_POINTS_PER_DECADE = 40;

    private EisSeries() {
    }

    /** The Nyquist series of measured data, as points. */
    public static ChartSeries dataNyquist(String name, ImpedanceData data) {
        return ChartSeries.nyquist(name, data.f(), data.re(), data.im()).withStyle(SeriesStyle.points());
    }

    /** The two Bode series of measured data (|Z| and phase), as points. */
    public static List<ChartSeries> dataBode(String name, ImpedanceData data) {
        List<ChartSeries> series = new ArrayList<>();
        for (ChartSeries s : ChartSeries.bode(name, data.f(), data.re(), data.im())) {
            series.add(s.withStyle(SeriesStyle.points()));
        }
        return series;
    }

    /** The Nyquist series of a model spectrum, as a line. */
    public static ChartSeries modelNyquist(String name, Spectrum spectrum) {
        return ChartSeries.nyquist(name, spectrum.f(), spectrum.re(), spectrum.im()).withStyle(SeriesStyle.line());
    }

    /** The two Bode series of a model spectrum, as lines (phase dashed). */
    public static List<ChartSeries> modelBode(String name, Spectrum spectrum) {
        return ChartSeries.bode(name, spectrum.f(), spectrum.re(), spectrum.im());
    }

    /**
     * Log-spaced frequencies from the data's highest to its lowest frequency ({@link #MODEL_POINTS_PER_DECADE} per
     * decade, at least 50), or 1 MHz to 10 mHz without data.
     */
    public static double[] modelFrequencies(double[] dataF) {
        double lo = Double.POSITIVE_INFINITY;
        double hi = 0;
        if (dataF != null) {
            for (double f : dataF) {
                if (f > 0 && Double.isFinite(f)) {
                    lo = Math.min(lo, f);
                    hi = Math.max(hi, f);
                }
            }
        }
        if (!(hi > lo)) {
            lo = 1e-2;
            hi = 1e6;
        }
        int n = Math.max(50, (int) Math.ceil(Math.log10(hi / lo) * MODEL_POINTS_PER_DECADE) + 1);
        return Spectrum.logFrequencies(hi, lo, n);
    }

    /** The spectrum of a circuit with these parameter values at these frequencies. */
    public static Spectrum model(CompiledCircuit circuit, double[] parameters, double[] f) {
        return circuit.spectrum(f, parameters);
    }

    /** A residual series: fractions against frequency (Hz), shown in % by the residual chart. */
    public static ChartSeries residual(String name, double[] f, double[] fraction, SeriesStyle style) {
        return ChartSeries.of(name, f, "Hz", fraction, "1").withStyle(style);
    }
}
