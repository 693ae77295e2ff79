/*
 * Copyright (c) 2026 the Interphase contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.interphase.importer.neware;

import java.util.Map;
import java.util.Set;

/**
 * The fixed-size record layouts of .nda versions 1 to 29 and 129 (BTS 5 to 8 and the BTS 9 pre-release), one per
 * record structure, as fastnda 1.3 reads them (fastnda/nda.py, the {@code _read_nda_N} functions and their dtypes;
 * the scale factors as its tests/test_synthetic_nda.py asserts them). Little-endian. Offsets are within a record.
 * <p>
 * fastnda confirmed four of these structures against real files (5: versions 5-8; 14: versions 14, 16, 17, 20, 22-24;
 * 29: versions 26, 28, 29; and version 130, read elsewhere); the others it reads from Neware's structure definitions
 * only, and so does this importer, with a warning that says so.
 */
final class NdaLayout {

    /** How the raw cycle field becomes "Cycle (file)". */
    enum CycleRule {
        /** stored 0-based */
        PLUS_ONE,
        /** stored 1-based */
        AS_IS,
        /** a loop counter: each change opens a cycle */
        CHANGES
    }

    /** How the data block is found. */
    enum Locate {
        /** begin and length, u32 at 64 and 68 of the header (length 0: to the end of the file) */
        POINTER32,
        /** begin and length, u64 at 82 and 90 */
        POINTER64
    }

    final String name;
    final int length;
    /** byte of the record identifier, -1 when records have none (then index 0 marks an empty record) */
    int idAt = 0;
    /** identifiers of data records */
    Set<Integer> dataIds = Set.of(0x55);
    /** identifiers of records that carry no measurement (markers, the record that opens the block) */
    Set<Integer> emptyIds = Set.of();
    /** identifier of auxiliary records in the data block (temperature, voltage), -1 for none */
    int auxId = -1;
    /** -1: the index is the record's position among data records */
    int indexAt = -1;
    int cycleAt = -1;
    CycleRule cycleRule = CycleRule.PLUS_ONE;
    int stepAt;
    int stepSize = 1;
    int statusAt;
    /** Neware's step-change counter (a new step although step and status repeat), -1 for none */
    int markAt = -1;
    int timeAt;
    int timeSize = 4;
    /** seconds per count of the step time; 0 for seconds (u32) plus nanoseconds (u32) */
    double timeUnit = 1;
    int voltageAt;
    /** voltage as a float in V (else an i32 in 0.1 mV) */
    boolean floats;
    int currentAt;
    /** capacity and energy as one signed quantity (sign from the status), offsets of capacity and energy (-1: none) */
    int capacityAt = -1;
    int energyAt = -1;
    /** capacity and energy as four fields: charge capacity, discharge capacity, charge energy, discharge energy */
    int[] four;
    /** bytes per capacity field (8 or 4; floats are 4) */
    int capacitySize = 8;
    /** Unix time of the record, -1 for none */
    int unixAt = -1;
    int unixSize = 8;
    /** seconds per count of the Unix time */
    double unixUnit = 1;
    /** wall-clock date (u16 year, month, day, hour, minute, second), -1 for none */
    int dateAt = -1;
    /** the record's current range (i32), -1: the header's fixed range */
    int rangeAt = -1;
    /** raw status codes of a legacy enumeration, mapped to today's */
    Map<Integer, Integer> statusMap = Map.of();
    Locate locate = Locate.POINTER32;
    /** bytes that open the data block (the first record), searched for when the header's pointer does not check out */
    byte[] opening;
    /** fastnda confirmed the structure against real files */
    boolean verified;

    private NdaLayout(String name, int length) {
        this.name = name;
        this.length = length;
    }

    /** The layout of a file version, or null when no reader knows it. */
    static NdaLayout of(int version) {
        return switch (version) {
            case 1 -> struct1();
            case 2 -> struct2();
            case 3, 4 -> struct3();
            case 5, 6, 7, 8 -> struct5(version);
            case 9 -> struct9();
            case 10 -> struct10();
            case 11, 12, 13, 15, 18 -> struct11();
            case 14, 16, 17, 20, 22, 23, 24 -> struct14();
            case 19 -> struct19();
            case 25, 27 -> struct25();
            case 26, 28, 29 -> struct29();
            case 129 -> struct129();
            default -> null;
        };
    }

