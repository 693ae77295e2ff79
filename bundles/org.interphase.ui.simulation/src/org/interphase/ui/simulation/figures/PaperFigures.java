/*
 * Copyright (c) 2026 the Interphase contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.interphase.ui.simulation.figures;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

import org.eclipse.swt.graphics.RGB;
import org.interphase.solver.cycling.analytics.AnalysisException;
import org.interphase.ui.charts.ChartAxis;
import org.interphase.ui.charts.ChartKind;
import org.interphase.ui.charts.ChartMarker;
import org.interphase.ui.charts.ChartSeries;
import org.interphase.ui.charts.SeriesStyle;
import org.interphase.ui.data.cycling.CyclingCharts;
import org.interphase.ui.simulation.RunCharts;
import org.interphase.ui.simulation.RunCharts.Figure;
import org.interphase.ui.simulation.RunData;
import org.interphase.ui.simulation.figures.ReproduceJob.Outcome;
import org.interphase.ui.simulation.figures.ReproduceJob.Reproduction;

/**
 * The figures of a paper from a reproduction: (a) the Nyquist plots of the EIS experiments with the apparent
 * conductivities, (b) V(t) of the stripping/plating experiments with the failure times, (c) the LSV sweeps with the
 * stability limits, (d) V(Q) of the full cell's reported cycles and its capacity and CE per cycle. Every number of the
 * paper comes from the reported-values file (labelled "paper"), every other from the model's run (labelled "model",
 * and "calibrated" when the run used settings calibrated against the paper).
 */
public final class PaperFigures {

    /** Colour of the paper's numbers drawn in a figure. */
    public static final RGB PAPER_COLOR = new RGB(0, 0, 0);

    /**
     * One figure of the page.
     *
     * @param letter (a), (b), ...
     * @param title what it shows
     * @param charts its charts (one, or two for the full cell)
     * @param paper what comes from the paper, for people
     * @param model what comes from the model, for people (with what is calibrated)
     */
    public record PaperFigure(String letter, String title, List<Figure> charts, String paper, String model) {

        /** Every text of the figure: the charts' marker labels and the paper and model lines. */
        public String annotations() {
            StringBuilder text = new StringBuilder();
            for (Figure f : charts) {
                for (ChartMarker m : f.markers()) {
                    text.append(m.label()).append('\n');
                }
            }
            return text.append(paper).append('\n').append(model).toString();
        }
    }

    private PaperFigures() {
    }

    /** The figures of a reproduction (a figure whose experiments are missing says so in its model line). */
    public static List<PaperFigure> of(Reproduction r) {
        List<PaperFigure> figures = new ArrayList<>();
        figures.add(impedance(r));
        figures.add(stripping(r));
        figures.add(sweep(r));
        figures.add(fullCell(r));
        return figures;
    }

    private static List<Outcome> outcomes(Reproduction r, String solverId) {
        return r.outcomes().stream().filter(o -> solverId.equals(o.solverId())).toList();
    }

    private static RGB color(int k) {
        return SeriesStyle.PALETTE[k % SeriesStyle.PALETTE.length];
    }

    private static String citation(Reproduction r) {
        return r.reported().citation().isEmpty() ? "Paper: no reported values (" + r.reportedProblem() + ")" : "Paper (" + r.reported().citation() + "): ";
    }

    private static String calibrated(List<Outcome> outcomes) {
        TreeSet<String> keys = new TreeSet<>();
        outcomes.forEach(o -> keys.addAll(o.calibrated()));
        return keys.isEmpty() ? "" : " Calibrated against the paper (agreement there is by construction): " + String.join("; ", keys) + ".";
    }

    private static String failures(List<Outcome> outcomes) {
        StringBuilder text = new StringBuilder();
        for (Outcome o : outcomes) {
            if (o.error() != null) {
                text.append(" ").append(o.experiment()).append(": the run failed: ").append(o.error()).append('.');
            }
        }
        return text.toString();
    }

    private static String calibratedWord(Outcome o) {
        return o.calibrated().isEmpty() ? "model" : "model, calibrated";
    }

