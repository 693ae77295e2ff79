/*
 * Copyright (c) 2026 the Interphase contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.interphase.ui.charts;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.interphase.data.Column;
import org.interphase.data.Dataset;
import org.interphase.data.Datasets;
import org.interphase.data.QuantityKind;

/**
 * A named series of a chart: x and y values with their units, read from columns of a dataset (in memory or in the
 * on-disk store: the chart decimates from them and never copies them) or from arrays. Values are given as the dataset
 * stores them (SI, Im Z signed); the chart converts them to the display units and applies its kind's conventions.
 * Immutable: the {@code with...}/{@code on...} methods return changed copies.
 *
 * <pre>
 * ChartSeries bare = ChartSeries.of("bare", dataset.column(QuantityKind.TIME).get(), dataset.column(QuantityKind.POTENTIAL).get());
 * ChartSeries fit = ChartSeries.of("fit", re, "Ohm", im, "Ohm").withStyle(SeriesStyle.line().withDashes());
 * ChartSeries current = ChartSeries.of("I", t, "s", i, "A").onAxis(ChartAxis.Y_RIGHT);
 * </pre>
 */
public final class ChartSeries {

    /** A further column shown in the cursor readout (e.g. the frequency of a Nyquist point), row by row with x and y. */
    public record Extra(String label, Column column) {
    }

    private final String name;
    private final Column x;
    private final Column y;
    private final ChartAxis axis;
    private final SeriesStyle style;
    private final List<Extra> extras;
    private final boolean inLegend;

