/*
 * Copyright (c) 2026 the Interphase contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.interphase.importer.text;

import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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
import org.interphase.importer.ContentMatcher;
import org.interphase.importer.ImportException;
import org.interphase.importer.Importer;
import org.interphase.importer.support.Numbers;
import org.interphase.importer.support.TextFile;

/**
 * CH Instruments text exports ("Convert to Text" or "Save As" .txt/.csv of the CHI 400 to 1200 series, 600E, 660D, 760E,
 * 760F, 1040C, ...): the date on line 1 ("Feb. 20, 2020   15:55:08", "June 21, 2023   16:01:40"), the technique on line
 * 2 ("A.C. Impedance", "Cyclic Voltammetry", "Amperometric i-t Curve", "Open Circuit Potential - Time", ...), the lines
 * "File:", "Data Source:", "Instrument Model:", "Header:", "Note:", the parameters ({@code Init E (V) = 0.2}), an optional
 * "Results:" section (peaks per segment), then the comma-separated column names {@code name/unit} ({@code Freq/Hz,
 * Z'/ohm, Z"/ohm, Z/ohm, Phase/deg}; {@code Potential/V, Current/A[, Charge/C]}; {@code Time/sec, Current/A};
 * {@code Time/sec, Potential/V}; {@code Potential/V, i1/A, i2/A} of multichannel models; {@code Diff(i/A)} of pulse
 * techniques) and the rows, comma-separated or, from some versions, tab-separated. Exports that keep the segments of a
 * sweep apart write a line "Segment N:" before each: the column "segment" numbers the rows. Z" is Im(Z), signed.
 * <p>
 * Tolerated with a warning: no date on line 1 (a head cut off: the technique is then the first line naming one),
 * columns whose name or unit this importer does not know (kept as written), an impedance technique without a frequency
 * column (read, technique unknown).
 */
public class ChInstrumentsImporter implements Importer {

    public static final String ID = "text.chinstruments";

    private static final Pattern DATE = Pattern.compile("([A-Z][a-z]{2})[a-z]*\\.?\\s+(\\d{1,2}),\\s*(\\d{4})\\s+(\\d{1,2}):(\\d{2}):(\\d{2})");
    private static final List<String> MONTHS = List.of("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec");
    private static final Pattern SEGMENT = Pattern.compile("Segment\\s+(\\d+)\\s*:?");
    private static final Pattern PARAMETER = Pattern.compile("([^=]+?)\\s*=\\s*(.*)");
    /** "Diff(i/A)", "For(i/A)": a name with its quantity and unit in parentheses. */
    private static final Pattern PULSE_COLUMN = Pattern.compile("(\\w+)\\((\\w+)/([^()]+)\\)");
    /** The heads of the longest files seen are under 100 lines; the column names come within this many. */
    private static final int MAX_HEAD = 2000;

    private record Column(String name, TextColumns.Spec spec) {
    }

