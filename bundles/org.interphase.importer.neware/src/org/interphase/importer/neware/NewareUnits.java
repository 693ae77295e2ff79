/*
 * Copyright (c) 2026 the Interphase contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.interphase.importer.neware;

/**
 * Scale factors of Neware's integer records. Current is stored as an integer count of a unit that depends on the
 * channel's current range; capacities and energies as that unit times seconds (mA·s, mW·s when the factor is 1). The
 * range (as stored, in mA; negative for the low ranges of some testers) gives the factor (mA per count) by fastnda's
 * rule (utils._range_to_mult, fastnda 1.3), which extends NewareNDA's table of listed ranges to every range and agrees
 * with it on each of them except -100000000 (NewareNDA 10 mA per count, fastnda 1e-6):
 * <ul>
 * <li>0 (not set) and below -2·10^9: 0.1;</li>
 * <li>positive: below 10 mA 1e-4, below 100 mA 1e-3, below 1 A 1e-2, from 1 A 0.1;</li>
 * <li>negative: |range| below 10 1e-5, below 100 1e-4, below 1000 1e-3, below 10^6 1e-2, below 10^7 1e-8, below 10^8
 * 1e-7, else 1e-6.</li>
 * </ul>
 */
final class NewareUnits {

    private NewareUnits() {
    }

    /** mA per count of the current field for a current range (as stored). */
    static double milliampsPerCount(int range) {
        if (range == 0 || range < -2_000_000_000) {
            return 1e-1;
        }
        long a = Math.abs((long) range);
        if (range < 0) {
            return a < 10 ? 1e-5 : a < 100 ? 1e-4 : a < 1000 ? 1e-3 : a < 1_000_000 ? 1e-2 : a < 10_000_000 ? 1e-8 : a < 100_000_000 ? 1e-7
                    : 1e-6;
        }
        return a < 10 ? 1e-4 : a < 100 ? 1e-3 : a < 1000 ? 1e-2 : 1e-1;
    }

    /** Amperes per count of the current field for a current range (as stored). */
    static double amperesPerCount(int range) {
        return milliampsPerCount(range) * 1e-3;
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
