/*
 * Copyright (c) 2026 the Interphase contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.interphase.ui.project;

import java.util.List;
import java.util.Map;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.emf.ecore.resource.Resource;
import org.interphase.model.resource.ModelFileException;
import org.interphase.model.validation.ModelValidation.Issue;

/**
 * Problems markers of a model file: one per validation issue (message, model path as location, the object's
 * identity to jump to it), or one for a file that cannot be read (with its line).
 */
public final class ValidationMarkers {

    /** The marker type (plugin.xml: a persistent problem marker). */
    public static final String TYPE = "org.interphase.ui.validationProblem";
    /** Marker attribute: the URI fragment (identity) of the object an issue is about. */
    public static final String URI_FRAGMENT = "uriFragment";

    private ValidationMarkers() {
    }

    /** Replaces the file's markers with the issues of a validation of its model (resource: to name the objects). */
    public static void replace(IFile file, List<Issue> issues, Resource resource) throws CoreException {
        file.getWorkspace().run(monitor -> {
            file.deleteMarkers(TYPE, false, IResource.DEPTH_ZERO);
            for (Issue issue : issues) {
                String fragment = issue.object() == null || resource == null ? null : resource.getURIFragment(issue.object());
                file.createMarker(TYPE, Map.of(
                        IMarker.MESSAGE, issue.message(),
                        IMarker.SEVERITY, severity(issue),
                        IMarker.LOCATION, issue.path(),
                        URI_FRAGMENT, fragment == null ? "" : fragment));
            }
        }, file, 0, null);
    }

    /** Replaces the file's markers with one for a file that cannot be read. */
    public static void replace(IFile file, ModelFileException error) throws CoreException {
        file.getWorkspace().run(monitor -> {
            file.deleteMarkers(TYPE, false, IResource.DEPTH_ZERO);
            file.createMarker(TYPE, Map.of(
                    IMarker.MESSAGE, "cannot read the model: " + error.reason(),
                    IMarker.SEVERITY, IMarker.SEVERITY_ERROR,
                    IMarker.LINE_NUMBER, Math.max(1, error.line()),
                    IMarker.LOCATION, error.line() > 0 ? "line " + error.line() + ", column " + error.column() : "file"));
        }, file, 0, null);
    }

    private static int severity(Issue issue) {
        return switch (issue.severity()) {
            case ERROR -> IMarker.SEVERITY_ERROR;
            case WARNING -> IMarker.SEVERITY_WARNING;
            case INFO -> IMarker.SEVERITY_INFO;
        };
    }
}
