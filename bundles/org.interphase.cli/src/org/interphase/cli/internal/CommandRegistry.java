/*
 * Copyright (c) 2026 the Interphase contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.interphase.cli.internal;

import java.io.PrintWriter;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.Platform;
import org.interphase.cli.ExitCodes;

import picocli.CommandLine;

/**
 * The commands contributed to org.interphase.cli.commands, read from their metadata; a command's class is
 * loaded only when it runs. Dispatches a command line to its command and returns the exit code.
 */
public final class CommandRegistry {

    public static final String EXTENSION_POINT = "org.interphase.cli.commands";

    /** What plugin.xml says of a command. */
    public record CommandInfo(String name, String summary, IConfigurationElement element) {
    }

    private final Map<String, CommandInfo> commands = new LinkedHashMap<>();

    public CommandRegistry() {
        IConfigurationElement[] elements = Platform.getExtensionRegistry().getConfigurationElementsFor(EXTENSION_POINT);
        Arrays.sort(elements, Comparator.comparing(e -> e.getAttribute("name")));
        for (IConfigurationElement element : elements) {
            String name = element.getAttribute("name");
            if (commands.containsKey(name)) {
                ILog.of(getClass()).warn("command '" + name + "' of " + element.getContributor().getName()
                        + " ignored: " + commands.get(name).element().getContributor().getName() + " contributes it too");
                continue;
            }
            commands.put(name, new CommandInfo(name, element.getAttribute("summary"), element));
        }
    }

    public Map<String, CommandInfo> commands() {
        return commands;
    }

    /** Runs the command line; returns the exit code (see ExitCodes). */
    public int run(String[] args, PrintWriter out, PrintWriter err) {
        if (args.length == 0) {
            usage(err);
            return ExitCodes.USAGE;
        }
        String name = args[0];
        if (name.equals("--help") || name.equals("-h") || name.equals("help")) {
            usage(out);
            return ExitCodes.OK;
        }
        if (name.equals("--version")) {
            out.println("Interphase " + Platform.getBundle("org.interphase.cli").getVersion());
            return ExitCodes.OK;
        }
        CommandInfo info = commands.get(name);
        if (info == null) {
            err.println("interphase: unknown command '" + name + "'");
            usage(err);
            return ExitCodes.USAGE;
        }
        Object command;
        try {
            command = info.element().createExecutableExtension("class");
        } catch (CoreException e) {
            err.println("interphase: command '" + name + "' cannot be loaded: " + e.getMessage());
            return ExitCodes.FAILED;
        }
        CommandLine commandLine = new CommandLine(command);
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setExecutionExceptionHandler((exception, cl, parseResult) -> {
            err.println("interphase " + name + ": " + exception);
            for (Throwable cause = exception.getCause(); cause != null; cause = cause.getCause()) {
                err.println("  caused by " + cause);
            }
            return ExitCodes.FAILED;
        });
        int exit = commandLine.execute(Arrays.copyOfRange(args, 1, args.length));
        out.flush();
        err.flush();
        return exit;
    }

    /** The list of commands. */
    public void usage(PrintWriter out) {
        out.println("Usage: interphase COMMAND [ARGS...]     (interphase COMMAND --help for a command's options)");
        out.println();
        out.println("Interphase, an IDE for solid-state battery interface research. Commands:");
        out.printf("  %-12s %s%n", "ide", "Start the IDE: ./interphase ide [--workspace DIR] (handled by the launcher script).");
        for (CommandInfo info : commands.values()) {
            out.printf("  %-12s %s%n", info.name(), info.summary());
        }
        out.println();
        out.println("Exit codes: 0 success, 1 the work failed, 2 bad arguments.");
        out.flush();
    }
}
