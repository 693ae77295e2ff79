/*
 * Copyright (c) 2026 the Interphase contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.interphase.ui.charts.internal;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.interphase.data.Column;
import org.interphase.data.Datasets;
import org.interphase.data.Decimation;
import org.interphase.data.QuantityKind;
import org.interphase.ui.charts.ChartAxis;

/**
 * The chart's data as CSV: per visible series two columns (x, y) holding every data row whose x lies in the visible
 * x range, at full resolution (not the decimated points), in display units and as drawn (Nyquist: -Im Z); headers
 * {@code "NAME: QUANTITY [UNIT]"}. Written through the project's CSV writer, reading the series' columns row by row.
 */
public final class ChartCsv {

    private ChartCsv() {
    }

    public static void write(ChartSnapshot shot, Path file) throws IOException {
        double[] range = shot.axes.get(ChartAxis.X).range;
        List<Column> columns = new ArrayList<>();
        Map<Column, String> headers = new HashMap<>();
        for (ChartSnapshot.SeriesShot s : shot.series) {
            double[] cx = s.xConversion;
            double a = (range[0] - cx[1]) / cx[0];
            double b = (range[1] - cx[1]) / cx[0];
            double lo = Math.min(a, b);
            double hi = Math.max(a, b);
            Column x = s.series.x();
            Column y = s.series.y();
            RowView rows;
            if (s.xSorted) {
                int first = Decimation.lowerBound(x, lo);
                int end = Decimation.upperBound(x, hi);
                rows = new RowView(first, Math.max(0, end - first), null);
            } else {
                int[] list = new int[16];
                int n = 0;
                for (int i = 0, size = x.size(); i < size; i++) {
                    double v = x.get(i);
                    if (v >= lo && v <= hi) {
                        if (n == list.length) {
                            list = java.util.Arrays.copyOf(list, n * 2);
                        }
                        list[n++] = i;
                    }
                }
                rows = new RowView(0, n, list);
            }
            Column xs = view(x, rows, cx);
            Column ys = view(y, rows, s.yConversion);
            columns.add(xs);
            headers.put(xs, s.name + ": " + s.xQuantity + unit(s.xUnit));
            columns.add(ys);
            headers.put(ys, s.name + ": " + s.yQuantity + unit(s.yUnit));
        }
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            Datasets.writeCsv(columns, headers::get, out);
        }
    }

    private static String unit(String unit) {
        return unit == null || unit.isEmpty() || unit.equals("1") ? "" : " [" + unit + "]";
    }

    private record RowView(int first, int count, int[] list) {
        int row(int i) {
            return list == null ? first + i : list[i];
        }
    }

    private static Column view(Column column, RowView rows, double[] conversion) {
        return new Column() {
            @Override
            public String name() {
                return column.name();
            }

            @Override
            public String unit() {
                return "";
            }

            @Override
            public QuantityKind kind() {
                return column.kind();
            }

            @Override
            public int size() {
                return rows.count();
            }

            @Override
            public double get(int row) {
                double v = column.get(rows.row(row));
                return Double.isFinite(v) ? conversion[0] * v + conversion[1] : Double.NaN;
            }
        };
    }
}
