/*
 * Copyright (c) 2026 the Interphase contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.interphase.importer.autolab;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
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
import org.interphase.data.units.UnitTable.Unit;
import org.interphase.importer.ContentMatcher;
import org.interphase.importer.ImportException;
import org.interphase.importer.Importer;
import org.interphase.importer.support.Numbers;
import org.interphase.importer.support.TextFile;

/**
 * Metrohm Autolab NOVA's ASCII export (NOVA 1.x and 2.x; "ASCII", "CSV" and the text NOVA copies for Excel): a line of
 * column names, then rows, separated by semicolons, tabs or commas (found from the names), a decimal comma recognised,
 * a UTF-8 byte order mark skipped, Latin-1 when the file is not UTF-8. Names carry their unit in trailing parentheses:
 * {@code Time (s)}, {@code Corrected time (s)}, {@code WE(1).Potential (V)}, {@code WE(1).Current (A)},
 * {@code Potential applied (V)}, {@code Frequency (Hz)}, {@code Z' (Ω)}, {@code -Z'' (Ω)}, {@code Z (Ω)},
 * {@code -Phase (°)}; values are converted to SI, -Z'' and -Phase become Z'' (Im(Z), signed) and Phase.
 * <ul>
 * <li>Sparse columns: an empty field is a missing value (NaN), as NOVA writes signals recorded on some rows only.</li>
 * <li>Fields with a unit ({@code Current range} "100 µA") are converted to SI; other words are numbered in the order
 * met, the numbers in the metadata "NAME.codes".</li>
 * <li>Several measurements in one file: each repeats its line of names; the rows of each carry its number in the
 * column "measurement". Names that differ between measurements make one column each (NaN where a measurement lacks
 * it).</li>
 * <li>The technique is inferred from the columns and values (see {@link #infer}) and said in "technique_inferred".</li>
 * </ul>
 * The file is read twice, streamed: once for its lines of names and the kind of values of each column, once for the
 * values.
 */
public class NovaAsciiImporter implements Importer {

    public static final String ID = "autolab.nova";

    private static final Pattern NAME_UNIT = Pattern.compile("(.*?)\\s*\\(([^()]*)\\)\\s*");
    private static final Pattern NUMBER_UNIT = Pattern.compile("\\s*([-+]?[0-9.,]+(?:[eE][-+]?\\d+)?)\\s*(\\S.*?)\\s*");

    /** How a column's values are stored: value_SI = value * factor + offset. */
    record Spec(String name, String unit, QuantityKind kind, double factor, double offset, boolean known) {
    }

    /** What the values of a column are: numbers, numbers with a unit (converted to the unit's SI), or words. */
    enum Values {
        NUMBER, QUANTITY, WORD
    }

    /** One column of the dataset: its spec and what its values are. */
    private static final class Column {
        final String header;
        Spec spec;
        Values values = Values.NUMBER;
        String si; // the SI unit of a QUANTITY column
        ColumnWriter writer;
        final Map<String, Integer> codes = new LinkedHashMap<>();

        Column(String header) {
            this.header = header;
        }
    }

    /** What pass 1 found: the separator, the decimal comma, the columns and the lines of names. */
    private record Layout(char separator, boolean decimalComma, List<Column> columns, Set<Integer> headerLines, Set<Integer> titles) {
    }

