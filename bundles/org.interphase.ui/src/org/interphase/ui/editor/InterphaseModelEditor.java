/*
 * Copyright (c) 2026 the Interphase contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.interphase.ui.editor;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IResourceChangeEvent;
import org.eclipse.core.resources.IResourceChangeListener;
import org.eclipse.core.resources.IResourceDelta;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.emf.edit.domain.IEditingDomainProvider;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.emf.edit.provider.ReflectiveItemProviderAdapterFactory;
import org.eclipse.emf.edit.provider.resource.ResourceItemProviderAdapterFactory;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.IFileEditorInput;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.dialogs.SaveAsDialog;
import org.eclipse.ui.ide.IGotoMarker;
import org.eclipse.ui.part.EditorPart;
import org.eclipse.ui.part.FileEditorInput;
import org.eclipse.ui.views.contentoutline.IContentOutlinePage;
import org.eclipse.ui.views.properties.IPropertySheetPage;
import org.eclipse.ui.views.properties.PropertySheetPage;
import org.interphase.model.Project;
import org.interphase.model.provider.InterphaseItemProviderAdapterFactory;
import org.interphase.model.resource.InterphaseModels;
import org.interphase.model.resource.ModelFileException;

/**
 * The editor of .interphase models: a tree of the project's materials, layers, cells, experiments, circuit models
 * and simulation runs; properties (with units and sources) in the Properties view; every change an EMF command
 * (undo, redo); saves are atomic. A file that cannot be read opens as a page that says why, and is never written.
 */
public class InterphaseModelEditor extends EditorPart implements IEditingDomainProvider, IGotoMarker {

    public static final String ID = "org.interphase.ui.modelEditor";

    private ComposedAdapterFactory adapterFactory;
    private AdapterFactoryEditingDomain editingDomain;
    private Project project;
    private ModelFileException loadError;
    private TreeViewer viewer;
    private PropertySheetPage propertySheetPage;
    private ModelOutlinePage outlinePage;
    private boolean saving;
    private boolean changedOnDisk;

    private final CommandStackListener commandStackListener = event -> getSite().getShell().getDisplay().asyncExec(() -> {
        if (viewer == null || viewer.getControl().isDisposed()) {
            return;
        }
        firePropertyChange(PROP_DIRTY);
        Command command = ((CommandStack) event.getSource()).getMostRecentCommand();
        if (command != null) {
            select(command.getAffectedObjects());
        }
        if (propertySheetPage != null && !propertySheetPage.getControl().isDisposed()) {
            propertySheetPage.refresh();
        }
        if (outlinePage != null) {
            outlinePage.refresh();
        }
    });

    private final IResourceChangeListener fileListener = this::fileChanged;

    @Override
    public void init(IEditorSite site, IEditorInput input) throws PartInitException {
        setSite(site);
        setInputWithNotify(input);
        setPartName(input.getName());
        adapterFactory = new ComposedAdapterFactory(ComposedAdapterFactory.Descriptor.Registry.INSTANCE);
        adapterFactory.addAdapterFactory(new ResourceItemProviderAdapterFactory());
        adapterFactory.addAdapterFactory(new InterphaseItemProviderAdapterFactory());
        adapterFactory.addAdapterFactory(new ReflectiveItemProviderAdapterFactory());
        BasicCommandStack commandStack = new BasicCommandStack();
        commandStack.addCommandStackListener(commandStackListener);
        editingDomain = new AdapterFactoryEditingDomain(adapterFactory, commandStack, new HashMap<Resource, Boolean>());
        try {
            // saves of this folder's models that a killed IDE left half-written (live saves are locked and stay)
            org.interphase.model.resource.AtomicFileWriter.removeOrphans(location().toAbsolutePath().getParent());
        } catch (IllegalStateException e) {
            // not a file: nothing beside it to clean
        }
        load();
        ResourcesPlugin.getWorkspace().addResourceChangeListener(fileListener, IResourceChangeEvent.POST_CHANGE);
    }

    private void load() {
        editingDomain.getResourceSet().getResources().clear();
        project = null;
        loadError = null;
        try {
            project = InterphaseModels.load(editingDomain.getResourceSet(), location());
        } catch (ModelFileException e) {
            loadError = e;
        }
    }

