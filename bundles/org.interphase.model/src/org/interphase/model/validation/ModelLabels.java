/*
 * Copyright (c) 2026 the Interphase contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.interphase.model.validation;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Locale;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.interphase.model.NamedElement;
import org.interphase.model.Project;
import org.interphase.model.Quantity;
import org.interphase.model.units.Units;

/** Words for model objects in messages: "solid electrolyte 'LATP'", "bulk conductivity of solid electrolyte 'LATP'". */
public final class ModelLabels {

    private ModelLabels() {
    }

    /** "bulk conductivity" for bulkConductivity. */
    public static String words(String camelCase) {
        return camelCase.replaceAll("([a-z0-9])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
    }

    /** The kind of an object in words, e.g. "layer by layer film". */
    public static String kind(EObject object) {
        return words(object.eClass().getName());
    }

    /** A label naming the object: its kind and name, or for an unnamed part what it is a part of. */
    public static String label(EObject object) {
        if (object instanceof NamedElement named) {
            String name = named.getName();
            return kind(object) + (name == null || name.isBlank() ? " (unnamed)" : " '" + name + "'");
        }
        if (object instanceof Project project) {
            return "project" + (project.getName() == null ? "" : " '" + project.getName() + "'");
        }
        EStructuralFeature feature = object.eContainingFeature();
        EObject container = object.eContainer();
        if (feature != null && container != null) {
            return words(feature.getName()) + " of " + label(container);
        }
        return kind(object);
    }

    /** "1.0E-3 S/cm" or "(not set)". */
    public static String format(Quantity quantity) {
        if (quantity == null) {
            return "(not set)";
        }
        String unit = quantity.getUnit() == null ? "" : quantity.getUnit();
        return (formatNumber(quantity.getValue()) + " " + unit).strip();
    }

    /** A number for people: integers without ".0", others with up to 12 significant digits (1.05, not 1.0499999999999998). */
    public static String formatNumber(double value) {
        if (!Double.isFinite(value)) {
            return Double.toString(value);
        }
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return Long.toString((long) value);
        }
        BigDecimal rounded = new BigDecimal(value).round(new MathContext(12)).stripTrailingZeros();
        double magnitude = Math.abs(value);
        return magnitude >= 1e-4 && magnitude < 1e7 ? rounded.toPlainString() : rounded.toString();
    }

    /** An SI value shown in the unit the user gave, falling back to SI. */
    public static String formatIn(double si, String unit, String siUnit) {
        return Units.find(unit).map(u -> formatNumber(u.fromSI(si)) + " " + unit).orElse(formatNumber(si) + " " + siUnit);
    }
}
