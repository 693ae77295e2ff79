/*
 * Copyright (c) 2026 the Interphase contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.interphase.ui.charts.internal;

import java.text.FieldPosition;
import java.text.Format;
import java.text.ParsePosition;

/**
 * Tick labels of a logarithmic axis: SWTChart puts a tick at every 1..9 x 10^n; over more than two decades only
 * the decades (1, 10, 100, ...) are labelled, over fewer also 2 and 5, so labels never crowd. Values as
 * {@link Numbers#format(double)}.
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
        return toAppendTo.append(labelled(value) ? Numbers.format(value) : "");
    }

    @Override
    public Object parseObject(String source, ParsePosition pos) {
        return null;
    }
}
