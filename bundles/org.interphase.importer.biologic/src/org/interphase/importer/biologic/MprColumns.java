/*
 * Copyright (c) 2026 the Interphase contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.interphase.importer.biologic;

import java.util.HashMap;
import java.util.Map;

/**
 * The column ids of an EC-Lab .mpr data module: an explicit table of the EC-Lab header each id stands for and the
 * binary type of its values. Ids 256 and above stand for the quantity of id - 256 (a newer encoding of the same
 * column), except 498 to 502, which are columns of their own. Flag ids (mode, ox/red, error, control changes,
 * Ns changes, counter inc.) share one byte. An id in none of these is unknown: the importer refuses the file naming
 * the id, never guesses its size.
 */
public final class MprColumns {

    /** Binary types of column values (little-endian). */
    public enum Type {
        F4(4), F8(8), U1(1), U2(2), U4(4);

        public final int bytes;

        Type(int bytes) {
            this.bytes = bytes;
        }
    }

    /** A column id's header (EC-Lab's "name/unit") and type. */
    public record Column(int id, String header, Type type) {
    }

    /** A flag id's header and its mask in the shared flags byte. */
    public record Flag(int id, String header, int mask) {
        public int shift() {
            return Integer.numberOfTrailingZeros(mask);
        }
    }

    private static final Map<Integer, Column> COLUMNS = new HashMap<>();
    private static final Map<Integer, Flag> FLAGS = new HashMap<>();

    private static void column(int id, String header, Type type) {
        COLUMNS.put(id, new Column(id, header, type));
    }

    static {
        FLAGS.put(1, new Flag(1, "mode", 0x03));
        FLAGS.put(2, new Flag(2, "ox/red", 0x04));
        FLAGS.put(3, new Flag(3, "error", 0x08));
        FLAGS.put(21, new Flag(21, "control changes", 0x10));
        FLAGS.put(31, new Flag(31, "Ns changes", 0x20));
        FLAGS.put(65, new Flag(65, "counter inc.", 0x80));

        column(4, "time/s", Type.F8);
        column(5, "control/V/mA", Type.F4);
        column(6, "Ewe/V", Type.F4);
        column(7, "dq/mA.h", Type.F8);
        column(8, "I/mA", Type.F4);
        column(9, "Ece/V", Type.F4);
        column(11, "<I>/mA", Type.F8);
        column(13, "(Q-Qo)/mA.h", Type.F8);
        column(16, "Analog IN 1/V", Type.F4);
        column(17, "Analog IN 2/V", Type.F4);
        column(19, "control/V", Type.F4);
        column(20, "control/mA", Type.F4);
        column(23, "dQ/mA.h", Type.F8);
        column(24, "cycle number", Type.F8);
        column(26, "Rapp/Ohm", Type.F4);
        column(27, "Ewe-Ece/V", Type.F4);
        column(32, "freq/Hz", Type.F4);
        column(33, "|Ewe|/V", Type.F4);
        column(34, "|I|/A", Type.F4);
        column(35, "Phase(Z)/deg", Type.F4);
        column(36, "|Z|/Ohm", Type.F4);
        column(37, "Re(Z)/Ohm", Type.F4);
        column(38, "-Im(Z)/Ohm", Type.F4);
        column(39, "I Range", Type.U2);
        column(69, "R/Ohm", Type.F4);
        column(70, "P/W", Type.F4);
        column(74, "|Energy|/W.h", Type.F8);
        column(76, "<I>/mA", Type.F4);
        column(77, "<Ewe>/V", Type.F4);
        column(96, "|Ece|/V", Type.F4);
        column(98, "Phase(Zce)/deg", Type.F4);
        column(99, "|Zce|/Ohm", Type.F4);
        column(100, "Re(Zce)/Ohm", Type.F4);
        column(101, "-Im(Zce)/Ohm", Type.F4);
        column(123, "Energy charge/W.h", Type.F8);
        column(124, "Energy discharge/W.h", Type.F8);
        column(125, "Capacitance charge/µF", Type.F8);
        column(126, "Capacitance discharge/µF", Type.F8);
        column(131, "Ns", Type.U2);
        column(169, "Cs/µF", Type.F4);
        column(172, "Cp/µF", Type.F4);
        column(174, "<Ewe>/V", Type.F4); // Phase(Zwe-ce)/deg beside Ewe or <Ewe>: see header(...)
        column(175, "|Zwe-ce|/Ohm", Type.F4);
        column(176, "Re(Zwe-ce)/Ohm", Type.F4);
        column(177, "-Im(Zwe-ce)/Ohm", Type.F4);
        column(178, "(Q-Qo)/C", Type.F4);
        column(179, "dQ/C", Type.F4);
        column(182, "step time/s", Type.F8);
        column(185, "<Ece>/V", Type.F4);
        column(206, "Temperature/°C", Type.F4);
        column(211, "Q charge/discharge/mA.h", Type.F8);
        column(212, "half cycle", Type.U4);
        column(213, "z cycle", Type.U4);
        column(215, "<Ece>/V", Type.F4);
        String[] electrodes = { "Ewe", "I", "Ece" };
        String[] units = { "V", "A", "V" };
        for (int e = 0; e < 3; e++) {
            column(217 + e, "THD " + electrodes[e] + "/%", Type.F4);
            column(220 + e, "NSD " + electrodes[e] + "/%", Type.F4);
            column(223 + e, "NSR " + electrodes[e] + "/%", Type.F4);
            for (int h = 2; h <= 7; h++) {
                column(230 + 6 * e + h - 2, "|" + electrodes[e] + " h" + h + "|/" + units[e], Type.F4);
            }
        }
        column(248, "Rac/Ohm", Type.F4);
        column(249, "Rdc/Ohm", Type.F4);
        column(253, "Acir/Dcir Control", Type.U1);
        column(498, "Q charge/mA.h", Type.F8);
        column(499, "Q discharge/mA.h", Type.F8);
        column(501, "Efficiency/%", Type.F8);
        column(502, "Capacity/mA.h", Type.F8);
    }

    private MprColumns() {
    }

    /** The flag of this id, or null. */
    public static Flag flag(int id) {
        return FLAGS.get(id);
    }

    /**
     * The column of this id, or null when unknown: ids of the table, then id - 256 for ids from 256 (not 498 to 502).
     */
    public static Column column(int id) {
        Column column = COLUMNS.get(id);
        if (column == null && id >= 256 && (id < 498 || id > 502)) {
            Column base = COLUMNS.get(id - 256);
            if (base != null) {
                column = new Column(id, base.header(), base.type());
            }
        }
        return column;
    }

    /**
     * The header of a column in a file with these ids: id 174 (and 430) is Phase(Zwe-ce) when the file also has
     * Ewe or <Ewe> (ids 6, 77 or their 256 + id forms), as EC-Lab exports it.
     */
    public static String header(Column column, java.util.Set<Integer> ids) {
        int base = column.id() >= 256 && (column.id() < 498 || column.id() > 502) ? column.id() - 256 : column.id();
        if (base == 174 && (ids.contains(6) || ids.contains(77) || ids.contains(262) || ids.contains(333))) {
            return "Phase(Zwe-ce)/deg";
        }
        return column.header();
    }
}
