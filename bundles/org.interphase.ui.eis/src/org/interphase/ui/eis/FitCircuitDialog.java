/*
 * Copyright (c) 2026 the Interphase contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.interphase.ui.eis;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.interphase.solver.eis.data.Sweeps;
import org.interphase.model.CircuitModel;
import org.interphase.model.CircuitParameter;
import org.interphase.model.EisExperiment;
import org.interphase.model.Project;
import org.interphase.solver.eis.circuit.CircuitSyntaxException;
import org.interphase.solver.eis.circuit.Circuits;
import org.interphase.solver.eis.circuit.Node;
import org.interphase.solver.eis.fit.FitOptions;
import org.interphase.solver.eis.fit.FitResults;
import org.interphase.solver.eis.fit.Weighting;

/** Asks for the circuit (a circuit model of the project or a typed string), starting values, weighting and options. */
public class FitCircuitDialog extends TitleAreaDialog {

    private final Project project;
    private final EisExperiment experiment;
    private final Path data;
    private Combo circuit;
    private Text start;
    private Combo weighting;
    private Button global;
    private Text fMin;
    private Text fMax;
    private Button dropPositive;
    private Label parameters;
    private FitRequest request;
    private final Sweeps sweeps;
    private Combo sweep;

    public FitCircuitDialog(Shell parent, Project project, EisExperiment experiment, Path data) {
        this(parent, project, experiment, data, null);
    }