    @Override
    public void read(Path file, DatasetBuilder builder, IProgressMonitor monitor) throws ImportException {
        Layout layout = scan(file, builder, monitor);
        List<Column> columns = layout.columns();
        for (Column c : columns) {
            String unit = c.values == Values.QUANTITY ? c.si : c.values == Values.WORD ? "1" : c.spec.unit();
            QuantityKind kind = c.values == Values.NUMBER ? c.spec.kind() : QuantityKind.OTHER;
            c.writer = builder.column(c.spec.name(), unit, kind);
        }
        boolean several = layout.headerLines().size() > 1;
        ColumnWriter measurement = several ? builder.column("measurement", "1", QuantityKind.OTHER) : null;
        builder.metadata(Metadata.SOFTWARE, "NOVA");
        Stats stats = new Stats();
        List<Technique> techniques = new ArrayList<>();
        List<String> reasons = new ArrayList<>();
        int rows = 0;
        int block = 0;
        try (TextFile text = TextFile.open(file, ID)) {
            int[] index = null;
            for (String line = text.next(); line != null; line = text.next()) {
                if (layout.headerLines().contains(text.line())) {
                    if (block > 0) {
                        finishBlock(stats, index, columns, techniques, reasons);
                    }
                    block++;
                    index = positions(split(line, layout.separator()), columns);
                    stats = new Stats();
                    continue;
                }
                if (line.isBlank() || index == null || layout.titles().contains(text.line())) {
                    continue;
                }
                if ((rows & 0xFFF) == 0 && monitor != null && monitor.isCanceled()) {
                    throw new OperationCanceledException();
                }
                String[] fields = split(line, layout.separator());
                int n = fields.length > index.length && fields[fields.length - 1].isBlank() ? fields.length - 1 : fields.length;
                if (n != index.length) {
                    throw text.error(n + " fields, the " + index.length + " column names above need as many");
                }
                double[] row = new double[columns.size()];
                java.util.Arrays.fill(row, Double.NaN);
                for (int f = 0; f < n; f++) {
                    Column c = columns.get(index[f]);
                    row[index[f]] = value(text, c, fields[f], f, layout.decimalComma());
                }
                for (int k = 0; k < row.length; k++) {
                    columns.get(k).writer.append(row[k]);
                }
                if (measurement != null) {
                    measurement.append(block);
                }
                stats.add(columns, row);
                rows++;
            }
            finishBlock(stats, index, columns, techniques, reasons);
        }
        if (rows == 0) {
            throw ImportException.atLine(file, ID, layout.headerLines().stream().max(Integer::compare).orElse(1) + 1,
                    "no rows of values after the column names");
        }
        for (Column c : columns) {
            if (!c.codes.isEmpty()) {
                StringBuilder s = new StringBuilder();
                c.codes.forEach((word, code) -> s.append(s.length() == 0 ? "" : "; ").append(code).append('=').append(word));
                builder.metadata(c.spec.name() + ".codes", s.toString());
            }
        }
        Set<Technique> distinct = new LinkedHashSet<>(techniques);
        Technique technique = distinct.size() == 1 ? techniques.get(0) : Technique.MIXED;
        builder.technique(technique);
        if (several) {
            builder.metadata("measurements", Integer.toString(block));
            for (int m = 0; m < techniques.size(); m++) {
                builder.metadata("measurement." + (m + 1) + ".technique", techniques.get(m).name());
            }
        }
        builder.metadata("technique_inferred", technique + ": " + String.join("; ", new LinkedHashSet<>(reasons)));
    }