    /** (a) Nyquist plots with the apparent conductivities, paper against model. */
    static PaperFigure impedance(Reproduction r) {
        List<Outcome> runs = outcomes(r, "spectrum");
        List<ChartSeries> series = new ArrayList<>();
        List<ChartMarker> markers = new ArrayList<>();
        List<String> paper = new ArrayList<>();
        List<String> model = new ArrayList<>();
        int k = 0;
        for (Outcome o : runs) {
            RGB c = color(k++);
            ReportedValues.Value reported = r.reported().find(o.experiment(), "apparent conductivity").orElse(null);
            if (reported != null) {
                paper.add(o.cell() + " " + reported.label());
            }
            if (o.data() == null) {
                continue;
            }
            series.addAll(RunCharts.nyquist(o.data(), o.cell(), c));
            double sigma = o.data().scalar("apparent conductivity") / 100;
            double total = o.data().scalar("total resistance");
            String modelText = RunCharts.scientific(sigma) + " S/cm";
            model.add(o.cell() + " " + modelText + " (R = " + RunCharts.format(total) + " Ohm)");
            if (Double.isFinite(total)) {
                markers.add(ChartMarker.vertical(total, "Ohm", o.cell() + "\nσ paper " + (reported == null ? "not reported" : reported.label())
                        + "\nσ " + calibratedWord(o) + " " + modelText).withColor(c));
            }
        }
        Figure chart = new Figure(RunCharts.NYQUIST, "Impedance of the symmetric cells", ChartKind.NYQUIST, series, markers, List.of(), "");
        return new PaperFigure("(a)", "Nyquist plots: " + cells(runs), List.of(chart), citation(r) + "apparent conductivity " + String.join("; ", paper),
                "Model: apparent conductivity L/(R A) of the predicted spectrum " + String.join("; ", model) + "." + calibrated(runs) + failures(runs));
    }

    /** (b) V(t) of the symmetric cells with the failure times. */
    static PaperFigure stripping(Reproduction r) {
        List<Outcome> runs = outcomes(r, "symmetric");
        List<ChartSeries> series = new ArrayList<>();
        List<ChartMarker> markers = new ArrayList<>();
        List<String> paper = new ArrayList<>();
        List<String> model = new ArrayList<>();
        double largest = 0;
        int k = 0;
        for (Outcome o : runs) {
            RGB c = color(k++);
            for (String q : List.of("current density", "time to failure", "duration")) {
                r.reported().find(o.experiment(), q).ifPresent(v -> paper.add(o.cell() + " " + q + " " + v.label()));
            }
            if (o.data() == null) {
                continue;
            }
            series.addAll(RunCharts.voltageTime(o.data(), o.cell(), c));
            double[] v = o.data().column(RunData.SERIES, "V");
            for (double x : v) {
                largest = Double.isFinite(x) ? Math.max(largest, Math.abs(x)) : largest;
            }
            RunCharts.failureMarker(o.data(), o.cell()).ifPresent(markers::add);
            double failure = o.data().scalar("time to failure");
            model.add(o.cell() + " at " + RunCharts.format(o.data().scalar("current density") / 10) + " mA/cm² for "
                    + RunCharts.format(o.data().scalar("simulated time") / 3600) + " h: "
                    + (Double.isFinite(failure) ? "fails at " + RunCharts.format(failure / 3600) + " h" : "no failure") + ", initial ASR "
                    + RunCharts.format(o.data().scalar("initial ASR") * 1e4) + " Ohm cm², largest |V| " + RunCharts.format(o.data().scalar("largest |V|")) + " V");
        }
        int row = 0;
        for (Outcome o : runs) {
            ReportedValues.Value failure = r.reported().find(o.experiment(), "time to failure").orElse(null);
            if (failure != null && largest > 0) {
                markers.add(ChartMarker.text(failure.si(), "s", largest * (0.9 - 0.15 * row++), "V", "◀ paper: " + o.cell() + " fails after " + failure.label())
                        .withColor(PAPER_COLOR));
            }
        }
        Figure chart = new Figure(RunCharts.VOLTAGE_TIME, "Li stripping/plating" + conditions(r, runs), ChartKind.VOLTAGE_CURRENT_TIME, series, markers,
                List.of(), "");
        return new PaperFigure("(b)", "Symmetric cells V(t): " + cells(runs), List.of(chart), citation(r) + String.join("; ", paper),
                "Model: " + String.join("; ", model) + "." + calibrated(runs) + failures(runs));
    }