    /** Version 1: 38-byte records without identifier; a legacy status enumeration. */
    private static NdaLayout struct1() {
        NdaLayout l = new NdaLayout("struct 1", 38);
        l.idAt = -1;
        l.indexAt = 0;
        l.cycleAt = 4;
        l.cycleRule = CycleRule.CHANGES;
        l.stepAt = 8;
        l.statusAt = 9;
        l.timeAt = 10;
        l.voltageAt = 14;
        l.currentAt = 18;
        l.capacityAt = 30;
        l.statusMap = Map.of(2, 3, 4, 2, 5, 4); // fastnda's remap of nda 1's enumeration (CV_Chg, CC_DChg, Rest)
        return l;
    }

    /** Version 2: 39-byte records, identifier 0 for data (255 marks), no index (the position counts). */
    private static NdaLayout struct2() {
        NdaLayout l = new NdaLayout("struct 2", 39);
        l.dataIds = Set.of(0);
        l.emptyIds = Set.of(0xFF);
        l.cycleAt = 5;
        l.cycleRule = CycleRule.AS_IS;
        l.statusAt = 9;
        l.stepAt = 10;
        l.timeAt = 11;
        l.voltageAt = 15;
        l.currentAt = 19;
        l.capacityAt = 31;
        return l;
    }

    /** Versions 3, 4: 43-byte records. */
    private static NdaLayout struct3() {
        NdaLayout l = new NdaLayout("struct 3", 43);
        l.dataIds = Set.of(0, 0x55);
        l.emptyIds = Set.of(0xFF);
        l.indexAt = 1;
        l.cycleAt = 5;
        l.cycleRule = CycleRule.CHANGES;
        l.stepAt = 9;
        l.statusAt = 10;
        l.timeAt = 11;
        l.voltageAt = 15;
        l.currentAt = 19;
        l.capacityAt = 31;
        return l;
    }

    /** Versions 5 to 8 (BTS 7.x): 59-byte records, opened by a 0xFF record of index 1. */
    private static NdaLayout struct5(int version) {
        NdaLayout l = new NdaLayout("struct 5", 59);
        l.dataIds = Set.of(0, 0x55);
        l.emptyIds = Set.of(0xFF);
        l.indexAt = 1;
        l.cycleAt = 5;
        l.cycleRule = version == 5 || version == 7 ? CycleRule.PLUS_ONE : CycleRule.AS_IS;
        l.stepAt = 9;
        l.statusAt = 10;
        l.timeAt = 11;
        l.voltageAt = 15;
        l.currentAt = 19;
        l.capacityAt = 31;
        l.energyAt = 39;
        l.unixAt = 47;
        l.opening = new byte[] { (byte) 0xFF, 1, 0, 0, 0 };
        l.verified = true;
        return l;
    }

    /** Version 9: 60-byte records. */
    private static NdaLayout struct9() {
        NdaLayout l = new NdaLayout("struct 9", 60);
        l.indexAt = 2;
        l.cycleAt = 6;
        l.stepAt = 10;
        l.statusAt = 11;
        l.timeAt = 12;
        l.voltageAt = 16;
        l.currentAt = 20;
        l.capacityAt = 32;
        l.energyAt = 40;
        l.unixAt = 48;
        return l;
    }

    /** Version 10: 64-byte records, step time in ms (u64). */
    private static NdaLayout struct10() {
        NdaLayout l = new NdaLayout("struct 10", 64);
        l.indexAt = 2;
        l.cycleAt = 6;
        l.cycleRule = CycleRule.CHANGES;
        l.stepAt = 10;
        l.statusAt = 11;
        l.timeAt = 12;
        l.timeSize = 8;
        l.timeUnit = 1e-3;
        l.voltageAt = 20;
        l.currentAt = 24;
        l.capacityAt = 36;
        l.energyAt = 44;
        l.unixAt = 52;
        return l;
    }

    /** Versions 11, 12, 13, 15, 18: 69-byte records with the current range; auxiliary records in a block of their own. */
    private static NdaLayout struct11() {
        NdaLayout l = new NdaLayout("struct 11", 69);
        l.indexAt = 2;
        l.cycleAt = 6;
        l.stepAt = 10;
        l.stepSize = 2;
        l.statusAt = 12;
        l.timeAt = 13;
        l.timeSize = 8;
        l.timeUnit = 1e-3;
        l.voltageAt = 21;
        l.currentAt = 25;
        l.capacityAt = 37;
        l.energyAt = 45;
        l.unixAt = 53;
        l.rangeAt = 61;
        return l;
    }

