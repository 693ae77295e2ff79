/*
 * Copyright (c) 2026 the Interphase contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.interphase.importer.text;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
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
import org.interphase.data.csv.Csv;
import org.interphase.data.Technique;
import org.interphase.importer.ContentMatcher;
import org.interphase.importer.ImportException;
import org.interphase.importer.Importer;
import org.interphase.importer.support.Numbers;
import org.interphase.importer.support.TextFile;

/**
 * Columns of values in text, the generic fallback for exports no vendor importer claims: comma, semicolon, tab or
 * whitespace separated (found from the rows), a decimal comma when the separator is not a comma, lines starting with
 * '#' and blank lines ignored, lines before the column names (an instrument's preamble) skipped.
 * <ul>
 * <li>Without column names, three columns are an impedance spectrum as impedance.py writes it (frequency in Hz,
 * Re(Z) and Im(Z) in Ohm, Im signed); other counts are "column 1", "column 2", ...</li>
 * <li>With names, {@link TextColumns} reads the quantity and unit from each ({@code Voltage(V)}, {@code Current (mA)},
 * {@code Re(Z)/Ohm} as Interphase's CSV export writes, ...) and converts to SI.</li>
 * <li>A column mapping beside the file, {@code <file>.columns}, says what the names cannot: lines
 * {@code name = KIND [unit]} (KIND a quantity kind such as POTENTIAL, unit the one the values are in, e.g.
 * {@code Ewe = POTENTIAL mV}) and {@code technique = EIS}.</li>
 * <li>Values may be numbers, durations ({@code 12:03:45.5}, {@code 1-02:03:04}: seconds), date-times
 * ({@code 2022-05-18 16:27:52}: seconds since 1970-01-01 in the clock of the file) or words (a step type such as
 * "CC_Chg": numbered in the order met, the numbers in the metadata "NAME.codes").</li>
 * </ul>
 */
public class DelimitedTextImporter implements Importer {

    public static final String ID = "text.columns";
    /** The suffix of a column mapping beside a data file. */
    public static final String MAPPING_SUFFIX = ".columns";

    private static final int PROBE_LINES = 64;
    private static final int MAX_CODES = 1000;
    private static final Pattern DURATION = Pattern.compile("(?:(\\d+)[-. d]\\s*)?(\\d{1,7}):(\\d{2}):(\\d{2}(?:[.,]\\d+)?)");
    /** A word of a state or status column ("CC_Chg", "OK", "High speed (x10)"). */
    private static final Pattern WORD_VALUE = Pattern.compile("[\\p{L}][\\p{L}\\p{N}_ .+()/-]*");
    /** A number with a unit or words, as current-range columns write ("100 µA", "100uA (High speed)"). */
    private static final Pattern QUALIFIED = Pattern.compile("[-+]?\\d[\\d.,]*\\s*[\\p{L}µ°Ω%][\\p{L}\\p{N}_ .+()/%µ°Ω-]*");
    private static final Pattern DATE_TIME = Pattern.compile("(\\d{4})[-/.](\\d{1,2})[-/.](\\d{1,2})[ T](\\d{1,2}):(\\d{2})(?::(\\d{2})(?:[.,](\\d{1,9}))?)?");

    /** What a column's values are. */
    enum ValueType {
        NUMBER, DURATION, DATE_TIME, WORD
    }

    /** A line of the file with its number. */
    record Line(int number, String text) {
    }

    /** How the file is laid out: delimiter, decimal comma, the line of names (or none) and the first data line. */
    record Layout(String delimiter, boolean decimalComma, Line header, int firstData, int fields, int preamble) {
    }

