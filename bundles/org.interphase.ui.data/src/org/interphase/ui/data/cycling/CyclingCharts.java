/*
 * Copyright (c) 2026 the Interphase contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.interphase.ui.data.cycling;

import java.util.ArrayList;
import java.util.List;

import org.interphase.solver.cycling.analytics.CyclingAnalysis;
import org.interphase.solver.cycling.analytics.CyclingAnalysis.Cycle;
import org.interphase.solver.cycling.analytics.CyclingAnalysis.DifferentialCapacity;
import org.interphase.solver.cycling.analytics.CyclingAnalysis.HalfCycle;
import org.interphase.ui.charts.ChartAxis;
import org.interphase.ui.charts.ChartMarker;
import org.interphase.ui.charts.ChartSeries;
import org.interphase.ui.charts.SeriesStyle;

/**
 * The series of the cycling charts from an analysis: capacity and coulombic efficiency per cycle (per gram when the
 * active mass is known), V(Q) and dQ/dV with one curve per chosen cycle (its charge and discharge halves joined by a
 * gap, in the cycle's colour). Partial cycles (a half missing) are marked.
 */
public final class CyclingCharts {

    private CyclingCharts() {
    }

    /** True when capacities are shown per gram (the active mass is known). */
    static boolean perGram(CyclingAnalysis analysis) {
        return analysis.activeMass() > 0;
    }

    /** A capacity (C) in the SI unit of the charts: C/kg with the active mass, else C. */
    static double capacity(CyclingAnalysis analysis, double coulombs) {
        return perGram(analysis) ? coulombs / analysis.activeMass() : coulombs;
    }

    /** The SI unit of {@link #capacity}. */
    static String capacityUnit(CyclingAnalysis analysis) {
        return perGram(analysis) ? "C/kg" : "C";
    }

    /** True when a cycle lacks its second half (the record ends first). */
    public static boolean partial(Cycle cycle) {
        return cycle.second() == null;
    }

    /** Charge and discharge capacity (left axis) and CE (right axis) against the cycle number. */
    public static List<ChartSeries> capacityAndCe(CyclingAnalysis analysis) {
        List<Cycle> cycles = analysis.cycles();
        int n = cycles.size();
        double[] number = new double[n];
        double[] charge = new double[n];
        double[] discharge = new double[n];
        double[] ce = new double[n];
        for (int i = 0; i < n; i++) {
            Cycle c = cycles.get(i);
            number[i] = c.n();
            charge[i] = c.chargeHalf() == null ? Double.NaN : capacity(analysis, c.charge());
            discharge[i] = c.dischargeHalf() == null ? Double.NaN : capacity(analysis, c.discharge());
            ce[i] = c.coulombicEfficiency();
        }
        String unit = capacityUnit(analysis);
        return List.of(ChartSeries.of("charge", "cycle", number, "1", "Q", charge, unit).withStyle(SeriesStyle.lineAndPoints()),
                ChartSeries.of("discharge", "cycle", number, "1", "Q", discharge, unit).withStyle(SeriesStyle.lineAndPoints()),
                ChartSeries.of("CE", "cycle", number, "1", "CE", ce, "1").onAxis(ChartAxis.Y_RIGHT)
                        .withStyle(SeriesStyle.points()));
    }

    /** "partial" labels at the cycles that lack a half, on the capacity chart. */
    public static List<ChartMarker> partialMarkers(CyclingAnalysis analysis) {
        List<ChartMarker> markers = new ArrayList<>();
        for (Cycle c : analysis.cycles()) {
            if (partial(c)) {
                markers.add(ChartMarker.text(c.n(), "1", capacity(analysis, c.first().charge()), capacityUnit(analysis), "partial"));
            }
        }
        return markers;
    }

