/*
 * Copyright (c) 2026 the Interphase contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.interphase.data;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

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
     * Writes the dataset as CSV: a header of {@code name/unit} (unit omitted when empty), then one row per line,
     * numbers in full precision (the shortest text that reads back to the same double).
     */
    public static void writeCsv(Dataset dataset, Writer out) throws IOException {
        List<Column> columns = dataset.columns();
        StringBuilder line = new StringBuilder();
        for (int c = 0; c < columns.size(); c++) {
            Column column = columns.get(c);
            line.append(c == 0 ? "" : ",").append(quote(column.unit().isEmpty() ? column.name() : column.name() + "/" + column.unit()));
        }
        out.write(line.append('\n').toString());
        int rows = dataset.rows();
        for (int r = 0; r < rows; r++) {
            line.setLength(0);
            for (int c = 0; c < columns.size(); c++) {
                if (c > 0) {
                    line.append(',');
                }
                double v = columns.get(c).get(r);
                line.append(Double.isNaN(v) ? "" : Double.toString(v));
            }
            out.write(line.append('\n').toString());
        }
        out.flush();
    }

    private static String quote(String text) {
        return text.contains(",") || text.contains("\"") ? "\"" + text.replace("\"", "\"\"") + "\"" : text;
    }
}
