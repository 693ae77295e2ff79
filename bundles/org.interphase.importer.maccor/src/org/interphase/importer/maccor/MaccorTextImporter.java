/*
 * Copyright (c) 2026 the Interphase contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.interphase.importer.maccor;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.interphase.data.DatasetBuilder;
import org.interphase.data.DatasetBuilder.ColumnWriter;
import org.interphase.data.ImportWarning;
import org.interphase.data.Metadata;
import org.interphase.data.QuantityKind;
import org.interphase.data.Technique;
import org.interphase.importer.ContentMatcher;
import org.interphase.importer.ImportException;
import org.interphase.importer.Importer;

/**
 * Maccor's text exports of cycler data (MacTest / MIMS client and server exports). Lines before the column header
 * are metadata: {@code key<TAB>value} pairs, one or several per line ({@code Today's Date ... Date of Test ...
 * Filename ... Procedure ... Comment/Barcode}, spread over one or three lines, or {@code Name:}, {@code Channel:},
 * {@code Started}, ... one per line). The header names the columns in one of Maccor's spellings: {@code Rec#, Cyc#,
 * Step, TestTime, StepTime, Amp-hr, Watt-hr, Amps, Volts, State, ES, DPt Time, ACImp/Ohms, DCIR/Ohms} (export 1),
 * {@code Rec, Cycle P, Cycle C, Step, TestTime, StepTime, Cap. [Ah], Ener. [Wh], Current [A], Voltage [V], Md, ES,
 * DPT Time, VAR1...} (MIMS client) or {@code Test Time (s), Capacity (Ah), Current (A), Voltage (V), MD, ...}
 * (export 2, MIMS server). Tab-separated; the decimal mark may be a comma. Times are seconds or {@code Nd HH:MM:SS};
 * where the header gives no unit the unit is found from the file itself, by comparing the test time with the data
 * point's clock time (DPt Time): the example file's TestTime is in minutes. The mode letter (State / Md) becomes a
 * state code: 1 C (charge), 2 D (discharge), 3 R (rest), 4 O (other), 5 S, 6 E, 7 P, 8 A, 9 I, 10 V, 11 T.
 */
public class MaccorTextImporter implements Importer {

    public static final String ID = "maccor.txt";

    static final String MODES = "CDROSEPAIVT";
    private static final int HEAD_LINES = 400;
    /** Rows kept while the time unit is being found from the clock time. */
    private static final int UNIT_ROWS = 1 << 16;

    private enum Parse {
        NUMBER, TIME, DATE, MODE, TEXT, IGNORE
    }

    private record Field(String source, String name, String unit, QuantityKind kind, double factor, double offset, Parse parse,
            boolean unitKnown) {
    }

    private Path file;
    /** The parts when several files are read as one test, else null. */
    private PartsReader parts;

    @Override
    public void read(Path file, DatasetBuilder builder, IProgressMonitor monitor) throws ImportException {
        this.file = file;
        this.parts = null;
        if (!java.nio.file.Files.exists(file)) {
            throw new ImportException(file, ID, null, "no such file", null);
        }
        MaccorSeries.Plan plan = MaccorSeries.plan(file);
        try (BufferedReader reader = plan.joined() ? new PartsReader(plan.parts()) : MaccorText.open(file)) {
            if (plan.joined()) {
                parts = (PartsReader) reader;
                this.file = plan.parts().get(0).file();
            }
            read(reader, builder, monitor);
            series(plan, builder);
        } catch (java.nio.file.NoSuchFileException e) {
            throw new ImportException(file, ID, null, "no such file", e);
        } catch (IOException e) {
            throw new ImportException(file, ID, "line 1", "cannot be read: " + e.getMessage(), e);
        } finally {
            this.parts = null;
        }
    }

