/*
 * Copyright (c) 2026 the Interphase contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.interphase.importer;

import java.nio.file.Path;
import java.util.List;

/**
 * A file that an importer cannot read, with what people need to act: the file, the importer, where in the file
 * (a byte offset for binary formats, a line for text) and why, e.g.
 * {@code X.mpr: biologic.mpr: byte 1007 (0x3ef): column id 215 unknown in data module}.
 */
public class ImportException extends Exception {

    private static final long serialVersionUID = 1L;

    private final Path file;
    private final String importer;
    private final String location;
    private final String reason;
    private final List<ImportException> attempts;

    public ImportException(Path file, String importer, String location, String reason) {
        this(file, importer, location, reason, List.of(), null);
    }

    public ImportException(Path file, String importer, String location, String reason, Throwable cause) {
        this(file, importer, location, reason, List.of(), cause);
    }

    private ImportException(Path file, String importer, String location, String reason, List<ImportException> attempts, Throwable cause) {
        super(text(file, importer, location, shorten(reason), attempts), cause);
        this.file = file;
        this.importer = importer;
        this.location = location;
        this.reason = shorten(reason);
        this.attempts = List.copyOf(attempts);
    }

    /** The longest reason kept: a damaged file's field may be megabytes long, a message should not. */
    static final int MAX_REASON = 1000;

    private static String shorten(String reason) {
        String r = String.valueOf(reason);
        return r.length() <= MAX_REASON ? r : r.substring(0, MAX_REASON) + "... (" + r.length() + " characters)";
    }

    /** A failure at a byte offset of a binary file. */
    public static ImportException atByte(Path file, String importer, long offset, String reason) {
        return new ImportException(file, importer, "byte " + offset + " (0x" + Long.toHexString(offset) + ")", reason);
    }

    /** A failure at a line (1-based) of a text file. */
    public static ImportException atLine(Path file, String importer, long line, String reason) {
        return new ImportException(file, importer, "line " + line, reason);
    }

    /** No importer could read the file; each attempt's failure is kept. */
    public static ImportException noImporter(Path file, String reason, List<ImportException> attempts) {
        return new ImportException(file, null, null, reason, attempts, null);
    }

    private static String text(Path file, String importer, String location, String reason, List<ImportException> attempts) {
        StringBuilder s = new StringBuilder(String.valueOf(file));
        if (importer != null) {
            s.append(": ").append(importer);
        }
        if (location != null) {
            s.append(": ").append(location);
        }
        s.append(": ").append(reason);
        for (ImportException attempt : attempts) {
            s.append("\n  ").append(attempt.importer()).append(": ")
                    .append(attempt.location() == null ? "" : attempt.location() + ": ").append(attempt.reason());
        }
        return s.toString();
    }

    public Path file() {
        return file;
    }

    /** Id of the importer that failed (null when none could be tried or all failed). */
    public String importer() {
        return importer;
    }

    /** Where in the file ("byte 1007 (0x3ef)", "line 12"), or null. */
    public String location() {
        return location;
    }

    public String reason() {
        return reason;
    }

    /** The failures of the importers tried, when no importer could read the file. */
    public List<ImportException> attempts() {
        return attempts;
    }
}
