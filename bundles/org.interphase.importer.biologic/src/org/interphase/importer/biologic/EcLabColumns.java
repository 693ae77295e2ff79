/*
 * Copyright (c) 2026 the Interphase contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.interphase.importer.biologic;

import java.util.Set;

import org.interphase.data.QuantityKind;
import org.interphase.data.units.UnitTable;
import org.interphase.data.units.UnitTable.Unit;

/**
 * EC-Lab's column headers ({@code name/unit}, as in a .mpt file and as the .mpr column ids stand for) and how a
 * column becomes a dataset column in SI: the name without unit ("Ewe", "<I>", "Re(Z)"), the SI unit, the quantity
 * kind, and the conversion (mA to A, mA.h to C, deg to rad, degrees Celsius to K; -Im(Z) becomes Im(Z)). The .mpr
 * and .mpt importers share it, so the same run gives the same columns from either file.
 */
public final class EcLabColumns {

    /** A column: name, SI unit, kind, and value_SI = sign * factor * value + offset. */
    public record Spec(String name, String unit, QuantityKind kind, double factor, double offset) {
        public double convert(double value) {
            return offset == 0 ? value * factor : value * factor + offset; // no offset: keep the sign of zero
        }
    }

    /** EC-Lab's control/V/mA: volts or milliamperes by mode, kept as written. */
    private static final Unit CONTROL = new Unit("V/mA", "control", "V/mA", 1, 0, false);

    /**
     * Units EC-Lab writes that the shared table spells otherwise (yadg's {@code mpt_columns.py} lists them):
     * d(Q-Qo)/dE in mA.h/V, dI/dt in mA/s, conductivity in S.cm-1.
     */
    private static final java.util.Map<String, Unit> ECLAB_UNITS = java.util.Map.of(
            "mA.h/V", new Unit("mA.h/V", "chargePerPotential", "C/V", 3.6, 0, false),
            "mA/s", new Unit("mA/s", "currentRate", "A/s", 1e-3, 0, false),
            "S.cm-1", new Unit("S.cm-1", "conductivity", "S/m", 100, 0, false));

    /** An EC-Lab unit from the shared table; EC-Lab writes "mA.h", "W.h", "Ohm.cm" and "µF-2". */
    private static Unit unit(String symbol) {
        if (symbol.equals("V/mA")) {
            return CONTROL;
        }
        Unit eclab = ECLAB_UNITS.get(symbol.strip());
        return eclab != null ? eclab : symbol.isBlank() ? null : UnitTable.get(symbol);
    }

    private static final Set<String> POTENTIALS = Set.of("Ewe", "<Ewe>", "Ece", "<Ece>", "Ewe-Ece", "Estack", "<Estack>", "Ecell", "<Ecell>");
    private static final Set<String> CURRENTS = Set.of("I", "<I>");
    private static final Set<String> CHARGES = Set.of("dq", "dQ", "(Q-Qo)", "Q charge/discharge", "Q charge", "Q discharge",
            "Capacity", "Q-Qo");
    private static final Set<String> STATES = Set.of("mode", "ox/red", "error", "control changes", "Ns changes", "counter inc.",
            "I Range", "Acir/Dcir Control");
    private static final Set<String> RESISTANCES = Set.of("R", "Rapp", "Rwe", "Rac", "Rdc", "Rcmp");

    /** EC-Lab's counter of impedance sweeps in techniques that interleave them with others (GCPL with EIS): declared as the sweep column. */
    public static final String SWEEP_COUNTER = "z cycle";

    private EcLabColumns() {
    }