    @Override
    public void read(Path file, DatasetBuilder builder, IProgressMonitor monitor) throws ImportException {
        Mapping mapping = Mapping.read(file);
        try (TextFile text = TextFile.open(file, ID)) {
            List<Line> probe = new ArrayList<>();
            for (String l = text.next(); l != null && probe.size() < PROBE_LINES; l = probe.size() < PROBE_LINES ? text.next() : null) {
                if (!l.isBlank() && !l.strip().startsWith("#")) {
                    probe.add(new Line(text.line(), l));
                }
            }
            if (probe.isEmpty()) {
                throw text.error(Math.max(1, text.line()), text.line() == 0 ? "the file is empty" : "no lines of values");
            }
            Layout layout = layout(probe);
            if (layout == null) {
                throw ImportException.atLine(file, ID, probe.get(0).number(), "no rows of values with a common separator in the first "
                        + probe.size() + " lines");
            }
            List<String> names = layout.header() == null ? null : List.of(split(layout.header().text(), layout.delimiter()));
            Line firstRow = probe.get(layout.firstData());
            String[] firstFields = split(firstRow.text(), layout.delimiter());
            int period = names == null || layout.delimiter() == null ? 0 : sideBySide(names);
            int groups = 0;
            if (period > 0) {
                // several curves side by side, each the same group of columns (PSTrace's CSV export of the scans of a
                // voltammogram, spreadsheets of several runs): stacked into one table, each curve's number in a column
                groups = trimmed(names).size() / period;
                List<String> stacked = new ArrayList<>(names.subList(0, period));
                stacked.add("Cycle");
                names = stacked;
                firstFields = split(expand(firstRow, layout.delimiter(), period, groups).get(0).text(), layout.delimiter());
                builder.metadata("text.curves_side_by_side", groups + " curves of " + period + " columns each, side by side in the file: "
                        + "read one after the other, the curve's number in the column Cycle");
            }
            Columns columns = declare(file, builder, names, firstFields, layout, mapping);
            if (period > 0 && mapping.technique == null && columns.technique == Technique.UNKNOWN) {
                List<QuantityKind> kinds = columns.specs.stream().map(TextColumns.Spec::kind).toList();
                if (kinds.contains(QuantityKind.POTENTIAL) && kinds.contains(QuantityKind.CURRENT) && !kinds.contains(QuantityKind.TIME)) {
                    columns.technique = Technique.CYCLIC_VOLTAMMETRY;
                    builder.metadata("technique_inferred", "CYCLIC_VOLTAMMETRY: curves of current against potential side by side, "
                            + "one per scan (a column mapping's technique = ... says otherwise)");
                }
            }
            if (layout.preamble() > 0) {
                builder.metadata("text.preamble_lines", Integer.toString(layout.preamble()));
            }
            int rows = 0;
            for (int i = layout.firstData(); i < probe.size(); i++) {
                for (Line l : period > 0 ? expand(probe.get(i), layout.delimiter(), period, groups) : List.of(probe.get(i))) {
                    columns.row(l, layout);
                    rows++;
                }
            }
            for (String l = text.next(); l != null; l = text.next()) {
                if (l.isBlank() || l.strip().startsWith("#")) {
                    continue;
                }
                if ((rows & 0xFFF) == 0 && monitor != null && monitor.isCanceled()) {
                    throw new OperationCanceledException();
                }
                Line line = new Line(text.line(), l);
                for (Line g : period > 0 ? expand(line, layout.delimiter(), period, groups) : List.of(line)) {
                    columns.row(g, layout);
                    rows++;
                }
            }
            columns.finish(builder);
        }
    }

    /** The names without a trailing empty one (a separator at the end of the line). */
    private static List<String> trimmed(List<String> names) {
        return names.size() > 1 && names.get(names.size() - 1).isBlank() ? names.subList(0, names.size() - 1) : names;
    }

    /**
     * The length of a group of columns that the names repeat from start to end at least twice ("V, µA, V, µA"), the
     * smallest such, or 0 when the names do not repeat so.
     */
    static int sideBySide(List<String> header) {
        List<String> names = trimmed(header);
        int n = names.size();
        for (int p = 2; p <= n / 2; p++) {
            if (n % p != 0) {
                continue;
            }
            boolean repeats = true;
            for (int c = p; c < n && repeats; c++) {
                repeats = names.get(c).strip().equalsIgnoreCase(names.get(c % p).strip());
            }
            if (repeats && names.subList(0, p).stream().noneMatch(String::isBlank)) {
                return p;
            }
        }
        return 0;
    }

