/*
 * Copyright (c) 2026 the Interphase contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.interphase.importer;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import org.eclipse.core.runtime.IProgressMonitor;
import org.interphase.data.Dataset;
import org.interphase.data.DatasetBuilder;
import org.interphase.data.DatasetStore;
import org.interphase.data.Datasets;
import org.interphase.importer.internal.ImporterRegistry;

/**
 * Reading instrument files with the installed importers: candidates are ordered by magic bytes, then file
 * extension, then content matchers, and tried in turn; when none can read the file, the failure of each is reported.
 */
public final class Importers {

    private Importers() {
    }

    /** The installed importers, by id. */
    public static List<ImporterDescriptor> installed() {
        return ImporterRegistry.instance().descriptors();
    }

    /** The installed importer of that id. */
    public static Optional<ImporterDescriptor> find(String id) {
        return Optional.ofNullable(ImporterRegistry.instance().descriptor(id));
    }

    /** The importers that may read the file, most likely first (reads the file's head, not the whole file). */
    public static List<ImporterDescriptor> candidates(Path file) throws ImportException {
        return ImporterRegistry.instance().candidates(file);
    }

    /**
     * The importers that may read a file of this name (null when unknown: extensions then decide nothing) whose
     * first bytes (at most {@link ContentMatcher#HEAD_SIZE}) are given, in the same order as {@link #candidates(Path)}.
     * Content matchers get the bare name as their path.
     */
    public static List<ImporterDescriptor> candidates(String fileName, byte[] head) {
        return ImporterRegistry.instance().candidates(fileName, head);
    }

    /** Reads a file with the first importer that can, into memory. */
    public static ImportResult read(Path file, IProgressMonitor monitor) throws ImportException {
        return read(file, null, Datasets::inMemory, monitor);
    }

    /**
     * Reads a file with the given importer (id; null to choose), into builders from the supplier (one per attempt,
     * so that a failed attempt leaves nothing behind).
     */
    public static ImportResult read(Path file, String importerId, Supplier<DatasetBuilder> builders, IProgressMonitor monitor)
            throws ImportException {
        return ImporterRegistry.instance().read(file, importerId, builders, monitor);
    }

    /**
     * Reads a file into the on-disk store folder (see {@link DatasetStore}), streaming: the heap never holds the
     * file's data. The store records the file's stamp; a store left by an earlier import is replaced only when this
     * one succeeds.
     */
    public static ImportResult readToStore(Path file, String importerId, Path storeFolder, IProgressMonitor monitor)
            throws ImportException {
        Map<String, String> stamp;
        try {
            stamp = DatasetStore.stampOf(file);
        } catch (IOException e) {
            throw new ImportException(file, importerId, null, java.nio.file.Files.exists(file) ? "cannot be read: " + e.getMessage() : "no such file", e);
        }
        return read(file, importerId, () -> DatasetStore.create(storeFolder, stamp), monitor);
    }

    /**
     * The dataset of a file, from its store when the store was made from the file as it is now (same size and
     * modification time), else read into the store again. Close the dataset when done.
     */
    public static Dataset open(Path file, String importerId, Path storeFolder, IProgressMonitor monitor) throws ImportException {
        try {
            if (DatasetStore.exists(storeFolder) && DatasetStore.stamp(storeFolder).equals(DatasetStore.stampOf(file))) {
                Dataset stored = DatasetStore.open(storeFolder);
                String importer = stored.metadata().get(org.interphase.data.Metadata.IMPORTER);
                if (importerId == null || importerId.equals(importer)) {
                    return stored;
                }
                stored.close();
            }
        } catch (IOException e) {
            // a damaged or outdated store is made again below
        }
        return readToStore(file, importerId, storeFolder, monitor).dataset();
    }
}
