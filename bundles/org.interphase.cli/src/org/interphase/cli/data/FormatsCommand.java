/*
 * Copyright (c) 2026 the Interphase contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.interphase.cli.data;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;

import org.interphase.cli.ExitCodes;
import org.interphase.importer.ImporterDescriptor;
import org.interphase.importer.Importers;

import com.google.gson.stream.JsonWriter;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** ./interphase formats [--json]: the installed importers, from their plugin.xml metadata (no importer class loaded). */
@Command(name = "formats", mixinStandardHelpOptions = true,
        description = { "List the installed instrument importers: id (for import --format), vendor, file extensions and name.",
                "Importers marked 'fallback' are tried after every specific one." })
public class FormatsCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--json", description = "Print JSON: [{\"id\", \"name\", \"vendor\", \"extensions\", \"magic\", \"content_matcher\", \"fallback\", \"bundle\"}].")
    boolean json;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        List<ImporterDescriptor> importers = Importers.installed();
        if (json) {
            JsonWriter w = new JsonWriter(out);
            w.setIndent("  ");
            w.beginArray();
            for (ImporterDescriptor d : importers) {
                w.beginObject();
                w.name("id").value(d.id());
                w.name("name").value(d.name());
                w.name("vendor").value(d.vendor());
                w.name("extensions").beginArray();
                for (String e : d.extensions()) {
                    w.value(e);
                }
                w.endArray();
                w.name("magic").value(!d.magics().isEmpty());
                w.name("content_matcher").value(d.hasContentMatcher());
                w.name("fallback").value(d.fallback());
                w.name("bundle").value(d.contributor());
                w.endObject();
            }
            w.endArray();
            w.flush();
            out.println();
        } else {
            int id = "id".length();
            int vendor = "vendor".length();
            int extensions = "extensions".length();
            for (ImporterDescriptor d : importers) {
                id = Math.max(id, d.id().length());
                vendor = Math.max(vendor, d.vendor().length());
                extensions = Math.max(extensions, String.join(", ", d.extensions()).length());
            }
            String format = "%-" + id + "s  %-" + vendor + "s  %-" + extensions + "s  %s%n";
            out.printf(format, "id", "vendor", "extensions", "name");
            for (ImporterDescriptor d : importers) {
                out.printf(format, d.id(), d.vendor(), String.join(", ", d.extensions()), d.name() + (d.fallback() ? " (fallback)" : ""));
            }
        }
        out.flush();
        return ExitCodes.OK;
    }
}
