/*
 * Copyright (c) 2026 the Interphase contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.interphase.importer.text;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.interphase.data.QuantityKind;

/**
 * What a column of a text export is, from its header as instruments write it: {@code Name (unit)},
 * {@code Name(unit)}, {@code Name [unit]} or {@code Name/unit}; the name says the quantity (Time, Voltage, Current,
 * Frequency, Z', Zre, -Z'', Phase, Capacity, Cycle Index, ...) and the unit is converted to SI (mA to A, mAh to C,
 * degrees to rad, degrees Celsius to K, kHz to Hz, ...). A leading minus sign ("-Z''", "-Im(Z)", "-Phase") negates
 * the values. Impedance columns without a unit (PowerSuite's "Zre") are taken in Hz and Ohm.
 */
public final class TextColumns {

    /** A column: its name, SI unit, kind, and value_SI = value * factor + offset. */
    public record Spec(String name, String unit, QuantityKind kind, double factor, double offset) {
        public double convert(double value) {
            return offset == 0 ? value * factor : value * factor + offset;
        }
    }

    /** A unit as written and its SI equivalent. */
    public record Unit(String si, double factor, double offset) {
    }

    private static final Pattern PARENTHESES = Pattern.compile("(.*?)\\s*[(\\[]([^()\\[\\]]*)[)\\]]\\s*");

    private static final Map<String, Unit> UNITS = Map.ofEntries(
            Map.entry("s", new Unit("s", 1, 0)), Map.entry("sec", new Unit("s", 1, 0)), Map.entry("Sec", new Unit("s", 1, 0)), Map.entry("ms", new Unit("s", 1e-3, 0)),
            Map.entry("min", new Unit("s", 60, 0)), Map.entry("h", new Unit("s", 3600, 0)),
            Map.entry("V", new Unit("V", 1, 0)), Map.entry("mV", new Unit("V", 1e-3, 0)),
            Map.entry("A", new Unit("A", 1, 0)), Map.entry("mA", new Unit("A", 1e-3, 0)), Map.entry("µA", new Unit("A", 1e-6, 0)),
            Map.entry("uA", new Unit("A", 1e-6, 0)), Map.entry("nA", new Unit("A", 1e-9, 0)),
            Map.entry("Ah", new Unit("C", 3600, 0)), Map.entry("A.h", new Unit("C", 3600, 0)), Map.entry("mAh", new Unit("C", 3.6, 0)),
            Map.entry("mA.h", new Unit("C", 3.6, 0)), Map.entry("µAh", new Unit("C", 3.6e-3, 0)), Map.entry("C", new Unit("C", 1, 0)),
            Map.entry("mC", new Unit("C", 1e-3, 0)),
            Map.entry("Wh", new Unit("J", 3600, 0)), Map.entry("W.h", new Unit("J", 3600, 0)), Map.entry("mWh", new Unit("J", 3.6, 0)),
            Map.entry("J", new Unit("J", 1, 0)), Map.entry("W", new Unit("W", 1, 0)), Map.entry("mW", new Unit("W", 1e-3, 0)),
            Map.entry("Hz", new Unit("Hz", 1, 0)), Map.entry("kHz", new Unit("Hz", 1e3, 0)), Map.entry("mHz", new Unit("Hz", 1e-3, 0)),
            Map.entry("Ohm", new Unit("Ohm", 1, 0)), Map.entry("ohm", new Unit("Ohm", 1, 0)), Map.entry("ohms", new Unit("Ohm", 1, 0)),
            Map.entry("Ω", new Unit("Ohm", 1, 0)), Map.entry("kOhm", new Unit("Ohm", 1e3, 0)), Map.entry("mOhm", new Unit("Ohm", 1e-3, 0)),
            Map.entry("mO", new Unit("Ohm", 1e-3, 0)),
            Map.entry("deg", new Unit("rad", Math.PI / 180, 0)), Map.entry("°", new Unit("rad", Math.PI / 180, 0)),
            Map.entry("rad", new Unit("rad", 1, 0)),
            Map.entry("F", new Unit("F", 1, 0)), Map.entry("µF", new Unit("F", 1e-6, 0)), Map.entry("uF", new Unit("F", 1e-6, 0)),
            Map.entry("nF", new Unit("F", 1e-9, 0)),
            Map.entry("°C", new Unit("K", 1, 273.15)), Map.entry("degC", new Unit("K", 1, 273.15)), Map.entry("K", new Unit("K", 1, 0)),
            Map.entry("A/m2", new Unit("A/m2", 1, 0)), Map.entry("%", new Unit("%", 1, 0)), Map.entry("1", new Unit("1", 1, 0)));

    private TextColumns() {
    }

    /** The unit as written, or null when unknown. */
    public static Unit unit(String text) {
        return UNITS.get(text.strip());
    }

