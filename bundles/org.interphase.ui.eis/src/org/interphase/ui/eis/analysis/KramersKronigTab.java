/*
 * Copyright (c) 2026 the Interphase contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.interphase.ui.eis.analysis;

import java.util.Locale;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.interphase.solver.eis.validation.KkResult;
import org.interphase.solver.eis.validation.KramersKronig;
import org.interphase.solver.eis.validation.ZHit;
import org.interphase.ui.charts.ChartKind;
import org.interphase.ui.charts.ChartMarker;
import org.interphase.ui.charts.ChartWidget;
import org.interphase.ui.charts.SeriesStyle;

/**
 * The Kramers-Kronig tab: lin-KK (Schönleber et al. 2014; M grows until mu falls to c; optionally with a series
 * capacitance and inductance, kept when they fit better) and Z-HIT, each with its verdict against the residual limit,
 * and their residuals in % against log f with the limit marked.
 */
public final class KramersKronigTab {

    /** Series names of the residual chart. */
    public static final String LIN_KK_RE = "lin-KK Re";
    public static final String LIN_KK_IM = "lin-KK Im";
    public static final String Z_HIT = "Z-HIT |Z|";

    private final Composite root;
    private final Text limit;
    private final Text c;
    private final Button auto;
    private final Button run;
    private final Label linKk;
    private final Label linKkDetails;
    private final Label zhit;
    private final ChartWidget chart;
    private final Runner runner;
    private KkResult kk;
    private ZHit.Result zhitResult;

    /** What the Test button asks for. */
    interface Runner {
        void run(KramersKronig.Options options, boolean auto);
    }

    KramersKronigTab(Composite parent, Runner runner) {
        root = new Composite(parent, SWT.NONE);
        root.setLayout(new GridLayout(1, false));
        Composite controls = new Composite(root, SWT.NONE);
        controls.setLayout(new GridLayout(6, false));
        new Label(controls, SWT.NONE).setText("Residual limit (%):");
        limit = new Text(controls, SWT.BORDER);
        limit.setText(number(100 * KramersKronig.DEFAULT_MAX_RESIDUAL));
        limit.setLayoutData(new GridData(50, SWT.DEFAULT));
        limit.setToolTipText("Data are valid when the largest |residual| (relative to |Z|) is within this limit");
        new Label(controls, SWT.NONE).setText("mu threshold c:");
        c = new Text(controls, SWT.BORDER);
        c.setText(number(KramersKronig.DEFAULT_C));
        c.setLayoutData(new GridData(50, SWT.DEFAULT));
        c.setToolTipText("M, the number of Voigt elements, grows until mu = 1 - sum|R<0| / sum R>=0 falls to c (Schönleber 2014: 0.85)");
        auto = new Button(controls, SWT.CHECK);
        auto.setText("Series C and L when they fit better");
        auto.setSelection(true);
        auto.setToolTipText("Tests without and with a series capacitance and inductance (both Kramers-Kronig compliant) and keeps the best");
        run = new Button(controls, SWT.PUSH);
        run.setText("Test");
        this.runner = runner;
        run.addListener(SWT.Selection, e -> test());
        linKk = new Label(root, SWT.WRAP);
        linKk.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        linKk.setText("Testing ...");
        linKkDetails = new Label(root, SWT.WRAP);
        linKkDetails.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        zhit = new Label(root, SWT.WRAP);
        zhit.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        chart = new ChartWidget(root, SWT.NONE, ChartKind.RESIDUALS);
        chart.setTitle("Kramers-Kronig residuals (relative to |Z|)");
        chart.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
    }

    /** Runs the tests with the options shown (as the Test button does). */
    public void test() {
        try {
            double l = Double.parseDouble(limit.getText().strip()) / 100;
            double cc = Double.parseDouble(c.getText().strip());
            runner.run(new KramersKronig.Options(cc, false, false, 0, l), auto.getSelection());
        } catch (NumberFormatException ex) {
            showError("The residual limit and c must be numbers (given '" + limit.getText() + "', '" + c.getText() + "').");
        }
    }

    /** Types the residual limit in % (then {@link #test()}). */
    public void setLimit(String percent) {
        limit.setText(percent);
    }

