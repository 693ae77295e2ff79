/*
 * Copyright (c) 2026 the Interphase contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.interphase.ui.data.editor;

import java.util.Locale;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResourceChangeEvent;
import org.eclipse.core.resources.IResourceChangeListener;
import org.eclipse.core.resources.IResourceDelta;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.jobs.IJobChangeEvent;
import org.eclipse.core.runtime.jobs.JobChangeAdapter;
import org.eclipse.jface.action.ToolBarManager;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.IFileEditorInput;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.menus.IMenuService;
import org.eclipse.ui.part.MultiPageEditorPart;
import org.eclipse.ui.progress.IWorkbenchSiteProgressService;
import org.interphase.data.Dataset;
import org.interphase.data.Technique;
import org.interphase.solver.cycling.analytics.CyclingAnalysis;
import org.interphase.ui.data.cycling.CyclesPage;
import org.interphase.ui.data.cycling.CyclingAnalysisJob;
import org.interphase.ui.data.plot.PlotPage;

/**
 * The dataset editor of an instrument file: pages Overview, Table and Plot (and Cycles for cycling records), and beside
 * the page tabs the analyses other bundles contribute for the dataset's technique (e.g. Impedance Analysis). The
 * file is read by a {@link DatasetLoadJob} (progress in the status line and the Progress view, cancellable, also
 * from the Overview page), never in the UI thread; what cannot be read is said on the Overview page. The editor
 * reads the file again when it changes in the workspace and closes when it is deleted. Nothing is ever written back
 * to the instrument file.
 */
public class DatasetEditor extends MultiPageEditorPart implements IResourceChangeListener {

    public static final String ID = "org.interphase.ui.data.datasetEditor";

    private IFile file;
    private OverviewPage overview;
    private TablePage table;
    private PlotPage plot;
    private CyclesPage cycles;
    private CyclingAnalysisJob analysisJob;
    private DatasetLoadJob job;
    private DatasetLoadJob.Loaded loaded;
    private DatasetLoadJob shownJob;
    private CyclingAnalysisJob analysed;
    private ToolBarManager analyses;

    @Override
    public void init(IEditorSite site, IEditorInput input) throws PartInitException {
        if (!(input instanceof IFileEditorInput fileInput)) {
            throw new PartInitException("The dataset editor opens files of the workspace (got " + input.getName() + ")");
        }
        super.init(site, input);
        file = fileInput.getFile();
        setPartName(file.getName());
        setTitleToolTip(file.getFullPath().toString());
        ResourcesPlugin.getWorkspace().addResourceChangeListener(this, IResourceChangeEvent.POST_CHANGE);
    }

    @Override
    protected void createPages() {
        overview = new OverviewPage(getContainer(), this);
        setPageText(addPage(overview.control()), "Overview");
        table = new TablePage(getContainer());
        setPageText(addPage(table.control()), "Table");
        plot = new PlotPage(getContainer());
        setPageText(addPage(plot.control()), "Plot");
        load();
    }

    /** Reads the file (again), in a job; the pages show the result when it is done. */
    public void load() {
        if (job != null) {
            job.cancel();
        }
        DatasetLoadJob started = new DatasetLoadJob(file);
        job = started;
        overview.reading(file);
        started.addJobChangeListener(new JobChangeAdapter() {
            @Override
            public void done(IJobChangeEvent event) {
                Display display = getContainer().isDisposed() ? null : getContainer().getDisplay();
                if (display == null || display.isDisposed()) {
                    close(started.loaded());
                    return;
                }
                display.asyncExec(() -> shown(started));
            }
        });
        IWorkbenchSiteProgressService progress = getSite().getService(IWorkbenchSiteProgressService.class);
        if (progress != null) {
            progress.schedule(started);
        } else {
            started.schedule();
        }
    }

    /** Stops reading. */
    void cancelLoad() {
        if (job != null) {
            job.cancel();
        }
    }

    private void shown(DatasetLoadJob done) {
        DatasetLoadJob.Loaded result = done.loaded();
        if (getContainer().isDisposed() || done != job) {
            close(result); // the editor closed, or a newer read replaced this one
            return;
        }
        if (result == null) {
            result = new DatasetLoadJob.Loaded(null, null, file.getName() + ": reading was cancelled", true);
        }
        DatasetLoadJob.Loaded previous = loaded;
        loaded = result;
        shownJob = done;
        overview.show(result);
        table.show(result.dataset(), result.message());
        plot.show(result.dataset(), file.getName(), result.message());
        cyclesPage(result.dataset());
        analysesToolbar(result.dataset());
        close(previous);
    }

    /**
     * The analyses other bundles offer on datasets of this technique, as buttons beside the page tabs: the commands
     * contributed to {@code toolbar:org.interphase.ui.data.datasetEditor.<technique>} (e.g. {@code .eis}: Impedance
     * Analysis). Nothing is shown when no bundle contributes.
     */
    private void analysesToolbar(Dataset dataset) {
        if (!(getContainer() instanceof CTabFolder folder)) {
            return;
        }
        IMenuService menus = getSite().getService(IMenuService.class);
        if (analyses != null) {
            if (menus != null) {
                menus.releaseContributions(analyses);
            }
            folder.setTopRight(null);
            analyses.dispose();
            analyses = null;
        }
        if (dataset == null || menus == null) {
            return;
        }
        ToolBarManager bar = new ToolBarManager(SWT.FLAT | SWT.RIGHT);
        menus.populateContributionManager(bar, "toolbar:" + ID + "." + dataset.technique().name().toLowerCase(Locale.ROOT));
        if (bar.getSize() == 0) {
            menus.releaseContributions(bar);
            bar.dispose();
            return;
        }
        analyses = bar;
        folder.setTopRight(bar.createControl(folder), SWT.RIGHT);
        folder.layout(true, true);
    }

