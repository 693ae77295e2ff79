/*
 * Copyright (c) 2026 the Interphase contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.interphase.ui.simulation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ComboBoxCellEditor;
import org.eclipse.jface.viewers.EditingSupport;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.viewers.TextCellEditor;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.interphase.model.Cell;
import org.interphase.solver.CellSettings;
import org.interphase.solver.CellSolver;
import org.interphase.solver.settings.SettingsException;

/**
 * Chooses a cell solver for a cell (those that cannot simulate it are listed with the reason) and edits its settings
 * in a table generated from their {@link org.interphase.solver.settings.Setting} annotations: value (in the SI unit
 * shown, or typed with another unit: "1e-6 S/cm"), unit, and where the default comes from; "model" leaves a value to
 * the model. Every value is checked as it is typed; the dialog names the first refused one and keeps OK disabled.
 */
public class SimulationDialog extends TitleAreaDialog {

    private final Cell cell;
    private final List<CellSolver<?, ?>> solvers;
    private final List<String> reasons = new ArrayList<>();
    private Combo solverCombo;
    private TableViewer table;
    private Text details;
    private SettingsForm form;
    private CellSettings settings;
    private int chosen = -1;

    /**
     * @param solvers the installed cell solvers, in the order to offer them
     */
    public SimulationDialog(Shell parent, Cell cell, List<CellSolver<?, ?>> solvers) {
        super(parent);
        this.cell = cell;
        this.solvers = List.copyOf(solvers);
        for (CellSolver<?, ?> solver : solvers) {
            Optional<String> reason;
            try {
                reason = solver.unsuitable(cell);
            } catch (RuntimeException e) {
                reason = Optional.of(e.toString());
            }
            reasons.add(reason.orElse(null));
        }
        setShellStyle(getShellStyle() | SWT.RESIZE | SWT.MAX);
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText("Simulate " + cell.getName());
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        setTitle("Simulate cell '" + cell.getName() + "'");
        Composite body = new Composite(area, SWT.NONE);
        body.setLayout(new GridLayout(2, false));
        body.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        new Label(body, SWT.NONE).setText("Solver:");
        solverCombo = new Combo(body, SWT.READ_ONLY);
        solverCombo.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        for (int i = 0; i < solvers.size(); i++) {
            CellSolver<?, ?> solver = solvers.get(i);
            solverCombo.add(solver.name() + " (" + solver.id() + ")" + (reasons.get(i) == null ? "" : "  - not for this cell"));
        }
        table = new TableViewer(body, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL);
        table.getTable().setHeaderVisible(true);
        table.getTable().setLinesVisible(true);
        GridData tableData = new GridData(SWT.FILL, SWT.FILL, true, true, 2, 1);
        tableData.heightHint = 320;
        tableData.widthHint = 900;
        table.getTable().setLayoutData(tableData);
        table.setContentProvider(ArrayContentProvider.getInstance());
        column("Setting", 340, row -> row.setting().label() + " (" + row.setting().key() + ")");
        TableViewerColumn value = column("Value", 150, SettingsForm.Row::text);
        value.setEditingSupport(new ValueEditing(table));
        column("Unit", 70, row -> row.setting().unit());
        column("Source of the default", 420, row -> row.setting().source());
        details = new Text(body, SWT.MULTI | SWT.WRAP | SWT.READ_ONLY | SWT.V_SCROLL | SWT.BORDER);
        GridData detailsData = new GridData(SWT.FILL, SWT.FILL, true, false, 2, 1);
        detailsData.heightHint = 70;
        details.setLayoutData(detailsData);
        table.addSelectionChangedListener(e -> {
            Object row = table.getStructuredSelection().getFirstElement();
            details.setText(row instanceof SettingsForm.Row r ? describe(r) : "");
        });
        solverCombo.addListener(SWT.Selection, e -> selectSolver(solverCombo.getSelectionIndex()));
        int first = 0;
        for (int i = 0; i < solvers.size(); i++) {
            if (reasons.get(i) == null) {
                first = i;
                break;
            }
        }
        solverCombo.select(first);
        selectSolver(first);
        return area;
    }

    private static String describe(SettingsForm.Row row) {
        StringBuilder s = new StringBuilder(row.setting().label());
        if (!row.setting().description().isEmpty()) {
            s.append(": ").append(row.setting().description());
        }
        s.append("\nDefault: ").append(row.defaultText()).append(row.setting().unit().isEmpty() ? "" : " " + row.setting().unit());
        if (!row.setting().source().isEmpty()) {
            s.append("  (").append(row.setting().source()).append(")");
        }
        if (row.modelMayGive()) {
            s.append("\n'" + SettingsForm.FROM_MODEL + "' or empty: the model's value.");
        }
        return s.toString();
    }

