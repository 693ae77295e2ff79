/*
 * Copyright (c) 2026 the Interphase contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.interphase.data.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringWriter;
import java.lang.management.ManagementFactory;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.interphase.data.Column;
import org.interphase.data.Dataset;
import org.interphase.data.DatasetBuilder;
import org.interphase.data.DatasetBuilder.ColumnWriter;
import org.interphase.data.DatasetStore;
import org.interphase.data.Datasets;
import org.interphase.data.Metadata;
import org.interphase.data.QuantityKind;
import org.interphase.data.Technique;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The on-disk store: exact round trip, atomic replacement, damaged stores, and memory bounded by the page cache. */
class DatasetStoreTest {

    @TempDir
    Path folder;

    /** Values that a text round trip would lose: every bit must come back. */
    static final double[] AWKWARD = { 0.0, -0.0, 1e-320, Double.MIN_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE,
            Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, 0.1, 1.0 / 3, Math.PI, -2.5e-17 };

    @Test
    void storesEveryBitOfEveryColumnAndTheMetadata() throws Exception {
        Path store = folder.resolve("peis.mpr-0123");
        DatasetBuilder builder = DatasetStore.create(store, Map.of("size", "18684"));
        builder.technique(Technique.EIS);
        builder.metadata(Metadata.CHANNEL, "1");
        builder.metadata(Metadata.COMMENTS, "µ-cell, 25 °C\nsecond line = with = signs");
        ColumnWriter f = builder.column("freq", "Hz", QuantityKind.FREQUENCY);
        ColumnWriter im = builder.column("Im(Z)", "Ohm", QuantityKind.IMPEDANCE_IMAGINARY);
        for (double v : AWKWARD) {
            f.append(v);
            im.append(-v);
        }
        try (Dataset dataset = builder.build()) {
            check(dataset);
        }
        try (Dataset reopened = DatasetStore.open(store)) {
            check(reopened);
            assertEquals(Map.of("size", "18684"), DatasetStore.stamp(store));
        }
        // the column files are what the store's documentation says: little-endian doubles
        ByteBuffer bytes = ByteBuffer.wrap(Files.readAllBytes(store.resolve("c1.f64"))).order(ByteOrder.LITTLE_ENDIAN);
        assertEquals(8 * AWKWARD.length, bytes.capacity());
        assertEquals(Double.doubleToRawLongBits(-Math.PI), Double.doubleToRawLongBits(bytes.getDouble(8 * 11)));
        try (Stream<Path> files = Files.list(folder)) {
            assertEquals(List.of(store), files.toList(), "no temporary folder is left behind");
        }
    }

    private static void check(Dataset dataset) {
        assertEquals(Technique.EIS, dataset.technique());
        assertEquals(AWKWARD.length, dataset.rows());
        assertEquals("µ-cell, 25 °C\nsecond line = with = signs", dataset.metadata().get(Metadata.COMMENTS));
        assertEquals(List.of(Metadata.CHANNEL, Metadata.COMMENTS), List.copyOf(dataset.metadata().keySet()));
        Column f = dataset.column(QuantityKind.FREQUENCY).orElseThrow();
        Column im = dataset.columns().get(1);
        assertEquals("freq", f.name());
        assertEquals("Hz", f.unit());
        assertEquals("Im(Z)", im.name());
        assertEquals(QuantityKind.IMPEDANCE_IMAGINARY, im.kind());
        for (int i = 0; i < AWKWARD.length; i++) {
            assertEquals(Double.doubleToRawLongBits(AWKWARD[i]), Double.doubleToRawLongBits(f.get(i)), "row " + i);
            assertEquals(Double.doubleToRawLongBits(-AWKWARD[i]), Double.doubleToRawLongBits(im.get(i)), "row " + i);
        }
        double[] copy = f.toArray();
        assertEquals(AWKWARD.length, copy.length);
        assertEquals(Double.doubleToRawLongBits(-0.0), Double.doubleToRawLongBits(copy[1]));
        assertThrows(IndexOutOfBoundsException.class, () -> f.get(AWKWARD.length));
    }

    @Test
    void aDiscardedImportLeavesThePreviousStoreIntact() throws Exception {
        Path store = folder.resolve("cv");
        DatasetBuilder first = DatasetStore.create(store);
        first.column("E", "V", QuantityKind.POTENTIAL).append(1.25);
        first.build().close();

        DatasetBuilder failing = DatasetStore.create(store);
        ColumnWriter e = failing.column("E", "V", QuantityKind.POTENTIAL);
        for (int i = 0; i < 100_000; i++) {
            e.append(i);
        }
        failing.discard();
        try (Dataset kept = DatasetStore.open(store)) {
            assertEquals(1, kept.rows());
            assertEquals(1.25, kept.columns().get(0).get(0));
        }
        try (Stream<Path> files = Files.list(folder)) {
            assertEquals(List.of(store), files.toList(), "the discarded temporary folder is deleted");
        }

        DatasetBuilder second = DatasetStore.create(store);
        ColumnWriter e2 = second.column("E", "V", QuantityKind.POTENTIAL);
        e2.append(2.5);
        e2.append(3.5);
        second.build().close();
        try (Dataset replaced = DatasetStore.open(store)) {
            assertArrayEquals(new double[] { 2.5, 3.5 }, replaced.columns().get(0).toArray());
        }
    }

