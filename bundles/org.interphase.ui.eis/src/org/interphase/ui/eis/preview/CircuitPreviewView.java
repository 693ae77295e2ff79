/*
 * Copyright (c) 2026 the Interphase contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.interphase.ui.eis.preview;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EContentAdapter;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.ISelectionListener;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.part.ViewPart;
import org.interphase.importer.ImportException;
import org.interphase.model.CircuitModel;
import org.interphase.model.CircuitParameter;
import org.interphase.model.EisExperiment;
import org.interphase.model.Experiment;
import org.interphase.model.FitResult;
import org.interphase.model.Project;
import org.interphase.solver.eis.circuit.CircuitSyntaxException;
import org.interphase.solver.eis.data.Sweeps;
import org.interphase.ui.eis.SweepChooser;
import org.interphase.ui.editor.InterphaseModelEditor;
import org.interphase.ui.eis.analysis.ImpedanceAnalysisHandler;

/**
 * Circuit Preview: the spectrum of the circuit model selected in the model editor, drawn over the data of one of the
 * project's EIS experiments (by default one whose fit started from this model), redrawn at once whenever the circuit
 * or a parameter changes (an EMF adapter on the circuit model: edits in the Properties view, Undo, Redo). The time of
 * each redraw is shown.
 */
public class CircuitPreviewView extends ViewPart {

    public static final String ID = "org.interphase.ui.eis.circuitPreview";

    private static final String NO_DATA = "(no data)";

    private Combo dataChoice;
    private CircuitPreview preview;
    private CircuitModel model;
    private InterphaseModelEditor editor;
    private final List<EisExperiment> offered = new ArrayList<>();
    private final Map<Path, Sweeps> cache = new HashMap<>();
    private SweepChooser sweepChooser;
    private String dataName;
    private final EContentAdapter adapter = new EContentAdapter() {
        @Override
        public void notifyChanged(Notification notification) {
            super.notifyChanged(notification);
            if (notification.isTouch()) {
                return;
            }
            if (Display.getCurrent() != null) {
                redraw();
            } else if (preview != null && !preview.isDisposed()) {
                preview.getDisplay().asyncExec(CircuitPreviewView.this::redraw);
            }
        }
    };
    private final ISelectionListener listener = this::selectionChanged;

