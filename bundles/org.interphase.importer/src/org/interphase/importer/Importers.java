/*
 * Copyright (c) 2026 the Interphase contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.interphase.importer;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;

import org.eclipse.core.runtime.IProgressMonitor;
import org.interphase.data.DatasetBuilder;
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

    /** The importers that may read the file, most likely first (reads the file's head, not the whole file). */
    public static List<ImporterDescriptor> candidates(Path file) throws ImportException {
        return ImporterRegistry.instance().candidates(file);
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
}
