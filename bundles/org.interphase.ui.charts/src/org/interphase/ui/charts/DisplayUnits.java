/*
 * Copyright (c) 2026 the Interphase contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.interphase.ui.charts;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.IEclipsePreferences.IPreferenceChangeListener;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.interphase.model.units.Dimension;
import org.interphase.model.units.Units;
import org.osgi.service.prefs.BackingStoreException;

/**
 * The units people see (Window > Preferences > Interphase > Units): per dimension the unit charts and tables show
 * values in, with defaults a battery scientist reads (mA/cm2, mAh/g, Ohm cm2, h, mV is a choice). Conversion happens
 * only here, at the edge, through the project's one units table ({@link Units}); models, datasets and solvers stay SI.
 * Units that table does not know (e.g. a column in "counts") are shown as they are.
 *
 * <pre>
 * String unit = DisplayUnits.displayUnitOf("A/m2");          // "mA/cm2" by default
 * double shown = DisplayUnits.convert(12.5, "A/m2", unit);     // 1.25
 * String title = "j (" + DisplayUnits.pretty(unit) + ")";     // "j (mA/cm²)"
 * </pre>
 */
public final class DisplayUnits {

    /** The preference node (instance scope) holding the choices, key {@code unit.<dimension key>}. */
    public static final String PREFERENCE_NODE = "org.interphase.ui.charts";

    private static final Map<Dimension, String> DEFAULTS = new EnumMap<>(Dimension.class);

    static {
        DEFAULTS.put(Dimension.TIME, "h");
        DEFAULTS.put(Dimension.POTENTIAL, "V");
        DEFAULTS.put(Dimension.CURRENT, "mA");
        DEFAULTS.put(Dimension.CURRENT_DENSITY, "mA/cm2");
        DEFAULTS.put(Dimension.CHARGE, "mAh");
        DEFAULTS.put(Dimension.SPECIFIC_CAPACITY, "mAh/g");
        DEFAULTS.put(Dimension.AREAL_CHARGE, "mAh/cm2");
        DEFAULTS.put(Dimension.RESISTANCE, "Ohm");
        DEFAULTS.put(Dimension.AREA_SPECIFIC_RESISTANCE, "Ohm cm2");
        DEFAULTS.put(Dimension.CONDUCTIVITY, "S/cm");
        DEFAULTS.put(Dimension.CAPACITANCE, "uF");
        DEFAULTS.put(Dimension.AREA_CAPACITANCE, "uF/cm2");
        DEFAULTS.put(Dimension.LENGTH, "nm");
        DEFAULTS.put(Dimension.AREA, "cm2");
        DEFAULTS.put(Dimension.MASS, "mg");
        DEFAULTS.put(Dimension.MASS_LOADING, "mg/cm2");
        DEFAULTS.put(Dimension.TEMPERATURE, "degC");
        DEFAULTS.put(Dimension.ANGLE, "deg");
        DEFAULTS.put(Dimension.DIFFUSIVITY, "cm2/s");
        DEFAULTS.put(Dimension.SCAN_RATE, "mV/s");
        DEFAULTS.put(Dimension.FREQUENCY, "Hz");
    }

    private DisplayUnits() {
    }

    private static IEclipsePreferences node() {
        return InstanceScope.INSTANCE.getNode(PREFERENCE_NODE);
    }

    /** The preference key of a dimension. */
    public static String key(Dimension dimension) {
        return "unit." + dimension.key();
    }

    /** The default display unit of a dimension (its SI unit when no other is usual). */
    public static String defaultUnit(Dimension dimension) {
        return DEFAULTS.getOrDefault(dimension, dimension.siUnit());
    }

    /** The unit values of this dimension are shown in (the user's choice, else the default). */
    public static String unitFor(Dimension dimension) {
        String chosen = node().get(key(dimension), null);
        if (chosen != null) {
            Optional<Units.Unit> unit = Units.find(chosen);
            if (unit.isPresent() && unit.get().dimension() == dimension) {
                return unit.get().symbol();
            }
        }
        return defaultUnit(dimension);
    }

    /** Chooses the display unit of a dimension (null: back to the default); refuses a unit of another dimension. */
    public static void set(Dimension dimension, String unit) {
        if (unit == null) {
            node().remove(key(dimension));
        } else {
            Units.Unit found = Units.find(unit).orElseThrow(() -> new IllegalArgumentException("unknown unit '" + unit + "'"));
            if (found.dimension() != dimension) {
                throw new IllegalArgumentException("'" + unit + "' is a unit of " + found.dimension().displayName() + ", not of "
                        + dimension.displayName());
            }
            node().put(key(dimension), found.symbol());
        }
        try {
            node().flush();
        } catch (BackingStoreException e) {
            // the choice holds for this session; the next start shows the default
        }
    }

    /** The dimension of a unit symbol, if the units table knows it. */
    public static Optional<Dimension> dimensionOf(String unit) {
        return Units.find(unit).map(Units.Unit::dimension);
    }

    /**
     * The unit a value given in {@code unit} is shown in: the display unit of its dimension, or the unit itself when
     * the units table does not know it or it is dimensionless.
     */
    public static String displayUnitOf(String unit) {
        Optional<Units.Unit> found = Units.find(unit);
        if (found.isEmpty() || found.get().dimension() == Dimension.DIMENSIONLESS) {
            return unit == null ? "" : unit;
        }
        return unitFor(found.get().dimension());
    }

    /** Converts a value between two units of one dimension; unknown or equal units leave the value as it is. */
    public static double convert(double value, String from, String to) {
        if (from == null || to == null || from.equals(to)) {
            return value;
        }
        Optional<Units.Unit> a = Units.find(from);
        Optional<Units.Unit> b = Units.find(to);
        if (a.isEmpty() || b.isEmpty() || a.get().dimension() != b.get().dimension()) {
            return value;
        }
        return b.get().fromSI(a.get().toSI(value));
    }

    /** Whether values in {@code from} can be shown in {@code to} (same dimension, or the same text). */
    public static boolean compatible(String from, String to) {
        if (from == null ? to == null : from.equals(to)) {
            return true;
        }
        Optional<Units.Unit> a = Units.find(from);
        Optional<Units.Unit> b = Units.find(to);
        return a.isPresent() && b.isPresent() && a.get().dimension() == b.get().dimension();
    }

    /** The unit as people write it: Ω for Ohm, µ for u, ² and ³, °C, ° for deg ("Ohm cm2" becomes "Ω cm²"). */
    public static String pretty(String unit) {
        if (unit == null) {
            return "";
        }
        if (Units.find(unit).isEmpty()) {
            return unit;
        }
        return unit.replace("Ohm", "Ω").replace("degC", "°C").replace("deg", "°").replaceAll("\\bu(?=[A-Za-zΩ])", "µ")
                .replace("2", "²").replace("3", "³");
    }

    /** Calls the listener (in the thread that changed the preference) whenever a display unit changes. */
    public static IPreferenceChangeListener addListener(Runnable listener) {
        IPreferenceChangeListener l = event -> {
            if (event.getKey().startsWith("unit.")) {
                listener.run();
            }
        };
        node().addPreferenceChangeListener(l);
        return l;
    }

    /** Removes a listener added by {@link #addListener(Runnable)}. */
    public static void removeListener(IPreferenceChangeListener listener) {
        node().removePreferenceChangeListener(listener);
    }
}
