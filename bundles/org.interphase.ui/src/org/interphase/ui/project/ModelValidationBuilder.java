/*
 * Copyright (c) 2026 the Interphase contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.interphase.ui.project;

import java.util.Map;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IResourceDelta;
import org.eclipse.core.resources.IncrementalProjectBuilder;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.interphase.model.Project;
import org.interphase.model.resource.InterphaseModels;
import org.interphase.model.resource.ModelFileException;
import org.interphase.model.resource.InterphaseResourceFactory;
import org.interphase.model.validation.ModelValidation;

/** Validates every changed .interphase file of a project and turns its issues into Problems markers. */
public class ModelValidationBuilder extends IncrementalProjectBuilder {

    public static final String ID = "org.interphase.ui.modelValidator";

    @Override
    protected IProject[] build(int kind, Map<String, String> args, IProgressMonitor monitor) throws CoreException {
        IResourceDelta delta = kind == FULL_BUILD ? null : getDelta(getProject());
        SubMonitor progress = SubMonitor.convert(monitor, "Validating Interphase models", IProgressMonitor.UNKNOWN);
        if (delta == null) {
            getProject().accept(resource -> {
                check(resource, progress);
                return !progress.isCanceled();
            });
        } else {
            delta.accept(change -> {
                if (change.getKind() != IResourceDelta.REMOVED) {
                    check(change.getResource(), progress);
                }
                return !progress.isCanceled();
            });
        }
        return null;
    }

    @Override
    protected void clean(IProgressMonitor monitor) throws CoreException {
        getProject().deleteMarkers(ValidationMarkers.TYPE, true, IResource.DEPTH_INFINITE);
    }

    private static void check(IResource resource, SubMonitor progress) throws CoreException {
        if (resource instanceof IFile file && InterphaseResourceFactory.EXTENSION.equals(file.getFileExtension())
                && file.getLocation() != null) {
            progress.subTask(file.getFullPath().toString());
            validate(file);
            progress.worked(1);
        }
    }

    /** Validates one model file into markers. */
    public static void validate(IFile file) throws CoreException {
        try {
            Project project = InterphaseModels.load(file.getLocation().toFile().toPath());
            ValidationMarkers.replace(file, ModelValidation.check(project), project.eResource());
        } catch (ModelFileException e) {
            ValidationMarkers.replace(file, e);
        }
    }
}
