/*
 * Copyright (c) 2026 the Interphase contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.interphase.ui.charts;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.preferences.IEclipsePreferences.IPreferenceChangeListener;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swtchart.Chart;
import org.eclipse.swtchart.IAxis;
import org.eclipse.swtchart.ICustomPaintListener;
import org.eclipse.swtchart.ILineSeries;
import org.eclipse.swtchart.ISeries;
import org.eclipse.swtchart.LineStyle;
import org.eclipse.swtchart.Range;
import org.interphase.data.Decimation;
import org.interphase.ui.charts.ChartKind.AxisConvention;
import org.interphase.ui.charts.internal.ChartCsv;
import org.interphase.ui.charts.internal.ChartSvg;
import org.interphase.ui.charts.internal.LogTickFormat;
import org.interphase.ui.charts.internal.Numbers;

/**
 * The one chart widget of Interphase: views never wire SWTChart themselves, they make a {@code ChartWidget} of a
 * {@link ChartKind}, give it named {@link ChartSeries} and optional {@link ChartMarker}s, and the widget draws them
 * with the kind's conventions (axes, log scales, -Im Z up, equal scale for Nyquist), axis titles with the user's
 * display units ({@link DisplayUnits}), and a legend.
 *
 * <pre>
 * ChartWidget chart = new ChartWidget(parent, SWT.NONE, ChartKind.NYQUIST);
 * chart.setTitle("Li | LATP | Li");
 * chart.addSeries(ChartSeries.nyquist("bare", frequency, re, im).withStyle(SeriesStyle.points()));
 * chart.addSeries(ChartSeries.nyquist("fit", f2, re2, im2).withStyle(SeriesStyle.line().withDashes()));
 * chart.addMarker(ChartMarker.text(2000, "Ohm", -500, "Ohm", "σ = 1.8e-5 S/cm"));
 * </pre>
 *
 * <p>
 * <b>Large data.</b> The widget never draws more points than the plot has pixel columns: each series with more rows
 * than that is decimated (min/max per pixel column, {@link Decimation}) from its columns for the visible x range,
 * again after every zoom, pan and resize; a series with fewer rows is drawn whole (every measured point shows, even
 * where several share a pixel column). Columns of the on-disk store are read where they lie, never copied. NaN and infinite values (and
 * values <= 0 on log axes) are gaps in the line.
 *
 * <p>
 * <b>Interaction.</b> Drag with the left button: box zoom (a flat box zooms x only); wheel: zoom about the cursor
 * (Shift: x only, Ctrl: y only); drag with the middle button or Shift + left: pan; double-click or the context menu's
 * <i>Reset Zoom</i>: everything in view. A click on a legend entry hides or shows its series. The line below the chart
 * reads out the point nearest the cursor in the series' display units (Nyquist: with its frequency). The context menu
 * exports PNG, SVG (vector, text as text) and CSV (full-resolution data of the visible range).
 *
 * <p>
 * <b>For tests</b>: {@link #plottedPoints(String)}, {@link #toPixel(ChartAxis, double, double)},
 * {@link #visibleSeries()}, {@link #axisTitle(ChartAxis)}, {@link #plotImage()}.
 *
 * <p>
 * Call the methods in the UI thread. Several changes in a row are drawn once (the widget redraws asynchronously;
 * {@link #refresh()} draws at once).
 */
public class ChartWidget extends Composite {

    private static final RGB MARKER_GREY = new RGB(80, 80, 80);

    private final ChartKind kind;
    private final Chart chart;
    private final Label readout;
    private final List<Entry> entries = new ArrayList<>();
    private final List<ChartMarker> markers = new ArrayList<>();
    private final Map<ChartAxis, String> quantityOverride = new EnumMap<>(ChartAxis.class);
    /** The ranges asked for (display units), null where automatic; the drawn ranges add equal scaling to them. */
    private final Map<ChartAxis, double[]> requested = new EnumMap<>(ChartAxis.class);
    private final Map<ChartAxis, double[]> drawn = new EnumMap<>(ChartAxis.class);
    private final Map<ChartAxis, String> axisUnits = new EnumMap<>(ChartAxis.class);
    private final Map<RGB, Color> colors = new HashMap<>();
    private final IPreferenceChangeListener unitsListener;
    private int rightAxisId = -1;
    private boolean refreshQueued;
    private boolean refreshing;
    private Point refreshedSize = new Point(0, 0);
    private Point dragStart;
    private Point dragNow;
    private boolean panning;
    private Map<ChartAxis, double[]> panStart;

    /** One series and what the widget keeps for it. */
    private final class Entry {
        final ChartSeries series;
        final RGB color;
        boolean visible = true;
        Boolean xSorted;
        double[] sourceRanges; // x min, x max, x min > 0, y min, y max, y min > 0 (source units)
        Decimation.Result plotted;
        double[] px = new double[0];
        double[] py = new double[0];
        final List<String> swtIds = new ArrayList<>();

        Entry(ChartSeries series, RGB color) {
            this.series = series;
            this.color = color;
        }

        boolean sorted() {
            if (xSorted == null) {
                xSorted = Decimation.isNonDecreasing(series.x());
            }
            return xSorted;
        }

        double[] ranges() {
            if (sourceRanges == null) {
                double[] r = { Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY,
                        Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY };
                var x = series.x();
                var y = series.y();
                for (int i = 0, n = x.size(); i < n; i++) {
                    double xv = x.get(i);
                    double yv = y.get(i);
                    if (!Double.isFinite(xv) || !Double.isFinite(yv)) {
                        continue;
                    }
                    r[0] = Math.min(r[0], xv);
                    r[1] = Math.max(r[1], xv);
                    if (xv > 0) {
                        r[2] = Math.min(r[2], xv);
                    }
                    r[3] = Math.min(r[3], yv);
                    r[4] = Math.max(r[4], yv);
                    if (yv > 0) {
                        r[5] = Math.min(r[5], yv);
                    }
                }
                sourceRanges = r;
            }
            return sourceRanges;
        }
    }

