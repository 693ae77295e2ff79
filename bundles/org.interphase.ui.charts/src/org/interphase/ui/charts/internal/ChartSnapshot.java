/*
 * Copyright (c) 2026 the Interphase contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.interphase.ui.charts.internal;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.graphics.Rectangle;
import org.interphase.ui.charts.ChartAxis;
import org.interphase.ui.charts.ChartMarker;
import org.interphase.ui.charts.ChartSeries;
import org.interphase.ui.charts.SeriesStyle;

/** The chart as drawn at one moment (pixels in the chart's coordinates), for the SVG and CSV exporters. */
public final class ChartSnapshot {

    public int width;
    public int height;
    /** The plot area within the chart. */
    public Rectangle plot;
    public String title = "";
    public final Map<ChartAxis, AxisShot> axes = new EnumMap<>(ChartAxis.class);
    public final List<SeriesShot> series = new ArrayList<>();
    public final List<MarkerShot> markers = new ArrayList<>();

    /** One axis: title, display unit, range, ticks and where they are (pixels along the plot area). */
    public static final class AxisShot {
        public ChartAxis axis;
        public String title;
        public String unit;
        public double[] range;
        public boolean log;
        public double[] ticks;
        public int[] tickPixels;
        /** The labels as drawn (empty for unlabelled ticks of log axes). */
        public String[] tickLabels;
    }

    /** One visible series: its plotted points in plot-area pixels (NaN at gaps) and its conversion to display units. */
    public static final class SeriesShot {
        public String name;
        public ChartSeries series;
        public ChartAxis axis;
        public RGB color;
        public SeriesStyle style;
        public boolean inLegend;
        public String xQuantity;
        public String yQuantity;
        public String xUnit;
        public String yUnit;
        /** display = c[0] * source + c[1] */
        public double[] xConversion;
        public double[] yConversion;
        public boolean xSorted;
        public double[] pixelX;
        public double[] pixelY;
    }

    /** One marker with its pixel position in the plot area (-1 where it has none). */
    public static final class MarkerShot {
        public ChartMarker marker;
        public int px;
        public int py;
    }
}
