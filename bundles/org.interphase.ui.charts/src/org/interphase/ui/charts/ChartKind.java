/*
 * Copyright (c) 2026 the Interphase contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.interphase.ui.charts;

/**
 * What a chart shows, with the conventions people expect of it: the quantity on each axis, which axes are
 * logarithmic, values that are drawn negated (-Im Z), units fixed by convention (frequency in Hz, tau in s) and
 * whether both axes share one scale. Axis titles are the quantity followed by the display unit, e.g. {@code -Im Z (Ω)};
 * the unit comes from the series' columns converted to the user's display units ({@link DisplayUnits}).
 *
 * <p>
 * Series are given <b>as datasets store them</b> (SI, Im Z signed and negative for a capacitive response, phase in
 * rad): the kind negates what its convention draws negated. Which y axis a series goes on is
 * {@link ChartSeries#onAxis(ChartAxis)}; a kind without a right axis refuses series on it.
 */
public enum ChartKind {
    /** x = Re Z, y = Im Z as stored, drawn as -Im Z up; equal scale on both axes; the readout shows the frequency. */
    NYQUIST(axis("Re Z", false, false, null), axis("-Im Z", false, true, null), null, true),
    /**
     * x = f (Hz, log); left y = |Z| (log); right y = phase as stored, drawn as -phase (deg by default). Use
     * {@link ChartSeries#bode(String, double[], double[], double[])} to get both series from a spectrum.
     */
    BODE(axis("f", true, false, "Hz"), axis("|Z|", true, false, null), axis("-phase", false, true, null), false),
    /** x = t; left y = cell voltage; right y = current (or current density). */
    VOLTAGE_CURRENT_TIME(axis("t", false, false, null), axis("E", false, false, null), axis("I", false, false, null), false),
    /** x = charge or specific capacity; y = voltage; one series per cycle and direction (see SeriesStyle#cycle). */
    VOLTAGE_CAPACITY(axis("Q", false, false, null), axis("E", false, false, null), null, false),
    /** x = cycle number; left y = capacity; right y = coulombic efficiency (%). */
    CAPACITY_CE_CYCLE(axis("cycle", false, false, "1"), axis("Q", false, false, null), axis("CE", false, false, "%"), false),
    /** x = voltage; y = dQ/dV. */
    DQDV(axis("E", false, false, null), axis("dQ/dV", false, false, null), null, false),
    /** x = tau (s, log); y = gamma; peaks marked with {@link ChartMarker#point}. */
    DRT(axis("τ", true, false, "s"), axis("γ", false, false, null), null, false),
    /** x = f (Hz, log); y = relative residual (%), e.g. of a fit or of lin-KK (real and imaginary parts as two series). */
    RESIDUALS(axis("f", true, false, "Hz"), axis("residual", false, false, "%"), null, false),
    /** x = potential; y = current density (LSV, CV); mark the stability limit with {@link ChartMarker#vertical}. */
    IV(axis("E", false, false, null), axis("j", false, false, null), null, false),
    /** x = t; y = interphase thickness L. */
    THICKNESS_TIME(axis("t", false, false, null), axis("L", false, false, null), null, false),
    /** Any column against any other: titles are the series' column names (or {@link ChartWidget#setAxisQuantity}). */
    XY(axis(null, false, false, null), axis(null, false, false, null), axis(null, false, false, null), false);

    /**
     * How one axis of a kind is drawn.
     *
     * @param quantity the quantity's name in the axis title (null: the name of the first series' column)
     * @param log logarithmic axis
     * @param negated values are drawn negated (and the quantity's name says so)
     * @param fixedUnit the unit this axis always uses (null: the user's display unit of the series' dimension)
     */
    public record AxisConvention(String quantity, boolean log, boolean negated, String fixedUnit) {
    }

    private final AxisConvention x;
    private final AxisConvention left;
    private final AxisConvention right;
    private final boolean equalScale;

    ChartKind(AxisConvention x, AxisConvention left, AxisConvention right, boolean equalScale) {
        this.x = x;
        this.left = left;
        this.right = right;
        this.equalScale = equalScale;
    }

    private static AxisConvention axis(String quantity, boolean log, boolean negated, String fixedUnit) {
        return new AxisConvention(quantity, log, negated, fixedUnit);
    }

    /** The convention of an axis, or null for a right y axis the kind does not have. */
    public AxisConvention axis(ChartAxis axis) {
        return switch (axis) {
            case X -> x;
            case Y_LEFT -> left;
            case Y_RIGHT -> right;
        };
    }

    /** Whether the kind has a second y axis on the right. */
    public boolean hasRightAxis() {
        return right != null;
    }

    /** Whether one unit of x and one unit of y take the same number of pixels (Nyquist: arcs are round). */
    public boolean equalScale() {
        return equalScale;
    }
}
