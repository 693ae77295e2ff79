/*
 * Copyright (c) 2026 the Interphase contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.interphase.ui.wizards;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.interphase.examples.Examples;
import org.interphase.model.InterphaseFactory;
import org.interphase.model.Project;
import org.interphase.model.resource.InterphaseModels;

/** The contents of new model files: an empty project, or a copy of the paper's example. */
final class NewModels {

    private NewModels() {
    }

    /** An empty model whose project carries the given name. */
    static InputStream empty(String name) throws IOException {
        Project project = InterphaseFactory.eINSTANCE.createProject();
        project.setName(name);
        Resource resource = InterphaseModels.newResourceSet().createResource(URI.createURI("new.interphase"));
        resource.getContents().add(project);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        resource.save(bytes, null);
        return new ByteArrayInputStream(bytes.toByteArray());
    }

    /** The paper's example model. */
    static InputStream example() throws IOException {
        Path folder = Files.createTempDirectory("interphase-example");
        try {
            Examples.copy(Examples.TOLGANBEK_2022, folder);
            return new ByteArrayInputStream(Files.readAllBytes(folder.resolve(Examples.TOLGANBEK_2022 + ".interphase")));
        } finally {
            try (var files = Files.walk(folder)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }
}