    /** A chart of the given kind, empty until series are added. */
    public ChartWidget(Composite parent, int style, ChartKind kind) {
        super(parent, style);
        this.kind = kind;
        GridLayout layout = new GridLayout(1, false);
        layout.marginWidth = 0;
        layout.marginHeight = 0;
        layout.verticalSpacing = 2;
        setLayout(layout);
        chart = new Chart(this, SWT.NONE);
        chart.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        chart.getTitle().setVisible(false);
        chart.enableCompress(false);
        chart.getLegend().setPosition(SWT.BOTTOM);
        chart.setBackground(getDisplay().getSystemColor(SWT.COLOR_WHITE));
        chart.setBackgroundInPlotArea(getDisplay().getSystemColor(SWT.COLOR_WHITE));
        for (IAxis axis : chart.getAxisSet().getAxes()) {
            axis.getTick().setForeground(getDisplay().getSystemColor(SWT.COLOR_BLACK));
            axis.getTitle().setForeground(getDisplay().getSystemColor(SWT.COLOR_BLACK));
            axis.getGrid().setForeground(color(new RGB(225, 225, 225)));
            axis.getGrid().setStyle(LineStyle.SOLID);
        }
        if (kind.hasRightAxis()) {
            rightAxisId = chart.getAxisSet().createYAxis();
            IAxis right = chart.getAxisSet().getYAxis(rightAxisId);
            right.setPosition(IAxis.Position.Secondary);
            right.getTick().setForeground(getDisplay().getSystemColor(SWT.COLOR_BLACK));
            right.getTitle().setForeground(getDisplay().getSystemColor(SWT.COLOR_BLACK));
            right.getGrid().setStyle(LineStyle.NONE);
        }
        readout = new Label(this, SWT.NONE);
        readout.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        readout.setText(" ");
        installInteraction();
        installContextMenu();
        chart.getPlotArea().addCustomPaintListener(new ICustomPaintListener() {
            @Override
            public void paintControl(org.eclipse.swt.events.PaintEvent e) {
                paintMarkers(e.gc);
                paintZoomBox(e.gc);
            }

            @Override
            public boolean drawBehindSeries() {
                return false;
            }
        });
        unitsListener = DisplayUnits.addListener(() -> {
            if (!isDisposed()) {
                getDisplay().asyncExec(() -> {
                    if (!isDisposed()) {
                        requested.clear();
                        refresh();
                    }
                });
            }
        });
        addDisposeListener(e -> {
            DisplayUnits.removeListener(unitsListener);
            colors.values().forEach(Color::dispose);
        });
    }

    /** The kind of this chart. */
    public ChartKind kind() {
        return kind;
    }

    /** Sets the title drawn above the plot (null or empty: none). */
    public void setTitle(String title) {
        boolean shown = title != null && !title.isBlank();
        chart.getTitle().setVisible(shown);
        chart.getTitle().setText(shown ? title : "");
        chart.getTitle().setForeground(getDisplay().getSystemColor(SWT.COLOR_BLACK));
    }

    /** The title, "" when none. */
    public String getTitle() {
        return chart.getTitle().isVisible() ? chart.getTitle().getText() : "";
    }

    /**
     * Replaces the name of the quantity in an axis title (the unit is still appended), e.g. "Q (charge)" or "V vs
     * Li/Li+"; null returns to the kind's name.
     */
    public void setAxisQuantity(ChartAxis axis, String quantity) {
        if (quantity == null) {
            quantityOverride.remove(axis);
        } else {
            quantityOverride.put(axis, quantity);
        }
        scheduleRefresh();
    }

    /** Adds a series (drawn after the earlier ones); names must be unique in a chart. */
    public void addSeries(ChartSeries series) {
        checkWidget();
        if (entry(series.name()) != null) {
            throw new IllegalArgumentException("the chart already has a series '" + series.name() + "'");
        }
        if (series.axis() == ChartAxis.Y_RIGHT && !kind.hasRightAxis()) {
            throw new IllegalArgumentException("a " + kind + " chart has no right y axis (series '" + series.name() + "')");
        }
        RGB rgb = series.style() != null && series.style().color() != null ? series.style().color()
                : SeriesStyle.PALETTE[entries.size() % SeriesStyle.PALETTE.length];
        entries.add(new Entry(series, rgb));
        scheduleRefresh();
    }

    /** Adds several series. */
    public void addSeries(List<ChartSeries> series) {
        series.forEach(this::addSeries);
    }

    /** Removes the series of this name (if any). */
    public void removeSeries(String name) {
        Entry entry = entry(name);
        if (entry != null) {
            deleteSwtSeries(entry);
            entries.remove(entry);
            scheduleRefresh();
        }
    }

    /** Removes all series and markers and returns to automatic ranges. */
    public void clear() {
        for (Entry entry : entries) {
            deleteSwtSeries(entry);
        }
        entries.clear();
        markers.clear();
        requested.clear();
        scheduleRefresh();
    }

    /** The series, in drawing order. */
    public List<ChartSeries> series() {
        return entries.stream().map(e -> e.series).toList();
    }

    /** Adds a marker line, point or note. */
    public void addMarker(ChartMarker marker) {
        markers.add(marker);
        scheduleRefresh();
    }

    /** The markers. */
    public List<ChartMarker> markers() {
        return Collections.unmodifiableList(markers);
    }

    /** Removes all markers. */
    public void clearMarkers() {
        markers.clear();
        scheduleRefresh();
    }

    /** Shows or hides a series (as a click on its legend entry does); hidden series are not in the CSV and SVG. */
    public void setSeriesVisible(String name, boolean visible) {
        Entry entry = require(name);
        entry.visible = visible;
        scheduleRefresh();
    }

    /** Whether the series is shown. */
    public boolean isSeriesVisible(String name) {
        return require(name).visible;
    }

    /** The names of the series shown, in drawing order. */
    public List<String> visibleSeries() {
        return entries.stream().filter(e -> e.visible).map(e -> e.series.name()).toList();
    }

    /** The colour a series is drawn in. */
    public RGB seriesColor(String name) {
        return require(name).color;
    }

    /** Everything in view again (as double-click does). */
    public void resetZoom() {
        requested.clear();
        refresh();
    }

    /**
     * Sets the visible range of an axis in its display unit (e.g. hours for a time axis by default); the other axes
     * stay as they are (automatic ranges follow the data). With equal scale (Nyquist) the drawn range may be wider.
     */
    public void setRange(ChartAxis axis, double lower, double upper) {
        if (!(upper > lower)) {
            throw new IllegalArgumentException("empty range [" + lower + ", " + upper + "]");
        }
        requested.put(axis, new double[] { lower, upper });
        if (axis == ChartAxis.X) {
            // the y ranges follow the data in the new x range only when asked; keep what is shown
            for (ChartAxis y : new ChartAxis[] { ChartAxis.Y_LEFT, ChartAxis.Y_RIGHT }) {
                if (!requested.containsKey(y) && drawn.containsKey(y)) {
                    requested.put(y, drawn.get(y).clone());
                }
            }
        }
        refresh();
    }