    /**
     * Says what was read of a numbered series: the parts joined (metadata parts, and a warning for each gap), the
     * numbered files of the same name that are separate tests, and the files the dataset depends on (for the store's
     * staleness check, see {@link org.interphase.importer.Importers#DEPENDS_ON}).
     */
    private static void series(MaccorSeries.Plan plan, DatasetBuilder builder) {
        if (plan.siblings().size() < 2 && MaccorSeries.pattern(plan.parts().get(0).file()) == null) {
            return;
        }
        if (plan.joined()) {
            StringBuilder names = new StringBuilder();
            for (MaccorSeries.Part p : plan.parts()) {
                names.append(names.isEmpty() ? "" : ", ").append(MaccorSeries.name(p));
            }
            builder.metadata("parts", names + " (read as one test: each continues the records and test time of the one before)");
            for (String gap : plan.gaps()) {
                builder.warning(ImportWarning.ofFile("parts of the test are missing: " + gap));
            }
        }
        if (!plan.notes().isEmpty()) {
            builder.metadata("separate_files", String.join("; ", plan.notes()));
            builder.warning(ImportWarning.ofFile("files of the same name with other numbers exist but are read apart: "
                    + String.join("; ", plan.notes())));
        }
        Path first = plan.parts().get(0).file();
        builder.metadata(org.interphase.importer.Importers.DEPENDS_ON,
                org.interphase.importer.Importers.dependsOn(plan.siblings(), first.toAbsolutePath().getParent(), MaccorSeries.pattern(first)));
    }

    /** An error at a line of the text read (a line of one of the parts when several are read as one). */
    private ImportException error(long line, String reason) {
        return parts == null ? ImportException.atLine(file, ID, line, reason) : ImportException.atLine(parts.file(line), ID, parts.line(line), reason);
    }

    /** A warning at a line of the text read (naming the part when several are read as one). */
    private ImportWarning warningAt(long line, String what) {
        if (parts == null || parts.part(line) == 0) {
            return ImportWarning.atLine(line, what);
        }
        return ImportWarning.ofFile(parts.file(line).getFileName() + " line " + parts.line(line) + ": " + what);
    }

    private void read(BufferedReader reader, DatasetBuilder builder, IProgressMonitor monitor) throws ImportException, IOException {
        Map<String, String> meta = new LinkedHashMap<>();
        List<String> header = null;
        char separator = '\t';
        long line = 0;
        String text;
        while ((text = reader.readLine()) != null) {
            line++;
            if (line == 1 && text.startsWith("\uFEFF")) {
                text = text.substring(1);
            }
            if (line > HEAD_LINES) {
                break;
            }
            char sep = text.indexOf('\t') >= 0 ? '\t' : ',';
            List<String> cells = MaccorText.fields(text, sep);
            if (MaccorSeries.isHeader(cells)) {
                header = cells;
                separator = sep;
                break;
            }
            for (int i = 0; i + 1 < cells.size(); i += 2) {
                String key = MaccorText.printable(cells.get(i)).replaceAll(":$", "").strip();
                String value = MaccorText.printable(cells.get(i + 1));
                if (!key.isEmpty() && !value.isEmpty() && key.length() < 64) {
                    meta.putIfAbsent(key, value);
                }
            }
        }
        if (header == null) {
            throw error(Math.max(1, line), "no column header with a record number (Rec, Rec#) and a voltage "
                    + "(Volts, Voltage) in the first " + HEAD_LINES + " lines: not a Maccor text export");
        }
        while (!header.isEmpty() && header.get(header.size() - 1).isEmpty()) {
            header.remove(header.size() - 1); // exports end every line with a tab
        }
        long headerLine = line;
        List<Field> fields = new ArrayList<>();
        boolean hasCycleC = header.contains("Cycle C") || header.contains("Cyc#");
        for (int c = 0; c < header.size(); c++) {
            fields.add(field(header.get(c), hasCycleC, headerLine, c));
        }
        metadata(builder, meta);
        if (parts == null && meta.keySet().stream().noneMatch(k -> k.equalsIgnoreCase("channel"))) {
            // Maccor names its data files by test and channel: the extension .052 is channel 52 (as beep reads it)
            String named = meta.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase("filename")).map(Map.Entry::getValue)
                    .findFirst().orElse(file.getFileName().toString()).strip();
            java.util.regex.Matcher channel = java.util.regex.Pattern.compile("\\.(\\d{3})(?=\\s|$)").matcher(named);
            if (channel.find()) {
                builder.metadata(Metadata.CHANNEL, Integer.toString(Integer.parseInt(channel.group(1))));
            }
        }

        Map<Integer, String> auxUnits = auxiliaryUnits(reader, fields, separator, builder, headerLine);
        Map<Integer, long[]> implausibleAux = new LinkedHashMap<>();
        Map<Integer, String> implausibleAuxText = new LinkedHashMap<>();

