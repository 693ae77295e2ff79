/*
 * Copyright (c) 2026 the Interphase contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.interphase.model.tests;

import java.nio.file.Path;

import org.interphase.model.Cell;
import org.interphase.model.Layer;
import org.interphase.model.Material;
import org.interphase.model.Project;
import org.interphase.model.resource.InterphaseModels;
import org.interphase.model.resource.ModelFileException;

/** The paper's example project in the repository, and lookups by name for tests. */
final class ExampleProject {

    private ExampleProject() {
    }

    /** The repository root: the build passes it as -Dinterphase.repository; else the working directory's parents. */
    static Path repository() {
        String property = System.getProperty("interphase.repository");
        if (property != null) {
            return Path.of(property);
        }
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            if (p.resolve("examples/tolganbek2022").toFile().isDirectory()) {
                return p;
            }
        }
        throw new IllegalStateException("cannot find the repository root; run the tests through ./mvnw verify");
    }

    static Path file() {
        return repository().resolve("examples/tolganbek2022/tolganbek2022.interphase");
    }

    static Project load() throws ModelFileException {
        return InterphaseModels.load(file());
    }

    static Cell cell(Project project, String name) {
        return project.getCells().stream().filter(c -> name.equals(c.getName())).findFirst().orElseThrow();
    }

    static Layer layer(Project project, String name) {
        return project.getLayers().stream().filter(c -> name.equals(c.getName())).findFirst().orElseThrow();
    }

    static Material material(Project project, String name) {
        return project.getMaterials().stream().filter(c -> name.equals(c.getName())).findFirst().orElseThrow();
    }
}
