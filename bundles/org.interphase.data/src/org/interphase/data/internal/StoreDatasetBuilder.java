/*
 * Copyright (c) 2026 the Interphase contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.interphase.data.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.interphase.data.Dataset;
import org.interphase.data.DatasetBuilder;
import org.interphase.data.DatasetStore;
import org.interphase.data.OwnedFolder;
import org.interphase.data.QuantityKind;
import org.interphase.data.Technique;

/**
 * Streams columns to files of a temporary folder beside the target through one small direct buffer per column, and
 * renames the folder over the target when the dataset is built. Memory: {@value #BUFFER_BYTES} bytes per column.
 * The temporary folder ({@code <name>.part-*}) is an {@link OwnedFolder}: those that killed processes left in the same
 * folder are removed when the next store is written there, those of live writers are left alone.
 */
public final class StoreDatasetBuilder implements DatasetBuilder {

    static final int BUFFER_BYTES = 1 << 16;

    private final Path target;
    private final Path temporary;
    private final OwnedFolder owned;
    private final Map<String, String> stamp;
    private final Map<String, String> metadata = new LinkedHashMap<>();
    private final List<FileColumn> columns = new ArrayList<>();
    private Technique technique = Technique.UNKNOWN;
    private boolean finished;

    public StoreDatasetBuilder(Path folder, Map<String, String> stamp) {
        this.target = folder.toAbsolutePath().normalize();
        this.stamp = Map.copyOf(stamp);
        try {
            OwnedFolder.removeOrphans(target.getParent(), name -> name.contains(".part-"));
            this.owned = OwnedFolder.create(target.getParent(), target.getFileName() + ".part-");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot make the dataset store folder beside " + target + ": " + e.getMessage(), e);
        }
        this.temporary = owned.path();
    }

    @Override
    public void technique(Technique technique) {
        this.technique = technique;
    }

    @Override
    public void metadata(String key, String value) {
        metadata.put(key, value);
    }

    @Override
    public ColumnWriter column(String name, String unit, QuantityKind kind) {
        checkOpen();
        String file = "c" + columns.size() + ".f64";
        try {
            FileColumn column = new FileColumn(name, unit, kind, file,
                    FileChannel.open(temporary.resolve(file), StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE));
            columns.add(column);
            return column;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the dataset store " + temporary + ": " + e.getMessage(), e);
        }
    }

    private final WarningList warnings = new WarningList();

    @Override
    public void warning(org.interphase.data.ImportWarning warning) {
        warnings.add(warning);
    }

    @Override
    public Dataset build() {
        checkOpen();
        for (FileColumn column : columns) {
            if (column.size != columns.get(0).size) {
                throw new IllegalStateException("column " + column.name + " has " + column.size + " values, column "
                        + columns.get(0).name + " has " + columns.get(0).size);
            }
        }
        try {
            List<StoreFiles.ColumnEntry> entries = new ArrayList<>();
            for (FileColumn column : columns) {
                column.close(true);
                entries.add(new StoreFiles.ColumnEntry(column.name, column.unit, column.kind, column.file));
            }
            int rows = columns.isEmpty() ? 0 : columns.get(0).size;
            Map<String, String> withWarnings = new LinkedHashMap<>(metadata);
            warnings.into(withWarnings);
            StoreFiles.write(temporary, new StoreFiles.Description(rows, technique, entries, withWarnings, stamp));
            replaceTarget();
            finished = true;
            return DatasetStore.open(target);
        } catch (IOException e) {
            discard();
            throw new UncheckedIOException("cannot write the dataset store " + target + ": " + e.getMessage(), e);
        }
    }

    private void replaceTarget() throws IOException {
        Path old = null;
        if (Files.exists(target)) {
            old = target.resolveSibling(target.getFileName() + ".old-" + UUID.randomUUID().toString().substring(0, 8));
            move(target, old);
        }
        move(temporary, target);
        owned.release(target);
        if (old != null) {
            StoreFiles.deleteTree(old);
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }

    @Override
    public void discard() {
        if (finished) {
            return;
        }
        finished = true;
        for (FileColumn column : columns) {
            try {
                column.close(false);
            } catch (IOException e) {
                // being discarded: nothing to keep
            }
        }
        try {
            owned.close();
        } catch (IOException e) {
            // left behind as *.part-*: never read as a store (no description), removed by the next write in this folder
        }
    }

    private void checkOpen() {
        if (finished) {
            throw new IllegalStateException("the dataset store " + target + " was already built or discarded");
        }
    }

    /** The folder the dataset is being written into before it is renamed. */
    public Path temporaryFolder() {
        return temporary;
    }

    private static final class FileColumn implements ColumnWriter {
        final String name;
        final String unit;
        final QuantityKind kind;
        final String file;
        private FileChannel channel;
        private final ByteBuffer buffer = ByteBuffer.allocateDirect(BUFFER_BYTES).order(ByteOrder.LITTLE_ENDIAN);
        int size;

        FileColumn(String name, String unit, QuantityKind kind, String file, FileChannel channel) {
            this.name = name;
            this.unit = unit;
            this.kind = kind;
            this.file = file;
            this.channel = channel;
        }

        @Override
        public void append(double value) {
            if (!buffer.hasRemaining()) {
                flush();
            }
            buffer.putDouble(value);
            size++;
        }

        @Override
        public int size() {
            return size;
        }

        private void flush() {
            if (channel == null) {
                throw new IllegalStateException("column " + name + " is closed");
            }
            buffer.flip();
            try {
                while (buffer.hasRemaining()) {
                    channel.write(buffer);
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write column " + name + " of the dataset store: " + e.getMessage(), e);
            }
            buffer.clear();
        }

        void close(boolean keep) throws IOException {
            if (channel == null) {
                return;
            }
            try {
                if (keep) {
                    flush();
                    channel.force(true);
                }
            } finally {
                channel.close();
                channel = null;
            }
        }
    }
}
