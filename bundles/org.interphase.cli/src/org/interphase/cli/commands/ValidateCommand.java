/*
 * Copyright (c) 2026 the Interphase contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.interphase.cli.commands;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

import org.interphase.cli.ExitCodes;
import org.interphase.cli.InputFiles;
import org.interphase.cli.ModelArguments;
import org.interphase.model.Project;
import org.interphase.model.validation.ModelValidation;
import org.interphase.model.validation.ModelValidation.Issue;
import org.interphase.model.validation.ModelValidation.Severity;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** ./interphase validate MODEL: one issue per line, "SEVERITY path: message"; exit 1 when there are errors. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = { "Check a model against the metamodel's rules.",
                "Prints one issue per line as 'SEVERITY path: message' (SEVERITY is ERROR, WARNING or INFO) and a summary on stderr.",
                "Exit 0 when there is no error (warnings allowed), 1 when there are errors or the file cannot be read." })
public class ValidateCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "MODEL", description = "An .interphase model file.")
    Path model;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        InputFiles.requireModel(model, "validate");
        Optional<Project> project = ModelArguments.load(model, err);
        if (project.isEmpty()) {
            return ExitCodes.FAILED;
        }
        List<Issue> issues = ModelValidation.check(project.get());
        for (Issue issue : issues) {
            out.println(issue.severity() + " " + issue.path() + ": " + issue.message());
        }
        long errors = issues.stream().filter(i -> i.severity() == Severity.ERROR).count();
        long warnings = issues.stream().filter(i -> i.severity() == Severity.WARNING).count();
        out.flush();
        err.println(model + ": " + errors + " error(s), " + warnings + " warning(s)");
        err.flush();
        return errors > 0 ? ExitCodes.FAILED : ExitCodes.OK;
    }
}
