/*
 * Copyright (c) 2026 the Interphase contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.interphase.ui.emf;

import java.util.Collection;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.edit.provider.IChangeNotifier;
import org.eclipse.emf.edit.provider.INotifyChangedListener;
import org.eclipse.emf.edit.provider.ITreeItemContentProvider;
import org.eclipse.emf.edit.provider.IViewerNotification;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.StructuredViewer;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.swt.widgets.Control;

/**
 * A JFace tree content provider over EMF.Edit item providers (what EMF.Edit UI's AdapterFactoryContentProvider
 * does, for the part Interphase needs): children and parents come from {@link ITreeItemContentProvider}s, and the
 * viewer is refreshed, in the UI thread, when an item provider reports a change.
 */
public class EmfContentProvider implements ITreeContentProvider, INotifyChangedListener {

    private static final Object[] NONE = new Object[0];

    protected final AdapterFactory adapterFactory;
    protected StructuredViewer viewer;

    public EmfContentProvider(AdapterFactory adapterFactory) {
        this.adapterFactory = adapterFactory;
        if (adapterFactory instanceof IChangeNotifier notifier) {
            notifier.addListener(this);
        }
    }

    @Override
    public void inputChanged(Viewer viewer, Object oldInput, Object newInput) {
        this.viewer = viewer instanceof StructuredViewer structured ? structured : null;
    }

    @Override
    public Object[] getElements(Object input) {
        return getChildren(input);
    }

    @Override
    public Object[] getChildren(Object parent) {
        ITreeItemContentProvider provider = treeProvider(parent);
        if (provider == null) {
            return NONE;
        }
        Collection<?> children = provider.getChildren(parent);
        return children.toArray();
    }

    @Override
    public Object getParent(Object element) {
        ITreeItemContentProvider provider = treeProvider(element);
        return provider == null ? null : provider.getParent(element);
    }

    @Override
    public boolean hasChildren(Object element) {
        ITreeItemContentProvider provider = treeProvider(element);
        return provider != null && provider.hasChildren(element);
    }

    protected ITreeItemContentProvider treeProvider(Object object) {
        return object == null ? null : (ITreeItemContentProvider) adapterFactory.adapt(object, ITreeItemContentProvider.class);
    }

    @Override
    public void notifyChanged(Notification notification) {
        StructuredViewer target = viewer;
        if (target == null || target.getControl() == null || target.getControl().isDisposed()) {
            return;
        }
        Control control = target.getControl();
        Runnable refresh = () -> {
            if (control.isDisposed()) {
                return;
            }
            refresh(notification);
        };
        if (control.getDisplay().getThread() == Thread.currentThread()) {
            refresh.run();
        } else {
            control.getDisplay().asyncExec(refresh);
        }
    }

    /** Updates the viewer for one change; runs in the UI thread. */
    protected void refresh(Notification notification) {
        if (notification instanceof IViewerNotification change) {
            Object element = change.getElement();
            if (change.isContentRefresh()) {
                viewer.refresh(element, change.isLabelUpdate());
            } else if (change.isLabelUpdate()) {
                viewer.update(element, null);
            }
        }
    }

    @Override
    public void dispose() {
        if (adapterFactory instanceof IChangeNotifier notifier) {
            notifier.removeListener(this);
        }
    }
}
