/*
 * Copyright (c) 2026 the Interphase contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.interphase.data;

/**
 * One named column of a dataset: values in the unit {@link #unit()} (SI for the kinds of {@link QuantityKind}).
 * Values may live in memory or in an on-disk store; {@link #get(int)} reads one, {@link #toArray()} copies all.
 */
public interface Column {

    /** The name, as the instrument calls it where it makes sense (e.g. "Ewe", "freq"). */
    String name();

    /** The unit of the values. */
    String unit();

    /** What the column measures. */
    QuantityKind kind();

    /** The number of values. */
    int size();

    /** The value at a row. */
    double get(int row);

    /**
     * Copies {@code count} values from row {@code from} into {@code into} at {@code offset}: reading in blocks is what
     * a pass over a large column (decimation for a plot) should do; stored columns copy straight from their mapping.
     */
    default void read(int from, double[] into, int offset, int count) {
        for (int i = 0; i < count; i++) {
            into[offset + i] = get(from + i);
        }
    }

    /** All values, copied into a new array. */
    default double[] toArray() {
        double[] values = new double[size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = get(i);
        }
        return values;
    }
}
