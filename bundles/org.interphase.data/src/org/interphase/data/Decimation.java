/*
 * Copyright (c) 2026 the Interphase contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.interphase.data;

import java.util.Arrays;

/**
 * Reduces a series (x and y columns of a dataset, in memory or memory-mapped from the on-disk store) to what a plot
 * of a given width in pixels can show: per pixel column of the x range, the point with the smallest and the point
 * with the largest y, in their order in the data (min/max decimation; a line through them draws the same pixels as a
 * line through all points). The columns are read in blocks of 8192 rows through {@link Column#read}: nothing copies a
 * whole column into the heap, so decimating a 10^7-row on-disk column needs 128 KiB of heap, whatever its size.
 *
 * <p>
 * Rows whose x or y is NaN or infinite are gaps: the result holds one row of NaN (x and y) where the data had a run of
 * such rows, and a line drawn through the result must be broken there. A gap also ends the pixel column's min/max,
 * so a column that holds a gap may hold up to 2 points on each side of it.
 *
 * <p>
 * When x never decreases (time, frequency sweeps sorted ascending), only the rows inside the x range are read (found
 * by bisection), plus the one row just outside on either side so that lines run to the plot's edge; otherwise every row
 * is read and each run of consecutive rows falling into the same pixel column is reduced to its min/max. No SWT
 * here: the charts bundle calls this, tests and benchmarks call it headless.
 */
public final class Decimation {

    /** Rows read at a time (two blocks of 64 KiB). */
    private static final int BLOCK = 8192;

    private Decimation() {
    }

    /**
     * The decimated series: {@code size} points with their x, y and the data row each came from ({@code -1} for a gap
     * marker, whose x and y are NaN).
     */
    public record Result(double[] x, double[] y, int[] rows, int size) {

        /** The x values, trimmed to {@link #size()}. */
        public double[] xValues() {
            return Arrays.copyOf(x, size);
        }

        /** The y values, trimmed to {@link #size()}. */
        public double[] yValues() {
            return Arrays.copyOf(y, size);
        }

        /** The data rows, trimmed to {@link #size()}. */
        public int[] dataRows() {
            return Arrays.copyOf(rows, size);
        }
    }

    /**
     * Min/max decimation of (x, y) to {@code pixelColumns} columns over [xFrom, xTo].
     *
     * @param x the x column (its values in any unit; xFrom and xTo in the same unit)
     * @param y the y column, as many rows as x
     * @param xFrom the lower end of the visible x range
     * @param xTo the upper end of the visible x range (> xFrom)
     * @param pixelColumns the plot's width in pixels (>= 1)
     * @param logX whether the x axis is logarithmic (pixel columns are then equal in log10 x; x <= 0 is a gap)
     * @param xNonDecreasing whether x never decreases ({@link #isNonDecreasing(Column)}; pass false when unknown)
     */
    public static Result minMax(Column x, Column y, double xFrom, double xTo, int pixelColumns, boolean logX,
            boolean xNonDecreasing) {
        if (x.size() != y.size()) {
            throw new IllegalArgumentException("columns " + x.name() + " (" + x.size() + " rows) and " + y.name() + " ("
                    + y.size() + " rows) differ in length");
        }
        if (pixelColumns < 1) {
            throw new IllegalArgumentException("pixel columns must be >= 1, is " + pixelColumns);
        }
        if (!(xTo > xFrom) || Double.isNaN(xFrom) || Double.isInfinite(xFrom) || Double.isInfinite(xTo)) {
            throw new IllegalArgumentException("x range [" + xFrom + ", " + xTo + "] is empty or not finite");
        }
        if (logX && xFrom <= 0) {
            throw new IllegalArgumentException("a logarithmic x range must be positive, is [" + xFrom + ", " + xTo + "]");
        }
        int n = x.size();
        int first = 0;
        int last = n - 1;
        if (xNonDecreasing && n > 0) {
            first = Math.max(0, lowerBound(x, xFrom) - 1);
            last = Math.min(n - 1, upperBound(x, xTo));
        }
        double lo = logX ? Math.log10(xFrom) : xFrom;
        double scale = pixelColumns / ((logX ? Math.log10(xTo) : xTo) - lo);
        Builder out = new Builder(Math.min(Math.max(0, last - first + 1), 4 * pixelColumns + 16));
        long currentColumn = Long.MIN_VALUE;
        int minRow = -1;
        int maxRow = -1;
        double minY = 0;
        double maxY = 0;
        double minX = 0;
        double maxX = 0;
        boolean inGap = false;
        int block = Math.max(1, Math.min(BLOCK, last - first + 1));
        double[] xs = new double[block];
        double[] ys = new double[block];
        int blockStart = first;
        int blockEnd = first; // exclusive
        for (int row = first; row <= last; row++) {
            if (row == blockEnd) {
                blockStart = row;
                int count = Math.min(block, last - row + 1);
                x.read(row, xs, 0, count);
                y.read(row, ys, 0, count);
                blockEnd = row + count;
            }
            double xv = xs[row - blockStart];
            double yv = ys[row - blockStart];
            boolean bad = !Double.isFinite(xv) || !Double.isFinite(yv) || (logX && xv <= 0);
            if (bad) {
                if (minRow >= 0) {
                    out.flush(minRow, minX, minY, maxRow, maxX, maxY);
                    minRow = -1;
                }
                if (!inGap && out.size > 0) {
                    out.add(Double.NaN, Double.NaN, -1);
                }
                inGap = true;
                continue;
            }
            inGap = false;
            double position = ((logX ? Math.log10(xv) : xv) - lo) * scale;
            // points outside the range get one column each side, so the line to them is kept
            long column = position < 0 ? -1 : position >= pixelColumns ? pixelColumns : (long) position;
            if (column != currentColumn || minRow < 0) {
                if (minRow >= 0) {
                    out.flush(minRow, minX, minY, maxRow, maxX, maxY);
                }
                currentColumn = column;
                minRow = maxRow = row;
                minY = maxY = yv;
                minX = maxX = xv;
            } else {
                if (yv < minY) {
                    minY = yv;
                    minX = xv;
                    minRow = row;
                }
                if (yv > maxY) {
                    maxY = yv;
                    maxX = xv;
                    maxRow = row;
                }
            }
        }
        if (minRow >= 0) {
            out.flush(minRow, minX, minY, maxRow, maxX, maxY);
        }
        if (out.size > 0 && out.rows[out.size - 1] < 0) {
            out.size--; // no trailing gap marker
        }
        return new Result(out.x, out.y, out.rows, out.size);
    }

