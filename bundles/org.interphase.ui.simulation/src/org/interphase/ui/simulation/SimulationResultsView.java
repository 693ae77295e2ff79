/*
 * Copyright (c) 2026 the Interphase contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.interphase.ui.simulation;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.custom.CTabItem;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.ISelectionListener;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.part.ViewPart;
import org.interphase.data.Dataset;
import org.interphase.importer.ImportException;
import org.interphase.model.Experiment;
import org.interphase.model.ResultValue;
import org.interphase.model.Setting;
import org.interphase.model.SimulationRun;
import org.interphase.model.validation.ModelLabels;
import org.interphase.solver.SolverResult;
import org.interphase.ui.charts.ChartMarker;
import org.interphase.ui.charts.ChartSeries;
import org.interphase.ui.charts.ChartWidget;
import org.interphase.ui.editor.InterphaseModelEditor;

/**
 * A simulation run as plots and tables: the solver's charts ({@link RunCharts}: V(t) with the envelope and the failure
 * time, V(Q) per cycle and capacity/CE, I(V) with the stability limit, L(t), Nyquist) with the measurement of the
 * run's experiment drawn on the same axes when the experiment has a data file ({@link Measurement}, read in a Job);
 * beside them its scalar results with units, its series (time, voltage, thickness, ... in SI units) and further
 * tables (per cycle, per half cycle) as tabs of virtual tables, so long series stay fast, and its settings with the
 * values taken from the model and the provenance. Shows the run just computed, or the run selected in the model
 * editor (series read back from the CSV beside the model).
 */
public class SimulationResultsView extends ViewPart {

    public static final String ID = "org.interphase.ui.simulation.results";

    private Label title;
    private Table scalars;
    private CTabFolder tabs;
    private Composite chartArea;
    private Label chartNote;
    private final Map<String, ChartWidget> charts = new LinkedHashMap<>();
    private final List<String> notes = new ArrayList<>();
    private Job measurementJob;
    private Table settings;
    private final List<Tab> shownTables = new ArrayList<>();
    private SimulationRun shown;
    private volatile boolean measured;

    /** A table of the run: its name, column titles and columns. */
    private record Tab(String name, List<String> header, List<double[]> columns) {
    }

    private final ISelectionListener selectionListener = this::selectionChanged;

    /** Shows a run in the view (opening it); {@code result} may be null, then the series come from the run's CSV. */
    public static void show(IWorkbenchPage page, SimulationRun run, SolverResult result, Path modelFile) {
        try {
            SimulationResultsView view = (SimulationResultsView) page.showView(ID, null, IWorkbenchPage.VIEW_VISIBLE);
            view.show(run, result, modelFile);
        } catch (PartInitException e) {
            ILog.of(SimulationResultsView.class).error("the Simulation Results view cannot be opened", e);
        }
    }

    @Override
    public void createPartControl(Composite parent) {
        Composite body = new Composite(parent, SWT.NONE);
        body.setLayout(new GridLayout());
        title = new Label(body, SWT.WRAP);
        title.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        title.setText("Select a simulation run in the model editor, or simulate a cell (context menu: Simulate...).");
        SashForm sash = new SashForm(body, SWT.HORIZONTAL);
        sash.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        SashForm left = new SashForm(sash, SWT.VERTICAL);
        scalars = table(left, "Result", "Value", "Unit");
        settings = table(left, "Setting / provenance", "Value", "");
        left.setWeights(50, 50);
        SashForm right = new SashForm(sash, SWT.VERTICAL);
        Composite plots = new Composite(right, SWT.NONE);
        GridLayout plotsLayout = new GridLayout();
        plotsLayout.marginWidth = 0;
        plotsLayout.marginHeight = 0;
        plots.setLayout(plotsLayout);
        chartArea = new Composite(plots, SWT.NONE);
        chartArea.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        chartArea.setLayout(new GridLayout(1, true));
        chartNote = new Label(plots, SWT.WRAP);
        chartNote.setLayoutData(new GridData(SWT.FILL, SWT.BOTTOM, true, false));
        tabs = new CTabFolder(right, SWT.BORDER | SWT.BOTTOM);
        right.setWeights(65, 35);
        sash.setWeights(30, 70);
        getSite().getPage().addPostSelectionListener(selectionListener);
    }

    private static Table table(Composite parent, String... columns) {
        Table table = new Table(parent, SWT.BORDER | SWT.FULL_SELECTION | SWT.MULTI);
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        int[] widths = { 260, 260, 70 };
        for (int i = 0; i < columns.length; i++) {
            TableColumn column = new TableColumn(table, SWT.LEFT);
            column.setText(columns[i]);
            column.setWidth(widths[i]);
        }
        return table;
    }

    private void selectionChanged(IWorkbenchPart part, org.eclipse.jface.viewers.ISelection selection) {
        if (part instanceof InterphaseModelEditor editor && selection instanceof IStructuredSelection s
                && s.getFirstElement() instanceof SimulationRun run && run != shown) {
            show(run, null, editor.location());
        }
    }