    private static String conditions(Reproduction r, List<Outcome> runs) {
        for (Outcome o : runs) {
            ReportedValues.Value j = r.reported().find(o.experiment(), "current density").orElse(null);
            ReportedValues.Value d = r.reported().all(o.experiment(), "duration").stream().findFirst().orElse(null);
            if (j != null && d != null) {
                return " at " + j.label() + " over " + d.label() + " (the paper's conditions)";
            }
        }
        return "";
    }

    /** (c) LSV sweeps with the stability limits. */
    static PaperFigure sweep(Reproduction r) {
        List<Outcome> runs = outcomes(r, "lsv");
        List<ChartSeries> series = new ArrayList<>();
        List<ChartMarker> markers = new ArrayList<>();
        List<String> paper = new ArrayList<>();
        List<String> model = new ArrayList<>();
        double top = 0;
        int k = 0;
        for (Outcome o : runs) {
            RGB c = color(k++);
            if (o.data() == null) {
                continue;
            }
            series.addAll(RunCharts.currentVoltage(o.data(), o.cell(), c));
            double threshold = o.data().scalar("current threshold");
            top = Math.max(top, Double.isFinite(threshold) ? threshold * 20 : 0);
            double limit = o.data().scalar("oxidation stability limit");
            model.add(o.cell() + " limit " + RunCharts.format(limit) + " V at " + RunCharts.format(threshold * 100) + " µA/cm²");
            if (Double.isFinite(limit)) {
                markers.add(ChartMarker.vertical(limit, "V", "").withColor(c));
            }
        }
        // one label per cell at its model limit, in rows: the paper's limit and the model's
        int row = 0;
        for (Outcome o : runs) {
            ReportedValues.Value reported = r.reported().find(o.experiment(), "stability limit").orElse(null);
            if (reported != null) {
                paper.add(o.cell() + " stable to " + reported.label());
            }
            double limit = o.data() == null ? Double.NaN : o.data().scalar("oxidation stability limit");
            double at = Double.isFinite(limit) ? limit : reported == null ? Double.NaN : reported.si();
            if (top > 0 && Double.isFinite(at)) {
                markers.add(ChartMarker.text(at, "V", top * (0.95 - 0.45 * row++), "A/m2", "◀ " + o.cell() + "\n   paper " + (reported == null
                        ? "not reported" : reported.label()) + "\n   model " + RunCharts.format(limit) + " V" + (o.calibrated().isEmpty() ? "" : " (calibrated)"))
                        .withColor(PAPER_COLOR));
            }
        }
        Figure chart = new Figure(RunCharts.CURRENT_VOLTAGE, "Linear sweep voltammetry", ChartKind.IV, series, markers, List.of(), "");
        return new PaperFigure("(c)", "LSV: " + cells(runs), List.of(chart), citation(r) + String.join("; ", paper),
                "Model: " + String.join("; ", model) + "." + calibrated(runs) + failures(runs));
    }

    /** The upper end of the current axis of (c): 20 times the limit's threshold, so that the onsets show. */
    public static double sweepTop(PaperFigure sweep) {
        double top = 0;
        for (ChartMarker m : sweep.charts().get(0).markers()) {
            if (m.type() == ChartMarker.Type.TEXT) {
                top = Math.max(top, m.y() / 0.95);
            }
        }
        return top;
    }