    /** The analyses offered beside the page tabs (for tests), or null. */
    public ToolBarManager analyses() {
        return analyses;
    }

    /** Cycling records get the Cycles page and the analysis (run as a job); others lose the page. */
    private void cyclesPage(Dataset dataset) {
        if (analysisJob != null) {
            analysisJob.cancel();
            analysisJob = null;
        }
        boolean cycling = dataset != null && dataset.technique() == Technique.GALVANOSTATIC_CYCLING;
        if (!cycling) {
            if (cycles != null) {
                removePage(pageIndex("Cycles"));
                cycles = null;
            }
            return;
        }
        if (cycles == null) {
            cycles = new CyclesPage(getContainer(), this::analyse);
            setPageText(addPage(cycles.control()), "Cycles");
        }
        analyse(1);
    }

    /** Runs the cycling analytics with this reference cycle of the retention; Plot and Cycles show the result. */
    void analyse(int referenceCycle) {
        Dataset dataset = dataset();
        if (dataset == null || cycles == null) {
            return;
        }
        if (analysisJob != null) {
            analysisJob.cancel();
        }
        CyclingAnalysisJob started = new CyclingAnalysisJob(file.getName(), dataset,
                CyclingAnalysis.Options.defaults().withReferenceCycle(referenceCycle));
        analysisJob = started;
        started.addJobChangeListener(new JobChangeAdapter() {
            @Override
            public void done(IJobChangeEvent event) {
                Display display = getContainer().isDisposed() ? null : getContainer().getDisplay();
                if (display != null && !display.isDisposed()) {
                    display.asyncExec(() -> {
                        if (getContainer().isDisposed() || started != analysisJob || started.outcome() == null) {
                            return;
                        }
                        CyclingAnalysisJob.Outcome outcome = started.outcome();
                        cycles.show(outcome.analysis(), outcome.message());
                        plot.showAnalysis(outcome.analysis(), outcome.message());
                        analysed = started;
                    });
                }
            }
        });
        IWorkbenchSiteProgressService progress = getSite().getService(IWorkbenchSiteProgressService.class);
        if (progress != null) {
            progress.schedule(started);
        } else {
            started.schedule();
        }
    }

    private int pageIndex(String title) {
        for (int i = 0; i < getPageCount(); i++) {
            if (title.equals(getPageText(i))) {
                return i;
            }
        }
        return -1;
    }

    private static void close(DatasetLoadJob.Loaded result) {
        if (result != null && result.dataset() != null) {
            result.dataset().close();
        }
    }

    @Override
    public void resourceChanged(IResourceChangeEvent event) {
        IResourceDelta delta = event.getDelta() == null ? null : event.getDelta().findMember(file.getFullPath());
        if (delta == null) {
            return;
        }
        Display display = getSite().getShell().getDisplay();
        if (delta.getKind() == IResourceDelta.REMOVED) {
            display.asyncExec(() -> {
                if (!getContainer().isDisposed()) {
                    getSite().getPage().closeEditor(this, false);
                }
            });
        } else if (delta.getKind() == IResourceDelta.CHANGED && (delta.getFlags() & (IResourceDelta.CONTENT | IResourceDelta.REPLACED)) != 0) {
            display.asyncExec(() -> {
                if (!getContainer().isDisposed()) {
                    load();
                }
            });
        }
    }

    @Override
    public void dispose() {
        ResourcesPlugin.getWorkspace().removeResourceChangeListener(this);
        if (job != null) {
            job.cancel();
        }
        if (analysisJob != null) {
            analysisJob.cancel();
        }
        close(loaded);
        loaded = null;
        if (analyses != null) {
            IMenuService menus = getSite().getService(IMenuService.class);
            if (menus != null) {
                menus.releaseContributions(analyses);
            }
            analyses.dispose();
        }
        super.dispose();
    }

    @Override
    public boolean isDirty() {
        return false;
    }

    @Override
    public void doSave(IProgressMonitor monitor) {
        // read-only: nothing to save
    }

    @Override
    public void doSaveAs() {
        // read-only
    }

    @Override
    public boolean isSaveAsAllowed() {
        return false;
    }

    // for tests and the other pages

    public IFile file() {
        return file;
    }

    /** The dataset shown, or null (not read yet, or unreadable). */
    public Dataset dataset() {
        return loaded == null ? null : loaded.dataset();
    }

    /** What the last read gave, or null while the first is running. */
    public DatasetLoadJob.Loaded loaded() {
        return loaded;
    }

    /** True when the newest read is done and shown. */
    public boolean isLoaded() {
        return shownJob != null && shownJob == job;
    }

    /** True when the cycling analysis of the shown dataset is done and shown (false for other techniques). */
    public boolean isAnalysed() {
        return analysisJob != null && analysed == analysisJob;
    }

    public PlotPage plot() {
        return plot;
    }

    /** The Cycles page, or null when the dataset is not a cycling record. */
    public CyclesPage cycles() {
        return cycles;
    }

    public OverviewPage overview() {
        return overview;
    }

    public TablePage table() {
        return table;
    }

    /** Shows the page of this title (Overview, Table, Plot, Cycles); false when there is none. */
    public boolean showPage(String title) {
        int index = pageIndex(title);
        if (index >= 0) {
            setActivePage(index);
        }
        return index >= 0;
    }
}