    /** How the column of this EC-Lab header is stored in a dataset. */
    public static Spec spec(String header) {
        String name = header.strip();
        Unit unit = null;
        for (String twoPart : new String[] { "mS/cm", "V/mA" }) {
            if (name.endsWith("/" + twoPart) && name.length() > twoPart.length() + 1) {
                unit = unit(twoPart);
                name = name.substring(0, name.length() - twoPart.length() - 1);
                break;
            }
        }
        if (unit == null) {
            // the longest known unit after a slash: "Q charge/discharge/mA.h", "d(Q-Qo)/dE/mA.h/V", "Q charge/mA.h/g"
            for (int slash = name.indexOf('/'); slash > 0; slash = name.indexOf('/', slash + 1)) {
                Unit candidate = unit(name.substring(slash + 1));
                if (candidate != null && slash + 1 < name.length()) {
                    unit = candidate;
                    name = name.substring(0, slash);
                    break;
                }
            }
        }
        double sign = 1;
        if (name.startsWith("-Im(")) {
            name = name.substring(1);
            sign = -1;
        }
        String si = unit == null ? "" : unit.si();
        double factor = sign * (unit == null ? 1 : unit.factor());
        double offset = unit == null ? 0 : unit.offset();
        QuantityKind kind = kind(name, si.isEmpty() ? "1" : si);
        if (si.isEmpty() && kind.siUnit().equals("1")) {
            si = "1"; // counts and codes: dimensionless
        }
        return new Spec(name, si, kind, factor, offset);
    }

    /**
     * The unit of a header that names one Interphase does not know ("name/unit" where unit is in no table), for a
     * warning; empty when the header has a known unit or none.
     */
    public static java.util.Optional<String> unknownUnit(String header) {
        String h = header.strip();
        int slash = h.lastIndexOf('/');
        if (slash <= 0 || STATES.contains(h)) {
            return java.util.Optional.empty();
        }
        String unsigned = h.startsWith("-Im(") ? h.substring(1) : h;
        // a unit was found when the spec's name is shorter than the header
        return spec(h).name().length() < unsigned.length() ? java.util.Optional.empty() : java.util.Optional.of(h.substring(slash + 1));
    }

    private static QuantityKind kind(String name, String unit) {
        QuantityKind kind = switch (name) {
        case "time" -> QuantityKind.TIME;
        case "step time" -> QuantityKind.STEP_TIME;
        case "freq" -> QuantityKind.FREQUENCY;
        case "Re(Z)" -> QuantityKind.IMPEDANCE_REAL;
        case "Im(Z)" -> QuantityKind.IMPEDANCE_IMAGINARY;
        case "|Z|" -> QuantityKind.IMPEDANCE_MODULUS;
        case "Phase(Z)" -> QuantityKind.IMPEDANCE_PHASE;
        case "cycle number" -> QuantityKind.CYCLE_INDEX;
        case "Ns" -> QuantityKind.STEP_INDEX;
        case "Temperature" -> QuantityKind.TEMPERATURE;
        case "P", "Pwe" -> QuantityKind.POWER;
        case "Cs", "Cp", "Capacitance charge", "Capacitance discharge" -> QuantityKind.CAPACITANCE;
        case "Energy charge", "Energy discharge", "|Energy|", "Energy" -> QuantityKind.ENERGY;
        case "control" -> "V".equals(unit) ? QuantityKind.POTENTIAL : "A".equals(unit) ? QuantityKind.CURRENT : QuantityKind.OTHER;
        default -> null;
        };
        if (kind == null) {
            if (POTENTIALS.contains(name)) {
                kind = QuantityKind.POTENTIAL;
            } else if (CURRENTS.contains(name)) {
                kind = QuantityKind.CURRENT;
            } else if (CHARGES.contains(name)) {
                kind = QuantityKind.CHARGE;
            } else if (STATES.contains(name)) {
                kind = QuantityKind.STATE;
            } else if (RESISTANCES.contains(name)) {
                kind = QuantityKind.RESISTANCE;
            } else {
                kind = QuantityKind.OTHER;
            }
        }
        // a kind's values are in its SI unit: a column whose unit disagrees stays OTHER
        return kind == QuantityKind.OTHER || kind.siUnit().equals(unit) ? kind : QuantityKind.OTHER;
    }
}