    @Test
    void columnsOfDifferentLengthsAreRefused() {
        DatasetBuilder builder = DatasetStore.create(folder.resolve("bad"));
        builder.column("a", "", QuantityKind.OTHER).append(1);
        builder.column("b", "", QuantityKind.OTHER);
        IllegalStateException e = assertThrows(IllegalStateException.class, builder::build);
        assertEquals("column b has 0 values, column a has 1", e.getMessage());
        builder.discard();
        assertFalse(Files.exists(folder.resolve("bad")));
    }

    @Test
    void damagedStoresAreReportedWithTheFile() throws Exception {
        Path store = folder.resolve("gcpl");
        DatasetBuilder builder = DatasetStore.create(store);
        ColumnWriter t = builder.column("time", "s", QuantityKind.TIME);
        for (int i = 0; i < 10; i++) {
            t.append(i);
        }
        builder.build().close();
        try (FileChannel channel = FileChannel.open(store.resolve("c0.f64"), StandardOpenOption.WRITE)) {
            channel.truncate(75);
        }
        IOException truncated = assertThrows(IOException.class, () -> DatasetStore.open(store));
        assertEquals(store + ": column file c0.f64 of 'time' holds 75 bytes; 10 rows need 80", truncated.getMessage());

        Files.writeString(store.resolve(DatasetStore.PROPERTIES_FILE), "format=interphase-dataset/9\n");
        IOException format = assertThrows(IOException.class, () -> DatasetStore.open(store));
        assertTrue(format.getMessage().endsWith("format 'interphase-dataset/9' is not interphase-dataset/1"), format.getMessage());

        IOException none = assertThrows(IOException.class, () -> DatasetStore.open(folder.resolve("nothing")));
        assertTrue(none.getMessage().contains("not a dataset store"), none.getMessage());
    }

    @Test
    void aClosedStoreIsNotReadAgain() throws Exception {
        Path store = folder.resolve("closed");
        DatasetBuilder builder = DatasetStore.create(store);
        builder.column("x", "", QuantityKind.OTHER).append(4);
        Dataset dataset = builder.build();
        dataset.close();
        assertThrows(IllegalStateException.class, () -> dataset.columns().get(0).get(0));
    }

    @Test
    void storeFoldersSitBesideTheModelAndDifferByPath() {
        Path model = folder.resolve("project/cells.interphase");
        Path a = DatasetStore.folderFor(model, "data/run 1/peis.mpr");
        Path b = DatasetStore.folderFor(model, "data/run 2/peis.mpr");
        assertEquals(folder.resolve("project/.interphase-datasets"), a.getParent());
        assertTrue(a.getFileName().toString().startsWith("peis.mpr-"), a.toString());
        assertFalse(a.equals(b));
        assertEquals(a, DatasetStore.folderFor(model, "data\\run 1\\peis.mpr"), "Windows separators name the same file");
    }

    @Test
    void csvExportOfAStoreHasNameUnitHeadersAndFullPrecision() throws Exception {
        DatasetBuilder builder = DatasetStore.create(folder.resolve("csv"));
        builder.column("Ewe", "V", QuantityKind.POTENTIAL).append(0.1 + 0.2);
        builder.column("note, with comma", "", QuantityKind.OTHER).append(Double.NaN);
        try (Dataset dataset = builder.build()) {
            StringWriter csv = new StringWriter();
            Datasets.writeCsv(dataset, csv);
            assertEquals("Ewe/V,\"note, with comma\"\n0.30000000000000004,\n", csv.toString());
        }
    }

    /**
     * A dataset larger than the heap streams in and is read back: the builder holds one 64 KiB buffer per column and
     * reading maps the files, so neither needs the heap to hold the data.
     */
    @Test
    void aDatasetLargerThanTheHeapIsWrittenAndReadBack() throws Exception {
        long heap = Runtime.getRuntime().maxMemory();
        int columns = 4;
        int rows = (int) Math.min(Integer.MAX_VALUE - 8, heap * 5 / 4 / 8 / columns);
        Path store = folder.resolve("large");
        DatasetBuilder builder = DatasetStore.create(store);
        ColumnWriter[] writers = new ColumnWriter[columns];
        for (int c = 0; c < columns; c++) {
            writers[c] = builder.column("c" + c, "", QuantityKind.OTHER);
        }
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < columns; c++) {
                writers[c].append(r + c * 0.25);
            }
        }
        long usedAfterWriting = used();
        try (Dataset dataset = builder.build()) {
            assertTrue(8L * rows * columns > heap, "the dataset is larger than the heap");
            assertEquals(rows, dataset.rows());
            for (int c = 0; c < columns; c++) {
                Column column = dataset.columns().get(c);
                double sum = 0;
                for (int r = 0; r < rows; r++) {
                    sum += column.get(r);
                }
                double expected = (double) rows * (rows - 1) / 2 + rows * c * 0.25;
                assertEquals(expected, sum, expected * 1e-12, "column " + c);
                assertEquals(rows - 1 + c * 0.25, column.get(rows - 1));
            }
            assertTrue(usedAfterWriting < heap / 2, "heap in use after streaming " + usedAfterWriting + " of " + heap);
        }
    }

    private static long used() {
        System.gc();
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
}
