/*
 * Copyright (c) 2026 the Interphase contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.interphase.cli.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;

/** The headless application (id org.interphase.cli.batch): runs one command and returns its exit code. */
public class InterphaseCliApplication implements IApplication {

    /**
     * A file of command lines (one a line, arguments separated by tabs) run before the command, their output
     * discarded: the build's training run (releng/org.interphase.product/cli-launcher.sh) sets it, so that the
     * class-data sharing archive the JVM writes at its exit holds the classes of all these commands, not only of the
     * one run.
     */
    public static final String TRAINING_PROPERTY = "interphase.cli.training";

    @Override
    public Object start(IApplicationContext context) {
        String[] args = (String[]) context.getArguments().get(IApplicationContext.APPLICATION_ARGS);
        PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
        PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
        CommandRegistry registry = new CommandRegistry();
        String training = System.getProperty(TRAINING_PROPERTY);
        if (training != null) {
            train(registry, Path.of(training), err);
        }
        int exit = registry.run(args == null ? new String[0] : args, out, err);
        out.flush();
        err.flush();
        return Integer.valueOf(exit);
    }

    private static void train(CommandRegistry registry, Path file, PrintWriter err) {
        PrintWriter none = new PrintWriter(OutputStream.nullOutputStream(), false, StandardCharsets.UTF_8);
        try {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                if (!line.isBlank()) {
                    registry.run(line.split("\t"), none, none);
                }
            }
        } catch (IOException e) {
            err.println("interphase: training file " + file + ": " + e.getMessage());
        }
    }

    @Override
    public void stop() {
        // a command runs to its end; nothing to interrupt
    }
}