    /** How the column of this header is stored. */
    public static Spec spec(String header) {
        String h = header.strip();
        String name = h;
        String unit = "";
        Matcher m = PARENTHESES.matcher(h);
        if (m.matches() && !m.group(1).isBlank() && looksLikeUnit(h, m)) {
            name = m.group(1).strip();
            unit = m.group(2).strip();
        } else {
            int slash = h.lastIndexOf('/');
            if (slash > 0 && UNITS.containsKey(h.substring(slash + 1).strip())) {
                name = h.substring(0, slash).strip();
                unit = h.substring(slash + 1).strip();
            }
        }
        return spec(name, unit);
    }

    /** "Zre (ohms)", "Capacity(Ah)", "dQ/dV(mAh/V)" carry a unit; "Re(Z)", "Phase(Z)", "Z'(a)" do not. */
    private static boolean looksLikeUnit(String header, Matcher m) {
        String inside = m.group(2).strip();
        if (inside.isEmpty()) {
            return false;
        }
        boolean spaced = Character.isWhitespace(header.charAt(m.end(1))) || header.charAt(m.end(1) - 1) == ' ';
        return UNITS.containsKey(inside) || spaced || inside.contains("/") || inside.contains(".");
    }

    /** How a column of this name in this unit (as written) is stored. */
    public static Spec spec(String name, String unit) {
        double sign = 1;
        String n = name;
        if (n.startsWith("-") && n.length() > 1) {
            sign = -1;
            n = n.substring(1).strip();
        }
        QuantityKind kind = kind(n);
        Unit u = unit.isEmpty() ? null : UNITS.get(unit);
        if (u == null && unit.isEmpty()) {
            // impedance columns written without a unit (PowerSuite: "Frequency", "Zre", "Zimg"); counts are dimensionless
            u = switch (kind) {
            case FREQUENCY -> UNITS.get("Hz");
            case IMPEDANCE_REAL, IMPEDANCE_IMAGINARY, IMPEDANCE_MODULUS -> UNITS.get("Ohm");
            case CYCLE_INDEX, STEP_INDEX, RECORD_INDEX, STATE -> UNITS.get("1");
            default -> null;
            };
        }
        if (u == null) {
            return new Spec(sign < 0 ? name : n, unit, QuantityKind.OTHER, 1, 0);
        }
        if (kind != QuantityKind.OTHER && !kind.siUnit().equals(u.si())) {
            kind = QuantityKind.OTHER;
        }
        if (kind == QuantityKind.OTHER && sign < 0) {
            n = name; // a minus sign the name keeps
            sign = 1;
        }
        return new Spec(n, u.si(), kind, sign * u.factor(), u.offset());
    }

    /** The kind a column's name says. */
    public static QuantityKind kind(String name) {
        String n = name.toLowerCase(Locale.ROOT).replace(" ", "").replace("_", "").replace(".", "");
        return switch (n) {
        case "time", "t", "elapsedtime", "testtime", "totaltime", "cumulativetime", "runtime", "absolutetime", "time(s)" -> QuantityKind.TIME;
        case "steptime" -> QuantityKind.STEP_TIME;
        case "potential", "voltage", "v", "e", "ewe", "we(1)potential", "cellpotential", "vf", "vdc", "edc" -> QuantityKind.POTENTIAL;
        case "current", "i", "we(1)current", "im", "idc" -> QuantityKind.CURRENT;
        case "frequency", "freq", "f" -> QuantityKind.FREQUENCY;
        case "z'", "zre", "zreal", "re(z)", "realz", "z'(a)", "zr" -> QuantityKind.IMPEDANCE_REAL;
        case "z''", "z\"", "zim", "zimg", "zimag", "im(z)", "imagz", "z''(b)", "zi" -> QuantityKind.IMPEDANCE_IMAGINARY;
        case "|z|", "z", "zmod", "impedance", "modulus" -> QuantityKind.IMPEDANCE_MODULUS;
        case "phase", "phase(z)", "zphz", "phaseangle", "theta" -> QuantityKind.IMPEDANCE_PHASE;
        case "capacity", "charge", "q", "chargecapacity", "dischargecapacity", "chgcap", "dchgcap" -> QuantityKind.CHARGE;
        case "energy", "chgenergy", "dchgenergy" -> QuantityKind.ENERGY;
        case "power" -> QuantityKind.POWER;
        case "cycle", "cycleindex", "cyclenumber", "cycleno", "cyc#" -> QuantityKind.CYCLE_INDEX;
        case "step", "stepindex", "stepno", "stepnumber" -> QuantityKind.STEP_INDEX;
        case "datapoint", "record", "rec#", "index", "point", "pt", "point#" -> QuantityKind.RECORD_INDEX;
        case "temperature", "temp" -> QuantityKind.TEMPERATURE;
        case "resistance", "r" -> QuantityKind.RESISTANCE;
        default -> QuantityKind.OTHER;
        };
    }
}
