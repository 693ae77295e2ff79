/*
 * Copyright (c) 2026 the Interphase contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.interphase.ui.eis.analysis;

import java.nio.file.Path;
import java.util.Objects;

import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IPersistableElement;
import org.interphase.model.EisExperiment;
import org.interphase.model.Project;
import org.interphase.ui.editor.InterphaseModelEditor;

/**
 * What the impedance analysis editor analyses: a data file (read with the importer of this id, or the first that can)
 * and, when opened on an EIS experiment of a model, the experiment, its project (the Fit tab offers its circuit
 * models) and the model editor (fits are stored in the model through its editing domain, undoable). Two inputs are
 * equal when they name the same file and experiment, so opening again shows the open editor.
 */
public final class ImpedanceAnalysisInput implements IEditorInput {

    private final Path file;
    private final String importerId;
    private final Project project;
    private final EisExperiment experiment;
    private final InterphaseModelEditor modelEditor;
    private Integer sweep;

    /** On a data file alone. */
    public ImpedanceAnalysisInput(Path file, String importerId) {
        this(file, importerId, null, null, null);
    }

    /** On the data file of an experiment of a model open in the model editor (both may be null). */
    public ImpedanceAnalysisInput(Path file, String importerId, Project project, EisExperiment experiment, InterphaseModelEditor modelEditor) {
        this.file = Objects.requireNonNull(file).toAbsolutePath().normalize();
        this.importerId = importerId == null || importerId.isBlank() ? null : importerId;
        this.project = project;
        this.experiment = experiment;
        this.modelEditor = modelEditor;
    }

    public Path file() {
        return file;
    }

    /** The importer's id, or null for the first that can read the file. */
    public String importerId() {
        return importerId;
    }

    /** The project whose circuit models the Fit tab offers, or null. */
    public Project project() {
        return project;
    }

    /** The experiment, or null when opened on a file. */
    public EisExperiment experiment() {
        return experiment;
    }

    /** The sweep to show first (1-based, 0: all pooled), or null for the first. */
    public Integer sweep() {
        return sweep;
    }

    /** Shows this sweep first (1-based, 0: all pooled; null: the first), e.g. the one a stored fit was made on. */
    public ImpedanceAnalysisInput withSweep(Integer n) {
        sweep = n;
        return this;
    }

    /** The model editor fits are stored through, or null. */
    public InterphaseModelEditor modelEditor() {
        return modelEditor;
    }

    @Override
    public boolean exists() {
        return false;
    }

    @Override
    public ImageDescriptor getImageDescriptor() {
        return ImageDescriptor.getMissingImageDescriptor();
    }

    @Override
    public String getName() {
        return "Impedance: " + (experiment != null ? experiment.getName() : file.getFileName().toString());
    }

    @Override
    public IPersistableElement getPersistable() {
        return null;
    }

    @Override
    public String getToolTipText() {
        return "Impedance analysis of " + file + (experiment != null ? " (experiment " + experiment.getName() + ")" : "");
    }

    @Override
    public <T> T getAdapter(Class<T> adapter) {
        return null;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ImpedanceAnalysisInput other && file.equals(other.file) && experiment == other.experiment;
    }

    @Override
    public int hashCode() {
        return file.hashCode();
    }
}
