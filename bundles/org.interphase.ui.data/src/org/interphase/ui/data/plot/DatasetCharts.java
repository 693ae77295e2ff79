/*
 * Copyright (c) 2026 the Interphase contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.interphase.ui.data.plot;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.interphase.data.Column;
import org.interphase.data.Dataset;
import org.interphase.data.QuantityKind;
import org.interphase.data.Technique;
import org.interphase.ui.charts.ChartAxis;
import org.interphase.ui.charts.ChartKind;
import org.interphase.ui.charts.ChartSeries;
import org.interphase.ui.charts.SeriesStyle;

/**
 * Which charts a dataset gets by default, from its technique, and their series from its columns (read where they
 * lie: columns of the on-disk store are not copied): EIS -> Nyquist and Bode; cycling -> V(t) with I(t) (V(Q) and
 * capacity/CE come from the cycling analysis); LSV/CV -> I(V); other techniques with time and potential -> V(t).
 * A dataset without the columns a chart needs gets a one-line note of what is missing.
 */
public final class DatasetCharts {

    /** Rows at most of the charts whose series are computed (not read from the columns where they lie). */
    static final int MAX_COMPUTED_ROWS = 2_000_000;

    private DatasetCharts() {
    }

    /** One chart to draw: its kind and series, or why it cannot be drawn. */
    public record Planned(ChartKind kind, List<ChartSeries> series, String missing) {

        public boolean drawable() {
            return missing == null;
        }
    }

    /** The chart kind that stands for a technique (Compare draws one chart of it). */
    public static ChartKind kindFor(Technique technique) {
        return switch (technique) {
        case EIS -> ChartKind.NYQUIST;
        case LINEAR_SWEEP_VOLTAMMETRY, CYCLIC_VOLTAMMETRY -> ChartKind.IV;
        default -> ChartKind.VOLTAGE_CURRENT_TIME;
        };
    }

    /**
     * For a dataset whose technique the importer could not tell: Nyquist when it has impedance columns, I(V) when it
     * has potential and current but no time, else V(t).
     */
    static ChartKind kindFromColumns(Dataset dataset) {
        if (dataset.column(QuantityKind.IMPEDANCE_REAL).isPresent() && dataset.column(QuantityKind.IMPEDANCE_IMAGINARY).isPresent()) {
            return ChartKind.NYQUIST;
        }
        if (dataset.column(QuantityKind.TIME).isEmpty() && dataset.column(QuantityKind.POTENTIAL).isPresent()
                && (dataset.column(QuantityKind.CURRENT).isPresent() || dataset.column(QuantityKind.CURRENT_DENSITY).isPresent())) {
            return ChartKind.IV;
        }
        return ChartKind.VOLTAGE_CURRENT_TIME;
    }

    /** The default charts of a dataset, named after {@code name} in the legends (the V(Q) and capacity charts of cycling records come from the analysis). */
    public static List<Planned> defaults(String name, Dataset dataset) {
        List<Planned> charts = new ArrayList<>();
        switch (dataset.technique()) {
        case EIS -> {
            charts.add(plan(ChartKind.NYQUIST, name, dataset));
            charts.add(plan(ChartKind.BODE, name, dataset));
        }
        case UNKNOWN, MIXED -> charts.add(plan(kindFromColumns(dataset), name, dataset));
        default -> charts.add(plan(kindFor(dataset.technique()), name, dataset));
        }
        return charts;
    }

    /** The series of one chart kind for a dataset (Compare: one dataset per series group, named after the file). */
    public static Planned plan(ChartKind kind, String name, Dataset dataset) {
        try {
            return new Planned(kind, series(kind, name, dataset, false), null);
        } catch (IllegalArgumentException e) {
            return new Planned(kind, List.of(), e.getMessage());
        }
    }

