/*
 * Copyright (c) 2026 the Interphase contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.interphase.importer.support;

/**
 * Strict parsing of numbers as instruments write them: optional sign, digits with a decimal point (or a decimal
 * comma when told), an optional exponent; "NaN" and "Infinity" (as Java spells them, or "nan", "inf", or as the C runtime
 * of Windows writes them: "1.#INF00", "-1.#IND00", "1.#QNAN0"). Unlike
 * {@link Double#parseDouble(String)}, refuses hexadecimal numbers and type suffixes ("1.5d"), which no instrument
 * writes and which would hide a damaged field.
 */
public final class Numbers {

    private static final java.util.regex.Pattern MSVC_INFINITY = java.util.regex.Pattern.compile("1\\.#INF0*");
    private static final java.util.regex.Pattern MSVC_NAN = java.util.regex.Pattern.compile("1\\.#(?:IND|QNAN|SNAN)0*");

    private Numbers() {
    }

    /** The number in the text (surrounding blanks ignored), or throws NumberFormatException. */
    public static double parse(String text, boolean decimalComma) {
        String s = text.strip();
        int n = s.length();
        if (n == 0) {
            throw new NumberFormatException("empty");
        }
        boolean digits = false;
        boolean comma = false;
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c >= '0' && c <= '9') {
                digits = true;
            } else if (c == ',' && decimalComma) {
                comma = true;
            } else if (c != '.' && c != '+' && c != '-' && c != 'e' && c != 'E') {
                return special(s);
            }
        }
        if (!digits) {
            throw new NumberFormatException("no digits in '" + s + "'");
        }
        return Double.parseDouble(comma ? s.replace(',', '.') : s);
    }

    /** The number, decimal point only. */
    public static double parse(String text) {
        return parse(text, false);
    }

    /** True when the text is a number (decimal point, or comma when told). */
    public static boolean isNumber(String text, boolean decimalComma) {
        try {
            parse(text, decimalComma);
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static double special(String s) {
        String body = s.startsWith("-") || s.startsWith("+") ? s.substring(1) : s;
        double sign = s.startsWith("-") ? -1 : 1;
        switch (body) {
        case "NaN", "nan", "NAN", "nan(ind)":
            return Double.NaN;
        case "Infinity", "inf", "Inf", "INF":
            return sign * Double.POSITIVE_INFINITY;
        default:
            // the C runtime of Windows writes infinity and NaN as "1.#INF00", "-1.#IND00", "1.#QNAN0" (MethodSCRIPT's CSV)
            if (MSVC_INFINITY.matcher(body).matches()) {
                return sign * Double.POSITIVE_INFINITY;
            }
            if (MSVC_NAN.matcher(body).matches()) {
                return Double.NaN;
            }
            throw new NumberFormatException("'" + s + "' is not a number");
        }
    }
}
