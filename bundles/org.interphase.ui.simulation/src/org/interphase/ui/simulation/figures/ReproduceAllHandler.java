/*
 * Copyright (c) 2026 the Interphase contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.interphase.ui.simulation.figures;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Stream;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.resources.IContainer;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.handlers.HandlerUtil;
import org.interphase.ui.editor.InterphaseModelEditor;

/**
 * Reproduce All Experiments, on a model file or a project holding one (Project Explorer), or on the model open in
 * the model editor: runs every experiment's simulation as one cancellable Job ({@link ReproduceJob}) and opens the
 * figures editor with the paper's figures when it is done.
 */
public class ReproduceAllHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) {
        Optional<Path> model = modelOf(HandlerUtil.getCurrentSelection(event));
        IEditorPart editor = HandlerUtil.getActiveEditor(event);
        if (model.isEmpty() && editor instanceof InterphaseModelEditor modelEditor && modelEditor.location() != null) {
            model = Optional.of(modelEditor.location());
        }
        if (model.isEmpty()) {
            MessageDialog.openInformation(HandlerUtil.getActiveShell(event), "Reproduce All Experiments",
                    "Select a model file (.interphase) or the project that holds it, or open the model.");
            return null;
        }
        if (editor instanceof InterphaseModelEditor modelEditor && modelEditor.isDirty() && model.get().equals(modelEditor.location())) {
            if (MessageDialog.openQuestion(HandlerUtil.getActiveShell(event), "Reproduce All Experiments",
                    "The model has unsaved changes; the experiments are simulated from the saved file. Save the model first?")) {
                modelEditor.doSave(null);
            }
        }
        launch(HandlerUtil.getActiveWorkbenchWindow(event).getActivePage(), model.get());
        return null;
    }

    /**
     * Schedules the reproduction of a model file; when it is done, its runs are stored ({@link ReproductionRuns}) and
     * the figures editor opens in the page.
     */
    public static ReproduceJob launch(IWorkbenchPage page, Path modelFile) {
        Display display = Display.getCurrent() != null ? Display.getCurrent() : Display.getDefault();
        ReproduceJob job = new ReproduceJob(modelFile, r -> display.asyncExec(() -> {
            if (page.getWorkbenchWindow().getShell() != null && !page.getWorkbenchWindow().getShell().isDisposed()) {
                FiguresEditor.open(page, ReproductionRuns.store(page, r));
            }
        }));
        job.schedule();
        return job;
    }

    /** The model file of a selection: a selected .interphase file, or the first such file of a selected project or folder. */
    static Optional<Path> modelOf(ISelection selection) {
        if (!(selection instanceof IStructuredSelection s) || s.isEmpty()) {
            return Optional.empty();
        }
        Object first = s.getFirstElement();
        IFile file = Adapters.adapt(first, IFile.class);
        if (file != null && "interphase".equals(file.getFileExtension()) && file.getLocation() != null) {
            return Optional.of(file.getLocation().toPath());
        }
        IResource resource = Adapters.adapt(first, IResource.class);
        if (resource instanceof IContainer container && container.getLocation() != null) {
            try (Stream<Path> files = Files.list(container.getLocation().toPath())) {
                return files.filter(p -> p.getFileName().toString().endsWith(".interphase")).sorted().findFirst();
            } catch (IOException e) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }
}