    /** Versions 14, 16, 17, 20, 22, 23, 24 (BTS 7.6-8): 86-byte records as version 29's with a Unix time for the date. */
    private static NdaLayout struct14() {
        NdaLayout l = struct86("struct 14");
        l.unixAt = 70;
        return l;
    }

    /** Versions 26, 28, 29 (BTS 8): 86-byte records with a wall-clock date. */
    private static NdaLayout struct29() {
        NdaLayout l = struct86("struct 29");
        l.dateAt = 70;
        return l;
    }

    private static NdaLayout struct86(String name) {
        NdaLayout l = new NdaLayout(name, 86);
        l.emptyIds = Set.of(0xAA);
        l.auxId = 0x65;
        l.indexAt = 2;
        l.cycleAt = 6;
        l.stepAt = 10;
        l.stepSize = 2;
        l.statusAt = 12;
        l.markAt = 13;
        l.timeAt = 14;
        l.timeSize = 8;
        l.timeUnit = 1e-3;
        l.voltageAt = 22;
        l.currentAt = 26;
        l.four = new int[] { 38, 46, 54, 62 };
        l.rangeAt = 78;
        l.opening = new byte[] { (byte) 0xAA, 0, 1, 0, 0, 0 };
        l.verified = true;
        return l;
    }

    /** Version 19: 68-byte records, 32-bit capacities and time. */
    private static NdaLayout struct19() {
        NdaLayout l = new NdaLayout("struct 19", 68);
        l.indexAt = 8;
        l.cycleAt = 12;
        l.stepAt = 16;
        l.stepSize = 2;
        l.statusAt = 18;
        l.timeAt = 24;
        l.voltageAt = 28;
        l.currentAt = 32;
        l.four = new int[] { 44, 48, 52, 56 };
        l.capacitySize = 4;
        l.unixAt = 60;
        l.unixSize = 4;
        return l;
    }

    /** Versions 25, 27: 70-byte records with the current range. */
    private static NdaLayout struct25() {
        NdaLayout l = struct11();
        NdaLayout m = new NdaLayout("struct 25", 70);
        m.indexAt = l.indexAt;
        m.cycleAt = l.cycleAt;
        m.cycleRule = CycleRule.CHANGES;
        m.stepAt = l.stepAt;
        m.stepSize = 2;
        m.statusAt = l.statusAt;
        m.timeAt = l.timeAt;
        m.timeSize = 8;
        m.timeUnit = 1e-3;
        m.voltageAt = l.voltageAt;
        m.currentAt = l.currentAt;
        m.capacityAt = l.capacityAt;
        m.energyAt = l.energyAt;
        m.unixAt = l.unixAt;
        m.rangeAt = l.rangeAt;
        m.markAt = 65;
        return m;
    }

    /** Version 129 (the BTS 9 pre-release): 88-byte records of floats in V, mA, mA·s, mW·s; data block at 82/90. */
    private static NdaLayout struct129() {
        NdaLayout l = new NdaLayout("struct 129", 88);
        l.dataIds = Set.of(0, 0x55);
        l.indexAt = 12;
        l.stepAt = 20;
        l.statusAt = 21;
        l.markAt = 22;
        l.timeAt = 28;
        l.timeUnit = 0;
        l.floats = true;
        l.voltageAt = 36;
        l.currentAt = 40;
        l.four = new int[] { 52, 60, 56, 64 };
        l.capacitySize = 4;
        l.unixAt = 68;
        l.unixUnit = 1e-6;
        l.locate = Locate.POINTER64;
        return l;
    }

    /** Active mass (u32, µg) in the header, by version (fastnda's _ACTIVE_MASS_OFFSETS). */
    static int activeMassAt(int version) {
        return version >= 9 ? 152 : version == 8 ? 144 : 80;
    }

    /** The test-information record (begin u32 at 24, length at 28): its size by version. */
    static int testInfoSize(int version) {
        return version >= 29 ? 503 : version >= 17 ? 383 : version >= 16 ? 343 : version >= 11 ? 327 : 211;
    }
}
