/*
 * Copyright (c) 2026 the Interphase contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.interphase.ui.charts;

import org.eclipse.swt.graphics.RGB;

/**
 * How a series is drawn: its colour (null: the chart's palette, by the series' position), a line and/or symbols,
 * the line width and whether the line is dashed.
 */
public record SeriesStyle(RGB color, boolean drawLine, boolean drawSymbols, int lineWidth, boolean dashed) {

    /** The palette used for series without a colour (colour-blind safe, Okabe-Ito). */
    public static final RGB[] PALETTE = { new RGB(0, 114, 178), new RGB(213, 94, 0), new RGB(0, 158, 115),
            new RGB(204, 121, 167), new RGB(86, 180, 233), new RGB(230, 159, 0), new RGB(0, 0, 0), new RGB(240, 228, 66) };

    /** A line in the palette's colour (the default). */
    public static SeriesStyle line() {
        return new SeriesStyle(null, true, false, 2, false);
    }

    /** Symbols without a line (measured points, e.g. a spectrum under its fit). */
    public static SeriesStyle points() {
        return new SeriesStyle(null, false, true, 1, false);
    }

    /** A line with symbols. */
    public static SeriesStyle lineAndPoints() {
        return new SeriesStyle(null, true, true, 1, false);
    }

    /** This style in another colour. */
    public SeriesStyle withColor(RGB rgb) {
        return new SeriesStyle(rgb, drawLine, drawSymbols, lineWidth, dashed);
    }

    /** This style dashed (e.g. a model or fit over measured data). */
    public SeriesStyle withDashes() {
        return new SeriesStyle(color, drawLine, drawSymbols, lineWidth, true);
    }

    /** This style with another line width in pixels. */
    public SeriesStyle withLineWidth(int width) {
        return new SeriesStyle(color, drawLine, drawSymbols, width, dashed);
    }

    /**
     * The colour of cycle {@code index} (0-based) of {@code count} cycles: a viridis-like ramp from dark blue (first)
     * over green to yellow (last), so V(Q) curves show how a cell changes with cycling.
     */
    public static RGB cycleColor(int index, int count) {
        double t = count <= 1 ? 0 : Math.max(0, Math.min(1, index / (double) (count - 1)));
        double[][] stops = { { 68, 1, 84 }, { 59, 82, 139 }, { 33, 145, 140 }, { 94, 201, 98 }, { 253, 231, 37 } };
        double position = t * (stops.length - 1);
        int i = Math.min(stops.length - 2, (int) position);
        double f = position - i;
        return new RGB((int) Math.round(stops[i][0] + f * (stops[i + 1][0] - stops[i][0])),
                (int) Math.round(stops[i][1] + f * (stops[i + 1][1] - stops[i][1])),
                (int) Math.round(stops[i][2] + f * (stops[i + 1][2] - stops[i][2])));
    }
}