    /** The model file on disk. */
    public Path location() {
        IFile file = file();
        if (file != null && file.getLocation() != null) {
            return file.getLocation().toFile().toPath();
        }
        if (getEditorInput() instanceof org.eclipse.ui.IURIEditorInput uriInput) {
            return Path.of(uriInput.getURI());
        }
        throw new IllegalStateException("the editor input is not a file: " + getEditorInput());
    }

    /** The workspace file, or null for a file outside the workspace. */
    public IFile file() {
        return getEditorInput() instanceof IFileEditorInput fileInput ? fileInput.getFile() : null;
    }

    @Override
    public void createPartControl(Composite parent) {
        if (loadError != null) {
            createErrorPage(parent);
            return;
        }
        viewer = new TreeViewer(parent, SWT.MULTI | SWT.H_SCROLL | SWT.V_SCROLL);
        viewer.setUseHashlookup(true);
        viewer.setContentProvider(new ModelContentProvider(adapterFactory));
        viewer.setLabelProvider(new ModelLabelProvider(adapterFactory));
        viewer.setInput(project);
        viewer.expandToLevel(2);
        getSite().setSelectionProvider(viewer);
        viewer.addDoubleClickListener(event -> {
            try {
                getSite().getPage().showView(IPageLayout.ID_PROP_SHEET);
            } catch (PartInitException e) {
                // the view is optional here: the selection still shows there once it is opened
            }
        });
        MenuManager menu = new MenuManager("#PopUp");
        menu.setRemoveAllWhenShown(true);
        menu.addMenuListener(manager -> ((ModelEditorActionBarContributor) getEditorSite().getActionBarContributor())
                .fillContextMenu(manager, viewer.getStructuredSelection()));
        viewer.getControl().setMenu(menu.createContextMenu(viewer.getControl()));
        getSite().registerContextMenu(menu, viewer);
    }

    private void createErrorPage(Composite parent) {
        Composite page = new Composite(parent, SWT.NONE);
        page.setLayout(new GridLayout());
        Label title = new Label(page, SWT.WRAP);
        title.setText("This model cannot be opened. The file was not changed; fix it in a text editor (Open With > Text Editor) "
                + "or restore it, then reopen it.");
        title.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        Text details = new Text(page, SWT.MULTI | SWT.READ_ONLY | SWT.WRAP | SWT.BORDER);
        details.setText(loadError.getMessage());
        details.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
    }

    /** The project shown, or null when the file could not be read. */
    public Project project() {
        return project;
    }

    public TreeViewer viewer() {
        return viewer;
    }

    @Override
    public EditingDomain getEditingDomain() {
        return editingDomain;
    }

    @Override
    public void setFocus() {
        if (viewer != null) {
            viewer.getControl().setFocus();
        }
    }

    /** Selects and reveals model objects; objects not in the tree (quantities) select their owner. */
    public void select(Collection<?> objects) {
        if (viewer == null) {
            return;
        }
        List<Object> visible = new ArrayList<>();
        for (Object object : objects) {
            Object shown = object;
            while (shown instanceof EObject eObject && eObject.eContainer() != null && !isShownInTree(eObject)) {
                shown = eObject.eContainer();
            }
            if (shown != null && !(shown instanceof Resource)) {
                visible.add(shown);
            }
        }
        if (!visible.isEmpty()) {
            viewer.setSelection(new StructuredSelection(visible), true);
        }
    }

    private static boolean isShownInTree(EObject object) {
        return !(object instanceof org.interphase.model.Quantity);
    }

    // --- saving ---------------------------------------------------------------------------------------------

    @Override
    public boolean isDirty() {
        return ((BasicCommandStack) editingDomain.getCommandStack()).isSaveNeeded();
    }

    @Override
    public void doSave(IProgressMonitor monitor) {
        if (project == null) {
            return;
        }
        if (changedOnDisk && !MessageDialog.openQuestion(getSite().getShell(), "File changed on disk",
                location() + " was changed by another program since it was opened. Overwrite it with this editor's model?")) {
            monitor.setCanceled(true);
            return;
        }
        saveTo(project.eResource().getURI(), monitor);
    }