    Control control() {
        return root;
    }

    void setEnabled(boolean enabled) {
        run.setEnabled(enabled);
    }

    /** Shows the results (zhit may be null when Z-HIT could not run: its reason is in zhitProblem). */
    void show(KkResult result, ZHit.Result z, String zhitProblem, double maxResidual) {
        kk = result;
        zhitResult = z;
        linKk.setText("lin-KK: " + result.verdict());
        linKk.setForeground(root.getDisplay().getSystemColor(result.valid() ? SWT.COLOR_DARK_GREEN : SWT.COLOR_RED));
        linKkDetails.setText(String.format(Locale.ROOT,
                "Threshold: largest |residual| <= %s %%. M = %d Voigt elements (mu = %.3f %s c = %s), R_ohm = %.5g Ω%s. "
                        + "Largest residual: Re %.3f %%, Im %.3f %%; rms Re %.3f %%, Im %.3f %%.",
                number(100 * maxResidual), result.m(), result.mu(), result.muReached() ? "<=" : "never fell to", c.getText().strip(), result.rOhm(),
                result.capacitance() || result.inductance() ? (result.capacitance() && result.inductance() ? ", with series C and L"
                        : result.capacitance() ? ", with a series C" : ", with a series L") : "",
                100 * result.maxAbsResidualRe(), 100 * result.maxAbsResidualIm(), 100 * result.rmsResidualRe(), 100 * result.rmsResidualIm()));
        if (z != null) {
            zhit.setText("Z-HIT: " + z.verdict());
            zhit.setForeground(root.getDisplay().getSystemColor(z.valid() ? SWT.COLOR_DARK_GREEN : SWT.COLOR_RED));
        } else {
            zhit.setText("Z-HIT: not run: " + zhitProblem);
            zhit.setForeground(null);
        }
        chart.clear();
        chart.addSeries(EisSeries.residual(LIN_KK_RE, result.f(), result.residualRe(), SeriesStyle.lineAndPoints()));
        chart.addSeries(EisSeries.residual(LIN_KK_IM, result.f(), result.residualIm(), SeriesStyle.lineAndPoints()));
        if (z != null) {
            chart.addSeries(EisSeries.residual(Z_HIT, z.f(), z.residual(), SeriesStyle.lineAndPoints().withDashes()));
        }
        RGB grey = new RGB(120, 120, 120);
        chart.addMarker(ChartMarker.horizontal(maxResidual, "1", "+" + number(100 * maxResidual) + " %").withColor(grey));
        chart.addMarker(ChartMarker.horizontal(-maxResidual, "1", "-" + number(100 * maxResidual) + " %").withColor(grey));
        chart.addMarker(ChartMarker.horizontal(0, "1", "").withColor(new RGB(200, 200, 200)));
        // the limit always in view: residuals well within it look small, as they are
        double largest = Math.max(result.maxAbsResidualRe(), result.maxAbsResidualIm());
        if (z != null) {
            largest = Math.max(largest, z.maxAbsResidual());
        }
        double half = 100 * Math.max(1.25 * maxResidual, 1.1 * largest);
        chart.refresh();
        chart.setRange(org.interphase.ui.charts.ChartAxis.Y_LEFT, -half, half);
        root.layout(true, true);
    }

    void showError(String message) {
        linKk.setText("lin-KK: not run: " + message);
        linKk.setForeground(root.getDisplay().getSystemColor(SWT.COLOR_RED));
        linKkDetails.setText("");
        zhit.setText("");
        root.layout(true, true);
    }

    static String number(double v) {
        String s = String.format(Locale.ROOT, "%.4g", v);
        return s.contains(".") && !s.contains("e") ? s.replaceAll("0+$", "").replaceAll("\\.$", "") : s;
    }

    // for tests

    public ChartWidget chart() {
        return chart;
    }

    public String verdictText() {
        return linKk.getText();
    }

    public String detailsText() {
        return linKkDetails.getText();
    }

    public String zhitText() {
        return zhit.getText();
    }

    public KkResult result() {
        return kk;
    }

    public ZHit.Result zhitResult() {
        return zhitResult;
    }
}
