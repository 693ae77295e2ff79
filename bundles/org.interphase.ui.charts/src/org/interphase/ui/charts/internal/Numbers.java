/*
 * Copyright (c) 2026 the Interphase contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.interphase.ui.charts.internal;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Locale;

/** Numbers as the readout and the SVG labels show them: four significant digits, plain or with an exponent. */
public final class Numbers {

    private Numbers() {
    }

    /** E.g. 1234.5678 -> "1235", 0.000123456 -> "1.235e-4", 12.5 -> "12.5". */
    public static String format(double v) {
        if (Double.isNaN(v)) {
            return "NaN";
        }
        if (Double.isInfinite(v)) {
            return v > 0 ? "∞" : "-∞";
        }
        if (v == 0) {
            return "0";
        }
        double a = Math.abs(v);
        BigDecimal rounded = new BigDecimal(v).round(new MathContext(4));
        if (a >= 1e-3 && a < 1e6) {
            return rounded.stripTrailingZeros().toPlainString();
        }
        int exponent = (int) Math.floor(Math.log10(a));
        double mantissa = v / Math.pow(10, exponent);
        String m = new BigDecimal(mantissa).round(new MathContext(4)).stripTrailingZeros().toPlainString();
        if (m.equals("10") || m.equals("-10")) {
            m = m.startsWith("-") ? "-1" : "1";
            exponent++;
        }
        return String.format(Locale.ROOT, "%se%d", m, exponent);
    }

    /** A tick label: like {@link #format(double)} but with at most the digits the tick step needs. */
    public static String tick(double v, double step) {
        if (v == 0 || Math.abs(v) < Math.abs(step) * 1e-9) {
            return "0";
        }
        return format(v);
    }
}
