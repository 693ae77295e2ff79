/*
 * Copyright (c) 2026 the Interphase contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.interphase.ui.emf;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.IItemPropertySource;
import org.eclipse.ui.views.properties.IPropertyDescriptor;
import org.eclipse.ui.views.properties.IPropertySource;

/**
 * A property sheet source over an EMF.Edit {@link IItemPropertySource}. Values are set through the item property
 * descriptors, which execute commands on the object's editing domain, so every change is undoable. Further
 * descriptors (e.g. for values the item providers do not describe) can be added by subclasses.
 */
public class EmfPropertySource implements IPropertySource {

    protected final Object object;
    protected final IItemPropertySource itemSource;

    public EmfPropertySource(Object object, IItemPropertySource itemSource) {
        this.object = object;
        this.itemSource = itemSource;
    }

    @Override
    public Object getEditableValue() {
        return object;
    }

    @Override
    public IPropertyDescriptor[] getPropertyDescriptors() {
        List<IPropertyDescriptor> descriptors = new ArrayList<>();
        for (IItemPropertyDescriptor item : itemSource.getPropertyDescriptors(object)) {
            descriptors.add(new EmfPropertyDescriptor(object, item));
        }
        descriptors.addAll(extraDescriptors());
        return descriptors.toArray(IPropertyDescriptor[]::new);
    }

    /** Descriptors beyond the item provider's; none here. */
    protected List<IPropertyDescriptor> extraDescriptors() {
        return List.of();
    }

    protected IItemPropertyDescriptor itemDescriptor(Object id) {
        return itemSource.getPropertyDescriptor(object, id);
    }

    @Override
    public Object getPropertyValue(Object id) {
        IItemPropertyDescriptor descriptor = itemDescriptor(id);
        if (descriptor == null) {
            return null;
        }
        Object value = descriptor.getPropertyValue(object);
        // EMF.Edit wraps values; the sheet shows and edits the plain value
        return value instanceof IItemPropertySource wrapper ? wrapper.getEditableValue(object) : value;
    }

    @Override
    public boolean isPropertySet(Object id) {
        IItemPropertyDescriptor descriptor = itemDescriptor(id);
        return descriptor != null && descriptor.isPropertySet(object);
    }

    @Override
    public void resetPropertyValue(Object id) {
        IItemPropertyDescriptor descriptor = itemDescriptor(id);
        if (descriptor != null && descriptor.canSetProperty(object)) {
            descriptor.resetPropertyValue(object);
        }
    }

    @Override
    public void setPropertyValue(Object id, Object value) {
        IItemPropertyDescriptor descriptor = itemDescriptor(id);
        if (descriptor != null && descriptor.canSetProperty(object) && !Objects.equals(getPropertyValue(id), value)) {
            descriptor.setPropertyValue(object, value);
        }
    }
}
