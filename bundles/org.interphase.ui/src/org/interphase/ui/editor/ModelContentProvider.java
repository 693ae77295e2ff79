/*
 * Copyright (c) 2026 the Interphase contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.interphase.ui.editor;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.interphase.model.GrowthLaw;
import org.interphase.model.Layer;
import org.interphase.model.Project;
import org.interphase.model.Quantity;
import org.interphase.ui.emf.EmfContentProvider;

/**
 * The model editor's tree: a project's elements in one folder per kind ({@link FeatureGroup}), and below them
 * what EMF.Edit's item providers give as children (stack entries of a cell, points of an OCV table, ...).
 */
public class ModelContentProvider extends EmfContentProvider {

    public ModelContentProvider(AdapterFactory adapterFactory) {
        super(adapterFactory);
    }

    @Override
    public Object[] getChildren(Object parent) {
        if (parent instanceof Project project) {
            return FeatureGroup.FEATURES.stream().map(f -> new FeatureGroup(project, f)).toArray();
        }
        if (parent instanceof FeatureGroup group) {
            return group.children().toArray();
        }
        return super.getChildren(parent);
    }

    @Override
    public boolean hasChildren(Object element) {
        if (element instanceof Project) {
            return true;
        }
        if (element instanceof FeatureGroup group) {
            return !group.children().isEmpty();
        }
        return super.hasChildren(element);
    }

    @Override
    public Object getParent(Object element) {
        if (element instanceof FeatureGroup group) {
            return group.project();
        }
        if (element instanceof EObject object && object.eContainer() instanceof Project project) {
            return new FeatureGroup(project, (EReference) object.eContainingFeature());
        }
        return super.getParent(element);
    }

    @Override
    protected void refresh(Notification notification) {
        Object notifier = notification.getNotifier();
        if (notifier instanceof Project || notifier instanceof Quantity || notifier instanceof Layer || notifier instanceof GrowthLaw) {
            // a group's size, or a thickness shown in labels elsewhere in the tree (stack entries), changed
            viewer.refresh();
        } else {
            super.refresh(notification);
        }
    }
}
