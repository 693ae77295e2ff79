/*
 * Copyright (c) 2026 the Interphase contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.interphase.ui.emf;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.ComboBoxCellEditor;
import org.eclipse.jface.viewers.ILabelProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.TextCellEditor;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.views.properties.IPropertyDescriptor;

/**
 * A property sheet descriptor over an EMF.Edit {@link IItemPropertyDescriptor}: names, descriptions and labels come
 * from the item provider; values are edited with a combo box when the item provider offers choices (references,
 * enumerations, booleans) and with a text field converted through the attribute's data type otherwise. Lists are
 * shown, not edited.
 */
public class EmfPropertyDescriptor implements IPropertyDescriptor {

    private final Object object;
    private final IItemPropertyDescriptor itemDescriptor;

    public EmfPropertyDescriptor(Object object, IItemPropertyDescriptor itemDescriptor) {
        this.object = object;
        this.itemDescriptor = itemDescriptor;
    }

    public IItemPropertyDescriptor itemDescriptor() {
        return itemDescriptor;
    }

    @Override
    public CellEditor createPropertyEditor(Composite parent) {
        if (!itemDescriptor.canSetProperty(object)) {
            return null;
        }
        Object feature = itemDescriptor.getFeature(object);
        if (feature instanceof EStructuralFeature structural && structural.isMany()) {
            return null;
        }
        Collection<?> choices = itemDescriptor.getChoiceOfValues(object);
        if (choices != null) {
            return new ChoiceCellEditor(parent, new ArrayList<>(choices), getLabelProvider());
        }
        if (feature instanceof EAttribute attribute) {
            EDataType type = attribute.getEAttributeType();
            Class<?> instanceClass = type.getInstanceClass();
            if (instanceClass == boolean.class || instanceClass == Boolean.class) {
                return new ChoiceCellEditor(parent, List.of(Boolean.TRUE, Boolean.FALSE), getLabelProvider());
            }
            return new DataTypeCellEditor(parent, type, itemDescriptor.isMultiLine(object));
        }
        return null;
    }

    @Override
    public String getCategory() {
        return itemDescriptor.getCategory(object);
    }

    @Override
    public String getDescription() {
        return itemDescriptor.getDescription(object);
    }

    @Override
    public String getDisplayName() {
        return itemDescriptor.getDisplayName(object);
    }

    @Override
    public String[] getFilterFlags() {
        return itemDescriptor.getFilterFlags(object);
    }

    @Override
    public Object getHelpContextIds() {
        return null;
    }

    @Override
    public Object getId() {
        return itemDescriptor.getId(object);
    }

    @Override
    public ILabelProvider getLabelProvider() {
        IItemLabelProvider labels = itemDescriptor.getLabelProvider(object);
        return new LabelProvider() {
            @Override
            public String getText(Object element) {
                return labels.getText(element);
            }
        };
    }

    @Override
    public boolean isCompatibleWith(IPropertyDescriptor other) {
        return false;
    }

    /** A read-only combo box whose value is one of a list of objects. */
    public static class ChoiceCellEditor extends ComboBoxCellEditor {
        private final List<?> values;

        public ChoiceCellEditor(Composite parent, List<?> values, ILabelProvider labels) {
            super(parent, values.stream().map(v -> v == null ? "" : labels.getText(v)).toArray(String[]::new), SWT.READ_ONLY);
            this.values = values;
        }

        @Override
        protected Object doGetValue() {
            int index = (Integer) super.doGetValue();
            return index >= 0 && index < values.size() ? values.get(index) : null;
        }

        @Override
        protected void doSetValue(Object value) {
            super.doSetValue(Math.max(0, values.indexOf(value)));
        }
    }

    /** A text field whose text is converted to and from an EMF data type; bad text is refused with a message. */
    public static class DataTypeCellEditor extends TextCellEditor {
        private final EDataType type;

        public DataTypeCellEditor(Composite parent, EDataType type, boolean multiLine) {
            super(parent, multiLine ? SWT.MULTI | SWT.WRAP | SWT.V_SCROLL : SWT.SINGLE);
            this.type = type;
            setValidator(value -> {
                try {
                    convert((String) value);
                    return null;
                } catch (RuntimeException e) {
                    return "'" + value + "' is not a valid " + type.getName().replaceFirst("^E", "").toLowerCase();
                }
            });
        }

        private Object convert(String text) {
            if (type.getInstanceClass() == String.class) {
                return text.isEmpty() ? null : text;
            }
            return text.isBlank() ? null : EcoreUtil.createFromString(type, text.strip());
        }

        @Override
        protected Object doGetValue() {
            return convert((String) super.doGetValue());
        }

        @Override
        protected void doSetValue(Object value) {
            super.doSetValue(value == null ? "" : EcoreUtil.convertToString(type, value));
        }
    }
}
