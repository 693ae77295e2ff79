/*
 * Copyright (c) 2026 the Interphase contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.interphase.ui.charts.internal;

import java.text.FieldPosition;
import java.text.Format;
import java.text.ParsePosition;

/**
 * Tick labels of a logarithmic axis as {@link Numbers#format(double)} (SWTChart hides those that would overlap on
 * screen and parses them back, so every label is the number). SWTChart puts a tick at every 1..9 x 10^n; the SVG
 * export labels only those {@link #labelled(double)} says: over more than two decades the decades (1, 10, 100, ...),
 * over fewer also 2 and 5.
 */
public final class LogTickFormat extends Format {

    private static final long serialVersionUID = 1L;

    private double decades = 1;

    /** Sets the span of the axis in decades (log10(upper / lower)). */
    public void setDecades(double span) {
        this.decades = span;
    }

    /** Whether a tick value gets a label. */
    public boolean labelled(double value) {
        if (!(value > 0)) {
            return false;
        }
        double mantissa = value / Math.pow(10, Math.floor(Math.log10(value) + 1e-9));
        long m = Math.round(mantissa);
        if (Math.abs(mantissa - m) > 1e-6 * m) {
            return decades < 0.5;
        }
        return m == 1 || (decades <= 2.5 && (m == 2 || m == 5)) || decades < 0.7;
    }

    @Override
    public StringBuffer format(Object number, StringBuffer toAppendTo, FieldPosition pos) {
        double value = ((Number) number).doubleValue();
        return toAppendTo.append(Numbers.format(value));
    }

    @Override
    public Object parseObject(String source, ParsePosition pos) {
        String text = source.substring(pos.getIndex()).strip();
        try {
            double value = Double.parseDouble(text);
            pos.setIndex(source.length());
            return value;
        } catch (NumberFormatException e) {
            pos.setErrorIndex(pos.getIndex());
            return null;
        }
    }
}
