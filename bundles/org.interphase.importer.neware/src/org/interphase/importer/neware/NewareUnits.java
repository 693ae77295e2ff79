/*
 * Copyright (c) 2026 the Interphase contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.interphase.importer.neware;

import java.util.Map;

/**
 * Scale factors of Neware's integer records. Current is stored as an integer count of a unit that depends on the
 * channel's current range; capacities and energies as that unit times seconds (mA·s, mW·s when the factor is 1). The
 * table of range (as stored, in mA; negative for the low ranges of some testers) to factor (mA per count) is the one
 * NewareNDA and fastnda publish.
 */
final class NewareUnits {

    private static final Map<Integer, Double> MA_PER_COUNT = Map.ofEntries(Map.entry(-100000000, 1e1), Map.entry(-200000, 1e-2),
            Map.entry(-100000, 1e-2), Map.entry(-60000, 1e-2), Map.entry(-50000, 1e-2), Map.entry(-40000, 1e-2),
            Map.entry(-30000, 1e-2), Map.entry(-20000, 1e-2), Map.entry(-12000, 1e-2), Map.entry(-10000, 1e-2),
            Map.entry(-6000, 1e-2), Map.entry(-5000, 1e-2), Map.entry(-3000, 1e-2), Map.entry(-2000, 1e-2), Map.entry(-1000, 1e-2),
            Map.entry(-500, 1e-3), Map.entry(-100, 1e-3), Map.entry(-50, 1e-4), Map.entry(-25, 1e-4), Map.entry(-20, 1e-4),
            Map.entry(-10, 1e-4), Map.entry(-5, 1e-5), Map.entry(-2, 1e-5), Map.entry(-1, 1e-5), Map.entry(1, 1e-4),
            Map.entry(2, 1e-4), Map.entry(5, 1e-4), Map.entry(10, 1e-3), Map.entry(20, 1e-3), Map.entry(25, 1e-3),
            Map.entry(50, 1e-3), Map.entry(100, 1e-2), Map.entry(200, 1e-2), Map.entry(250, 1e-2), Map.entry(500, 1e-2),
            Map.entry(1000, 1e-1), Map.entry(6000, 1e-1), Map.entry(10000, 1e-1), Map.entry(12000, 1e-1), Map.entry(20000, 1e-1),
            Map.entry(30000, 1e-1), Map.entry(40000, 1e-1), Map.entry(50000, 1e-1), Map.entry(60000, 1e-1),
            Map.entry(100000, 1e-1), Map.entry(200000, 1e-1));

    private NewareUnits() {
    }

    /** Amperes per count of the current field for a range, or NaN when the range is unknown. */
    static double amperesPerCount(int range) {
        Double mA = MA_PER_COUNT.get(range);
        return mA == null ? Double.NaN : mA * 1e-3;
    }

    /** Seconds since 1970-01-01 of a wall-clock date and time (the zone is not in the file), or NaN when invalid. */
    static double wallClock(int year, int month, int day, int hour, int minute, int second) {
        if (year < 1990 || year > 2200 || month < 1 || month > 12 || day < 1 || day > 31 || hour > 23 || minute > 59 || second > 60) {
            return Double.NaN;
        }
        try {
            return java.time.LocalDateTime.of(year, month, day, hour, minute, Math.min(second, 59)).toEpochSecond(java.time.ZoneOffset.UTC);
        } catch (java.time.DateTimeException e) {
            return Double.NaN;
        }
    }
}