    /** Whether the column's values never decrease (NaN rows are skipped); reads every row once. */
    public static boolean isNonDecreasing(Column column) {
        double previous = Double.NEGATIVE_INFINITY;
        for (int i = 0, n = column.size(); i < n; i++) {
            double v = column.get(i);
            if (Double.isNaN(v)) {
                continue;
            }
            if (v < previous) {
                return false;
            }
            previous = v;
        }
        return true;
    }

    /** The smallest and largest finite values of the rows in [from, to) (NaN, NaN when there are none). */
    public static double[] finiteRange(Column column, int from, int to) {
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (int i = Math.max(0, from), n = Math.min(to, column.size()); i < n; i++) {
            double v = column.get(i);
            if (Double.isFinite(v)) {
                if (v < min) {
                    min = v;
                }
                if (v > max) {
                    max = v;
                }
            }
        }
        return min > max ? new double[] { Double.NaN, Double.NaN } : new double[] { min, max };
    }

    /** The first row whose value is >= v, in a non-decreasing column (NaN rows are treated as their neighbours). */
    public static int lowerBound(Column column, double v) {
        int lo = 0;
        int hi = column.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (valueNear(column, mid) < v) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** The first row whose value is > v, in a non-decreasing column. */
    public static int upperBound(Column column, double v) {
        int lo = 0;
        int hi = column.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (valueNear(column, mid) <= v) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** The value of the row, or of the nearest following (else preceding) row that is not NaN. */
    private static double valueNear(Column column, int row) {
        double v = column.get(row);
        for (int r = row + 1; Double.isNaN(v) && r < column.size() && r < row + 1024; r++) {
            v = column.get(r);
        }
        for (int r = row - 1; Double.isNaN(v) && r >= 0 && r > row - 1024; r--) {
            v = column.get(r);
        }
        return Double.isNaN(v) ? Double.NEGATIVE_INFINITY : v;
    }

    private static final class Builder {
        double[] x;
        double[] y;
        int[] rows;
        int size;

        Builder(int capacity) {
            capacity = Math.max(capacity, 16);
            x = new double[capacity];
            y = new double[capacity];
            rows = new int[capacity];
        }

        void flush(int minRow, double minX, double minY, int maxRow, double maxX, double maxY) {
            if (minRow == maxRow) {
                add(minX, minY, minRow);
            } else if (minRow < maxRow) {
                add(minX, minY, minRow);
                add(maxX, maxY, maxRow);
            } else {
                add(maxX, maxY, maxRow);
                add(minX, minY, minRow);
            }
        }

        void add(double xv, double yv, int row) {
            if (size == x.length) {
                int capacity = x.length * 2;
                x = Arrays.copyOf(x, capacity);
                y = Arrays.copyOf(y, capacity);
                rows = Arrays.copyOf(rows, capacity);
            }
            x[size] = xv;
            y[size] = yv;
            rows[size] = row;
            size++;
        }
    }
}