    /** A line of curves side by side as one line per curve that has values, each ending with the curve's number. */
    private static List<Line> expand(Line line, String delimiter, int period, int groups) {
        String[] fields = split(line.text(), delimiter);
        List<Line> lines = new ArrayList<>(groups);
        for (int g = 0; g < groups; g++) {
            StringBuilder text = new StringBuilder();
            boolean values = false;
            for (int c = g * period; c < (g + 1) * period; c++) {
                String f = c < fields.length ? fields[c] : "";
                values |= !f.isBlank();
                text.append(f).append(delimiter);
            }
            if (values) {
                lines.add(new Line(line.number(), text.append(g + 1).toString()));
            }
        }
        if (fields.length > groups * period + 1 || fields.length == groups * period + 1 && !fields[fields.length - 1].isBlank()) {
            // more fields than the curves have: kept whole, so that the row is refused with the count of its fields
            return List.of(line);
        }
        return lines;
    }

    /** Finds the separator, the data rows and the line of names above them. */
    static Layout layout(List<Line> lines) {
        for (String delimiter : new String[] { "\t", ";", ",", null }) {
            for (int i = 0; i < lines.size(); i++) {
                String[] fields = split(lines.get(i).text(), delimiter);
                int k = fields.length;
                if (k < 1 || (k == 1 && delimiter != null)) {
                    continue;
                }
                boolean comma = !",".equals(delimiter) && lines.get(i).text().matches(".*\\d,\\d.*");
                if (!dataLike(fields, comma)) {
                    continue;
                }
                boolean next = i + 1 >= lines.size() || (split(lines.get(i + 1).text(), delimiter).length == k
                        && dataLike(split(lines.get(i + 1).text(), delimiter), comma));
                if (!next) {
                    continue;
                }
                Line header = null;
                int preamble = i;
                if (i > 0) {
                    String[] names = split(lines.get(i - 1).text(), delimiter);
                    int n = names.length > 1 && names[names.length - 1].isBlank() ? names.length - 1 : names.length;
                    int data = fields.length > 1 && fields[fields.length - 1].isBlank() ? fields.length - 1 : fields.length;
                    if (n == data && !dataLike(names, comma) && nameLike(names, n)) {
                        header = lines.get(i - 1);
                        preamble = i - 1;
                    }
                }
                if (header == null && preamble > 0 && k > 1) {
                    continue; // preamble lines without names above the rows: not a table of this separator
                }
                return new Layout(delimiter, comma, header, i, k, preamble);
            }
        }
        return null;
    }

    /** At least one number, every field a value (a number, a duration, a date-time or a short word). */
    static boolean dataLike(String[] fields, boolean comma) {
        int numbers = 0;
        int count = fields.length > 1 && fields[fields.length - 1].isBlank() ? fields.length - 1 : fields.length; // a trailing separator
        for (int i = 0; i < count; i++) {
            String field = fields[i];
            String f = field.strip();
            if (Numbers.isNumber(f, comma)) {
                numbers++;
            } else if (f.isEmpty() || f.length() > 40 || (!DURATION.matcher(f).matches() && !DATE_TIME.matcher(f).matches()
                    && !WORD_VALUE.matcher(f).matches() && !QUALIFIED.matcher(f).matches())) {
                return false;
            }
        }
        return numbers > 0 && (count == 1 || numbers * 2 >= count);
    }

    /**
     * Column names: printable, each starting with a letter, a quote, a bracket or a sign before a letter ("-Z''"),
     * never with a digit (a row whose number is damaged is not a line of names).
     */
    static boolean nameLike(String[] names, int count) {
        for (int i = 0; i < count; i++) {
            String n = names[i].strip();
            if (n.isEmpty()) {
                continue;
            }
            if (!TextFile.isPrintable(n)) {
                return false;
            }
            char c = n.charAt(0);
            boolean letter = Character.isLetter(c) || "\"'|<([#%_".indexOf(c) >= 0;
            boolean sign = (c == '-' || c == '+') && n.length() > 1 && !Character.isDigit(n.charAt(1)) && n.charAt(1) != '.';
            if (!letter && !sign) {
                return false;
            }
        }
        return true;
    }

    static String[] split(String line, String delimiter) {
        return delimiter == null ? line.strip().split("\\s+")
                : delimiter.length() == 1 ? Csv.split(line, delimiter.charAt(0)) : line.split(Pattern.quote(delimiter), -1);
    }

