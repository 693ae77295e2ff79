/*
 * Copyright (c) 2026 the Interphase contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.interphase.data.csv;

import java.io.BufferedReader;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The project's one reader and writer of delimited text (CSV, semicolon- and tab-separated), following RFC 4180: a
 * field that holds the delimiter, a double quote, a line break or leading/trailing blanks is written in double quotes
 * with its quotes doubled; a quoted field is read back with its delimiters, doubled quotes and line breaks. Every
 * place that reads or writes such text (the importers of text exports, the dataset and chart exports, the CLI's
 * {@code --csv}, the IDE's run records) goes through this class, so that a name such as {@code "L (Li, first)/m"}
 * survives the round trip.
 * <p>
 * Unquoted fields are returned exactly as written (no trimming): importers decide what blanks mean. A line without a
 * double quote is split without copying character by character, so numeric tables read as fast as with
 * {@link String#split}.
 */
public final class Csv {

    public static final char COMMA = ',';

    private Csv() {
    }

    // ------------------------------------------------------------------------------------------------ writing

    /** The field as it must be written between delimiters. */
    public static String quote(String field, char delimiter) {
        if (field.isEmpty()) {
            return field;
        }
        boolean needs = Character.isWhitespace(field.charAt(0)) && field.charAt(0) != delimiter
                || Character.isWhitespace(field.charAt(field.length() - 1));
        for (int i = 0; i < field.length() && !needs; i++) {
            char c = field.charAt(i);
            needs = c == delimiter || c == '"' || c == '\n' || c == '\r';
        }
        return needs ? "\"" + field.replace("\"", "\"\"") + "\"" : field;
    }

    /** The field as it must be written in a comma-separated line. */
    public static String quote(String field) {
        return quote(field, COMMA);
    }

    /** One line of fields (without the line break), each quoted as needed. */
    public static String line(List<String> fields, char delimiter) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                line.append(delimiter);
            }
            line.append(quote(fields.get(i), delimiter));
        }
        return line.toString();
    }

    /** One comma-separated line of fields (without the line break), each quoted as needed. */
    public static String line(String... fields) {
        return line(List.of(fields), COMMA);
    }

    /** A number in full precision (the shortest text that reads back to the same double); NaN is an empty field. */
    public static String number(double value) {
        return Double.isNaN(value) ? "" : Double.toString(value);
    }

    // ------------------------------------------------------------------------------------------------ reading

    /**
     * The fields of one line. A quoted field may hold the delimiter and doubled quotes; text after its closing quote
     * up to the next delimiter is kept (as spreadsheet programs do). A quote left open runs to the end of the line:
     * use {@link #record(BufferedReader, char)} where fields may hold line breaks.
     */
    public static String[] split(String line, char delimiter) {
        if (line.indexOf('"') < 0) {
            return splitPlain(line, delimiter);
        }
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        boolean wasQuoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"') {
                    if (i + 1 < line.length() && line.charAt(i + 1) == '"') {
                        field.append('"');
                        i++;
                    } else {
                        quoted = false;
                    }
                } else {
                    field.append(c);
                }
            } else if (c == delimiter) {
                fields.add(field.toString());
                field.setLength(0);
                wasQuoted = false;
            } else if (c == '"' && !wasQuoted && field.toString().isBlank()) {
                field.setLength(0); // blanks before an opening quote belong to no field
                quoted = true;
                wasQuoted = true;
            } else {
                field.append(c);
            }
        }
        fields.add(field.toString());
        return fields.toArray(String[]::new);
    }

    /** The fields of one comma-separated line. */
    public static String[] split(String line) {
        return split(line, COMMA);
    }

    private static String[] splitPlain(String line, char delimiter) {
        int count = 1;
        for (int i = line.indexOf(delimiter); i >= 0; i = line.indexOf(delimiter, i + 1)) {
            count++;
        }
        String[] fields = new String[count];
        int start = 0;
        for (int f = 0; f < count - 1; f++) {
            int end = line.indexOf(delimiter, start);
            fields[f] = line.substring(start, end);
            start = end + 1;
        }
        fields[count - 1] = line.substring(start);
        return fields;
    }

    /**
     * The fields of the next record, which continues over line breaks inside quoted fields; null at the end of the
     * input. Records longer than {@code maxChars} characters are refused (a quote never closed must not read a whole
     * file into one field).
     */
    public static String[] record(BufferedReader in, char delimiter, int maxChars) throws IOException {
        String line = in.readLine();
        if (line == null) {
            return null;
        }
        if (line.indexOf('"') < 0) {
            return splitPlain(line, delimiter);
        }
        StringBuilder record = new StringBuilder(line);
        while (openQuote(record)) {
            String next = in.readLine();
            if (next == null) {
                throw new IOException("a quoted field is not closed before the end of the file");
            }
            if (record.length() + next.length() > maxChars) {
                throw new IOException("a record longer than " + maxChars + " characters: a quoted field is not closed");
            }
            record.append('\n').append(next);
        }
        return split(record.toString(), delimiter);
    }

    /** {@link #record(BufferedReader, char, int)} with records of at most 1 MiB characters. */
    public static String[] record(BufferedReader in, char delimiter) throws IOException {
        return record(in, delimiter, 1 << 20);
    }

    private static boolean openQuote(CharSequence text) {
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '"') {
                quoted = !quoted; // a doubled quote toggles twice
            }
        }
        return quoted;
    }
}
