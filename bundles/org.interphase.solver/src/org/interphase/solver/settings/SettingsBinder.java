/*
 * Copyright (c) 2026 the Interphase contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.interphase.solver.settings;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.interphase.model.units.Units;
import org.interphase.model.validation.ModelLabels;

/**
 * Reads and writes the {@link Setting}-annotated fields of a settings object: lists them, sets one from text
 * ("2.17", "2.17 V", "1e-6 S/cm": a value with a unit is converted to the field's SI unit, a unit of the wrong kind
 * is refused), checks ranges, and gives the values as key=value for stored runs.
 */
public final class SettingsBinder {

    private static final Pattern NUMBER_WITH_UNIT = Pattern.compile("\\s*([-+]?(?:\\d+\\.?\\d*|\\.\\d+)(?:[eE][-+]?\\d+)?|[-+]?Infinity)\\s*(.*?)\\s*");

    /** One setting of a settings class. */
    public record Descriptor(Setting setting, Field field) {
        public String key() {
            return setting.key();
        }

        public Class<?> type() {
            return field.getType();
        }
    }

    private SettingsBinder() {
    }

    /** The settings of a class, in declaration order (superclasses first). */
    public static List<Descriptor> describe(Class<?> type) {
        List<Descriptor> descriptors = new ArrayList<>();
        List<Class<?>> hierarchy = new ArrayList<>();
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            hierarchy.add(0, c);
        }
        for (Class<?> c : hierarchy) {
            for (Field field : c.getDeclaredFields()) {
                Setting setting = field.getAnnotation(Setting.class);
                if (setting != null && !Modifier.isStatic(field.getModifiers())) {
                    field.setAccessible(true);
                    descriptors.add(new Descriptor(setting, field));
                }
            }
        }
        return descriptors;
    }

    /** The setting with this key. */
    public static Optional<Descriptor> find(Class<?> type, String key) {
        return describe(type).stream().filter(d -> d.key().equals(key)).findFirst();
    }

    /** Sets a setting from text; throws SettingsException naming the setting when the key or the text is wrong. */
    public static void set(Object settings, String key, String text) throws SettingsException {
        Descriptor descriptor = find(settings.getClass(), key).orElseThrow(() -> new SettingsException("unknown setting '" + key
                + "'; the settings are " + describe(settings.getClass()).stream().map(Descriptor::key).toList()));
        Object value = parse(descriptor, text);
        try {
            descriptor.field().set(settings, value);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
        check(settings, descriptor);
    }

    /** Sets settings from KEY=VALUE pairs (e.g. the CLI's --set). */
    public static void set(Object settings, List<String> assignments) throws SettingsException {
        for (String assignment : assignments) {
            int equals = assignment.indexOf('=');
            if (equals <= 0) {
                throw new SettingsException("'" + assignment + "' is not KEY=VALUE");
            }
            set(settings, assignment.substring(0, equals).strip(), assignment.substring(equals + 1));
        }
    }

    /** Checks every setting's range; throws for the first that is out of range. */
    public static void validate(Object settings) throws SettingsException {
        for (Descriptor descriptor : describe(settings.getClass())) {
            check(settings, descriptor);
        }
    }

    /** The values as text, key to value (with the SI unit for numbers that have one). */
    public static Map<String, String> values(Object settings) {
        Map<String, String> values = new LinkedHashMap<>();
        for (Descriptor descriptor : describe(settings.getClass())) {
            Object value = get(settings, descriptor);
            String text = value instanceof Double d ? ModelLabels.formatNumber(d) : String.valueOf(value);
            values.put(descriptor.key(), descriptor.setting().unit().isEmpty() || !(value instanceof Number) ? text
                    : text + " " + descriptor.setting().unit());
        }
        return values;
    }

    /** The current value of a setting. */
    public static Object get(Object settings, Descriptor descriptor) {
        try {
            return descriptor.field().get(settings);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Object parse(Descriptor descriptor, String text) throws SettingsException {
        Class<?> type = descriptor.type();
        String key = descriptor.key();
        String trimmed = text.strip();
        if (type == String.class) {
            return trimmed;
        }
        if (type == boolean.class || type == Boolean.class) {
            if (trimmed.equalsIgnoreCase("true") || trimmed.equalsIgnoreCase("false")) {
                return Boolean.parseBoolean(trimmed);
            }
            throw new SettingsException(key + ": '" + trimmed + "' is not true or false");
        }
        if (type.isEnum()) {
            for (Object constant : type.getEnumConstants()) {
                if (((Enum<?>) constant).name().equalsIgnoreCase(trimmed.replace('-', '_'))) {
                    return constant;
                }
            }
            throw new SettingsException(key + ": '" + trimmed + "' is not one of " + Arrays.stream(type.getEnumConstants())
                    .map(c -> ((Enum<?>) c).name().toLowerCase(Locale.ROOT)).toList());
        }
        Matcher m = NUMBER_WITH_UNIT.matcher(trimmed);
        if (!m.matches()) {
            throw new SettingsException(key + ": '" + trimmed + "' is not a number" + unitHint(descriptor));
        }
        double value = Double.parseDouble(m.group(1));
        String unit = m.group(2);
        if (!unit.isEmpty()) {
            value = convert(descriptor, value, unit);
        }
        if (type == int.class || type == Integer.class) {
            if (value != Math.rint(value) || Math.abs(value) > Integer.MAX_VALUE) {
                throw new SettingsException(key + ": '" + trimmed + "' is not a whole number");
            }
            return (int) value;
        }
        if (type == double.class || type == Double.class) {
            return value;
        }
        throw new IllegalStateException("setting " + key + " has unsupported type " + type);
    }

    private static double convert(Descriptor descriptor, double value, String unit) throws SettingsException {
        String key = descriptor.key();
        String siUnit = descriptor.setting().unit();
        Units.Unit given = Units.find(unit).orElseThrow(() -> new SettingsException(key + ": unit '" + unit + "' is not known" + unitHint(descriptor)));
        Optional<Units.Unit> expected = Units.find(siUnit);
        if (siUnit.isEmpty() || expected.isEmpty() || expected.get().dimension() != given.dimension()) {
            throw new SettingsException(key + ": '" + unit + "' measures " + given.dimension().displayName()
                    + (siUnit.isEmpty() ? ", but this setting has no unit" : ", not " + expected.map(u -> u.dimension().displayName()).orElse(siUnit)));
        }
        return expected.get().fromSI(given.toSI(value));
    }

    private static String unitHint(Descriptor descriptor) {
        String unit = descriptor.setting().unit();
        return unit.isEmpty() ? "" : " (give it in " + unit + " or with a unit, e.g. '1.5 " + unit + "')";
    }

    private static void check(Object settings, Descriptor descriptor) throws SettingsException {
        Object value = get(settings, descriptor);
        if (!(value instanceof Number number)) {
            return;
        }
        double v = number.doubleValue();
        Setting s = descriptor.setting();
        String unit = s.unit().isEmpty() ? "" : " " + s.unit();
        if (Double.isNaN(v)) {
            throw new SettingsException(s.key() + " (" + s.label() + ") is not a number");
        }
        boolean belowMin = s.minExclusive() ? v <= s.min() : v < s.min();
        if (belowMin || v > s.max()) {
            String lower = s.min() == Double.NEGATIVE_INFINITY ? "" : (s.minExclusive() ? "> " : ">= ") + ModelLabels.formatNumber(s.min()) + unit;
            String upper = s.max() == Double.POSITIVE_INFINITY ? "" : "<= " + ModelLabels.formatNumber(s.max()) + unit;
            String rule = lower.isEmpty() ? upper : upper.isEmpty() ? lower : lower + " and " + upper;
            throw new SettingsException(s.key() + " (" + s.label() + ") must be " + rule + " (is " + ModelLabels.formatNumber(v) + unit + ")");
        }
    }
}
