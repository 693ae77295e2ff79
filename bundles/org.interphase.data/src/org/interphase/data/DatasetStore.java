/*
 * Copyright (c) 2026 the Interphase contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.interphase.data;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;

import org.interphase.data.internal.MappedDataset;
import org.interphase.data.internal.StoreDatasetBuilder;
import org.interphase.data.internal.StoreFiles;

/**
 * The on-disk store for large series: one folder per dataset, holding one file of little-endian IEEE 754 doubles per
 * column ({@code c0.f64}, {@code c1.f64}, ...) and a small text file {@value #PROPERTIES_FILE} (format
 * {@value #FORMAT}: row count, technique, each column's name, unit, quantity kind and file, the metadata, and the
 * stamp of the source file it was made from). Importers write into it through {@link #create(Path, Map)}, which
 * streams every column to disk through a small buffer, so the heap never holds a whole file; {@link #open(Path)}
 * maps the column files into memory lazily, so a dataset much larger than the heap can be read.
 * <p>
 * Writing is atomic: a builder writes into a temporary folder beside the target and renames it over the target in
 * {@link DatasetBuilder#build()}; an import that fails or is cancelled leaves the previous store (or nothing) behind.
 * <p>
 * The model never holds data: an experiment's dataset reference names the instrument file and its importer; the
 * store of that file lives beside the model, in {@link #folderFor(Path, String)}, and is rebuilt when the file's
 * stamp (size and modification time) changes.
 */
public final class DatasetStore {

    /** The format written in {@value #PROPERTIES_FILE}. */
    public static final String FORMAT = "interphase-dataset/1";
    /** The file of a store folder that describes it. */
    public static final String PROPERTIES_FILE = "dataset.properties";
    /** The folder beside a model file that holds the stores of its datasets. */
    public static final String STORE_FOLDER = ".interphase-datasets";

    private DatasetStore() {
    }

    /** A builder that streams the dataset into the folder (created or replaced when the dataset is built). */
    public static DatasetBuilder create(Path folder) {
        return create(folder, Map.of());
    }

    /**
     * A builder that streams the dataset into the folder, recording the stamp (e.g. the source file's size and
     * modification time, see {@link #stampOf(Path)}) so that {@link #stamp(Path)} can tell later whether the store
     * is still that of the file.
     *
     * @throws java.io.UncheckedIOException when the temporary folder cannot be made
     */
    public static DatasetBuilder create(Path folder, Map<String, String> stamp) {
        return new StoreDatasetBuilder(folder, stamp);
    }

    /**
     * Opens a stored dataset; its columns are mapped from disk when first read. Close it to release the files.
     *
     * @throws IOException when the folder holds no store, a store of another format, or damaged column files
     */
    public static Dataset open(Path folder) throws IOException {
        return MappedDataset.open(folder);
    }

    /** True when the folder holds a complete store. */
    public static boolean exists(Path folder) {
        return Files.isRegularFile(folder.resolve(PROPERTIES_FILE));
    }

    /** The stamp recorded when the store was made (empty when there was none). */
    public static Map<String, String> stamp(Path folder) throws IOException {
        return StoreFiles.read(folder).stamp();
    }

    /** The stamp of a source file: its size and modification time. */
    public static Map<String, String> stampOf(Path file) throws IOException {
        return Map.of("size", Long.toString(Files.size(file)), "modified", Files.getLastModifiedTime(file).toString());
    }

    /** Deletes a store folder (nothing when it does not exist). */
    public static void delete(Path folder) throws IOException {
        StoreFiles.deleteTree(folder);
    }

    /**
     * Where the store of a model's dataset lives: {@code <model folder>/.interphase-datasets/<file name>-<hash>},
     * the hash being that of the reference path as the model gives it (so that two files of the same name in
     * different folders get different stores).
     */
    public static Path folderFor(Path modelFile, String datasetPath) {
        Path parent = modelFile.toAbsolutePath().getParent();
        String normalized = datasetPath.replace('\\', '/');
        String name = normalized.substring(normalized.lastIndexOf('/') + 1).replaceAll("[^A-Za-z0-9._-]", "_");
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(normalized.getBytes(StandardCharsets.UTF_8));
            return parent.resolve(STORE_FOLDER).resolve(name + "-" + HexFormat.of().formatHex(hash, 0, 6));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
    }
}
