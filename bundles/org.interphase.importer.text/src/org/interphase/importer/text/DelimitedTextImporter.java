/*
 * Copyright (c) 2026 the Interphase contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.interphase.importer.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.interphase.data.DatasetBuilder;
import org.interphase.data.DatasetBuilder.ColumnWriter;
import org.interphase.data.QuantityKind;
import org.interphase.data.Technique;
import org.interphase.importer.ContentMatcher;
import org.interphase.importer.ImportException;
import org.interphase.importer.Importer;

/**
 * Columns of numbers in text: comma, semicolon, tab or whitespace separated, with or without a header line, lines
 * starting with '#' ignored. Without a header, three columns are an impedance spectrum as impedance.py writes it
 * (frequency in Hz, Re(Z) and Im(Z) in Ohm, Im signed); with a header, fields "name/unit" (as Interphase's CSV
 * export writes them) name the columns and their units.
 */
public class DelimitedTextImporter implements Importer {

    public static final String ID = "text.columns";
    private static final Pattern NAME_UNIT = Pattern.compile("(.*?)\\s*/\\s*([^/]*)");

    @Override
    public void read(Path file, DatasetBuilder builder, IProgressMonitor monitor) throws ImportException {
        List<String> lines = lines(file);
        String delimiter = null;
        List<String> header = null;
        List<ColumnWriter> writers = null;
        List<Double> signs = new ArrayList<>();
        int dataLines = 0;
        for (int i = 0; i < lines.size(); i++) {
            if ((i & 0xFFF) == 0 && monitor != null && monitor.isCanceled()) {
                throw new OperationCanceledException();
            }
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            if (delimiter == null) {
                delimiter = delimiter(line);
            }
            String[] fields = split(line, delimiter);
            if (writers == null) {
                if (!allNumbers(fields)) {
                    if (header != null) {
                        throw ImportException.atLine(file, ID, i + 1, "a second line of names ('" + line + "'); expected numbers");
                    }
                    header = List.of(fields);
                    continue;
                }
                writers = declare(file, builder, header, fields.length, signs);
            }
            if (fields.length != writers.size()) {
                throw ImportException.atLine(file, ID, i + 1, "has " + fields.length + " fields, expected " + writers.size());
            }
            for (int c = 0; c < fields.length; c++) {
                double value;
                try {
                    value = Double.parseDouble(fields[c].strip());
                } catch (NumberFormatException e) {
                    throw ImportException.atLine(file, ID, i + 1, "field " + (c + 1) + " ('" + fields[c].strip() + "') is not a number");
                }
                writers.get(c).append(signs.get(c) * value);
            }
            dataLines++;
        }
        if (dataLines == 0) {
            throw new ImportException(file, ID, null, lines.isEmpty() ? "the file is empty" : "no lines of numbers");
        }
    }

    private static List<ColumnWriter> declare(Path file, DatasetBuilder builder, List<String> header, int count, List<Double> signs)
            throws ImportException {
        List<ColumnWriter> writers = new ArrayList<>();
        if (header == null && count == 3) {
            builder.technique(Technique.EIS);
            writers.add(builder.column("f", "Hz", QuantityKind.FREQUENCY));
            writers.add(builder.column("Re(Z)", "Ohm", QuantityKind.IMPEDANCE_REAL));
            writers.add(builder.column("Im(Z)", "Ohm", QuantityKind.IMPEDANCE_IMAGINARY));
            signs.addAll(List.of(1.0, 1.0, 1.0));
            return writers;
        }
        if (header != null && header.size() != count) {
            throw new ImportException(file, ID, "line of names", "names " + header.size() + " columns, the data have " + count);
        }
        boolean impedance = false;
        for (int c = 0; c < count; c++) {
            String name = header == null ? "column " + (c + 1) : header.get(c).strip();
            String unit = "";
            Matcher m = NAME_UNIT.matcher(name);
            if (header != null && m.matches()) {
                name = m.group(1).strip();
                unit = m.group(2).strip();
            }
            QuantityKind kind = kind(name, unit);
            double sign = 1;
            if (kind == QuantityKind.IMPEDANCE_IMAGINARY && name.startsWith("-")) {
                sign = -1; // -Im(Z) columns are stored as Im(Z)
                name = name.substring(1);
            }
            impedance |= kind == QuantityKind.FREQUENCY;
            writers.add(builder.column(name, unit, kind));
            signs.add(sign);
        }
        builder.technique(impedance ? Technique.EIS : Technique.UNKNOWN);
        return writers;
    }

