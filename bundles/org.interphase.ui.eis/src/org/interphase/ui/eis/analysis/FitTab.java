/*
 * Copyright (c) 2026 the Interphase contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.interphase.ui.eis.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.interphase.model.CircuitModel;
import org.interphase.model.CircuitParameter;
import org.interphase.model.Project;
import org.interphase.solver.eis.circuit.CircuitSyntaxException;
import org.interphase.solver.eis.circuit.Circuits;
import org.interphase.solver.eis.circuit.CompiledCircuit;
import org.interphase.solver.eis.circuit.Node;
import org.interphase.solver.eis.data.ImpedanceData;
import org.interphase.solver.eis.fit.CircuitFit;
import org.interphase.solver.eis.fit.FitOptions;
import org.interphase.solver.eis.fit.FitResults;
import org.interphase.solver.eis.fit.FittedParameter;
import org.interphase.solver.eis.fit.Weighting;
import org.interphase.ui.charts.ChartKind;
import org.interphase.ui.charts.ChartWidget;
import org.interphase.ui.charts.SeriesStyle;

/**
 * The Fit tab: a circuit (a circuit model of the project or typed, impedance.py or CDC), an optional starting guess,
 * the weighting; Fit runs as a job (cancellable). The fitted spectrum is drawn over the data in Nyquist and Bode with
 * the residuals below, beside the parameters (value, unit, standard error, 95 % interval, flags) and the fit's status
 * (every status field the fit reports, read generically: converged, message, chi-square, ...).
 */
public final class FitTab {

    /** Series names. */
    public static final String DATA = "data";
    public static final String FIT = "fit";
    public static final String RESIDUAL_RE = "fit residual Re";
    public static final String RESIDUAL_IM = "fit residual Im";

    /** Circuits offered besides the project's circuit models. */
    static final List<String> COMMON = List.of("R0-p(R1,CPE1)", "R0-p(R1,CPE1)-p(R2,CPE2)", "R0-p(R1,C1)-p(R2-Wo1,C2)", "R0-p(R1-Wo1,C1)");

    /** Fields of the fit that the tab shows itself (everything else is listed under Status). */
    static final Set<String> SHOWN = Set.of("parameters", "correlationNames", "correlation", "residualRe", "residualIm", "fitted", "provenance");

    /** Fields of a parameter shown in their own columns (other booleans and texts are flags). */
    static final Set<String> PARAMETER_COLUMNS = Set.of("name", "unit");

    /** What Fit asks for. */
    interface Runner {
        void fit(Node circuit, CircuitModel model, FitOptions options);

        void cancel();
    }

    private final Project project;
    private final Composite root;
    private final Combo circuit;
    private final Text guess;
    private final Combo weighting;
    private final Button fit;
    private final Button cancel;
    private final Label state;
    private final Label status;
    private final ChartWidget nyquist;
    private final ChartWidget bode;
    private final ChartWidget residuals;
    private final Table parameters;
    private final Table fields;
    private ImpedanceData data;
    private CircuitFit shown;
    private String dataSweep = "";
    private org.interphase.model.FitResult stored;

