/*
 * Copyright (c) 2026 the Interphase contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.interphase.cli.eis;

import java.io.IOException;
import java.util.Arrays;

import com.google.gson.stream.JsonWriter;

/** What the EIS commands share: lists of numbers, and JSON numbers (non-finite as null). */
final class EisArguments {

    private EisArguments() {
    }

    /** Thrown for a bad command-line value (exit 2). */
    static final class BadArgument extends Exception {
        private static final long serialVersionUID = 1L;

        BadArgument(String message) {
            super(message);
        }
    }

    /** "1,2.5e3, 7" as numbers. */
    static double[] numbers(String option, String text) throws BadArgument {
        if (text == null || text.isBlank()) {
            throw new BadArgument(option + ": no numbers given");
        }
        String[] parts = text.split("[,\\s]+");
        double[] values = new double[parts.length];
        for (int i = 0; i < parts.length; i++) {
            String t = parts[i].strip().toLowerCase(java.util.Locale.ROOT);
            try {
                values[i] = switch (t) {
                case "inf", "+inf", "infinity" -> Double.POSITIVE_INFINITY;
                case "-inf", "-infinity" -> Double.NEGATIVE_INFINITY;
                case "nan" -> Double.NaN;
                default -> Double.parseDouble(t);
                };
            } catch (NumberFormatException e) {
                throw new BadArgument(option + ": '" + parts[i] + "' is not a number (give comma-separated SI values, e.g. 10,1e-6)");
            }
        }
        return values;
    }

    static void number(JsonWriter json, double v) throws IOException {
        if (Double.isFinite(v)) {
            json.value(v);
        } else {
            json.nullValue();
        }
    }

    static void array(JsonWriter json, String name, double[] values) throws IOException {
        json.name(name).beginArray();
        for (double v : values) {
            number(json, v);
        }
        json.endArray();
    }

    static String list(double[] values) {
        return Arrays.toString(values);
    }
}
