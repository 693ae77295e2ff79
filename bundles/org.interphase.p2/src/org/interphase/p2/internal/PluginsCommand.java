/*
 * Copyright (c) 2026 the Interphase contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.interphase.p2.internal;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;

import org.interphase.cli.CommandFailure;
import org.interphase.cli.ExitCodes;
import org.interphase.p2.InstalledPlugin;
import org.interphase.p2.PluginException;
import org.interphase.p2.PluginManager;

import com.google.gson.stream.JsonWriter;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** ./interphase plugins [--json]: the plugin features installed into this product with 'install'. */
@Command(name = "plugins", mixinStandardHelpOptions = true,
        description = "List the plugin features installed into this product with 'install': id, version, name, provider.")
public class PluginsCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--json", description = "Print JSON: [{\"id\", \"version\", \"name\", \"provider\"}].")
    boolean json;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        List<InstalledPlugin> plugins;
        try (PluginManager manager = PluginManager.forRunningProduct()) {
            plugins = manager.installed();
        } catch (PluginException e) {
            throw new CommandFailure(e.getMessage());
        }
        if (json) {
            JsonWriter w = new JsonWriter(out);
            w.setIndent("  ");
            w.beginArray();
            for (InstalledPlugin p : plugins) {
                w.beginObject();
                w.name("id").value(p.id());
                w.name("version").value(p.version());
                w.name("name").value(p.name());
                w.name("provider").value(p.provider());
                w.endObject();
            }
            w.endArray();
            w.flush();
            out.println();
        } else if (plugins.isEmpty()) {
            out.println("no plugins installed (./interphase install SITE adds them)");
        } else {
            for (InstalledPlugin p : plugins) {
                out.println(p.id() + " " + p.version() + "  " + p.name() + (p.provider().isEmpty() ? "" : " (" + p.provider() + ")"));
            }
        }
        out.flush();
        return ExitCodes.OK;
    }
}