    /** Pass 1: the separator, the lines of names, the columns and what their values are. */
    private static Layout scan(Path file, DatasetBuilder builder, IProgressMonitor monitor) throws ImportException {
        try (TextFile text = TextFile.open(file, ID)) {
            String header = text.next();
            while (header != null && header.isBlank()) {
                header = text.next();
            }
            if (header == null) {
                throw text.error(1, "the file is empty");
            }
            header = header.replace("\uFEFF", "");
            char separator = header.indexOf(';') >= 0 ? ';' : header.indexOf('\t') >= 0 ? '\t' : header.indexOf(',') >= 0 ? ',' : 0;
            if (separator == 0) {
                throw text.error("not a NOVA export: the first line holds no column names separated by semicolons, tabs or commas");
            }
            String[] first = names(text, split(header, separator));
            if (java.util.Arrays.stream(first).noneMatch(n -> spec(n).known())) {
                throw text.error("not a NOVA export: none of the column names is one NOVA writes (such as 'WE(1).Current (A)', "
                        + "'Potential applied (V)', 'Frequency (Hz)', 'Z' (Ω)', 'Time (s)')");
            }
            List<Column> columns = new ArrayList<>();
            Map<String, Integer> byName = new LinkedHashMap<>();
            Set<Integer> headerLines = new LinkedHashSet<>();
            Set<Integer> skipped = new LinkedHashSet<>();
            headerLines.add(text.line());
            addColumns(first, columns, byName);
            int width = first.length;
            int[] index = positions(first, columns);
            boolean[] decided = new boolean[columns.size()];
            List<String[]> undecided = new ArrayList<>(); // fields of words met before the decimal separator is known
            Boolean comma = null;
            int lines = 0;
            for (String line = text.next(); line != null; line = text.next()) {
                if (line.isBlank()) {
                    continue;
                }
                if ((++lines & 0xFFF) == 0 && monitor != null && monitor.isCanceled()) {
                    throw new OperationCanceledException();
                }
                String[] fields = split(line, separator);
                String lone = fields.length == 1 || fields.length == 2 && fields[1].isBlank() ? fields[0].strip() : null;
                if (lone != null && !lone.isEmpty() && Character.isLetter(lone.charAt(0)) && TextFile.isPrintable(lone) && lone.length() <= 200) {
                    // a title between measurements ("CV 2"): not values
                    builder.warning(text.warning("'" + lone + "' read as a title, not values"));
                    skipped.add(text.line());
                    continue;
                }
                if (isNames(fields)) {
                    String[] names = names(text, split(line.replace("\uFEFF", ""), separator));
                    if (java.util.Arrays.stream(names).noneMatch(n -> spec(n).known())) {
                        throw text.error("a line of names none of which NOVA writes, inside the data");
                    }
                    headerLines.add(text.line());
                    addColumns(names, columns, byName);
                    decided = java.util.Arrays.copyOf(decided, columns.size());
                    index = positions(names, columns);
                    width = names.length;
                    continue;
                }
                int n = fields.length > width && fields[fields.length - 1].isBlank() ? fields.length - 1 : fields.length;
                if (n != width) {
                    throw text.error(n + " fields, the " + width + " column names above need as many");
                }
                for (int f = 0; f < n; f++) {
                    String v = fields[f].strip();
                    if (comma == null && separator != ',' && v.matches("[-+]?\\d+,\\d+(?:[eE][-+]?\\d+)?")) {
                        comma = true;
                    }
                    if (!decided[index[f]] && !v.isEmpty()) {
                        // the first value decides: a word below numbers is a damaged number, refused when read
                        decided[index[f]] = true;
                        if (!Numbers.isNumber(v, true)) {
                            undecided.add(new String[] { Integer.toString(index[f]), v });
                        }
                    }
                }
            }
            boolean decimalComma = Boolean.TRUE.equals(comma);
            for (String[] u : undecided) {
                Column c = columns.get(Integer.parseInt(u[0]));
                Matcher m = NUMBER_UNIT.matcher(u[1]);
                Unit unit = m.matches() && Numbers.isNumber(m.group(1), decimalComma) ? UnitTable.get(m.group(2)) : null;
                if (unit != null) {
                    c.values = Values.QUANTITY;
                    c.si = unit.si();
                } else {
                    c.values = Values.WORD;
                }
            }
            for (Column c : columns) {
                if (c.values == Values.NUMBER && !c.spec.unit().isEmpty() && UnitTable.get(c.spec.unit()) == null) {
                    builder.warning(ImportWarning.ofFile("column '" + c.header + "': unit '" + c.spec.unit() + "' unknown, values kept as written"));
                }
            }
            return new Layout(separator, decimalComma, columns, headerLines, skipped);
        }
    }

    private static double value(TextFile text, Column c, String field, int f, boolean decimalComma) throws ImportException {
        String v = field.strip();
        if (v.isEmpty()) {
            return Double.NaN;
        }
        switch (c.values) {
        case NUMBER:
            try {
                double x = Numbers.parse(v, decimalComma);
                return c.spec.offset() == 0 ? x * c.spec.factor() : x * c.spec.factor() + c.spec.offset();
            } catch (NumberFormatException e) {
                throw text.error("field " + (f + 1) + " (" + c.header + ") '" + abbreviate(v) + "' is not a number");
            }
        case QUANTITY:
            Matcher m = NUMBER_UNIT.matcher(v);
            Unit unit = m.matches() && Numbers.isNumber(m.group(1), decimalComma) ? UnitTable.get(m.group(2)) : null;
            if (unit == null || !unit.si().equals(c.si)) {
                throw text.error("field " + (f + 1) + " (" + c.header + ") '" + abbreviate(v) + "' is not a value in " + c.si
                        + " as the rows above");
            }
            return unit.toSI(Numbers.parse(m.group(1), decimalComma));
        default:
            if (!TextFile.isPrintable(v) || v.length() > 100) {
                throw text.error("field " + (f + 1) + " (" + c.header + ") is not a value: '" + abbreviate(v) + "'");
            }
            Integer code = c.codes.get(v);
            if (code == null) {
                if (c.codes.size() >= 1000) {
                    throw text.error("field " + (f + 1) + " (" + c.header + ") has more than 1000 different words: not a column of states");
                }
                code = c.codes.size();
                c.codes.put(v, code);
            }
            return code;
        }
    }

