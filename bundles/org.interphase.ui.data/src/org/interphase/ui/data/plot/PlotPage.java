/*
 * Copyright (c) 2026 the Interphase contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.interphase.ui.data.plot;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.interphase.data.Column;
import org.interphase.data.Dataset;
import org.interphase.data.QuantityKind;
import org.interphase.solver.cycling.analytics.CyclingAnalysis;
import org.interphase.solver.eis.data.ImpedanceData;
import org.interphase.solver.eis.data.Sweeps;
import org.interphase.ui.charts.ChartKind;
import org.interphase.ui.charts.ChartSeries;
import org.interphase.ui.charts.ChartWidget;
import org.interphase.ui.charts.SeriesStyle;
import org.interphase.ui.data.cycling.CyclingCharts;
import org.interphase.ui.data.editor.TablePage;

/**
 * The Plot page: the default charts of the dataset's technique ({@link DatasetCharts}; for cycling records also
 * V(Q) of up to {@value #VQ_CYCLES} cycles spread over the record and capacity/CE per cycle, from the analysis), and
 * a column chooser that plots any column against any other. What a default chart lacks is said in one line above
 * the charts.
 */
public class PlotPage {

    /** Cycles drawn in the Plot page's V(Q) chart at most (the Cycles page draws the ones chosen). */
    public static final int VQ_CYCLES = 12;

    /** Charts are at least this high (pixels); the page scrolls when they do not fit. */
    static final int MIN_CHART_HEIGHT = 320;

    private final Composite root;
    private final Combo xColumn;
    private final Combo yColumn;
    private final Button plot;
    private final Label note;
    private final ScrolledComposite scrolled;
    private final Composite charts;
    private final List<ChartWidget> widgets = new ArrayList<>();
    private ChartWidget columnsChart;
    private Dataset dataset;
    private String name;
    private boolean analysisShown;
    private final Label sweepLabel;
    private final Combo sweep;
    private final Label sweepNote;
    private Sweeps sweeps;

    public PlotPage(Composite parent) {
        root = new Composite(parent, SWT.NONE);
        root.setLayout(new GridLayout(1, false));
        Composite chooser = new Composite(root, SWT.NONE);
        chooser.setLayout(new GridLayout(8, false));
        chooser.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        new Label(chooser, SWT.NONE).setText("Plot column");
        yColumn = new Combo(chooser, SWT.READ_ONLY);
        new Label(chooser, SWT.NONE).setText("against");
        xColumn = new Combo(chooser, SWT.READ_ONLY);
        plot = new Button(chooser, SWT.PUSH);
        plot.setText("Plot");
        plot.addListener(SWT.Selection, e -> plotColumns(xColumn.getSelectionIndex(), yColumn.getSelectionIndex()));
        sweepLabel = new Label(chooser, SWT.NONE);
        sweepLabel.setText("   Sweep");
        sweep = new Combo(chooser, SWT.READ_ONLY);
        sweep.setToolTipText("The impedance spectrum drawn in the Nyquist and Bode plots: one sweep of the file (split by the loop column the "
                + "importer declares and by frequency restarts; rows without an impedance left out), or all sweeps pooled");
        sweep.addListener(SWT.Selection, e -> drawSweep());
        sweepNote = new Label(chooser, SWT.NONE);
        showSweepChooser(false);
        note = new Label(root, SWT.WRAP);
        note.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        scrolled = new ScrolledComposite(root, SWT.V_SCROLL);
        scrolled.setExpandHorizontal(true);
        scrolled.setExpandVertical(true);
        scrolled.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        charts = new Composite(scrolled, SWT.NONE);
        charts.setLayout(new GridLayout(2, true));
        scrolled.setContent(charts);
        setEnabled(false);
    }

    public Control control() {
        return root;
    }

    private void setEnabled(boolean enabled) {
        xColumn.setEnabled(enabled);
        yColumn.setEnabled(enabled);
        plot.setEnabled(enabled);
    }

    /** Shows the default charts of a dataset (null: none, with the reason). */
    public void show(Dataset shown, String legendName, String reason) {
        clear();
        dataset = shown;
        name = legendName;
        xColumn.removeAll();
        yColumn.removeAll();
        if (shown == null) {
            note.setText(reason == null ? "No data." : "No data: " + reason);
            setEnabled(false);
            relayout();
            return;
        }
        for (Column c : shown.columns()) {
            xColumn.add(TablePage.header(c));
            yColumn.add(TablePage.header(c));
        }
        xColumn.select(index(shown, QuantityKind.TIME, 0));
        yColumn.select(index(shown, QuantityKind.POTENTIAL, Math.min(1, shown.columns().size() - 1)));
        setEnabled(!shown.columns().isEmpty());
        List<String> missing = new ArrayList<>();
        for (DatasetCharts.Planned planned : DatasetCharts.defaults(legendName, shown)) {
            if (planned.drawable()) {
                add(planned.kind(), planned.series());
            } else {
                missing.add(planned.missing());
            }
        }
        note.setText(missing.isEmpty() ? "" : String.join("; ", missing) + ": choose columns to plot above.");
        sweeps = impedanceSweeps(legendName, shown);
        showSweepChooser(sweeps != null);
        if (sweeps != null) {
            sweep.setItems(sweeps.labels().toArray(String[]::new));
            sweep.select(0);
            sweepNote.setText(sweeps.rowsNote());
            drawSweep();
        }
        relayout();
    }