    /** (d) V(Q) of the reported cycles and capacity/CE per cycle of the full cell(s). */
    static PaperFigure fullCell(Reproduction r) {
        List<Outcome> runs = outcomes(r, "fullcell");
        List<Figure> charts = new ArrayList<>();
        List<String> paper = new ArrayList<>();
        List<String> model = new ArrayList<>();
        for (Outcome o : runs) {
            List<ReportedValues.Value> capacity = r.reported().all(o.experiment(), "discharge capacity");
            List<ReportedValues.Value> ce = r.reported().all(o.experiment(), "coulombic efficiency");
            capacity.forEach(v -> paper.add("cycle " + v.cycle() + " discharge " + v.label()));
            ce.forEach(v -> paper.add("cycle " + v.cycle() + " CE " + v.label()));
            if (o.data() == null) {
                continue;
            }
            double[] n = o.data().column("cycles", "cycle");
            int count = n == null ? 0 : n.length;
            TreeSet<Integer> chosen = new TreeSet<>();
            capacity.forEach(v -> chosen.add(v.cycle()));
            ce.forEach(v -> chosen.add(v.cycle()));
            chosen.removeIf(c -> c < 1 || c > count);
            List<Integer> cycles = chosen.isEmpty() ? CyclingCharts.spread(count, RunCharts.DEFAULT_CYCLES) : List.copyOf(chosen);
            List<ChartMarker> vqMarkers = new ArrayList<>();
            capacity.stream().filter(v -> v.cycle() == 1).findFirst().ifPresent(
                    v -> vqMarkers.add(ChartMarker.vertical(v.si(), "C/kg", "paper: cycle 1 discharge " + v.label()).withColor(PAPER_COLOR)));
            List<ChartSeries> vq;
            String note = "";
            try {
                vq = RunCharts.voltageCapacity(o.data(), cycles, "");
            } catch (AnalysisException e) {
                vq = List.of();
                note = "V(Q) cannot be drawn: " + e.getMessage();
            }
            charts.add(new Figure(RunCharts.VOLTAGE_CAPACITY, "V(Q), cycles " + String.join(", ", cycles.stream().map(String::valueOf).toList()),
                    ChartKind.VOLTAGE_CAPACITY, vq, vqMarkers, cycles, note));
            List<ChartSeries> cap = new ArrayList<>(RunCharts.capacityAndCe(o.data(), "model", color(0)));
            List<ChartMarker> capMarkers = new ArrayList<>();
            if (!capacity.isEmpty()) {
                cap.add(ChartSeries.of("paper discharge", "cycle", capacity.stream().mapToDouble(ReportedValues.Value::cycle).toArray(), "1", "Q",
                        capacity.stream().mapToDouble(ReportedValues.Value::si).toArray(), "C/kg").withStyle(SeriesStyle.points().withColor(PAPER_COLOR)));
                ReportedValues.Value first = capacity.get(0);
                capMarkers.add(ChartMarker.horizontal(first.si(), "C/kg", "paper: cycle " + first.cycle() + " discharge " + first.label())
                        .withColor(PAPER_COLOR));
            }
            if (!ce.isEmpty()) {
                cap.add(ChartSeries.of("paper CE", "cycle", ce.stream().mapToDouble(ReportedValues.Value::cycle).toArray(), "1", "CE",
                        ce.stream().mapToDouble(ReportedValues.Value::si).toArray(), "1").onAxis(ChartAxis.Y_RIGHT)
                        .withStyle(SeriesStyle.points().withColor(new RGB(120, 120, 120))));
                StringBuilder label = new StringBuilder("paper CE");
                for (ReportedValues.Value v : ce) {
                    label.append(v == ce.get(0) ? " " : ", then ").append(v.label());
                }
                capMarkers.add(ChartMarker.horizontal(ce.get(0).si(), "1", label.toString(), ChartAxis.Y_RIGHT).withColor(new RGB(120, 120, 120)));
            }
            charts.add(new Figure(RunCharts.CAPACITY_CE, "Capacity and CE per cycle", ChartKind.CAPACITY_CE_CYCLE, cap, capMarkers, List.of(), ""));
            double first = firstValue(o.data(), "specific discharge");
            double[] ceModel = o.data().column("cycles", "CE");
            model.add(o.cell() + ": cycle 1 discharge " + RunCharts.format(first / 3600) + " mAh/g, CE " + percent(ceModel, 0)
                    + " then " + percent(ceModel, 1) + ", cycle " + count + " discharge " + RunCharts.format(lastValue(o.data(), "specific discharge") / 3600)
                    + " mAh/g" + (note.isEmpty() ? "" : "; " + note));
        }
        return new PaperFigure("(d)", "Full cell: " + cells(runs), charts, citation(r) + String.join("; ", paper),
                "Model: " + String.join("; ", model) + "." + calibrated(runs) + failures(runs));
    }

    private static double firstValue(RunData data, String column) {
        double[] values = data.column("cycles", column);
        return values == null || values.length == 0 ? Double.NaN : values[0];
    }

    private static double lastValue(RunData data, String column) {
        double[] values = data.column("cycles", column);
        return values == null || values.length == 0 ? Double.NaN : values[values.length - 1];
    }

    private static String percent(double[] values, int index) {
        return values == null || values.length <= index ? "none" : RunCharts.format(100 * values[index]) + " %";
    }

    private static String cells(List<Outcome> runs) {
        return runs.isEmpty() ? "no experiment of this kind in the model" : String.join(" against ", runs.stream().map(Outcome::cell).toList());
    }
}
