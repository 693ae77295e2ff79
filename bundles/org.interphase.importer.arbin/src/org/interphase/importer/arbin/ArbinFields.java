/*
 * Copyright (c) 2026 the Interphase contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.interphase.importer.arbin;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.interphase.data.QuantityKind;
import org.interphase.data.units.UnitTable;

/**
 * Arbin's column names, in the .res database (Test_Time, Current, Charge_Capacity, ...) and in its exports
 * ({@code Test_Time(s)}, {@code Current(A)}, {@code Charge_Capacity(Ah)}, ...), and how to convert them to SI.
 */
final class ArbinFields {

    /** "Current(A)", "Test Time (s)" (MITS 8 and the SQL exports) or "Current [A]". */
    private static final Pattern NAME_UNIT = Pattern.compile("(.*?)\\s*(?:\\(([^()]*)\\)|\\[([^\\[\\]]*)\\])\\s*");
    /** An auxiliary channel of MITS Pro's Excel and CSV exports: the unit before the channel number, "Aux_Voltage(V)_1". */
    private static final Pattern NAME_UNIT_CHANNEL = Pattern.compile("(.*?)\\s*\\(([^()]*)\\)\\s*(_\\d+)\\s*");
    private static final DateTimeFormatter[] DATES = { DateTimeFormatter.ofPattern("M/d/yyyy H:mm:ss[.SSS][.SS][.S]", Locale.ROOT),
            DateTimeFormatter.ofPattern("yyyy-MM-dd H:mm:ss[.SSS][.SS][.S]", Locale.ROOT) };
    /** Days from 1899-12-30 (OLE automation and spreadsheet date serials) to 1970-01-01. */
    static final double OLE_EPOCH_DAYS = 25569;

    private ArbinFields() {
    }

    /** A column: its name in the dataset, SI unit, kind, SI = value * factor + offset, and whether it is a date. */
    record Field(String source, String name, String unit, QuantityKind kind, double factor, double offset, boolean date) {
        double si(double value) {
            return value * factor + offset;
        }
    }

    /** A column of the .res database's Channel_Normal table (units: s, A, V, Ah, Wh, Ohm, degrees). */
    static Field database(String column) {
        return switch (column) {
            case "Test_ID" -> new Field(column, "Test ID", "", QuantityKind.OTHER, 1, 0, false);
            case "Data_Point" -> new Field(column, "Data point", "1", QuantityKind.RECORD_INDEX, 1, 0, false);
            case "Test_Time" -> new Field(column, "Test time", "s", QuantityKind.TIME, 1, 0, false);
            case "Step_Time" -> new Field(column, "Step time", "s", QuantityKind.STEP_TIME, 1, 0, false);
            case "DateTime" -> new Field(column, "Timestamp", "s", QuantityKind.OTHER, 86400, -OLE_EPOCH_DAYS * 86400, false);
            case "Step_Index" -> new Field(column, "Step", "1", QuantityKind.STEP_INDEX, 1, 0, false);
            case "Cycle_Index" -> new Field(column, "Cycle", "1", QuantityKind.CYCLE_INDEX, 1, 0, false);
            case "Is_FC_Data" -> new Field(column, "Is FC data", "", QuantityKind.OTHER, 1, 0, false);
            case "Current" -> new Field(column, "Current", "A", QuantityKind.CURRENT, 1, 0, false);
            case "Voltage" -> new Field(column, "Voltage", "V", QuantityKind.POTENTIAL, 1, 0, false);
            case "Charge_Capacity" -> new Field(column, "Charge capacity", "C", QuantityKind.CHARGE, 3600, 0, false);
            case "Discharge_Capacity" -> new Field(column, "Discharge capacity", "C", QuantityKind.CHARGE, 3600, 0, false);
            case "Charge_Energy" -> new Field(column, "Charge energy", "J", QuantityKind.ENERGY, 3600, 0, false);
            case "Discharge_Energy" -> new Field(column, "Discharge energy", "J", QuantityKind.ENERGY, 3600, 0, false);
            case "dV/dt" -> new Field(column, "dV/dt", "V/s", QuantityKind.OTHER, 1, 0, false);
            case "Internal_Resistance" -> new Field(column, "Internal resistance", "Ohm", QuantityKind.RESISTANCE, 1, 0, false);
            case "AC_Impedance" -> new Field(column, "AC impedance", "Ohm", QuantityKind.IMPEDANCE_MODULUS, 1, 0, false);
            case "ACI_Phase_Angle" -> new Field(column, "ACI phase angle", "rad", QuantityKind.IMPEDANCE_PHASE, Math.PI / 180, 0, false);
            default -> new Field(column, column, "", QuantityKind.OTHER, 1, 0, false);
        };
    }