    FitTab(Composite parent, Project project, Runner runner) {
        this.project = project;
        root = new Composite(parent, SWT.NONE);
        root.setLayout(new GridLayout(1, false));
        Composite controls = new Composite(root, SWT.NONE);
        controls.setLayout(new GridLayout(8, false));
        controls.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        new Label(controls, SWT.NONE).setText("Circuit:");
        circuit = new Combo(controls, SWT.DROP_DOWN);
        GridData cd = new GridData(SWT.FILL, SWT.CENTER, true, false);
        cd.widthHint = 260;
        circuit.setLayoutData(cd);
        circuit.setToolTipText("A circuit model of the project or a circuit: impedance.py (R0-p(R1,CPE1)) or Boukamp CDC (R(RQ))");
        if (project != null) {
            for (CircuitModel m : project.getCircuitModels()) {
                circuit.add(label(m));
            }
        }
        COMMON.forEach(circuit::add);
        new Label(controls, SWT.NONE).setText("Guess (SI):");
        guess = new Text(controls, SWT.BORDER);
        GridData gd = new GridData(SWT.FILL, SWT.CENTER, true, false);
        gd.widthHint = 220;
        guess.setLayoutData(gd);
        guess.setMessage("empty: guessed from the data");
        guess.setToolTipText("Starting values, comma-separated, in the circuit's parameter order");
        new Label(controls, SWT.NONE).setText("Weighting:");
        weighting = new Combo(controls, SWT.READ_ONLY);
        for (Weighting w : Weighting.values()) {
            weighting.add(w.key());
        }
        weighting.select(Weighting.MODULUS.ordinal());
        fit = new Button(controls, SWT.PUSH);
        fit.setText("Fit");
        cancel = new Button(controls, SWT.PUSH);
        cancel.setText("Cancel");
        cancel.setEnabled(false);
        state = new Label(root, SWT.WRAP);
        state.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        circuit.addModifyListener(e -> circuitChanged());
        fit.addListener(SWT.Selection, e -> {
            String problem = request(runner);
            if (problem != null) {
                showState(problem, true);
            }
        });
        cancel.addListener(SWT.Selection, e -> runner.cancel());

        SashForm vertical = new SashForm(root, SWT.VERTICAL);
        vertical.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        SashForm top = new SashForm(vertical, SWT.HORIZONTAL);
        nyquist = new ChartWidget(top, SWT.NONE, ChartKind.NYQUIST);
        nyquist.setTitle("Nyquist: data and fit");
        bode = new ChartWidget(top, SWT.NONE, ChartKind.BODE);
        bode.setTitle("Bode: data and fit");
        SashForm bottom = new SashForm(vertical, SWT.HORIZONTAL);
        residuals = new ChartWidget(bottom, SWT.NONE, ChartKind.RESIDUALS);
        residuals.setTitle("Fit residuals (relative to |Z|)");
        Composite right = new Composite(bottom, SWT.NONE);
        right.setLayout(new GridLayout(1, false));
        status = new Label(right, SWT.WRAP);
        status.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        parameters = table(right, new String[] { "Parameter", "Value", "Unit", "Std. error", "95 % interval", "Flags" },
                new int[] { 80, 90, 60, 80, 170, 160 }, 170, true);
        fields = table(right, new String[] { "Status", "Value" }, new int[] { 170, 420 }, 80, false);
        vertical.setWeights(50, 50);
        bottom.setWeights(45, 55);
        if (circuit.getItemCount() > 0) {
            circuit.select(0);
            circuitChanged();
        }
    }

    private static Table table(Composite parent, String[] headers, int[] widths, int height, boolean numbers) {
        Table table = new Table(parent, SWT.BORDER | SWT.FULL_SELECTION);
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        GridData data = new GridData(SWT.FILL, SWT.FILL, true, true);
        data.heightHint = height;
        table.setLayoutData(data);
        for (int i = 0; i < headers.length; i++) {
            TableColumn column = new TableColumn(table, numbers && (i == 1 || i == 3) ? SWT.RIGHT : SWT.LEFT);
            column.setText(headers[i]);
            column.setWidth(widths[i]);
        }
        return table;
    }

    private static String label(CircuitModel m) {
        return m.getName() + ": " + m.getCircuit();
    }

    Control control() {
        return root;
    }

    /** The data the fits are drawn over: sweep {@code sweep} (1-based; 0: all pooled) of a file of {@code sweepCount}. */
    void setData(ImpedanceData spectrum, int sweep, int sweepCount) {
        data = spectrum;
        shown = null;
        dataSweep = org.interphase.ui.eis.SweepChooser.describe(sweep, sweepCount);
        nyquist.clear();
        bode.clear();
        nyquist.addSeries(EisSeries.dataNyquist(DATA, spectrum));
        bode.addSeries(EisSeries.dataBode(DATA, spectrum));
    }

    /** The circuit model the combo shows, or null for a typed circuit. */
    private CircuitModel chosenModel() {
        if (project == null) {
            return null;
        }
        String text = circuit.getText();
        for (CircuitModel m : project.getCircuitModels()) {
            if (text.equals(label(m))) {
                return m;
            }
        }
        return null;
    }

    private String circuitText() {
        CircuitModel m = chosenModel();
        return m != null ? m.getCircuit() : circuit.getText().strip();
    }

    private void circuitChanged() {
        CircuitModel m = chosenModel();
        if (m != null) {
            List<String> values = new ArrayList<>();
            for (CircuitParameter p : m.getParameters()) {
                values.add(Double.toString(p.getValue()).toLowerCase(Locale.ROOT));
            }
            guess.setText(String.join(", ", values));
        }
        try {
            Node node = Circuits.parse(circuitText());
            showState("Parameters: " + String.join(", ", Circuits.parameterNames(node)) + " (" + String.join(", ", Circuits.parameterUnits(node)) + ")", false);
        } catch (CircuitSyntaxException e) {
            showState(e.getMessage().lines().findFirst().orElse(e.getMessage()), true);
        }
    }