    private static String abbreviate(String s) {
        return s.length() > 60 ? s.substring(0, 60) + "..." : s;
    }

    private static String[] split(String line, char separator) {
        return Csv.split(line, separator);
    }

    /** The names of a line of names, a trailing separator dropped; refused when damaged. */
    private static String[] names(TextFile text, String[] fields) throws ImportException {
        int count = fields.length > 1 && fields[fields.length - 1].isBlank() ? fields.length - 1 : fields.length;
        String[] names = new String[count];
        for (int c = 0; c < count; c++) {
            names[c] = fields[c].strip();
            if (names[c].isEmpty() || !TextFile.isPrintable(names[c]) || names[c].length() > 200) {
                throw text.error("column " + (c + 1) + " has no name, or a name with control characters");
            }
        }
        return names;
    }

    /** A line of names inside the data: no field is a number and every field starts as a name does. */
    private static boolean isNames(String[] fields) {
        int named = 0;
        for (String field : fields) {
            String f = field.strip().replace("\uFEFF", "");
            if (f.isEmpty()) {
                continue;
            }
            if (Numbers.isNumber(f, true) || Character.isDigit(f.charAt(0)) || NUMBER_UNIT.matcher(f).matches() && Character.isDigit(f.charAt(0))) {
                return false;
            }
            named++;
        }
        return named >= 2;
    }

    /** The names of a line made unique: a name written twice in one line is two columns ("Time (s)", "Time (s) #2"). */
    private static String[] unique(String[] names) {
        String[] keys = new String[names.length];
        Map<String, Integer> seen = new LinkedHashMap<>();
        for (int i = 0; i < names.length; i++) {
            int n = seen.merge(names[i], 1, Integer::sum);
            keys[i] = n == 1 ? names[i] : names[i] + " #" + n;
        }
        return keys;
    }

    private static void addColumns(String[] names, List<Column> columns, Map<String, Integer> byName) {
        String[] keys = unique(names);
        for (int i = 0; i < keys.length; i++) {
            String name = keys[i];
            if (!byName.containsKey(name)) {
                Column c = new Column(name);
                c.spec = spec(names[i]);
                if (!name.equals(names[i])) {
                    c.spec = new Spec(c.spec.name() + name.substring(names[i].length()), c.spec.unit(), QuantityKind.OTHER, c.spec.factor(),
                            c.spec.offset(), c.spec.known());
                }
                byName.put(name, columns.size());
                columns.add(c);
            }
        }
        // a second "Time" of another name (Corrected time beside Time) is kept as it is named, not as the time
        long times = columns.stream().filter(c -> c.spec.kind() == QuantityKind.TIME).count();
        if (times > 1) {
            for (Column c : columns) {
                if (c.spec.kind() == QuantityKind.TIME && c.spec.name().toLowerCase(Locale.ROOT).startsWith("corrected")) {
                    c.spec = new Spec(c.spec.name(), c.spec.unit(), QuantityKind.OTHER, c.spec.factor(), c.spec.offset(), true);
                }
            }
        }
    }

    private static int[] positions(String[] fields, List<Column> columns) {
        int count = fields.length > 1 && fields[fields.length - 1].isBlank() ? fields.length - 1 : fields.length;
        int[] index = new int[count];
        String[] names = new String[count];
        for (int f = 0; f < count; f++) {
            names[f] = fields[f].replace("\uFEFF", "").strip();
        }
        names = unique(names);
        for (int f = 0; f < count; f++) {
            String name = names[f];
            for (int c = 0; c < columns.size(); c++) {
                if (columns.get(c).header.equals(name)) {
                    index[f] = c;
                    break;
                }
            }
        }
        return index;
    }

