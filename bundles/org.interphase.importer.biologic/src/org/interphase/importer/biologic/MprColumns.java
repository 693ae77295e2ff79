/*
 * Copyright (c) 2026 the Interphase contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.interphase.importer.biologic;

import java.util.HashMap;
import java.util.Map;

/**
 * The column ids of an EC-Lab .mpr data module: an explicit table of the EC-Lab header each id stands for and the
 * binary type of its values, the union of what the open readers know (galvani's {@code VMPdata_colID_dtype_map} and
 * {@code VMPdata_colID_flag_map}, yadg's {@code extractors/eclab/common/mpr_columns.py}) and of what real files here
 * showed. Since EC-Lab 11.x many quantities also come as id + 256 (430 to 435 are 174 to 179, 467 to 469 are 211 to
 * 213, 473 to 497 are 217 to 241, ...): those the readers name are in the table; an id + 256 that none of them names is
 * read as its base id only with a warning ({@link #probable(int)}), because not every id + 256 is that (271, 272, 331,
 * 332, 424 and 425 are impedances of other electrodes). Ids 498 to 503 mean different things to the two readers
 * (galvani: Q charge, Q discharge, step time, efficiency, capacity, all f8; yadg: |Ece h2| to |Ece h7|, f4): the
 * importer takes the reading whose records fill the data module exactly ({@link #alternative(int)}). Flag ids (mode,
 * ox/red, error, control changes, Ns changes, counter inc.) share one byte. An id in none of these is unknown: the
 * importer skips it with a warning when the layout tells its size, and refuses the file naming the id otherwise.
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
    private static final Map<Integer, Column> ALTERNATIVES = new HashMap<>();

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
        column(75, "Analog OUT/V", Type.F4);
        column(76, "<I>/mA", Type.F4);
        column(77, "<Ewe>/V", Type.F4);
        column(78, "Cs-2/µF-2", Type.F4);
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
        column(163, "|Estack|/V", Type.F4);
        column(168, "Rcmp/Ohm", Type.F4);
        column(169, "Cs/µF", Type.F4);
        column(172, "Cp/µF", Type.F4);
        column(173, "Cp-2/µF-2", Type.F4);
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
        for (int e = 0; e < 3; e++) {
            column(217 + e, "THD " + electrodes[e] + "/%", Type.F4);
            column(220 + e, "NSD " + electrodes[e] + "/%", Type.F4);
            column(223 + e, "NSR " + electrodes[e] + "/%", Type.F4);
        }
        for (int h = 2; h <= 7; h++) {
            column(230 + h - 2, "|Ewe h" + h + "|/V", Type.F4);
            column(236 + h - 2, "|I h" + h + "|/A", Type.F4);
        }
        column(242, "|E2|/V", Type.F4);
        column(248, "Rac/Ohm", Type.F4);
        column(249, "Rdc/Ohm", Type.F4);
        column(253, "Acir/Dcir Control", Type.U1);
        // the ids EC-Lab 11.x writes from 256 on, as galvani and yadg name them
        column(271, "Phase(Z1)/deg", Type.F4);
        column(272, "Phase(Z2)/deg", Type.F4);
        column(295, "I Range", Type.U2);
        column(301, "|Z1|/Ohm", Type.F4);
        column(302, "|Z2|/Ohm", Type.F4);
        column(326, "P/W", Type.F4);
        column(331, "Re(Z1)/Ohm", Type.F4);
        column(332, "Re(Z2)/Ohm", Type.F4);
        column(352, "|Ece|/V", Type.F4); // 96 + 256: yadg's peis.issue_225.with_ece.mpr, whose .mpt export names it |Ece|/V
        column(361, "-Im(Z1)/Ohm", Type.F4);
        column(362, "-Im(Z2)/Ohm", Type.F4);
        column(379, "Energy charge/W.h", Type.F8);
        column(391, "<E1>/V", Type.F4);
        column(392, "<E2>/V", Type.F4);
        column(422, "Phase(Zstack)/deg", Type.F4);
        column(423, "|Zstack|/Ohm", Type.F4);
        column(424, "Re(Zstack)/Ohm", Type.F4);
        column(425, "-Im(Zstack)/Ohm", Type.F4);
        column(426, "<Estack>/V", Type.F4);
        column(430, "Phase(Zwe-ce)/deg", Type.F4);
        column(431, "|Zwe-ce|/Ohm", Type.F4);
        column(432, "Re(Zwe-ce)/Ohm", Type.F4);
        column(433, "-Im(Zwe-ce)/Ohm", Type.F4);
        column(434, "(Q-Qo)/C", Type.F4);
        column(435, "dQ/C", Type.F4);
        column(438, "step time/s", Type.F8);
        column(441, "<Ece>/V", Type.F4); // yadg: <Ece>; galvani: <Ecv>; a potential either way
        column(462, "Temperature/°C", Type.F4);
        column(467, "Q charge/discharge/mA.h", Type.F8);
        column(468, "half cycle", Type.U4);
        column(469, "z cycle", Type.U4);
        column(471, "<Ece>/V", Type.F4);
        for (int e = 0; e < 3; e++) {
            column(473 + e, "THD " + electrodes[e] + "/%", Type.F4);
            column(476 + e, "NSD " + electrodes[e] + "/%", Type.F4);
            column(479 + e, "NSR " + electrodes[e] + "/%", Type.F4);
        }
        for (int h = 2; h <= 7; h++) {
            column(486 + h - 2, "|Ewe h" + h + "|/V", Type.F4);
            column(492 + h - 2, "|I h" + h + "|/A", Type.F4);
        }
        // galvani's reading of 498 to 502; yadg's (|Ece h2| to |Ece h7|, f4) is the alternative
        column(498, "Q charge/mA.h", Type.F8);
        column(499, "Q discharge/mA.h", Type.F8);
        column(500, "step time/s", Type.F8);
        column(501, "Efficiency/%", Type.F8);
        column(502, "Capacity/mA.h", Type.F8);
        for (int h = 2; h <= 7; h++) {
            ALTERNATIVES.put(496 + h, new Column(496 + h, "|Ece h" + h + "|/V", Type.F4));
        }
        column(505, "Rdc/Ohm", Type.F4);
        column(509, "Acir/Dcir Control", Type.U1);
    }

    private MprColumns() {
    }

    /** The flag of this id, or null. */
    public static Flag flag(int id) {
        return FLAGS.get(id);
    }

    /** The column of this id as the table names it, or null when the table does not name it. */
    public static Column column(int id) {
        return COLUMNS.get(id);
    }

    /**
     * For an id from 256 that the table does not name: the column of id - 256 (the newer encoding of most quantities),
     * which the importer uses only with a warning; null otherwise.
     */
    public static Column probable(int id) {
        if (id < 256 || COLUMNS.containsKey(id) || FLAGS.containsKey(id)) {
            return null;
        }
        Column base = COLUMNS.get(id - 256);
        return base == null ? null : new Column(id, base.header(), base.type());
    }

    /** The other reading of an id the open readers disagree on (498 to 503), or null. */
    public static Column alternative(int id) {
        return ALTERNATIVES.get(id);
    }

    /** Every id the table names (columns and flags), for tests and documentation. */
    public static java.util.Set<Integer> ids() {
        java.util.Set<Integer> ids = new java.util.TreeSet<>(COLUMNS.keySet());
        ids.addAll(FLAGS.keySet());
        return ids;
    }

    /**
     * The header of a column in a file with these ids: id 174 is Phase(Zwe-ce) when the file also has Ewe or <Ewe>
     * (ids 6, 77 or their 256 + id forms), as EC-Lab exports it (galvani and yadg read 174 as &lt;Ewe&gt; always).
     */
    public static String header(Column column, java.util.Set<Integer> ids) {
        if (column.id() == 174 && (ids.contains(6) || ids.contains(77) || ids.contains(262) || ids.contains(333))) {
            return "Phase(Zwe-ce)/deg";
        }
        return column.header();
    }
}