    @Override
    public void createPartControl(Composite parent) {
        Composite root = new Composite(parent, SWT.NONE);
        root.setLayout(new GridLayout(2, false));
        new Label(root, SWT.NONE).setText("Data:");
        dataChoice = new Combo(root, SWT.READ_ONLY);
        dataChoice.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        dataChoice.setToolTipText("The EIS experiment of the project whose data the model is drawn over");
        dataChoice.addListener(SWT.Selection, e -> dataChosen());
        sweepChooser = new SweepChooser(root);
        sweepChooser.control().setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
        sweepChooser.onChange(() -> {
            if (sweepChooser.sweeps() != null && dataName != null) {
                preview.setData(dataName, sweepChooser.data());
                redraw();
            }
        });
        preview = new CircuitPreview(root, SWT.NONE);
        preview.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 2, 1));
        getSite().getPage().addSelectionListener(listener);
        IWorkbenchPart active = getSite().getPage().getActivePart();
        if (active != null && active != this && active.getSite().getSelectionProvider() != null) {
            selectionChanged(active, active.getSite().getSelectionProvider().getSelection());
        }
    }

    private void selectionChanged(IWorkbenchPart part, ISelection selection) {
        if (part == this || !(selection instanceof IStructuredSelection s) || s.isEmpty()) {
            return;
        }
        Object first = s.getFirstElement();
        CircuitModel chosen = first instanceof CircuitModel m ? m
                : first instanceof CircuitParameter p && p.eContainer() instanceof CircuitModel m ? m
                        : first instanceof FitResult f ? f.getCircuitModel() : null;
        if (chosen != null) {
            show(chosen, part instanceof InterphaseModelEditor e ? e : editor);
        }
    }

    /** Shows a circuit model of a model open in this editor (for the command and tests). */
    public void show(CircuitModel circuitModel, InterphaseModelEditor modelEditor) {
        if (circuitModel == model) {
            return;
        }
        if (model != null) {
            model.eAdapters().remove(adapter);
        }
        model = circuitModel;
        editor = modelEditor;
        model.eAdapters().add(adapter);
        setContentDescription("Circuit model '" + model.getName() + "'");
        offered.clear();
        dataChoice.removeAll();
        dataChoice.add(NO_DATA);
        EisExperiment preferred = null;
        if (EcoreRoot.project(model) instanceof Project project) {
            for (Experiment experiment : project.getExperiments()) {
                if (experiment instanceof EisExperiment eis && eis.getDataset() != null && eis.getDataset().getPath() != null
                        && !eis.getDataset().getPath().isBlank()) {
                    offered.add(eis);
                    dataChoice.add(eis.getName() + " (" + eis.getDataset().getPath() + ")");
                    if (preferred == null && eis.getFitResults().stream().anyMatch(f -> f.getCircuitModel() == model)) {
                        preferred = eis;
                    }
                }
            }
        }
        if (preferred == null && !offered.isEmpty()) {
            preferred = offered.get(0);
        }
        dataChoice.select(preferred == null ? 0 : offered.indexOf(preferred) + 1);
        dataChosen();
    }

    private void dataChosen() {
        dataName = null;
        int index = dataChoice.getSelectionIndex() - 1;
        if (index < 0 || editor == null) {
            preview.setData(null, null);
            redraw();
            return;
        }
        EisExperiment experiment = offered.get(index);
        Path file = ImpedanceAnalysisHandler.dataFile(editor, experiment);
        if (file == null || !Files.isRegularFile(file)) {
            preview.setData(null, null);
            redraw();
            preview.showProblem("The data file of '" + experiment.getName() + "' does not exist: " + file);
            return;
        }
        Sweeps cached = cache.get(file);
        if (cached != null) {
            showSweeps(experiment.getName(), cached);
            redraw();
            return;
        }
        String importer = experiment.getDataset().getImporterId();
        Job job = new Job("Reading " + file.getFileName() + " for the circuit preview") {
            @Override
            protected IStatus run(IProgressMonitor monitor) {
                String problem = null;
                Sweeps data = null;
                try {
                    data = Sweeps.read(file, importer, null, monitor);
                } catch (ImportException | IllegalArgumentException e) {
                    problem = e.getMessage();
                }
                Sweeps read = data;
                String error = problem;
                Display display = preview.isDisposed() ? null : preview.getDisplay();
                if (display != null) {
                    display.asyncExec(() -> {
                        if (preview.isDisposed() || dataChoice.getSelectionIndex() - 1 != index) {
                            return;
                        }
                        if (read != null) {
                            cache.put(file, read);
                            showSweeps(experiment.getName(), read);
                            redraw();
                        } else {
                            preview.setData(null, null);
                            redraw();
                            preview.showProblem(file.getFileName() + ": " + error);
                        }
                    });
                }
                return Status.OK_STATUS;
            }

            @Override
            public boolean belongsTo(Object family) {
                return CircuitPreviewView.ID.equals(family);
            }
        };
        job.schedule();
    }

    /** The data drawn: the first sweep of the file (the user may choose another, or all pooled). */
    private void showSweeps(String name, Sweeps sweeps) {
        dataName = name;
        sweepChooser.setSweeps(sweeps);
        preview.setData(name, sweepChooser.data());
    }

    /** Draws the model with its current circuit and parameter values. */
    private void redraw() {
        if (preview == null || preview.isDisposed() || model == null) {
            return;
        }
        try {
            preview.setCircuit(model.getCircuit());
        } catch (CircuitSyntaxException e) {
            preview.showProblem("The circuit '" + model.getCircuit() + "' does not parse: " + e.getMessage().lines().findFirst().orElse(""));
            return;
        }
        List<String> names = preview.parameterNames();
        double[] values = new double[names.size()];
        List<String> missing = new ArrayList<>();
        for (int k = 0; k < names.size(); k++) {
            String name = names.get(k);
            CircuitParameter p = model.getParameters().stream().filter(c -> name.equals(c.getName())).findFirst().orElse(null);
            if (p == null) {
                missing.add(name);
            } else {
                values[k] = p.getValue();
            }
        }
        if (!missing.isEmpty()) {
            preview.showProblem("The circuit model '" + model.getName() + "' has no value for " + String.join(", ", missing));
            return;
        }
        try {
            preview.update(values);
        } catch (IllegalArgumentException e) {
            preview.showProblem(e.getMessage());
        }
    }

    @Override
    public void setFocus() {
        dataChoice.setFocus();
    }

    @Override
    public void dispose() {
        getSite().getPage().removeSelectionListener(listener);
        if (model != null) {
            model.eAdapters().remove(adapter);
        }
        super.dispose();
    }

    // for tests

    public CircuitPreview preview() {
        return preview;
    }

    public SweepChooser sweepChooser() {
        return sweepChooser;
    }

    public CircuitModel model() {
        return model;
    }

    /** The data offered (the first entry is "(no data)"). */
    public String[] dataChoices() {
        return dataChoice.getItems();
    }

    /** The root of a model object's containment tree. */
    private static final class EcoreRoot {
        static EObject project(EObject o) {
            return org.eclipse.emf.ecore.util.EcoreUtil.getRootContainer(o);
        }
    }
}
