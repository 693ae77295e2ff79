/*
 * Copyright (c) 2026 the Interphase contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.interphase.p2.internal;

import java.io.PrintWriter;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.interphase.cli.CommandFailure;
import org.interphase.cli.ExitCodes;
import org.interphase.p2.InstalledPlugin;
import org.interphase.p2.PluginException;
import org.interphase.p2.PluginManager;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** ./interphase install SITE [FEATURE...] [--trust-unsigned]: p2 installs plugin features into this product. */
@Command(name = "install", mixinStandardHelpOptions = true,
        description = { "Install plugin features from an update site (a folder, a zipped site or a URL) into this product by p2.",
                "Without FEATURE ids, every feature the site lists in its categories is installed.",
                "Unsigned content is reported and installed only with --trust-unsigned; a site whose features do not",
                "resolve against this product fails with p2's explanation and changes nothing.",
                "The plugins are there from the next start of Interphase (./interphase formats lists new importers)." })
public class InstallCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "SITE", description = "The update site: a folder, a .zip of one, or a URL.")
    String site;

    @Parameters(index = "1..*", paramLabel = "FEATURE", description = "Ids of the features to install (default: all the site lists).")
    List<String> features = new ArrayList<>();

    @Option(names = "--trust-unsigned", description = "Install content that is not signed (say so only for sites you trust).")
    boolean trustUnsigned;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try {
            URI location = PluginManager.siteLocation(site);
            try (PluginManager manager = PluginManager.forRunningProduct()) {
                List<InstalledPlugin> installed = manager.install(location, features, trustUnsigned, line -> {
                    err.println("interphase install: " + line);
                    err.flush();
                }, null);
                for (InstalledPlugin plugin : installed) {
                    out.println("installed " + plugin.id() + " " + plugin.version() + " (" + plugin.name() + ")");
                }
                out.println("restart Interphase to use the installed plugins");
                out.flush();
                return ExitCodes.OK;
            }
        } catch (PluginException e) {
            throw new CommandFailure(e.getMessage());
        }
    }
}