    /** The drawn range of an axis in its display unit, {lower, upper}. */
    public double[] range(ChartAxis axis) {
        double[] r = drawn.get(axis);
        return r == null ? new double[] { Double.NaN, Double.NaN } : r.clone();
    }

    /** The display unit of an axis (e.g. "h", "mA/cm2", "Ohm"), "" before series are added. */
    public String axisUnit(ChartAxis axis) {
        return axisUnits.getOrDefault(axis, "");
    }

    /** The axis title as drawn: the quantity and the display unit, e.g. {@code "-Im Z (Ω)"}. */
    public String axisTitle(ChartAxis axis) {
        IAxis a = swtAxis(axis);
        return a == null ? "" : a.getTitle().getText();
    }

    /**
     * The points drawn for a series after decimation, in display units and as drawn (negated where the kind says):
     * {x[], y[]}, NaN pairs where the line has gaps.
     */
    public double[][] plottedPoints(String name) {
        Entry entry = require(name);
        return new double[][] { entry.px.clone(), entry.py.clone() };
    }

    /** The data rows the plotted points come from ({@code -1} for gaps). */
    public int[] plottedRows(String name) {
        Entry entry = require(name);
        return entry.plotted == null ? new int[0] : entry.plotted.dataRows();
    }

    /**
     * The pixel of a point in display units (as drawn: a Nyquist y is -Im Z) in the coordinates of the plot area
     * ({@link #plotImage()}), on the x axis and the given y axis.
     */
    public Point toPixel(ChartAxis yAxis, double x, double y) {
        return new Point(swtAxis(ChartAxis.X).getPixelCoordinate(x), swtAxis(yAxis).getPixelCoordinate(y));
    }

    /** The data value (display units) at a pixel of the plot area along an axis. */
    public double toValue(ChartAxis axis, int pixel) {
        return swtAxis(axis).getDataCoordinate(pixel);
    }

    /** The plot area's bounds within this widget (where the series are drawn). */
    public Rectangle plotBounds() {
        Control plot = chart.getPlotArea().getControl();
        Rectangle b = plot.getBounds();
        Point origin = getDisplay().map(plot.getParent(), this, b.x, b.y);
        return new Rectangle(origin.x, origin.y, b.width, b.height);
    }

    /** A picture of the plot area as drawn now (series and markers, no axes), for tests that check what is drawn. */
    public ImageData plotImage() {
        refresh();
        Control plot = chart.getPlotArea().getControl();
        Point size = plot.getSize();
        Image image = new Image(getDisplay(), Math.max(1, size.x), Math.max(1, size.y));
        GC gc = new GC(image);
        try {
            plot.print(gc);
        } finally {
            gc.dispose();
        }
        ImageData data = image.getImageData();
        image.dispose();
        return data;
    }

    /** The text of the cursor readout line. */
    public String readoutText() {
        return readout.getText();
    }

    /**
     * Writes the readout for the point nearest to a pixel of the plot area (as a mouse move there does) and returns
     * it ("" when nothing is near).
     */
    public String readoutAt(int x, int y) {
        String text = nearestPointText(x, y);
        readout.setText(text.isEmpty() ? " " : text);
        return text;
    }

    /** Saves a PNG picture of the chart (title, axes, series, markers, legend) as it is on screen. */
    public void exportPng(Path file) throws IOException {
        refresh();
        Point size = chart.getSize();
        Image image = new Image(getDisplay(), Math.max(1, size.x), Math.max(1, size.y));
        GC gc = new GC(image);
        try {
            chart.print(gc);
        } finally {
            gc.dispose();
        }
        try {
            ImageLoader loader = new ImageLoader();
            loader.data = new ImageData[] { image.getImageData() };
            loader.save(file.toString(), SWT.IMAGE_PNG);
        } catch (RuntimeException e) {
            throw new IOException("cannot write " + file + ": " + e.getMessage(), e);
        } finally {
            image.dispose();
        }
    }

    /**
     * Writes the chart as SVG, drawn from the series rather than copied from the screen: vector paths (one
     * {@code <path>} per visible series, gaps as new sub-paths), text as {@code <text>}, axes with their ticks and
     * titles, markers and the legend.
     */
    public void exportSvg(Path file) throws IOException {
        refresh();
        ChartSvg.write(snapshot(), file);
    }

    /**
     * Writes the visible series as CSV at full resolution (every data row in the visible x range, not the decimated
     * points), two columns per series with headers {@code "NAME: QUANTITY [UNIT]"}, values in display units as drawn;
     * through the project's CSV writer ({@code org.interphase.data.Datasets}).
     */
    public void exportCsv(Path file) throws IOException {
        refresh();
        ChartCsv.write(snapshot(), file);
    }

    /** Draws now (normally the widget draws asynchronously after changes). */
    public void refresh() {
        checkWidget();
        refreshQueued = false;
        refreshing = true;
        try {
            refreshNow();
        } finally {
            refreshing = false;
            refreshedSize = chart.getPlotArea().getSize();
        }
    }

    private void refreshNow() {
        computeUnits();
        int width = 0;
        int height = 0;
        // titles and tick labels take room from the plot area: lay out until its size holds
        for (int pass = 0; pass < 4; pass++) {
            Point size = chart.getPlotArea().getSize();
            if (Math.max(size.x, 50) == width && Math.max(size.y, 50) == height) {
                break;
            }
            width = Math.max(size.x, 50);
            height = Math.max(size.y, 50);
            computeRanges(width, height);
            applyRanges();
            chart.updateLayout();
            if (kind.equalScale()) {
                // scale again on the axes' own pixel lengths
                double[] x = drawn.get(ChartAxis.X);
                double[] y = drawn.get(ChartAxis.Y_LEFT);
                IAxis ax = swtAxis(ChartAxis.X);
                IAxis ay = swtAxis(ChartAxis.Y_LEFT);
                int lx = Math.abs(ax.getPixelCoordinate(x[1]) - ax.getPixelCoordinate(x[0]));
                int ly = Math.abs(ay.getPixelCoordinate(y[1]) - ay.getPixelCoordinate(y[0]));
                if (lx > 10 && ly > 10 && (lx != width || ly != height)) {
                    computeRanges(lx, ly);
                    applyRanges();
                    chart.updateLayout();
                }
            }
        }
        for (int i = 0; i < entries.size(); i++) {
            draw(i, entries.get(i), width);
        }
        chart.updateLayout();
        chart.redraw();
        chart.update();
    }

