/*
 * Copyright (c) 2026 the Interphase contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.interphase.data;

import java.util.List;
import java.util.Objects;

/**
 * Something an importer read past without refusing the file: more than it understands that does not touch the values
 * it keeps (trailing bytes or records after the data, an unknown header section, an extra column, an unknown state
 * code, a newer minor version whose layout checks out). {@code where} is a place in the file as
 * {@link #atByte(long, String)} or {@link #atLine(long, String)} write it ("byte 2933 (0xb75)", "line 14"), or null for
 * the file as a whole; {@code what} says what was found and what was done with it.
 * <p>
 * Warnings travel with the dataset: {@link DatasetBuilder#warning(ImportWarning)} records them, and they are kept in
 * the dataset's metadata under {@link Metadata#WARNINGS}, one per line as {@link #toString()} writes it, so that an
 * on-disk store keeps them too; {@link Dataset#warnings()} reads them back. Warnings never stand for data: values that
 * cannot be located or fail a plausibility check are an error, not a warning.
 */
public record ImportWarning(String where, String what) {

    /** The most warnings a dataset keeps; the rest are counted in one last warning. */
    public static final int MAX = 100;

    public ImportWarning {
        Objects.requireNonNull(what, "what");
        what = oneLine(what);
        where = where == null || where.isBlank() ? null : oneLine(where);
    }

    /** A warning about a byte offset of a binary file. */
    public static ImportWarning atByte(long offset, String what) {
        return new ImportWarning("byte " + offset + " (0x" + Long.toHexString(offset) + ")", what);
    }

    /** A warning about a line (1-based) of a text file. */
    public static ImportWarning atLine(long line, String what) {
        return new ImportWarning("line " + line, what);
    }

    /** A warning about the file as a whole. */
    public static ImportWarning ofFile(String what) {
        return new ImportWarning(null, what);
    }

    /** {@code where: what}, or {@code what} alone. */
    @Override
    public String toString() {
        return where == null ? what : where + ": " + what;
    }

    /** A warning as {@link #toString()} wrote it (the place ends at the first ": " when it looks like one). */
    public static ImportWarning parse(String line) {
        int colon = line.indexOf(": ");
        if (colon > 0 && (line.startsWith("byte ") || line.startsWith("line ") || line.contains(", byte ")
                || line.contains(", line "))) {
            return new ImportWarning(line.substring(0, colon), line.substring(colon + 2));
        }
        return new ImportWarning(null, line);
    }

    /** The warnings kept in a metadata value ({@link Metadata#WARNINGS}); empty for null. */
    public static List<ImportWarning> parseAll(String text) {
        return text == null ? List.of() : text.lines().filter(l -> !l.isBlank()).map(ImportWarning::parse).toList();
    }

    private static String oneLine(String text) {
        String s = text.replace("\r\n", " ").replace('\n', ' ').replace('\r', ' ').strip();
        return s.length() <= 1000 ? s : s.substring(0, 1000) + "... (" + s.length() + " characters)";
    }
}
