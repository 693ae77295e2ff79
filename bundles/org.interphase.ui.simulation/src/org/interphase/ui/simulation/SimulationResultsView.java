/*
 * Copyright (c) 2026 the Interphase contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.interphase.ui.simulation;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.ILog;
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
import org.interphase.data.csv.Csv;
import org.interphase.model.ResultReference;
import org.interphase.model.ResultValue;
import org.interphase.model.Setting;
import org.interphase.model.SimulationRun;
import org.interphase.model.validation.ModelLabels;
import org.interphase.solver.SolverResult;
import org.interphase.ui.editor.InterphaseModelEditor;

/**
 * A simulation run as tables (plots come with a later issue): its scalar results with units, its series (time,
 * voltage, thickness, ... in SI units) and further tables (per cycle, per half cycle) as tabs of virtual tables, so
 * long series stay fast, and its settings with the values
 * taken from the model and the provenance. Shows the run just computed, or the run selected in the model editor
 * (series read back from the CSV beside the model).
 */
public class SimulationResultsView extends ViewPart {

    public static final String ID = "org.interphase.ui.simulation.results";

    private Label title;
    private Table scalars;
    private CTabFolder tabs;
    private Table settings;
    private final List<Tab> shownTables = new ArrayList<>();
    private SimulationRun shown;

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
        tabs = new CTabFolder(sash, SWT.BORDER | SWT.BOTTOM);
        sash.setWeights(45, 55);
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
        List<Tab> tables = new ArrayList<>();
        if (result != null) {
            if (!result.series().isEmpty()) {
                tables.add(tab("series", result.series()));
            }
            for (SolverResult.Table table : result.tables()) {
                tables.add(tab(table.name(), table.columns()));
            }
        } else {
            tables.addAll(readTables(run, modelFile));
        }
        setTables(tables);
        title.getParent().layout(true, true);
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

    private static List<Tab> readTables(SimulationRun run, Path modelFile) {
        List<Tab> tables = new ArrayList<>();
        for (ResultReference reference : run.getResultReferences()) {
            if (!"csv".equals(reference.getFormat()) || modelFile == null) {
                continue;
            }
            Path file = modelFile.resolveSibling(reference.getPath());
            try {
                List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
                List<String> header = splitCsv(lines.get(0));
                List<double[]> columns = new ArrayList<>();
                for (int c = 0; c < header.size(); c++) {
                    columns.add(new double[lines.size() - 1]);
                }
                for (int r = 1; r < lines.size(); r++) {
                    String[] fields = Csv.split(lines.get(r));
                    for (int c = 0; c < header.size(); c++) {
                        columns.get(c)[r - 1] = c < fields.length && !fields[c].isEmpty() ? Double.parseDouble(fields[c]) : Double.NaN;
                    }
                }
                tables.add(new Tab(reference.getName(), header, columns));
            } catch (IOException | RuntimeException e) {
                tables.add(new Tab(reference.getName(), List.of("the file " + file + " cannot be read: " + e.getMessage()), List.of()));
            }
        }
        return tables;
    }

    private static List<String> splitCsv(String line) {
        return List.of(Csv.split(line));
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
        getSite().getPage().removePostSelectionListener(selectionListener);
        super.dispose();
    }
}