    private void applyRanges() {
        for (ChartAxis axis : ChartAxis.values()) {
            IAxis a = swtAxis(axis);
            if (a == null) {
                continue;
            }
            AxisConvention convention = kind.axis(axis);
            boolean log = convention.log();
            double[] r = drawn.get(axis);
            if (a.isLogScaleEnabled() != log) {
                if (!log) {
                    a.enableLogScale(false);
                }
            }
            if (r != null) {
                Range current = a.getRange();
                if (current.lower != r[0] || current.upper != r[1]) {
                    a.setRange(new Range(r[0], r[1]));
                }
            }
            if (log && !a.isLogScaleEnabled() && r != null && r[0] > 0) {
                a.enableLogScale(true);
                a.setRange(new Range(r[0], r[1]));
            }
            if (log && r != null && r[0] > 0) {
                if (!(a.getTick().getFormat() instanceof LogTickFormat)) {
                    a.getTick().setFormat(new LogTickFormat());
                }
                ((LogTickFormat) a.getTick().getFormat()).setDecades(Math.log10(r[1] / r[0]));
            }
            // setting a title lays the chart out again: only when it changes
            String title = title(axis);
            if (!title.equals(a.getTitle().getText())) {
                a.getTitle().setText(title);
            }
            // a right axis without a series on it (V(t) of a run without I) shows neither title nor ticks
            boolean used = axis != ChartAxis.Y_RIGHT || entries.stream().anyMatch(e -> e.series.axis() == ChartAxis.Y_RIGHT);
            if (a.getTitle().isVisible() != used) {
                a.getTitle().setVisible(used);
            }
            if (a.getTick().isVisible() != used) {
                a.getTick().setVisible(used);
            }
        }
    }

    private void scheduleRefresh() {
        if (!refreshQueued && !isDisposed()) {
            refreshQueued = true;
            getDisplay().asyncExec(() -> {
                if (!isDisposed() && refreshQueued) {
                    refresh();
                }
            });
        }
    }

    // ---------------------------------------------------------------------------------------------------- units

    private void computeUnits() {
        axisUnits.clear();
        for (ChartAxis axis : ChartAxis.values()) {
            AxisConvention convention = kind.axis(axis);
            if (convention == null) {
                continue;
            }
            String unit = null;
            for (Entry e : entries) {
                if (axis == ChartAxis.X || e.series.axis() == axis) {
                    String source = axis == ChartAxis.X ? e.series.x().unit() : e.series.y().unit();
                    unit = convention.fixedUnit() != null && DisplayUnits.compatible(source, convention.fixedUnit())
                            ? convention.fixedUnit()
                            : DisplayUnits.displayUnitOf(source);
                    break;
                }
            }
            if (unit == null && convention.fixedUnit() != null) {
                unit = convention.fixedUnit();
            }
            if (unit != null) {
                axisUnits.put(axis, unit);
            }
        }
    }

    /** display = sign * (a * source + b) for a series' column on an axis. */
    private double[] conversion(ChartAxis axis, String sourceUnit) {
        String target = axisUnits.get(axis);
        double b = DisplayUnits.convert(0, sourceUnit, target);
        double a = DisplayUnits.convert(1, sourceUnit, target) - b;
        AxisConvention convention = kind.axis(axis);
        double sign = convention != null && convention.negated() ? -1 : 1;
        return new double[] { sign * a, sign * b };
    }

    private String title(ChartAxis axis) {
        AxisConvention convention = kind.axis(axis);
        String quantity = quantityOverride.get(axis);
        if (quantity == null) {
            quantity = convention.quantity();
        }
        if (quantity == null) {
            for (Entry e : entries) {
                if (axis == ChartAxis.X || e.series.axis() == axis) {
                    quantity = axis == ChartAxis.X ? e.series.x().name() : e.series.y().name();
                    break;
                }
            }
        }
        if (quantity == null) {
            quantity = axis == ChartAxis.X ? "x" : "y";
        }
        String unit = axisUnits.getOrDefault(axis, "");
        return unit.isEmpty() || unit.equals("1") ? quantity : quantity + " (" + DisplayUnits.pretty(unit) + ")";
    }

    // ---------------------------------------------------------------------------------------------------- ranges

    private void computeRanges(int width, int height) {
        drawn.clear();
        for (ChartAxis axis : ChartAxis.values()) {
            if (kind.axis(axis) == null) {
                continue;
            }
            double[] r = requested.get(axis);
            drawn.put(axis, r != null ? r.clone() : dataRange(axis));
        }
        if (kind.equalScale()) {
            double[] x = drawn.get(ChartAxis.X);
            double[] y = drawn.get(ChartAxis.Y_LEFT);
            double ux = (x[1] - x[0]) / width;
            double uy = (y[1] - y[0]) / height;
            if (ux > uy) {
                double mid = (y[0] + y[1]) / 2;
                y[0] = mid - ux * height / 2;
                y[1] = mid + ux * height / 2;
            } else {
                double mid = (x[0] + x[1]) / 2;
                x[0] = mid - uy * width / 2;
                x[1] = mid + uy * width / 2;
            }
        }
    }

    private double[] dataRange(ChartAxis axis) {
        boolean log = kind.axis(axis).log();
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (Entry e : entries) {
            if (!e.visible || (axis != ChartAxis.X && e.series.axis() != axis)) {
                continue;
            }
            double[] r = e.ranges();
            boolean isX = axis == ChartAxis.X;
            double min = isX ? (log ? r[2] : r[0]) : (log ? r[5] : r[3]);
            double max = isX ? r[1] : r[4];
            if (!(min <= max)) {
                continue;
            }
            double[] c = conversion(axis, isX ? e.series.x().unit() : e.series.y().unit());
            double a = c[0] * min + c[1];
            double b = c[0] * max + c[1];
            if (log && c[0] < 0) {
                // a negated log axis (-phase is not log; kept for completeness): use magnitudes
                a = Math.abs(a);
                b = Math.abs(b);
            }
            lo = Math.min(lo, Math.min(a, b));
            hi = Math.max(hi, Math.max(a, b));
        }
        if (!(lo <= hi)) {
            return log ? new double[] { 1, 10 } : new double[] { 0, 1 };
        }
        if (log) {
            if (hi <= lo) {
                return new double[] { lo / 2, hi * 2 };
            }
            double decades = Math.log10(hi / lo);
            double pad = Math.pow(10, Math.max(0.02, 0.04 * decades));
            return new double[] { lo / pad, hi * pad };
        }
        if (hi == lo) {
            double pad = lo == 0 ? 1 : Math.abs(lo) * 0.1;
            return new double[] { lo - pad, hi + pad };
        }
        double pad = 0.04 * (hi - lo);
        return new double[] { lo - pad, hi + pad };
    }

