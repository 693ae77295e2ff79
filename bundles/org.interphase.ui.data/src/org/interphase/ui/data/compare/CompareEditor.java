/*
 * Copyright (c) 2026 the Interphase contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.interphase.ui.data.compare;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.part.EditorPart;
import org.eclipse.ui.progress.IWorkbenchSiteProgressService;
import org.interphase.data.Dataset;
import org.interphase.data.Technique;
import org.interphase.ui.charts.ChartKind;
import org.interphase.ui.charts.ChartSeries;
import org.interphase.ui.charts.ChartWidget;
import org.interphase.ui.data.editor.DatasetLoadJob;
import org.interphase.ui.data.plot.DatasetCharts;

/**
 * Several instrument files overlaid in one chart, one series per file (named after it in the legend). The kind of
 * chart comes from their common technique (EIS: Nyquist, cycling and others: V(t), LSV/CV: I(V)); files of different
 * techniques are drawn as V(t) when they all have time and potential. Files that cannot be read, or lack the
 * columns, are named in the line above the chart. The files are read by a job, as in the dataset editor.
 */
public class CompareEditor extends EditorPart {

    public static final String ID = "org.interphase.ui.data.compareEditor";

    /** The family of the reading jobs (tests wait for it). */
    public static final String FAMILY = "org.interphase.ui.data.compare";

    private CompareInput input;
    private Composite root;
    private Label note;
    private ChartWidget chart;
    private final List<Dataset> datasets = new ArrayList<>();
    private Job job;
    private volatile boolean done;

    @Override
    public void init(IEditorSite site, IEditorInput editorInput) throws PartInitException {
        if (!(editorInput instanceof CompareInput compare)) {
            throw new PartInitException("Compare needs instrument files (got " + editorInput.getName() + ")");
        }
        setSite(site);
        setInput(editorInput);
        input = compare;
        setPartName("Compare " + compare.files().size() + " datasets");
        setTitleToolTip(compare.getToolTipText());
    }

    @Override
    public void createPartControl(Composite parent) {
        root = new Composite(parent, SWT.NONE);
        root.setLayout(new GridLayout(1, false));
        note = new Label(root, SWT.WRAP);
        note.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        note.setText("Reading " + input.files().size() + " files ...");
        List<IFile> files = input.files();
        List<DatasetLoadJob.Loaded> results = new ArrayList<>();
        job = new Job("Reading " + files.size() + " files to compare") {
            @Override
            protected IStatus run(IProgressMonitor monitor) {
                SubMonitor progress = SubMonitor.convert(monitor, files.size());
                for (IFile file : files) {
                    if (progress.isCanceled()) {
                        return Status.CANCEL_STATUS;
                    }
                    results.add(DatasetLoadJob.read(file, progress.split(1)));
                }
                Display display = root.isDisposed() ? null : root.getDisplay();
                if (display == null || display.isDisposed()) {
                    results.forEach(r -> {
                        if (r.dataset() != null) {
                            r.dataset().close();
                        }
                    });
                    return Status.OK_STATUS;
                }
                display.asyncExec(() -> show(files, results));
                return Status.OK_STATUS;
            }

            @Override
            public boolean belongsTo(Object family) {
                return FAMILY.equals(family);
            }
        };
        IWorkbenchSiteProgressService progress = getSite().getService(IWorkbenchSiteProgressService.class);
        if (progress != null) {
            progress.schedule(job);
        } else {
            job.schedule();
        }
    }

    private void show(List<IFile> files, List<DatasetLoadJob.Loaded> results) {
        if (root.isDisposed()) {
            results.forEach(r -> {
                if (r.dataset() != null) {
                    r.dataset().close();
                }
            });
            return;
        }
        List<String> problems = new ArrayList<>();
        List<IFile> readFiles = new ArrayList<>();
        for (int i = 0; i < files.size(); i++) {
            DatasetLoadJob.Loaded r = results.get(i);
            if (r.ok()) {
                datasets.add(r.dataset());
                readFiles.add(files.get(i));
            } else {
                problems.add(r.message().lines().findFirst().orElse(files.get(i).getName()));
            }
        }
        Set<Technique> techniques = datasets.stream().map(Dataset::technique).collect(Collectors.toCollection(LinkedHashSet::new));
        ChartKind kind;
        if (techniques.size() == 1) {
            kind = DatasetCharts.kindFor(techniques.iterator().next());
        } else {
            kind = ChartKind.VOLTAGE_CURRENT_TIME;
            if (!techniques.isEmpty()) {
                problems.add(0, "the files are of different techniques (" + techniques.stream().map(Technique::name).collect(Collectors.joining(", "))
                        + "): drawn as V(t)");
            }
        }
        Set<String> names = new LinkedHashSet<>();
        for (IFile f : readFiles) {
            names.add(f.getName());
        }
        boolean unique = names.size() == readFiles.size();
        chart = new ChartWidget(root, SWT.NONE, kind);
        chart.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        chart.setTitle(DatasetCharts.title(kind) + " of " + readFiles.size() + " datasets");
        for (int i = 0; i < datasets.size(); i++) {
            IFile file = readFiles.get(i);
            String name = unique ? file.getName() : file.getFullPath().toString();
            try {
                List<ChartSeries> series = DatasetCharts.series(kind, name, datasets.get(i), true);
                chart.addSeries(series);
            } catch (IllegalArgumentException e) {
                problems.add(name + ": " + e.getMessage());
            }
        }
        note.setText(problems.isEmpty() ? chart.series().size() + " datasets, one series each." : String.join("; ", problems));
        root.layout(true, true);
        done = true;
    }

    @Override
    public void dispose() {
        if (job != null) {
            job.cancel();
        }
        datasets.forEach(Dataset::close);
        datasets.clear();
        super.dispose();
    }

    @Override
    public void setFocus() {
        root.setFocus();
    }

    @Override
    public boolean isDirty() {
        return false;
    }

    @Override
    public void doSave(IProgressMonitor monitor) {
        // nothing to save
    }

    @Override
    public void doSaveAs() {
        // nothing to save
    }

    @Override
    public boolean isSaveAsAllowed() {
        return false;
    }

    // for tests

    /** True when the files are read and drawn. */
    public boolean isShown() {
        return done;
    }

    /** The chart, or null while reading. */
    public ChartWidget chart() {
        return chart;
    }

    public String note() {
        return note.getText();
    }
}
