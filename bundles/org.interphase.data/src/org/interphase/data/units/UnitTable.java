/*
 * Copyright (c) 2026 the Interphase contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.interphase.data.units;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The one table of units Interphase reads at its edges (instrument files, model files, protocols, CLI flags, UI) and
 * their conversion to SI. Importers, the protocol parser and the model's {@code Units} all look units up here.
 * <p>
 * Symbols are matched after {@link #normalise(String) normalisation}: µ/μ are read as u, ²/³ as 2/3, Ω and "ohm" as
 * Ohm, °C and ℃ as degC, "·", "*" and a dot between letters ("mA.h", EC-Lab's spelling) as a space; so "µS/cm",
 * "uS/cm", "Ω cm²", "Ohm cm2", "mA.h" and "mA h" all work. Each unit belongs to one quantity, named by the key the
 * model's dimensions use ({@code length}, {@code current}, {@code energy}, ...); units only instruments write (mC, Wh,
 * mW, ...) are known but not {@link Unit#listed() listed} in the model's unit menus.
 */
public final class UnitTable {

    /** The elementary charge, C (exact since 2019). */
    private static final double E = 1.602176634e-19;
    /** The Avogadro constant, 1/mol (exact since 2019). */
    private static final double NA = 6.02214076e23;
    /** 0 degC in K. */
    public static final double ZERO_CELSIUS = 273.15;

    /**
     * A unit: SI value = value * factor + offset (the offset is non-zero only for degrees Celsius).
     *
     * @param symbol   the unit's primary symbol
     * @param quantity what it measures, e.g. "current" (the model's dimension keys, plus instrument-only quantities)
     * @param si       the SI unit of that quantity, e.g. "A"
     * @param listed   whether the unit is offered in unit menus (false for units only instrument files use)
     */
    public record Unit(String symbol, String quantity, String si, double factor, double offset, boolean listed) {
        public double toSI(double value) {
            return offset == 0 ? value * factor : value * factor + offset; // no offset: keep the sign of zero
        }

        public double fromSI(double si) {
            return (si - offset) / factor;
        }

        /** Whether values in this unit are already SI. */
        public boolean isSI() {
            return factor == 1 && offset == 0;
        }
    }

    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern DOT_BETWEEN_LETTERS = Pattern.compile("(?<=\\p{L})\\.(?=\\p{L})");

    private static final Map<String, Unit> BY_SYMBOL = new HashMap<>();
    private static final List<Unit> UNITS = new ArrayList<>();

