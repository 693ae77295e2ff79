/*
 * Copyright (c) 2026 the Interphase contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.interphase.importer.text;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.interphase.data.QuantityKind;
import org.interphase.data.units.UnitTable;
import org.interphase.data.units.UnitTable.Unit;

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

    private static final Pattern PARENTHESES = Pattern.compile("(.*?)\\s*[(\\[]([^()\\[\\]]*)[)\\]]\\s*");

    private TextColumns() {
    }

    /** The unit as written (looked up in the shared {@link UnitTable}), or null when unknown. */
    public static Unit unit(String text) {
        return text.isBlank() ? null : UnitTable.get(text);
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
            if (slash > 0 && unit(h.substring(slash + 1)) != null) {
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
        return unit(inside) != null || spaced || inside.contains("/") || inside.contains(".");
    }

    /** How a column of this name in this unit (as written) is stored. */
    public static Spec spec(String name, String unit) {
        double sign = 1;
        String n = name;
        if (n.startsWith("-") && n.length() > 1) {
            sign = -1;
            n = n.substring(1).strip();
        } else if (n.toLowerCase(Locale.ROOT).startsWith("neg.") && n.length() > 4) {
            sign = -1; // PSTrace's "neg. Phase / °"
            n = n.substring(4).strip();
        }
        QuantityKind kind = kind(n);
        Unit u = unit.isEmpty() ? null : unit(unit);
        if (u == null && unit.isEmpty()) {
            // impedance columns written without a unit (PowerSuite: "Frequency", "Zre", "Zimg"; "-phase"); counts are dimensionless
            u = switch (kind) {
            case FREQUENCY -> UnitTable.get("Hz");
            case IMPEDANCE_REAL, IMPEDANCE_IMAGINARY, IMPEDANCE_MODULUS -> UnitTable.get("Ohm");
            case IMPEDANCE_PHASE -> UnitTable.get("deg");
            case CYCLE_INDEX, STEP_INDEX, RECORD_INDEX, STATE -> UnitTable.get("1");
            default -> null;
            };
        }
        if (u == null && unit.isEmpty() && sign > 0) {
            // a name that is only a unit ("V", "µA", PSTrace's units line): the unit says the quantity
            Unit only = unit(n);
            QuantityKind byUnit = only == null ? QuantityKind.OTHER : switch (only.quantity()) {
            case "potential" -> QuantityKind.POTENTIAL;
            case "current" -> QuantityKind.CURRENT;
            case "time" -> n.length() > 1 || n.equals("s") ? QuantityKind.TIME : QuantityKind.OTHER;
            case "frequency" -> QuantityKind.FREQUENCY;
            case "charge" -> QuantityKind.CHARGE;
            default -> QuantityKind.OTHER;
            };
            if (byUnit != QuantityKind.OTHER) {
                return new Spec(name, only.si(), byUnit, only.factor(), only.offset());
            }
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
        case "time", "t", "elapsedtime", "testtime", "totaltime", "cumulativetime", "runtime", "absolutetime", "time(s)", "elapsed", "timeelapsed",
                "correctedtime" -> QuantityKind.TIME;
        case "steptime" -> QuantityKind.STEP_TIME;
        case "potential", "voltage", "v", "e", "ewe", "we(1)potential", "cellpotential", "vf", "vdc", "edc", "<ewe>", "ecell", "u", "cellvoltage",
                "potential(v)" -> QuantityKind.POTENTIAL;
        case "current", "i", "we(1)current", "im", "idc", "<i>", "i(a)" -> QuantityKind.CURRENT;
        case "frequency", "freq", "f", "frequency(hz)" -> QuantityKind.FREQUENCY;
        case "z'", "zre", "zreal", "re(z)", "realz", "z'(a)", "zr", "real", "rez", "z_re", "zreal'", "re", "realimpedance", "z’" -> QuantityKind.IMPEDANCE_REAL;
        case "z''", "z\"", "zim", "zimg", "zimag", "im(z)", "imagz", "z''(b)", "zi", "imag", "imaginary", "imz", "imaginaryimpedance", "z’’",
                "z”" -> QuantityKind.IMPEDANCE_IMAGINARY;
        case "|z|", "z", "zmod", "impedance", "modulus", "mod(z)", "abs(z)", "zabs", "magnitude", "|z|(ohm)" -> QuantityKind.IMPEDANCE_MODULUS;
        case "phase", "phase(z)", "zphz", "phaseangle", "theta", "phi", "arg(z)", "phase(deg)" -> QuantityKind.IMPEDANCE_PHASE;
        case "capacity", "charge", "q", "chargecapacity", "dischargecapacity", "chgcap", "dchgcap", "cap", "(q-qo)", "q-q0" -> QuantityKind.CHARGE;
        case "energy", "chgenergy", "dchgenergy", "chargeenergy", "dischargeenergy" -> QuantityKind.ENERGY;
        case "power" -> QuantityKind.POWER;
        case "cycle", "cycleindex", "cyclenumber", "cycleno", "cyc#", "cyclecount" -> QuantityKind.CYCLE_INDEX;
        case "step", "stepindex", "stepno", "stepnumber" -> QuantityKind.STEP_INDEX;
        case "datapoint", "record", "rec#", "index", "point", "pt", "point#" -> QuantityKind.RECORD_INDEX;
        case "temperature", "temp", "ambienttemperature", "surfacetemperature", "celltemperature" -> QuantityKind.TEMPERATURE;
        case "resistance", "r", "internalresistance" -> QuantityKind.RESISTANCE;
        default -> QuantityKind.OTHER;
        };
    }
}
