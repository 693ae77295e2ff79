/*
 * Copyright (c) 2026 the Interphase contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.interphase.model.resource;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import org.interphase.model.DatasetReference;

/**
 * The files an experiment's dataset reference names: where they are (relative to the model file's folder), whether
 * the path leaves that folder (the project no longer stands alone when it is copied), and whether the file is still
 * the one that was attached (its SHA-256 against the recorded one). Every place that reads an attached file again
 * goes through {@link #verified(DatasetReference, Path)}, so a changed file is reported instead of silently used.
 */
public final class DatasetFiles {

    private DatasetFiles() {
    }

    /** A data file whose content is not the content that was attached. */
    public static final class ChangedException extends IOException {
        private static final long serialVersionUID = 1L;

        private final String recorded;
        private final String now;

        ChangedException(Path file, String recorded, String now) {
            super(file + " has changed since it was attached (SHA-256 recorded " + abbreviate(recorded) + ", now " + abbreviate(now)
                    + "): attach it again (File > Import > Instrument data) to use the new content");
            this.recorded = recorded;
            this.now = now;
        }

        /** The SHA-256 recorded in the model. */
        public String recorded() {
            return recorded;
        }

        /** The SHA-256 of the file now. */
        public String now() {
            return now;
        }
    }

    /** SHA-256 of a file's bytes, lower-case hexadecimal. */
    public static String sha256(Path file) throws IOException {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest)) {
            in.transferTo(OutputStream.nullOutputStream());
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    /** The file a reference names: its path taken relative to the model file's folder unless absolute; null when none. */
    public static Path resolve(DatasetReference reference, Path modelFile) {
        if (reference == null || reference.getPath() == null || reference.getPath().isBlank()) {
            return null;
        }
        Path path = Path.of(reference.getPath());
        return path.isAbsolute() ? path.normalize() : modelFile.toAbsolutePath().getParent().resolve(path).normalize();
    }

    /**
     * Whether a dataset path leaves the model file's folder: absolute (on this or another system's notation), or
     * climbing above the folder with "..". Such a project does not carry its data when copied or cloned.
     */
    public static boolean leavesFolder(String path) {
        if (path == null || path.isBlank()) {
            return false;
        }
        String p = path.replace('\\', '/');
        if (p.startsWith("/") || p.matches("^[A-Za-z]:/.*") || Path.of(path).isAbsolute()) {
            return true;
        }
        int depth = 0;
        for (String part : p.split("/")) {
            if (part.equals("..")) {
                if (--depth < 0) {
                    return true;
                }
            } else if (!part.isEmpty() && !part.equals(".")) {
                depth++;
            }
        }
        return false;
    }

    /**
     * The file of a reference, checked: it exists, and when the model recorded a SHA-256 the file still has it.
     * Throws {@link java.nio.file.NoSuchFileException} or {@link ChangedException} with a one-line message naming the file.
     */
    public static Path verified(DatasetReference reference, Path modelFile) throws IOException {
        Path file = resolve(reference, modelFile);
        if (file == null) {
            throw new IOException("the dataset names no file");
        }
        if (!Files.isRegularFile(file)) {
            throw new java.nio.file.NoSuchFileException(file.toString(), null, "the data file does not exist");
        }
        String recorded = reference.getSha256();
        if (recorded != null && !recorded.isBlank()) {
            String now = sha256(file);
            if (!now.equalsIgnoreCase(recorded.strip())) {
                throw new ChangedException(file, recorded.strip(), now);
            }
        }
        return file;
    }

    private static String abbreviate(String sha) {
        return sha.length() > 16 ? sha.substring(0, 16) + "..." : sha;
    }
}
