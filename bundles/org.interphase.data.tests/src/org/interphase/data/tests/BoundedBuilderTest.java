/*
 * Copyright (c) 2026 the Interphase contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.interphase.data.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;

import org.interphase.data.Dataset;
import org.interphase.data.DatasetBuilder;
import org.interphase.data.DatasetStore;
import org.interphase.data.Datasets;
import org.interphase.data.ImportWarning;
import org.interphase.data.Metadata;
import org.interphase.data.QuantityKind;
import org.interphase.data.Technique;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The bounded builder keeps small datasets in memory and moves large ones to the store, by rows x columns. */
class BoundedBuilderTest {

    @TempDir
    Path folder;

    private DatasetBuilder bounded(AtomicInteger spills, long max) {
        return Datasets.bounded(() -> {
            spills.incrementAndGet();
            return DatasetStore.create(folder.resolve("s"));
        }, max);
    }

    private static void fill(DatasetBuilder b, int rows, int columns) {
        b.technique(Technique.EIS);
        b.metadata(Metadata.INSTRUMENT, "test");
        b.warning(ImportWarning.atLine(3, "extra"));
        DatasetBuilder.ColumnWriter[] w = new DatasetBuilder.ColumnWriter[columns];
        for (int c = 0; c < columns; c++) {
            w[c] = b.column("c" + c, "s", QuantityKind.TIME);
        }
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < columns; c++) {
                w[c].append(r * 10 + c);
            }
        }
    }

    private static void check(Dataset d, int rows, int columns) {
        assertEquals(rows, d.rows());
        assertEquals(columns, d.columns().size());
        assertEquals(Technique.EIS, d.technique());
        assertEquals("test", d.metadata().get(Metadata.INSTRUMENT));
        assertEquals("line 3", d.warnings().get(0).where());
        for (int r = 0; r < rows; r += Math.max(1, rows / 50)) {
            for (int c = 0; c < columns; c++) {
                assertEquals(r * 10 + c, d.columns().get(c).get(r));
            }
        }
    }

    @Test
    void aSmallDatasetStaysInMemory() {
        AtomicInteger spills = new AtomicInteger();
        DatasetBuilder b = bounded(spills, 1000);
        fill(b, 100, 3);
        check(b.build(), 100, 3);
        assertEquals(0, spills.get());
        assertFalse(Files.exists(folder.resolve("s")));
    }

    @Test
    void manyValuesOfASmallFileGoToTheStoreAsTheyArrive() throws Exception {
        AtomicInteger spills = new AtomicInteger();
        DatasetBuilder b = bounded(spills, 1000);
        fill(b, 2000, 3);
        try (Dataset d = b.build()) {
            check(d, 2000, 3);
        }
        assertEquals(1, spills.get());
        assertTrue(DatasetStore.exists(folder.resolve("s")));
    }

    @Test
    void theRowsAnImporterExpectsDecideBeforeAnyValueIsHeld() throws Exception {
        AtomicInteger spills = new AtomicInteger();
        DatasetBuilder b = bounded(spills, 1000);
        b.expectRows(60_000_000L); // a sparse file's record count: no array of that size is made in memory
        assertEquals(1, spills.get());
        fill(b, 10, 2);
        try (Dataset d = b.build()) {
            check(d, 10, 2);
        }
    }

    @Test
    void aDiscardedSpillLeavesNothing() throws Exception {
        AtomicInteger spills = new AtomicInteger();
        DatasetBuilder b = bounded(spills, 10);
        fill(b, 100, 1);
        b.discard();
        assertFalse(DatasetStore.exists(folder.resolve("s")));
        try (var files = Files.list(folder)) {
            assertEquals(0, files.count());
        }
    }
}