    // ---------------------------------------------------------------------------------------------------- drawing

    /**
     * A series with no more rows than the plot has pixel columns is drawn whole: every row in the visible x range, in
     * order (min/max decimation would merge measured points that share a pixel column, such as the high-frequency
     * points of a Nyquist arc); NaN values stay gaps.
     */
    private static Decimation.Result whole(ChartSeries series, double lo, double hi) {
        int n = series.x().size();
        double[] x = new double[n];
        double[] y = new double[n];
        series.x().read(0, x, 0, n);
        series.y().read(0, y, 0, n);
        double[] ox = new double[n];
        double[] oy = new double[n];
        int[] rows = new int[n];
        int k = 0;
        for (int i = 0; i < n; i++) {
            // in range, or the neighbour of a point in range (so that a line leaves the plot at its edge)
            if (Double.isNaN(x[i]) || in(x[i], lo, hi) || (i > 0 && in(x[i - 1], lo, hi)) || (i + 1 < n && in(x[i + 1], lo, hi))) {
                ox[k] = x[i];
                oy[k] = y[i];
                rows[k++] = i;
            }
        }
        return new Decimation.Result(ox, oy, rows, k);
    }

    private static boolean in(double v, double lo, double hi) {
        return v >= lo && v <= hi;
    }

    private void draw(int index, Entry entry, int width) {
        deleteSwtSeries(entry);
        if (!entry.visible) {
            entry.plotted = null;
            entry.px = new double[0];
            entry.py = new double[0];
            // a hidden series keeps one empty, legend-only entry so that it can be shown again from the legend
            if (entry.series.isInLegend()) {
                ILineSeries<?> s = createSwtSeries(entry, index, 0);
                s.setXSeries(new double[0]);
                s.setYSeries(new double[0]);
                s.setDescription(entry.series.name() + " (hidden)");
                s.setLineColor(color(new RGB(190, 190, 190)));
                s.setSymbolColor(color(new RGB(190, 190, 190)));
            }
            return;
        }
        boolean logX = kind.axis(ChartAxis.X).log();
        boolean logY = kind.axis(entry.series.axis()).log();
        double[] cx = conversion(ChartAxis.X, entry.series.x().unit());
        double[] cy = conversion(entry.series.axis(), entry.series.y().unit());
        double[] xr = drawn.get(ChartAxis.X);
        double s0 = (xr[0] - cx[1]) / cx[0];
        double s1 = (xr[1] - cx[1]) / cx[0];
        double lo = Math.min(s0, s1);
        double hi = Math.max(s0, s1);
        if (logX && lo <= 0) {
            lo = hi * 1e-12;
        }
        Decimation.Result result = !(hi > lo) ? new Decimation.Result(new double[0], new double[0], new int[0], 0)
                : entry.series.x().size() <= width ? whole(entry.series, lo, hi)
                        : Decimation.minMax(entry.series.x(), entry.series.y(), lo, hi, width, logX, entry.sorted());
        entry.plotted = result;
        int n = result.size();
        double[] px = new double[n];
        double[] py = new double[n];
        for (int i = 0; i < n; i++) {
            px[i] = cx[0] * result.x()[i] + cx[1];
            py[i] = cy[0] * result.y()[i] + cy[1];
            if ((logX && !(px[i] > 0)) || (logY && !(py[i] > 0))) {
                px[i] = Double.NaN;
                py[i] = Double.NaN;
            }
        }
        entry.px = px;
        entry.py = py;
        // one SWTChart series per unbroken segment; the first carries the legend entry
        int segment = 0;
        int start = 0;
        for (int i = 0; i <= n; i++) {
            if (i == n || Double.isNaN(px[i])) {
                if (i > start || (segment == 0 && i == n)) {
                    ILineSeries<?> s = createSwtSeries(entry, index, segment);
                    s.setXSeries(java.util.Arrays.copyOfRange(px, start, i));
                    s.setYSeries(java.util.Arrays.copyOfRange(py, start, i));
                    s.setVisibleInLegend(segment == 0 && entry.series.isInLegend());
                    segment++;
                }
                start = i + 1;
            }
        }
    }

    private ILineSeries<?> createSwtSeries(Entry entry, int index, int segment) {
        String id = "s" + index + (segment == 0 ? "" : "." + segment);
        ILineSeries<?> s = (ILineSeries<?>) chart.getSeriesSet().createSeries(ISeries.SeriesType.LINE, id);
        entry.swtIds.add(id);
        s.setDescription(entry.series.name());
        SeriesStyle style = entry.series.style() != null ? entry.series.style() : SeriesStyle.line();
        Color c = color(entry.color);
        s.setLineColor(c);
        s.setSymbolColor(c);
        s.setLineWidth(style.lineWidth());
        s.setLineStyle(style.drawLine() ? (style.dashed() ? LineStyle.DASH : LineStyle.SOLID) : LineStyle.NONE);
        s.setSymbolType(style.drawSymbols() ? ILineSeries.PlotSymbolType.CIRCLE : ILineSeries.PlotSymbolType.NONE);
        s.setSymbolSize(3);
        s.setAntialias(SWT.ON);
        if (entry.series.axis() == ChartAxis.Y_RIGHT) {
            s.setYAxisId(rightAxisId);
        }
        return s;
    }

    private void deleteSwtSeries(Entry entry) {
        for (String id : entry.swtIds) {
            if (chart.getSeriesSet().getSeries(id) != null) {
                chart.getSeriesSet().deleteSeries(id);
            }
        }
        entry.swtIds.clear();
    }

    private IAxis swtAxis(ChartAxis axis) {
        return switch (axis) {
            case X -> chart.getAxisSet().getXAxis(0);
            case Y_LEFT -> chart.getAxisSet().getYAxis(0);
            case Y_RIGHT -> rightAxisId < 0 ? null : chart.getAxisSet().getYAxis(rightAxisId);
        };
    }

    private Color color(RGB rgb) {
        return colors.computeIfAbsent(rgb, c -> new Color(getDisplay(), c));
    }

