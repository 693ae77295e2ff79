/*
 * Copyright (c) 2026 the Interphase contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.interphase.model.validation;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.interphase.model.CircuitParameter;
import org.interphase.model.FittedParameter;
import org.interphase.model.NamedElement;

/**
 * Paths that locate an object in a model for people: {@code materials[LATP]/bulkConductivity},
 * {@code circuitModels[bare]/parameters[CPE1_1]}, {@code cells[Li|LATP|Li]}. Elements of lists are shown by
 * name when they have one, else by index.
 */
public final class ModelPaths {

    private ModelPaths() {
    }

    public static String path(EObject object) {
        Deque<String> segments = new ArrayDeque<>();
        for (EObject o = object; o != null && o.eContainer() != null; o = o.eContainer()) {
            EStructuralFeature feature = o.eContainingFeature();
            String segment = feature.getName();
            if (feature.isMany()) {
                String name = nameOf(o);
                segment += "[" + (name != null ? name : String.valueOf(((List<?>) o.eContainer().eGet(feature)).indexOf(o))) + "]";
            }
            segments.push(segment);
        }
        return segments.isEmpty() ? "/" : String.join("/", segments);
    }

    private static String nameOf(EObject o) {
        String name = null;
        if (o instanceof NamedElement n) {
            name = n.getName();
        } else if (o instanceof CircuitParameter p) {
            name = p.getName();
        } else if (o instanceof FittedParameter p) {
            name = p.getName();
        }
        return name == null || name.isBlank() ? null : name;
    }
}
