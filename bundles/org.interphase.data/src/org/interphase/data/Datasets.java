/*
 * Copyright (c) 2026 the Interphase contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.interphase.data;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

import org.interphase.data.csv.Csv;
import org.interphase.data.internal.MemoryDatasetBuilder;

/** Making datasets in memory and writing them as CSV. */
public final class Datasets {

    private Datasets() {
    }

    /** A builder that keeps the values in memory. */
    public static DatasetBuilder inMemory() {
        return new MemoryDatasetBuilder();
    }

    /**
     * A builder that keeps the values in memory while rows x columns stay at most {@code maxValues} (by the rows the
     * importer expects and by the values it appends), and moves them to the builder {@code disk} gives (an on-disk store,
     * {@link DatasetStore#create(java.nio.file.Path)}) as soon as they would not: memory stays bounded by what the
     * dataset holds, whatever the file's size.
     */
    public static DatasetBuilder bounded(java.util.function.Supplier<DatasetBuilder> disk, long maxValues) {
        return new org.interphase.data.internal.SpillingDatasetBuilder(disk, maxValues);
    }

    /**
     * A column over an array (not copied: the array must not change afterwards), e.g. a computed series to plot or
     * decimate next to a dataset's columns.
     */
    public static Column column(String name, String unit, QuantityKind kind, double[] values) {
        return new Column() {
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
                return values.length;
            }

            @Override
            public double get(int row) {
                return values[row];
            }

            @Override
            public void read(int from, double[] into, int offset, int count) {
                System.arraycopy(values, from, into, offset, count);
            }

            @Override
            public double[] toArray() {
                return values.clone();
            }

            @Override
            public String toString() {
                return name + " [" + unit + "] (" + values.length + " values)";
            }
        };
    }

    /**
     * Writes the dataset as CSV: a header of {@code name/unit} (unit omitted when empty), then one row per line,
     * numbers in full precision (the shortest text that reads back to the same double).
     */
    public static void writeCsv(Dataset dataset, Writer out) throws IOException {
        writeCsv(dataset.columns(), c -> c.unit().isEmpty() ? c.name() : c.name() + "/" + c.unit(), out);
    }

    /**
     * Writes columns as CSV with the given header per column; columns may differ in length (a shorter column's
     * cells are empty below its end), NaN is an empty cell, numbers in full precision, names quoted by {@link Csv}. The
     * project's one writer of numeric tables: the dataset export, the charts' data export, the CLI's {@code --csv} and
     * the IDE's run records write through it.
     */
    public static void writeCsv(List<Column> columns, java.util.function.Function<Column, String> header, Writer out)
            throws IOException {
        StringBuilder line = new StringBuilder();
        int rows = 0;
        for (int c = 0; c < columns.size(); c++) {
            Column column = columns.get(c);
            line.append(c == 0 ? "" : ",").append(Csv.quote(header.apply(column)));
            rows = Math.max(rows, column.size());
        }
        out.write(line.append('\n').toString());
        for (int r = 0; r < rows; r++) {
            line.setLength(0);
            for (int c = 0; c < columns.size(); c++) {
                if (c > 0) {
                    line.append(',');
                }
                Column column = columns.get(c);
                if (r < column.size()) {
                    double v = column.get(r);
                    line.append(Csv.number(v));
                }
            }
            out.write(line.append('\n').toString());
        }
        out.flush();
    }

}
