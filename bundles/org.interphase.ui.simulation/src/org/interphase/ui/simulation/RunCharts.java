/*
 * Copyright (c) 2026 the Interphase contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.interphase.ui.simulation;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.swt.graphics.RGB;
import org.interphase.solver.cycling.analytics.AnalysisException;
import org.interphase.solver.cycling.analytics.CyclingAnalysis;
import org.interphase.ui.charts.ChartAxis;
import org.interphase.ui.charts.ChartKind;
import org.interphase.ui.charts.ChartMarker;
import org.interphase.ui.charts.ChartSeries;
import org.interphase.ui.charts.SeriesStyle;
import org.interphase.ui.data.cycling.CyclingCharts;

/**
 * The plots of a solver's result, from its {@link RunData} (SI values; the charts convert to the display units):
 * <ul>
 * <li>{@code symmetric}: V(t) with the overpotential envelope (+ and -) and the time to failure marked;</li>
 * <li>{@code fullcell}: V(Q) of chosen cycles (one curve per cycle, charge and discharge) and capacity and CE against
 * the cycle;</li>
 * <li>{@code lsv}: I(V) with the oxidation stability limit marked at the solver's current threshold;</li>
 * <li>{@code mci}: interphase thickness L(t) at each electrode;</li>
 * <li>{@code spectrum}: the Nyquist plot with the apparent conductivity at the resistive total.</li>
 * </ul>
 * The building blocks take a label and a colour so that several runs overlay in one chart (the paper's figures).
 */
public final class RunCharts {

    /** Colour of the failure-time marker (tests find its pixel column). */
    public static final RGB FAILURE_COLOR = new RGB(200, 0, 0);
    /** Colour of the model's stability-limit marker. */
    public static final RGB LIMIT_COLOR = new RGB(200, 0, 0);
    /** Colour of measured data drawn over a simulation. */
    public static final RGB MEASURED_COLOR = new RGB(60, 60, 60);

    /** Chart ids. */
    public static final String VOLTAGE_TIME = "V(t)";
    public static final String VOLTAGE_CAPACITY = "V(Q)";
    public static final String CAPACITY_CE = "capacity and CE";
    public static final String CURRENT_VOLTAGE = "I(V)";
    public static final String THICKNESS = "L(t)";
    public static final String NYQUIST = "Nyquist";

    /** The most V(Q) curves drawn by default (spread over the run, first and last included). */
    public static final int DEFAULT_CYCLES = 6;

    private RunCharts() {
    }

    /**
     * One chart to draw.
     *
     * @param id what it shows (one of the ids above)
     * @param title the title drawn above it
     * @param kind the chart kind
     * @param series the series
     * @param markers the markers
     * @param cycles the cycles drawn (V(Q) only, else empty)
     * @param note what the chart lacks or how to read it, "" when nothing
     */
    public record Figure(String id, String title, ChartKind kind, List<ChartSeries> series, List<ChartMarker> markers, List<Integer> cycles,
            String note) {
    }

    /** The charts of a run (none for a solver without plots or a run without series). */
    public static List<Figure> figures(RunData run) {
        List<Figure> figures = new ArrayList<>();
        String solver = run.solverId() == null ? "" : run.solverId();
        switch (solver) {
        case "symmetric" -> {
            List<ChartSeries> series = voltageTime(run, "", null);
            if (!series.isEmpty()) {
                List<ChartMarker> markers = new ArrayList<>();
                failureMarker(run, "").ifPresent(markers::add);
                figures.add(new Figure(VOLTAGE_TIME, "V(t) and overpotential envelope", ChartKind.VOLTAGE_CURRENT_TIME, series, markers,
                        List.of(), markers.isEmpty() ? "no failure within the simulated time" : ""));
            }
        }
        case "fullcell" -> {
            double[] cycle = run.column("cycles", "cycle");
            int count = cycle == null ? 0 : cycle.length;
            if (count > 0) {
                List<Integer> chosen = CyclingCharts.spread(count, DEFAULT_CYCLES);
                figures.add(voltageCapacityFigure(run, chosen));
                figures.add(new Figure(CAPACITY_CE, "Capacity and CE per cycle", ChartKind.CAPACITY_CE_CYCLE,
                        capacityAndCe(run, "", null), List.of(), List.of(), ""));
            }
        }
        case "lsv" -> {
            List<ChartSeries> series = currentVoltage(run, "model", null);
            if (!series.isEmpty()) {
                List<ChartMarker> markers = new ArrayList<>();
                limitMarker(run, "model").ifPresent(markers::add);
                figures.add(new Figure(CURRENT_VOLTAGE, "I(V) of the sweep", ChartKind.IV, series, markers, List.of(),
                        ""));
            }
        }
        case "mci" -> {
            List<ChartSeries> series = thickness(run, "");
            if (!series.isEmpty()) {
                figures.add(new Figure(THICKNESS, "Interphase growth", ChartKind.THICKNESS_TIME, series, List.of(), List.of(), ""));
            }
        }
        case "spectrum" -> {
            List<ChartSeries> series = nyquist(run, "model", null);
            if (!series.isEmpty()) {
                List<ChartMarker> markers = new ArrayList<>();
                conductivityMarker(run, "model", null).ifPresent(markers::add);
                figures.add(new Figure(NYQUIST, "Predicted spectrum", ChartKind.NYQUIST, series, markers, List.of(), ""));
            }
        }
        default -> {
            // a solver without plots: its tables only
        }
        }
        return figures;
    }

