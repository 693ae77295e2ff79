/*
 * Copyright (c) 2026 the Interphase contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.interphase.ui.editor;

import java.util.List;

import org.eclipse.emf.ecore.EReference;
import org.interphase.model.InterphasePackage;
import org.interphase.model.Project;
import org.interphase.model.validation.ModelLabels;

/** A folder in the model tree that groups one kind of element of a project: "Materials (10)", "Cells (6)". */
public record FeatureGroup(Project project, EReference feature) {

    /** The groups of a project, in the order the tree shows them. */
    public static final List<EReference> FEATURES = List.of(
            InterphasePackage.Literals.PROJECT__MATERIALS, InterphasePackage.Literals.PROJECT__LAYERS,
            InterphasePackage.Literals.PROJECT__CELLS, InterphasePackage.Literals.PROJECT__EXPERIMENTS,
            InterphasePackage.Literals.PROJECT__CIRCUIT_MODELS, InterphasePackage.Literals.PROJECT__SIMULATION_RUNS);

    public List<?> children() {
        return (List<?>) project.eGet(feature);
    }

    public String label() {
        String words = ModelLabels.words(feature.getName());
        return Character.toUpperCase(words.charAt(0)) + words.substring(1) + " (" + children().size() + ")";
    }
}
