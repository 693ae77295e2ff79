/*
 * Copyright (c) 2026 the Interphase contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.interphase.model.validation;

import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.interphase.model.Quantity;
import org.interphase.model.util.InterphaseValidator;

/** Shared plumbing of the rule classes: reporting a broken rule as an EMF diagnostic on the object. */
final class Rules {

    private Rules() {
    }

    /** Reports an error (when diagnostics are collected) and returns false. */
    static boolean error(DiagnosticChain diagnostics, int code, EObject object, String message) {
        return report(diagnostics, Diagnostic.ERROR, code, object, null, message);
    }

    /** Reports a warning; returns true, because a warning does not make the object invalid. */
    static boolean warning(DiagnosticChain diagnostics, int code, EObject object, String message) {
        report(diagnostics, Diagnostic.WARNING, code, object, null, message);
        return true;
    }

    static boolean error(DiagnosticChain diagnostics, int code, EObject object, EStructuralFeature feature, String message) {
        return report(diagnostics, Diagnostic.ERROR, code, object, feature, message);
    }

    private static boolean report(DiagnosticChain diagnostics, int severity, int code, EObject object,
            EStructuralFeature feature, String message) {
        if (diagnostics != null) {
            Object[] data = feature == null ? new Object[] { object } : new Object[] { object, feature };
            diagnostics.add(new BasicDiagnostic(severity, InterphaseValidator.DIAGNOSTIC_SOURCE, code, message, data));
        }
        return severity < Diagnostic.ERROR;
    }

    /** Checks that a quantity is given; the quantity's own rules check its unit and range. */
    static boolean requireQuantity(DiagnosticChain diagnostics, int code, EObject owner, EStructuralFeature feature) {
        Quantity quantity = (Quantity) owner.eGet(feature);
        if (quantity == null) {
            return error(diagnostics, code, owner, feature,
                    ModelLabels.label(owner) + " has no " + ModelLabels.words(feature.getName()) + "; give it with a unit");
        }
        return true;
    }

    /** The SI value of a quantity, or NaN when it is absent or its unit is unknown (reported by the quantity's rules). */
    static double siOrNaN(Quantity quantity) {
        if (quantity == null) {
            return Double.NaN;
        }
        try {
            return quantity.si();
        } catch (IllegalStateException e) {
            return Double.NaN;
        }
    }
}