    /** Shows a run; the series come from the result when given, else from the run's CSV beside the model. */
    public void show(SimulationRun run, SolverResult result, Path modelFile) {
        if (title == null || title.isDisposed()) {
            return;
        }
        shown = run;
        measured = false;
        String status = run.getStatus() == null ? "" : run.getStatus().getLiteral();
        title.setText(run.getName() + ": " + status + (run.getMessage() == null ? "" : " - " + run.getMessage()));
        scalars.removeAll();
        for (ResultValue value : run.getResults()) {
            TableItem item = new TableItem(scalars, SWT.NONE);
            item.setText(new String[] { value.getName(), Double.isFinite(value.getValue()) ? format(value.getValue()) : "none",
                    value.getUnit() == null ? "" : value.getUnit() });
        }
        settings.removeAll();
        if (run.getProvenance() != null) {
            org.interphase.model.Provenance p = run.getProvenance();
            row(settings, "solver", p.getSolverId());
            row(settings, "software version", p.getSoftwareVersion());
            row(settings, "date", p.getDate());
            row(settings, "user", p.getUser());
            row(settings, "inputs", p.getInputs());
        }
        for (Setting setting : run.getSettings()) {
            row(settings, setting.getKey(), setting.getValue() + (setting.getUnit() == null || setting.getUnit().isEmpty() ? "" : " " + setting.getUnit()));
        }
        RunData data = result != null ? RunData.of(run.getSolverId(), result) : RunData.read(run, modelFile);
        List<Tab> tables = new ArrayList<>();
        for (Map.Entry<String, List<SolverResult.Series>> table : data.tables().entrySet()) {
            tables.add(tab(table.getKey(), table.getValue()));
        }
        for (String problem : data.problems()) {
            tables.add(new Tab("unreadable", List.of(problem), List.of()));
        }
        setTables(tables);
        setCharts(run, data, modelFile);
        title.getParent().layout(true, true);
    }

    private void setCharts(SimulationRun run, RunData data, Path modelFile) {
        if (measurementJob != null) {
            measurementJob.cancel();
            measurementJob = null;
        }
        for (org.eclipse.swt.widgets.Control child : chartArea.getChildren()) {
            child.dispose();
        }
        charts.clear();
        notes.clear();
        List<RunCharts.Figure> figures = RunCharts.figures(data);
        ((GridLayout) chartArea.getLayout()).numColumns = Math.max(1, Math.min(2, figures.size()));
        for (RunCharts.Figure figure : figures) {
            ChartWidget chart = new ChartWidget(chartArea, SWT.NONE, figure.kind());
            chart.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
            chart.setTitle(figure.title());
            chart.addSeries(figure.series());
            figure.markers().forEach(chart::addMarker);
            charts.put(figure.id(), chart);
            if (!figure.note().isEmpty()) {
                notes.add(figure.title() + ": " + figure.note());
            }
        }
        if (figures.isEmpty()) {
            notes.add(data.tables().isEmpty() ? "The run has no series to plot." : "The " + run.getSolverId() + " solver's results are tables only.");
        }
        java.util.Optional<Experiment> experiment = Measurement.experiment(run.getCell(), run.getSolverId());
        if (experiment.isPresent() && !figures.isEmpty()) {
            Path file = Measurement.file(experiment.get(), modelFile);
            notes.add("Measured: " + experiment.get().getName() + " (" + file.getFileName() + "), reading...");
            readMeasurement(run, data, figures, experiment.get(), modelFile);
        } else if (!figures.isEmpty()) {
            notes.add("No measured data: " + (run.getCell() == null ? "the run has no cell"
                    : "no experiment of cell '" + run.getCell().getName() + "' that this solver simulates refers to a data file") + ".");
        }
        chartNote.setText(String.join("\n", notes));
        chartArea.getParent().layout(true, true);
    }

    /** Reads the experiment's data file in a Job and draws it over the run's charts (if the run is still shown). */
    private void readMeasurement(SimulationRun run, RunData data, List<RunCharts.Figure> figures, Experiment experiment, Path modelFile) {
        // what the Job needs of the model, read here in the UI thread
        Path file = Measurement.file(experiment, modelFile);
        String importer = experiment.getDataset().getImporterId();
        String name = experiment.getName();
        double area = run.getCell() == null ? Double.NaN : org.interphase.model.geometry.CellGeometry.activeAreaSquareMetres(run.getCell());
        org.eclipse.swt.widgets.Display display = chartArea.getDisplay();
        measurementJob = new Job("Reading the measurement of " + name) {
            @Override
            protected IStatus run(IProgressMonitor monitor) {
                String note;
                Measurement.Overlay overlay = null;
                try {
                    Dataset dataset = Measurement.read(file, importer, monitor);
                    overlay = Measurement.overlay(figures, dataset, area, data);
                    note = "Measured: " + name + " (" + file.getFileName() + ", " + dataset.rows() + " rows), drawn in grey.";
                } catch (ImportException e) {
                    note = "The measurement of " + name + " cannot be read: " + e.getMessage();
                } catch (org.eclipse.core.runtime.OperationCanceledException e) {
                    return Status.CANCEL_STATUS;
                }
                Measurement.Overlay drawn = overlay;
                String text = note;
                display.asyncExec(() -> drawMeasurement(run, drawn, text));
                return Status.OK_STATUS;
            }
        };
        measurementJob.setSystem(true);
        measurementJob.schedule();
    }

