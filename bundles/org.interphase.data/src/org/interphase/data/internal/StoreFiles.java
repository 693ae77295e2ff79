/*
 * Copyright (c) 2026 the Interphase contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.interphase.data.internal;

import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

import org.interphase.data.DatasetStore;
import org.interphase.data.QuantityKind;
import org.interphase.data.Technique;

/** The description file of a store folder (see {@link DatasetStore}): reading, writing, deleting folders. */
public final class StoreFiles {

    private StoreFiles() {
    }

    /** One column as the description file names it. */
    public record ColumnEntry(String name, String unit, QuantityKind kind, String file) {
    }

    /** What a description file says. */
    public record Description(int rows, Technique technique, List<ColumnEntry> columns, Map<String, String> metadata,
            Map<String, String> stamp) {
    }

    static void write(Path folder, Description description) throws IOException {
        Map<String, String> entries = new TreeMap<>();
        entries.put("format", DatasetStore.FORMAT);
        entries.put("rows", Integer.toString(description.rows()));
        entries.put("technique", description.technique().name());
        entries.put("columns", Integer.toString(description.columns().size()));
        for (int c = 0; c < description.columns().size(); c++) {
            ColumnEntry column = description.columns().get(c);
            entries.put("column." + c + ".name", column.name());
            entries.put("column." + c + ".unit", column.unit());
            entries.put("column." + c + ".kind", column.kind().name());
            entries.put("column." + c + ".file", column.file());
        }
        int m = 0;
        for (Map.Entry<String, String> entry : description.metadata().entrySet()) {
            entries.put("metadata." + m + ".key", entry.getKey());
            entries.put("metadata." + m + ".value", entry.getValue());
            m++;
        }
        entries.put("metadata", Integer.toString(m));
        description.stamp().forEach((k, v) -> entries.put("stamp." + k, v));
        Properties properties = new Properties();
        properties.putAll(entries);
        StringWriter text = new StringWriter();
        properties.store(text, null);
        // Properties writes a date comment and hash order: keep the lines sorted and without the date, so that the
        // same dataset always gives the same file
        List<String> lines = new ArrayList<>(text.toString().lines().filter(l -> !l.startsWith("#")).sorted().toList());
        lines.add(0, "# Interphase dataset store (" + DatasetStore.FORMAT + "): columns are little-endian float64 files");
        Path file = folder.resolve(DatasetStore.PROPERTIES_FILE);
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (String line : lines) {
                out.write(line);
                out.write('\n');
            }
        }
        force(file);
    }

    /** Reads the description of a store folder, checking what it says. */
    public static Description read(Path folder) throws IOException {
        Path file = folder.resolve(DatasetStore.PROPERTIES_FILE);
        Properties properties = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(in);
        } catch (NoSuchFileException e) {
            throw new IOException(folder + ": not a dataset store (no " + DatasetStore.PROPERTIES_FILE + ")", e);
        } catch (IllegalArgumentException e) {
            throw new IOException(file + ": damaged: " + e.getMessage(), e);
        }
        String format = properties.getProperty("format");
        if (!DatasetStore.FORMAT.equals(format)) {
            throw new IOException(file + ": format '" + format + "' is not " + DatasetStore.FORMAT);
        }
        int rows = integer(file, properties, "rows");
        Technique technique;
        try {
            technique = Technique.valueOf(required(file, properties, "technique"));
        } catch (IllegalArgumentException e) {
            throw new IOException(file + ": unknown technique '" + properties.getProperty("technique") + "'", e);
        }
        int count = integer(file, properties, "columns");
        List<ColumnEntry> columns = new ArrayList<>();
        for (int c = 0; c < count; c++) {
            String prefix = "column." + c + ".";
            QuantityKind kind;
            try {
                kind = QuantityKind.valueOf(required(file, properties, prefix + "kind"));
            } catch (IllegalArgumentException e) {
                throw new IOException(file + ": unknown quantity kind '" + properties.getProperty(prefix + "kind") + "'", e);
            }
            String columnFile = required(file, properties, prefix + "file");
            if (!columnFile.matches("[A-Za-z0-9._-]+")) {
                throw new IOException(file + ": column file name '" + columnFile + "' is not a plain file name");
            }
            columns.add(new ColumnEntry(required(file, properties, prefix + "name"), properties.getProperty(prefix + "unit", ""),
                    kind, columnFile));
        }
        Map<String, String> metadata = new LinkedHashMap<>();
        int entries = integer(file, properties, "metadata");
        for (int m = 0; m < entries; m++) {
            metadata.put(required(file, properties, "metadata." + m + ".key"), properties.getProperty("metadata." + m + ".value", ""));
        }
        Map<String, String> stamp = new TreeMap<>();
        for (String key : properties.stringPropertyNames()) {
            if (key.startsWith("stamp.")) {
                stamp.put(key.substring("stamp.".length()), properties.getProperty(key));
            }
        }
        return new Description(rows, technique, List.copyOf(columns), metadata, stamp);
    }

    private static String required(Path file, Properties properties, String key) throws IOException {
        String value = properties.getProperty(key);
        if (value == null) {
            throw new IOException(file + ": '" + key + "' is missing");
        }
        return value;
    }

    private static int integer(Path file, Properties properties, String key) throws IOException {
        String value = required(file, properties, key);
        try {
            int n = Integer.parseInt(value.strip());
            if (n < 0) {
                throw new NumberFormatException("negative");
            }
            return n;
        } catch (NumberFormatException e) {
            throw new IOException(file + ": '" + key + "' is not a count: " + value, e);
        }
    }

    static void force(Path file) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
            channel.force(true);
        }
    }

    /** Deletes a folder and everything in it (not following links); nothing when it does not exist. */
    public static void deleteTree(Path path) throws IOException {
        if (Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS)) {
            try (DirectoryStream<Path> children = Files.newDirectoryStream(path)) {
                for (Path child : children) {
                    deleteTree(child);
                }
            }
        }
        Files.deleteIfExists(path);
    }
}
