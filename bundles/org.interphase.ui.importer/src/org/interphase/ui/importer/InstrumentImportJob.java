/*
 * Copyright (c) 2026 the Interphase contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.interphase.ui.importer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;

import org.eclipse.core.resources.IContainer;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IFolder;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IPath;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.MultiStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.jface.dialogs.ErrorDialog;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IEditorReference;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.interphase.data.Dataset;
import org.interphase.data.DatasetStore;
import org.interphase.importer.ImportException;
import org.interphase.importer.ImportResult;
import org.interphase.importer.Importers;
import org.interphase.model.Project;
import org.interphase.model.provider.InterphaseItemProviderAdapterFactory;
import org.interphase.model.resource.InterphaseModels;
import org.interphase.model.resource.ModelFileException;
import org.interphase.ui.editor.InterphaseModelEditor;
import org.interphase.ui.importer.DatasetAttachment.Imported;
import org.interphase.ui.importer.DatasetAttachment.Target;

/**
 * Imports instrument files for a model, as a Job with progress and cancel: each file is (copied into the project,
 * when asked, and) read by its importer into the on-disk dataset store beside the model; then the files read are
 * attached to their experiments with one EMF command: through the model's open editor (undoable, the editor becomes
 * dirty) or, when no editor has the model open, on the file itself, saved atomically. A file that cannot be read is
 * listed with its reason; the others are imported.
 */
public class InstrumentImportJob extends Job {

    /** One file to import: the file, the importer (null: chosen from the file) and where it goes in the model. */
    public record Request(Path file, String importerId, Target target) {
    }

    /** What happened to one file: imported (imported != null) or not (error). */
    public record Outcome(Request request, Imported imported, String error) {
    }

    private final IFile model;
    private final List<Request> requests;
    private final IContainer copyInto;
    private final boolean showResult;
    private final List<Outcome> outcomes = new ArrayList<>();
    private final List<String> problems = new java.util.concurrent.CopyOnWriteArrayList<>();
    private volatile String modelError;

    /**
     * @param model the .interphase file the files are attached to
     * @param copyInto where files from outside the workspace are copied first (null: left in place)
     * @param showResult show a dialog listing the files that could not be imported
     */
    public InstrumentImportJob(IFile model, List<Request> requests, IContainer copyInto, boolean showResult) {
        super("Importing instrument data for " + model.getName());
        this.model = model;
        this.requests = List.copyOf(requests);
        this.copyInto = copyInto;
        this.showResult = showResult;
        setUser(true);
    }

    /** The outcome of each file, after the job ran. */
    public List<Outcome> outcomes() {
        return List.copyOf(outcomes);
    }

    /** Files read into the store but not attached, with the reason. */
    public List<String> problems() {
        return List.copyOf(problems);
    }

    /** Why the model could not be changed, or null. */
    public String modelError() {
        return modelError;
    }

    @Override
    protected IStatus run(IProgressMonitor monitor) {
        SubMonitor progress = SubMonitor.convert(monitor, getName(), requests.size() * 10 + 2);
        Path modelFile = model.getLocation().toFile().toPath();
        List<Imported> imported = new ArrayList<>();
        try {
            for (Request request : requests) {
                progress.subTask(request.file().getFileName().toString());
                try {
                    Imported done = importOne(request, modelFile, progress.split(10));
                    imported.add(done);
                    outcomes.add(new Outcome(request, done, null));
                } catch (ImportException e) {
                    outcomes.add(new Outcome(request, null, e.getMessage()));
                } catch (IOException | CoreException e) {
                    outcomes.add(new Outcome(request, null, request.file() + ": " + e.getMessage()));
                }
            }
        } catch (OperationCanceledException e) {
            return Status.CANCEL_STATUS;
        }
        refresh(progress.split(1));
        attach(imported);
        refresh(progress.split(1));
        if (showResult) {
            report();
        }
        return Status.OK_STATUS;
    }

    private Imported importOne(Request request, Path modelFile, SubMonitor monitor) throws ImportException, IOException, CoreException {
        Path file = request.file();
        if (copyInto != null && !isInside(file, ResourcesPlugin.getWorkspace().getRoot().getLocation().toFile().toPath())) {
            if (copyInto instanceof IFolder folder && !folder.exists()) {
                folder.create(true, true, null);
            }
            Path target = copyInto.getLocation().toFile().toPath().resolve(file.getFileName().toString());
            if (!Files.exists(target) || !Files.isSameFile(target, file)) {
                Files.copy(file, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.COPY_ATTRIBUTES);
            }
            file = target;
        }
        String relative = DatasetAttachment.relativePath(modelFile, file);
        Path store = DatasetStore.folderFor(modelFile, relative);
        ImportResult result = Importers.readToStore(file, request.importerId(), store, monitor);
        try (Dataset dataset = result.dataset()) {
            return new Imported(file, relative, result.importer().id(), DatasetAttachment.sha256(file), dataset.technique(),
                    new HashMap<>(dataset.metadata()), request.target());
        }
    }

