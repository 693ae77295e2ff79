/*
 * Copyright (c) 2026 the Interphase contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.interphase.cli.commands;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.interphase.model.InterphasePackage;
import org.interphase.model.Quantity;
import org.interphase.model.units.QuantitySpec;

/** The plain properties of a model object for reports: its quantities and its simple attributes, in metamodel order. */
final class ModelFacts {

    /** Features reported on their own, not as plain properties. */
    private static final Set<EStructuralFeature> SHOWN_ELSEWHERE = Set.of(
            InterphasePackage.Literals.NAMED_ELEMENT__NAME, InterphasePackage.Literals.NAMED_ELEMENT__DESCRIPTION,
            InterphasePackage.Literals.LAYER_BY_LAYER_FILM__DERIVED_THICKNESS);

    /** A quantity-valued property that is set. */
    record QuantityFact(String feature, Quantity quantity, QuantitySpec spec) {
        /** The SI value, or NaN for a unit Interphase does not know (validate reports it). */
        double si() {
            try {
                return quantity.si();
            } catch (IllegalStateException e) {
                return Double.NaN;
            }
        }
    }

    /** A simple attribute that is set (strings, numbers, booleans, enumerations). */
    record AttributeFact(String feature, Object value) {
    }

    private ModelFacts() {
    }

    static List<QuantityFact> quantities(EObject object) {
        List<QuantityFact> facts = new ArrayList<>();
        for (EStructuralFeature feature : object.eClass().getEAllStructuralFeatures()) {
            if (feature instanceof EReference reference && reference.isContainment() && !reference.isMany()
                    && reference.getEReferenceType() == InterphasePackage.Literals.QUANTITY && object.eGet(feature) != null) {
                facts.add(new QuantityFact(feature.getName(), (Quantity) object.eGet(feature), QuantitySpec.of(feature)));
            }
        }
        return facts;
    }

    static List<AttributeFact> attributes(EObject object) {
        List<AttributeFact> facts = new ArrayList<>();
        for (EAttribute attribute : object.eClass().getEAllAttributes()) {
            if (SHOWN_ELSEWHERE.contains(attribute) || attribute.isMany() || !object.eIsSet(attribute)) {
                continue;
            }
            facts.add(new AttributeFact(attribute.getName(), object.eGet(attribute)));
        }
        return facts;
    }
}
