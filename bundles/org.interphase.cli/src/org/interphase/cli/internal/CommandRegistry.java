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
import org.interphase.cli.CommandFailure;
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
            if (exception instanceof CommandLine.ParameterException p) {
                return parameterProblem(name, p, err);
            }
            out.flush();
            err.println("interphase " + name + ": " + oneLine(exception instanceof CommandFailure ? exception.getMessage() : describe(exception)));
            err.flush();
            return ExitCodes.FAILED;
        });
        commandLine.setParameterExceptionHandler((exception, arguments) -> parameterProblem(name, exception, err));
        int exit;
        try {
            exit = commandLine.execute(joinUnits(Arrays.copyOfRange(args, 1, args.length)));
        } catch (OutOfMemoryError e) {
            // the command boundary: an Error is one line and exit 1, never a stack trace (commands buffer their JSON,
            // so stdout holds no half document)
            out.flush();
            err.println("interphase " + name + ": out of memory (the Java heap holds " + (Runtime.getRuntime().maxMemory() >> 20)
                    + " MiB): the input is too large or its declared sizes are implausible");
            err.flush();
            return ExitCodes.FAILED;
        } catch (StackOverflowError | LinkageError | AssertionError e) {
            out.flush();
            err.println("interphase " + name + ": " + oneLine(describe(e)));
            err.flush();
            return ExitCodes.FAILED;
        }
        out.flush();
        err.flush();
        return exit;
    }

    /**
     * A bad argument: one line (no usage text), exit 2. Unknown options and missing arguments point to --help.
     */
    private static int parameterProblem(String name, CommandLine.ParameterException exception, PrintWriter err) {
        boolean syntax = exception instanceof CommandLine.UnmatchedArgumentException || exception instanceof CommandLine.MissingParameterException
                || exception instanceof CommandLine.OverwrittenOptionException || exception instanceof CommandLine.MutuallyExclusiveArgsException;
        err.println("interphase " + name + ": " + oneLine(exception.getMessage())
                + (syntax ? " (interphase " + name + " --help lists the options)" : ""));
        err.flush();
        return ExitCodes.USAGE;
    }

    /** An unexpected exception in one line: its class, message and root cause. */
    private static String describe(Throwable exception) {
        Throwable root = exception;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String text = exception.getClass().getSimpleName() + (exception.getMessage() == null ? "" : ": " + exception.getMessage());
        return root == exception ? text : text + " (caused by " + root.getClass().getSimpleName()
                + (root.getMessage() == null ? "" : ": " + root.getMessage()) + ")";
    }

    private static String oneLine(String message) {
        return message == null ? "failed" : message.strip().replaceAll("\\s*\\R\\s*", "; ");
    }

    /**
     * Values with units typed without quotes: {@code --set key=1e-5 S/cm} arrives as two arguments, "key=1e-5" and
     * "S/cm"; an argument that looks like a unit (letters, '/', '^', digits, not an option, not an existing file)
     * right after a KEY=NUMBER or NUMBER argument is joined to it with a space, so both spellings mean the same.
     */
    public static String[] joinUnits(String[] args) {
        java.util.List<String> joined = new java.util.ArrayList<>();
        for (String arg : args) {
            if (!joined.isEmpty() && looksLikeUnit(arg) && endsWithNumber(joined.get(joined.size() - 1))
                    && !java.nio.file.Files.exists(java.nio.file.Path.of(arg))) {
                joined.set(joined.size() - 1, joined.get(joined.size() - 1) + " " + arg);
            } else {
                joined.add(arg);
            }
        }
        return joined.toArray(String[]::new);
    }

    private static final java.util.regex.Pattern UNIT = java.util.regex.Pattern
            .compile("(?:[A-Za-z\\u00b0\\u00b5\\u03bc\\u03a9%][A-Za-z0-9\\u00b0\\u00b5\\u03bc\\u03a9%^/*.\\u00b7-]*)");
    private static final java.util.regex.Pattern NUMBER_END = java.util.regex.Pattern
            .compile("(?:.*=)?[-+]?(?:\\d+\\.?\\d*|\\.\\d+)(?:[eE][-+]?\\d+)?");

    private static boolean looksLikeUnit(String arg) {
        return arg.length() <= 16 && !arg.startsWith("-") && !arg.contains("=") && UNIT.matcher(arg).matches() && !arg.contains(".interphase");
    }

    private static boolean endsWithNumber(String arg) {
        return !arg.startsWith("--") && NUMBER_END.matcher(arg).matches();
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
