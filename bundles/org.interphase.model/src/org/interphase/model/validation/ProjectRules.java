/*
 * Copyright (c) 2026 the Interphase contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.interphase.model.validation;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.common.util.DiagnosticChain;
import org.interphase.model.NamedElement;
import org.interphase.model.Project;
import org.interphase.model.util.InterphaseValidator;

/** Rules on names: every element is named, and names are unique within each kind of element. */
public final class ProjectRules {

    private ProjectRules() {
    }

    public static boolean hasName(NamedElement element, DiagnosticChain diagnostics, Map<Object, Object> context) {
        if (element.getName() == null || element.getName().isBlank()) {
            return Rules.error(diagnostics, InterphaseValidator.NAMED_ELEMENT__HAS_NAME, element,
                    "a " + ModelLabels.kind(element) + " has no name; give it one");
        }
        return true;
    }

    public static boolean hasUniqueNames(Project project, DiagnosticChain diagnostics, Map<Object, Object> context) {
        boolean valid = unique(project.getMaterials(), "material", diagnostics);
        valid &= unique(project.getLayers(), "layer", diagnostics);
        valid &= unique(project.getCells(), "cell", diagnostics);
        valid &= unique(project.getExperiments(), "experiment", diagnostics);
        valid &= unique(project.getCircuitModels(), "circuit model", diagnostics);
        valid &= unique(project.getSimulationRuns(), "simulation run", diagnostics);
        return valid;
    }

    private static boolean unique(List<? extends NamedElement> elements, String kind, DiagnosticChain diagnostics) {
        Set<String> seen = new HashSet<>();
        boolean valid = true;
        for (NamedElement element : elements) {
            String name = element.getName();
            if (name != null && !name.isBlank() && !seen.add(name)) {
                valid = Rules.error(diagnostics, InterphaseValidator.PROJECT__HAS_UNIQUE_NAMES, element,
                        "two " + kind + "s are named '" + name + "'; names must be unique among " + kind + "s");
            }
        }
        return valid;
    }
}