    private static boolean isInside(Path file, Path folder) {
        return file.toAbsolutePath().normalize().startsWith(folder.toAbsolutePath().normalize());
    }

    /** Attaches through the open editor, or on the file. */
    private void attach(List<Imported> imported) {
        if (imported.stream().allMatch(i -> i.target() instanceof DatasetAttachment.Unattached)) {
            return;
        }
        Display display = PlatformUI.isWorkbenchRunning() ? PlatformUI.getWorkbench().getDisplay() : null;
        InterphaseModelEditor[] editor = new InterphaseModelEditor[1];
        if (display != null) {
            display.syncExec(() -> editor[0] = openEditor(model));
        }
        if (editor[0] != null) {
            display.syncExec(() -> {
                Command command = DatasetAttachment.command(editor[0].getEditingDomain(), editor[0].project(), imported, problems);
                if (command != null) {
                    editor[0].getEditingDomain().getCommandStack().execute(command);
                }
            });
            return;
        }
        try {
            Project project = InterphaseModels.load(model.getLocation().toFile().toPath());
            EditingDomain domain = new AdapterFactoryEditingDomain(new ComposedAdapterFactory(new InterphaseItemProviderAdapterFactory()),
                    new BasicCommandStack(), project.eResource().getResourceSet());
            // the targets were chosen on another copy of the model: find the same objects in this one
            List<Imported> here = imported.stream().map(i -> rebind(i, project)).toList();
            Command command = DatasetAttachment.command(domain, project, here, problems);
            if (command != null) {
                domain.getCommandStack().execute(command);
                InterphaseModels.save(project);
            }
        } catch (ModelFileException | IOException e) {
            modelError = model.getFullPath() + ": " + e.getMessage();
        }
    }

    /** The same target in another copy of the model (matched by the objects' URI fragments). */
    private static Imported rebind(Imported i, Project project) {
        Target target = switch (i.target()) {
        case DatasetAttachment.Existing e -> new DatasetAttachment.Existing(
                (org.interphase.model.Experiment) project.eResource().getEObject(e.experiment().eResource().getURIFragment(e.experiment())));
        case DatasetAttachment.NewExperiment n -> new DatasetAttachment.NewExperiment(
                (org.interphase.model.Cell) project.eResource().getEObject(n.cell().eResource().getURIFragment(n.cell())), n.name());
        case DatasetAttachment.Unattached u -> u;
        };
        return new Imported(i.file(), i.relativePath(), i.importerId(), i.sha256(), i.technique(), i.metadata(), target);
    }

    /** The model editor that has the file open, or null. */
    static InterphaseModelEditor openEditor(IFile file) {
        for (IWorkbenchWindow window : PlatformUI.getWorkbench().getWorkbenchWindows()) {
            for (IWorkbenchPage page : window.getPages()) {
                for (IEditorReference reference : page.getEditorReferences()) {
                    IEditorPart part = reference.getEditor(false);
                    if (part instanceof InterphaseModelEditor editor && file.equals(editor.file())) {
                        return editor;
                    }
                }
            }
        }
        return null;
    }

    private void refresh(IProgressMonitor monitor) {
        try {
            model.getParent().refreshLocal(IResource.DEPTH_INFINITE, monitor);
            if (copyInto != null) {
                copyInto.refreshLocal(IResource.DEPTH_INFINITE, monitor);
            }
            IFolder stores = model.getParent().getFolder(IPath.fromOSString(DatasetStore.STORE_FOLDER));
            if (stores.exists()) {
                stores.setDerived(true, monitor);
            }
        } catch (CoreException e) {
            // the files are on disk; the workspace sees them at its next refresh
        }
    }

    /** The files not imported, as a status with one child each (OK when all were imported). */
    public IStatus summary() {
        long failed = outcomes.stream().filter(o -> o.error() != null).count();
        if (failed == 0 && modelError == null && problems.isEmpty()) {
            return Status.OK_STATUS;
        }
        MultiStatus status = new MultiStatus("org.interphase.ui.importer", 0,
                (outcomes.size() - failed) + " of " + outcomes.size() + " files imported" + (failed > 0 ? "; " + failed + " could not be read" : "")
                        + (modelError != null ? "; the model was not changed: " + modelError : ""),
                null);
        for (Outcome o : outcomes) {
            if (o.error() != null) {
                status.add(Status.warning(o.error()));
            }
        }
        for (String problem : problems) {
            status.add(Status.info(problem));
        }
        return status;
    }

    private void report() {
        IStatus status = summary();
        if (status.isOK() || !PlatformUI.isWorkbenchRunning()) {
            return;
        }
        Display display = PlatformUI.getWorkbench().getDisplay();
        display.asyncExec(() -> ErrorDialog.openError(display.getActiveShell(), "Instrument data import",
                "Some files could not be imported; the others were.", status));
    }
}