    /** The V(Q) figure of a full-cell run for the chosen cycles (numbers from 1). */
    public static Figure voltageCapacityFigure(RunData run, List<Integer> chosen) {
        try {
            List<ChartSeries> series = voltageCapacity(run, chosen, "");
            return new Figure(VOLTAGE_CAPACITY, "V(Q), cycles " + join(chosen), ChartKind.VOLTAGE_CAPACITY, series,
                    List.of(), chosen, "");
        } catch (AnalysisException e) {
            return new Figure(VOLTAGE_CAPACITY, "V(Q)", ChartKind.VOLTAGE_CAPACITY, List.of(), List.of(), chosen,
                    "V(Q) cannot be drawn: " + e.getMessage());
        }
    }

    /** V(t) of a symmetric run and its envelope (+ and -); empty when the run has no series. */
    public static List<ChartSeries> voltageTime(RunData run, String label, RGB color) {
        double[] t = run.column(RunData.SERIES, "t");
        double[] v = run.column(RunData.SERIES, "V");
        if (t == null || v == null) {
            return List.of();
        }
        List<ChartSeries> series = new ArrayList<>();
        SeriesStyle line = SeriesStyle.line().withLineWidth(1);
        series.add(ChartSeries.of(prefix(label) + "V", "t", t, "s", "E", v, "V").withStyle(color == null ? line : line.withColor(color)));
        double[] et = run.column("overpotential envelope", "end of half cycle");
        double[] ev = run.column("overpotential envelope", "largest |V|");
        if (et != null && ev != null) {
            double[] negative = new double[ev.length];
            for (int k = 0; k < ev.length; k++) {
                negative[k] = -ev[k];
            }
            SeriesStyle envelope = SeriesStyle.line().withLineWidth(2).withDashes();
            envelope = color == null ? envelope.withColor(new RGB(213, 94, 0)) : envelope.withColor(darker(color));
            series.add(ChartSeries.of(prefix(label) + "envelope", "t", et, "s", "E", ev, "V").withStyle(envelope));
            series.add(ChartSeries.of(prefix(label) + "envelope (-)", "t", et, "s", "E", negative, "V").withStyle(envelope).inLegend(false));
        }
        return series;
    }

    /** The time to failure of a symmetric run as a vertical line, when the run failed. */
    public static java.util.Optional<ChartMarker> failureMarker(RunData run, String label) {
        double failure = run.scalar("time to failure");
        if (!Double.isFinite(failure)) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(ChartMarker.vertical(failure, "s", prefix(label) + "fails at " + format(failure / 3600) + " h (model)")
                .withColor(FAILURE_COLOR));
    }

    /** V(Q) of the chosen cycles of a full-cell run: one series per cycle, named "[label ]cycle N". */
    public static List<ChartSeries> voltageCapacity(RunData run, List<Integer> chosen, String label) throws AnalysisException {
        double[] t = run.column(RunData.SERIES, "t");
        double[] v = run.column(RunData.SERIES, "V");
        double[] i = run.column(RunData.SERIES, "I");
        double[] cycle = run.column(RunData.SERIES, "cycle");
        double mass = run.scalar("active mass");
        if (t == null || v == null || i == null) {
            throw new AnalysisException("the run has no series of t, V and I");
        }
        CyclingAnalysis.Options options = CyclingAnalysis.Options.defaults();
        if (mass > 0) {
            options = options.withActiveMass(mass);
        }
        CyclingAnalysis analysis = CyclingAnalysis.of(t, v, i, cycle, options);
        List<ChartSeries> series = new ArrayList<>();
        for (ChartSeries s : CyclingCharts.voltageCapacity(analysis, chosen)) {
            series.add(s.named(prefix(label) + s.name()));
        }
        return series;
    }

