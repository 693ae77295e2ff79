/*
 * Copyright (c) 2026 the Interphase contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.interphase.model.resource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.interphase.model.InterphasePackage;
import org.interphase.model.Project;

/** Loading and saving .interphase model files outside an editor (CLI, solvers, tests). */
public final class InterphaseModels {

    private InterphaseModels() {
    }

    /** A resource set that reads and writes .interphase files, inside OSGi or not. */
    public static ResourceSet newResourceSet() {
        ResourceSet resourceSet = new ResourceSetImpl();
        resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap()
                .put(InterphaseResourceFactory.EXTENSION, new InterphaseResourceFactory());
        resourceSet.getPackageRegistry().put(InterphasePackage.eNS_URI, InterphasePackage.eINSTANCE);
        return resourceSet;
    }

    /**
     * Loads a model file. Throws {@link ModelFileException} naming the file, and the line and column where
     * the parser stopped, when the file is missing, is not XML, or is not an Interphase model.
     */
    public static Project load(Path file) throws ModelFileException {
        return load(newResourceSet(), file);
    }

    public static Project load(ResourceSet resourceSet, Path file) throws ModelFileException {
        Path absolute = file.toAbsolutePath().normalize();
        if (!Files.isRegularFile(absolute)) {
            throw new ModelFileException(absolute, 0, 0, Files.exists(absolute) ? "not a regular file" : "no such file");
        }
        Resource resource = resourceSet.createResource(URI.createFileURI(absolute.toString()));
        try {
            resource.load(null);
        } catch (IOException e) {
            throw ModelFileException.from(absolute, resource, e);
        }
        if (!resource.getErrors().isEmpty()) {
            throw ModelFileException.from(absolute, resource, null);
        }
        if (resource.getContents().isEmpty() || !(resource.getContents().get(0) instanceof Project project)) {
            throw new ModelFileException(absolute, 0, 0, "the file holds no Interphase project (root element "
                    + (resource.getContents().isEmpty() ? "missing" : resource.getContents().get(0).eClass().getName()) + ")");
        }
        return project;
    }

    /** Saves the project's resource atomically. */
    public static void save(Project project) throws IOException {
        project.eResource().save(null);
    }

    /** Saves a project into a new file (atomically). */
    public static void saveAs(Project project, Path file) throws IOException {
        Resource resource = project.eResource();
        if (resource == null) {
            resource = newResourceSet().createResource(URI.createFileURI(file.toAbsolutePath().toString()));
            resource.getContents().add(project);
        } else {
            resource.setURI(URI.createFileURI(file.toAbsolutePath().toString()));
        }
        resource.save(null);
    }
}