    /**
     * The series of a dataset in a chart of this kind.
     *
     * @param overlay several datasets in one chart: one series per dataset (V(t) without I(t))
     * @throws IllegalArgumentException naming the columns the dataset lacks
     */
    public static List<ChartSeries> series(ChartKind kind, String name, Dataset dataset, boolean overlay) {
        return switch (kind) {
        case NYQUIST -> {
            need(kind, dataset, QuantityKind.IMPEDANCE_REAL, QuantityKind.IMPEDANCE_IMAGINARY);
            yield List.of(ChartSeries.nyquist(name, dataset).withStyle(SeriesStyle.lineAndPoints()));
        }
        case BODE -> {
            need(kind, dataset, QuantityKind.FREQUENCY, QuantityKind.IMPEDANCE_REAL, QuantityKind.IMPEDANCE_IMAGINARY);
            if (dataset.rows() > MAX_COMPUTED_ROWS) {
                // |Z| and phase are computed into arrays in the UI thread: bounded, as no spectrum is this long
                throw new IllegalArgumentException(String.format(Locale.ROOT, "%s computes |Z| and phase in memory; the dataset has %,d rows "
                        + "(at most %,d)", title(kind), dataset.rows(), MAX_COMPUTED_ROWS));
            }
            yield ChartSeries.bode(name, dataset);
        }
        case VOLTAGE_CURRENT_TIME -> {
            need(kind, dataset, QuantityKind.TIME, QuantityKind.POTENTIAL);
            Column t = dataset.column(QuantityKind.TIME).get();
            Column v = dataset.column(QuantityKind.POTENTIAL).get();
            List<ChartSeries> list = new ArrayList<>();
            list.add(ChartSeries.of(overlay ? name : name + " " + v.name(), t, v));
            Optional<Column> i = dataset.column(QuantityKind.CURRENT);
            if (!overlay && i.isPresent()) {
                list.add(ChartSeries.of(name + " " + i.get().name(), t, i.get()).onAxis(ChartAxis.Y_RIGHT).withStyle(SeriesStyle.line().withDashes()));
            }
            yield list;
        }
        case IV -> {
            Column e = dataset.column(QuantityKind.POTENTIAL).orElse(null);
            Column j = dataset.column(QuantityKind.CURRENT_DENSITY).or(() -> dataset.column(QuantityKind.CURRENT)).orElse(null);
            if (e == null || j == null) {
                throw new IllegalArgumentException(missing(kind, e == null ? "potential" : null, j == null ? "current or current_density" : null));
            }
            yield List.of(ChartSeries.of(name, e, j));
        }
        default -> throw new IllegalArgumentException(title(kind) + " is not a default chart of a dataset");
        };
    }

    private static void need(ChartKind kind, Dataset dataset, QuantityKind... kinds) {
        List<String> missing = new ArrayList<>();
        for (QuantityKind k : kinds) {
            if (dataset.column(k).isEmpty()) {
                missing.add(k.name().toLowerCase(Locale.ROOT));
            }
        }
        if (!missing.isEmpty()) {
            throw new IllegalArgumentException(missing(kind, missing.toArray(String[]::new)));
        }
    }

    private static String missing(ChartKind kind, String... what) {
        List<String> list = new ArrayList<>();
        for (String w : what) {
            if (w != null) {
                list.add(w);
            }
        }
        return title(kind) + " needs " + (list.size() == 1 ? "a column of kind " + list.get(0) + "; the dataset has none"
                : "columns of kinds " + String.join(" and ", list) + "; the dataset lacks them");
    }

    /** A short title of a chart kind for people. */
    public static String title(ChartKind kind) {
        return switch (kind) {
        case NYQUIST -> "Nyquist plot";
        case BODE -> "Bode plot";
        case VOLTAGE_CURRENT_TIME -> "V(t)";
        case VOLTAGE_CAPACITY -> "V(Q)";
        case CAPACITY_CE_CYCLE -> "Capacity and CE per cycle";
        case DQDV -> "dQ/dV";
        case IV -> "I(V)";
        case DRT -> "DRT";
        case RESIDUALS -> "Residuals";
        case THICKNESS_TIME -> "L(t)";
        case XY -> "Columns";
        };
    }
}
