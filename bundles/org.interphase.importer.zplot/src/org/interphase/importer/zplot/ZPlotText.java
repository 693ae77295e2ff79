/*
 * Copyright (c) 2026 the Interphase contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.interphase.importer.zplot;

import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.interphase.data.DatasetBuilder;
import org.interphase.data.DatasetBuilder.ColumnWriter;
import org.interphase.data.Metadata;
import org.interphase.data.QuantityKind;
import org.interphase.data.Technique;
import org.interphase.importer.ImportException;
import org.interphase.importer.support.Numbers;
import org.interphase.importer.support.TextFile;

/**
 * The text layouts of Scribner's ZPlot/ZView family, read by the ZPlot importer and by the Autolab "Z60W" importer
 * (Autolab's frequency-response software exports this layout too):
 * <ul>
 * <li>"ZPLOT2 ASCII": {@code key: value} lines in {@code Begin ...}/{@code End ...} blocks, "Data Points: N", the
 * tab-separated column names, "End Comments", then tab-separated rows;</li>
 * <li>the quoted layout ({@code "ZPlotW Data File: Version 3.2c"}, {@code "Z60W Data File: Version 1.1"}): quoted
 * lines, a line of numbers, the point count, the quoted column names, then comma-separated rows.</li>
 * </ul>
 * Columns: Freq(Hz), Ampl, Bias, Time(Sec), Z'(a), Z''(b) (Im(Z), signed), GD, Err, Range. The point count is the
 * sweep as planned: a file with fewer rows is a sweep stopped early (metadata "aborted"), more rows are refused.
 */
public final class ZPlotText {

    private static final Pattern KEY_VALUE = Pattern.compile("\\s*([^:]+?)\\s*:\\s*(.*?)\\s*");
    private static final Pattern QUOTED_VERSION = Pattern.compile("\"?\\s*(.+?) Data File: Version (\\S+?)\\s*\"?");
    private static final Pattern DATE_TIME = Pattern.compile("Date:\\s*(\\d{1,2})-(\\d{1,2})-(\\d{4})\\s+Time:\\s*(\\d{1,2}):(\\d{2}):(\\d{2}).*");

    private ZPlotText() {
    }

    /** Reads a file of either layout; importer is the id errors name. */
    public static void read(Path file, String importer, DatasetBuilder builder, IProgressMonitor monitor) throws ImportException {
        read(file, importer, null, builder, monitor);
    }

    /**
     * Reads a file of the quoted layout whose first line names that program (e.g. "Z60W"), or of either layout when
     * program is null.
     */
    public static void read(Path file, String importer, String program, DatasetBuilder builder, IProgressMonitor monitor)
            throws ImportException {
        try (TextFile text = TextFile.open(file, importer)) {
            String first = text.next();
            if (first == null) {
                throw text.error(1, "the file is empty");
            }
            if (program == null && first.strip().equals("ZPLOT2 ASCII")) {
                zplot2(text, builder, monitor);
                return;
            }
            Matcher version = QUOTED_VERSION.matcher(first.strip());
            if (first.strip().startsWith("\"") && version.matches() && (program == null || program.equals(version.group(1)))) {
                builder.metadata(Metadata.SOFTWARE, version.group(1) + " " + version.group(2));
                quoted(text, builder, monitor);
                return;
            }
            throw text.error(1, program == null ? "not a ZPlot text file: line 1 is neither 'ZPLOT2 ASCII' nor '\"... Data File: Version ...\"'"
                    : "not a " + program + " file: line 1 is not '\"" + program + " Data File: Version ...\"'");
        }
    }