    /** Marker position in display units (converted like series values on the same axes). */
    private double markerValue(ChartAxis axis, double value, String unit) {
        String source = unit == null ? axisUnits.get(axis) : unit;
        double[] c = conversion(axis, source);
        return c[0] * value + c[1];
    }

    private void paintMarkers(GC gc) {
        if (markers.isEmpty() || axisUnits.isEmpty()) {
            return;
        }
        Point size = chart.getPlotArea().getSize();
        gc.setAntialias(SWT.ON);
        for (ChartMarker m : markers) {
            gc.setForeground(color(m.color() == null ? MARKER_GREY : m.color()));
            gc.setLineStyle(SWT.LINE_DASH);
            gc.setLineWidth(1);
            switch (m.type()) {
                case VERTICAL_LINE -> {
                    int px = swtAxis(ChartAxis.X).getPixelCoordinate(markerValue(ChartAxis.X, m.x(), m.xUnit()));
                    gc.drawLine(px, 0, px, size.y);
                    // the label right of the line, or left of it where it would not fit
                    Point extent = gc.textExtent(m.label());
                    gc.drawText(m.label(), px + 6 + extent.x > size.x && px - 3 - extent.x >= 0 ? px - 3 - extent.x : px + 3, 3, true);
                }
                case HORIZONTAL_LINE -> {
                    IAxis y = swtAxis(m.axis());
                    if (y != null) {
                        int py = y.getPixelCoordinate(markerValue(m.axis(), m.y(), m.yUnit()));
                        gc.drawLine(0, py, size.x, py);
                        Point extent = gc.textExtent(m.label());
                        gc.drawText(m.label(), size.x - extent.x - 3, py - extent.y - 1, true);
                    }
                }
                case POINT, TEXT -> {
                    IAxis y = swtAxis(m.axis());
                    if (y != null) {
                        int px = swtAxis(ChartAxis.X).getPixelCoordinate(markerValue(ChartAxis.X, m.x(), m.xUnit()));
                        int py = y.getPixelCoordinate(markerValue(m.axis(), m.y(), m.yUnit()));
                        gc.setLineStyle(SWT.LINE_SOLID);
                        if (m.type() == ChartMarker.Type.POINT) {
                            gc.setBackground(gc.getForeground());
                            gc.fillPolygon(new int[] { px - 5, py - 12, px + 5, py - 12, px, py - 4 });
                            Point extent = gc.textExtent(m.label());
                            gc.drawText(m.label(), px - extent.x / 2, py - 14 - extent.y, true);
                        } else {
                            gc.drawText(m.label(), px, py, true);
                        }
                    }
                }
            }
        }
        gc.setLineStyle(SWT.LINE_SOLID);
    }

    private void paintZoomBox(GC gc) {
        if (dragStart != null && dragNow != null && !panning) {
            gc.setForeground(getDisplay().getSystemColor(SWT.COLOR_DARK_GRAY));
            gc.setLineStyle(SWT.LINE_DOT);
            gc.setLineWidth(1);
            gc.drawRectangle(Math.min(dragStart.x, dragNow.x), Math.min(dragStart.y, dragNow.y),
                    Math.abs(dragNow.x - dragStart.x), Math.abs(dragNow.y - dragStart.y));
            gc.setLineStyle(SWT.LINE_SOLID);
        }
    }

    // ---------------------------------------------------------------------------------------------------- interaction

    private void installInteraction() {
        Control plot = chart.getPlotArea().getControl();
        plot.addListener(SWT.MouseDown, e -> {
            if (e.button == 1 && (e.stateMask & SWT.SHIFT) == 0) {
                dragStart = new Point(e.x, e.y);
                panning = false;
            } else if (e.button == 2 || (e.button == 1 && (e.stateMask & SWT.SHIFT) != 0)) {
                dragStart = new Point(e.x, e.y);
                panning = true;
                panStart = new EnumMap<>(drawn);
            }
        });
        plot.addListener(SWT.MouseMove, e -> {
            if (dragStart != null) {
                dragNow = new Point(e.x, e.y);
                if (panning) {
                    pan(e.x - dragStart.x, e.y - dragStart.y);
                } else {
                    plot.redraw();
                }
            } else {
                readoutAt(e.x, e.y);
            }
        });
        plot.addListener(SWT.MouseUp, e -> {
            if (dragStart != null && !panning && dragNow != null) {
                zoomToBox(dragStart, dragNow);
            }
            dragStart = null;
            dragNow = null;
            panning = false;
            plot.redraw();
        });
        plot.addListener(SWT.MouseDoubleClick, e -> {
            if (e.button == 1) {
                resetZoom();
            }
        });
        plot.addListener(SWT.MouseVerticalWheel, e -> {
            double factor = e.count > 0 ? 1 / 1.25 : 1.25;
            boolean xOnly = (e.stateMask & SWT.SHIFT) != 0;
            boolean yOnly = (e.stateMask & SWT.CTRL) != 0;
            zoomAbout(e.x, e.y, factor, !yOnly, !xOnly);
            e.doit = false;
        });
        Control legend = (Control) chart.getLegend();
        legend.addListener(SWT.MouseDown, e -> {
            if (e.button != 1) {
                return;
            }
            for (int i = 0; i < entries.size(); i++) {
                Rectangle bounds = chart.getLegend().getBounds("s" + i);
                if (bounds != null && bounds.contains(e.x, e.y)) {
                    Entry entry = entries.get(i);
                    setSeriesVisible(entry.series.name(), !entry.visible);
                    refresh();
                    return;
                }
            }
        });
        plot.addListener(SWT.Resize, e -> {
            // a new size needs new decimation (and equal scaling); tick labels that change width by a pixel or two
            // when the chart lays itself out must not start a refresh loop
            Point size = plot.getSize();
            if (!refreshing && (Math.abs(size.x - refreshedSize.x) > 2 || Math.abs(size.y - refreshedSize.y) > 2)) {
                scheduleRefresh();
            }
        });
    }

    /** Zooms to a box given in pixels of the plot area (a flat box: x only; a narrow one: y only). */
    public void zoomToBox(Point a, Point b) {
        int w = Math.abs(a.x - b.x);
        int h = Math.abs(a.y - b.y);
        if (w < 5 && h < 5) {
            return;
        }
        Map<ChartAxis, double[]> next = new EnumMap<>(drawn);
        if (w >= 5) {
            next.put(ChartAxis.X, sorted(toValue(ChartAxis.X, a.x), toValue(ChartAxis.X, b.x)));
        }
        if (h >= 5 || kind.equalScale()) {
            for (ChartAxis y : new ChartAxis[] { ChartAxis.Y_LEFT, ChartAxis.Y_RIGHT }) {
                if (swtAxis(y) != null && h >= 5) {
                    next.put(y, sorted(toValue(y, a.y), toValue(y, b.y)));
                }
            }
        }
        requested.clear();
        requested.putAll(next);
        refresh();
    }