    static {
        listed("dimensionless", "1", 1, "1", "", "-");
        listed("dimensionless", "1", 0.01, "%");
        listed("length", "m", 1, "m");
        listed("length", "m", 1e-2, "cm");
        listed("length", "m", 1e-3, "mm");
        listed("length", "m", 1e-6, "um");
        listed("length", "m", 1e-9, "nm");
        listed("length", "m", 1e-10, "Å", "angstrom");
        listed("area", "m2", 1, "m2");
        listed("area", "m2", 1e-4, "cm2");
        listed("area", "m2", 1e-6, "mm2");
        listed("volume", "m3", 1, "m3");
        listed("volume", "m3", 1e-6, "cm3", "mL", "ml");
        listed("volume", "m3", 1e-3, "L", "l");
        listed("volume", "m3", 1e-9, "uL", "ul");
        listed("mass", "kg", 1, "kg");
        listed("mass", "kg", 1e-3, "g");
        listed("mass", "kg", 1e-6, "mg");
        listed("mass", "kg", 1e-9, "ug");
        listed("density", "kg/m3", 1, "kg/m3");
        listed("density", "kg/m3", 1e3, "g/cm3", "g/mL", "g/ml", "kg/L");
        listed("molarMass", "kg/mol", 1, "kg/mol");
        listed("molarMass", "kg/mol", 1e-3, "g/mol");
        listed("molarVolume", "m3/mol", 1, "m3/mol");
        listed("molarVolume", "m3/mol", 1e-6, "cm3/mol");
        listed("conductivity", "S/m", 1, "S/m");
        listed("conductivity", "S/m", 100, "S/cm");
        listed("conductivity", "S/m", 0.1, "mS/cm");
        listed("conductivity", "S/m", 1e-4, "uS/cm");
        // an energy: per particle where the model reads activation energies (kJ/mol is divided by the Avogadro constant)
        listed("energy", "J", 1, "J");
        listed("energy", "J", E, "eV");
        listed("energy", "J", 1e-3 * E, "meV");
        listed("energy", "J", 1e3 / NA, "kJ/mol");
        listed("energy", "J", 1 / NA, "J/mol");
        instrument("energy", "J", 3600, "Wh", "W h");
        instrument("energy", "J", 3.6, "mWh", "mW h");
        listed("energyPerAtom", "J/atom", 1, "J/atom");
        listed("energyPerAtom", "J/atom", E, "eV/atom");
        listed("energyPerAtom", "J/atom", 1e-3 * E, "meV/atom");
        listed("potential", "V", 1, "V");
        listed("potential", "V", 1e-3, "mV");
        instrument("potential", "V", 1e-6, "uV");
        listed("current", "A", 1, "A");
        listed("current", "A", 1e-3, "mA");
        listed("current", "A", 1e-6, "uA");
        instrument("current", "A", 1e-9, "nA");
        instrument("current", "A", 1e-12, "pA");
        listed("currentDensity", "A/m2", 1, "A/m2");
        listed("currentDensity", "A/m2", 1e4, "A/cm2");
        listed("currentDensity", "A/m2", 10, "mA/cm2");
        listed("currentDensity", "A/m2", 1e-2, "uA/cm2");
        listed("charge", "C", 1, "C");
        instrument("charge", "C", 1e-3, "mC");
        listed("charge", "C", 3600, "Ah", "A h");
        listed("charge", "C", 3.6, "mAh", "mA h");
        instrument("charge", "C", 3.6e-3, "uAh", "uA h");
        listed("specificCapacity", "C/kg", 1, "C/kg");
        listed("specificCapacity", "C/kg", 3600, "mAh/g", "Ah/kg", "mA h/g");
        instrument("specificEnergy", "J/kg", 1, "J/kg");
        instrument("specificEnergy", "J/kg", 3600, "mWh/g", "Wh/kg");
        instrument("power", "W", 1, "W");
        instrument("power", "W", 1e-3, "mW");
        instrument("power", "W", 1e-6, "uW");
        listed("temperature", "K", 1, "K");
        define("temperature", "K", 1, ZERO_CELSIUS, true, "degC");
        // the words are the protocol language's ("2 hours") and instruments' ("Test Time (hr)")
        listed("time", "s", 1, "s", "sec", "Sec", "secs", "second", "seconds");
        listed("time", "s", 1e-3, "ms");
        listed("time", "s", 60, "min", "mins", "minute", "minutes");
        listed("time", "s", 3600, "h", "hr", "hrs", "hour", "hours");
        listed("time", "s", 86400, "d", "day", "days");
        listed("frequency", "Hz", 1, "Hz");
        listed("frequency", "Hz", 1e-3, "mHz");
        listed("frequency", "Hz", 1e3, "kHz");
        listed("frequency", "Hz", 1e6, "MHz");
        listed("scanRate", "V/s", 1, "V/s");
        listed("scanRate", "V/s", 1e-3, "mV/s");
        listed("diffusivity", "m2/s", 1, "m2/s");
        listed("diffusivity", "m2/s", 1e-4, "cm2/s");
        listed("concentration", "mol/m3", 1, "mol/m3", "mM", "mmol/L");
        listed("concentration", "mol/m3", 1e3, "mol/L", "M");
        listed("capacitance", "F", 1, "F");
        listed("capacitance", "F", 1e-3, "mF");
        listed("capacitance", "F", 1e-6, "uF");
        listed("capacitance", "F", 1e-9, "nF");
        listed("capacitance", "F", 1e-12, "pF");
        instrument("inverseSquareCapacitance", "F-2", 1, "F-2");
        instrument("inverseSquareCapacitance", "F-2", 1e12, "uF-2");
        listed("inductance", "H", 1, "H");
        listed("inductance", "H", 1e-6, "uH");
        listed("resistance", "Ohm", 1, "Ohm", "Ohms");
        listed("resistance", "Ohm", 1e-3, "mOhm", "mO");
        listed("resistance", "Ohm", 1e3, "kOhm");
        listed("resistance", "Ohm", 1e6, "MOhm");
        instrument("conductance", "S", 1, "S", "Ohm-1");
        instrument("resistivity", "Ohm m", 1, "Ohm m");
        instrument("resistivity", "Ohm m", 1e-2, "Ohm cm");
        listed("areaSpecificResistance", "Ohm m2", 1, "Ohm m2");
        listed("areaSpecificResistance", "Ohm m2", 1e-4, "Ohm cm2");
        listed("pressure", "Pa", 1, "Pa");
        listed("pressure", "Pa", 1e6, "MPa");
        listed("pressure", "Pa", 1e5, "bar");
        listed("massLoading", "kg/m2", 1, "kg/m2");
        listed("massLoading", "kg/m2", 1e-2, "mg/cm2");
        listed("areaCapacitance", "F/m2", 1, "F/m2");
        listed("areaCapacitance", "F/m2", 1e-2, "uF/cm2");
        listed("arealCharge", "C/m2", 1, "C/m2");
        listed("arealCharge", "C/m2", 3.6e4, "mAh/cm2", "mA h/cm2");
        instrument("chargePerPotential", "C/V", 1, "C/V");
        instrument("chargePerPotential", "C/V", 3600, "Ah/V");
        instrument("chargePerPotential", "C/V", 3.6, "mAh/V");
        instrument("specificChargePerPotential", "C/(V kg)", 1, "C/(V kg)");
        instrument("specificChargePerPotential", "C/(V kg)", 3600, "mAh/V g");
        instrument("potentialPerCharge", "V/C", 1, "V/C");
        instrument("potentialPerCharge", "V/C", 1 / 3600.0, "V/Ah");
        listed("angle", "rad", 1, "rad");
        listed("angle", "rad", Math.PI / 180, "deg", "°", "Deg");
    }