    /** How a column of this name is stored; {@code known} when the name is one NOVA writes. */
    static Spec spec(String header) {
        String name = header;
        Unit unit = null;
        String unitText = "";
        Matcher m = NAME_UNIT.matcher(header);
        if (m.matches() && !m.group(1).isBlank() && !m.group(2).isBlank() && !m.group(1).endsWith("WE") && !header.endsWith(")" + ")")) {
            // "WE(1).Current (A)": the last parentheses hold the unit; "Time (domain) (s)" likewise
            name = m.group(1).strip();
            unitText = m.group(2).strip();
            unit = UnitTable.get(unitText);
        }
        double sign = 1;
        String n = name;
        if (n.startsWith("-") && n.length() > 1) {
            sign = -1;
            n = n.substring(1).strip();
        }
        String simple = n.contains(").") ? n.substring(n.indexOf(").") + 2) : n; // WE(1).Potential
        boolean electrode1 = n.startsWith("WE(1).") || !n.startsWith("WE(");
        String key = simple.toLowerCase(Locale.ROOT).replace("\u2019", "'").replace("\"", "''");
        QuantityKind kind = switch (key) {
        case "time", "corrected time", "elapsed time" -> QuantityKind.TIME;
        case "potential", "e", "ewe" -> electrode1 && n.startsWith("WE(") ? QuantityKind.POTENTIAL : QuantityKind.OTHER;
        case "current", "i" -> electrode1 && n.startsWith("WE(") ? QuantityKind.CURRENT : QuantityKind.OTHER;
        case "frequency", "freq" -> QuantityKind.FREQUENCY;
        case "z'", "zre", "z real" -> QuantityKind.IMPEDANCE_REAL;
        case "z''", "zim", "z imaginary" -> QuantityKind.IMPEDANCE_IMAGINARY;
        case "z", "|z|" -> QuantityKind.IMPEDANCE_MODULUS;
        case "phase" -> QuantityKind.IMPEDANCE_PHASE;
        case "scan" -> QuantityKind.CYCLE_INDEX;
        case "index" -> QuantityKind.RECORD_INDEX;
        case "step", "level" -> QuantityKind.STEP_INDEX;
        case "charge" -> electrode1 ? QuantityKind.CHARGE : QuantityKind.OTHER;
        case "temperature" -> QuantityKind.TEMPERATURE;
        default -> QuantityKind.OTHER;
        };
        boolean known = kind != QuantityKind.OTHER || switch (key) {
        case "potential applied", "current applied", "potential", "current", "current range", "q+", "q-", "column 1", "column 2",
                "error z'", "error z''", "convergence", "number of iterations", "χ²", "potential (ac)", "current (ac)", "dc potential",
                "dc current", "z (ac)", "time domain", "integral", "power", "resistance", "wave" ->
            true;
        default -> false;
        };
        if (kind.siUnit().equals("1") && unit == null && unitText.isEmpty()) {
            return new Spec(n, "1", kind, 1, 0, known);
        }
        if ((key.equals("q+") || key.equals("q-")) && unitText.isEmpty()) {
            // NOVA's cumulative anodic and cathodic charges of a voltammogram: named without their unit, in coulombs
            return new Spec(n, "C", QuantityKind.OTHER, 1, 0, true);
        }
        if (unit == null) {
            // no unit, or one the units table does not know: kept as written, not a quantity of a known kind
            return new Spec(sign < 0 ? name : n, unitText, QuantityKind.OTHER, 1, 0, known);
        }
        if (kind != QuantityKind.OTHER && !kind.siUnit().equals(unit.si())) {
            kind = QuantityKind.OTHER;
        }
        if (kind == QuantityKind.OTHER && sign < 0) {
            return new Spec(name, unit.si(), kind, unit.factor(), unit.offset(), known);
        }
        return new Spec(n, unit.si(), kind, sign * unit.factor(), unit.offset(), known);
    }

    /** What the values of one measurement say about its technique. */
    private static final class Stats {
        double appliedMin = Double.POSITIVE_INFINITY;
        double appliedMax = Double.NEGATIVE_INFINITY;
        double last = Double.NaN;
        int direction;
        int reversals;
        boolean currentPositive;
        boolean currentNegative;
        double currentMin = Double.POSITIVE_INFINITY;
        double currentMax = Double.NEGATIVE_INFINITY;
        int rows;

        void add(List<Column> columns, double[] row) {
            rows++;
            for (int k = 0; k < row.length; k++) {
                String key = columns.get(k).spec.name().toLowerCase(Locale.ROOT);
                double v = row[k];
                if (Double.isNaN(v)) {
                    continue;
                }
                if (key.equals("potential applied")) {
                    appliedMin = Math.min(appliedMin, v);
                    appliedMax = Math.max(appliedMax, v);
                    if (!Double.isNaN(last)) {
                        double step = v - last;
                        if (Math.abs(step) > 1e-6) {
                            int d = step > 0 ? 1 : -1;
                            if (direction != 0 && d != direction) {
                                reversals++;
                            }
                            direction = d;
                        }
                    }
                    last = v;
                } else if (key.equals("current applied")) {
                    currentPositive |= v > 0;
                    currentNegative |= v < 0;
                    currentMin = Math.min(currentMin, v);
                    currentMax = Math.max(currentMax, v);
                }
            }
        }
    }

