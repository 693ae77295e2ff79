/*
 * Copyright (c) 2026 the Interphase contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.interphase.data.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.interphase.data.Column;
import org.interphase.data.Dataset;
import org.interphase.data.DatasetBuilder;
import org.interphase.data.DatasetStore;
import org.interphase.data.Datasets;
import org.interphase.data.Decimation;
import org.interphase.data.QuantityKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Min/max decimation: at most 2 points per pixel column, the extremes kept, NaN as gaps. */
public class DecimationTest {

    private static Column column(double[] v) {
        return Datasets.column("v", "V", QuantityKind.POTENTIAL, v);
    }

    @Test
    public void keepsMinAndMaxWithAtMostTwoPointsPerColumn() {
        int n = 1_000_000;
        double[] t = new double[n];
        double[] v = new double[n];
        java.util.Random random = new java.util.Random(7);
        for (int i = 0; i < n; i++) {
            t[i] = i;
            v[i] = Math.sin(i * 1e-4) + 0.1 * random.nextGaussian();
        }
        v[123_456] = 50; // a spike that must survive
        v[765_432] = -50;
        int width = 800;
        Decimation.Result r = Decimation.minMax(column(t), column(v), 0, n - 1, width, false, true);
        int[] perColumn = new int[width + 2];
        double max = Double.NEGATIVE_INFINITY;
        double min = Double.POSITIVE_INFINITY;
        for (int i = 0; i < r.size(); i++) {
            int c = (int) Math.min(width, Math.floor(r.x()[i] / (n - 1) * width));
            perColumn[c + 1]++;
            max = Math.max(max, r.y()[i]);
            min = Math.min(min, r.y()[i]);
        }
        for (int c = 0; c < perColumn.length - 1; c++) {
            assertTrue(perColumn[c] <= 2, "column " + (c - 1) + " holds " + perColumn[c] + " points");
        }
        assertEquals(50, max);
        assertEquals(-50, min);
        assertTrue(r.size() <= 2 * width + 2, "points: " + r.size());
    }

    @Test
    public void nanAndInfinityBecomeOneGapMarkerEach() {
        double[] x = new double[100];
        double[] y = new double[100];
        for (int i = 0; i < 100; i++) {
            x[i] = i;
            y[i] = i;
        }
        y[10] = Double.NaN;
        y[11] = Double.NaN;
        x[50] = Double.POSITIVE_INFINITY;
        y[99] = Double.NEGATIVE_INFINITY;
        Decimation.Result r = Decimation.minMax(column(x), column(y), 0, 98, 1000, false, false);
        int gaps = 0;
        for (int i = 0; i < r.size(); i++) {
            if (Double.isNaN(r.y()[i])) {
                gaps++;
                assertEquals(-1, r.rows()[i]);
                assertTrue(Double.isNaN(r.x()[i]));
            } else {
                assertEquals(r.rows()[i], r.x()[i]);
            }
        }
        assertEquals(2, gaps, "a marker for rows 10-11 and one for row 50; none at the end");
        assertEquals(96, r.size() - gaps);
    }

    @Test
    public void unsortedXIsReducedRunByRun() {
        // a closed loop (V(Q)-like): x goes out and back; both branches must survive
        int n = 200_000;
        double[] x = new double[n];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            double phase = 2 * Math.PI * i / n;
            x[i] = Math.cos(phase);
            y[i] = Math.sin(phase);
        }
        Decimation.Result r = Decimation.minMax(column(x), column(y), -1, 1, 500, false, Decimation.isNonDecreasing(column(x)));
        double top = Double.NEGATIVE_INFINITY;
        double bottom = Double.POSITIVE_INFINITY;
        for (int i = 0; i < r.size(); i++) {
            top = Math.max(top, r.y()[i]);
            bottom = Math.min(bottom, r.y()[i]);
        }
        assertEquals(1, top, 1e-9);
        assertEquals(-1, bottom, 1e-9);
        assertTrue(r.size() <= 4 * 500 + 4, r.size() + " points");
        // rows stay in data order
        for (int i = 1; i < r.size(); i++) {
            assertTrue(r.rows()[i] > r.rows()[i - 1]);
        }
    }

    @Test
    public void logXColumnsAreEqualInDecades() {
        double[] f = new double[10_000];
        double[] z = new double[f.length];
        for (int i = 0; i < f.length; i++) {
            f[i] = Math.pow(10, -2 + 8.0 * i / (f.length - 1));
            z[i] = i % 2;
        }
        // 8 decades in 80 columns: 10 columns per decade, each with its min and max
        Decimation.Result r = Decimation.minMax(column(f), column(z), 1e-2, 1e6, 80, true, true);
        assertTrue(r.size() <= 2 * 80 + 2, r.size() + " points");
        assertTrue(r.size() >= 2 * 80 - 2, r.size() + " points");
    }

    @Test
    public void readsTheOnDiskStoreWithoutCopyingIt(@TempDir Path folder) throws Exception {
        int n = 2_000_000;
        DatasetBuilder builder = DatasetStore.create(folder.resolve("store"));
        DatasetBuilder.ColumnWriter t = builder.column("t", "s", QuantityKind.TIME);
        DatasetBuilder.ColumnWriter v = builder.column("Ewe", "V", QuantityKind.POTENTIAL);
        for (int i = 0; i < n; i++) {
            t.append(i);
            v.append(i == 1_234_567 ? 9 : Math.sin(i * 1e-3));
        }
        builder.build().close();
        try (Dataset dataset = DatasetStore.open(folder.resolve("store"))) {
            Column time = dataset.column(QuantityKind.TIME).get();
            Column ewe = dataset.column(QuantityKind.POTENTIAL).get();
            assertTrue(Decimation.isNonDecreasing(time));
            // a zoomed window: only its rows (plus one each side) are read
            Decimation.Result r = Decimation.minMax(time, ewe, 1_200_000, 1_300_000, 1000, false, true);
            assertEquals(1_199_999, r.rows()[0]);
            assertEquals(1_300_001, r.rows()[r.size() - 1]);
            double max = Double.NEGATIVE_INFINITY;
            for (int i = 0; i < r.size(); i++) {
                max = Math.max(max, r.y()[i]);
            }
            assertEquals(9, max);
        }
    }
}