    @Override
    public void read(Path file, DatasetBuilder builder, IProgressMonitor monitor) throws ImportException {
        boolean segments = hasSegments(file);
        try (TextFile text = TextFile.open(file, ID)) {
            String first = text.next();
            while (first != null && first.isBlank() && text.line() < 3) {
                first = text.next();
            }
            Matcher date = first == null ? null : DATE.matcher(first.strip());
            String technique = null;
            if (date != null && date.matches() && MONTHS.contains(date.group(1))) {
                try {
                    builder.metadata(Metadata.START_TIME, LocalDateTime.of(Integer.parseInt(date.group(3)), MONTHS.indexOf(date.group(1)) + 1,
                            Integer.parseInt(date.group(2)), Integer.parseInt(date.group(4)), Integer.parseInt(date.group(5)),
                            Integer.parseInt(date.group(6))).toString());
                } catch (DateTimeException e) {
                    throw text.error("the date '" + first.strip() + "' does not exist");
                }
                String line = text.next();
                if (line == null || line.isBlank()) {
                    throw text.error(text.line() + (line == null ? 1 : 0), "no technique on the line after the date");
                }
                technique = line.strip();
            } else if (first != null && technique(first.strip()) != Technique.UNKNOWN) {
                builder.warning(text.warning("no date on line 1 (the head of the export is missing): no start time"));
                technique = first.strip();
            } else if (first != null && first.startsWith("Instrument Model:")) {
                builder.warning(text.warning("no date or technique before 'Instrument Model:' (the head of the export is missing)"));
                instrument(builder, first.strip());
            } else {
                throw text.error(Math.max(1, text.line()), "not a CH Instruments export: line 1 is not a date like 'Feb. 20, 2020   15:55:08'");
            }
            String header = null;
            StringBuilder comments = new StringBuilder();
            int parameters = 0;
            boolean results = false;
            for (String line = text.next(); line != null; line = text.next()) {
                String l = line.strip();
                if (technique == null && technique(l) != Technique.UNKNOWN) {
                    technique = l;
                } else if (l.startsWith("Instrument Model:")) {
                    instrument(builder, l);
                } else if ((l.startsWith("Header:") || l.startsWith("Note:")) && l.indexOf(':') < l.length() - 1) {
                    comments.append(comments.length() == 0 ? "" : "\n").append(l.substring(l.indexOf(':') + 1).strip());
                } else if (l.equals("Results:")) {
                    results = true; // peak potentials and currents per segment: derived by the software, not data
                } else if (isHeader(l)) {
                    header = l;
                    break;
                } else if (!results && parameters < 100 && !l.startsWith("File:") && !l.startsWith("Data Source:")) {
                    Matcher p = PARAMETER.matcher(l);
                    if (p.matches() && TextFile.isPrintable(l)) {
                        builder.metadata("chi." + p.group(1).strip(), p.group(2).strip());
                        parameters++;
                    }
                }
                if (text.line() > MAX_HEAD) {
                    break;
                }
            }
            if (technique == null) {
                throw text.error(Math.max(1, text.line()), "no technique named in the head of the export");
            }
            if (header == null) {
                throw text.error(text.line() + 1, "no line of column names (name/unit, ...) in the head of the export");
            }
            if (comments.length() > 0) {
                builder.metadata(Metadata.COMMENTS, comments.toString());
            }
            builder.metadata(Metadata.TECHNIQUE_NAME, technique);
            List<Column> columns = columns(text, builder, header);
            Technique kind = technique(technique);
            if (kind == Technique.EIS && columns.stream().noneMatch(c -> c.spec().kind() == QuantityKind.FREQUENCY)) {
                builder.warning(ImportWarning.ofFile("'" + technique + "' without a frequency column (impedance at one frequency): "
                        + "technique left unknown"));
                kind = Technique.UNKNOWN;
            }
            builder.technique(kind);
            int rows = rows(text, builder, columns, segments, monitor);
            if (rows == 0) {
                throw text.error(text.line() + 1, "no data rows after the column names");
            }
        }
    }

    private static void instrument(DatasetBuilder builder, String line) {
        String model = line.substring(line.indexOf(':') + 1).strip();
        if (!model.isEmpty() && TextFile.isPrintable(model)) {
            builder.metadata(Metadata.INSTRUMENT, "CH Instruments " + model);
        }
    }

    /** True when a line "Segment N:" follows the column names (a first pass over the file). */
    private static boolean hasSegments(Path file) throws ImportException {
        try (TextFile text = TextFile.open(file, ID)) {
            boolean data = false;
            for (String line = text.next(); line != null; line = text.next()) {
                if (!data) {
                    data = isHeader(line.strip());
                    if (!data && text.line() > MAX_HEAD) {
                        return false;
                    }
                } else if (SEGMENT.matcher(line.strip()).matches()) {
                    return true;
                } else if (!line.isBlank() && Character.isLetter(line.strip().charAt(0))) {
                    return false; // not a row: the second pass says what is wrong
                }
            }
            return false;
        }
    }

    private static List<Column> columns(TextFile text, DatasetBuilder builder, String header) throws ImportException {
        List<Column> columns = new ArrayList<>();
        List<String> unknown = new ArrayList<>();
        boolean current = false;
        for (String name : header.split(",")) {
            String n = name.strip();
            if (n.isEmpty() && columns.size() > 0) {
                continue; // a trailing comma
            }
            if (!TextFile.isPrintable(n) || n.isEmpty()) {
                throw text.error("a column name is blank or holds control characters: a damaged file");
            }
            TextColumns.Spec spec;
            Matcher pulse = PULSE_COLUMN.matcher(n);
            if (pulse.matches()) {
                // pulse voltammetry: "Diff(i/A)" is the net current, "For(i/A)" and "Rev(i/A)" the forward and reverse currents
                String quantity = pulse.group(1) + "(" + pulse.group(2) + ")";
                spec = TextColumns.spec(pulse.group(2), pulse.group(3).strip());
                QuantityKind kind = pulse.group(1).equalsIgnoreCase("Diff") && !current ? spec.kind() : QuantityKind.OTHER;
                spec = new TextColumns.Spec(quantity, spec.unit(), kind, spec.factor(), spec.offset());
            } else {
                spec = TextColumns.spec(n);
                if (spec.kind() == QuantityKind.OTHER && spec.name().matches("i\\d+") && !current && "A".equals(spec.unit())) {
                    // multichannel models: i1/A, i2/A, ... one current per working electrode; the first is the current
                    spec = new TextColumns.Spec(spec.name(), spec.unit(), QuantityKind.CURRENT, spec.factor(), spec.offset());
                }
            }
            if (spec.kind() == QuantityKind.OTHER && TextColumns.unit(spec.unit()) == null) {
                unknown.add(n);
            }
            current |= spec.kind() == QuantityKind.CURRENT;
            columns.add(new Column(n, spec));
        }
        if (!unknown.isEmpty()) {
            builder.warning(text.warning("columns this importer does not know, kept with their units as written: " + String.join(", ", unknown)));
        }
        return columns;
    }

