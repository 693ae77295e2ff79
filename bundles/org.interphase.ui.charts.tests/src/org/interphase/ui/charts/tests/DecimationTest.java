/*
 * Copyright (c) 2026 the Interphase contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.interphase.ui.charts.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.interphase.data.Column;
import org.interphase.data.Datasets;
import org.interphase.data.Decimation;
import org.interphase.data.QuantityKind;
import org.junit.jupiter.api.Test;

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
}
