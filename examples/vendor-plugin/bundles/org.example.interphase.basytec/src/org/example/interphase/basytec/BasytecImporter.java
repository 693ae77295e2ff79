/*
 * Copyright (c) 2026 the Interphase contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.example.interphase.basytec;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.interphase.data.DatasetBuilder;
import org.interphase.data.DatasetBuilder.ColumnWriter;
import org.interphase.data.Metadata;
import org.interphase.data.QuantityKind;
import org.interphase.data.Technique;
import org.interphase.importer.ContentMatcher;
import org.interphase.importer.ImportException;
import org.interphase.importer.Importer;

/**
 * BaSyTec Battery Test System result files exported as text. The layout (see the plugin's README, "Where the format
 * was learned"): header lines start with {@code ~}; the first reads {@code ~Resultfile from Basytec Battery Test
 * System}, then {@code ~Key: value} lines (Name of Test, Battery, Start of Test, ...), a bare {@code ~}, and the last
 * header line names the columns, {@code ~Time[h] DataSet DateTime t-Step[h] ... Command U[V] I[A] Ah[Ah] ...
 * T1[°C] Cyc-Count Count State}. Columns are separated by tabs or by blanks; with blanks the DateTime value
 * ({@code 05.05.2025 14:36:06}) spans two fields. Units are in brackets: hours, volts, amperes, ampere-hours,
 * watt-hours, degrees Celsius; they are converted to SI (s, V, A, C, J, K). Command (Pause, Charge, Discharge, ...)
 * becomes a state code: 1 charge, 2 discharge, 3 rest (pause), 4 anything else.
 */
public class BasytecImporter implements Importer {

    public static final String ID = "basytec.txt";
    static final String SIGNATURE = "~Resultfile from Basytec";
    private static final int HEAD_LINES = 200;
    private static final Pattern UNIT = Pattern.compile("^(.*?)\\[(.*)\\]$");
    private static final Pattern DATE = Pattern.compile("\\d{1,2}\\.\\d{1,2}\\.\\d{4}");
    private static final DateTimeFormatter GERMAN = DateTimeFormatter.ofPattern("d.M.yyyy H:mm:ss", Locale.ROOT);

    private enum Parse {
        NUMBER, COMMAND, DATE_TIME
    }

    private record Field(String source, String name, String unit, QuantityKind kind, double factor, double offset, Parse parse) {
    }

