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
     * Metadata key of a dataset read from more files than the one opened (Maccor's numbered parts X.001, X.002 ...):
     * the files it depends on, as {@link #dependsOn(List, Path, String)} writes them. {@link #open} reads such a
     * dataset again when any of them changed, appeared or vanished, not only when the opened file changed.
     */
    public static final String DEPENDS_ON = "depends_on";

    /**
     * The value of {@link #DEPENDS_ON}: one line per file (path, size, modification time; "missing" when gone), and,
     * when a folder and a regular expression are given, a line listing the names in the folder that match it (so
     * that a file of the series that appears later is noticed).
     */
    public static String dependsOn(List<Path> files, Path folder, String pattern) {
        StringBuilder s = new StringBuilder();
        for (Path f : files) {
            s.append("file\t").append(f.toAbsolutePath()).append('\t').append(fileStamp(f)).append('\n');
        }
        if (folder != null && pattern != null) {
            s.append("names\t").append(folder.toAbsolutePath()).append('\t').append(pattern).append('\t').append(names(folder, pattern));
        }
        return s.toString();
    }

    private static String fileStamp(Path f) {
        try {
            return java.nio.file.Files.size(f) + "\t" + java.nio.file.Files.getLastModifiedTime(f).toMillis();
        } catch (IOException e) {
            return "missing";
        }
    }

    private static String names(Path folder, String pattern) {
        java.util.regex.Pattern p = java.util.regex.Pattern.compile(pattern);
        try (java.util.stream.Stream<Path> list = java.nio.file.Files.list(folder)) {
            return String.join("/", list.map(x -> x.getFileName().toString()).filter(n -> p.matcher(n).matches()).sorted().toList());
        } catch (IOException | RuntimeException e) {
            return "unreadable";
        }
    }

    /** The {@link #DEPENDS_ON} value the recorded one would have now. */
    private static String dependsOnNow(String recorded) {
        List<Path> files = new java.util.ArrayList<>();
        Path folder = null;
        String pattern = null;
        for (String line : recorded.split("\n")) {
            String[] f = line.split("\t");
            if (f[0].equals("file") && f.length > 1) {
                files.add(Path.of(f[1]));
            } else if (f[0].equals("names") && f.length > 2) {
                folder = Path.of(f[1]);
                pattern = f[2];
            }
        }
        try {
            return dependsOn(files, folder, pattern);
        } catch (RuntimeException e) {
            return "";
        }
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
                String depends = stored.metadata().get(DEPENDS_ON);
                if ((importerId == null || importerId.equals(importer)) && (depends == null || depends.equals(dependsOnNow(depends)))) {
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
