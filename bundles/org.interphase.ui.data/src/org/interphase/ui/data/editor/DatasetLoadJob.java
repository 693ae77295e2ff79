/*
 * Copyright (c) 2026 the Interphase contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.interphase.ui.data.editor;

import java.nio.file.Path;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IFolder;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IPath;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.interphase.data.Dataset;
import org.interphase.data.DatasetStore;
import org.interphase.data.Metadata;
import org.interphase.importer.ImportException;
import org.interphase.importer.ImporterDescriptor;
import org.interphase.importer.Importers;

/**
 * Reads an instrument file of the workspace with the installed importers into the on-disk dataset store of its
 * project ({@code <project>/.interphase-datasets/}, the store the import wizard makes for a model at the project's
 * root), or opens that store when it was made from the file as it is now. Cancellable (the importers check the
 * monitor). Never fails with an error status: what went wrong is the result's message, shown on the Overview page.
 */
public class DatasetLoadJob extends Job {

    /** The family of these jobs (tests wait for it). */
    public static final String FAMILY = "org.interphase.ui.data.load";

    /** What reading gave: a dataset and its importer, or the message saying why not (cancelled: the user stopped it). */
    public record Loaded(Dataset dataset, ImporterDescriptor importer, String message, boolean cancelled) {

        public boolean ok() {
            return dataset != null;
        }
    }

    private final IFile file;
    private volatile Loaded loaded;

    public DatasetLoadJob(IFile file) {
        super("Reading " + file.getFullPath());
        this.file = file;
    }

    @Override
    public boolean belongsTo(Object family) {
        return FAMILY.equals(family);
    }

    /** The result, after the job ran. */
    public Loaded loaded() {
        return loaded;
    }

    /** The store folder of a workspace file: as for a model at the root of the file's project. */
    public static Path storeFolder(IFile file) {
        IPath location = file.getProject().getLocation();
        if (location == null) {
            throw new IllegalArgumentException(file.getFullPath() + " is not on the local file system");
        }
        Path root = location.toFile().toPath();
        // DatasetStore.folderFor takes a model file and keeps stores in its folder: a model at the project's root
        return DatasetStore.folderFor(root.resolve(".project"), file.getProjectRelativePath().toString());
    }

    @Override
    protected IStatus run(IProgressMonitor monitor) {
        loaded = read(file, monitor);
        return loaded.cancelled() ? Status.CANCEL_STATUS : Status.OK_STATUS;
    }

    /**
     * Reads a workspace file into (or opens) its store, in the calling thread: the dataset and its importer, or the
     * message saying why not. Close the dataset when done.
     */
    public static Loaded read(IFile file, IProgressMonitor monitor) {
        SubMonitor progress = SubMonitor.convert(monitor, "Reading " + file.getFullPath(), 100);
        try {
            IPath location = file.getLocation();
            if (location == null) {
                return new Loaded(null, null, file.getFullPath() + ": not on the local file system", false);
            }
            Dataset dataset = Importers.open(location.toFile().toPath(), null, storeFolder(file), progress.split(95));
            String id = dataset.metadata().get(Metadata.IMPORTER);
            ImporterDescriptor importer = id == null ? null : Importers.find(id).orElse(null);
            markStoresDerived(file.getProject(), progress.split(5));
            return new Loaded(dataset, importer, null, false);
        } catch (ImportException e) {
            return new Loaded(null, null, e.getMessage(), false);
        } catch (OperationCanceledException e) {
            return new Loaded(null, null, file.getName() + ": reading was cancelled", true);
        } catch (RuntimeException e) {
            // a damaged store or a file that vanished while it was read: say so on the page, log the details
            ILog.of(DatasetLoadJob.class).warn("reading " + file.getFullPath() + " failed", e);
            return new Loaded(null, null, file.getName() + ": " + e.getMessage(), false);
        }
    }

    /** Lets the workspace see the store folder, marked derived (not a source of the project). */
    private static void markStoresDerived(IProject project, IProgressMonitor monitor) {
        IFolder stores = project.getFolder(IPath.fromOSString(DatasetStore.STORE_FOLDER));
        try {
            stores.refreshLocal(IResource.DEPTH_ONE, monitor);
            if (stores.exists() && !stores.isDerived()) {
                stores.setDerived(true, monitor);
            }
        } catch (CoreException e) {
            // the store is on disk; the workspace sees it at its next refresh
        }
    }
}
