/*
 * Copyright (c) 2026 the Interphase contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.interphase.model.units;

import static org.interphase.model.units.Dimension.*;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The units Interphase reads and writes at its edges (model files, importers, UI, CLI flags), and their
 * conversion to SI. Symbols are matched after normalisation: µ/μ are read as u, ²/³ as 2/3, Ω as Ohm,
 * "·" and "*" as a space, and "°C" as degC; so "µS/cm", "uS/cm", "Ω cm²" and "Ohm cm2" all work.
 */
public final class Units {

    /** A unit: SI value = value * factor + offset (the offset is non-zero only for degrees Celsius). */
    public record Unit(String symbol, Dimension dimension, double factor, double offset) {
        public double toSI(double value) {
            return value * factor + offset;
        }

        public double fromSI(double si) {
            return (si - offset) / factor;
        }
    }

    private static final Map<String, Unit> BY_SYMBOL = new LinkedHashMap<>();

    static {
        double e = PhysicalConstants.ELEMENTARY_CHARGE;
        double na = PhysicalConstants.AVOGADRO;
        unit(DIMENSIONLESS, 1, "1", "", "-");
        unit(DIMENSIONLESS, 0.01, "%");
        unit(LENGTH, 1, "m");
        unit(LENGTH, 1e-2, "cm");
        unit(LENGTH, 1e-3, "mm");
        unit(LENGTH, 1e-6, "um");
        unit(LENGTH, 1e-9, "nm");
        unit(LENGTH, 1e-10, "Å", "angstrom");
        unit(AREA, 1, "m2");
        unit(AREA, 1e-4, "cm2");
        unit(AREA, 1e-6, "mm2");
        unit(VOLUME, 1, "m3");
        unit(VOLUME, 1e-6, "cm3", "mL", "ml");
        unit(VOLUME, 1e-3, "L", "l");
        unit(VOLUME, 1e-9, "uL", "ul");
        unit(MASS, 1, "kg");
        unit(MASS, 1e-3, "g");
        unit(MASS, 1e-6, "mg");
        unit(MASS, 1e-9, "ug");
        unit(DENSITY, 1, "kg/m3");
        unit(DENSITY, 1e3, "g/cm3", "g/mL", "g/ml", "kg/L");
        unit(MOLAR_MASS, 1, "kg/mol");
        unit(MOLAR_MASS, 1e-3, "g/mol");
        unit(MOLAR_VOLUME, 1, "m3/mol");
        unit(MOLAR_VOLUME, 1e-6, "cm3/mol");
        unit(CONDUCTIVITY, 1, "S/m");
        unit(CONDUCTIVITY, 100, "S/cm");
        unit(CONDUCTIVITY, 0.1, "mS/cm");
        unit(CONDUCTIVITY, 1e-4, "uS/cm");
        unit(ACTIVATION_ENERGY, 1, "J");
        unit(ACTIVATION_ENERGY, e, "eV");
        unit(ACTIVATION_ENERGY, 1e-3 * e, "meV");
        unit(ACTIVATION_ENERGY, 1e3 / na, "kJ/mol");
        unit(ACTIVATION_ENERGY, 1 / na, "J/mol");
        unit(ENERGY_PER_ATOM, 1, "J/atom");
        unit(ENERGY_PER_ATOM, e, "eV/atom");
        unit(ENERGY_PER_ATOM, 1e-3 * e, "meV/atom");
        unit(POTENTIAL, 1, "V");
        unit(POTENTIAL, 1e-3, "mV");
        unit(CURRENT, 1, "A");
        unit(CURRENT, 1e-3, "mA");
        unit(CURRENT, 1e-6, "uA");
        unit(CURRENT_DENSITY, 1, "A/m2");
        unit(CURRENT_DENSITY, 1e4, "A/cm2");
        unit(CURRENT_DENSITY, 10, "mA/cm2");
        unit(CURRENT_DENSITY, 1e-2, "uA/cm2");
        unit(CHARGE, 1, "C");
        unit(CHARGE, 3600, "Ah", "A h");
        unit(CHARGE, 3.6, "mAh", "mA h");
        unit(SPECIFIC_CAPACITY, 1, "C/kg");
        unit(SPECIFIC_CAPACITY, 3600, "mAh/g", "Ah/kg", "mA h/g");
        unit(TEMPERATURE, 1, "K");
        unit(TEMPERATURE, 1, PhysicalConstants.ZERO_CELSIUS, "degC");
        unit(TIME, 1, "s");
        unit(TIME, 1e-3, "ms");
        unit(TIME, 60, "min");
        unit(TIME, 3600, "h");
        unit(TIME, 86400, "d");
        unit(FREQUENCY, 1, "Hz");
        unit(FREQUENCY, 1e-3, "mHz");
        unit(FREQUENCY, 1e3, "kHz");
        unit(FREQUENCY, 1e6, "MHz");
        unit(SCAN_RATE, 1, "V/s");
        unit(SCAN_RATE, 1e-3, "mV/s");
        unit(DIFFUSIVITY, 1, "m2/s");
        unit(DIFFUSIVITY, 1e-4, "cm2/s");
        unit(CONCENTRATION, 1, "mol/m3", "mM", "mmol/L");
        unit(CONCENTRATION, 1e3, "mol/L", "M");
        unit(CAPACITANCE, 1, "F");
        unit(CAPACITANCE, 1e-3, "mF");
        unit(CAPACITANCE, 1e-6, "uF");
        unit(CAPACITANCE, 1e-9, "nF");
        unit(CAPACITANCE, 1e-12, "pF");
        unit(INDUCTANCE, 1, "H");
        unit(INDUCTANCE, 1e-6, "uH");
        unit(RESISTANCE, 1, "Ohm");
        unit(RESISTANCE, 1e-3, "mOhm");
        unit(RESISTANCE, 1e3, "kOhm");
        unit(RESISTANCE, 1e6, "MOhm");
        unit(AREA_SPECIFIC_RESISTANCE, 1, "Ohm m2");
        unit(AREA_SPECIFIC_RESISTANCE, 1e-4, "Ohm cm2");
        unit(PRESSURE, 1, "Pa");
        unit(PRESSURE, 1e6, "MPa");
        unit(PRESSURE, 1e5, "bar");
        unit(MASS_LOADING, 1, "kg/m2");
        unit(MASS_LOADING, 1e-2, "mg/cm2");
        unit(AREA_CAPACITANCE, 1, "F/m2");
        unit(AREA_CAPACITANCE, 1e-2, "uF/cm2");
        unit(AREAL_CHARGE, 1, "C/m2");
        unit(AREAL_CHARGE, 3.6e4, "mAh/cm2", "mA h/cm2");
        unit(ANGLE, 1, "rad");
        unit(ANGLE, Math.PI / 180, "deg", "°");
    }

