/*
 * Copyright (c) 2026 the Interphase contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.interphase.ui.importer;

import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.LabelProvider;

/**
 * The Project Explorer content extension that carries the instrument drop assistant contributes no elements and no
 * labels of its own (the navigator asks the next extension when this one answers nothing).
 */
public final class NoContent implements ITreeContentProvider {

    private static final Object[] NONE = new Object[0];

    @Override
    public Object[] getElements(Object input) {
        return NONE;
    }

    @Override
    public Object[] getChildren(Object parent) {
        return NONE;
    }

    @Override
    public Object getParent(Object element) {
        return null;
    }

    @Override
    public boolean hasChildren(Object element) {
        return false;
    }

    /** No labels. */
    public static final class Labels extends LabelProvider {
        @Override
        public String getText(Object element) {
            return null;
        }
    }
}