    /** Zooms in (factor < 1) or out about a pixel of the plot area. */
    public void zoomAbout(int px, int py, double factor, boolean zoomX, boolean zoomY) {
        Map<ChartAxis, double[]> next = new EnumMap<>(drawn);
        for (ChartAxis axis : ChartAxis.values()) {
            IAxis a = swtAxis(axis);
            double[] r = drawn.get(axis);
            if (a == null || r == null || (axis == ChartAxis.X ? !zoomX : !zoomY)) {
                continue;
            }
            double centre = a.getDataCoordinate(axis == ChartAxis.X ? px : py);
            if (kind.axis(axis).log()) {
                double lc = Math.log10(centre);
                next.put(axis, new double[] { Math.pow(10, lc + (Math.log10(r[0]) - lc) * factor),
                        Math.pow(10, lc + (Math.log10(r[1]) - lc) * factor) });
            } else {
                next.put(axis, new double[] { centre + (r[0] - centre) * factor, centre + (r[1] - centre) * factor });
            }
        }
        requested.clear();
        requested.putAll(next);
        refresh();
    }

    /** Moves the view by pixels from where a pan started (or from the current view when none started). */
    public void pan(int dx, int dy) {
        Map<ChartAxis, double[]> base = panStart != null && dragStart != null ? panStart : new EnumMap<>(drawn);
        Map<ChartAxis, double[]> next = new EnumMap<>(base);
        for (ChartAxis axis : ChartAxis.values()) {
            IAxis a = swtAxis(axis);
            double[] r = base.get(axis);
            if (a == null || r == null) {
                continue;
            }
            int d = axis == ChartAxis.X ? dx : dy;
            Point size = chart.getPlotArea().getSize();
            int length = axis == ChartAxis.X ? size.x : size.y;
            if (length <= 0) {
                continue;
            }
            double fraction = (axis == ChartAxis.X ? -d : d) / (double) length;
            if (kind.axis(axis).log()) {
                double l0 = Math.log10(r[0]);
                double l1 = Math.log10(r[1]);
                double shift = fraction * (l1 - l0);
                next.put(axis, new double[] { Math.pow(10, l0 + shift), Math.pow(10, l1 + shift) });
            } else {
                double shift = fraction * (r[1] - r[0]);
                next.put(axis, new double[] { r[0] + shift, r[1] + shift });
            }
        }
        requested.clear();
        requested.putAll(next);
        refresh();
    }

    private static double[] sorted(double a, double b) {
        return a < b ? new double[] { a, b } : new double[] { b, a };
    }

    private String nearestPointText(int x, int y) {
        Entry best = null;
        int bestIndex = -1;
        double bestDistance = 15 * 15;
        for (Entry e : entries) {
            if (!e.visible || e.px.length == 0) {
                continue;
            }
            IAxis ax = swtAxis(ChartAxis.X);
            IAxis ay = swtAxis(e.series.axis());
            for (int i = 0; i < e.px.length; i++) {
                if (Double.isNaN(e.px[i])) {
                    continue;
                }
                double dx = ax.getPixelCoordinate(e.px[i]) - x;
                double dy = ay.getPixelCoordinate(e.py[i]) - y;
                double d = dx * dx + dy * dy;
                if (d < bestDistance) {
                    bestDistance = d;
                    best = e;
                    bestIndex = i;
                }
            }
        }
        if (best == null) {
            return "";
        }
        StringBuilder text = new StringBuilder(best.series.name()).append(":  ");
        text.append(valueText(ChartAxis.X, best.px[bestIndex])).append(",  ");
        text.append(valueText(best.series.axis(), best.py[bestIndex]));
        int row = best.plotted.rows()[bestIndex];
        for (ChartSeries.Extra extra : best.series.extras()) {
            double v = extra.column().get(row);
            String unit = DisplayUnits.displayUnitOf(extra.column().unit());
            if (extra.column().unit().equals("Hz")) {
                unit = "Hz";
            }
            v = DisplayUnits.convert(v, extra.column().unit(), unit);
            text.append(",  ").append(extra.label()).append(" = ").append(Numbers.format(v)).append(' ')
                    .append(DisplayUnits.pretty(unit));
        }
        text.append("  (row ").append(row + 1).append(')');
        return text.toString();
    }

    private String valueText(ChartAxis axis, double value) {
        String title = title(axis);
        int paren = title.lastIndexOf(" (");
        String quantity = paren > 0 ? title.substring(0, paren) : title;
        String unit = DisplayUnits.pretty(axisUnits.getOrDefault(axis, ""));
        return quantity + " = " + Numbers.format(value) + (unit.isEmpty() || unit.equals("1") ? "" : " " + unit);
    }

    private void installContextMenu() {
        MenuManager menu = new MenuManager();
        menu.setRemoveAllWhenShown(true);
        menu.addMenuListener(m -> {
            m.add(action("Reset Zoom", this::resetZoom));
            m.add(new Separator());
            m.add(action("Export as PNG...", () -> exportWithDialog("png", this::exportPng)));
            m.add(action("Export as SVG...", () -> exportWithDialog("svg", this::exportSvg)));
            m.add(action("Export Data as CSV...", () -> exportWithDialog("csv", this::exportCsv)));
            if (!entries.isEmpty()) {
                m.add(new Separator());
                MenuManager shown = new MenuManager("Show Series");
                for (Entry e : entries) {
                    Action toggle = new Action(e.series.name(), IAction.AS_CHECK_BOX) {
                        @Override
                        public void run() {
                            setSeriesVisible(e.series.name(), isChecked());
                            refresh();
                        }
                    };
                    toggle.setChecked(e.visible);
                    shown.add(toggle);
                }
                m.add(shown);
            }
        });
        Control plot = chart.getPlotArea().getControl();
        plot.setMenu(menu.createContextMenu(plot));
        chart.setMenu(plot.getMenu());
        addDisposeListener(e -> menu.dispose());
    }

    private static Action action(String text, Runnable run) {
        return new Action(text) {
            @Override
            public void run() {
                run.run();
            }
        };
    }

