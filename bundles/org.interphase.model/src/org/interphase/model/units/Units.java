/*
 * Copyright (c) 2026 the Interphase contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.interphase.model.units;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.interphase.data.units.UnitTable;

/**
 * The units the model reads and writes (model files, UI, CLI flags) with their {@link Dimension}, and their
 * conversion to SI. The units themselves are the shared table {@link UnitTable} in {@code org.interphase.data} that
 * importers and the protocol parser use as well; this class gives them the model's dimensions and lists only the units
 * the table offers in menus. Symbols are matched after {@link UnitTable#normalise(String) normalisation}: µ/μ are
 * read as u, ²/³ as 2/3, Ω as Ohm, "·" and "*" as a space, and "°C" as degC; so "µS/cm", "uS/cm", "Ω cm²" and
 * "Ohm cm2" all work.
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

    private static final Map<UnitTable.Unit, Unit> OF_TABLE = new LinkedHashMap<>();

    static {
        for (UnitTable.Unit u : UnitTable.all()) {
            Dimension dimension = dimensionOf(u.quantity());
            if (dimension != null && dimension.siUnit().equals(u.si())) {
                OF_TABLE.put(u, new Unit(u.symbol(), dimension, u.factor(), u.offset()));
            }
        }
    }

    private Units() {
    }

    /** The model's dimension of a quantity of the unit table, or null when the model has none. */
    private static Dimension dimensionOf(String quantity) {
        // the model's only energies are activation energies
        return "energy".equals(quantity) ? Dimension.ACTIVATION_ENERGY : Dimension.byKey(quantity);
    }

    /** The symbol in the form units are looked up by (see the class comment). */
    public static String normalise(String symbol) {
        return UnitTable.normalise(symbol);
    }

    /** The unit with this symbol, if the model knows it; no symbol (null or empty) is the dimensionless unit. */
    public static Optional<Unit> find(String symbol) {
        UnitTable.Unit u = UnitTable.get(symbol);
        return Optional.ofNullable(u == null ? null : OF_TABLE.get(u));
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

    /** The units of one dimension offered in menus, the SI unit first. */
    public static List<Unit> of(Dimension dimension) {
        List<Unit> result = new ArrayList<>();
        for (Map.Entry<UnitTable.Unit, Unit> e : OF_TABLE.entrySet()) {
            if (e.getValue().dimension() == dimension && e.getKey().listed()) {
                result.add(e.getValue());
            }
        }
        result.sort((a, b) -> Boolean.compare(a.factor() != 1 || a.offset() != 0, b.factor() != 1 || b.offset() != 0));
        return Collections.unmodifiableList(result);
    }

    /** The units of one dimension as a list for messages: "S/m, S/cm, mS/cm, uS/cm". */
    public static String symbolsOf(Dimension dimension) {
        return String.join(", ", of(dimension).stream().map(Unit::symbol).toList());
    }

    /** The primary symbols of the units offered in menus. */
    public static List<String> symbols() {
        return OF_TABLE.entrySet().stream().filter(e -> e.getKey().listed()).map(e -> e.getValue().symbol()).toList();
    }
}
