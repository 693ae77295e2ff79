/*
 * Copyright (c) 2026 the Interphase contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.interphase.importer.neware;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.interphase.data.DatasetBuilder;
import org.interphase.data.DatasetBuilder.ColumnWriter;
import org.interphase.data.ImportWarning;
import org.interphase.data.Metadata;
import org.interphase.data.QuantityKind;
import org.interphase.data.Technique;
import org.interphase.data.csv.Csv;
import org.interphase.data.units.UnitTable;
import org.interphase.importer.ContentMatcher;
import org.interphase.importer.ImportException;
import org.interphase.importer.Importer;

/**
 * BTSDA's CSV export of a Neware test (one row per record): a header of {@code Name(unit)} fields such as
 * {@code DataPoint, Cycle Index, Step Index, Step Type, Time, Cumulative Time, Current(A), Voltage(V), Capacity(Ah),
 * Chg. Cap.(Ah), DChg. Cap.(Ah), Energy(Wh), ..., Date, Power(W), dQ/dV(mAh/V), Contact resistance(mO)}. Times are
 * {@code h:mm:ss} (hours may pass 24) or seconds; every value is converted to SI (capacities in C, energies in J,
 * specific capacities in C/kg); Step Type becomes the Status column with Neware's status codes; text columns become
 * codes with their legend in the metadata.
 */
public class NewareCsvImporter implements Importer {

    public static final String ID = "neware.csv";

    private static final Pattern NAME_UNIT = Pattern.compile("(.*?)\\s*\\(([^()]*)\\)\\s*");
    private static final Pattern HMS = Pattern.compile("(?:(\\d+)-)?(\\d+):(\\d{1,2}):(\\d{1,2}(?:\\.\\d+)?)");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss[.SSS][.SS][.S]", Locale.ROOT);

    /** How a field is read. */
    private enum Parse {
        NUMBER, DURATION, DATE, STATUS, TEXT
    }

    /** A column: value_SI = value * factor + offset. */
    private record Field(String name, String unit, QuantityKind kind, double factor, double offset, Parse parse) {
        Field(String name, String unit, QuantityKind kind, double factor, Parse parse) {
            this(name, unit, kind, factor, 0, parse);
        }
    }

