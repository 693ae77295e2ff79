/*
 * Copyright (c) 2026 the Interphase contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.interphase.ui.emf;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.edit.provider.IItemPropertySource;
import org.eclipse.ui.views.properties.IPropertySource;
import org.eclipse.ui.views.properties.IPropertySourceProvider;

/** Property sources for objects that EMF.Edit item providers describe. */
public class EmfPropertySourceProvider implements IPropertySourceProvider {

    protected final AdapterFactory adapterFactory;

    public EmfPropertySourceProvider(AdapterFactory adapterFactory) {
        this.adapterFactory = adapterFactory;
    }

    @Override
    public IPropertySource getPropertySource(Object object) {
        if (object instanceof IPropertySource source) {
            return source;
        }
        IItemPropertySource itemSource = object == null ? null
                : (IItemPropertySource) adapterFactory.adapt(object, IItemPropertySource.class);
        return itemSource == null ? null : createPropertySource(object, itemSource);
    }

    protected IPropertySource createPropertySource(Object object, IItemPropertySource itemSource) {
        return new EmfPropertySource(object, itemSource);
    }
}