        List<ColumnWriter> writers = new ArrayList<>();
        for (Field f : fields) {
            writers.add(f.parse() == Parse.IGNORE ? null : builder.column(f.name(), f.unit(), f.kind()));
        }
        int clock = -1;
        int testTime = -1;
        boolean needUnit = false;
        for (int c = 0; c < fields.size(); c++) {
            if (fields.get(c).parse() == Parse.DATE) {
                clock = c;
            }
            if (fields.get(c).kind() == QuantityKind.TIME) {
                testTime = c;
            }
            needUnit |= fields.get(c).parse() == Parse.TIME && !fields.get(c).unitKnown();
        }
        Boolean decimalComma = null;
        double timeFactor = 1;
        boolean durations = false;
        Deque<double[]> waiting = new ArrayDeque<>();
        Deque<Long> waitingLines = new ArrayDeque<>();
        long rows = 0;
        String start = null;
        boolean charge = false;
        boolean discharge = false;
        boolean current = false;
        Map<Integer, Map<String, Integer>> textCodes = new LinkedHashMap<>();
        java.util.BitSet modes = new java.util.BitSet();
        Map<String, Integer> otherStates = new LinkedHashMap<>();
        double lastDate = Double.NaN;
        double testDay = Double.NaN;
        for (Map.Entry<String, String> e : meta.entrySet()) {
            if (e.getKey().toLowerCase(Locale.ROOT).endsWith("date of test")) { // also "Today's Date 04/04/2016  Date of Test"
                double d = MaccorText.date(e.getValue().strip().split("[\\s,]+")[0]);
                testDay = Double.isNaN(d) ? Double.NaN : Math.floor(d / 86400) * 86400;
            }
        }
        while ((text = reader.readLine()) != null) {
            line++;
            if ((line & 0xFFF) == 0 && monitor != null && monitor.isCanceled()) {
                throw new OperationCanceledException();
            }
            if (text.isBlank()) {
                continue;
            }
            List<String> cells = MaccorText.fields(text, separator);
            while (cells.size() > fields.size() && cells.get(cells.size() - 1).isEmpty()) {
                cells.remove(cells.size() - 1);
            }
            if (cells.size() != fields.size()) {
                throw error(line, "has " + cells.size() + " fields, the header (line " + headerLine + ") names "
                        + fields.size());
            }
            if (decimalComma == null) {
                decimalComma = decimalComma(cells, fields);
            }
            for (Map.Entry<Integer, String> unit : auxUnits.entrySet()) {
                if (!cells.get(unit.getKey()).strip().equals(unit.getValue())) {
                    throw error(line, fields.get(unit.getKey() - 1).source() + "'s unit changes from '"
                            + unit.getValue() + "' (first row) to '" + cells.get(unit.getKey()).strip() + "'");
                }
            }
            double[] values = new double[fields.size()];
            for (int c = 0; c < fields.size(); c++) {
                Field f = fields.get(c);
                String v = cells.get(c);
                double value;
                switch (f.parse()) {
                    case IGNORE -> value = Double.NaN;
                    case NUMBER -> {
                        value = MaccorText.number(v, decimalComma);
                        if (Double.isNaN(value) && !v.isEmpty()) {
                            throw error(line, f.source() + " '" + v + "' is not a number");
                        }
                        value = value * f.factor() + f.offset();
                    }
                    case TIME -> {
                        value = MaccorText.number(v, decimalComma);
                        if (Double.isNaN(value)) {
                            value = MaccorText.duration(v);
                            if (Double.isNaN(value)) {
                                throw error(line, f.source() + " '" + v + "' is not a time (seconds or Nd HH:MM:SS)");
                            }
                            durations = true;
                        } else {
                            value *= f.factor();
                        }
                    }
                    case DATE -> {
                        value = MaccorText.date(v);
                        if (Double.isNaN(value) && Double.isNaN(lastDate) && !Double.isNaN(testDay)) {
                            // times of day from the first row on (battery-data-toolkit's maccor_example.002): the day is
                            // the header's Date of Test
                            double time = MaccorText.timeOfDay(v);
                            if (!Double.isNaN(time)) {
                                value = testDay + time;
                                builder.metadata("timestamp_day", "DPt Time holds times of day: the first day is the header's Date of Test");
                            }
                        }
                        if (Double.isNaN(value) && !Double.isNaN(lastDate)) {
                            // a time of day alone: the day of the row before (the next day when the clock went past midnight)
                            double time = MaccorText.timeOfDay(v);
                            if (!Double.isNaN(time)) {
                                double day = Math.floor(lastDate / 86400) * 86400;
                                value = day + time < lastDate - 1 ? day + 86400 + time : day + time;
                            }
                        }
                        if (!Double.isNaN(value)) {
                            lastDate = value;
                        }
                        if (Double.isNaN(value) && !v.isEmpty()) {
                            throw error(line, f.source() + " '" + v + "' is not a date and time");
                        }
                        if (start == null && !Double.isNaN(value)) {
                            start = LocalDateTime.ofEpochSecond((long) Math.floor(value), 0, ZoneOffset.UTC).toString();
                        }
                    }
                    case MODE -> {
                        int k = v.length() == 1 ? MODES.indexOf(Character.toUpperCase(v.charAt(0))) : -1;
                        if (k < 0) {
                            // a state other than a mode letter (FRA: the impedance points of an EIS step): kept under a
                            // code of its own, named in the legend, and said once
                            String state = MaccorText.printable(v).strip();
                            if (state.isEmpty() || state.length() > 16) {
                                throw error(line, f.source() + " '" + v + "' is not a Maccor mode (" + MODES + ")");
                            }
                            Integer extra = otherStates.get(state);
                            if (extra == null) {
                                if (otherStates.size() >= 100) {
                                    throw error(line, f.source() + " has more than 100 states that are not mode letters");
                                }
                                extra = MODES.length() + 1 + otherStates.size();
                                otherStates.put(state, extra);
                                builder.warning(warningAt(line, f.source() + " '" + state + "' is not a Maccor mode letter ("
                                        + MODES + "): kept as state code " + extra + " (see state_codes)"));
                            }
                            value = extra;
                        } else {
                            value = k + 1;
                            modes.set(k + 1);
                            charge |= k == 0;
                            discharge |= k == 1;
                        }
                    }
                    default -> {
                        Map<String, Integer> legend = textCodes.computeIfAbsent(c, k -> new LinkedHashMap<>());
                        Integer code = legend.get(v);
                        if (code == null) {
                            if (legend.size() >= 1000) {
                                throw error(line, f.source() + " has more than 1000 different texts");
                            }
                            code = legend.size();
                            legend.put(v, code);
                        }
                        value = code;
                    }
                }
                String reason = implausible(f, value);
                if (reason != null && auxUnits.containsKey(c + 1)) {
                    // an auxiliary input with no sensor reads nonsense (cellpy's maccor_001.txt: -2501.7 C on every
                    // unconnected thermocouple): the value is left empty and counted, the file is read
                    long[] seen = implausibleAux.computeIfAbsent(c, k -> new long[] { 0, 0 });
                    if (seen[0]++ == 0) {
                        seen[1] = line;
                        implausibleAuxText.put(c, v.strip() + " " + auxUnits.get(c + 1));
                    }
                    value = Double.NaN;
                } else if (reason != null) {
                    throw error(line, reason);
                }
                current |= f.kind() == QuantityKind.CURRENT && value != 0 && !Double.isNaN(value);
                values[c] = value;
            }
            signCurrent(values, fields);
            if (needUnit && !durations) {
                waiting.add(values);
                waitingLines.add(line);
                Double factor = unitFromClock(waiting, testTime, clock, waiting.size() >= UNIT_ROWS);
                if (factor != null) {
                    timeFactor = factor;
                    builder.metadata("time_unit", unitName(factor) + " (found by comparing TestTime with DPt Time)");
                    needUnit = false;
                    flush(waiting, waitingLines, fields, writers, timeFactor);
                    rows += waitingLines.size();
                    waitingLines.clear();
                }
                continue;
            }
            append(values, fields, writers, timeFactor, line);
            rows++;
        }
        if (!waiting.isEmpty()) {
            Double factor = unitFromClock(waiting, testTime, clock, true);
            timeFactor = factor;
            builder.metadata("time_unit", unitName(factor) + (clock < 0 || waiting.size() < 2 ? " (assumed: no clock time to compare with)"
                    : " (found by comparing TestTime with DPt Time)"));
            rows += waiting.size();
            flush(waiting, waitingLines, fields, writers, timeFactor);
        }
        if (rows == 0) {
            throw error(line, "no data rows after the header");
        }
        for (Map.Entry<Integer, long[]> e : implausibleAux.entrySet()) {
            builder.warning(warningAt(e.getValue()[1], fields.get(e.getKey()).source() + ": " + e.getValue()[0] + " of " + rows
                    + " values are not plausible (first: " + implausibleAuxText.get(e.getKey()) + "), as an input with no sensor reads: left empty"));
        }
        if (start != null) {
            builder.metadata(Metadata.START_TIME, start);
            builder.metadata("timestamp_zone", "seconds since 1970-01-01T00:00 of the tester's local wall-clock time (the file stores no time zone)");
        }
        StringBuilder legend = new StringBuilder();
        for (int k = modes.nextSetBit(0); k >= 0; k = modes.nextSetBit(k + 1)) {
            legend.append(legend.isEmpty() ? "" : "; ").append(k).append('=').append(MODES.charAt(k - 1));
        }
        for (Map.Entry<String, Integer> e : otherStates.entrySet()) {
            legend.append(legend.isEmpty() ? "" : "; ").append(e.getValue()).append('=').append(e.getKey());
        }
        if (!legend.isEmpty()) {
            builder.metadata("state_codes", legend + " (Maccor mode letters: C charge, D discharge, R rest, O other)");
            builder.metadata("current_sign", "positive on charge, negative on discharge (Maccor writes magnitudes; the sign is the mode's)");
        }
        for (Map.Entry<Integer, Map<String, Integer>> e : textCodes.entrySet()) {
            StringBuilder s = new StringBuilder();
            e.getValue().forEach((k, v) -> s.append(s.isEmpty() ? "" : "; ").append(v).append('=').append(k));
            builder.metadata(fields.get(e.getKey()).name() + "_codes", s.toString());
        }
        builder.technique(charge || discharge || current ? Technique.GALVANOSTATIC_CYCLING : Technique.OPEN_CIRCUIT_VOLTAGE);
    }

    /** The decimal mark: a comma when numbers of the first row carry commas and none carries a point. */
    private static boolean decimalComma(List<String> cells, List<Field> fields) {
        boolean comma = false;
        for (int c = 0; c < cells.size(); c++) {
            Parse p = fields.get(c).parse();
            if (p == Parse.NUMBER || p == Parse.TIME) {
                String v = cells.get(c);
                if (v.matches("-?\\d+\\.\\d+(E[-+]?\\d+)?")) {
                    return false;
                }
                comma |= v.matches("-?\\d+,\\d+(E[-+]?\\d+)?");
            }
        }
        return comma;
    }

    /**
     * The factor from the file's test-time unit to seconds, from the clock time of the waiting rows once they span at
     * least 10 minutes; null while undecided (or seconds when forced without enough rows or no clock).
     */
    private static Double unitFromClock(Deque<double[]> rows, int testTime, int clock, boolean force) {
        if (testTime < 0 || clock < 0 || rows.size() < 2) {
            return force ? 1.0 : null;
        }
        double[] first = rows.peekFirst();
        double[] last = rows.peekLast();
        double wall = last[clock] - first[clock];
        double test = last[testTime] - first[testTime];
        if (wall < 600 && !force) {
            return null;
        }
        if (!(wall > 0) || !(test > 0)) {
            return 1.0;
        }
        double ratio = wall / test; // seconds per file unit
        for (double unit : new double[] { 1, 60, 3600 }) {
            if (Math.abs(ratio / unit - 1) < 0.05) {
                return unit;
            }
        }
        return 1.0;
    }

    private static String unitName(double factor) {
        return factor == 60 ? "min" : factor == 3600 ? "h" : "s";
    }

    private void flush(Deque<double[]> waiting, Deque<Long> lines, List<Field> fields, List<ColumnWriter> writers, double timeFactor)
            throws ImportException {
        java.util.Iterator<Long> l = lines.iterator();
        while (!waiting.isEmpty()) {
            append(waiting.poll(), fields, writers, timeFactor, l.hasNext() ? l.next() : 0);
        }
    }

    private void append(double[] values, List<Field> fields, List<ColumnWriter> writers, double timeFactor, long line) throws ImportException {
        for (int c = 0; c < values.length; c++) {
            if (writers.get(c) == null) {
                continue;
            }
            double v = values[c];
            Field f = fields.get(c);
            if (f.parse() == Parse.TIME && !f.unitKnown()) {
                v *= timeFactor;
                if (!(v <= 1e10)) {
                    throw error(line, f.source() + " " + v + " s is implausible");
                }
            }
            writers.get(c).append(v);
        }
    }

    private static String implausible(Field f, double v) {
        if (Double.isNaN(v)) {
            return switch (f.kind()) {
                case RECORD_INDEX, POTENTIAL, CURRENT, TIME -> f.source() + " is empty";
                default -> null;
            };
        }
        double limit = switch (f.kind()) {
            case POTENTIAL -> 1000;
            case CURRENT -> 10000;
            case CHARGE, ENERGY -> 1e12;
            case TIME, STEP_TIME -> 1e10;
            case TEMPERATURE -> 2000;
            default -> Double.POSITIVE_INFINITY;
        };
        if (!(Math.abs(v) <= limit)) {
            return f.source() + " " + v + " " + f.unit() + " is implausible";
        }
        if ((f.kind() == QuantityKind.TIME || f.kind() == QuantityKind.STEP_TIME) && v < 0) {
            return f.source() + " " + v + " is negative";
        }
        if (f.parse() == Parse.DATE && !(v >= 631152000 && v <= 7258118400.0)) {
            return "date " + v + " s since 1970 is not between 1990 and 2200";
        }
        return null;
    }


    /** The column of a header cell. */
    private Field field(String header, boolean hasCycleC, long line, int column) throws ImportException {
        String h = header.strip();
        String k = h.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        return switch (k) {
            case "rec", "rec#", "record" -> new Field(h, "Record", "1", QuantityKind.RECORD_INDEX, 1, 0, Parse.NUMBER, true);
            case "cyc#", "cycle c" -> new Field(h, "Cycle", "1", QuantityKind.CYCLE_INDEX, 1, 0, Parse.NUMBER, true);
            case "cycle p" -> hasCycleC ? new Field(h, "Cycle P", "", QuantityKind.OTHER, 1, 0, Parse.NUMBER, true)
                    : new Field(h, "Cycle", "1", QuantityKind.CYCLE_INDEX, 1, 0, Parse.NUMBER, true);
            case "step" -> new Field(h, "Step", "1", QuantityKind.STEP_INDEX, 1, 0, Parse.NUMBER, true);
            case "testtime", "test time" -> new Field(h, "Test time", "s", QuantityKind.TIME, 1, 0, Parse.TIME, false);
            case "test (sec)", "test time (s)", "test time (sec)", "testtime (s)" -> new Field(h, "Test time", "s", QuantityKind.TIME, 1, 0,
                    Parse.TIME, true);
            case "test time (min)", "test (min)" -> new Field(h, "Test time", "s", QuantityKind.TIME, 60, 0, Parse.TIME, true);
            case "test (hr)", "test (h)" -> new Field(h, "Test time", "s", QuantityKind.TIME, 3600, 0, Parse.TIME, true);
            case "test time (h)", "test time (hr)" -> new Field(h, "Test time", "s", QuantityKind.TIME, 3600, 0, Parse.TIME, true);
            case "steptime", "step time" -> new Field(h, "Step time", "s", QuantityKind.STEP_TIME, 1, 0, Parse.TIME, false);
            case "step (sec)", "step time (s)", "step time (sec)", "steptime (s)" -> new Field(h, "Step time", "s", QuantityKind.STEP_TIME, 1, 0,
                    Parse.TIME, true);
            case "step time (min)", "step (min)" -> new Field(h, "Step time", "s", QuantityKind.STEP_TIME, 60, 0, Parse.TIME, true);
            case "step (hr)", "step (h)" -> new Field(h, "Step time", "s", QuantityKind.STEP_TIME, 3600, 0, Parse.TIME, true);
            case "amp-hr", "cap. [ah]", "capacity (ah)", "capacity", "cap. (ah)" -> new Field(h, "Capacity", "C", QuantityKind.CHARGE, 3600, 0,
                    Parse.NUMBER, true);
            case "cap. [mah]", "capacity (mah)" -> new Field(h, "Capacity", "C", QuantityKind.CHARGE, 3.6, 0, Parse.NUMBER, true);
            case "watt-hr", "ener. [wh]", "energy (wh)", "energy" -> new Field(h, "Energy", "J", QuantityKind.ENERGY, 3600, 0, Parse.NUMBER, true);
            case "amps", "current [a]", "current (a)", "current" -> new Field(h, "Current", "A", QuantityKind.CURRENT, 1, 0, Parse.NUMBER, true);
            case "current [ma]", "current (ma)" -> new Field(h, "Current", "A", QuantityKind.CURRENT, 1e-3, 0, Parse.NUMBER, true);
            case "volts", "voltage [v]", "voltage (v)", "voltage" -> new Field(h, "Voltage", "V", QuantityKind.POTENTIAL, 1, 0, Parse.NUMBER,
                    true);
            case "state", "md" -> new Field(h, "Mode", "1", QuantityKind.STATE, 1, 0, Parse.MODE, true);
            case "es" -> new Field(h, "ES", "", QuantityKind.OTHER, 1, 0, Parse.NUMBER, true);
            case "dpt time", "dpttime" -> new Field(h, "Timestamp", "s", QuantityKind.OTHER, 1, 0, Parse.DATE, true);
            case "acimp/ohms", "acimp (ohms)", "acr", "acr (ohms)" -> new Field(h, "AC impedance", "Ohm", QuantityKind.IMPEDANCE_MODULUS, 1, 0,
                    Parse.NUMBER, true);
            case "dcir/ohms", "dcir (ohms)", "dcir" -> new Field(h, "DCIR", "Ohm", QuantityKind.RESISTANCE, 1, 0, Parse.NUMBER, true);
            case "evtemp (c)", "temp (c)", "temperature (c)" -> new Field(h, "Temperature", "K", QuantityKind.TEMPERATURE, 1, 273.15, Parse.NUMBER,
                    true);
            case "power (w)", "watts" -> new Field(h, "Power", "W", QuantityKind.POWER, 1, 0, Parse.NUMBER, true);
            case "" -> new Field(h, "column " + (column + 1), "", QuantityKind.OTHER, 1, 0, Parse.IGNORE, true);
            default -> {
                if (k.matches("varx?\\d+|globflag\\d+|flgx?\\d+|i range|loop\\d|evhum \\(%\\)|dig.*|full step #")) {
                    yield new Field(h, h, k.contains("%") ? "%" : "", QuantityKind.OTHER, 1, 0, Parse.NUMBER, true);
                }
                // a column Interphase does not know, named as the file names it (without control characters)
                String name = MaccorText.printable(h);
                yield new Field(h, name.isEmpty() ? "column " + (column + 1) : name, "", QuantityKind.OTHER, 1, 0, Parse.TEXT, true);
            }
        };
    }

    /**
     * Auxiliary inputs ("Aux #1", "Aux #2" ...), each followed by a "Units" column that names its unit as text in every
     * row (cellpy's maccor_001.txt: " C  "): the unit is read from the first row (the reader is reset to it), the
     * values converted to SI (C to K, mV to V), the Units columns become no columns of their own. An unknown unit keeps
     * the values as written, with a warning. Returns the Units columns and the unit text every row must repeat.
     */
    private Map<Integer, String> auxiliaryUnits(BufferedReader reader, List<Field> fields, char separator, DatasetBuilder builder,
            long headerLine) throws IOException {
        Map<Integer, String> units = new LinkedHashMap<>();
        List<Integer> aux = new ArrayList<>();
        for (int c = 0; c + 1 < fields.size(); c++) {
            if (fields.get(c).source().toLowerCase(Locale.ROOT).matches("aux ?#? ?\\d+")
                    && fields.get(c + 1).source().strip().equalsIgnoreCase("units")) {
                aux.add(c);
            }
        }
        if (aux.isEmpty()) {
            return units;
        }
        reader.mark(1 << 20);
        String first;
        do {
            first = reader.readLine();
        } while (first != null && first.isBlank());
        reader.reset();
        if (first == null) {
            return units;
        }
        List<String> cells = MaccorText.fields(first, separator);
        for (int c : aux) {
            if (c + 1 >= cells.size()) {
                continue; // the row's field count is checked with the other rows
            }
            String unit = cells.get(c + 1).strip();
            Field f = fields.get(c);
            Field converted = switch (unit) {
                case "C", "°C", "degC" -> new Field(f.source(), f.name(), "K", QuantityKind.TEMPERATURE, 1, 273.15, Parse.NUMBER, true);
                case "K" -> new Field(f.source(), f.name(), "K", QuantityKind.TEMPERATURE, 1, 0, Parse.NUMBER, true);
                case "V" -> new Field(f.source(), f.name(), "V", QuantityKind.POTENTIAL, 1, 0, Parse.NUMBER, true);
                case "mV" -> new Field(f.source(), f.name(), "V", QuantityKind.POTENTIAL, 1e-3, 0, Parse.NUMBER, true);
                default -> {
                    builder.warning(ImportWarning.atLine(headerLine + 1, f.source() + ": unit '" + unit
                            + "' unknown (known: C, K, V, mV), its values are kept as written"));
                    yield new Field(f.source(), f.name(), unit, QuantityKind.OTHER, 1, 0, Parse.NUMBER, true);
                }
            };
            fields.set(c, converted);
            Field u = fields.get(c + 1);
            fields.set(c + 1, new Field(u.source(), f.name() + " unit", "", QuantityKind.OTHER, 1, 0, Parse.IGNORE, true));
            units.put(c + 1, unit);
        }
        return units;
    }

    private static void metadata(DatasetBuilder builder, Map<String, String> meta) {
        builder.metadata(Metadata.INSTRUMENT, "Maccor" + (meta.containsKey("Tester") ? " (" + meta.get("Tester") + ")" : ""));
        for (Map.Entry<String, String> e : meta.entrySet()) {
            String key = e.getKey().toLowerCase(Locale.ROOT);
            String value = e.getValue();
            switch (key) {
                case "channel" -> builder.metadata(Metadata.CHANNEL, value);
                case "procedure" -> builder.metadata("procedure", value);
                case "comment/barcode", "comment", "description" -> builder.metadata(Metadata.COMMENTS, value);
                case "name", "filename", "file name" -> builder.metadata("test_name", value);
                case "started", "date of test" -> {
                    double t = MaccorText.date(value);
                    builder.metadata("started", Double.isNaN(t) ? value
                            : LocalDateTime.ofEpochSecond((long) Math.floor(t), 0, ZoneOffset.UTC).toString());
                }
                case "mass", "mass (g)" -> {
                    double g = MaccorText.number(value, false);
                    if (g > 0) {
                        builder.metadata(Metadata.ACTIVE_MASS_KG, Double.toString(g * 1e-3));
                    }
                }
                default -> builder.metadata("maccor_" + key.replaceAll("[^a-z0-9]+", "_").replaceAll("^_|_$", ""), value);
            }
        }
    }

    /** A header line of Maccor's columns (record number and voltage) among the first lines. */
    public static class TextMatcher implements ContentMatcher {
        @Override
        public boolean matches(Path file, byte[] head) {
            String text = new String(head, StandardCharsets.ISO_8859_1);
            String[] lines = text.split("\r?\n");
            for (int i = 0; i < lines.length - 1; i++) {
                List<String> cells = MaccorText.fields(lines[i], lines[i].indexOf('\t') >= 0 ? '\t' : ',');
                if (MaccorSeries.isHeader(cells) && cells.stream().anyMatch(c -> c.toLowerCase(Locale.ROOT).matches("testtime|test time.*|test \\((sec|min|hr|h)\\)"))) {
                    return true;
                }
            }
            return false;
        }
    }

    /**
     * Maccor writes the current as a magnitude and says the direction in the mode column (C charge, D discharge);
     * the dataset's current is signed, positive on charge: negative in D rows.
     */
    private static void signCurrent(double[] values, List<Field> fields) {
        int mode = -1;
        for (int c = 0; c < fields.size(); c++) {
            if (fields.get(c).parse() == Parse.MODE) {
                mode = c;
            }
        }
        if (mode < 0 || values[mode] != 1 + MODES.indexOf('D')) {
            return;
        }
        for (int c = 0; c < fields.size(); c++) {
            if (fields.get(c).kind() == QuantityKind.CURRENT) {
                values[c] = -Math.abs(values[c]);
            }
        }
    }

}
