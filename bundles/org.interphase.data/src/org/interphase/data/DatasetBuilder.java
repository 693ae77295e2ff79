/*
 * Copyright (c) 2026 the Interphase contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.interphase.data;

/**
 * What importers write a dataset into: columns are declared first, then values are appended column by column or
 * row by row, so that a builder can stream them to an on-disk store and files larger than the heap can be read.
 * {@link #build()} checks that all columns have the same length.
 */
public interface DatasetBuilder {

    void technique(Technique technique);

    void metadata(String key, String value);

    /** Declares a column; returns where its values go. */
    ColumnWriter column(String name, String unit, QuantityKind kind);

    /** The dataset; throws IllegalStateException when the columns' lengths differ. */
    Dataset build();

    /** Where one column's values go. */
    interface ColumnWriter {
        void append(double value);

        /** Values written so far. */
        int size();
    }
}