    /** Starts a fit; returns what is wrong instead when the request is bad. */
    private String request(Runner runner) {
        Node node;
        try {
            node = Circuits.parse(circuitText());
        } catch (CircuitSyntaxException e) {
            return e.getMessage().lines().findFirst().orElse(e.getMessage());
        }
        FitOptions options = new FitOptions().weighting(Weighting.values()[weighting.getSelectionIndex()]);
        CircuitModel model = chosenModel();
        if (model != null) {
            List<String> unknown = FitResults.unknownParameters(model, Circuits.parameterNames(node));
            if (!unknown.isEmpty()) {
                return "The circuit model '" + model.getName() + "' has parameters its circuit does not have: " + unknown;
            }
            FitResults.optionsFrom(model, Circuits.parameterNames(node), options);
        }
        if (!guess.getText().isBlank()) {
            double[] values;
            try {
                values = Arrays.stream(guess.getText().split("[,\\s]+")).filter(s -> !s.isBlank()).mapToDouble(Double::parseDouble).toArray();
            } catch (NumberFormatException e) {
                return "Guess: '" + guess.getText() + "' is not a comma-separated list of numbers.";
            }
            if (values.length != node.parameterCount()) {
                return "The circuit has " + node.parameterCount() + " parameters " + Circuits.parameterNames(node) + "; the guess has " + values.length + " values.";
            }
            options.initial(values);
        }
        runner.fit(node, model, options);
        return null;
    }

    /** Fit running (Fit disabled, Cancel enabled) or not. */
    void running(boolean running, String text) {
        fit.setEnabled(!running);
        cancel.setEnabled(running);
        if (text != null) {
            showState(text, false);
        }
    }

    void showState(String text, boolean problem) {
        state.setText(text);
        state.setForeground(problem ? root.getDisplay().getSystemColor(SWT.COLOR_RED) : null);
        root.layout(true, true);
    }

    /**
     * Shows a fit result stored in the model over the data shown (its values, intervals and flags as stored; the fitted
     * curve and residuals recomputed at the data's frequencies); says so, and when its flags are unknown (an older file).
     */
    void showStored(org.interphase.model.FitResult result) {
        if (data == null) {
            showState("No data to draw the stored fit over.", true);
            return;
        }
        CircuitFit fit;
        try {
            fit = StoredFit.toCircuitFit(result, data);
        } catch (IllegalArgumentException e) {
            showState("The stored fit cannot be shown: " + e.getMessage(), true);
            return;
        }
        show(fit);
        stored = result;
        String on = org.interphase.ui.eis.SweepChooser.describe(result.getSweep(), result.getSweepCount());
        boolean flagsUnknown = StoredFit.unknownFlags(result);
        showState("Stored fit of " + result.getCircuit() + (on.isEmpty() ? " (sweep not stored: an older fit, made on all points; drawn over all sweeps pooled)" : " on " + on)
                + (result.getFlagged() == null ? "" : Boolean.TRUE.equals(result.getFlagged()) ? "; FLAGGED" : "; not flagged")
                + (flagsUnknown ? "; its flags (at bound, identifiable) were not stored: unknown" : "") + ".", Boolean.TRUE.equals(result.getFlagged()) || flagsUnknown);
    }

    /** The stored result shown last (null when the shown fit was made here). */
    public org.interphase.model.FitResult storedShown() {
        return stored;
    }

