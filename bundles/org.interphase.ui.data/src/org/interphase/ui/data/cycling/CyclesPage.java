/*
 * Copyright (c) 2026 the Interphase contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.interphase.ui.data.cycling;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.IntConsumer;

import org.eclipse.core.runtime.preferences.IEclipsePreferences.IPreferenceChangeListener;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.interphase.model.units.Dimension;
import org.interphase.solver.cycling.analytics.CyclingAnalysis;
import org.interphase.solver.cycling.analytics.CyclingAnalysis.Cycle;
import org.interphase.solver.cycling.analytics.CyclingAnalysis.HalfCycle;
import org.interphase.ui.charts.ChartKind;
import org.interphase.ui.charts.ChartWidget;
import org.interphase.ui.charts.DisplayUnits;

/**
 * The Cycles page of a cycling record: the per-cycle table of the cycling analytics (charge, discharge, CE, retention
 * against the reference cycle the user picks, mean voltages; capacities per gram when the active mass is known, in
 * the display units of the preferences; cycles that lack a half marked partial), the capacity/CE chart, and V(Q)
 * and dQ/dV of the cycles ticked in the table (one curve per ticked cycle).
 */
public class CyclesPage {

    /** Cycles ticked when a record is shown. */
    static final int FIRST_CHOICE = 4;

    private final Composite root;
    private final Spinner reference;
    private final Label info;
    private final Label notes;
    private final Table table;
    private final Composite charts;
    private ChartWidget capacityChart;
    private final ScrolledComposite page;
    private ChartWidget vqChart;
    private ChartWidget dqdvChart;
    private CyclingAnalysis analysis;
    private boolean filling;

    /** @param referenceChanged called with the new reference cycle (the editor runs the analysis again) */
    public CyclesPage(Composite parent, IntConsumer referenceChanged) {
        // in a small editor area the page scrolls instead of squeezing the table and the three charts (below 640 x 720 px)
        page = new ScrolledComposite(parent, SWT.V_SCROLL | SWT.H_SCROLL);
        page.setExpandHorizontal(true);
        page.setExpandVertical(true);
        root = new Composite(page, SWT.NONE);
        page.setContent(root);
        page.setMinSize(640, 720);
        root.setLayout(new GridLayout(1, false));
        Composite controls = new Composite(root, SWT.NONE);
        controls.setLayout(new GridLayout(3, false));
        controls.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        new Label(controls, SWT.NONE).setText("Retention against cycle");
        reference = new Spinner(controls, SWT.BORDER);
        reference.setMinimum(1);
        reference.setMaximum(1);
        reference.addListener(SWT.Selection, e -> {
            if (!filling && analysis != null && reference.getSelection() != analysis.referenceCycle()) {
                referenceChanged.accept(reference.getSelection());
            }
        });
        info = new Label(controls, SWT.WRAP);
        info.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        notes = new Label(root, SWT.WRAP);
        notes.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        SashForm sash = new SashForm(root, SWT.VERTICAL);
        sash.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        table = new Table(sash, SWT.BORDER | SWT.CHECK | SWT.FULL_SELECTION | SWT.V_SCROLL);
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        table.addListener(SWT.Selection, e -> {
            if (e.detail == SWT.CHECK && !filling) {
                drawChosen();
            }
        });
        charts = new Composite(sash, SWT.NONE);
        charts.setLayout(new GridLayout(3, true));
        sash.setWeights(35, 65);
        info.setText("Analysing ...");
        // the display units of Preferences > Interphase > Units: the table follows a change at once
        IPreferenceChangeListener units = DisplayUnits.addListener(() -> root.getDisplay().asyncExec(() -> {
            if (!root.isDisposed() && analysis != null) {
                List<Integer> ticked = chosen();
                show(analysis, null);
                choose(ticked);
            }
        }));
        root.addListener(SWT.Dispose, e -> DisplayUnits.removeListener(units));
    }

    public Control control() {
        return page;
    }

    /** The display unit of capacities: mAh/g (or the preference) with the active mass, else mAh (or the preference). */
    static String displayUnit(CyclingAnalysis analysis) {
        return DisplayUnits.unitFor(CyclingCharts.perGram(analysis) ? Dimension.SPECIFIC_CAPACITY : Dimension.CHARGE);
    }

    private static String number(double value, String format) {
        return Double.isFinite(value) ? String.format(Locale.ROOT, format, value) : "";
    }

