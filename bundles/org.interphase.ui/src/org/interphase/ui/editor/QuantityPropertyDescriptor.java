/*
 * Copyright (c) 2026 the Interphase contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.interphase.ui.editor;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.ILabelProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.TextCellEditor;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.views.properties.IPropertyDescriptor;
import org.interphase.model.Quantity;
import org.interphase.model.units.QuantitySpec;
import org.interphase.model.validation.ModelLabels;

/**
 * One quantity of a model object in the Properties view: "Bulk conductivity = 1E-3 S/cm [literature: Kwatek ...]".
 * The row is edited as text with its unit ("2e-3 S/cm"); it expands into value, unit, source, citation and note.
 */
public class QuantityPropertyDescriptor implements IPropertyDescriptor {

    /** Category of quantity rows when the Properties view shows categories. */
    public static final String CATEGORY = "Quantities (value, unit, source)";

    private final EObject owner;
    private final EReference feature;
    private final QuantitySpec spec;

    public QuantityPropertyDescriptor(EObject owner, EReference feature) {
        this.owner = owner;
        this.feature = feature;
        this.spec = QuantitySpec.of(feature);
    }

    public EReference feature() {
        return feature;
    }

    /** The id of the row of a quantity feature. */
    public static String id(EReference feature) {
        return "quantity:" + feature.getName();
    }

    @Override
    public Object getId() {
        return id(feature);
    }

    @Override
    public String getDisplayName() {
        String words = ModelLabels.words(feature.getName());
        return Character.toUpperCase(words.charAt(0)) + words.substring(1) + (spec == null || spec.unit() == null ? "" : " [" + spec.unit() + "]");
    }

    @Override
    public String getDescription() {
        String doc = org.eclipse.emf.ecore.util.EcoreUtil.getDocumentation(feature);
        return (doc == null ? "" : doc + " ") + (spec == null ? "" : "A " + spec.dimension().displayName() + ", " + spec.range().rule()
                + "; type it with its unit, e.g. '1.5 " + spec.unit() + "'; empty text removes it.");
    }

    @Override
    public String getCategory() {
        return CATEGORY;
    }

    @Override
    public CellEditor createPropertyEditor(Composite parent) {
        TextCellEditor editor = new TextCellEditor(parent) {
            @Override
            protected void doSetValue(Object value) {
                super.doSetValue(value instanceof Quantity q ? QuantityEdit.text(q) : value == null ? "" : value.toString());
            }
        };
        editor.setValidator(value -> {
            String text = (String) value;
            if (text.isBlank()) {
                return null;
            }
            try {
                QuantityEdit.parse(text, spec, (Quantity) owner.eGet(feature));
                return null;
            } catch (IllegalArgumentException e) {
                return e.getMessage();
            }
        });
        return editor;
    }

    @Override
    public String[] getFilterFlags() {
        return null;
    }

    @Override
    public Object getHelpContextIds() {
        return null;
    }

    @Override
    public ILabelProvider getLabelProvider() {
        return new LabelProvider() {
            @Override
            public String getText(Object element) {
                if (!(element instanceof Quantity q)) {
                    return "";
                }
                String source = q.getSource() == null ? "" : "   [" + q.getSource().getLiteral() + (q.getCitation() == null ? "" : ": " + q.getCitation()) + "]";
                return ModelLabels.format(q) + source;
            }
        };
    }

    @Override
    public boolean isCompatibleWith(IPropertyDescriptor other) {
        return false;
    }
}