    private boolean saveTo(URI uri, IProgressMonitor monitor) {
        Resource resource = project.eResource();
        URI previous = resource.getURI();
        saving = true;
        try {
            resource.setURI(uri);
            resource.save(null);
            ((BasicCommandStack) editingDomain.getCommandStack()).saveIsDone();
            changedOnDisk = false;
            firePropertyChange(PROP_DIRTY);
            IFile file = file();
            if (file != null) {
                file.refreshLocal(IResource.DEPTH_ZERO, monitor);
            }
            return true;
        } catch (IOException | CoreException e) {
            resource.setURI(previous);
            MessageDialog.openError(getSite().getShell(), "Save failed",
                    "Could not save " + uri.toFileString() + ":\n" + e.getMessage() + "\n\nThe file on disk was not changed.");
            monitor.setCanceled(true);
            return false;
        } finally {
            saving = false;
        }
    }

    @Override
    public boolean isSaveAsAllowed() {
        return project != null;
    }

    @Override
    public void doSaveAs() {
        SaveAsDialog dialog = new SaveAsDialog(getSite().getShell());
        if (file() != null) {
            dialog.setOriginalFile(file());
        }
        if (dialog.open() != SaveAsDialog.OK || dialog.getResult() == null) {
            return;
        }
        IFile target = ResourcesPlugin.getWorkspace().getRoot().getFile(dialog.getResult());
        if (target.getLocation() == null) {
            return;
        }
        if (saveTo(URI.createFileURI(target.getLocation().toOSString()), getEditorSite().getActionBars().getStatusLineManager()
                .getProgressMonitor())) {
            setInputWithNotify(new FileEditorInput(target));
            setPartName(target.getName());
        }
    }

    // --- changes on disk ------------------------------------------------------------------------------------

    private void fileChanged(IResourceChangeEvent event) {
        IFile file = file();
        if (file == null || event.getDelta() == null || saving) {
            return;
        }
        IResourceDelta delta = event.getDelta().findMember(file.getFullPath());
        if (delta == null || (delta.getKind() == IResourceDelta.CHANGED && (delta.getFlags() & IResourceDelta.CONTENT) == 0)) {
            return;
        }
        getSite().getShell().getDisplay().asyncExec(() -> {
            if (viewer != null && viewer.getControl().isDisposed()) {
                return;
            }
            if (delta.getKind() == IResourceDelta.REMOVED) {
                if (!isDirty()) {
                    getSite().getPage().closeEditor(this, false);
                } else {
                    changedOnDisk = true; // keep the unsaved model; Save As can put it elsewhere
                }
            } else if (!isDirty() && viewer != null) {
                load();
                if (project != null) {
                    editingDomain.getCommandStack().flush();
                    viewer.setInput(project);
                    viewer.expandToLevel(2);
                }
            } else {
                changedOnDisk = true;
            }
        });
    }

    // --- markers, adapters ----------------------------------------------------------------------------------

    @Override
    public void gotoMarker(IMarker marker) {
        String fragment = marker.getAttribute(org.interphase.ui.project.ValidationMarkers.URI_FRAGMENT, "");
        if (project != null && !fragment.isEmpty()) {
            EObject object = project.eResource().getEObject(fragment);
            if (object != null) {
                select(List.of(object));
            }
        }
    }

    @Override
    public <T> T getAdapter(Class<T> type) {
        if (type == IPropertySheetPage.class) {
            if (propertySheetPage == null || propertySheetPage.getControl() == null || propertySheetPage.getControl().isDisposed()) {
                propertySheetPage = new PropertySheetPage();
                propertySheetPage.setPropertySourceProvider(new ModelPropertySourceProvider(adapterFactory));
            }
            return type.cast(propertySheetPage);
        }
        if (type == IContentOutlinePage.class && project != null) {
            if (outlinePage == null) {
                outlinePage = new ModelOutlinePage(this);
            }
            return type.cast(outlinePage);
        }
        if (type == IGotoMarker.class) {
            return type.cast(this);
        }
        return super.getAdapter(type);
    }

    /** The current selection of the model tree. */
    public IStructuredSelection selection() {
        return viewer == null ? StructuredSelection.EMPTY : viewer.getStructuredSelection();
    }

    @Override
    public void dispose() {
        ResourcesPlugin.getWorkspace().removeResourceChangeListener(fileListener);
        editingDomain.getCommandStack().removeCommandStackListener(commandStackListener);
        if (propertySheetPage != null) {
            propertySheetPage.dispose();
        }
        adapterFactory.dispose();
        super.dispose();
    }
}
