/*
 * Copyright (c) 2026 the Interphase contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.interphase.p2.internal;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

import org.interphase.cli.CommandFailure;
import org.interphase.cli.ExitCodes;
import org.interphase.p2.InstalledPlugin;
import org.interphase.p2.PluginException;
import org.interphase.p2.PluginManager;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** ./interphase uninstall FEATURE: p2 removes an installed plugin feature from this product. */
@Command(name = "uninstall", mixinStandardHelpOptions = true,
        description = { "Remove a plugin feature installed with 'install' (./interphase plugins lists them) from this product.",
                "It is gone from the next start of Interphase; workspaces and models are not touched." })
public class UninstallCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FEATURE", description = "The id of the installed feature.")
    String feature;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (PluginManager manager = PluginManager.forRunningProduct()) {
            InstalledPlugin removed = manager.uninstall(feature, null);
            out.println("uninstalled " + removed.id() + " " + removed.version());
            out.flush();
            return ExitCodes.OK;
        } catch (PluginException e) {
            throw new CommandFailure(e.getMessage());
        }
    }
}