    private static void zplot2(TextFile text, DatasetBuilder builder, IProgressMonitor monitor) throws ImportException {
        Integer planned = null;
        String names = null;
        String date = null;
        String time = null;
        String experiment = null;
        for (String line = text.next();; line = text.next()) {
            if (line == null) {
                throw text.error(text.line() + 1, "the file ends before 'End Comments' (no data)");
            }
            if (line.strip().equals("End Comments")) {
                break;
            }
            if (line.strip().startsWith("Freq")) {
                names = line;
                continue;
            }
            Matcher m = KEY_VALUE.matcher(line);
            if (!m.matches()) {
                continue;
            }
            String key = m.group(1);
            String value = m.group(2);
            switch (key) {
            case "Data Points" -> {
                try {
                    planned = Integer.valueOf(value);
                } catch (NumberFormatException e) {
                    throw text.error("'Data Points: " + value + "' is not a count");
                }
            }
            case "Measured Data, ZPlot" -> builder.metadata(Metadata.SOFTWARE, "ZPlot " + value);
            case "Experiment Type" -> experiment = value;
            case "Date" -> date = value;
            case "Time" -> time = value;
            case "Open Circuit Potential (V)" -> builder.metadata("open_circuit_potential_V", value);
            default -> {
                // the instrument settings stay in the file
            }
            }
        }
        if (names == null) {
            throw text.error("no line of column names (Freq(Hz) ...) before 'End Comments'");
        }
        if (date != null && time != null) {
            start(date + " " + time).ifPresent(s -> builder.metadata(Metadata.START_TIME, s.toString()));
        }
        List<String> headers = List.of(names.strip().split("\t"));
        rows(text, builder, headers, "\t", planned, experiment, monitor);
    }

    private static void quoted(TextFile text, DatasetBuilder builder, IProgressMonitor monitor) throws ImportException {
        String experiment = null;
        String previous = null;
        String names = null;
        Integer planned = null;
        for (String line = text.next(); line != null; line = text.next()) {
            String l = line.strip();
            String unquoted = l.startsWith("\"") && l.endsWith("\"") && l.length() >= 2 ? l.substring(1, l.length() - 1).strip() : l;
            if (l.startsWith("\"") && unquoted.startsWith("Freq") && unquoted.contains("Z'")) {
                names = unquoted;
                try {
                    planned = previous == null ? null : Integer.valueOf(previous.strip());
                } catch (NumberFormatException e) {
                    throw text.error(text.line() - 1, "expected the point count before the column names, found '" + previous + "'");
                }
                break;
            }
            Matcher date = DATE_TIME.matcher(l);
            if (date.matches()) {
                start(date.group(1) + "-" + date.group(2) + "-" + date.group(3) + " " + date.group(4) + ":" + date.group(5) + ":" + date.group(6))
                        .ifPresent(s -> builder.metadata(Metadata.START_TIME, s.toString()));
            } else if (unquoted.startsWith("Sweep ") || unquoted.contains("Control Voltage") || unquoted.contains("Control Current")) {
                experiment = unquoted;
            } else if (unquoted.startsWith("Open Circuit Potential (V):")) {
                String ocp = unquoted.substring(unquoted.indexOf(':') + 1).strip();
                if (!ocp.isEmpty()) {
                    builder.metadata("open_circuit_potential_V", ocp);
                }
            }
            previous = line;
            if (text.line() > 200) {
                throw text.error("no column names (\"Freq...\") in the first 200 lines");
            }
        }
        if (names == null) {
            throw text.error(text.line() + 1, "the file ends before its column names (\"Freq...\")");
        }
        // the names are separated by blanks; "Freq (Hz)" keeps its unit with it
        List<String> headers = List.of(names.replaceAll("\\s+\\(", "(").split("\\s+"));
        rows(text, builder, headers, ",", planned, experiment, monitor);
    }

