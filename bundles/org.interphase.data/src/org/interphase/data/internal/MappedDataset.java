/*
 * Copyright (c) 2026 the Interphase contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.interphase.data.internal;

import java.io.IOException;
import java.nio.ByteOrder;
import java.nio.DoubleBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import org.interphase.data.Column;
import org.interphase.data.Dataset;
import org.interphase.data.QuantityKind;
import org.interphase.data.Technique;

/**
 * A stored dataset whose columns are memory-mapped when first read (in chunks of at most 1 GiB): only the pages
 * read are in memory, and the operating system may drop them again, so datasets much larger than the heap can be read.
 */
public final class MappedDataset implements Dataset {

    /** Doubles per mapped chunk (1 GiB). */
    static final int CHUNK_SHIFT = 27;

    private final Path folder;
    private final StoreFiles.Description description;
    private final List<Column> columns;
    private volatile boolean closed;

    private MappedDataset(Path folder, StoreFiles.Description description) throws IOException {
        this.folder = folder;
        this.description = description;
        List<Column> list = new ArrayList<>();
        for (StoreFiles.ColumnEntry entry : description.columns()) {
            Path file = folder.resolve(entry.file());
            long size;
            try {
                size = Files.size(file);
            } catch (NoSuchFileException e) {
                throw new IOException(folder + ": column file " + entry.file() + " of '" + entry.name() + "' is missing", e);
            }
            if (size != 8L * description.rows()) {
                throw new IOException(folder + ": column file " + entry.file() + " of '" + entry.name() + "' holds " + size
                        + " bytes; " + description.rows() + " rows need " + 8L * description.rows());
            }
            list.add(new MappedColumn(entry, file, description.rows()));
        }
        this.columns = Collections.unmodifiableList(list);
    }

    public static MappedDataset open(Path folder) throws IOException {
        return new MappedDataset(folder, StoreFiles.read(folder));
    }

    @Override
    public Technique technique() {
        return description.technique();
    }

    @Override
    public Map<String, String> metadata() {
        return Collections.unmodifiableMap(description.metadata());
    }

    @Override
    public List<Column> columns() {
        return columns;
    }

    @Override
    public int rows() {
        return description.rows();
    }

    @Override
    public void close() {
        closed = true;
        for (Column column : columns) {
            ((MappedColumn) column).release();
        }
    }

    @Override
    public String toString() {
        return "dataset store " + folder + " (" + description.rows() + " rows, " + columns.size() + " columns)";
    }

    private final class MappedColumn implements Column {
        private final StoreFiles.ColumnEntry entry;
        private final Path file;
        private final int size;
        private volatile DoubleBuffer[] chunks;

        MappedColumn(StoreFiles.ColumnEntry entry, Path file, int size) {
            this.entry = entry;
            this.file = file;
            this.size = size;
        }

        @Override
        public String name() {
            return entry.name();
        }

        @Override
        public String unit() {
            return entry.unit();
        }

        @Override
        public QuantityKind kind() {
            return entry.kind();
        }

        @Override
        public int size() {
            return size;
        }

        @Override
        public double get(int row) {
            if (row < 0 || row >= size) {
                throw new IndexOutOfBoundsException("row " + row + " of column " + entry.name() + " (" + size + " rows)");
            }
            return chunks()[row >>> CHUNK_SHIFT].get(row & ((1 << CHUNK_SHIFT) - 1));
        }

        @Override
        public void read(int from, double[] into, int offset, int count) {
            if (from < 0 || count < 0 || from > size - count) {
                throw new IndexOutOfBoundsException("rows " + from + ".." + (from + count) + " of column " + entry.name() + " (" + size + " rows)");
            }
            DoubleBuffer[] mapped = chunks();
            int done = 0;
            while (done < count) {
                int row = from + done;
                DoubleBuffer chunk = mapped[row >>> CHUNK_SHIFT];
                int at = row & ((1 << CHUNK_SHIFT) - 1);
                int n = Math.min(count - done, chunk.capacity() - at);
                chunk.get(at, into, offset + done, n);
                done += n;
            }
        }

        @Override
        public double[] toArray() {
            double[] values = new double[size];
            DoubleBuffer[] mapped = chunks();
            int done = 0;
            for (DoubleBuffer chunk : mapped) {
                int n = chunk.capacity();
                chunk.get(0, values, done, n);
                done += n;
            }
            return values;
        }

        private DoubleBuffer[] chunks() {
            DoubleBuffer[] result = chunks;
            if (result == null) {
                synchronized (this) {
                    result = chunks;
                    if (result == null) {
                        result = map();
                        chunks = result;
                    }
                }
            }
            return result;
        }

        private DoubleBuffer[] map() {
            if (closed) {
                throw new IllegalStateException(MappedDataset.this + " is closed");
            }
            int count = (int) ((size + (1L << CHUNK_SHIFT) - 1) >>> CHUNK_SHIFT);
            DoubleBuffer[] result = new DoubleBuffer[count];
            try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
                for (int c = 0; c < count; c++) {
                    long first = (long) c << CHUNK_SHIFT;
                    long values = Math.min(1L << CHUNK_SHIFT, size - first);
                    result[c] = channel.map(FileChannel.MapMode.READ_ONLY, first * 8, values * 8).order(ByteOrder.LITTLE_ENDIAN)
                            .asDoubleBuffer();
                }
            } catch (IOException e) {
                throw new java.io.UncheckedIOException("cannot map column " + entry.name() + " from " + file + ": " + e.getMessage(), e);
            }
            return result;
        }

        void release() {
            chunks = null; // the mapping goes with the buffers when they are collected
        }
    }
}