    private static void finishBlock(Stats stats, int[] index, List<Column> columns, List<Technique> techniques, List<String> reasons) {
        if (index == null || stats.rows == 0) {
            return;
        }
        List<Column> present = new ArrayList<>();
        for (int i : index) {
            present.add(columns.get(i));
        }
        String[] why = new String[1];
        techniques.add(infer(present, stats, why));
        reasons.add(why[0]);
    }

    /**
     * The technique of one measurement: EIS with frequency and impedance columns; cyclic voltammetry with a Scan column
     * or an applied potential that turns back; linear sweep when it sweeps one way; chronoamperometry when it stays
     * (within 1 mV); chronopotentiometry with a steady applied current, galvanostatic cycling when the applied current
     * takes both signs; open circuit when only time and potential are recorded; else unknown.
     */
    private static Technique infer(List<Column> present, Stats s, String[] why) {
        Set<QuantityKind> kinds = new LinkedHashSet<>();
        Set<String> names = new LinkedHashSet<>();
        for (Column c : present) {
            if (c.values == Values.NUMBER) {
                kinds.add(c.spec.kind());
            }
            names.add(c.spec.name().toLowerCase(Locale.ROOT));
        }
        boolean potential = kinds.contains(QuantityKind.POTENTIAL);
        boolean current = kinds.contains(QuantityKind.CURRENT);
        if (kinds.contains(QuantityKind.FREQUENCY) && (kinds.contains(QuantityKind.IMPEDANCE_REAL) && kinds.contains(QuantityKind.IMPEDANCE_IMAGINARY)
                || kinds.contains(QuantityKind.IMPEDANCE_MODULUS) && kinds.contains(QuantityKind.IMPEDANCE_PHASE))) {
            why[0] = "frequency and impedance columns";
            return Technique.EIS;
        }
        boolean applied = names.contains("potential applied") && s.appliedMax >= s.appliedMin;
        if ((potential || applied) && current && kinds.contains(QuantityKind.CYCLE_INDEX)) {
            why[0] = "a Scan column beside potential and current";
            return Technique.CYCLIC_VOLTAMMETRY;
        }
        if (applied && current) {
            double range = s.appliedMax - s.appliedMin;
            if (range <= 1e-3) {
                why[0] = "the applied potential stays within 1 mV";
                return Technique.CHRONOAMPEROMETRY;
            }
            if (s.reversals > 0) {
                why[0] = "the applied potential turns back " + s.reversals + " time(s)";
                return Technique.CYCLIC_VOLTAMMETRY;
            }
            why[0] = "the applied potential sweeps one way over " + String.format(Locale.ROOT, "%.4g", range) + " V";
            return Technique.LINEAR_SWEEP_VOLTAMMETRY;
        }
        if (names.contains("current applied") && potential && s.currentMax >= s.currentMin) {
            if (s.currentPositive && s.currentNegative) {
                why[0] = "the applied current takes both signs";
                return Technique.GALVANOSTATIC_CYCLING;
            }
            why[0] = "a steady applied current";
            return Technique.CHRONOPOTENTIOMETRY;
        }
        if (potential && !current && kinds.contains(QuantityKind.TIME) && !names.contains("current applied")) {
            why[0] = "time and potential without current";
            return Technique.OPEN_CIRCUIT_VOLTAGE;
        }
        why[0] = "columns " + names + " name no technique";
        return Technique.UNKNOWN;
    }

    /** A first line of names separated by semicolons, tabs or commas, with NOVA's electrode prefix or its impedance or applied-signal columns. */
    public static class Content implements ContentMatcher {
        @Override
        public boolean matches(Path file, byte[] head) {
            String text = TextFile.decodeHead(head).replace("\uFEFF", "");
            String first = text.lines().filter(l -> !l.isBlank()).findFirst().orElse("");
            boolean separated = first.contains(";") || first.contains("\t") || first.contains(",");
            return separated && (first.contains("WE(1).") || first.contains("Potential applied (") || first.contains("Current applied (")
                    || first.contains("Corrected time (") || first.contains("-Z'' (Ω)") || first.contains("-Phase (°)"));
        }
    }
}
