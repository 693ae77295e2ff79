/*
 * Copyright (c) 2026 the Interphase contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.interphase.ui.eis.analysis;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The status fields of a solver's result record, read generically so that fields the solver adds later (flags such
 * as {@code atBound} or {@code unidentifiable}, messages, counts) are shown without a change here: every component
 * that is a boolean, a number, a text, an enum or a list of texts, by name, skipping the ones a view shows itself.
 */
public final class RecordFields {

    private RecordFields() {
    }

    /** Scalar fields of a record, in declaration order: name -> value as text (empty lists and texts are left out). */
    public static Map<String, String> scalars(Object record, Set<String> skip) {
        Map<String, String> fields = new LinkedHashMap<>();
        if (record == null || !record.getClass().isRecord()) {
            return fields;
        }
        for (RecordComponent c : record.getClass().getRecordComponents()) {
            if (skip.contains(c.getName())) {
                continue;
            }
            Object value = value(record, c);
            String text = text(value);
            if (text != null && !text.isEmpty()) {
                fields.put(c.getName(), text);
            }
        }
        return fields;
    }

    /**
     * The flags of a record: the names of its boolean components that are true (except those in {@code skip}), and
     * its text components (except those in {@code skip}) as "name: text".
     */
    public static List<String> flags(Object record, Set<String> skip) {
        List<String> flags = new ArrayList<>();
        if (record == null || !record.getClass().isRecord()) {
            return flags;
        }
        for (RecordComponent c : record.getClass().getRecordComponents()) {
            if (skip.contains(c.getName())) {
                continue;
            }
            Object value = value(record, c);
            if (value instanceof Boolean b && b) {
                flags.add(words(c.getName()));
            } else if (value instanceof CharSequence s && !s.toString().isBlank()) {
                flags.add(words(c.getName()) + ": " + s);
            }
        }
        return flags;
    }

    /** A camel-case name as words: "atBound" -> "at bound". */
    public static String words(String name) {
        return name.replaceAll("([a-z0-9])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
    }

    private static Object value(Object record, RecordComponent c) {
        try {
            c.getAccessor().setAccessible(true);
            return c.getAccessor().invoke(record);
        } catch (ReflectiveOperationException | RuntimeException e) {
            return null;
        }
    }

    private static String text(Object value) {
        if (value instanceof Boolean || value instanceof Integer || value instanceof Long || value instanceof Enum<?>) {
            return value instanceof Enum<?> e ? e.name().toLowerCase(Locale.ROOT) : value.toString();
        }
        if (value instanceof Double d) {
            return String.format(Locale.ROOT, "%.6g", d);
        }
        if (value instanceof CharSequence s) {
            return s.toString();
        }
        if (value instanceof Collection<?> list && list.stream().allMatch(o -> o instanceof CharSequence)) {
            return String.join("; ", list.stream().map(Object::toString).toList());
        }
        return null;
    }
}