    private UnitTable() {
    }

    private static void listed(String quantity, String si, double factor, String... symbols) {
        define(quantity, si, factor, 0, true, symbols);
    }

    private static void instrument(String quantity, String si, double factor, String... symbols) {
        define(quantity, si, factor, 0, false, symbols);
    }

    private static void define(String quantity, String si, double factor, double offset, boolean listed, String... symbols) {
        Unit unit = new Unit(symbols[0], quantity, si, factor, offset, listed);
        UNITS.add(unit);
        for (String symbol : symbols) {
            if (BY_SYMBOL.put(normalise(symbol), unit) != null) {
                throw new IllegalStateException("unit symbol defined twice: " + symbol);
            }
        }
    }

    /** The symbol in the form units are looked up by (see the class comment). */
    public static String normalise(String symbol) {
        String s = symbol.strip();
        if (s.isEmpty()) {
            return s;
        }
        s = s.replace('µ', 'u').replace('μ', 'u')
                .replace('²', '2').replace('³', '3')
                .replace("Ω", "Ohm").replace("Ω", "Ohm").replace("ohm", "Ohm")
                .replace("°C", "degC").replace("℃", "degC").replace('·', ' ').replace('*', ' ')
                .replace("^2", "2").replace("^3", "3");
        if (s.indexOf('.') >= 0) {
            s = DOT_BETWEEN_LETTERS.matcher(s).replaceAll(" ");
        }
        return s.indexOf(' ') >= 0 || s.indexOf('\t') >= 0 ? SPACES.matcher(s).replaceAll(" ") : s;
    }

    /** The unit with this symbol, if Interphase knows it; no symbol (null or empty) is the dimensionless unit. */
    public static Optional<Unit> find(String symbol) {
        return Optional.ofNullable(get(symbol));
    }

    /** The unit with this symbol, or null when unknown; no symbol (null or empty) is the dimensionless unit. */
    public static Unit get(String symbol) {
        return BY_SYMBOL.get(normalise(symbol == null ? "" : symbol));
    }

    /** The unit with this symbol when it measures the given quantity (e.g. "current"), or null. */
    public static Unit get(String symbol, String quantity) {
        Unit unit = get(symbol);
        return unit != null && unit.quantity().equals(quantity) ? unit : null;
    }

    /** The value in SI units; throws IllegalArgumentException for an unknown unit. */
    public static double toSI(double value, String symbol) {
        return require(symbol).toSI(value);
    }

    /** An SI value expressed in the given unit; throws IllegalArgumentException for an unknown unit. */
    public static double fromSI(double si, String symbol) {
        return require(symbol).fromSI(si);
    }

    private static Unit require(String symbol) {
        Unit unit = get(symbol);
        if (unit == null) {
            throw new IllegalArgumentException("unknown unit '" + symbol + "' (known units: " + String.join(", ", symbols()) + ")");
        }
        return unit;
    }

    /** All units, in the table's order. */
    public static List<Unit> all() {
        return Collections.unmodifiableList(UNITS);
    }

    /** The units of one quantity, the SI unit first, then in the table's order. */
    public static List<Unit> of(String quantity) {
        List<Unit> result = new ArrayList<>();
        for (Unit unit : UNITS) {
            if (unit.quantity().equals(quantity)) {
                result.add(unit);
            }
        }
        result.sort((a, b) -> Boolean.compare(!a.isSI(), !b.isSI()));
        return Collections.unmodifiableList(result);
    }

    /** The quantities the table knows, in the table's order. */
    public static Set<String> quantities() {
        Set<String> result = new LinkedHashSet<>();
        UNITS.forEach(u -> result.add(u.quantity()));
        return result;
    }

    /** The primary symbols of all known units. */
    public static List<String> symbols() {
        return UNITS.stream().map(Unit::symbol).toList();
    }
}