    private static void rows(TextFile text, DatasetBuilder builder, List<String> headers, String delimiter, Integer planned,
            String experiment, IProgressMonitor monitor) throws ImportException {
        builder.technique(Technique.EIS);
        if (experiment != null) {
            builder.metadata(Metadata.TECHNIQUE_NAME, experiment);
        }
        String control = experiment == null ? "" : experiment.contains("Control Current") ? "A" : experiment.contains("Control Voltage") ? "V" : "";
        List<ColumnWriter> writers = new ArrayList<>();
        boolean impedance = false;
        for (String header : headers) {
            if (!TextFile.isPrintable(header) || header.isBlank()) {
                throw text.error("a column name is blank or holds control characters: a damaged file");
            }
            Column c = column(header.strip(), control);
            impedance |= c.kind() == QuantityKind.IMPEDANCE_REAL;
            writers.add(builder.column(c.name(), c.unit(), c.kind()));
        }
        if (!impedance || headers.stream().noneMatch(h -> h.startsWith("Freq"))) {
            throw text.error("the column names " + headers + " have no frequency and Z'");
        }
        int rows = 0;
        for (String line = text.next(); line != null; line = text.next()) {
            if (line.isBlank()) {
                continue;
            }
            if ((rows & 0xFFF) == 0 && monitor != null && monitor.isCanceled()) {
                throw new OperationCanceledException();
            }
            String[] fields = line.split(delimiter, -1);
            if (fields.length != writers.size()) {
                throw text.error(fields.length + " fields, the " + writers.size() + " column names need as many");
            }
            for (int c = 0; c < fields.length; c++) {
                try {
                    writers.get(c).append(Numbers.parse(fields[c]));
                } catch (NumberFormatException e) {
                    throw text.error("field " + (c + 1) + " (" + headers.get(c) + ") '" + fields[c].strip() + "' is not a number");
                }
            }
            rows++;
            if (planned != null && rows > planned) {
                throw text.error("more rows than the " + planned + " points the file declares");
            }
        }
        if (rows == 0) {
            throw text.error(text.line() + 1, "no data rows after the column names");
        }
        if (planned != null) {
            builder.metadata("planned_points", Integer.toString(planned));
            if (rows < planned) {
                builder.metadata(Metadata.ABORTED, "true"); // the sweep stopped before its last frequency
            }
        }
    }

    private record Column(String name, String unit, QuantityKind kind) {
    }

    private static Column column(String header, String control) {
        return switch (header) {
        case "Freq(Hz)" -> new Column("freq", "Hz", QuantityKind.FREQUENCY);
        case "Ampl" -> new Column("Ampl", control, QuantityKind.OTHER);
        case "Bias" -> new Column("Bias", control, "V".equals(control) ? QuantityKind.POTENTIAL
                : "A".equals(control) ? QuantityKind.CURRENT : QuantityKind.OTHER);
        case "Time(Sec)" -> new Column("time", "s", QuantityKind.TIME);
        case "Z'(a)" -> new Column("Z'", "Ohm", QuantityKind.IMPEDANCE_REAL);
        case "Z''(b)" -> new Column("Z''", "Ohm", QuantityKind.IMPEDANCE_IMAGINARY);
        case "Range" -> new Column("Range", "1", QuantityKind.STATE);
        default -> new Column(header, "", QuantityKind.OTHER);
        };
    }

    /** "10-12-2018 12:32:21" (month first, as ZPlot writes). */
    static java.util.Optional<LocalDateTime> start(String text) {
        Matcher m = Pattern.compile("(\\d{1,2})-(\\d{1,2})-(\\d{4})\\s+(\\d{1,2}):(\\d{2}):(\\d{2})").matcher(text.strip());
        if (!m.matches()) {
            return java.util.Optional.empty();
        }
        try {
            return java.util.Optional.of(LocalDateTime.of(Integer.parseInt(m.group(3)), Integer.parseInt(m.group(1)),
                    Integer.parseInt(m.group(2)), Integer.parseInt(m.group(4)), Integer.parseInt(m.group(5)), Integer.parseInt(m.group(6))));
        } catch (DateTimeException e) {
            return java.util.Optional.empty();
        }
    }
}
