/*
 * Copyright (c) 2026 the Interphase contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.interphase.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.interphase.model.Cell;
import org.interphase.model.Project;
import org.interphase.model.resource.InterphaseModels;
import org.interphase.model.resource.ModelFileException;
import org.interphase.model.validation.ModelValidation;
import org.interphase.model.validation.ModelValidation.Issue;
import org.interphase.model.validation.ModelValidation.Severity;

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

    /**
     * The project in the file for a command that computes from it: the file must look like a model (else one line
     * naming what the command needs, see {@link InputFiles#requireModel}), load, and pass the model's validation
     * rules. Validation errors are printed to err, one per line ("ERROR path: message"), with a summary; then the
     * result is empty and nothing is computed (exit 1). Warnings are printed and do not stop the command.
     */
    public static Optional<Project> loadValid(Path file, String command, PrintWriter err) {
        InputFiles.requireModel(file, command);
        Optional<Project> project = load(file, err);
        if (project.isEmpty()) {
            return project;
        }
        List<Issue> issues = ModelValidation.check(project.get());
        long errors = issues.stream().filter(i -> i.severity() == Severity.ERROR).count();
        if (errors == 0) {
            return project;
        }
        for (Issue issue : issues) {
            if (issue.severity() == Severity.ERROR) {
                err.println("ERROR " + issue.path() + ": " + issue.message());
            }
        }
        err.println("interphase " + command + ": " + file + " has " + errors + " validation error(s); nothing computed (see interphase validate)");
        err.flush();
        return Optional.empty();
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