    private Units() {
    }

    private static void unit(Dimension dimension, double factor, String... symbols) {
        unit(dimension, factor, 0, symbols);
    }

    private static void unit(Dimension dimension, double factor, double offset, String... symbols) {
        Unit unit = new Unit(symbols[0], dimension, factor, offset);
        for (String symbol : symbols) {
            if (BY_SYMBOL.put(normalise(symbol), unit) != null) {
                throw new IllegalStateException("unit symbol defined twice: " + symbol);
            }
        }
    }

    /** The symbol in the form units are looked up by (see the class comment). */
    public static String normalise(String symbol) {
        String s = symbol.strip()
                .replace('µ', 'u').replace('μ', 'u')
                .replace('²', '2').replace('³', '3')
                .replace("Ω", "Ohm").replace("Ω", "Ohm").replace("ohm", "Ohm")
                .replace("°C", "degC").replace('·', ' ').replace('*', ' ')
                .replace("^2", "2").replace("^3", "3");
        return s.replaceAll("\\s+", " ");
    }

    /** The unit with this symbol, if Interphase knows it; no symbol (null or empty) is the dimensionless unit. */
    public static Optional<Unit> find(String symbol) {
        return Optional.ofNullable(BY_SYMBOL.get(normalise(symbol == null ? "" : symbol)));
    }

    /** The value in SI units; throws IllegalStateException for an unknown unit. */
    public static double toSI(double value, String symbol) {
        return require(symbol).toSI(value);
    }

    /** An SI value expressed in the given unit; throws IllegalStateException for an unknown unit. */
    public static double fromSI(double si, String symbol) {
        return require(symbol).fromSI(si);
    }

    private static Unit require(String symbol) {
        return find(symbol).orElseThrow(() -> new IllegalStateException(
                "unknown unit '" + symbol + "' (known units: " + String.join(", ", symbols()) + ")"));
    }

    /** The units of one dimension, the SI unit first. */
    public static List<Unit> of(Dimension dimension) {
        List<Unit> result = new ArrayList<>();
        for (Unit unit : BY_SYMBOL.values()) {
            if (unit.dimension() == dimension && !result.contains(unit)) {
                result.add(unit);
            }
        }
        result.sort((a, b) -> Boolean.compare(a.factor() != 1 || a.offset() != 0, b.factor() != 1 || b.offset() != 0));
        return Collections.unmodifiableList(result);
    }

    /** The units of one dimension as a list for messages: "S/m, S/cm, mS/cm, uS/cm". */
    public static String symbolsOf(Dimension dimension) {
        return String.join(", ", of(dimension).stream().map(Unit::symbol).toList());
    }

    /** The primary symbols of all known units. */
    public static List<String> symbols() {
        return BY_SYMBOL.values().stream().map(Unit::symbol).distinct().toList();
    }
}
