/*
 * Copyright (c) 2026 the Interphase contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.interphase.model.validation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.EValidator;
import org.eclipse.emf.ecore.util.Diagnostician;

/** Validates a model and turns EMF diagnostics into a flat list of {@link Issue}s with paths. */
public final class ModelValidation {

    /** One broken rule. */
    public record Issue(Severity severity, String path, String message, EObject object) {
        @Override
        public String toString() {
            return severity + " " + path + ": " + message;
        }
    }

    public enum Severity {
        ERROR, WARNING, INFO
    }

    private ModelValidation() {
    }

    /** Runs every rule of the metamodel on the object and its contents. */
    public static Diagnostic validate(EObject root) {
        Diagnostician diagnostician = new Diagnostician() {
            @Override
            public String getObjectLabel(EObject eObject) {
                return ModelLabels.label(eObject);
            }

            @Override
            public String getFeatureLabel(EStructuralFeature eStructuralFeature) {
                return ModelLabels.words(eStructuralFeature.getName());
            }

            @Override
            public String getValueLabel(EDataType eDataType, Object value) {
                return String.valueOf(value);
            }
        };
        Map<Object, Object> context = new HashMap<>();
        context.put(EValidator.SubstitutionLabelProvider.class, diagnostician);
        context.put(EValidator.class, diagnostician);
        return diagnostician.validate(root, context);
    }

    /** The issues of a validation, most severe first, in model order otherwise. */
    public static List<Issue> issues(Diagnostic diagnostic) {
        List<Issue> issues = new ArrayList<>();
        collect(diagnostic, issues);
        issues.sort((a, b) -> a.severity().compareTo(b.severity()));
        return issues;
    }

    /** Validates and returns the issues. */
    public static List<Issue> check(EObject root) {
        return issues(validate(root));
    }

    private static void collect(Diagnostic diagnostic, List<Issue> issues) {
        if (diagnostic.getChildren().isEmpty()) {
            if (diagnostic.getSeverity() > Diagnostic.OK) {
                EObject object = diagnostic.getData().isEmpty() || !(diagnostic.getData().get(0) instanceof EObject o) ? null : o;
                issues.add(new Issue(severity(diagnostic), object == null ? "/" : ModelPaths.path(object), diagnostic.getMessage(), object));
            }
            return;
        }
        for (Diagnostic child : diagnostic.getChildren()) {
            collect(child, issues);
        }
    }

    private static Severity severity(Diagnostic diagnostic) {
        return switch (diagnostic.getSeverity()) {
            case Diagnostic.ERROR, Diagnostic.CANCEL -> Severity.ERROR;
            case Diagnostic.WARNING -> Severity.WARNING;
            default -> Severity.INFO;
        };
    }
}
