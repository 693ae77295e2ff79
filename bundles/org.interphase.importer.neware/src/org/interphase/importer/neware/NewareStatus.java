/*
 * Copyright (c) 2026 the Interphase contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.interphase.importer.neware;

import java.util.Map;
import java.util.TreeMap;

/**
 * Neware's step status (step type) codes, as BTSDA names them: the union of NewareNDA's and fastnda's tables (fastnda
 * 1.3 adds 18 PCCCV_Chg and 25 Ramp; 6 End is BTSDA's end step). The dataset's Status column holds the code; the names
 * go into the metadata ({@code state_codes}). A code outside the table is kept as it is and named "unknown" (the
 * readers record a warning); charge and discharge are then told by the sign of the current.
 */
public final class NewareStatus {

    private static final Map<Integer, String> NAMES = new TreeMap<>(Map.ofEntries(Map.entry(1, "CC_Chg"), Map.entry(2, "CC_DChg"),
            Map.entry(3, "CV_Chg"), Map.entry(4, "Rest"), Map.entry(5, "Cycle"), Map.entry(6, "End"), Map.entry(7, "CCCV_Chg"), Map.entry(8, "CP_DChg"),
            Map.entry(9, "CP_Chg"), Map.entry(10, "CR_DChg"), Map.entry(13, "Pause"), Map.entry(16, "Pulse"), Map.entry(17, "SIM"),
            Map.entry(18, "PCCCV_Chg"), Map.entry(19, "CV_DChg"), Map.entry(20, "CCCV_DChg"), Map.entry(21, "Control"), Map.entry(22, "OCV"),
            Map.entry(25, "Ramp"), Map.entry(26, "CPCV_DChg"), Map.entry(27, "CPCV_Chg")));

    private NewareStatus() {
    }

    /** The name of a status code, or null when the code is unknown. */
    public static String name(int code) {
        return NAMES.get(code);
    }

    /** The name of a status code, "unknown" for a code outside the table. */
    static String label(int code) {
        String n = NAMES.get(code);
        return n == null ? "unknown" : n;
    }

    /** Whether a code is in the table. */
    static boolean known(int code) {
        return NAMES.containsKey(code);
    }

    /**
     * The sign of capacity and energy in a step of this status: +1 charge, -1 discharge, 0 neither (fastnda's
     * CHARGE_DISCHARGE_MAP: the _Chg and _DChg codes).
     */
    static int sign(int code) {
        return charge(code) ? 1 : discharge(code) ? -1 : 0;
    }

    /** All known codes and names. */
    public static Map<Integer, String> all() {
        return NAMES;
    }

    /** A discharge status (…_DChg). */
    static boolean discharge(int code) {
        String n = NAMES.get(code);
        return n != null && n.endsWith("_DChg");
    }

    /** A charge status (…_Chg). */
    static boolean charge(int code) {
        String n = NAMES.get(code);
        return n != null && n.endsWith("_Chg");
    }

    /**
     * The statuses whose start opens a new cycle under BTSDA's "charge first" cycle statistic (NewareNDA documents the
     * rule): a constant-current, constant-current-constant-voltage or constant-power charge.
     */
    static boolean opensCycle(int code) {
        return code == 1 || code == 7 || code == 9 || code == 18;
    }

    /** Rest-like statuses: no current by design. */
    static boolean rest(int code) {
        return code == 4 || code == 13 || code == 22;
    }
}
