/*
 * Copyright (c) 2026 the Interphase contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.interphase.ui.eis;

import java.util.Locale;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.layout.TableColumnLayout;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnWeightData;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.interphase.model.EisExperiment;
import org.interphase.solver.eis.fit.CircuitFit;
import org.interphase.solver.eis.fit.FittedParameter;

/** The parameters of a fit: value, standard error, 95 % interval, unit; chi-square, convergence and warnings. */
public class FitResultsDialog extends Dialog {

    private final EisExperiment experiment;
    private final CircuitFit fit;
    private TableViewer table;

    public FitResultsDialog(Shell parent, EisExperiment experiment, CircuitFit fit) {
        super(parent);
        this.experiment = experiment;
        this.fit = fit;
        setShellStyle(getShellStyle() | SWT.RESIZE);
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText("Fit of " + experiment.getName());
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        Label head = new Label(area, SWT.WRAP);
        head.setText(String.format(Locale.ROOT, "%s, %s weighting, %d points: %s. Chi-square %.6g, reduced %.6g (%d degrees of freedom).",
                fit.circuit(), fit.weighting().key(), fit.points(), fit.converged() ? "converged" : "DID NOT CONVERGE", fit.chiSquare(),
                fit.reducedChiSquare(), fit.degreesOfFreedom()));
        head.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        Composite holder = new Composite(area, SWT.NONE);
        GridData data = new GridData(SWT.FILL, SWT.FILL, true, true);
        data.heightHint = 24 * (fit.parameters().size() + 2);
        data.widthHint = 720;
        holder.setLayoutData(data);
        TableColumnLayout layout = new TableColumnLayout();
        holder.setLayout(layout);
        table = new TableViewer(holder, SWT.BORDER | SWT.FULL_SELECTION);
        table.getTable().setHeaderVisible(true);
        table.getTable().setLinesVisible(true);
        table.setContentProvider(ArrayContentProvider.getInstance());
        column(layout, "Parameter", 2, p -> p.name());
        column(layout, "Value", 2, p -> String.format(Locale.ROOT, "%.6g", p.value()));
        column(layout, "Std. error", 2, p -> p.fixed() ? "fixed" : p.determined() ? String.format(Locale.ROOT, "%.3g", p.standardError()) : "not determined");
        column(layout, "95 % interval", 4, p -> p.fixed() || !p.determined() ? "" : String.format(Locale.ROOT, "[%.5g, %.5g]", p.lower95(), p.upper95()));
        column(layout, "Unit", 2, p -> p.unit() + (p.atBound() ? " (at a bound)" : ""));
        table.setInput(fit.parameters());
        Text message = new Text(area, SWT.MULTI | SWT.WRAP | SWT.READ_ONLY | SWT.V_SCROLL);
        message.setText(fit.message() + "\n\nStored with the experiment as a fit result (Edit > Undo removes it).");
        GridData m = new GridData(SWT.FILL, SWT.FILL, true, false);
        m.heightHint = 70;
        message.setLayoutData(m);
        return area;
    }

    /** The table (for tests). */
    public TableViewer table() {
        return table;
    }

    private void column(TableColumnLayout layout, String title, int weight, java.util.function.Function<FittedParameter, String> text) {
        TableViewerColumn c = new TableViewerColumn(table, SWT.NONE);
        c.getColumn().setText(title);
        layout.setColumnData(c.getColumn(), new ColumnWeightData(weight));
        c.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return text.apply((FittedParameter) element);
            }
        });
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, IDialogConstants.OK_ID, IDialogConstants.CLOSE_LABEL, true);
    }
}
