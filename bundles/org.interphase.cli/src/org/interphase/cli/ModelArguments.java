/*
 * Copyright (c) 2026 the Interphase contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.interphase.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;

import org.interphase.model.Cell;
import org.interphase.model.Project;
import org.interphase.model.resource.InterphaseModels;
import org.interphase.model.resource.ModelFileException;

/** Loading the model a command names, with load errors reported the same way by every command. */
public final class ModelArguments {

    private ModelArguments() {
    }

    /** The project in the file, or empty after printing "ERROR file:line:column: reason" to err. */
    public static Optional<Project> load(Path file, PrintWriter err) {
        try {
            return Optional.of(InterphaseModels.load(file));
        } catch (ModelFileException e) {
            err.println("ERROR " + e.getMessage());
            err.flush();
            return Optional.empty();
        }
    }

    /** The cell of that name, or empty after printing the names there are to err. */
    public static Optional<Cell> cell(Project project, String name, PrintWriter err) {
        Optional<Cell> cell = project.getCells().stream().filter(c -> name.equals(c.getName())).findFirst();
        if (cell.isEmpty()) {
            err.println("ERROR no cell named '" + name + "'; the model has "
                    + project.getCells().stream().map(c -> "'" + c.getName() + "'").toList());
            err.flush();
        }
        return cell;
    }
}
