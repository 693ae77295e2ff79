/*
 * Copyright (c) 2026 the Interphase contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.interphase.ui.eis.analysis;

import java.util.Locale;
import java.util.function.Consumer;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.IJobChangeEvent;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.core.runtime.jobs.JobChangeAdapter;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.custom.CTabItem;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.part.EditorPart;
import org.eclipse.ui.progress.IWorkbenchSiteProgressService;
import org.interphase.importer.ImportException;
import org.interphase.model.CircuitModel;
import org.interphase.solver.SolverException;
import org.interphase.solver.eis.circuit.Circuits;
import org.interphase.solver.eis.circuit.Node;
import org.interphase.solver.eis.data.ImpedanceData;
import org.interphase.solver.eis.data.Sweeps;
import org.interphase.solver.eis.drt.Drt;
import org.interphase.solver.eis.drt.DrtResult;
import org.interphase.solver.eis.fit.CircuitFit;
import org.interphase.solver.eis.fit.EisFitSolver;
import org.interphase.solver.eis.fit.FitOptions;
import org.interphase.solver.eis.validation.KkResult;
import org.interphase.solver.eis.validation.KramersKronig;
import org.interphase.solver.eis.validation.ZHit;
import org.interphase.ui.eis.FitJob;
import org.interphase.ui.eis.SweepChooser;

/**
 * Impedance analysis of one spectrum, in three tabs: Kramers-Kronig (lin-KK and Z-HIT), DRT and Fit. The data file is
 * read, and every analysis runs, in jobs (progress in the Progress view and on the editor's tab; fits are
 * cancellable), never in the UI thread; what cannot be read or computed is said in the tab in one line. Opened on an
 * EIS experiment of a model, fits are stored with the experiment (undoable in the model editor).
 */
public class ImpedanceAnalysisEditor extends EditorPart {

    /** The smallest page before it scrolls: the Fit tab's charts keep plots of about 180 px height. */
    static final int MIN_WIDTH = 640;
    static final int MIN_HEIGHT = 880;


    public static final String ID = "org.interphase.ui.eis.impedanceAnalysis";

    /** Job family of the editor's jobs (tests wait for them). */
    public static final String FAMILY = "org.interphase.ui.eis.analysis";

    private ImpedanceAnalysisInput input;
    private Composite root;
    private Label header;
    private CTabFolder tabs;
    private KramersKronigTab kk;
    private DrtTab drt;
    private FitTab fitTab;
    private SweepChooser sweepChooser;
    private Sweeps sweeps;
    private ImpedanceData all;
    private ImpedanceData data;
    private Button dropInductive;
    private Text fMin;
    private Text fMax;
    private String problem;
    private Job fitJob;
    private CircuitFit pendingFit;
    private org.interphase.model.FitResult pendingStored;
    private final java.util.Set<Job> jobs = new java.util.HashSet<>();

    @Override
    public void init(IEditorSite site, IEditorInput editorInput) throws PartInitException {
        if (!(editorInput instanceof ImpedanceAnalysisInput in)) {
            throw new PartInitException("The impedance analysis opens an impedance spectrum (got " + editorInput.getName() + ")");
        }
        setSite(site);
        setInput(editorInput);
        input = in;
        setPartName(in.getName());
        setTitleToolTip(in.getToolTipText());
    }