    /** Shows an analysis (null: none, with the reason). */
    public void show(CyclingAnalysis shown, String message) {
        analysis = shown;
        filling = true;
        try {
            table.removeAll();
            for (TableColumn c : table.getColumns()) {
                c.dispose();
            }
            disposeCharts();
            if (shown == null) {
                info.setText("No cycling analysis: " + message);
                notes.setText("");
                root.layout(true, true);
                return;
            }
            String unit = displayUnit(shown);
            String si = CyclingCharts.capacityUnit(shown);
            String[] headers = { "Cycle", "First", "Charge / " + unit, "Discharge / " + unit, "CE / %",
                    "Retention / % (vs cycle " + shown.referenceCycle() + ")", "Mean charge V / V", "Mean discharge V / V", "Status" };
            int[] widths = { 80, 80, 120, 130, 80, 190, 130, 150, 260 };
            for (int i = 0; i < headers.length; i++) {
                TableColumn column = new TableColumn(table, i < 2 || i == 8 ? SWT.LEFT : SWT.RIGHT);
                column.setText(headers[i]);
                column.setWidth(widths[i]);
            }
            List<Integer> chosen = CyclingCharts.spread(shown.cycles().size(), FIRST_CHOICE);
            for (Cycle c : shown.cycles()) {
                TableItem item = new TableItem(table, SWT.NONE);
                item.setText(new String[] { Integer.toString(c.n()), c.first().isCharge() ? "charge" : "discharge",
                        c.chargeHalf() == null ? "" : number(DisplayUnits.convert(CyclingCharts.capacity(shown, c.charge()), si, unit), "%.4g"),
                        c.dischargeHalf() == null ? "" : number(DisplayUnits.convert(CyclingCharts.capacity(shown, c.discharge()), si, unit), "%.4g"),
                        number(100 * c.coulombicEfficiency(), "%.2f"), number(100 * shown.retention(c.n()), "%.2f"),
                        number(mean(c.chargeHalf()), "%.4f"), number(mean(c.dischargeHalf()), "%.4f"), status(c) });
                item.setChecked(chosen.contains(c.n()));
                if (CyclingCharts.partial(c)) {
                    item.setForeground(table.getDisplay().getSystemColor(SWT.COLOR_DARK_YELLOW));
                }
            }
            reference.setMaximum(Math.max(1, shown.cycles().size()));
            reference.setSelection(shown.referenceCycle());
            info.setText(shown.cycles().size() + " cycles, " + shown.halfCycles().size() + " half cycles; "
                    + (shown.symmetric() ? "symmetric cell; " : "")
                    + (CyclingCharts.perGram(shown) ? String.format(Locale.ROOT, "active mass %.4g mg (capacities per gram)", shown.activeMass() * 1e6)
                            : "no plausible active mass (see the notes): capacities in " + unit)
                    + ". Tick cycles to draw their V(Q) and dQ/dV.");
            notes.setText(String.join("\n", shown.notes()));
            capacityChart = chart(ChartKind.CAPACITY_CE_CYCLE, "Capacity and CE per cycle");
            capacityChart.addSeries(CyclingCharts.capacityAndCe(shown));
            CyclingCharts.partialMarkers(shown).forEach(capacityChart::addMarker);
            vqChart = chart(ChartKind.VOLTAGE_CAPACITY, "V(Q) of the ticked cycles");
            dqdvChart = chart(ChartKind.DQDV, "dQ/dV of the ticked cycles");
        } finally {
            filling = false;
        }
        drawChosen();
        root.layout(true, true);
    }

    private static double mean(HalfCycle half) {
        return half == null ? Double.NaN : half.meanVoltage();
    }

    private static String status(Cycle c) {
        if (CyclingCharts.partial(c)) {
            return "partial: the record ends before the " + (c.first().isCharge() ? "discharge" : "charge");
        }
        return "complete";
    }

    private ChartWidget chart(ChartKind kind, String title) {
        ChartWidget chart = new ChartWidget(charts, SWT.NONE, kind);
        chart.setTitle(title);
        chart.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        return chart;
    }

    private void disposeCharts() {
        for (Control c : charts.getChildren()) {
            c.dispose();
        }
        capacityChart = null;
        vqChart = null;
        dqdvChart = null;
    }

    /** Ticks exactly these cycles (numbers from 1) and draws them. */
    public void choose(List<Integer> cycles) {
        filling = true;
        try {
            for (int i = 0; i < table.getItemCount(); i++) {
                table.getItem(i).setChecked(cycles.contains(i + 1));
            }
        } finally {
            filling = false;
        }
        drawChosen();
    }

    /** The ticked cycles. */
    public List<Integer> chosen() {
        List<Integer> list = new ArrayList<>();
        for (int i = 0; i < table.getItemCount(); i++) {
            if (table.getItem(i).getChecked()) {
                list.add(i + 1);
            }
        }
        return list;
    }

    private void drawChosen() {
        if (analysis == null || vqChart == null) {
            return;
        }
        List<Integer> cycles = chosen();
        vqChart.clear();
        vqChart.addSeries(CyclingCharts.voltageCapacity(analysis, cycles));
        dqdvChart.clear();
        dqdvChart.addSeries(CyclingCharts.differentialCapacity(analysis, cycles));
    }

    /** Picks the reference cycle of the retention, as the spinner does. */
    public void setReference(int n) {
        reference.setSelection(n);
        reference.notifyListeners(SWT.Selection, new org.eclipse.swt.widgets.Event());
    }

    // for tests

    public Table table() {
        return table;
    }

    public ChartWidget capacityChart() {
        return capacityChart;
    }

    public ChartWidget voltageCapacityChart() {
        return vqChart;
    }

    public ChartWidget differentialCapacityChart() {
        return dqdvChart;
    }

    public CyclingAnalysis analysis() {
        return analysis;
    }

    public String info() {
        return info.getText();
    }
}
