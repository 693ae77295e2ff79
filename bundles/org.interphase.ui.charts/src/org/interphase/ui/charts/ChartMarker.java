/*
 * Copyright (c) 2026 the Interphase contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.interphase.ui.charts;

import org.eclipse.swt.graphics.RGB;

/**
 * An annotation drawn over the series: a vertical line at an x (e.g. a stability limit at 4.4 V), a horizontal line
 * at a y, a marked point (a DRT peak) or a text note at a place. Values are in the units given with them (SI or any
 * unit of {@code org.interphase.model.units.Units}) and converted to the axis' display unit when drawn; y values are
 * given as stored (the kind negates them like the series, e.g. a point on a Nyquist arc takes Im Z).
 *
 * @param type what is drawn
 * @param x the x value (NaN for a horizontal line)
 * @param xUnit the unit of x
 * @param y the y value (NaN for a vertical line)
 * @param yUnit the unit of y
 * @param axis the y axis y refers to
 * @param label the text shown beside the line, point or note (may be empty)
 * @param color the colour (null: dark grey)
 */
public record ChartMarker(Type type, double x, String xUnit, double y, String yUnit, ChartAxis axis, String label,
        RGB color) {

    /** The kinds of marker. */
    public enum Type {
        VERTICAL_LINE, HORIZONTAL_LINE, POINT, TEXT
    }

    /** A vertical line at x with a label at its top. */
    public static ChartMarker vertical(double x, String xUnit, String label) {
        return new ChartMarker(Type.VERTICAL_LINE, x, xUnit, Double.NaN, null, ChartAxis.Y_LEFT, label, null);
    }

    /** A horizontal line at y of the left y axis, with a label at its right end. */
    public static ChartMarker horizontal(double y, String yUnit, String label) {
        return horizontal(y, yUnit, label, ChartAxis.Y_LEFT);
    }

    /** A horizontal line at y of the given y axis. */
    public static ChartMarker horizontal(double y, String yUnit, String label, ChartAxis axis) {
        return new ChartMarker(Type.HORIZONTAL_LINE, Double.NaN, null, y, yUnit, axis, label, null);
    }

    /** A marked point (a small triangle) with a label above it, e.g. a DRT peak. */
    public static ChartMarker point(double x, String xUnit, double y, String yUnit, String label) {
        return new ChartMarker(Type.POINT, x, xUnit, y, yUnit, ChartAxis.Y_LEFT, label, null);
    }

    /** A text note whose top-left corner is at (x, y). */
    public static ChartMarker text(double x, String xUnit, double y, String yUnit, String text) {
        return new ChartMarker(Type.TEXT, x, xUnit, y, yUnit, ChartAxis.Y_LEFT, text, null);
    }

    /** This marker in another colour. */
    public ChartMarker withColor(RGB rgb) {
        return new ChartMarker(type, x, xUnit, y, yUnit, axis, label, rgb);
    }

    /** This marker on another y axis. */
    public ChartMarker onAxis(ChartAxis yAxis) {
        return new ChartMarker(type, x, xUnit, y, yUnit, yAxis, label, color);
    }
}