    /** V(Q) of the chosen cycles (numbers from 1): one series per cycle, charge and discharge joined by a gap. */
    public static List<ChartSeries> voltageCapacity(CyclingAnalysis analysis, List<Integer> chosen) {
        List<ChartSeries> series = new ArrayList<>();
        List<Cycle> cycles = analysis.cycles();
        int index = 0;
        for (int n : chosen) {
            if (n < 1 || n > cycles.size()) {
                continue;
            }
            Cycle c = cycles.get(n - 1);
            List<double[][]> parts = new ArrayList<>();
            for (HalfCycle half : halves(c)) {
                double[][] curve = analysis.capacityCurve(half);
                double[] q = curve[0].clone();
                for (int k = 0; k < q.length; k++) {
                    q[k] = capacity(analysis, q[k]);
                }
                parts.add(new double[][] { q, curve[1] });
            }
            double[][] joined = join(parts);
            series.add(ChartSeries.of(label(c), "Q", joined[0], capacityUnit(analysis), "E", joined[1], "V")
                    .withStyle(SeriesStyle.line().withColor(SeriesStyle.cycleColor(index++, chosen.size()))));
        }
        return series;
    }

    /** dQ/dV (mAh/V) against the smoothed voltage of the chosen cycles: one series per cycle. */
    public static List<ChartSeries> differentialCapacity(CyclingAnalysis analysis, List<Integer> chosen) {
        List<DifferentialCapacity> all = analysis.differentialCapacity();
        List<ChartSeries> series = new ArrayList<>();
        List<Cycle> cycles = analysis.cycles();
        int index = 0;
        for (int n : chosen) {
            if (n < 1 || n > cycles.size()) {
                continue;
            }
            Cycle c = cycles.get(n - 1);
            List<double[][]> parts = new ArrayList<>();
            for (HalfCycle half : halves(c)) {
                for (DifferentialCapacity d : all) {
                    if (d.halfCycle() == half.index()) {
                        double[] mahPerVolt = d.dqdv().clone();
                        for (int k = 0; k < mahPerVolt.length; k++) {
                            mahPerVolt[k] /= 3.6; // C/V -> mAh/V
                        }
                        parts.add(new double[][] { d.voltage(), mahPerVolt });
                    }
                }
            }
            double[][] joined = join(parts);
            series.add(ChartSeries.of(label(c), "E", joined[0], "V", "dQ/dV", joined[1], "mAh/V")
                    .withStyle(SeriesStyle.line().withColor(SeriesStyle.cycleColor(index++, chosen.size()))));
        }
        return series;
    }

    private static String label(Cycle c) {
        return "cycle " + c.n() + (partial(c) ? " (partial)" : "");
    }

    private static List<HalfCycle> halves(Cycle c) {
        List<HalfCycle> list = new ArrayList<>();
        list.add(c.first());
        if (c.second() != null) {
            list.add(c.second());
        }
        return list;
    }

    /** Arrays joined with one NaN point between them (a gap in the line). */
    private static double[][] join(List<double[][]> parts) {
        int size = Math.max(0, parts.size() - 1);
        for (double[][] p : parts) {
            size += p[0].length;
        }
        double[] x = new double[size];
        double[] y = new double[size];
        int at = 0;
        for (int i = 0; i < parts.size(); i++) {
            if (i > 0) {
                x[at] = Double.NaN;
                y[at] = Double.NaN;
                at++;
            }
            System.arraycopy(parts.get(i)[0], 0, x, at, parts.get(i)[0].length);
            System.arraycopy(parts.get(i)[1], 0, y, at, parts.get(i)[1].length);
            at += parts.get(i)[0].length;
        }
        return new double[][] { x, y };
    }

    /** Up to {@code most} cycle numbers spread evenly over the record, first and last included. */
    public static List<Integer> spread(int cycles, int most) {
        List<Integer> chosen = new ArrayList<>();
        if (cycles <= most) {
            for (int n = 1; n <= cycles; n++) {
                chosen.add(n);
            }
            return chosen;
        }
        for (int i = 0; i < most; i++) {
            int n = 1 + (int) Math.round(i * (cycles - 1) / (double) (most - 1));
            if (chosen.isEmpty() || chosen.get(chosen.size() - 1) != n) {
                chosen.add(n);
            }
        }
        return chosen;
    }
}