    @Override
    public void read(Path file, DatasetBuilder builder, IProgressMonitor monitor) throws ImportException {
        Charset charset = charset(file);
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(Files.newInputStream(file), decoder(charset)), 1 << 16)) {
            String header = line(file, reader, 1, charset);
            if (header == null) {
                throw ImportException.atLine(file, ID, 1, "the file is empty");
            }
            if (header.startsWith("\uFEFF")) {
                header = header.substring(1);
            }
            List<String> names = split(header);
            boolean indexed = names.contains("DataPoint") || names.contains("Data Point");
            if (!indexed && !(names.contains("Cycle Index") && names.contains("Step Index") && names.contains("Step Type"))) {
                throw ImportException.atLine(file, ID, 1, "no DataPoint column (nor Cycle Index, Step Index and Step Type): not a Neware "
                        + "BTSDA CSV export");
            }
            List<Field> fields = new ArrayList<>();
            for (int c = 0; c < names.size(); c++) {
                fields.add(field(file, names.get(c), c));
            }
            List<ColumnWriter> writers = new ArrayList<>();
            // BTSDA exports without a DataPoint column (the record layer with chosen columns): the row number is the index
            ColumnWriter rowIndex = indexed ? null : builder.column("Index", "1", QuantityKind.RECORD_INDEX);
            if (!indexed) {
                builder.warning(ImportWarning.atLine(1, "no DataPoint column: Index is the row number"));
            }
            Map<String, Integer> unknownTypes = new LinkedHashMap<>();
            List<Map<String, Integer>> codes = new ArrayList<>();
            for (Field f : fields) {
                writers.add(builder.column(f.name(), f.unit(), f.kind()));
                codes.add(new LinkedHashMap<>());
            }
            boolean charge = false;
            boolean discharge = false;
            boolean onlyRest = true;
            java.util.BitSet seen = new java.util.BitSet();
            long line = 1;
            long rows = 0;
            String start = null;
            for (String text = line(file, reader, 2, charset); text != null; text = line(file, reader, line + 2, charset)) {
                line++;
                if ((line & 0xFFF) == 0 && monitor != null && monitor.isCanceled()) {
                    throw new OperationCanceledException();
                }
                if (text.isBlank()) {
                    continue;
                }
                List<String> values = split(text);
                if (values.size() != fields.size()) {
                    throw ImportException.atLine(file, ID, line, "has " + values.size() + " fields, the header names " + fields.size());
                }
                for (int c = 0; c < values.size(); c++) {
                    Field f = fields.get(c);
                    String v = values.get(c).strip();
                    double value;
                    switch (f.parse()) {
                        case NUMBER -> value = f.offset() == 0 ? number(file, line, f, v) * f.factor() : number(file, line, f, v) * f.factor() + f.offset();
                        case DURATION -> value = duration(file, line, f, v);
                        case DATE -> {
                            value = date(file, line, f, v);
                            if (start == null) {
                                start = LocalDateTime.ofEpochSecond((long) value, 0, ZoneOffset.UTC).toString();
                            }
                        }
                        case STATUS -> {
                            int code = status(v);
                            if (code < 0) {
                                // a step type outside Neware's table: a code of its own from 1000 on, named in the legend
                                Integer known = unknownTypes.get(v);
                                if (known == null) {
                                    if (unknownTypes.size() >= 1000) {
                                        throw ImportException.atLine(file, ID, line, "more than 1000 different unknown step types");
                                    }
                                    known = 1000 + unknownTypes.size();
                                    unknownTypes.put(v, known);
                                    builder.warning(ImportWarning.atLine(line, "step type '" + v + "' is not in Neware's table; kept as status "
                                            + known));
                                }
                                code = known;
                            }
                            value = code;
                            seen.set(code);
                            charge |= NewareStatus.charge(code);
                            discharge |= NewareStatus.discharge(code);
                            onlyRest &= NewareStatus.rest(code);
                        }
                        default -> {
                            Map<String, Integer> legend = codes.get(c);
                            Integer code = legend.get(v);
                            if (code == null) {
                                if (legend.size() >= 1000) {
                                    throw ImportException.atLine(file, ID, line, "column " + f.name() + " has more than 1000 different texts");
                                }
                                code = legend.size();
                                legend.put(v, code);
                            }
                            value = code;
                        }
                    }
                    writers.get(c).append(value);
                }
                rows++;
                if (rowIndex != null) {
                    rowIndex.append(rows);
                }
            }
            if (rows == 0) {
                throw ImportException.atLine(file, ID, line, "no data rows after the header");
            }
            builder.technique(charge || discharge ? Technique.GALVANOSTATIC_CYCLING
                    : onlyRest ? Technique.OPEN_CIRCUIT_VOLTAGE : Technique.UNKNOWN);
            builder.metadata(Metadata.INSTRUMENT, "Neware BTS (BTSDA CSV export)");
            if (start != null) {
                builder.metadata(Metadata.START_TIME, start);
                builder.metadata("timestamp_zone", NdaImporter.LOCAL_TIME);
            }
            for (int c = 0; c < fields.size(); c++) {
                if (fields.get(c).parse() == Parse.TEXT) {
                    StringBuilder legend = new StringBuilder();
                    codes.get(c).forEach((k, v) -> legend.append(legend.isEmpty() ? "" : "; ").append(v).append('=').append(k));
                    builder.metadata(fields.get(c).name() + "_codes", legend.toString());
                }
            }
            if (!seen.isEmpty()) {
                StringBuilder legend = new StringBuilder(statusLegend(seen, unknownTypes));
                builder.metadata("state_codes", legend.toString());
            }
        } catch (java.nio.file.NoSuchFileException e) {
            throw new ImportException(file, ID, null, "no such file", e);
        } catch (IOException e) {
            throw new ImportException(file, ID, "line 1", "cannot be read: " + e.getMessage(), e);
        }
    }

    /** The next line, or null at the end; bytes that are not text in the charset are an error at that line. */
    private static String line(Path file, BufferedReader reader, long number, Charset charset) throws IOException, ImportException {
        try {
            return reader.readLine();
        } catch (java.nio.charset.CharacterCodingException e) {
            throw ImportException.atLine(file, ID, number, "bytes that are not " + charset + " text");
        }
    }

    private static String statusLegend(java.util.BitSet seen, Map<String, Integer> unknown) {
        Map<Integer, String> names = new java.util.HashMap<>();
        unknown.forEach((text, code) -> names.put(code, text));
        StringBuilder s = new StringBuilder();
        for (int code = seen.nextSetBit(0); code >= 0; code = seen.nextSetBit(code + 1)) {
            String name = NewareStatus.name(code);
            s.append(s.isEmpty() ? "" : "; ").append(code).append('=').append(name != null ? name : names.getOrDefault(code, "unknown"));
        }
        return s.toString();
    }

    /** The column of a header field: name, SI unit, kind, factor to SI, how to parse. */
    private static Field field(Path file, String header, int column) throws ImportException {
        String name = header.strip();
        String unit = "";
        Matcher m = NAME_UNIT.matcher(name);
        if (m.matches()) {
            name = m.group(1).strip();
            unit = m.group(2).strip();
        }
        String key = name.toLowerCase(Locale.ROOT).replace(".", "").replaceAll("\\s+", " ");
        switch (key) {
            case "datapoint", "data point" -> {
                return new Field("Index", "1", QuantityKind.RECORD_INDEX, 1, Parse.NUMBER);
            }
            case "cycle index", "cycle" -> {
                return new Field("Cycle", "1", QuantityKind.CYCLE_INDEX, 1, Parse.NUMBER);
            }
            case "step index", "step" -> {
                return new Field("Step", "1", QuantityKind.STEP_INDEX, 1, Parse.NUMBER);
            }
            case "step type", "status" -> {
                return new Field("Status", "1", QuantityKind.STATE, 1, Parse.STATUS);
            }
            case "time", "step time" -> {
                return new Field("Step time", "s", QuantityKind.STEP_TIME, 1, Parse.DURATION);
            }
            case "cumulative time", "total time" -> {
                return new Field("Test time", "s", QuantityKind.TIME, 1, Parse.DURATION);
            }
            case "date", "realtime", "real time" -> {
                return new Field("Timestamp", "s", QuantityKind.OTHER, 1, Parse.DATE);
            }
            default -> {
            }
        }
        String display = switch (key) {
            case "chg cap" -> "Charge capacity";
            case "dchg cap" -> "Discharge capacity";
            case "chg spec cap" -> "Charge specific capacity";
            case "dchg spec cap" -> "Discharge specific capacity";
            case "spec cap" -> "Specific capacity";
            case "chg energy" -> "Charge energy";
            case "dchg energy" -> "Discharge energy";
            case "chg spec energy" -> "Charge specific energy";
            case "dchg spec energy" -> "Discharge specific energy";
            case "spec energy" -> "Specific energy";
            default -> name;
        };
        if (unit.isEmpty()) {
            return new Field(display, "", QuantityKind.OTHER, 1, Parse.TEXT);
        }
        // Neware writes Ohm as "O" and mOhm as "mO", and capacity and energy in A·s and W·s as "mAs", "mWs"; every other
        // unit is the shared table's
        UnitTable.Unit u = UnitTable.get(unit.equals("O") ? "Ohm" : unit);
        Field seconds = secondsUnit(display, unit);
        if (u == null && seconds != null) {
            return seconds;
        }
        if (u == null) {
            throw ImportException.atLine(file, ID, 1, "column " + (column + 1) + " ('" + header.strip() + "'): unit '" + unit
                    + "' unknown");
        }
        QuantityKind kind = switch (u.si()) {
            case "A" -> QuantityKind.CURRENT;
            case "V" -> QuantityKind.POTENTIAL;
            case "C" -> QuantityKind.CHARGE;
            case "J" -> QuantityKind.ENERGY;
            case "W" -> QuantityKind.POWER;
            case "K" -> QuantityKind.TEMPERATURE;
            case "Ohm" -> QuantityKind.RESISTANCE;
            default -> QuantityKind.OTHER;
        };
        return new Field(display, u.si(), kind, u.factor(), u.offset(), u.si().equals("s") && u.isSI() ? Parse.DURATION : Parse.NUMBER);
    }

    /** A capacity or energy in (m, u) A·s or W·s, as BTSDA's smallest export units write them ("mAs", "mWs"), or null. */
    private static Field secondsUnit(String display, String unit) {
        String u = unit.replace('\u00b5', 'u').replace('\u03bc', 'u');
        double prefix = u.startsWith("m") ? 1e-3 : u.startsWith("u") ? 1e-6 : 1;
        String base = prefix == 1 ? u : u.substring(1);
        return switch (base) {
            case "As" -> new Field(display, "C", QuantityKind.CHARGE, prefix, Parse.NUMBER);
            case "Ws" -> new Field(display, "J", QuantityKind.ENERGY, prefix, Parse.NUMBER);
            default -> null;
        };
    }

    private static double number(Path file, long line, Field f, String v) throws ImportException {
        try {
            double value = Double.parseDouble(v);
            if (!Double.isFinite(value)) {
                throw new NumberFormatException();
            }
            return value; // the unit's factor and offset (degC to K) are applied by the caller
        } catch (NumberFormatException e) {
            throw ImportException.atLine(file, ID, line, "field " + f.name() + " ('" + v + "') is not a number");
        }
    }

    /** h:mm:ss[.f] (hours may exceed 24, or d-h:mm:ss) or seconds. */
    static double duration(Path file, long line, Field f, String v) throws ImportException {
        Matcher m = HMS.matcher(v);
        if (m.matches()) {
            int minutes = Integer.parseInt(m.group(3));
            double seconds = Double.parseDouble(m.group(4));
            if (minutes > 59 || seconds >= 60 || m.group(2).length() > 9) {
                throw ImportException.atLine(file, ID, line, "field " + f.name() + " ('" + v + "') is not a time h:mm:ss");
            }
            double days = m.group(1) == null ? 0 : Double.parseDouble(m.group(1));
            return days * 86400 + Long.parseLong(m.group(2)) * 3600.0 + minutes * 60 + seconds;
        }
        try {
            double value = Double.parseDouble(v);
            if (value < 0 || !Double.isFinite(value)) {
                throw new NumberFormatException();
            }
            return value;
        } catch (NumberFormatException e) {
            throw ImportException.atLine(file, ID, line, "field " + f.name() + " ('" + v + "') is not a time h:mm:ss or seconds");
        }
    }

    private static double date(Path file, long line, Field f, String v) throws ImportException {
        try {
            LocalDateTime t = LocalDateTime.parse(v.replace('/', '-'), DATE);
            return t.toEpochSecond(ZoneOffset.UTC) + t.getNano() * 1e-9;
        } catch (DateTimeParseException e) {
            throw ImportException.atLine(file, ID, line, "field " + f.name() + " ('" + v + "') is not a date yyyy-MM-dd HH:mm:ss");
        }
    }

    /** Neware's status code of a step type text (CC Chg, CCCV_DChg, ...), or -1. */
    private static int status(String v) {
        String name = v.strip().replaceAll("[\\s-]+", "_");
        for (Map.Entry<Integer, String> e : NewareStatus.all().entrySet()) {
            if (e.getValue().equalsIgnoreCase(name) || e.getValue().replace("_", "").equalsIgnoreCase(name.replace("_", ""))) {
                return e.getKey();
            }
        }
        return -1;
    }

    /** Comma-separated fields; a field in double quotes may hold commas and doubled quotes. */
    static List<String> split(String line) {
        return new ArrayList<>(List.of(Csv.split(line, ',')));
    }

    /**
     * UTF-8 when the head decodes as UTF-8; else GB18030 (BTSDA on Chinese Windows), unless the header's units are
     * known only in windows-1252 (BTSDA on Western Windows: "Current(\u00b5A)" with the byte 0xB5).
     */
    private static Charset charset(Path file) throws ImportException {
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(ContentMatcher.HEAD_SIZE);
        } catch (IOException e) {
            throw new ImportException(file, ID, null, "cannot be read: " + e.getMessage(), e);
        }
        int end = head.length;
        // do not judge a multi-byte character cut off at the end of the head
        while (end > 0 && end > head.length - 4 && (head[end - 1] & 0x80) != 0) {
            end--;
        }
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT).decode(java.nio.ByteBuffer.wrap(head, 0, end));
            return StandardCharsets.UTF_8;
        } catch (java.nio.charset.CharacterCodingException e) {
            Charset gb = Charset.isSupported("GB18030") ? Charset.forName("GB18030") : StandardCharsets.ISO_8859_1;
            Charset western = Charset.isSupported("windows-1252") ? Charset.forName("windows-1252") : StandardCharsets.ISO_8859_1;
            return unitsKnown(new String(head, 0, end, gb)) || !unitsKnown(new String(head, 0, end, western)) ? gb : western;
        }
    }

    /** Whether every unit in brackets on the first line is one this importer reads. */
    private static boolean unitsKnown(String text) {
        int nl = text.indexOf('\n');
        for (String name : split(nl < 0 ? text : text.substring(0, nl))) {
            Matcher m = NAME_UNIT.matcher(name.strip());
            if (m.matches()) {
                String unit = m.group(2).strip();
                if (UnitTable.get(unit.equals("O") ? "Ohm" : unit) == null && secondsUnit("", unit) == null) {
                    return false;
                }
            }
        }
        return true;
    }

    private static CharsetDecoder decoder(Charset charset) {
        return charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
    }

    /** A first line with DataPoint, Cycle Index and Step Type (or Step Index) fields. */
    public static class CsvMatcher implements ContentMatcher {
        @Override
        public boolean matches(Path file, byte[] head) {
            String text = new String(head, StandardCharsets.ISO_8859_1);
            int nl = text.indexOf('\n');
            String first = nl < 0 ? text : text.substring(0, nl);
            boolean index = first.contains("DataPoint") || first.contains("Data Point");
            return first.contains("Cycle Index") && first.contains(",") && (index ? first.contains("Step Type") || first.contains("Step Index")
                    : first.contains("Step Type") && first.contains("Step Index"));
        }
    }
}