    /** The columns of the file and how each row's values go into them. */
    private static final class Columns {
        final Path file;
        final List<ColumnWriter> writers = new ArrayList<>();
        final List<ValueType> types = new ArrayList<>();
        final List<TextColumns.Spec> specs = new ArrayList<>();
        final List<Map<String, Integer>> codes = new ArrayList<>();
        final List<String> names = new ArrayList<>();
        Technique technique;
        boolean trailingEmpty;
        /** Re(Z) and Im(Z) computed from |Z| and the phase (files with these only): their writers and source columns. */
        ColumnWriter derivedRe;
        ColumnWriter derivedIm;
        int modulus = -1;
        int phase = -1;
        double[] values;
        long positiveIm;
        long negativeIm;
        /** Rows with a frequency above 0 and a finite impedance; an EIS inferred from the names needs one. */
        long impedanceRows;
        boolean eisFromNames;

        Columns(Path file) {
            this.file = file;
        }

        void row(Line line, Layout layout) throws ImportException {
            String[] fields = split(line.text(), layout.delimiter());
            int n = fields.length;
            if (trailingEmpty && n == writers.size() + 1 && fields[n - 1].isBlank()) {
                n--;
            }
            if (n != writers.size()) {
                throw ImportException.atLine(file, ID, line.number(), "has " + n + " fields, expected " + writers.size());
            }
            boolean frequency = false;
            boolean impedance = false;
            for (int c = 0; c < n; c++) {
                String f = fields[c].strip();
                double value = switch (types.get(c)) {
                case NUMBER -> {
                    if (f.isEmpty()) {
                        yield Double.NaN;
                    }
                    try {
                        yield specs.get(c).convert(Numbers.parse(f, layout.decimalComma()));
                    } catch (NumberFormatException e) {
                        throw ImportException.atLine(file, ID, line.number(), "field " + (c + 1) + " ('" + f + "') is not a number");
                    }
                }
                case DURATION -> duration(f, line, c);
                case DATE_TIME -> dateTime(f, line, c);
                case WORD -> code(c, f);
                };
                writers.get(c).append(value);
                QuantityKind kind = specs.get(c).kind();
                if (kind == QuantityKind.FREQUENCY && value > 0 && Double.isFinite(value)) {
                    frequency = true;
                } else if ((kind == QuantityKind.IMPEDANCE_REAL || kind == QuantityKind.IMPEDANCE_IMAGINARY || kind == QuantityKind.IMPEDANCE_MODULUS)
                        && Double.isFinite(value)) {
                    impedance = true;
                }
                if (kind == QuantityKind.IMPEDANCE_IMAGINARY && value != 0 && !Double.isNaN(value)) {
                    if (value > 0) {
                        positiveIm++;
                    } else {
                        negativeIm++;
                    }
                }
                if (derivedRe != null) {
                    values[c] = value;
                }
            }
            if (frequency && impedance) {
                impedanceRows++;
            }
            if (derivedRe != null) {
                derivedRe.append(values[modulus] * Math.cos(values[phase]));
                derivedIm.append(values[modulus] * Math.sin(values[phase]));
            }
        }

        private double duration(String f, Line line, int c) throws ImportException {
            Matcher m = DURATION.matcher(f);
            if (!m.matches()) {
                throw ImportException.atLine(file, ID, line.number(), "field " + (c + 1) + " ('" + f + "') is not a duration like 12:03:45");
            }
            double days = m.group(1) == null ? 0 : Double.parseDouble(m.group(1));
            return days * 86400 + Double.parseDouble(m.group(2)) * 3600 + Double.parseDouble(m.group(3)) * 60
                    + Double.parseDouble(m.group(4).replace(',', '.'));
        }

