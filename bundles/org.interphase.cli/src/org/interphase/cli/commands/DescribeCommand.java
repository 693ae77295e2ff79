/*
 * Copyright (c) 2026 the Interphase contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.interphase.cli.commands;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;

import org.interphase.cli.ExitCodes;
import org.interphase.cli.ModelArguments;
import org.interphase.model.Project;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** ./interphase describe MODEL [--json]: the model's materials, layers and cells (JSON schema: see JsonDescription). */
@Command(name = "describe", mixinStandardHelpOptions = true,
        description = { "Describe a model: materials with their sourced properties, layers with their thickness in nm "
                + "(derived from the growth law for layer-by-layer films), cells with their stacks, experiments, circuit models.",
                "The model must pass validation first (derived values are never computed from an invalid model: exit 1 with its errors; "
                        + "interphase validate lists every issue).",
                "With --json, a stable document (schema \"" + JsonDescription.SCHEMA + "\", documented in README.md)." })
public class DescribeCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "MODEL", description = "An .interphase model file.")
    Path model;

    @Option(names = "--json", description = "Print JSON instead of text.")
    boolean json;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        Optional<Project> project = ModelArguments.loadValid(model, "describe", spec.commandLine().getErr());
        if (project.isEmpty()) {
            return ExitCodes.FAILED;
        }
        if (json) {
            new JsonDescription(out).write(model.toAbsolutePath().normalize(), project.get());
        } else {
            new TextDescription(out).write(model, project.get());
        }
        out.flush();
        return ExitCodes.OK;
    }
}
