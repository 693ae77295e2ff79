/*
 * Copyright (c) 2026 the Interphase contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.interphase.cli;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Locale;

/**
 * Numbers printed for people by every command: rounded to what they mean (six significant digits, no
 * 1.0000000000000002E-6), masses in mg or g. JSON and CSV keep full precision.
 */
public final class Numbers {

    private Numbers() {
    }

    /** Six significant digits, plain notation between 1e-4 and 1e7, "none" for NaN. */
    public static String people(double value) {
        return people(value, 6);
    }

    /** The given number of significant digits, plain notation between 1e-4 and 1e7, "none" for NaN. */
    public static String people(double value, int digits) {
        if (Double.isNaN(value)) {
            return "none";
        }
        if (Double.isInfinite(value)) {
            return value > 0 ? "infinity" : "-infinity";
        }
        if (value == 0) {
            return "0";
        }
        BigDecimal rounded = new BigDecimal(value).round(new MathContext(digits)).stripTrailingZeros();
        double magnitude = Math.abs(value);
        return magnitude >= 1e-4 && magnitude < 1e7 ? rounded.toPlainString() : rounded.toString().replace("E+", "e").replace('E', 'e');
    }

    /** A mass given in kg, in mg below 1 g, else in g, four significant digits: "0.001 mg", "12.5 mg", "1.2 g". */
    public static String grams(double kg) {
        double g = kg * 1e3;
        return Math.abs(g) < 1 ? people(g * 1e3, 4) + " mg" : people(g, 4) + " g";
    }

    /** A value with its unit, rounded. */
    public static String withUnit(double value, String unit) {
        return (people(value) + " " + unit).strip();
    }

    static String format(String pattern, Object... args) {
        return String.format(Locale.ROOT, pattern, args);
    }
}