    private interface Export {
        void to(Path file) throws IOException;
    }

    private void exportWithDialog(String extension, Export export) {
        FileDialog dialog = new FileDialog(getShell(), SWT.SAVE);
        dialog.setFilterExtensions(new String[] { "*." + extension });
        dialog.setOverwrite(true);
        String base = getTitle().isEmpty() ? kind.name().toLowerCase(java.util.Locale.ROOT) : getTitle();
        dialog.setFileName(base.replaceAll("[^A-Za-z0-9._-]+", "_") + "." + extension);
        String chosen = dialog.open();
        if (chosen == null) {
            return;
        }
        Path file = Path.of(chosen.endsWith("." + extension) ? chosen : chosen + "." + extension);
        try {
            export.to(file);
        } catch (IOException | RuntimeException e) {
            MessageDialog.openError(getShell(), "Export", "Cannot export the chart to " + file + ": " + e.getMessage());
        }
    }

    // ---------------------------------------------------------------------------------------------------- export

    /** What the exporters need of the chart as drawn now. */
    private org.interphase.ui.charts.internal.ChartSnapshot snapshot() {
        var shot = new org.interphase.ui.charts.internal.ChartSnapshot();
        Point size = chart.getSize();
        shot.width = size.x;
        shot.height = size.y;
        Control plot = chart.getPlotArea().getControl();
        Rectangle pb = plot.getBounds();
        Point origin = getDisplay().map(plot.getParent(), chart, pb.x, pb.y);
        shot.plot = new Rectangle(origin.x, origin.y, pb.width, pb.height);
        shot.title = getTitle();
        for (ChartAxis axis : ChartAxis.values()) {
            IAxis a = swtAxis(axis);
            if (a == null || !drawn.containsKey(axis)) {
                continue;
            }
            boolean used = axis == ChartAxis.X || entries.stream().anyMatch(e -> e.series.axis() == axis);
            if (!used) {
                continue;
            }
            var as = new org.interphase.ui.charts.internal.ChartSnapshot.AxisShot();
            as.axis = axis;
            as.title = title(axis);
            as.unit = axisUnits.getOrDefault(axis, "");
            as.range = drawn.get(axis).clone();
            as.log = kind.axis(axis).log();
            double[] ticks = a.getTick().getTickLabelValues();
            as.ticks = ticks == null ? new double[0] : ticks.clone();
            as.tickPixels = new int[as.ticks.length];
            as.tickLabels = new String[as.ticks.length];
            java.text.Format format = a.getTick().getFormat();
            for (int i = 0; i < as.ticks.length; i++) {
                as.tickPixels[i] = a.getPixelCoordinate(as.ticks[i]);
                as.tickLabels[i] = format instanceof LogTickFormat log && !log.labelled(as.ticks[i]) ? "" : Numbers.format(as.ticks[i]);
            }
            shot.axes.put(axis, as);
        }
        for (Entry e : entries) {
            if (!e.visible) {
                continue;
            }
            var ss = new org.interphase.ui.charts.internal.ChartSnapshot.SeriesShot();
            ss.name = e.series.name();
            ss.series = e.series;
            ss.axis = e.series.axis();
            ss.color = e.color;
            ss.style = e.series.style() != null ? e.series.style() : SeriesStyle.line();
            ss.inLegend = e.series.isInLegend();
            ss.xQuantity = quantityOf(ChartAxis.X);
            ss.yQuantity = quantityOf(e.series.axis());
            ss.xUnit = axisUnits.getOrDefault(ChartAxis.X, "");
            ss.yUnit = axisUnits.getOrDefault(e.series.axis(), "");
            ss.xConversion = conversion(ChartAxis.X, e.series.x().unit());
            ss.yConversion = conversion(e.series.axis(), e.series.y().unit());
            ss.xSorted = e.sorted();
            IAxis ax = swtAxis(ChartAxis.X);
            IAxis ay = swtAxis(e.series.axis());
            ss.pixelX = new double[e.px.length];
            ss.pixelY = new double[e.px.length];
            for (int i = 0; i < e.px.length; i++) {
                if (Double.isNaN(e.px[i])) {
                    ss.pixelX[i] = Double.NaN;
                    ss.pixelY[i] = Double.NaN;
                } else {
                    ss.pixelX[i] = ax.getPixelCoordinate(e.px[i]);
                    ss.pixelY[i] = ay.getPixelCoordinate(e.py[i]);
                }
            }
            shot.series.add(ss);
        }
        for (ChartMarker m : markers) {
            var ms = new org.interphase.ui.charts.internal.ChartSnapshot.MarkerShot();
            ms.marker = m;
            ms.px = Double.isNaN(m.x()) ? -1 : swtAxis(ChartAxis.X).getPixelCoordinate(markerValue(ChartAxis.X, m.x(), m.xUnit()));
            IAxis y = swtAxis(m.axis());
            ms.py = Double.isNaN(m.y()) || y == null ? -1 : y.getPixelCoordinate(markerValue(m.axis(), m.y(), m.yUnit()));
            shot.markers.add(ms);
        }
        return shot;
    }

    private String quantityOf(ChartAxis axis) {
        String title = title(axis);
        int paren = title.lastIndexOf(" (");
        return paren > 0 ? title.substring(0, paren) : title;
    }

    private Entry entry(String name) {
        for (Entry e : entries) {
            if (e.series.name().equals(name)) {
                return e;
            }
        }
        return null;
    }

    private Entry require(String name) {
        Entry e = entry(name);
        if (e == null) {
            throw new IllegalArgumentException("the chart has no series '" + name + "' (it has " + series().stream().map(ChartSeries::name).toList() + ")");
        }
        return e;
    }

    /**
     * Clicks the legend entry of a series as the user would (for tests); returns false when the series has no legend
     * entry on screen.
     */
    public boolean clickLegend(String name) {
        int index = entries.indexOf(require(name));
        Rectangle bounds = chart.getLegend().getBounds("s" + index);
        if (bounds == null || bounds.width <= 0) {
            return false;
        }
        Event event = new Event();
        event.button = 1;
        event.x = bounds.x + bounds.width / 2;
        event.y = bounds.y + bounds.height / 2;
        ((Control) chart.getLegend()).notifyListeners(SWT.MouseDown, event);
        return true;
    }

    /** Sends an event to the plot area as the user would (for tests of the interaction). */
    public void sendToPlot(int type, Event event) {
        chart.getPlotArea().getControl().notifyListeners(type, event);
    }
}
