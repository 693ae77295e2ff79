/*
 * Copyright (c) 2026 the Interphase contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.interphase.cli.cycling;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Map;

import org.interphase.solver.Provenance;

import com.google.gson.stream.JsonWriter;

/** JSON output of the cycling commands: numbers that are not finite are written as null. */
final class Json implements AutoCloseable {

    final JsonWriter w;

    Json(Writer out, boolean pretty) {
        w = new JsonWriter(out);
        if (pretty) {
            w.setIndent("  ");
        }
        w.setSerializeNulls(true);
    }

    Json name(String name) throws IOException {
        w.name(name);
        return this;
    }

    Json number(String name, double value) throws IOException {
        w.name(name);
        return number(value);
    }

    Json number(double value) throws IOException {
        if (Double.isFinite(value)) {
            w.value(value);
        } else {
            w.nullValue();
        }
        return this;
    }

    Json string(String name, String value) throws IOException {
        w.name(name).value(value);
        return this;
    }

    /** An array of numbers, each multiplied by a scale (e.g. 1/3600 for hours). */
    Json array(String name, double[] values, double scale) throws IOException {
        w.name(name).beginArray();
        for (double v : values) {
            number(v * scale);
        }
        w.endArray();
        return this;
    }

    Json strings(String name, List<String> values) throws IOException {
        w.name(name).beginArray();
        for (String v : values) {
            w.value(v);
        }
        w.endArray();
        return this;
    }

    Json provenance(Provenance p) throws IOException {
        w.name("provenance").beginObject();
        w.name("solver").value(p.solverId());
        w.name("version").value(p.softwareVersion());
        w.name("date").value(p.date().toString());
        w.name("inputs").value(p.inputs());
        w.name("settings").beginObject();
        for (Map.Entry<String, String> e : p.settings().entrySet()) {
            w.name(e.getKey()).value(e.getValue());
        }
        w.endObject();
        w.endObject();
        return this;
    }

    @Override
    public void close() throws IOException {
        w.flush();
    }
}
