/*
 * Copyright (c) 2026 the Interphase contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.interphase.ui.eis.analysis;

import java.util.Locale;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.interphase.solver.eis.drt.Drt;
import org.interphase.solver.eis.drt.DrtResult;
import org.interphase.ui.charts.ChartMarker;
import org.interphase.ui.charts.ChartKind;
import org.interphase.ui.charts.ChartSeries;
import org.interphase.ui.charts.ChartWidget;

/**
 * The DRT tab: gamma(tau) by Tikhonov regularisation with non-negativity, lambda given or chosen by generalised
 * cross-validation (said which), the peaks marked on the chart and listed with tau, f = 1/(2 pi tau) and the
 * resistance under each.
 */
public final class DrtTab {

    /** The series name of gamma. */
    public static final String GAMMA = "γ(τ)";

    private final Composite root;
    private final Text lambda;
    private final Button run;
    private final Label summary;
    private final ChartWidget chart;
    private final Table peaks;
    private final Runner runner;
    private DrtResult result;

    /** What the Compute button asks for. */
    interface Runner {
        void run(Drt.Options options);
    }

    DrtTab(Composite parent, Runner runner) {
        root = new Composite(parent, SWT.NONE);
        root.setLayout(new GridLayout(1, false));
        Composite controls = new Composite(root, SWT.NONE);
        controls.setLayout(new GridLayout(3, false));
        new Label(controls, SWT.NONE).setText("Regularisation λ:");
        lambda = new Text(controls, SWT.BORDER);
        lambda.setMessage("automatic (GCV)");
        lambda.setLayoutData(new GridData(120, SWT.DEFAULT));
        lambda.setToolTipText("Empty: chosen by generalised cross-validation over 1e-5 ... 1; or a number >= 0");
        run = new Button(controls, SWT.PUSH);
        run.setText("Compute");
        this.runner = runner;
        run.addListener(SWT.Selection, e -> compute());
        summary = new Label(root, SWT.WRAP);
        summary.setText("Computing ...");
        summary.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        SashForm sash = new SashForm(root, SWT.HORIZONTAL);
        sash.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        chart = new ChartWidget(sash, SWT.NONE, ChartKind.DRT);
        chart.setTitle("Distribution of relaxation times");
        peaks = new Table(sash, SWT.BORDER | SWT.FULL_SELECTION);
        peaks.setHeaderVisible(true);
        peaks.setLinesVisible(true);
        String[] headers = { "Peak", "τ / s", "f / Hz", "R / Ω", "γ / Ω" };
        int[] widths = { 50, 100, 100, 100, 100 };
        for (int i = 0; i < headers.length; i++) {
            TableColumn column = new TableColumn(peaks, i == 0 ? SWT.LEFT : SWT.RIGHT);
            column.setText(headers[i]);
            column.setWidth(widths[i]);
        }
        sash.setWeights(65, 35);
    }

    /** Computes with the lambda shown (as the Compute button does). */
    public void compute() {
        String text = lambda.getText().strip();
        try {
            runner.run(text.isEmpty() ? Drt.Options.automatic() : Drt.Options.given(Double.parseDouble(text)));
        } catch (NumberFormatException ex) {
            showError("λ must be a number >= 0 or empty for automatic (given '" + text + "').");
        }
    }

    Control control() {
        return root;
    }

    void setEnabled(boolean enabled) {
        run.setEnabled(enabled);
    }

    void show(DrtResult drt) {
        result = drt;
        summary.setForeground(null);
        summary.setText(String.format(Locale.ROOT,
                "λ = %.3g, %s. R_inf = %.5g Ω, polarisation resistance ∫γ d ln τ = %.5g Ω; %d peak%s (at least %d %% of the highest).",
                drt.lambda(), "gcv".equals(drt.lambdaMethod()) ? "chosen by generalised cross-validation (GCV) over 1e-5 ... 1"
                        : "given", drt.rInf(), drt.polarisationResistance(), drt.peaks().size(), drt.peaks().size() == 1 ? "" : "s",
                Math.round(100 * Drt.PEAK_THRESHOLD)));
        chart.clear();
        chart.addSeries(ChartSeries.of(GAMMA, drt.tau(), "s", drt.gamma(), "Ohm"));
        peaks.removeAll();
        int n = 1;
        for (DrtResult.Peak p : drt.peaks()) {
            chart.addMarker(ChartMarker.point(p.tau(), "s", p.gamma(), "Ohm", String.format(Locale.ROOT, "τ = %.3g s", p.tau())));
            TableItem item = new TableItem(peaks, SWT.NONE);
            item.setText(new String[] { Integer.toString(n++), String.format(Locale.ROOT, "%.4g", p.tau()),
                    String.format(Locale.ROOT, "%.4g", p.frequency()), String.format(Locale.ROOT, "%.4g", p.resistance()),
                    String.format(Locale.ROOT, "%.4g", p.gamma()) });
        }
        root.layout(true, true);
    }

    void showError(String message) {
        summary.setText("DRT not computed: " + message);
        summary.setForeground(root.getDisplay().getSystemColor(SWT.COLOR_RED));
        root.layout(true, true);
    }

    // for tests

    public ChartWidget chart() {
        return chart;
    }

    public Table peaks() {
        return peaks;
    }

    public String summary() {
        return summary.getText();
    }

    public DrtResult result() {
        return result;
    }

    /** Types a lambda (empty: automatic). */
    public void setLambda(String text) {
        lambda.setText(text);
    }
}
