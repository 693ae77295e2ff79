/*
 * Copyright (c) 2026 the Interphase contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.interphase.data;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What an instrument file holds, as read by an importer: named columns of equal length with units and quantity
 * kinds, the technique, and metadata (instrument, channel, start time, active mass, electrode area, ...; keys in
 * {@link Metadata}). Datasets stay out of the model file; experiments refer to their files.
 */
public interface Dataset extends AutoCloseable {

    /** The technique. */
    Technique technique();

    /** Metadata, key to value as text (numbers in SI with the unit in the key, e.g. active_mass_kg). */
    Map<String, String> metadata();

    /**
     * What the importer read past without refusing the file (trailing bytes, an unknown section, an extra column, ...),
     * kept in the metadata under {@link Metadata#WARNINGS}; empty when it read everything it found.
     */
    default List<ImportWarning> warnings() {
        return ImportWarning.parseAll(metadata().get(Metadata.WARNINGS));
    }

    /** The columns, in the file's order. */
    List<Column> columns();

    /** The number of rows. */
    default int rows() {
        return columns().isEmpty() ? 0 : columns().get(0).size();
    }

    /** The column of this name. */
    default Optional<Column> column(String name) {
        return columns().stream().filter(c -> c.name().equals(name)).findFirst();
    }

    /** The first column of this kind. */
    default Optional<Column> column(QuantityKind kind) {
        return columns().stream().filter(c -> c.kind() == kind).findFirst();
    }

    /** Releases what the dataset holds open (an on-disk store); in-memory datasets need not be closed. */
    @Override
    default void close() {
    }
}