    /** A column of an export header ({@code Name(unit)}), or null when the unit is not known. */
    static Field export(String header) {
        String name = header.strip();
        String unit = "";
        Matcher m = NAME_UNIT.matcher(name);
        Matcher channel = NAME_UNIT_CHANNEL.matcher(name);
        if (m.matches()) {
            name = m.group(1).strip();
            unit = (m.group(2) != null ? m.group(2) : m.group(3)).strip();
        } else if (channel.matches()) {
            name = channel.group(1).strip() + channel.group(3);
            unit = channel.group(2).strip();
        }
        String key = name.toLowerCase(Locale.ROOT).replaceAll("[\\s_]+", "_");
        if (key.equals("mah/g") && unit.isEmpty()) {
            // MITS 8's specific capacity column: its name is its unit
            return new Field(header, "Specific capacity", "C/kg", QuantityKind.OTHER, 3600, 0, false);
        }
        if (key.contains("temperature") && (unit.equals("\u00B0") || unit.equals("deg C"))) {
            unit = "C"; // Arbin's temperatures are in degrees Celsius, however the export spells it
        }
        if (key.contains("dt/dt") && (unit.equals("C/s") || unit.equals("\u00B0C/s"))) {
            // a rate of temperature (Aux_dT/dt): a difference of degrees Celsius is one of kelvins
            return new Field(header, name, "K/s", QuantityKind.OTHER, 1, 0, false);
        }
        switch (key) {
            case "date_time", "datetime" -> {
                return new Field(header, "Timestamp", "s", QuantityKind.OTHER, 86400, -OLE_EPOCH_DAYS * 86400, true);
            }
            case "data_point" -> {
                return new Field(header, "Data point", "1", QuantityKind.RECORD_INDEX, 1, 0, false);
            }
            case "step_index" -> {
                return new Field(header, "Step", "1", QuantityKind.STEP_INDEX, 1, 0, false);
            }
            case "cycle_index" -> {
                return new Field(header, "Cycle", "1", QuantityKind.CYCLE_INDEX, 1, 0, false);
            }
            case "test_time" -> {
                return time(header, "Test time", QuantityKind.TIME, unit);
            }
            case "step_time" -> {
                return time(header, "Step time", QuantityKind.STEP_TIME, unit);
            }
            default -> {
            }
        }
        String display = switch (key) {
            case "charge_capacity" -> "Charge capacity";
            case "discharge_capacity" -> "Discharge capacity";
            case "charge_energy" -> "Charge energy";
            case "discharge_energy" -> "Discharge energy";
            case "internal_resistance" -> "Internal resistance";
            case "ac_impedance" -> "AC impedance";
            case "aci_phase_angle" -> "ACI phase angle";
            default -> name;
        };
        if (unit.isEmpty()) {
            return new Field(header, display, "", QuantityKind.OTHER, 1, 0, false);
        }
        // Arbin writes degrees Celsius as "C"; every other unit is the shared table's
        UnitTable.Unit u = unit.equals("C") ? UnitTable.get("degC") : UnitTable.get(unit);
        if (u == null) {
            return null;
        }
        QuantityKind kind = switch (u.si()) {
            case "A" -> QuantityKind.CURRENT;
            case "V" -> QuantityKind.POTENTIAL;
            case "C" -> QuantityKind.CHARGE;
            case "J" -> QuantityKind.ENERGY;
            case "W" -> QuantityKind.POWER;
            case "K" -> QuantityKind.TEMPERATURE;
            case "Ohm" -> key.contains("impedance") ? QuantityKind.IMPEDANCE_MODULUS : QuantityKind.RESISTANCE;
            case "rad" -> key.contains("phase") ? QuantityKind.IMPEDANCE_PHASE : QuantityKind.OTHER;
            default -> QuantityKind.OTHER;
        };
        return new Field(header, display, u.si(), kind, u.factor(), u.offset(), false);
    }

    /** Whether a header names the test time and a voltage (the two columns every Arbin export has), whatever the spelling. */
    static boolean hasTimeAndVoltage(java.util.List<String> cells) {
        boolean time = false;
        boolean voltage = false;
        for (String c : cells) {
            Field f = c.contains("(") || c.contains("[") ? export(c) : null;
            time |= f != null && f.kind() == QuantityKind.TIME;
            voltage |= f != null && f.kind() == QuantityKind.POTENTIAL && f.name().equalsIgnoreCase("voltage");
        }
        return time && voltage;
    }

    private static Field time(String header, String name, QuantityKind kind, String unit) {
        UnitTable.Unit u = unit.isEmpty() ? UnitTable.get("s") : UnitTable.get(unit, "time");
        return u == null ? null : new Field(header, name, "s", kind, u.factor(), 0, false);
    }

    /** A date as text (M/d/yyyy H:mm:ss[.fff] or ISO-like), in seconds since 1970 of the same wall-clock time, or NaN. */
    static double date(String text) {
        for (DateTimeFormatter f : DATES) {
            try {
                LocalDateTime t = LocalDateTime.parse(text.strip(), f);
                return t.toEpochSecond(ZoneOffset.UTC) + t.getNano() * 1e-9;
            } catch (DateTimeParseException e) {
                // try the next format
            }
        }
        return Double.NaN;
    }

    /** Why a value of a column cannot be a measurement, or null (limits as for any cycler: 1 kV, 10 kA, 10^12 C or J). */
    static String implausible(Field f, double si) {
        if (!Double.isFinite(si)) {
            return f.name() + " is not a finite number";
        }
        double limit = switch (f.kind()) {
            case POTENTIAL -> 1000;
            case CURRENT -> 10000;
            case CHARGE, ENERGY -> 1e12;
            case TIME, STEP_TIME -> 1e10;
            case TEMPERATURE -> 2000;
            default -> Double.POSITIVE_INFINITY;
        };
        if (Math.abs(si) > limit) {
            return f.name() + " " + si + " " + f.unit() + " is implausible";
        }
        if ((f.kind() == QuantityKind.TIME || f.kind() == QuantityKind.STEP_TIME || f.kind() == QuantityKind.TEMPERATURE) && si < 0) {
            return f.name() + " " + si + " " + f.unit() + " is negative";
        }
        if (f.name().equals("Timestamp") && !(si >= 631152000 && si <= 7258118400.0)) {
            return "time stamp " + si + " s since 1970 is not between 1990 and 2200";
        }
        return null;
    }
}
