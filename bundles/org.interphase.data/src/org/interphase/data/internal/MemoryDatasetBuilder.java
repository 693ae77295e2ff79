/*
 * Copyright (c) 2026 the Interphase contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.interphase.data.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.interphase.data.Column;
import org.interphase.data.Dataset;
import org.interphase.data.DatasetBuilder;
import org.interphase.data.QuantityKind;
import org.interphase.data.Technique;

/** A dataset builder that keeps columns in growing arrays. */
public final class MemoryDatasetBuilder implements DatasetBuilder {

    private Technique technique = Technique.UNKNOWN;
    private final Map<String, String> metadata = new LinkedHashMap<>();
    private final List<ArrayColumn> columns = new ArrayList<>();

    @Override
    public void technique(Technique technique) {
        this.technique = technique;
    }

    @Override
    public void metadata(String key, String value) {
        metadata.put(key, value);
    }

    /** Columns are sized for at most this many expected rows at once (a hint, not a limit). */
    private static final int MAX_HINT = 1 << 24;
    private int expected = 64;

    @Override
    public void expectRows(long rows) {
        expected = (int) Math.max(64, Math.min(rows, MAX_HINT));
        for (ArrayColumn column : columns) {
            if (column.values.length < expected) {
                column.values = Arrays.copyOf(column.values, expected);
            }
        }
    }

    @Override
    public ColumnWriter column(String name, String unit, QuantityKind kind) {
        ArrayColumn column = new ArrayColumn(name, unit, kind, expected);
        columns.add(column);
        return column;
    }

    private final WarningList warnings = new WarningList();

    @Override
    public void warning(org.interphase.data.ImportWarning warning) {
        warnings.add(warning);
    }

    @Override
    public Dataset build() {
        for (ArrayColumn column : columns) {
            if (column.size != columns.get(0).size) {
                throw new IllegalStateException("column " + column.name + " has " + column.size + " values, column "
                        + columns.get(0).name + " has " + columns.get(0).size);
            }
            if (column.values.length != column.size) {
                column.values = Arrays.copyOf(column.values, column.size);
            }
        }
        List<Column> frozen = Collections.unmodifiableList(new ArrayList<>(columns));
        Map<String, String> withWarnings = new LinkedHashMap<>(metadata);
        warnings.into(withWarnings);
        Map<String, String> meta = Collections.unmodifiableMap(withWarnings);
        Technique t = technique;
        return new Dataset() {
            @Override
            public Technique technique() {
                return t;
            }

            @Override
            public Map<String, String> metadata() {
                return meta;
            }

            @Override
            public List<Column> columns() {
                return frozen;
            }
        };
    }

    private static final class ArrayColumn implements Column, ColumnWriter {
        private final String name;
        private final String unit;
        private final QuantityKind kind;
        private double[] values;
        private int size;

        ArrayColumn(String name, String unit, QuantityKind kind, int capacity) {
            this.name = name;
            this.unit = unit;
            this.kind = kind;
            this.values = new double[capacity];
        }

        @Override
        public void append(double value) {
            if (size == values.length) {
                values = Arrays.copyOf(values, Math.max(64, size * 2));
            }
            values[size++] = value;
        }

        @Override
        public String name() {
            return name;
        }

        @Override
        public String unit() {
            return unit;
        }

        @Override
        public QuantityKind kind() {
            return kind;
        }

        @Override
        public int size() {
            return size;
        }

        @Override
        public double get(int row) {
            if (row < 0 || row >= size) {
                throw new IndexOutOfBoundsException("row " + row + " of column " + name + " (" + size + " rows)");
            }
            return values[row];
        }

        @Override
        public double[] toArray() {
            return Arrays.copyOf(values, size);
        }
    }
}