        private double dateTime(String f, Line line, int c) throws ImportException {
            Matcher m = DATE_TIME.matcher(f);
            if (m.matches()) {
                try {
                    LocalDateTime t = LocalDateTime.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)),
                            Integer.parseInt(m.group(4)), Integer.parseInt(m.group(5)), m.group(6) == null ? 0 : Integer.parseInt(m.group(6)));
                    double fraction = m.group(7) == null ? 0 : Double.parseDouble("0." + m.group(7));
                    return t.toEpochSecond(ZoneOffset.UTC) + fraction;
                } catch (DateTimeException e) {
                    // reported below
                }
            }
            throw ImportException.atLine(file, ID, line.number(), "field " + (c + 1) + " ('" + f + "') is not a date and time like 2022-05-18 16:27:52");
        }

        private double code(int c, String word) {
            Map<String, Integer> known = codes.get(c);
            Integer code = known.get(word);
            if (code == null) {
                if (known.size() >= MAX_CODES) {
                    return Double.NaN;
                }
                code = known.size();
                known.put(word, code);
            }
            return code;
        }

        void finish(DatasetBuilder builder) {
            if (eisFromNames && impedanceRows == 0) {
                // names of an impedance table over other data (MethodSCRIPT writes Frequency 0 and Zreal "1.#INF00" on a sweep)
                technique = Technique.UNKNOWN;
                builder.metadata("technique_inferred", "UNKNOWN: frequency and impedance columns, but no row has a finite impedance at a frequency above 0");
            }
            if (technique == Technique.EIS && positiveIm > 4 * negativeIm && positiveIm >= 3) {
                // most spectra are capacitive (Im(Z) < 0): a file that stores -Im(Z) under a name without a minus reads so
                builder.warning(ImportWarning.ofFile("Im(Z) is positive on " + positiveIm + " of " + (positiveIm + negativeIm)
                        + " points: an inductive response, or a file that stores -Im(Z) under a name without a minus; kept as written"));
            }
            for (int c = 0; c < codes.size(); c++) {
                Map<String, Integer> known = codes.get(c);
                if (known != null && !known.isEmpty()) {
                    StringBuilder text = new StringBuilder();
                    known.forEach((word, code) -> text.append(text.length() == 0 ? "" : "; ").append(code).append('=').append(word));
                    builder.metadata(names.get(c) + ".codes", text.toString());
                    if (known.size() >= MAX_CODES) {
                        builder.metadata(names.get(c) + ".codes_truncated", "true");
                    }
                }
            }
            builder.technique(technique);
        }
    }

    private static Columns declare(Path file, DatasetBuilder builder, List<String> header, String[] first, Layout layout, Mapping mapping)
            throws ImportException {
        Columns columns = new Columns(file);
        int count = first.length;
        if (header != null && header.size() > 1 && header.get(header.size() - 1).isBlank()) {
            header = header.subList(0, header.size() - 1); // a trailing separator after the names
        }
        if (count > 1 && first[count - 1].isBlank()) {
            count--; // a trailing separator on the rows (Parstat, ...)
        }
        columns.trailingEmpty = true; // rows may end with a separator, or not
        if (header != null && header.size() != count) {
            throw ImportException.atLine(file, ID, layout.header().number(), "names " + header.size() + " columns, the rows have " + count);
        }
        if (header == null && count == 3 && mapping.isEmpty()) {
            builder.metadata(Metadata.COMMENTS, "three columns without names: frequency, Re(Z), Im(Z) (impedance.py's layout)");
            add(builder, columns, "f", new TextColumns.Spec("f", "Hz", QuantityKind.FREQUENCY, 1, 0), ValueType.NUMBER);
            add(builder, columns, "Re(Z)", new TextColumns.Spec("Re(Z)", "Ohm", QuantityKind.IMPEDANCE_REAL, 1, 0), ValueType.NUMBER);
            add(builder, columns, "Im(Z)", new TextColumns.Spec("Im(Z)", "Ohm", QuantityKind.IMPEDANCE_IMAGINARY, 1, 0), ValueType.NUMBER);
            columns.technique = mapping.technique == null ? Technique.EIS : mapping.technique;
            return columns;
        }
        for (int c = 0; c < count; c++) {
            String name = header == null ? "column " + (c + 1) : header.get(c).strip();
            if (name.isEmpty()) {
                name = "column " + (c + 1);
            }
            String value = first[c].strip();
            ValueType type = Numbers.isNumber(value, layout.decimalComma()) || value.isEmpty() ? ValueType.NUMBER
                    : DURATION.matcher(value).matches() ? ValueType.DURATION
                    : DATE_TIME.matcher(value).matches() ? ValueType.DATE_TIME : ValueType.WORD;
            TextColumns.Spec spec = mapping.spec(name, file);
            if (spec == null) {
                spec = header == null ? new TextColumns.Spec(name, "", QuantityKind.OTHER, 1, 0) : TextColumns.spec(name);
                if (header != null && spec.kind() == QuantityKind.IMPEDANCE_PHASE && TextColumns.spec(name + " (deg)").equals(spec)
                        && !name.contains("(") && !name.contains("[") && !name.contains("/")) {
                    builder.warning(ImportWarning.atLine(layout.header().number(), "column '" + name + "' names no unit: read in degrees"));
                }
            }
            if (type == ValueType.DURATION) {
                QuantityKind kind = spec.kind() == QuantityKind.STEP_TIME || spec.name().toLowerCase(Locale.ROOT).contains("step")
                        ? QuantityKind.STEP_TIME : spec.kind() == QuantityKind.TIME || spec.kind() == QuantityKind.OTHER ? QuantityKind.TIME : spec.kind();
                spec = new TextColumns.Spec(spec.name(), "s", kind.siUnit().equals("s") ? kind : QuantityKind.OTHER, 1, 0);
            } else if (type == ValueType.DATE_TIME) {
                spec = new TextColumns.Spec(spec.name(), "s", QuantityKind.OTHER, 1, 0);
                builder.metadata(spec.name() + ".meaning", "seconds since 1970-01-01T00:00 in the clock the file was written in");
            } else if (type == ValueType.WORD) {
                spec = new TextColumns.Spec(spec.name(), "1", QuantityKind.STATE, 1, 0);
            }
            add(builder, columns, name, spec, type);
        }
        Technique technique = mapping.technique;
        if (technique == null) {
            List<QuantityKind> kinds = columns.specs.stream().map(TextColumns.Spec::kind).toList();
            if (kinds.contains(QuantityKind.FREQUENCY) && kinds.contains(QuantityKind.IMPEDANCE_REAL)
                    && kinds.contains(QuantityKind.IMPEDANCE_IMAGINARY)) {
                technique = Technique.EIS;
                columns.eisFromNames = true;
                builder.metadata("technique_inferred", "EIS: the file has frequency, Re(Z) and Im(Z) columns");
            } else if (kinds.contains(QuantityKind.FREQUENCY) && kinds.contains(QuantityKind.IMPEDANCE_MODULUS)
                    && kinds.contains(QuantityKind.IMPEDANCE_PHASE)) {
                technique = Technique.EIS;
                columns.eisFromNames = true;
                builder.metadata("technique_inferred", "EIS: the file has frequency, |Z| and phase columns");
            } else if (kinds.contains(QuantityKind.POTENTIAL) && kinds.contains(QuantityKind.CURRENT)
                    && (kinds.contains(QuantityKind.TIME) || kinds.contains(QuantityKind.CYCLE_INDEX) && kinds.contains(QuantityKind.CHARGE))) {
                technique = Technique.GALVANOSTATIC_CYCLING;
                builder.metadata("technique_inferred", "cycling: the file has " + (kinds.contains(QuantityKind.TIME) ? "time, " : "cycle, charge, ")
                        + "potential and current columns (a column mapping's technique = ... says otherwise)");
            } else {
                technique = Technique.UNKNOWN;
            }
        }
        columns.technique = technique;
        List<QuantityKind> kinds = columns.specs.stream().map(TextColumns.Spec::kind).toList();
        if (kinds.contains(QuantityKind.FREQUENCY) && kinds.contains(QuantityKind.IMPEDANCE_MODULUS) && kinds.contains(QuantityKind.IMPEDANCE_PHASE)
                && !kinds.contains(QuantityKind.IMPEDANCE_REAL) && !kinds.contains(QuantityKind.IMPEDANCE_IMAGINARY)
                && columns.types.get(kinds.indexOf(QuantityKind.IMPEDANCE_MODULUS)) == ValueType.NUMBER
                && columns.types.get(kinds.indexOf(QuantityKind.IMPEDANCE_PHASE)) == ValueType.NUMBER) {
            // a spectrum given as |Z| and phase: Re(Z) and Im(Z) are computed for the analyses, and said so
            columns.modulus = kinds.indexOf(QuantityKind.IMPEDANCE_MODULUS);
            columns.phase = kinds.indexOf(QuantityKind.IMPEDANCE_PHASE);
            columns.values = new double[columns.writers.size()];
            columns.derivedRe = builder.column("Z' (from |Z| and phase)", "Ohm", QuantityKind.IMPEDANCE_REAL);
            columns.derivedIm = builder.column("Z'' (from |Z| and phase)", "Ohm", QuantityKind.IMPEDANCE_IMAGINARY);
            builder.metadata("impedance_derived", "Re(Z) = |Z| cos(phase) and Im(Z) = |Z| sin(phase), computed from the file's |Z| and phase");
        }
        return columns;
    }

    private static void add(DatasetBuilder builder, Columns columns, String name, TextColumns.Spec spec, ValueType type) {
        columns.writers.add(builder.column(spec.name(), spec.unit(), spec.kind()));
        columns.specs.add(spec);
        columns.types.add(type);
        columns.codes.add(type == ValueType.WORD ? new LinkedHashMap<>() : null);
        columns.names.add(spec.name());
    }

    /** A column mapping beside the data file ({@code <file>.columns}). */
    static final class Mapping {
        final Map<String, TextColumns.Spec> columns = new HashMap<>();
        Technique technique;

        boolean isEmpty() {
            return columns.isEmpty() && technique == null;
        }

        TextColumns.Spec spec(String name, Path file) {
            return columns.get(name);
        }

        static Mapping read(Path file) throws ImportException {
            Mapping mapping = new Mapping();
            Path sidecar = file.resolveSibling(file.getFileName() + MAPPING_SUFFIX);
            if (!Files.isRegularFile(sidecar)) {
                return mapping;
            }
            List<String> lines;
            try {
                if (Files.size(sidecar) > 1 << 20) {
                    throw new ImportException(file, ID, "column mapping " + sidecar.getFileName(), "larger than 1 MiB");
                }
                lines = Files.readAllLines(sidecar, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new ImportException(file, ID, "column mapping " + sidecar.getFileName(), "cannot be read: " + e.getMessage(), e);
            }
            for (int i = 0; i < lines.size(); i++) {
                String line = lines.get(i).strip();
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                String where = "column mapping " + sidecar.getFileName() + " line " + (i + 1);
                int eq = line.lastIndexOf('=');
                if (eq <= 0) {
                    throw new ImportException(file, ID, where, "expected 'column name = KIND [unit]' or 'technique = NAME'");
                }
                String key = line.substring(0, eq).strip();
                String[] value = line.substring(eq + 1).strip().split("\\s+");
                if (key.equals("technique")) {
                    try {
                        mapping.technique = Technique.valueOf(value[0].toUpperCase(Locale.ROOT));
                    } catch (IllegalArgumentException e) {
                        throw new ImportException(file, ID, where, "technique '" + value[0] + "' unknown; known: " + List.of(Technique.values()));
                    }
                    continue;
                }
                QuantityKind kind;
                try {
                    kind = QuantityKind.valueOf(value[0].toUpperCase(Locale.ROOT));
                } catch (IllegalArgumentException e) {
                    throw new ImportException(file, ID, where, "quantity kind '" + value[0] + "' unknown; known: " + List.of(QuantityKind.values()));
                }
                String unitText = value.length > 1 ? value[1] : kind.siUnit();
                org.interphase.data.units.UnitTable.Unit unit = TextColumns.unit(unitText);
                if (kind != QuantityKind.OTHER && (unit == null || !unit.si().equals(kind.siUnit()))) {
                    throw new ImportException(file, ID, where, "unit '" + unitText + "' is not a unit of " + kind + " (" + kind.siUnit() + ")");
                }
                mapping.columns.put(key, unit == null ? new TextColumns.Spec(key, unitText, kind, 1, 0)
                        : new TextColumns.Spec(key, unit.si(), kind, unit.factor(), unit.offset()));
            }
            return mapping;
        }
    }

    /** Text whose first lines hold rows of values with a common separator (and at most a line of names above them). */
    public static class TextMatcher implements ContentMatcher {
        @Override
        public boolean matches(Path file, byte[] head) {
            String text = TextFile.decodeHead(head);
            if (text.chars().anyMatch(ch -> ch == 0 || (ch < 9 || (ch > 13 && ch < 32)))) {
                return false; // binary
            }
            String[] all = text.split("\r\n|\r|\n");
            List<Line> lines = new ArrayList<>();
            for (int i = 0; i < all.length - (head.length == ContentMatcher.HEAD_SIZE ? 1 : 0) && lines.size() < PROBE_LINES; i++) {
                if (!all[i].isBlank() && !all[i].strip().startsWith("#")) {
                    lines.add(new Line(i + 1, all[i]));
                }
            }
            Layout layout = lines.isEmpty() ? null : layout(lines);
            return layout != null && lines.size() - layout.firstData() >= Math.min(2, lines.size());
        }
    }
}