    private ChartSeries(String name, Column x, Column y, ChartAxis axis, SeriesStyle style, List<Extra> extras,
            boolean inLegend) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a series needs a name");
        }
        if (x.size() != y.size()) {
            throw new IllegalArgumentException("series '" + name + "': x has " + x.size() + " values, y has " + y.size());
        }
        if (axis == ChartAxis.X) {
            throw new IllegalArgumentException("series '" + name + "': a series goes on a y axis");
        }
        this.name = name;
        this.x = x;
        this.y = y;
        this.axis = axis;
        this.style = style;
        this.extras = List.copyOf(extras);
        this.inLegend = inLegend;
    }

    /** A series of two dataset columns (units and names from the columns). */
    public static ChartSeries of(String name, Column x, Column y) {
        return new ChartSeries(name, x, y, ChartAxis.Y_LEFT, null, List.of(), true);
    }

    /** A series of two arrays in the given units (any unit of {@code org.interphase.model.units.Units}, or any text). */
    public static ChartSeries of(String name, double[] x, String xUnit, double[] y, String yUnit) {
        return of(name, Datasets.column("x", xUnit, QuantityKind.OTHER, x), Datasets.column("y", yUnit, QuantityKind.OTHER, y));
    }

    /** A series of two arrays with the quantities' names (used for axis titles of {@link ChartKind#XY}). */
    public static ChartSeries of(String name, String xName, double[] x, String xUnit, String yName, double[] y, String yUnit) {
        return of(name, Datasets.column(xName, xUnit, QuantityKind.OTHER, x), Datasets.column(yName, yUnit, QuantityKind.OTHER, y));
    }

    /**
     * The Nyquist series of an impedance spectrum (Re Z against Im Z as stored; the chart draws -Im Z) with the
     * frequency in the readout. Arrays in Hz and Ohm.
     */
    public static ChartSeries nyquist(String name, double[] frequency, double[] re, double[] im) {
        return of(name, Datasets.column("Re Z", "Ohm", QuantityKind.IMPEDANCE_REAL, re),
                Datasets.column("Im Z", "Ohm", QuantityKind.IMPEDANCE_IMAGINARY, im))
                .withExtra("f", Datasets.column("f", "Hz", QuantityKind.FREQUENCY, frequency));
    }

    /**
     * The Nyquist series of an EIS dataset (columns of kinds IMPEDANCE_REAL, IMPEDANCE_IMAGINARY and, for the readout,
     * FREQUENCY); throws IllegalArgumentException naming the missing columns.
     */
    public static ChartSeries nyquist(String name, Dataset dataset) {
        Column re = require(dataset, QuantityKind.IMPEDANCE_REAL, QuantityKind.IMPEDANCE_IMAGINARY);
        Column im = dataset.column(QuantityKind.IMPEDANCE_IMAGINARY).get();
        ChartSeries series = of(name, re, im);
        Optional<Column> f = dataset.column(QuantityKind.FREQUENCY);
        return f.isPresent() ? series.withExtra("f", f.get()) : series;
    }

    /**
     * The two Bode series of a spectrum: "NAME |Z|" on the left axis and "NAME phase" on the right (drawn as -phase),
     * computed from Re Z and Im Z (Hz, Ohm).
     */
    public static List<ChartSeries> bode(String name, double[] frequency, double[] re, double[] im) {
        double[] modulus = new double[re.length];
        double[] phase = new double[re.length];
        for (int i = 0; i < re.length; i++) {
            modulus[i] = Math.hypot(re[i], im[i]);
            phase[i] = Math.atan2(im[i], re[i]);
        }
        Column f = Datasets.column("f", "Hz", QuantityKind.FREQUENCY, frequency);
        return List.of(of(name + " |Z|", f, Datasets.column("|Z|", "Ohm", QuantityKind.IMPEDANCE_MODULUS, modulus)),
                of(name + " phase", f, Datasets.column("phase", "rad", QuantityKind.IMPEDANCE_PHASE, phase))
                        .onAxis(ChartAxis.Y_RIGHT).withStyle(SeriesStyle.line().withDashes()));
    }

    /** The two Bode series of an EIS dataset (see {@link #bode(String, double[], double[], double[])}). */
    public static List<ChartSeries> bode(String name, Dataset dataset) {
        Column f = require(dataset, QuantityKind.FREQUENCY, QuantityKind.IMPEDANCE_REAL, QuantityKind.IMPEDANCE_IMAGINARY);
        return bode(name, f.toArray(), dataset.column(QuantityKind.IMPEDANCE_REAL).get().toArray(),
                dataset.column(QuantityKind.IMPEDANCE_IMAGINARY).get().toArray());
    }

    private static Column require(Dataset dataset, QuantityKind... kinds) {
        List<String> missing = new ArrayList<>();
        for (QuantityKind kind : kinds) {
            if (dataset.column(kind).isEmpty()) {
                missing.add(kind.name().toLowerCase(java.util.Locale.ROOT));
            }
        }
        if (!missing.isEmpty()) {
            throw new IllegalArgumentException("the dataset has no column of kind " + String.join(", ", missing));
        }
        return dataset.column(kinds[0]).get();
    }

    /** This series on another y axis. */
    public ChartSeries onAxis(ChartAxis yAxis) {
        return new ChartSeries(name, x, y, yAxis, style, extras, inLegend);
    }

    /** This series drawn in another style. */
    public ChartSeries withStyle(SeriesStyle seriesStyle) {
        return new ChartSeries(name, x, y, axis, seriesStyle, extras, inLegend);
    }

    /** This series with one more column in the cursor readout (same number of rows). */
    public ChartSeries withExtra(String label, Column column) {
        if (column.size() != x.size()) {
            throw new IllegalArgumentException("series '" + name + "': readout column " + label + " has " + column.size()
                    + " values, the series " + x.size());
        }
        List<Extra> more = new ArrayList<>(extras);
        more.add(new Extra(label, column));
        return new ChartSeries(name, x, y, axis, style, more, inLegend);
    }

    /** This series with or without an entry in the legend (e.g. the 2nd..nth cycle of a group). */
    public ChartSeries inLegend(boolean shown) {
        return new ChartSeries(name, x, y, axis, style, extras, shown);
    }

    /** This series renamed. */
    public ChartSeries named(String newName) {
        return new ChartSeries(newName, x, y, axis, style, extras, inLegend);
    }

    public String name() {
        return name;
    }

    public Column x() {
        return x;
    }

    public Column y() {
        return y;
    }

    public ChartAxis axis() {
        return axis;
    }

    /** The style, or null for the default (a line in the palette's colour). */
    public SeriesStyle style() {
        return style;
    }

    public List<Extra> extras() {
        return extras;
    }

    public boolean isInLegend() {
        return inLegend;
    }

    @Override
    public String toString() {
        return "series '" + name + "' (" + x.size() + " points)";
    }
}