    private static int rows(TextFile text, DatasetBuilder builder, List<Column> columns, boolean segments, IProgressMonitor monitor)
            throws ImportException {
        List<ColumnWriter> writers = new ArrayList<>();
        for (Column c : columns) {
            writers.add(builder.column(c.spec().name(), c.spec().unit(), c.spec().kind()));
        }
        ColumnWriter segment = segments ? builder.column("segment", "1", QuantityKind.STEP_INDEX) : null;
        int current = 0;
        int rows = 0;
        int n = columns.size();
        for (String line = text.next(); line != null; line = text.next()) {
            if (line.isBlank()) {
                continue;
            }
            if ((rows & 0xFFF) == 0 && monitor != null && monitor.isCanceled()) {
                throw new OperationCanceledException();
            }
            String l = line.strip();
            Matcher s = SEGMENT.matcher(l);
            if (s.matches()) {
                if (segment == null) {
                    throw text.error("'" + l + "' among the rows, unlike the first pass found: the file changed while it was read");
                }
                try {
                    current = Integer.parseInt(s.group(1));
                } catch (NumberFormatException e) {
                    throw text.error("segment number '" + s.group(1) + "' is too large");
                }
                continue;
            }
            boolean tabs = l.indexOf('\t') >= 0;
            String[] fields = tabs ? l.split("\t", -1) : l.indexOf(',') >= 0 ? l.split(",", -1) : l.split("\\s+");
            int count = fields.length;
            while (count > n && fields[count - 1].isBlank()) {
                count--;
            }
            if (count != n) {
                throw text.error(count + " fields, the " + n + " column names need as many");
            }
            for (int c = 0; c < n; c++) {
                double v;
                try {
                    v = columns.get(c).spec().convert(Numbers.parse(fields[c], tabs));
                } catch (NumberFormatException e) {
                    throw text.error("field " + (c + 1) + " (" + columns.get(c).name() + ") '" + fields[c].strip() + "' is not a number");
                }
                writers.get(c).append(v);
            }
            if (segment != null) {
                segment.append(current);
            }
            rows++;
        }
        return rows;
    }

    /** Comma-separated names, each name/unit or name(quantity/unit). */
    static boolean isHeader(String line) {
        String[] names = line.split(",");
        if (names.length < 2) {
            return false;
        }
        for (String name : names) {
            String n = name.strip();
            int slash = n.lastIndexOf('/');
            if (slash <= 0 || slash == n.length() - 1 || Character.isDigit(n.charAt(0)) || n.charAt(0) == '-' && n.length() > 1
                    && Character.isDigit(n.charAt(1))) {
                return false;
            }
        }
        return true;
    }

    /** The technique of the name CHI writes on line 2. */
    static Technique technique(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        if (n.contains("impedance")) {
            return Technique.EIS; // A.C. Impedance; Impedance - Time; Impedance - Potential
        }
        if (n.contains("cyclic voltammetry")) {
            return Technique.CYCLIC_VOLTAMMETRY;
        }
        if (n.contains("linear sweep") || n.equals("tafel plot") || n.contains("staircase voltammetry")) {
            return Technique.LINEAR_SWEEP_VOLTAMMETRY;
        }
        if (n.contains("i-t curve") || n.contains("chronoamperometry") || n.contains("chronocoulometry") || n.contains("multi-potential steps")
                || n.contains("bulk electrolysis")) {
            return Technique.CHRONOAMPEROMETRY;
        }
        if (n.contains("chronopotentiometry") || n.contains("multi-current steps")) {
            return Technique.CHRONOPOTENTIOMETRY;
        }
        if (n.contains("open circuit potential")) {
            return Technique.OPEN_CIRCUIT_VOLTAGE;
        }
        return Technique.UNKNOWN;
    }

    /** A date on line 1 and "Instrument Model:" in the head; or a head cut off before "Instrument Model:  CHI...". */
    public static class Content implements ContentMatcher {
        @Override
        public boolean matches(Path file, byte[] head) {
            String text = TextFile.decodeHead(head);
            String first = text.lines().filter(l -> !l.isBlank()).findFirst().orElse("");
            boolean model = text.lines().anyMatch(l -> l.startsWith("Instrument Model:") && l.contains("CHI"));
            return model && (DATE.matcher(first.strip()).matches() || technique(first.strip()) != Technique.UNKNOWN
                    || first.startsWith("Instrument Model:"));
        }
    }
}