    /** Specific charge and discharge capacity (left) and CE (right) per cycle from the run's per-cycle table. */
    public static List<ChartSeries> capacityAndCe(RunData run, String label, RGB color) {
        double[] n = run.column("cycles", "cycle");
        double[] charge = run.column("cycles", "specific charge");
        double[] discharge = run.column("cycles", "specific discharge");
        double[] ce = run.column("cycles", "CE");
        if (n == null || discharge == null) {
            return List.of();
        }
        List<ChartSeries> series = new ArrayList<>();
        SeriesStyle points = SeriesStyle.lineAndPoints();
        if (charge != null) {
            series.add(ChartSeries.of(prefix(label) + "charge", "cycle", n, "1", "Q", charge, "C/kg")
                    .withStyle(color == null ? points : points.withColor(lighter(color))));
        }
        series.add(ChartSeries.of(prefix(label) + "discharge", "cycle", n, "1", "Q", discharge, "C/kg")
                .withStyle(color == null ? points : points.withColor(color)));
        if (ce != null) {
            series.add(ChartSeries.of(prefix(label) + "CE", "cycle", n, "1", "CE", ce, "1").onAxis(ChartAxis.Y_RIGHT)
                    .withStyle(SeriesStyle.points().withColor(color == null ? new RGB(0, 158, 115) : darker(color))));
        }
        return series;
    }

    /** Current density against potential of an LSV run. */
    public static List<ChartSeries> currentVoltage(RunData run, String label, RGB color) {
        double[] e = run.column(RunData.SERIES, "E");
        double[] i = run.column(RunData.SERIES, "i");
        if (e == null || i == null) {
            return List.of();
        }
        SeriesStyle line = SeriesStyle.line();
        return List.of(ChartSeries.of(label, "E", e, "V", "j", i, "A/m2").withStyle(color == null ? line : line.withColor(color)));
    }

    /** The oxidation stability limit of an LSV run at its threshold, as a vertical line. */
    public static java.util.Optional<ChartMarker> limitMarker(RunData run, String label) {
        double limit = run.scalar("oxidation stability limit");
        if (!Double.isFinite(limit)) {
            return java.util.Optional.empty();
        }
        double threshold = run.scalar("current threshold");
        String at = Double.isFinite(threshold) ? " at " + format(threshold * 100) + " µA/cm²" : "";
        return java.util.Optional.of(ChartMarker.vertical(limit, "V", label + " limit " + format(limit) + " V" + at).withColor(LIMIT_COLOR));
    }

    /** Interphase thickness against time at each side of an MCI run. */
    public static List<ChartSeries> thickness(RunData run, String label) {
        double[] t = run.column(RunData.SERIES, "t");
        if (t == null) {
            return List.of();
        }
        List<ChartSeries> series = new ArrayList<>();
        for (org.interphase.solver.SolverResult.Series s : run.columnsStartingWith(RunData.SERIES, "L (")) {
            series.add(ChartSeries.of(prefix(label) + s.name(), "t", t, "s", "L", s.values(), s.unit().isEmpty() ? "m" : s.unit()));
        }
        return series;
    }

    /** The Nyquist series of a spectrum run. */
    public static List<ChartSeries> nyquist(RunData run, String label, RGB color) {
        double[] f = run.column(RunData.SERIES, "f");
        double[] re = run.column(RunData.SERIES, "Re Z");
        double[] im = run.column(RunData.SERIES, "Im Z");
        if (f == null || re == null || im == null) {
            return List.of();
        }
        SeriesStyle line = SeriesStyle.line();
        return List.of(ChartSeries.nyquist(label, f, re, im).withStyle(color == null ? line : line.withColor(color)));
    }

    /** The apparent conductivity L/(R A) of a spectrum run at its resistive total (a vertical line on the Re Z axis). */
    public static java.util.Optional<ChartMarker> conductivityMarker(RunData run, String label, RGB color) {
        double r = run.scalar("total resistance");
        double sigma = run.scalar("apparent conductivity");
        if (!Double.isFinite(r) || !Double.isFinite(sigma)) {
            return java.util.Optional.empty();
        }
        ChartMarker marker = ChartMarker.vertical(r, "Ohm", label + " σ = " + scientific(sigma / 100) + " S/cm");
        return java.util.Optional.of(color == null ? marker : marker.withColor(color));
    }

    private static String prefix(String label) {
        return label == null || label.isEmpty() ? "" : label + " ";
    }

    /** Three significant digits for labels. */
    public static String format(double value) {
        if (!Double.isFinite(value)) {
            return "none";
        }
        String text = String.format(Locale.ROOT, "%.3g", value);
        if (text.contains("e")) {
            return scientific(value);
        }
        return text.contains(".") ? text.replaceAll("0+$", "").replaceAll("\\.$", "") : text;
    }

    /** Scientific notation with three significant digits as people write it: 1.80e-5. */
    public static String scientific(double value) {
        if (!Double.isFinite(value)) {
            return "none";
        }
        String text = String.format(Locale.ROOT, "%.2e", value);
        return text.replaceAll("e([+-])0*(\\d)", "e$1$2").replace("e+", "e");
    }

    private static String join(List<Integer> cycles) {
        return String.join(", ", cycles.stream().map(String::valueOf).toList());
    }

    private static RGB darker(RGB c) {
        return new RGB(c.red * 2 / 3, c.green * 2 / 3, c.blue * 2 / 3);
    }

    private static RGB lighter(RGB c) {
        return new RGB(c.red + (255 - c.red) / 2, c.green + (255 - c.green) / 2, c.blue + (255 - c.blue) / 2);
    }
}