    private TableViewerColumn column(String title, int width, java.util.function.Function<SettingsForm.Row, String> text) {
        TableViewerColumn column = new TableViewerColumn(table, SWT.LEFT);
        column.getColumn().setText(title);
        column.getColumn().setWidth(width);
        column.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return text.apply((SettingsForm.Row) element);
            }

            @Override
            public String getToolTipText(Object element) {
                return describe((SettingsForm.Row) element);
            }

            @Override
            public Font getFont(Object element) {
                return null;
            }

            @Override
            public Color getForeground(Object element) {
                SettingsForm.Row row = (SettingsForm.Row) element;
                return row.changed() ? table.getControl().getDisplay().getSystemColor(SWT.COLOR_DARK_BLUE) : null;
            }
        });
        return column;
    }

    /** Selects the solver at the index (tests call it as the combo does). */
    public void selectSolver(int index) {
        String reason = reasons.get(index);
        form = new SettingsForm(solvers.get(index), cell);
        table.setInput(form.rows());
        setMessage(solvers.get(index).description(), IMessageProvider.INFORMATION);
        if (reason != null) {
            setErrorMessage(solvers.get(index).name() + " cannot simulate this cell: " + reason);
        }
        validate();
    }

    /** Sets a value as if typed in the table (tests use it). */
    public void setValue(String key, String text) {
        form.set(key, text);
        table.refresh();
        validate();
    }

    private void validate() {
        int index = solverCombo.getSelectionIndex();
        String reason = index < 0 ? "choose a solver" : reasons.get(index);
        List<String> problems = form.problems();
        String error = reason != null ? solvers.get(index).name() + " cannot simulate this cell: " + reason
                : problems.isEmpty() ? null : problems.get(0) + (problems.size() > 1 ? " (and " + (problems.size() - 1) + " more)" : "");
        setErrorMessage(error);
        if (getButton(IDialogConstants.OK_ID) != null) {
            getButton(IDialogConstants.OK_ID).setEnabled(error == null);
        }
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, IDialogConstants.OK_ID, "Run", true);
        createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, false);
        validate();
    }

    @Override
    protected void okPressed() {
        try {
            settings = form.bind();
            chosen = solverCombo.getSelectionIndex();
        } catch (SettingsException e) {
            setErrorMessage(e.getMessage());
            return;
        }
        super.okPressed();
    }

    /** The chosen solver (after OK). */
    @SuppressWarnings("unchecked")
    public CellSolver<CellSettings, ?> solver() {
        return (CellSolver<CellSettings, ?>) solvers.get(chosen >= 0 ? chosen : solverCombo.getSelectionIndex());
    }

    /** The bound settings (after OK). */
    public CellSettings settings() {
        return settings;
    }

    /** The form (tests read its rows). */
    public SettingsForm form() {
        return form;
    }

    /** The reason why each offered solver cannot simulate the cell (null when it can), in the order offered. */
    public List<String> reasons() {
        return reasons;
    }

    private final class ValueEditing extends EditingSupport {
        private final TextCellEditor text;

        ValueEditing(TableViewer viewer) {
            super(viewer);
            text = new TextCellEditor(viewer.getTable());
        }

        @Override
        protected CellEditor getCellEditor(Object element) {
            SettingsForm.Row row = (SettingsForm.Row) element;
            String[] choices = row.choices();
            return choices == null ? text : new ComboBoxCellEditor(table.getTable(), choices, SWT.READ_ONLY);
        }

        @Override
        protected boolean canEdit(Object element) {
            return true;
        }

        @Override
        protected Object getValue(Object element) {
            SettingsForm.Row row = (SettingsForm.Row) element;
            String[] choices = row.choices();
            return choices == null ? row.text() : Integer.valueOf(Math.max(0, Arrays.asList(choices).indexOf(row.text())));
        }

        @Override
        protected void setValue(Object element, Object value) {
            SettingsForm.Row row = (SettingsForm.Row) element;
            String[] choices = row.choices();
            String typed = choices == null ? (String) value : ((Integer) value >= 0 ? choices[(Integer) value] : row.text());
            SimulationDialog.this.setValue(row.setting().key(), typed);
        }
    }
}