    @Override
    public void createPartControl(Composite parent) {
        // in a small editor area (a laptop screen, views beside it) the page scrolls instead of squeezing the Fit tab's
        // four charts to a few pixels: below this size scroll bars appear
        ScrolledComposite scrolled = new ScrolledComposite(parent, SWT.V_SCROLL | SWT.H_SCROLL);
        scrolled.setExpandHorizontal(true);
        scrolled.setExpandVertical(true);
        root = new Composite(scrolled, SWT.NONE);
        scrolled.setContent(root);
        scrolled.setMinSize(MIN_WIDTH, MIN_HEIGHT);
        root.setLayout(new GridLayout(1, false));
        Composite top = new Composite(root, SWT.NONE);
        top.setLayout(new GridLayout(7, false));
        top.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        header = new Label(top, SWT.WRAP);
        header.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 7, 1));
        header.setText("Reading " + input.file() + " ...");
        sweepChooser = new SweepChooser(top);
        sweepChooser.control().setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 7, 1));
        sweepChooser.onChange(() -> {
            if (sweeps != null) {
                all = sweepChooser.data();
                select();
            }
        });
        dropInductive = new Button(top, SWT.CHECK);
        dropInductive.setText("Leave out points with Im Z >= 0 (inductive)");
        dropInductive.setSelection(true);
        dropInductive.setToolTipText("Cable and instrument inductance at high frequency; Voigt elements, the DRT and most circuits cannot follow it");
        dropInductive.addListener(SWT.Selection, e -> select());
        new Label(top, SWT.NONE).setText("Frequencies from");
        fMin = new Text(top, SWT.BORDER);
        fMin.setMessage("lowest");
        fMin.setLayoutData(new GridData(70, SWT.DEFAULT));
        new Label(top, SWT.NONE).setText("to");
        fMax = new Text(top, SWT.BORDER);
        fMax.setMessage("highest");
        fMax.setLayoutData(new GridData(70, SWT.DEFAULT));
        Button apply = new Button(top, SWT.PUSH);
        apply.setText("Hz: Apply");
        apply.setToolTipText("Analyse only these frequencies (e.g. those where the Kramers-Kronig residuals are small)");
        apply.addListener(SWT.Selection, e -> select());
        fMin.addListener(SWT.DefaultSelection, e -> select());
        fMax.addListener(SWT.DefaultSelection, e -> select());
        tabs = new CTabFolder(root, SWT.BORDER | SWT.TOP);
        tabs.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        kk = new KramersKronigTab(tabs, this::runKk);
        tab("Kramers-Kronig", kk.control());
        drt = new DrtTab(tabs, this::runDrt);
        tab("DRT", drt.control());
        fitTab = new FitTab(tabs, input.project(), new FitTab.Runner() {
            @Override
            public void fit(Node circuit, CircuitModel model, FitOptions options) {
                runFit(circuit, model, options);
            }

            @Override
            public void cancel() {
                if (fitJob != null) {
                    fitJob.cancel();
                }
            }
        });
        tab("Fit", fitTab.control());
        tabs.setSelection(0);
        kk.setEnabled(false);
        drt.setEnabled(false);
        fitTab.running(true, "Reading the data ...");
        read();
    }

    private void tab(String title, org.eclipse.swt.widgets.Control control) {
        CTabItem item = new CTabItem(tabs, SWT.NONE);
        item.setText(title);
        item.setControl(control);
    }

    private void read() {
        ImpedanceAnalysisInput in = input;
        Sweeps[] read = new Sweeps[1];
        String[] error = new String[1];
        Job job = job("Reading " + in.file().getFileName(), monitor -> {
            try {
                read[0] = Sweeps.read(in.file(), in.importerId(), null, monitor);
            } catch (ImportException | IllegalArgumentException e) {
                error[0] = e.getMessage();
            }
        }, () -> {
            if (read[0] == null) {
                problem = error[0] == null ? "reading was cancelled" : error[0];
                header.setText(in.file() + ": " + problem);
                header.setForeground(root.getDisplay().getSystemColor(SWT.COLOR_RED));
                kk.showError(problem);
                drt.showError(problem);
                fitTab.showState(problem, true);
                fitTab.running(false, null);
                root.layout(true, true);
                return;
            }
            sweeps = read[0];
            sweepChooser.setSweeps(sweeps);
            if (in.sweep() != null && (in.sweep() == SweepChooser.POOLED || in.sweep() <= sweeps.count())) {
                sweepChooser.choose(in.sweep()); // the sweep a stored fit was made on
            }
            all = sweepChooser.data();
            // the state line said "Reading the data ..." until now
            fitTab.running(false, "Not fitted yet: choose a circuit and press Fit (starting values are optional).");
            kk.setEnabled(true);
            drt.setEnabled(true);
            select();
            if (pendingFit != null) {
                fitTab.show(pendingFit);
                pendingFit = null;
            }
            if (pendingStored != null) {
                fitTab.showStored(pendingStored);
                pendingStored = null;
            }
            root.layout(true, true);
        });
        job.schedule();
    }

    /** The points analysed (all, or without the inductive ones), then every analysis again. */
    private void select() {
        if (all == null) {
            return;
        }
        double lo;
        double hi;
        try {
            lo = fMin.getText().isBlank() ? Double.NaN : Double.parseDouble(fMin.getText().strip());
            hi = fMax.getText().isBlank() ? Double.NaN : Double.parseDouble(fMax.getText().strip());
        } catch (NumberFormatException e) {
            header.setText("The frequency range must be numbers in Hz (given '" + fMin.getText() + "' to '" + fMax.getText() + "').");
            header.setForeground(root.getDisplay().getSystemColor(SWT.COLOR_RED));
            root.layout(true, true);
            return;
        }
        ImpedanceData chosen = all.select(lo, hi, dropInductive.getSelection());
        if (chosen.size() < 5) {
            header.setText(String.format(Locale.ROOT, "%s: only %d of %d frequencies lie in the range chosen; the analyses need at least 5.",
                    input.file(), chosen.size(), all.size()));
            header.setForeground(root.getDisplay().getSystemColor(SWT.COLOR_RED));
            root.layout(true, true);
            return;
        }
        data = chosen;
        header.setForeground(null);
        header.setText(String.format(Locale.ROOT, "%s%s, %s: %d frequencies from %.4g Hz to %.4g Hz; %d analysed (%.4g Hz to %.4g Hz).", input.file(),
                input.experiment() != null ? " (experiment " + input.experiment().getName() + ")" : "",
                SweepChooser.describe(sweepChooser.choice(), sweeps.count()), all.size(), min(all.f()), max(all.f()), data.size(), min(data.f()),
                max(data.f())));
        fitTab.setData(data, sweepChooser.choice(), sweeps.count());
        kk.test();
        drt.compute();
        root.layout(true, true);
    }

    private void runKk(KramersKronig.Options options, boolean auto) {
        if (data == null) {
            return;
        }
        ImpedanceData spectrum = data;
        Object[] out = new Object[3];
        kk.setEnabled(false);
        job("Kramers-Kronig test of " + input.file().getFileName(), monitor -> {
            try {
                out[0] = auto ? KramersKronig.testAuto(spectrum, options, monitor) : KramersKronig.test(spectrum, options, monitor);
            } catch (SolverException | IllegalArgumentException e) {
                out[2] = e.getMessage();
                return;
            }
            try {
                out[1] = ZHit.test(spectrum, options.maxResidual());
            } catch (SolverException e) {
                out[1] = e.getMessage();
            }
        }, () -> {
            kk.setEnabled(true);
            if (out[0] instanceof KkResult r) {
                kk.show(r, out[1] instanceof ZHit.Result z ? z : null, out[1] instanceof String s ? s : null, options.maxResidual());
            } else {
                kk.showError(out[2] == null ? "cancelled" : (String) out[2]);
            }
        }).schedule();
    }

    private void runDrt(Drt.Options options) {
        if (data == null) {
            return;
        }
        ImpedanceData spectrum = data;
        Object[] out = new Object[1];
        drt.setEnabled(false);
        job("DRT of " + input.file().getFileName(), monitor -> {
            try {
                out[0] = Drt.compute(spectrum, options, monitor);
            } catch (SolverException | IllegalArgumentException e) {
                out[0] = e.getMessage();
            }
        }, () -> {
            drt.setEnabled(true);
            if (out[0] instanceof DrtResult r) {
                drt.show(r);
            } else {
                drt.showError(out[0] == null ? "cancelled" : (String) out[0]);
            }
        }).schedule();
    }

    private void runFit(Node circuit, CircuitModel model, FitOptions options) {
        if (data == null) {
            fitTab.showState("No data to fit: " + problem, true);
            return;
        }
        ImpedanceData spectrum = data;
        int sweep = sweepChooser.choice();
        int sweepCount = sweeps.count();
        CircuitFit[] out = new CircuitFit[1];
        String[] error = new String[1];
        String name = Circuits.toImpedancePy(circuit);
        fitTab.running(true, "Fitting " + name + " to " + spectrum.size() + " points ...");
        Job job = job("Fitting " + name + " to " + input.file().getFileName(), monitor -> {
            SubMonitor sub = SubMonitor.convert(monitor, "fitting " + spectrum.size() + " points", 1);
            try {
                out[0] = EisFitSolver.installed().fit(circuit, spectrum, options, sub.split(1));
            } catch (SolverException | IllegalArgumentException e) {
                error[0] = e.getMessage();
            }
        }, () -> {
            if (out[0] != null) {
                fitTab.running(false, "Fitted " + name + ".");
                fitTab.show(out[0]);
                if (input.modelEditor() != null && input.experiment() != null && input.experiment().getDataset() != null) {
                    FitJob.store(input.modelEditor(), input.experiment(), out[0], model, input.experiment().getDataset().getPath(), sweep, sweepCount);
                    fitTab.showState("Fitted " + name + "; stored with the experiment '" + input.experiment().getName()
                            + "' as a fit result (Edit > Undo in the model editor removes it).", false);
                }
            } else {
                fitTab.running(false, null);
                fitTab.showState(error[0] != null ? "The fit failed: " + error[0] : "The fit was cancelled.", error[0] != null);
            }
        });
        fitJob = job;
        job.setUser(false);
        job.schedule();
    }

    /** Shows a fit made elsewhere (the Fit Equivalent Circuit command) on the Fit tab. */
    public void showFit(CircuitFit fit) {
        tabs.setSelection(2);
        if (data == null) {
            pendingFit = fit;
        } else {
            fitTab.show(fit);
        }
    }

    /** Shows a fit result stored in the model on the Fit tab (with its flags), over the sweep it was made on when the input names it. */
    public void showStored(org.interphase.model.FitResult result) {
        tabs.setSelection(2);
        if (data == null) {
            pendingStored = result;
        } else {
            // a fit stored before sweeps were told apart was made on all points: pooled
            int on = result.getSweep() == null ? SweepChooser.POOLED : result.getSweep();
            if (sweeps != null && on != sweepChooser.choice() && (on == SweepChooser.POOLED || on <= sweeps.count())) {
                sweepChooser.choose(on);
            }
            fitTab.showStored(result);
        }
    }

    /** A job in the editor's family: work in the job, then the UI part in the UI thread unless the editor closed. */
    private Job job(String name, Consumer<IProgressMonitor> work, Runnable ui) {
        Job job = new Job(name) {
            @Override
            protected IStatus run(IProgressMonitor monitor) {
                try {
                    work.accept(monitor);
                } catch (OperationCanceledException e) {
                    return Status.CANCEL_STATUS;
                }
                return monitor.isCanceled() ? Status.CANCEL_STATUS : Status.OK_STATUS;
            }

            @Override
            public boolean belongsTo(Object family) {
                return FAMILY.equals(family);
            }
        };
        jobs.add(job);
        job.addJobChangeListener(new JobChangeAdapter() {
            @Override
            public void done(IJobChangeEvent event) {
                Display display = root.isDisposed() ? null : root.getDisplay();
                if (display == null || display.isDisposed()) {
                    return;
                }
                display.asyncExec(() -> {
                    jobs.remove(job);
                    if (!root.isDisposed()) {
                        ui.run();
                    }
                });
            }
        });
        IWorkbenchSiteProgressService progress = getSite().getService(IWorkbenchSiteProgressService.class);
        if (progress != null) {
            progress.showBusyForFamily(FAMILY);
        }
        return job;
    }

    private static double min(double[] v) {
        double m = Double.POSITIVE_INFINITY;
        for (double x : v) {
            m = Math.min(m, x);
        }
        return m;
    }

    private static double max(double[] v) {
        double m = Double.NEGATIVE_INFINITY;
        for (double x : v) {
            m = Math.max(m, x);
        }
        return m;
    }

    @Override
    public void dispose() {
        for (Job job : java.util.List.copyOf(jobs)) {
            job.cancel();
        }
        super.dispose();
    }

    @Override
    public void setFocus() {
        tabs.setFocus();
    }

    @Override
    public boolean isDirty() {
        return false;
    }

    @Override
    public boolean isSaveAsAllowed() {
        return false;
    }

    @Override
    public void doSave(IProgressMonitor monitor) {
        // nothing to save: fits are stored in the model by the model editor
    }

    @Override
    public void doSaveAs() {
        // nothing to save
    }

    // for tests

    /** True when the data are read and no analysis job of this editor is running (its results are shown). */
    public boolean isIdle() {
        return (data != null || problem != null) && jobs.isEmpty();
    }

    public ImpedanceData data() {
        return data;
    }

    /** The sweep chooser (combo of the file's sweeps and the dropped rows' line). */
    public SweepChooser sweepChooser() {
        return sweepChooser;
    }

    public KramersKronigTab kramersKronig() {
        return kk;
    }

    public DrtTab drt() {
        return drt;
    }

    public FitTab fit() {
        return fitTab;
    }

    /** Analyses only the frequencies from lo to hi Hz (empty: no limit), as typing them and pressing Apply does. */
    public void setRange(String lo, String hi) {
        fMin.setText(lo);
        fMax.setText(hi);
        select();
    }

    /** Ticks or clears "Leave out points with Im Z >= 0", as a click does. */
    public void setDropInductive(boolean drop) {
        dropInductive.setSelection(drop);
        select();
    }

    /** The header line (file, sweep, frequencies analysed). */
    public String headerText() {
        return header.getText();
    }

    /** Shows the tab of this title (Kramers-Kronig, DRT, Fit). */
    public void showTab(String title) {
        for (CTabItem item : tabs.getItems()) {
            if (item.getText().equals(title)) {
                tabs.setSelection(item);
            }
        }
    }
}
