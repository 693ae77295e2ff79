/*
 * Copyright (c) 2026 the Interphase contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.interphase.ui.editor;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.emf.edit.provider.IItemPropertySource;
import org.eclipse.ui.views.properties.IPropertyDescriptor;
import org.eclipse.ui.views.properties.IPropertySource;
import org.interphase.model.InterphasePackage;
import org.interphase.model.Quantity;
import org.interphase.ui.emf.EmfPropertySource;
import org.interphase.ui.emf.EmfPropertySourceProvider;

/** Property sources of model objects: EMF.Edit's rows plus one row per quantity (see QuantityPropertyDescriptor). */
public class ModelPropertySourceProvider extends EmfPropertySourceProvider {

    public ModelPropertySourceProvider(AdapterFactory adapterFactory) {
        super(adapterFactory);
    }

    @Override
    protected IPropertySource createPropertySource(Object object, IItemPropertySource itemSource) {
        return new ModelPropertySource(object, itemSource);
    }

    /** The quantity-valued features of an object (single containments of Quantity), in metamodel order. */
    public static List<EReference> quantityFeatures(EObject object) {
        List<EReference> features = new ArrayList<>();
        for (EStructuralFeature feature : object.eClass().getEAllStructuralFeatures()) {
            if (feature instanceof EReference reference && reference.isContainment() && !reference.isMany()
                    && reference.getEReferenceType() == InterphasePackage.Literals.QUANTITY) {
                features.add(reference);
            }
        }
        return features;
    }

    private final class ModelPropertySource extends EmfPropertySource {

        ModelPropertySource(Object object, IItemPropertySource itemSource) {
            super(object, itemSource);
        }

        @Override
        protected List<IPropertyDescriptor> extraDescriptors() {
            if (!(object instanceof EObject eObject)) {
                return List.of();
            }
            return quantityFeatures(eObject).stream().map(f -> (IPropertyDescriptor) new QuantityPropertyDescriptor(eObject, f)).toList();
        }

        private EReference quantityFeature(Object id) {
            if (object instanceof EObject eObject && id instanceof String s && s.startsWith("quantity:")) {
                EStructuralFeature feature = eObject.eClass().getEStructuralFeature(s.substring("quantity:".length()));
                return feature instanceof EReference reference ? reference : null;
            }
            return null;
        }

        @Override
        public Object getPropertyValue(Object id) {
            EReference feature = quantityFeature(id);
            if (feature == null) {
                return super.getPropertyValue(id);
            }
            Quantity quantity = (Quantity) ((EObject) object).eGet(feature);
            // the row expands into the quantity's own properties (value, unit, source, citation, note)
            return quantity == null ? null : getPropertySource(quantity);
        }

        @Override
        public boolean isPropertySet(Object id) {
            EReference feature = quantityFeature(id);
            return feature == null ? super.isPropertySet(id) : ((EObject) object).eGet(feature) != null;
        }

        @Override
        public void resetPropertyValue(Object id) {
            EReference feature = quantityFeature(id);
            if (feature == null) {
                super.resetPropertyValue(id);
            } else {
                setPropertyValue(id, "");
            }
        }

        @Override
        public void setPropertyValue(Object id, Object value) {
            EReference feature = quantityFeature(id);
            if (feature == null) {
                super.setPropertyValue(id, value);
                return;
            }
            if (!(value instanceof String text)) {
                return; // the quantity itself, after one of its own rows changed: nothing more to do
            }
            EObject owner = (EObject) object;
            if (text.equals(QuantityEdit.text((Quantity) owner.eGet(feature)))) {
                return;
            }
            EditingDomain domain = AdapterFactoryEditingDomain.getEditingDomainFor(owner);
            Command command = QuantityEdit.command(domain, owner, feature, text);
            domain.getCommandStack().execute(command);
        }
    }
}