    /**
     * The sweeps of a dataset drawn as a Nyquist plot, when there is a choice to make: several sweeps, or rows that are
     * not EIS rows; null otherwise (the plots draw the columns as they are).
     */
    private Sweeps impedanceSweeps(String legendName, Dataset shown) {
        boolean nyquist = widgets.stream().anyMatch(w -> w.kind() == ChartKind.NYQUIST);
        if (!nyquist || shown.rows() > DatasetCharts.MAX_COMPUTED_ROWS) {
            return null;
        }
        try {
            Sweeps s = Sweeps.of(legendName, shown, null);
            return s.count() > 1 || s.droppedRows() > 0 ? s : null;
        } catch (IllegalArgumentException e) {
            return null; // no impedance spectrum in the columns: the plots say what they lack
        }
    }

    /** Draws the chosen sweep (the first by default, as the command line's first result) in the Nyquist and Bode plots. */
    private void drawSweep() {
        if (sweeps == null) {
            return;
        }
        int k = sweep.getSelectionIndex();
        int n = k < sweeps.count() ? k + 1 : Sweeps.POOLED;
        ImpedanceData d = sweeps.data(n);
        String label = sweeps.count() == 1 ? name : name + (n == Sweeps.POOLED ? " (all sweeps)" : " sweep " + n);
        for (ChartWidget w : widgets) {
            if (w.kind() == ChartKind.NYQUIST && w != columnsChart) {
                w.clear();
                w.addSeries(ChartSeries.nyquist(label, d.f(), d.re(), d.im()).withStyle(SeriesStyle.lineAndPoints()));
            } else if (w.kind() == ChartKind.BODE && w != columnsChart) {
                w.clear();
                w.addSeries(ChartSeries.bode(label, d.f(), d.re(), d.im()));
            }
        }
    }

    private void showSweepChooser(boolean show) {
        for (Control c : new Control[] { sweepLabel, sweep, sweepNote }) {
            c.setVisible(show);
        }
        sweepLabel.getParent().layout(true, true);
    }

    /** The sweep combo's items (empty when the dataset offers no choice of sweep). */
    public List<String> sweepItems() {
        return sweeps == null ? List.of() : List.of(sweep.getItems());
    }

    /** The line on the rows left out as not EIS rows, beside the sweep combo. */
    public String sweepNote() {
        return sweeps == null ? "" : sweepNote.getText();
    }

    /** Chooses the sweep at this index of the combo, as the user would. */
    public void chooseSweep(int index) {
        sweep.select(index);
        drawSweep();
    }

    /** Adds the analysis' V(Q) and capacity/CE charts (cycling records), or says why there are none. */
    public void showAnalysis(CyclingAnalysis analysis, String message) {
        if (dataset == null || analysisShown) {
            return; // the reference cycle changed: nothing here depends on it
        }
        analysisShown = true;
        if (analysis == null) {
            String text = note.getText();
            note.setText((text.isEmpty() ? "" : text + " ") + "No V(Q) or capacity chart: " + message);
            relayout();
            return;
        }
        List<Integer> cycles = CyclingCharts.spread(analysis.cycles().size(), VQ_CYCLES);
        add(ChartKind.VOLTAGE_CAPACITY, CyclingCharts.voltageCapacity(analysis, cycles));
        ChartWidget capacity = add(ChartKind.CAPACITY_CE_CYCLE, CyclingCharts.capacityAndCe(analysis));
        CyclingCharts.partialMarkers(analysis).forEach(capacity::addMarker);
        if (analysis.cycles().size() > cycles.size()) {
            String text = note.getText();
            note.setText((text.isEmpty() ? "" : text + " ") + "V(Q) shows " + cycles.size() + " of " + analysis.cycles().size()
                    + " cycles; the Cycles page draws the ones you choose.");
        }
        relayout();
    }

    private void relayout() {
        root.layout(true, true);
        int rows = (widgets.size() + 1) / 2;
        scrolled.setMinSize(0, Math.max(1, rows) * (MIN_CHART_HEIGHT + 10));
        charts.layout(true, true);
    }

    private static int index(Dataset dataset, QuantityKind kind, int otherwise) {
        List<Column> columns = dataset.columns();
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).kind() == kind) {
                return i;
            }
        }
        return otherwise;
    }

    private ChartWidget add(ChartKind kind, List<ChartSeries> series) {
        ChartWidget chart = new ChartWidget(charts, SWT.NONE, kind);
        chart.setTitle(DatasetCharts.title(kind));
        GridData data = new GridData(SWT.FILL, SWT.FILL, true, true);
        data.minimumHeight = MIN_CHART_HEIGHT;
        data.heightHint = MIN_CHART_HEIGHT;
        chart.setLayoutData(data);
        chart.addSeries(series);
        widgets.add(chart);
        return chart;
    }

    /** Plots column y against column x (indices into the dataset's columns) in the page's column chart. */
    public ChartWidget plotColumns(int x, int y) {
        if (dataset == null || x < 0 || y < 0 || x >= dataset.columns().size() || y >= dataset.columns().size()) {
            return null;
        }
        if (columnsChart != null) {
            widgets.remove(columnsChart);
            columnsChart.dispose();
        }
        Column cx = dataset.columns().get(x);
        Column cy = dataset.columns().get(y);
        columnsChart = add(ChartKind.XY, List.of(ChartSeries.of(name + ": " + cy.name() + " against " + cx.name(), cx, cy)));
        columnsChart.setTitle(cy.name() + " against " + cx.name());
        relayout();
        return columnsChart;
    }

    private void clear() {
        for (ChartWidget w : widgets) {
            w.dispose();
        }
        widgets.clear();
        columnsChart = null;
        analysisShown = false;
        note.setText("");
    }

    // for tests

    /** The charts shown, in order (defaults, analysis charts, the column chart). */
    public List<ChartWidget> charts() {
        return List.copyOf(widgets);
    }

    /** The one-line note (what the default charts lack), or empty. */
    public String note() {
        return note.getText();
    }
}
