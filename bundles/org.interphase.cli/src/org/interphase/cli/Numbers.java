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
        double magnitude = Math.abs(value);
        if (magnitude >= 1e-4 && magnitude < 1e7) {
            return new BigDecimal(value).round(new MathContext(digits)).stripTrailingZeros().toPlainString();
        }
        String text = String.format(Locale.ROOT, "%." + (digits - 1) + "e", value); // 1.00000e-06
        int e = text.indexOf('e');
        String mantissa = text.substring(0, e);
        if (mantissa.contains(".")) {
            mantissa = mantissa.replaceAll("0+$", "").replaceAll("\\.$", "");
        }
        return mantissa + "e" + Integer.parseInt(text.substring(e + 1));
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

}
