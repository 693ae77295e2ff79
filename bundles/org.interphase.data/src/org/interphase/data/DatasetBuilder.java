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

    /**
     * Records something the importer read past without refusing the file (see {@link ImportWarning}); the built
     * dataset keeps it in its metadata ({@link Dataset#warnings()}). The same warning is kept once, and at most
     * {@link ImportWarning#MAX}: an importer warns once per kind of thing, not once per row.
     */
    void warning(ImportWarning warning);

    /**
     * A hint: the number of rows the importer expects (from the file's own count, checked against the file's size).
     * An in-memory builder sizes its columns once; others may ignore it. Appending more or fewer values is allowed.
     */
    default void expectRows(long rows) {
    }

    /** Declares a column; returns where its values go. */
    ColumnWriter column(String name, String unit, QuantityKind kind);

    /** The dataset; throws IllegalStateException when the columns' lengths differ. */
    Dataset build();

    /**
     * Drops what was written so far (an import that failed): an on-disk builder deletes its files. The builder is
     * not used afterwards. Does nothing for builders that hold nothing outside the heap.
     */
    default void discard() {
    }

    /**
     * Where one column's values go. Builders that stream to disk throw {@link java.io.UncheckedIOException} when the
     * disk cannot take the values (full, removed).
     */
    interface ColumnWriter {
        void append(double value);

        /** Values written so far. */
        int size();
    }
}