    /** Shows a fit: the fitted spectrum over the data (dense in frequency), residuals, parameters, status. */
    void show(CircuitFit result) {
        shown = result;
        stored = null;
        String circuitText = result.circuit();
        double[] f = EisSeries.modelFrequencies(data != null ? data.f() : result.fitted().f());
        try {
            CompiledCircuit compiled = CompiledCircuit.parse(circuitText);
            var curve = EisSeries.model(compiled, result.values(), f);
            nyquist.removeSeries(FIT);
            nyquist.addSeries(EisSeries.modelNyquist(FIT, curve).withStyle(SeriesStyle.line().withColor(SeriesStyle.PALETTE[1])));
            bode.removeSeries(FIT + " |Z|");
            bode.removeSeries(FIT + " phase");
            var fitBode = EisSeries.modelBode(FIT, curve);
            bode.addSeries(fitBode.get(0).withStyle(SeriesStyle.line().withColor(SeriesStyle.PALETTE[1])));
            bode.addSeries(fitBode.get(1).withStyle(SeriesStyle.line().withDashes().withColor(SeriesStyle.PALETTE[5])));
        } catch (CircuitSyntaxException | IllegalArgumentException e) {
            // the fit's own spectrum at the data's frequencies
            nyquist.removeSeries(FIT);
            nyquist.addSeries(EisSeries.modelNyquist(FIT, result.fitted()));
        }
        residuals.clear();
        residuals.addSeries(EisSeries.residual(RESIDUAL_RE, result.fitted().f(), result.residualRe(), SeriesStyle.lineAndPoints()));
        residuals.addSeries(EisSeries.residual(RESIDUAL_IM, result.fitted().f(), result.residualIm(), SeriesStyle.lineAndPoints()));
        residuals.addMarker(org.interphase.ui.charts.ChartMarker.horizontal(0, "1", "").withColor(new org.eclipse.swt.graphics.RGB(200, 200, 200)));

        String message = result.message() == null ? "" : result.message().lines().findFirst().orElse("").strip();
        String outcome = result.converged() ? (message.isEmpty() ? "converged" : message)
                : "DID NOT CONVERGE" + (message.isEmpty() ? "" : ": " + message);
        status.setText(String.format(Locale.ROOT, "%s: %s. Chi-square %.5g, reduced %.5g (%d degrees of freedom), %d points, %s weighting.",
                result.circuit(), outcome, result.chiSquare(), result.reducedChiSquare(), result.degreesOfFreedom(), result.points(),
                result.weighting().key()));
        status.setForeground(root.getDisplay().getSystemColor(result.converged() ? SWT.COLOR_DARK_GREEN : SWT.COLOR_RED));
        parameters.removeAll();
        for (FittedParameter p : result.parameters()) {
            List<String> flags = new ArrayList<>(RecordFields.flags(p, PARAMETER_COLUMNS));
            if (!p.fixed() && !p.determined() && !flags.contains("unidentifiable")) {
                flags.add("not determined by the data");
            }
            TableItem item = new TableItem(parameters, SWT.NONE);
            item.setText(new String[] { p.name(), String.format(Locale.ROOT, "%.6g", p.value()), p.unit(),
                    p.fixed() ? "fixed" : p.determined() ? String.format(Locale.ROOT, "%.3g", p.standardError()) : "∞",
                    p.fixed() || !p.determined() ? "" : String.format(Locale.ROOT, "[%.5g, %.5g]", p.lower95(), p.upper95()),
                    String.join(", ", flags) });
            if (!flags.isEmpty()) {
                item.setForeground(root.getDisplay().getSystemColor(SWT.COLOR_DARK_RED));
            }
        }
        fields.removeAll();
        for (Map.Entry<String, String> e : RecordFields.scalars(result, SHOWN).entrySet()) {
            TableItem item = new TableItem(fields, SWT.NONE);
            item.setText(new String[] { RecordFields.words(e.getKey()), e.getValue() });
        }
        root.layout(true, true);
    }

    // for tests

    public ChartWidget nyquist() {
        return nyquist;
    }

    public ChartWidget bode() {
        return bode;
    }

    public ChartWidget residuals() {
        return residuals;
    }

    public Table parameters() {
        return parameters;
    }

    public Table statusFields() {
        return fields;
    }

    public String status() {
        return status.getText();
    }

    public String state() {
        return state.getText();
    }

    public CircuitFit fit() {
        return shown;
    }

    /** Types a circuit and a guess, as a user would. */
    public void setCircuit(String text, String startValues) {
        circuit.setText(text);
        guess.setText(startValues == null ? "" : startValues);
    }

    /** Chooses the weighting by key (unit, proportional, modulus, ...). */
    public void setWeighting(String key) {
        weighting.select(Arrays.asList(weighting.getItems()).indexOf(key));
    }

    /** Presses Fit. */
    public void pressFit() {
        fit.notifyListeners(SWT.Selection, new org.eclipse.swt.widgets.Event());
    }

    /** The circuits offered. */
    public String[] offeredCircuits() {
        return circuit.getItems();
    }
}
