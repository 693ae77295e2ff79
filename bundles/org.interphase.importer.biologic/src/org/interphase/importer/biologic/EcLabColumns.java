/*
 * Copyright (c) 2026 the Interphase contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.interphase.importer.biologic;

import java.util.Map;
import java.util.Set;

import org.interphase.data.QuantityKind;

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

    private record Unit(String si, double factor, double offset) {
    }

    /** EC-Lab units and their SI equivalents; two-part units ("mS/cm") are tried first. */
    private static final Map<String, Unit> UNITS = Map.ofEntries(
            Map.entry("s", new Unit("s", 1, 0)),
            Map.entry("h", new Unit("s", 3600, 0)),
            Map.entry("V", new Unit("V", 1, 0)),
            Map.entry("mV", new Unit("V", 1e-3, 0)),
            Map.entry("A", new Unit("A", 1, 0)),
            Map.entry("mA", new Unit("A", 1e-3, 0)),
            Map.entry("µA", new Unit("A", 1e-6, 0)),
            Map.entry("A.h", new Unit("C", 3600, 0)),
            Map.entry("mA.h", new Unit("C", 3.6, 0)),
            Map.entry("µA.h", new Unit("C", 3.6e-3, 0)),
            Map.entry("C", new Unit("C", 1, 0)),
            Map.entry("mC", new Unit("C", 1e-3, 0)),
            Map.entry("Ohm", new Unit("Ohm", 1, 0)),
            Map.entry("Ohm-1", new Unit("S", 1, 0)),
            Map.entry("Ohm.cm", new Unit("Ohm.m", 1e-2, 0)),
            Map.entry("mS/cm", new Unit("S/m", 0.1, 0)),
            Map.entry("deg", new Unit("rad", Math.PI / 180, 0)),
            Map.entry("Hz", new Unit("Hz", 1, 0)),
            Map.entry("F", new Unit("F", 1, 0)),
            Map.entry("mF", new Unit("F", 1e-3, 0)),
            Map.entry("µF", new Unit("F", 1e-6, 0)),
            Map.entry("nF", new Unit("F", 1e-9, 0)),
            Map.entry("µF-2", new Unit("F-2", 1e12, 0)),
            Map.entry("W", new Unit("W", 1, 0)),
            Map.entry("mW", new Unit("W", 1e-3, 0)),
            Map.entry("W.h", new Unit("J", 3600, 0)),
            Map.entry("mW.h", new Unit("J", 3.6, 0)),
            Map.entry("°C", new Unit("K", 1, 273.15)),
            Map.entry("%", new Unit("%", 1, 0)),
            Map.entry("mA/cm²", new Unit("A/m2", 10, 0)),
            Map.entry("V/mA", new Unit("V/mA", 1, 0))); // control/V/mA: volts or milliamperes by mode; kept as written

    private static final Set<String> POTENTIALS = Set.of("Ewe", "<Ewe>", "Ece", "<Ece>", "Ewe-Ece", "Estack", "<Estack>");
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
                unit = UNITS.get(twoPart);
                name = name.substring(0, name.length() - twoPart.length() - 1);
                break;
            }
        }
        if (unit == null) {
            int slash = name.lastIndexOf('/');
            if (slash > 0 && UNITS.containsKey(name.substring(slash + 1))) {
                unit = UNITS.get(name.substring(slash + 1));
                name = name.substring(0, slash);
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