    /** With the file's sweeps to choose from (null: the first sweep, not shown). */
    public FitCircuitDialog(Shell parent, Project project, EisExperiment experiment, Path data, Sweeps sweeps) {
        super(parent);
        this.sweeps = sweeps;
        this.project = project;
        this.experiment = experiment;
        this.data = data;
        setShellStyle(getShellStyle() | SWT.RESIZE);
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText("Fit Equivalent Circuit");
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        setTitle("Fit an equivalent circuit to '" + experiment.getName() + "'");
        setMessage("Complex nonlinear least squares (Levenberg-Marquardt in log-parameters) with 95 % confidence intervals. "
                + "The result is stored with the experiment (Edit > Undo removes it).");
        Composite area = (Composite) super.createDialogArea(parent);
        Composite c = new Composite(area, SWT.NONE);
        c.setLayout(new GridLayout(2, false));
        c.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));

        label(c, "Data file:");
        Label file = new Label(c, SWT.WRAP);
        file.setText(data.toString());
        file.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));

        if (sweeps != null) {
            label(c, "Sweep:");
            Composite line = new Composite(c, SWT.NONE);
            GridLayout lineLayout = new GridLayout(2, false);
            lineLayout.marginWidth = 0;
            lineLayout.marginHeight = 0;
            line.setLayout(lineLayout);
            sweep = new Combo(line, SWT.READ_ONLY);
            sweep.setItems(sweeps.labels().toArray(String[]::new));
            sweep.select(0);
            sweep.setEnabled(sweeps.count() > 1);
            new Label(line, SWT.NONE).setText(sweeps.rowsNote());
        }

        label(c, "Circuit:");
        circuit = new Combo(c, SWT.DROP_DOWN);
        circuit.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        for (CircuitModel model : project.getCircuitModels()) {
            circuit.add(model.getName() + ": " + model.getCircuit());
        }
        circuit.setToolTipText("Choose a circuit model of the project or type a circuit: impedance.py (R0-p(R1,CPE1)-p(R2,CPE2)) or Boukamp CDC (R(RQ)(RQ))");
        label(c, "Parameters:");
        parameters = new Label(c, SWT.WRAP);
        parameters.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));

        label(c, "Starting values (SI):");
        start = new Text(c, SWT.BORDER);
        start.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        start.setMessage("comma-separated in the order above; empty: guessed from the data");

        label(c, "Weighting:");
        weighting = new Combo(c, SWT.READ_ONLY);
        for (Weighting w : Weighting.values()) {
            weighting.add(w.key());
        }
        weighting.select(Weighting.MODULUS.ordinal());
        weighting.setToolTipText("modulus (Boukamp, 1/|Z|^2) suits spectra spanning decades of |Z|; sigma needs measured standard deviations");

        label(c, "Frequencies (Hz):");
        Composite range = new Composite(c, SWT.NONE);
        range.setLayout(new GridLayout(4, false));
        new Label(range, SWT.NONE).setText("from");
        fMin = new Text(range, SWT.BORDER);
        fMin.setLayoutData(new GridData(90, SWT.DEFAULT));
        fMin.setMessage("lowest");
        new Label(range, SWT.NONE).setText("to");
        fMax = new Text(range, SWT.BORDER);
        fMax.setLayoutData(new GridData(90, SWT.DEFAULT));
        fMax.setMessage("highest");

        new Label(c, SWT.NONE);
        dropPositive = new Button(c, SWT.CHECK);
        dropPositive.setText("Leave out points with Im Z >= 0 (inductive, high frequency)");
        dropPositive.setSelection(true);
        new Label(c, SWT.NONE);
        global = new Button(c, SWT.CHECK);
        global.setText("Multi-start search (25 starts; for poor starting values)");

        circuit.addModifyListener(e -> circuitChanged());
        start.addModifyListener(e -> validate());
        fMin.addModifyListener(e -> validate());
        fMax.addModifyListener(e -> validate());
        if (circuit.getItemCount() > 0) {
            circuit.select(0);
        }
        return area;
    }

    private static void label(Composite c, String text) {
        Label l = new Label(c, SWT.NONE);
        l.setText(text);
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, IDialogConstants.OK_ID, "Fit", true);
        createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, false);
        validate();
    }

    /** The circuit model the combo shows, or null for a typed circuit. */
    private CircuitModel chosenModel() {
        int i = circuit.getSelectionIndex();
        String text = circuit.getText();
        for (int k = 0; k < project.getCircuitModels().size(); k++) {
            CircuitModel m = project.getCircuitModels().get(k);
            if (k == i || text.equals(m.getName() + ": " + m.getCircuit())) {
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
        if (m != null && start != null) {
            List<String> values = new ArrayList<>();
            for (CircuitParameter p : m.getParameters()) {
                values.add(Double.toString(p.getValue()).toLowerCase(Locale.ROOT));
            }
            start.setText(String.join(", ", values));
        }
        validate();
    }

    private void validate() {
        if (circuit == null || getButton(IDialogConstants.OK_ID) == null) {
            return;
        }
        String problem = null;
        Node node = null;
        try {
            node = Circuits.parse(circuitText());
            parameters.setText(String.join(", ", Circuits.parameterNames(node)));
        } catch (CircuitSyntaxException e) {
            parameters.setText("");
            problem = e.getMessage().lines().findFirst().orElse(e.getMessage());
        }
        if (problem == null && !start.getText().isBlank()) {
            try {
                double[] v = numbers(start.getText());
                if (v.length != node.parameterCount()) {
                    problem = "The circuit has " + node.parameterCount() + " parameters; " + v.length + " starting values are given.";
                }
            } catch (NumberFormatException e) {
                problem = "Starting values: '" + start.getText() + "' is not a comma-separated list of numbers.";
            }
        }
        if (problem == null) {
            problem = checkFrequency(fMin.getText(), "lowest");
        }
        if (problem == null) {
            problem = checkFrequency(fMax.getText(), "highest");
        }
        CircuitModel m = chosenModel();
        if (problem == null && m != null && node != null) {
            List<String> unknown = FitResults.unknownParameters(m, Circuits.parameterNames(node));
            if (!unknown.isEmpty()) {
                problem = "The circuit model '" + m.getName() + "' has parameters its circuit does not have: " + unknown;
            }
        }
        setErrorMessage(problem);
        getButton(IDialogConstants.OK_ID).setEnabled(problem == null);
    }

    private static String checkFrequency(String text, String which) {
        if (text.isBlank()) {
            return null;
        }
        try {
            return Double.parseDouble(text.strip()) > 0 ? null : "The " + which + " frequency must be > 0 Hz.";
        } catch (NumberFormatException e) {
            return "The " + which + " frequency '" + text + "' is not a number (Hz).";
        }
    }

    private static double[] numbers(String text) {
        return java.util.Arrays.stream(text.split("[,\\s]+")).filter(s -> !s.isBlank()).mapToDouble(Double::parseDouble).toArray();
    }

    @Override
    protected void okPressed() {
        try {
            Node node = Circuits.parse(circuitText());
            CircuitModel m = chosenModel();
            FitOptions options = new FitOptions().weighting(Weighting.values()[weighting.getSelectionIndex()]).global(global.getSelection());
            if (m != null) {
                FitResults.optionsFrom(m, Circuits.parameterNames(node), options);
            }
            if (!start.getText().isBlank()) {
                options.initial(numbers(start.getText()));
            }
            request = new FitRequest(node, m, options, fMin.getText().isBlank() ? Double.NaN : Double.parseDouble(fMin.getText().strip()),
                    fMax.getText().isBlank() ? Double.NaN : Double.parseDouble(fMax.getText().strip()), dropPositive.getSelection(), chosenSweep());
        } catch (CircuitSyntaxException | NumberFormatException e) {
            setErrorMessage(e.getMessage());
            return;
        }
        super.okPressed();
    }

    /** The sweep chosen (1-based; {@link SweepChooser#POOLED}: all pooled). */
    private int chosenSweep() {
        if (sweep == null || sweeps == null) {
            return 1;
        }
        int k = sweep.getSelectionIndex();
        return k < 0 ? 1 : k < sweeps.count() ? k + 1 : SweepChooser.POOLED;
    }

    /** Chooses a sweep by its index in the combo (tests). */
    public void chooseSweepItem(int index) {
        sweep.select(index);
    }

    /** Types a circuit into the circuit field, as a user would (tests). */
    public void typeCircuit(String text) {
        circuit.setText(text);
    }

    /** The circuits offered (tests). */
    public String[] offeredCircuits() {
        return circuit.getItems();
    }

    /** Whether Fit can be pressed now. */
    public boolean canFit() {
        return getButton(IDialogConstants.OK_ID).isEnabled();
    }

    /** What was asked for (after OK). */
    public FitRequest request() {
        return request;
    }
}