    private void drawMeasurement(SimulationRun run, Measurement.Overlay overlay, String note) {
        if (chartArea == null || chartArea.isDisposed() || shown != run) {
            return;
        }
        notes.removeIf(n -> n.startsWith("Measured: "));
        notes.add(note);
        if (overlay != null) {
            for (Map.Entry<String, List<ChartSeries>> e : overlay.series().entrySet()) {
                ChartWidget chart = charts.get(e.getKey());
                if (chart != null && !chart.isDisposed()) {
                    chart.addSeries(e.getValue());
                }
            }
            notes.addAll(overlay.notes());
        }
        measured = true;
        chartNote.setText(String.join("\n", notes));
        chartArea.getParent().layout(true, true);
    }

    private static Tab tab(String name, List<SolverResult.Series> series) {
        List<String> header = new ArrayList<>();
        List<double[]> columns = new ArrayList<>();
        for (SolverResult.Series s : series) {
            header.add(s.unit().isEmpty() ? s.name() : s.name() + " / " + s.unit());
            columns.add(s.values());
        }
        return new Tab(name, header, columns);
    }

    private void setTables(List<Tab> tables) {
        for (CTabItem item : tabs.getItems()) {
            item.getControl().dispose();
            item.dispose();
        }
        shownTables.clear();
        shownTables.addAll(tables);
        for (Tab tab : tables) {
            Table table = new Table(tabs, SWT.BORDER | SWT.VIRTUAL | SWT.FULL_SELECTION | SWT.MULTI);
            table.setHeaderVisible(true);
            table.setLinesVisible(true);
            for (String name : tab.header()) {
                TableColumn column = new TableColumn(table, SWT.RIGHT);
                column.setText(name);
                column.setWidth(Math.max(110, 8 * name.length()));
            }
            table.addListener(SWT.SetData, event -> {
                TableItem item = (TableItem) event.item;
                int row = table.indexOf(item);
                String[] texts = new String[tab.columns().size()];
                for (int c = 0; c < texts.length; c++) {
                    double[] values = tab.columns().get(c);
                    texts[c] = row < values.length && Double.isFinite(values[row]) ? format(values[row]) : "";
                }
                item.setText(texts);
            });
            table.setItemCount(tab.columns().isEmpty() ? 0 : tab.columns().get(0).length);
            CTabItem item = new CTabItem(tabs, SWT.NONE);
            item.setText(tab.name() + " (" + table.getItemCount() + " rows)");
            item.setControl(table);
        }
        if (tabs.getItemCount() > 0) {
            tabs.setSelection(0);
        }
    }

    /** Six significant digits for reading (the model and the CSV files keep full precision). */
    static String format(double value) {
        return value == 0 ? "0" : ModelLabels.formatNumber(new java.math.BigDecimal(value).round(new java.math.MathContext(6)).doubleValue());
    }

    private static void row(Table table, String key, String value) {
        new TableItem(table, SWT.NONE).setText(new String[] { key, value == null ? "" : value });
    }

    /** The run shown (tests read it). */
    public SimulationRun shown() {
        return shown;
    }

    /** The names of the tables shown (tests read them). */
    public List<String> tableNames() {
        return shownTables.stream().map(Tab::name).toList();
    }

    /** Column titles of a table shown. */
    public List<String> header(String table) {
        return shownTables.stream().filter(t -> t.name().equals(table)).findFirst().map(Tab::header).orElse(List.of());
    }

    /** Rows of a table shown. */
    public int rows(String table) {
        return shownTables.stream().filter(t -> t.name().equals(table)).findFirst()
                .map(t -> t.columns().isEmpty() ? 0 : t.columns().get(0).length).orElse(0);
    }

    /** The charts shown, by id ({@link RunCharts#VOLTAGE_TIME}, ...). */
    public Map<String, ChartWidget> charts() {
        return java.util.Collections.unmodifiableMap(charts);
    }

    /** The notes under the charts (what is measured, what could not be drawn). */
    public String chartNote() {
        return chartNote.getText();
    }

    /** Whether the measurement of the shown run has been read and drawn (or found unreadable). */
    public boolean measurementDone() {
        return measured;
    }

    /** Rows of the results table. */
    public int scalarRows() {
        return scalars.getItemCount();
    }

    @Override
    public void setFocus() {
        scalars.setFocus();
    }

    @Override
    public void dispose() {
        if (measurementJob != null) {
            measurementJob.cancel();
        }
        getSite().getPage().removePostSelectionListener(selectionListener);
        super.dispose();
    }
}