    @Override
    public void read(Path file, DatasetBuilder builder, IProgressMonitor monitor) throws ImportException {
        var decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT);
        try (BufferedReader reader = new BufferedReader(new java.io.InputStreamReader(Files.newInputStream(file), decoder))) {
            read(file, reader, builder, monitor);
        } catch (NoSuchFileException e) {
            throw new ImportException(file, ID, null, "no such file", e);
        } catch (CharacterCodingException e) {
            readLatin1(file, builder, monitor);
        } catch (IOException e) {
            throw new ImportException(file, ID, null, "cannot be read: " + e.getMessage(), e);
        }
    }

    /** Older exports are Windows-1252 / ISO-8859-1 (the degree sign of T1[°C]). */
    private void readLatin1(Path file, DatasetBuilder builder, IProgressMonitor monitor) throws ImportException {
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.ISO_8859_1)) {
            read(file, reader, builder, monitor);
        } catch (IOException e) {
            throw new ImportException(file, ID, null, "cannot be read: " + e.getMessage(), e);
        }
    }

    private static void read(Path file, BufferedReader reader, DatasetBuilder builder, IProgressMonitor monitor)
            throws ImportException, IOException {
        String header = null;
        long line = 0;
        String text;
        String start = null;
        while ((text = reader.readLine()) != null) {
            line++;
            if (line == 1 && text.startsWith("\uFEFF")) {
                text = text.substring(1);
            }
            if (!text.startsWith("~")) {
                break;
            }
            String content = text.substring(1).strip();
            if (content.startsWith("Time[")) {
                header = text.substring(1);
                text = null;
                break;
            }
            int colon = content.indexOf(": ");
            if (colon > 0 && colon < 64) {
                String key = content.substring(0, colon).strip();
                String value = content.substring(colon + 2).strip();
                if (!value.isEmpty()) {
                    builder.metadata(key.toLowerCase(Locale.ROOT).replace(' ', '_'), value);
                    if (key.equals("Start of Test")) {
                        start = iso(value);
                    }
                }
            }
            if (line > HEAD_LINES) {
                break;
            }
        }
        if (header == null) {
            throw ImportException.atLine(file, ID, Math.max(1, line), "no column header line (~Time[h] ...) before the data: "
                    + "not a BaSyTec text export");
        }
        long headerLine = line;
        boolean tabs = header.indexOf('\t') >= 0;
        List<String> names = split(header, tabs);
        List<Field> fields = new ArrayList<>();
        boolean voltage = false;
        for (String name : names) {
            Field f = field(name);
            fields.add(f);
            voltage |= f.kind() == QuantityKind.POTENTIAL;
        }
        if (!voltage || fields.get(0).kind() != QuantityKind.TIME) {
            throw ImportException.atLine(file, ID, headerLine, "the column header has no Time[h] first or no U[V]: "
                    + "not a BaSyTec cycler export");
        }
        builder.technique(Technique.GALVANOSTATIC_CYCLING);
        builder.metadata(Metadata.INSTRUMENT, "BaSyTec Battery Test System");
        if (start != null) {
            builder.metadata(Metadata.START_TIME, start);
        }
        List<ColumnWriter> writers = new ArrayList<>();
        for (Field f : fields) {
            writers.add(f.parse() == Parse.DATE_TIME ? null : builder.column(f.name(), f.unit(), f.kind()));
        }
        long rows = 0;
        while ((text = reader.readLine()) != null) {
            line++;
            if ((line & 0xFFF) == 0 && monitor != null && monitor.isCanceled()) {
                throw new OperationCanceledException();
            }
            if (text.isBlank() || text.startsWith("~")) {
                continue;
            }
            List<String> cells = split(text, tabs);
            int cell = 0;
            double[] values = new double[fields.size()];
            for (int c = 0; c < fields.size(); c++) {
                Field f = fields.get(c);
                if (cell >= cells.size()) {
                    throw ImportException.atLine(file, ID, line, "the row ends after " + cells.size() + " fields; the header names "
                            + fields.size() + " columns (missing: " + f.source() + ")");
                }
                String value = cells.get(cell++);
                switch (f.parse()) {
                    case DATE_TIME -> {
                        if (!tabs && DATE.matcher(value).matches() && cell < cells.size() && cells.get(cell).contains(":")) {
                            cell++; // the time of day, split off by a blank
                        }
                    }
                    case COMMAND -> values[c] = state(value);
                    case NUMBER -> {
                        try {
                            values[c] = Double.parseDouble(value.indexOf(',') >= 0 && value.indexOf('.') < 0 ? value.replace(',', '.') : value)
                                    * f.factor() + f.offset();
                        } catch (NumberFormatException e) {
                            throw ImportException.atLine(file, ID, line, "'" + shorten(value) + "' in column " + f.source() + " is not a number");
                        }
                    }
                }
            }
            if (cell != cells.size()) {
                throw ImportException.atLine(file, ID, line, "the row has " + cells.size() + " fields, more than the header's "
                        + fields.size() + " columns");
            }
            for (int c = 0; c < fields.size(); c++) {
                if (writers.get(c) != null) {
                    writers.get(c).append(values[c]);
                }
            }
            rows++;
        }
        if (rows == 0) {
            throw ImportException.atLine(file, ID, line, "no data rows after the column header (line " + headerLine + ")");
        }
    }

    private static List<String> split(String text, boolean tabs) {
        List<String> cells = new ArrayList<>();
        for (String cell : tabs ? text.split("\t", -1) : text.strip().split("\\s+")) {
            cells.add(cell.strip());
        }
        while (tabs && !cells.isEmpty() && cells.get(cells.size() - 1).isEmpty()) {
            cells.remove(cells.size() - 1);
        }
        return cells;
    }

    private static Field field(String source) {
        Matcher m = UNIT.matcher(source);
        String base = m.matches() ? m.group(1) : source;
        String unit = m.matches() ? m.group(2) : "";
        return switch (base) {
            case "Time" -> new Field(source, "time", "s", QuantityKind.TIME, hours(unit), 0, Parse.NUMBER);
            case "t-Step" -> new Field(source, "step time", "s", QuantityKind.STEP_TIME, hours(unit), 0, Parse.NUMBER);
            case "t-Set", "t-Cyc" -> new Field(source, base, "s", QuantityKind.OTHER, hours(unit), 0, Parse.NUMBER);
            case "DataSet" -> new Field(source, "record", "1", QuantityKind.RECORD_INDEX, 1, 0, Parse.NUMBER);
            case "DateTime" -> new Field(source, "date time", "", QuantityKind.OTHER, 1, 0, Parse.DATE_TIME);
            case "Line" -> new Field(source, "step", "1", QuantityKind.STEP_INDEX, 1, 0, Parse.NUMBER);
            case "Command" -> new Field(source, "state", "1", QuantityKind.STATE, 1, 0, Parse.COMMAND);
            case "U" -> new Field(source, "potential", "V", QuantityKind.POTENTIAL, "mV".equals(unit) ? 1e-3 : 1, 0, Parse.NUMBER);
            case "I" -> new Field(source, "current", "A", QuantityKind.CURRENT, "mA".equals(unit) ? 1e-3 : 1, 0, Parse.NUMBER);
            case "Ah" -> new Field(source, "charge", "C", QuantityKind.CHARGE, "mAh".equals(unit) ? 3.6 : 3600, 0, Parse.NUMBER);
            case "Ah-Step" -> new Field(source, "step charge", "C", QuantityKind.CHARGE, 3600, 0, Parse.NUMBER);
            case "Wh" -> new Field(source, "energy", "J", QuantityKind.ENERGY, 3600, 0, Parse.NUMBER);
            case "Wh-Step" -> new Field(source, "step energy", "J", QuantityKind.ENERGY, 3600, 0, Parse.NUMBER);
            case "Cyc-Count" -> new Field(source, "cycle", "1", QuantityKind.CYCLE_INDEX, 1, 0, Parse.NUMBER);
            default -> base.matches("T\\d*") && unit.endsWith("C")
                    ? new Field(source, "temperature" + (base.length() > 1 ? " " + base.substring(1) : ""), "K", QuantityKind.TEMPERATURE, 1,
                            273.15, Parse.NUMBER)
                    : new Field(source, source, unit, QuantityKind.OTHER, 1, 0, Parse.NUMBER);
        };
    }

    private static double hours(String unit) {
        return switch (unit) {
            case "s" -> 1;
            case "min" -> 60;
            default -> 3600;
        };
    }

    private static double state(String command) {
        return switch (command.toLowerCase(Locale.ROOT)) {
            case "charge" -> 1;
            case "discharge" -> 2;
            case "pause", "rest" -> 3;
            default -> 4;
        };
    }

    private static String iso(String german) {
        try {
            return LocalDateTime.parse(german, GERMAN).toString();
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static String shorten(String value) {
        return value.length() > 40 ? value.substring(0, 40) + "..." : value;
    }

    /** The file's first line is BaSyTec's signature, or its first line is the column header. */
    public static class TextMatcher implements ContentMatcher {
        @Override
        public boolean matches(Path file, byte[] head) {
            String text = new String(head, StandardCharsets.ISO_8859_1);
            if (text.startsWith("\uFEFF") || text.startsWith("\u00EF\u00BB\u00BF")) {
                text = text.substring(text.charAt(0) == '\uFEFF' ? 1 : 3);
            }
            return text.regionMatches(true, 0, SIGNATURE, 0, SIGNATURE.length()) || text.startsWith("~Time[h]");
        }
    }
}
