/*
 * Copyright (c) 2026 the Interphase contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.interphase.ui.editor;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.resources.WorkspaceJob;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.command.CommandParameter;
import org.eclipse.emf.edit.command.CreateChildCommand;
import org.eclipse.emf.edit.command.DeleteCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.action.IToolBarManager;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.ui.IActionBars;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.part.EditorActionBarContributor;
import org.interphase.model.validation.ModelValidation;
import org.interphase.model.validation.ModelValidation.Issue;
import org.interphase.model.validation.ModelValidation.Severity;
import org.interphase.ui.project.ValidationMarkers;

/**
 * The model editor's actions: Undo, Redo and Delete (as the workbench's Edit actions), Validate (Model menu,
 * toolbar), and the tree's context menu with New (children the metamodel allows at the selection).
 */
public class ModelEditorActionBarContributor extends EditorActionBarContributor {

    private InterphaseModelEditor editor;

    private final Action undo = new Action("&Undo") {
        @Override
        public void run() {
            stack().undo();
        }
    };
    private final Action redo = new Action("&Redo") {
        @Override
        public void run() {
            stack().redo();
        }
    };
    private final Action delete = new Action("&Delete") {
        @Override
        public void run() {
            Command command = deleteCommand();
            if (command.canExecute()) {
                stack().execute(command);
            }
        }
    };
    private final Action validate = new Action("&Validate Model") {
        @Override
        public void run() {
            validateModel();
        }
    };

    private final CommandStackListener stackListener = event -> update();
    private final org.eclipse.jface.viewers.ISelectionChangedListener selectionListener = event -> update();

    public ModelEditorActionBarContributor() {
        ISharedImages images = PlatformUI.getWorkbench().getSharedImages();
        undo.setImageDescriptor(images.getImageDescriptor(ISharedImages.IMG_TOOL_UNDO));
        redo.setImageDescriptor(images.getImageDescriptor(ISharedImages.IMG_TOOL_REDO));
        delete.setImageDescriptor(images.getImageDescriptor(ISharedImages.IMG_TOOL_DELETE));
        validate.setToolTipText("Check the model against the metamodel's rules; issues go to the Problems view");
        validate.setImageDescriptor(images.getImageDescriptor(ISharedImages.IMG_OBJS_INFO_TSK));
    }

    @Override
    public void init(IActionBars bars) {
        super.init(bars);
        bars.setGlobalActionHandler(ActionFactory.UNDO.getId(), undo);
        bars.setGlobalActionHandler(ActionFactory.REDO.getId(), redo);
        bars.setGlobalActionHandler(ActionFactory.DELETE.getId(), delete);
    }

    @Override
    public void contributeToMenu(IMenuManager menuManager) {
        MenuManager model = new MenuManager("&Model", "org.interphase.ui.modelMenu");
        model.add(validate);
        menuManager.insertAfter("edit", model);
    }

    @Override
    public void contributeToToolBar(IToolBarManager toolBarManager) {
        toolBarManager.add(validate);
    }

    @Override
    public void setActiveEditor(IEditorPart part) {
        if (editor != null) {
            editor.getEditingDomain().getCommandStack().removeCommandStackListener(stackListener);
            if (editor.viewer() != null) {
                editor.viewer().removeSelectionChangedListener(selectionListener);
            }
        }
        editor = part instanceof InterphaseModelEditor modelEditor ? modelEditor : null;
        if (editor != null) {
            editor.getEditingDomain().getCommandStack().addCommandStackListener(stackListener);
            if (editor.viewer() != null) {
                editor.viewer().addSelectionChangedListener(selectionListener);
            }
        }
        update();
    }

    private CommandStack stack() {
        return editor.getEditingDomain().getCommandStack();
    }

    private void update() {
        boolean open = editor != null && editor.project() != null;
        undo.setEnabled(open && stack().canUndo());
        undo.setText(open && stack().getUndoCommand() != null ? "&Undo " + label(stack().getUndoCommand()) : "&Undo");
        redo.setEnabled(open && stack().canRedo());
        redo.setText(open && stack().getRedoCommand() != null ? "&Redo " + label(stack().getRedoCommand()) : "&Redo");
        delete.setEnabled(open && deleteCommand().canExecute());
        validate.setEnabled(open);
    }

    private static String label(Command command) {
        return command.getLabel() == null ? "" : command.getLabel();
    }

    private Command deleteCommand() {
        List<Object> objects = new ArrayList<>();
        for (Object o : editor.selection().toList()) {
            if (o instanceof EObject eObject && eObject.eContainer() != null) {
                objects.add(o);
            }
        }
        return objects.isEmpty() ? org.eclipse.emf.common.command.UnexecutableCommand.INSTANCE
                : DeleteCommand.create(editor.getEditingDomain(), objects);
    }

    /** Fills the tree's context menu for the selection. */
    void fillContextMenu(IMenuManager menu, IStructuredSelection selection) {
        MenuManager create = new MenuManager("&New");
        if (selection.size() == 1) {
            Object selected = selection.getFirstElement();
            Object owner = selected instanceof FeatureGroup group ? group.project() : selected;
            EditingDomain domain = editor.getEditingDomain();
            Collection<?> descriptors = domain.getNewChildDescriptors(owner, null);
            for (Object descriptor : descriptors) {
                if (selected instanceof FeatureGroup group && descriptor instanceof CommandParameter parameter
                        && parameter.getFeature() != group.feature()) {
                    continue; // a group offers only its own kind
                }
                Command command = CreateChildCommand.create(domain, owner, descriptor, List.of(owner));
                if (command.canExecute() && command instanceof org.eclipse.emf.edit.command.CommandActionDelegate delegate) {
                    create.add(new Action(delegate.getText()) {
                        @Override
                        public void run() {
                            stack().execute(command);
                        }
                    });
                }
            }
        }
        menu.add(create);
        menu.add(new Separator());
        menu.add(undo);
        menu.add(redo);
        menu.add(new Separator());
        menu.add(delete);
        menu.add(new Separator());
        menu.add(validate);
        menu.add(new Separator("additions"));
        update();
    }

    private void validateModel() {
        InterphaseModelEditor target = editor;
        List<Issue> issues = ModelValidation.check(target.project());
        long errors = issues.stream().filter(i -> i.severity() == Severity.ERROR).count();
        long warnings = issues.stream().filter(i -> i.severity() == Severity.WARNING).count();
        getActionBars().getStatusLineManager().setMessage("Validation: " + errors + " error(s), " + warnings + " warning(s)");
        IFile file = target.file();
        if (file != null) {
            new WorkspaceJob("Updating problems of " + file.getName()) {
                @Override
                public IStatus runInWorkspace(IProgressMonitor monitor) throws CoreException {
                    ValidationMarkers.replace(file, issues, target.project().eResource());
                    return Status.OK_STATUS;
                }
            }.schedule();
        }
        try {
            target.getSite().getPage().showView(IPageLayout.ID_PROBLEM_VIEW, null, org.eclipse.ui.IWorkbenchPage.VIEW_VISIBLE);
        } catch (PartInitException e) {
            // the status line already says how many issues there are
        }
        if (!issues.isEmpty() && issues.get(0).object() != null) {
            target.select(List.of(issues.get(0).object()));
        } else if (issues.isEmpty()) {
            target.viewer().setSelection(StructuredSelection.EMPTY);
        }
    }

    @Override
    public void dispose() {
        setActiveEditor(null);
        super.dispose();
    }
}
