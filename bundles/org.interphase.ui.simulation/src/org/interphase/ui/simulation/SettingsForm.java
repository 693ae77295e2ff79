/*
 * Copyright (c) 2026 the Interphase contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.interphase.ui.simulation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.interphase.model.Cell;
import org.interphase.model.validation.ModelLabels;
import org.interphase.solver.CellSettings;
import org.interphase.solver.CellSolver;
import org.interphase.solver.settings.Setting;
import org.interphase.solver.settings.SettingsBinder;
import org.interphase.solver.settings.SettingsException;

/**
 * The settings of a cell solver as the run dialog edits them: one row per {@link Setting} with its default shown in
 * its SI unit ("model" for values the model gives), the text the user typed (with or without a unit), and binding
 * into a settings object that names every refused value.
 */
public final class SettingsForm {

    /** The word that leaves a value to the model. */
    public static final String FROM_MODEL = "model";

    /** One setting: its descriptor, its default as text, and what the user typed (null: the default). */
    public static final class Row {
        private final SettingsBinder.Descriptor descriptor;
        private final String defaultText;
        private String text;

        Row(SettingsBinder.Descriptor descriptor, String defaultText) {
            this.descriptor = descriptor;
            this.defaultText = defaultText;
        }

        public SettingsBinder.Descriptor descriptor() {
            return descriptor;
        }

        public Setting setting() {
            return descriptor.setting();
        }

        /** What the value column shows: the typed text, else the default. */
        public String text() {
            return text != null ? text : defaultText;
        }

        public String defaultText() {
            return defaultText;
        }

        public boolean changed() {
            return text != null && !text.equals(defaultText);
        }

        /** The choices of an enum or boolean setting, else null. */
        public String[] choices() {
            Class<?> type = descriptor.type();
            if (type == boolean.class || type == Boolean.class) {
                return new String[] { "true", "false" };
            }
            if (type.isEnum()) {
                Object[] constants = type.getEnumConstants();
                String[] names = new String[constants.length];
                for (int i = 0; i < names.length; i++) {
                    names[i] = ((Enum<?>) constants[i]).name().toLowerCase(Locale.ROOT);
                }
                return names;
            }
            return null;
        }

        /** True when the model may give the value (an empty boxed number or text). */
        public boolean modelMayGive() {
            return !descriptor.type().isPrimitive() && !descriptor.type().isEnum();
        }
    }

    private final CellSolver<CellSettings, ?> solver;
    private final Cell cell;
    private final List<Row> rows = new ArrayList<>();

    @SuppressWarnings("unchecked")
    public SettingsForm(CellSolver<?, ?> solver, Cell cell) {
        this.solver = (CellSolver<CellSettings, ?>) solver;
        this.cell = cell;
        CellSettings defaults = this.solver.defaultSettings(cell);
        List<SettingsBinder.Descriptor> descriptors = new ArrayList<>(SettingsBinder.describe(solver.settingsType()));
        // the solver's own settings first (current density, protocol, ...), then those it shares (interphase parameters)
        descriptors.sort(java.util.Comparator.comparingInt(d -> -depth(d.field().getDeclaringClass())));
        for (SettingsBinder.Descriptor d : descriptors) {
            rows.add(new Row(d, format(SettingsBinder.get(defaults, d))));
        }
    }

    private static int depth(Class<?> type) {
        int depth = 0;
        for (Class<?> c = type; c != null; c = c.getSuperclass()) {
            depth++;
        }
        return depth;
    }

    static String format(Object value) {
        if (value == null) {
            return FROM_MODEL;
        }
        if (value instanceof Double d) {
            return ModelLabels.formatNumber(d);
        }
        if (value instanceof Enum<?> e) {
            return e.name().toLowerCase(Locale.ROOT);
        }
        return String.valueOf(value);
    }

    public List<Row> rows() {
        return rows;
    }

    public CellSolver<CellSettings, ?> solver() {
        return solver;
    }

    public Cell cell() {
        return cell;
    }

    /** Sets what the user typed for a setting (null or the default: back to the default). */
    public void set(String key, String text) {
        for (Row row : rows) {
            if (row.setting().key().equals(key)) {
                row.text = text == null || text.strip().equals(row.defaultText) ? null : text.strip();
                return;
            }
        }
        throw new IllegalArgumentException("no setting " + key);
    }

    /** The problems of the typed values, one per setting ("key (label): rule"); empty when all are valid. */
    public List<String> problems() {
        List<String> problems = new ArrayList<>();
        bind(problems);
        return problems;
    }

    /** The settings with the typed values; throws naming the first refused value. */
    public CellSettings bind() throws SettingsException {
        List<String> problems = new ArrayList<>();
        CellSettings settings = bind(problems);
        if (!problems.isEmpty()) {
            throw new SettingsException(problems.get(0));
        }
        return settings;
    }

    private CellSettings bind(List<String> problems) {
        CellSettings settings = solver.defaultSettings(cell);
        for (Row row : rows) {
            if (row.text == null) {
                continue;
            }
            String text = row.text.strip();
            try {
                if ((text.isEmpty() || text.equalsIgnoreCase(FROM_MODEL)) && row.modelMayGive()) {
                    row.descriptor.field().set(settings, null);
                } else {
                    SettingsBinder.set(settings, row.setting().key(), text);
                }
            } catch (SettingsException e) {
                problems.add(e.getMessage());
            } catch (IllegalAccessException e) {
                throw new IllegalStateException(e);
            }
        }
        if (problems.isEmpty()) {
            try {
                SettingsBinder.validate(settings);
            } catch (SettingsException e) {
                problems.add(e.getMessage());
            }
        }
        return settings;
    }

    /** The changed settings as key to text, for a summary. */
    public Map<String, String> changes() {
        Map<String, String> changes = new LinkedHashMap<>();
        for (Row row : rows) {
            if (row.changed()) {
                changes.put(row.setting().key(), row.text);
            }
        }
        return changes;
    }
}