    /** The kind of a column from its name and unit (units as Interphase writes them: SI). */
    static QuantityKind kind(String name, String unit) {
        String n = name.toLowerCase(Locale.ROOT).replace(" ", "");
        if (n.matches("-?im\\(z\\)|-?z''|-?zimag")) {
            return QuantityKind.IMPEDANCE_IMAGINARY;
        }
        if (n.matches("re\\(z\\)|z'|zreal")) {
            return QuantityKind.IMPEDANCE_REAL;
        }
        for (QuantityKind kind : new QuantityKind[] { QuantityKind.FREQUENCY, QuantityKind.TIME, QuantityKind.POTENTIAL,
                QuantityKind.CURRENT, QuantityKind.CHARGE }) {
            if (!unit.isEmpty() && kind.siUnit().equals(unit)) {
                return kind;
            }
        }
        return QuantityKind.OTHER;
    }

    private static List<String> lines(Path file) throws ImportException {
        try {
            return readLines(file, true);
        } catch (CharacterCodingException notUtf8) {
            try {
                return readLines(file, false); // instrument text exports are often Latin-1
            } catch (IOException e) {
                throw new ImportException(file, ID, null, "cannot be read: " + e.getMessage(), e);
            }
        } catch (IOException e) {
            throw new ImportException(file, ID, null, "cannot be read: " + e.getMessage(), e);
        }
    }

    private static List<String> readLines(Path file, boolean utf8) throws IOException {
        var decoder = (utf8 ? StandardCharsets.UTF_8 : StandardCharsets.ISO_8859_1).newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        try (BufferedReader reader = new BufferedReader(new java.io.InputStreamReader(Files.newInputStream(file), decoder))) {
            List<String> lines = new ArrayList<>();
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                lines.add(lines.isEmpty() && line.startsWith("\uFEFF") ? line.substring(1) : line);
            }
            return lines;
        }
    }

    static String delimiter(String line) {
        for (String d : new String[] { "\t", ";", "," }) {
            if (line.contains(d)) {
                return d;
            }
        }
        return null; // whitespace
    }

    static String[] split(String line, String delimiter) {
        return delimiter == null ? line.strip().split("\\s+") : line.split(Pattern.quote(delimiter), -1);
    }

    static boolean allNumbers(String[] fields) {
        for (String field : fields) {
            try {
                Double.parseDouble(field.strip());
            } catch (NumberFormatException e) {
                return false;
            }
        }
        return true;
    }

    /** Text whose first non-comment lines are rows of numbers, with at most one line of names before them. */
    public static class TextMatcher implements ContentMatcher {
        @Override
        public boolean matches(Path file, byte[] head) {
            String text = new String(head, StandardCharsets.ISO_8859_1);
            int numeric = 0;
            int names = 0;
            String[] lines = text.split("\r?\n");
            for (int i = 0; i < lines.length - 1 && numeric < 3; i++) { // the last line may be cut off
                String line = lines[i].strip();
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                if (line.chars().anyMatch(ch -> ch < 9 || (ch > 13 && ch < 32))) {
                    return false; // binary
                }
                if (allNumbers(split(line, delimiter(line)))) {
                    numeric++;
                } else if (++names > 1 || numeric > 0) {
                    return false;
                }
            }
            return numeric >= 2;
        }
    }
}
