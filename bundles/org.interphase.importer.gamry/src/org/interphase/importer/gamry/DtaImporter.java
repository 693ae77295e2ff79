/*
 * Copyright (c) 2026 the Interphase contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.interphase.importer.gamry;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
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
import org.interphase.data.units.UnitTable;
import org.interphase.importer.ContentMatcher;
import org.interphase.importer.ImportException;
import org.interphase.importer.Importer;
import org.interphase.importer.support.Numbers;
import org.interphase.importer.support.TextFile;

/**
 * Gamry Framework .DTA files ("EXPLAIN" format; ISO-8859-1, Windows-1252 or UTF-8; tab-separated; LF or CRLF): the
 * line "EXPLAIN" (a Virtual Front Panel file starts with "VFP600" instead), "TAG technique", parameter lines
 * {@code NAME<TAB>TYPE<TAB>value...} (NOTES followed by its count of note lines), and tables
 * {@code NAME<TAB>TABLE[<TAB>declared rows]} followed by a line of column names, a line of units and rows that begin
 * with a tab. Parameter lines may also follow a table (EOC after OCVCURVE, STOPREASON, STARTTIMEOFFSET).
 * <p>
 * The data are, in this order of preference: the impedance tables ZCURVE of EIS runs; the CURVE tables of the other
 * techniques (CURVE, or CURVE1, CURVE2, ... one per cycle of a CV: the column "curve" numbers them); another table
 * named ...CURVE (VFPCURVE of the Virtual Front Panel, CAPACITYCURVE of the cyclic charge-discharge summary, one row per
 * half-cycle); else the open-circuit table OCVCURVE, which otherwise is the measurement before the experiment and not
 * data. "EXPERIMENTABORTED" ends the data early: what is there is read and the metadata "aborted" says so.
 * <p>
 * Tolerated, with a warning: no EXPLAIN or TAG line (a stripped header; the technique then comes from the tables), a
 * table with fewer (or more) rows than it declares, a table cut off before its column names by an abort, tables and
 * columns this importer does not know (read past, or kept with their units as written), the C runtime's non-numbers ("1.#QNAN", "-1.#IND", "1.#INF": read as NaN or infinity), and Gamry's -327.6 deg C
 * of an absent temperature probe (read as NaN). Columns of overload flags (unit "bits", text such as "..........a") are
 * left out. Units are converted to SI (deg C to K, degrees to radians); Zimag is Im(Z), signed.
 */
public class DtaImporter implements Importer {

    public static final String ID = "gamry.dta";

    private static final Pattern KEY = Pattern.compile("[A-Z][A-Z0-9_]*");
    private static final Pattern NUMBERED_CURVE = Pattern.compile("CURVE\\d+");
    private static final Pattern TIME = Pattern.compile("(\\d{1,2}):(\\d{2})(?::(\\d{2}))?(?:\\s*([AaPp])\\.?[Mm]\\.?)?");
    private static final Pattern DATE = Pattern.compile("(\\d{1,4})([/.\\-])(\\d{1,2})\\2(\\d{1,4})");
    /** What Microsoft's C runtime prints for NaN and infinities. */
    private static final Pattern MSVC_SPECIAL = Pattern.compile("([+-]?)\\d\\.#(QNAN|SNAN|IND|INF)\\d*");
    /** Parameter types of the EXPLAIN format, for recognising a header without its first lines. */
    private static final Set<String> TYPES = Set.of("LABEL", "QUANT", "IQUANT", "POTEN", "SELECTOR", "TOGGLE", "TWOPARAM", "PSTAT",
            "NOTES", "TABLE", "MULTIPARAM", "VARIABLEANDUNITS", "OUTPUT", "ONEPARAM");
    /** Column names this importer knows; others are kept with their units as written, and reported once. */
    private static final Set<String> KNOWN_COLUMNS = Set.of("Pt", "T", "Time", "Freq", "Zreal", "Zimag", "Zsig", "Zmod", "Zphz",
            "Idc", "Vdc", "IERange", "ZrealDrCor", "ZimagDrCor", "Vf", "Vm", "Im", "Vu", "Sig", "Ach", "Pwr", "Temp", "Over", "Q", "Cycle",
            "Vfwd", "Vrev", "Vstep", "Ifwd", "Irev", "Idif", "Voltage", "Current", "Type", "Charge", "Duration", "Vstart", "Vend",
            "Energy", "Tstart", "Tend", "Imod", "Iphz", "Vmod", "Vphz", "Zsigmod", "Rcomp", "Vsig", "Isig", "Vch", "Ich", "IRcomp");

    private record Spec(String name, String unit, QuantityKind kind, double factor, double offset) {
    }

    /** What the first pass over the file found: the technique tag, each table's name and the line of its column names. */
    private record Survey(String tag, List<String> tables, List<String> columns) {
    }

    /** The columns of the data, declared when the first data table is met. */
    private static final class Data {
        String family;
        int expectedTables;
        List<String> names;
        List<Integer> kept = new ArrayList<>();
        List<Spec> specs = new ArrayList<>();
        List<ColumnWriter> writers = new ArrayList<>();
        ColumnWriter curve;
        ColumnWriter derivedTime;
        double samplePeriod = Double.NaN;
        int rows;
        int tables;
        boolean belowAbsoluteZero;
        boolean specials;
    }

    @Override
    public void read(Path file, DatasetBuilder builder, IProgressMonitor monitor) throws ImportException {
        Survey survey = survey(file);
        try (TextFile text = TextFile.open(file, ID)) {
            String first = text.next();
            while (first != null && first.isBlank() && text.line() < 3) {
                first = text.next();
            }
            String line;
            String firstKey = first == null ? "" : first.split("\t", -1)[0].strip();
            if (first != null && first.strip().equals("EXPLAIN")) {
                line = text.next();
            } else if (first != null && !first.contains("\t") && KEY.matcher(first.strip()).matches() && survey.tag() != null) {
                builder.metadata("gamry.format", first.strip()); // VFP600: the Virtual Front Panel's own first line
                line = text.next();
            } else if (first != null && first.contains("\t") && KEY.matcher(firstKey).matches() && survey.tag() != null
                    || first != null && isParameterLine(first) && !survey.tables().isEmpty()) {
                builder.warning(ImportWarning.atLine(text.line(), "no 'EXPLAIN' line: the head of the file is missing; read from line "
                        + text.line()));
                line = first;
            } else {
                throw text.error(Math.max(1, text.line()), "not a Gamry .DTA file (line 1 is not 'EXPLAIN')");
            }
            String tag = survey.tag();
            String family = dataFamily(survey.tables(), tag);
            if (family == null) {
                throw text.error(Math.max(1, text.line()), "no data table (" + (tag != null && tag.startsWith("EIS") ? "ZCURVE" : "CURVE")
                        + ") in the file");
            }
            Technique technique;
            if (tag != null) {
                builder.metadata("gamry.tag", tag);
                technique = technique(tag);
                if (technique == Technique.UNKNOWN && family.equals("ZCURVE")) {
                    technique = Technique.EIS;
                }
                if (technique == Technique.UNKNOWN && !KNOWN_OTHER_TAGS.contains(tag)) {
                    builder.warning(ImportWarning.ofFile("TAG " + tag + ": a technique this importer does not know; the tables are read, "
                            + "the technique is left unknown"));
                }
            } else {
                technique = family.equals("ZCURVE") ? Technique.EIS : family.equals("OCVCURVE") ? Technique.OPEN_CIRCUIT_VOLTAGE : Technique.UNKNOWN;
                builder.warning(ImportWarning.ofFile("no 'TAG' line: technique " + technique + " inferred from the table " + family));
            }
            builder.technique(technique);
            if (family.equals("OCVCURVE") && tag != null) {
                builder.warning(ImportWarning.ofFile("no data table: the open-circuit table OCVCURVE (measured before the experiment) is read as the data"));
            }
            String date = null;
            String clock = null;
            Data data = new Data();
            data.family = family;
            data.expectedTables = (int) survey.tables().stream().filter(t -> inFamily(t, family)).count();
            boolean aborted = false;
            Set<String> skipped = new LinkedHashSet<>();
            int tableIndex = 0;
            String dataColumns = null;
            for (int t = 0; t < survey.tables().size(); t++) {
                if (inFamily(survey.tables().get(t), family)) {
                    dataColumns = survey.columns().get(t);
                    break;
                }
            }
            while (line != null) {
                if ((text.line() & 0xFFF) == 0 && monitor != null && monitor.isCanceled()) {
                    throw new OperationCanceledException();
                }
                if (line.isBlank()) {
                    line = text.next();
                    continue;
                }
                String[] f = line.split("\t", -1);
                String key = f[0].strip();
                String type = f.length > 1 ? f[1].strip() : "";
                if (line.startsWith("\t")) {
                    throw text.error("a table row outside a table (the rows of a table follow its names and units without a break)");
                }
                if (!KEY.matcher(key).matches() || !TextFile.isPrintable(line)) {
                    throw text.error("'" + key + "' is not a parameter name (capitals, digits, _): a damaged file");
                }
                if (key.equals("EXPERIMENTABORTED")) {
                    aborted = true; // what follows (FRACURVE, ...) is the state at the abort, not data: checked, not read
                }
                if (type.equals("TABLE")) {
                    int declared = declared(text, f);
                    boolean isData = !aborted && inFamily(key, family);
                    if (!isData && !key.equals("OCVCURVE")) {
                        if (!aborted && dataColumns != null && tableIndex < survey.columns().size()
                                && dataColumns.equals(survey.columns().get(tableIndex))) {
                            throw text.error("table " + key + " has the columns of the data tables " + family
                                    + " but not their name: a damaged file");
                        }
                        skipped.add(key);
                    }
                    tableIndex++;
                    line = table(text, builder, key, declared, isData ? data : null);
                    continue;
                }
                if (type.equals("NOTES")) {
                    // NOTES, or another parameter of type NOTES: its count of lines follows
                    line = notes(text, builder, f);
                    continue;
                }
                switch (key) {
                case "TAG" -> {
                    // read by the survey
                }
                case "TITLE" -> value(f).ifPresent(v -> builder.metadata(Metadata.TECHNIQUE_NAME, v));
                case "DATE" -> date = value(f).orElse(null);
                case "TIME" -> clock = value(f).orElse(null);
                case "PSTAT" -> value(f).ifPresent(v -> builder.metadata(Metadata.INSTRUMENT, "Gamry " + v));
                case "FRAMEWORKVERSION" -> value(f).ifPresent(v -> builder.metadata(Metadata.SOFTWARE, "Gamry Framework " + v));
                case "AREA" -> value(f).ifPresent(v -> area(v).ifPresent(a -> builder.metadata(Metadata.ELECTRODE_AREA_M2, a)));
                case "STOPREASON" -> value(f).ifPresent(v -> builder.metadata("gamry.stop_reason", v));
                case "FREQ" -> value(f).ifPresent(v -> data.samplePeriod = period(v));
                default -> {
                    // other parameters stay in the file
                }
                }
                line = text.next();
            }
            if (data.names == null) {
                throw text.error(text.line() + 1, "the data table " + family + " has no column names (the run stopped before it was written)");
            }
            if (data.rows == 0 && !aborted) {
                throw text.error(text.line() + 1, "the data table " + family + " has no rows");
            }
            if (!skipped.isEmpty()) {
                builder.warning(ImportWarning.ofFile("tables not read (not data of this technique): " + String.join(", ", skipped)));
            }
            if (data.belowAbsoluteZero) {
                builder.warning(ImportWarning.ofFile("Temp below absolute zero (Gamry writes -327.6 deg C when no temperature probe is "
                        + "connected): read as NaN"));
            }
            if (data.specials) {
                builder.warning(ImportWarning.ofFile("non-numbers written by the instrument software (1.#QNAN, -1.#IND, 1.#INF) read as NaN or infinity"));
            }
            if (aborted) {
                builder.metadata(Metadata.ABORTED, "true");
            }
            if (data.curve != null && family.equals("ZCURVE")) {
                builder.metadata(Metadata.SWEEP_COLUMN, "curve");
            }
            if (date != null && clock != null) {
                Optional<LocalDateTime> start = start(date, clock);
                if (start.isPresent()) {
                    builder.metadata(Metadata.START_TIME, start.get().toString());
                } else {
                    builder.warning(ImportWarning.ofFile("DATE '" + date + "' and TIME '" + clock + "' not understood: no start time"));
                }
            }
        }
    }

    /** Tags of techniques Interphase has no class for; their files are read as UNKNOWN without a warning. */
    private static final Set<String> KNOWN_OTHER_TAGS = Set.of("SQUARE_WAVE", "SWV", "DPV", "DIFFPULSE", "NPV", "VFP600", "EFM140", "ECN",
            "ZRA");

    /** The first pass: the TAG and the names of the tables, in order. */
    private static Survey survey(Path file) throws ImportException {
        String tag = null;
        List<String> tables = new ArrayList<>();
        List<String> columns = new ArrayList<>();
        try (TextFile text = TextFile.open(file, ID)) {
            for (String line = text.next(); line != null; line = text.next()) {
                if (columns.size() < tables.size()) {
                    columns.add(line);
                }
                if (line.isEmpty() || line.charAt(0) == '\t') {
                    continue;
                }
                int tab = line.indexOf('\t');
                if (tab <= 0) {
                    continue;
                }
                String key = line.substring(0, tab).strip();
                String rest = line.substring(tab + 1);
                if (key.equals("TAG") && tag == null) {
                    String t = rest.split("\t", -1)[0].strip();
                    tag = t.isEmpty() ? null : t;
                } else if ((rest.equals("TABLE") || rest.startsWith("TABLE\t")) && KEY.matcher(key).matches()) {
                    tables.add(key);
                }
            }
        }
        while (columns.size() < tables.size()) {
            columns.add("");
        }
        return new Survey(tag, tables, columns);
    }

    /**
     * The family of tables that holds the data: ZCURVE, CURVE (CURVE, CURVE1, ...), another ...CURVE, or OCVCURVE when
     * the technique is open-circuit or not said (of another technique, OCVCURVE alone is a run stopped before its data).
     */
    private static String dataFamily(List<String> tables, String tag) {
        if (tables.stream().anyMatch(t -> inFamily(t, "ZCURVE"))) {
            return "ZCURVE";
        }
        if (tables.stream().anyMatch(t -> inFamily(t, "CURVE"))) {
            return "CURVE";
        }
        Optional<String> other = tables.stream().filter(t -> t.endsWith("CURVE") && !t.equals("OCVCURVE") && !t.equals("FRACURVE")).findFirst();
        if (other.isPresent()) {
            return other.get();
        }
        boolean ocv = tag == null || technique(tag) == Technique.OPEN_CIRCUIT_VOLTAGE;
        return ocv && tables.contains("OCVCURVE") ? "OCVCURVE" : null;
    }

    private static boolean inFamily(String table, String family) {
        return switch (family) {
        case "ZCURVE" -> table.equals("ZCURVE") || table.matches("ZCURVE\\d+");
        case "CURVE" -> table.equals("CURVE") || NUMBERED_CURVE.matcher(table).matches();
        default -> table.equals(family);
        };
    }

    private static boolean isParameterLine(String line) {
        String[] f = line.split("\t", -1);
        return f.length >= 2 && KEY.matcher(f[0].strip()).matches() && TYPES.contains(f[1].strip());
    }

    /** The row count a TABLE line declares, or -1. */
    private static int declared(TextFile text, String[] fields) throws ImportException {
        if (fields.length < 3 || fields[2].isBlank()) {
            return -1;
        }
        try {
            return Integer.parseInt(fields[2].strip());
        } catch (NumberFormatException e) {
            throw text.error("table " + fields[0].strip() + ": the declared row count '" + fields[2].strip() + "' is not a number");
        }
    }

    /**
     * The note lines after a NOTES parameter, and the line after them. Some files declare more note lines than they hold
     * (a count of 3 over a single line, written by Framework 7.10): a line that is a parameter of the EXPLAIN format
     * ({@code NAME<TAB>TYPE}, not indented as note lines are) ends the notes early, with a warning.
     */
    private static String notes(TextFile text, DatasetBuilder builder, String[] f) throws ImportException {
        int count;
        try {
            count = f.length > 2 ? Integer.parseInt(f[2].strip()) : 0;
        } catch (NumberFormatException e) {
            throw text.error("NOTES count '" + f[2].strip() + "' is not a number");
        }
        int declaredAt = text.line();
        StringBuilder notes = new StringBuilder();
        String after = null;
        int read = 0;
        for (; read < count; read++) {
            String note = text.next();
            if (note == null) {
                throw text.error(text.line() + 1, "the file ends inside the " + count + " lines of NOTES");
            }
            if (isParameter(note)) {
                after = note;
                builder.warning(ImportWarning.atLine(declaredAt, "NOTES declares " + count + " lines but "
                        + read + " follow before the parameter " + note.split("\t", -1)[0].strip() + "; read as " + read));
                break;
            }
            if (!note.isBlank()) {
                notes.append(notes.length() == 0 ? "" : "\n").append(note.strip());
            }
        }
        if (notes.length() > 0) {
            builder.metadata(Metadata.COMMENTS, notes.toString());
        }
        return after != null ? after : text.next();
    }

    /** A parameter line of the EXPLAIN format: a name at the start of the line, a tab and one of its types. */
    private static boolean isParameter(String line) {
        if (line.isEmpty() || Character.isWhitespace(line.charAt(0))) {
            return false;
        }
        String[] f = line.split("\t", -1);
        return f.length > 1 && KEY.matcher(f[0].strip()).matches() && TYPES.contains(f[1].strip());
    }

    private static Optional<String> value(String[] fields) {
        return fields.length > 2 && !fields[2].isBlank() ? Optional.of(fields[2].strip()) : Optional.empty();
    }

    private static double period(String frequency) {
        try {
            double f = Numbers.parse(frequency, frequency.indexOf(',') >= 0);
            return f > 0 && Double.isFinite(f) ? 1 / f : Double.NaN;
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }

    /**
     * Reads a table: names, units and the rows that start with a tab; appends them when data is not null. Returns the
     * first line after the table.
     */
    private static String table(TextFile text, DatasetBuilder builder, String name, int declared, Data data) throws ImportException {
        int tableLine = text.line();
        String names = text.next();
        if (names != null && !names.startsWith("\t") && isParameterLine(names)) {
            // the run stopped between the TABLE line and its column names (an abort): nothing of it was written
            builder.warning(ImportWarning.atLine(tableLine, "table " + name + " has no column names or rows (the run stopped before they "
                    + "were written)"));
            return names;
        }
        String units = text.next();
        if (names == null || units == null) {
            throw text.error(text.line() + 1, "the file ends in the header of table " + name);
        }
        if (!units.startsWith("\t") && isParameterLine(units) && names.startsWith("\t")) {
            builder.warning(ImportWarning.atLine(tableLine, "table " + name + " has no units or rows (the run stopped before they were written)"));
            return units;
        }
        String[] n = trimTrailingBlank(names.split("\t", -1));
        String[] u = units.split("\t", -1);
        if (!TextFile.isPrintable(names) || !TextFile.isPrintable(units)) {
            throw text.error("table " + name + ": the column names or units hold control characters: a damaged file");
        }
        if (!names.startsWith("\t") || !units.startsWith("\t") || u.length < n.length) {
            throw text.error("table " + name + ": expected a tab-indented line of names and one of units of the same length");
        }
        for (int c = 1; c < n.length; c++) {
            if (n[c].isBlank()) {
                throw text.error("table " + name + ": column " + c + " has no name");
            }
        }
        int headerLine = text.line() - 1;
        if (data != null) {
            List<String> list = List.of(n).subList(1, n.length);
            if (data.names == null) {
                data.names = list;
                declare(builder, data, name, n, u, headerLine);
            } else if (!data.names.equals(list)) {
                throw text.error(headerLine, "table " + name + " has the columns " + list + ", the first data table " + data.names);
            }
            data.tables++;
        }
        String line;
        Boolean comma = null;
        int rows = 0;
        while ((line = text.next()) != null && line.startsWith("\t")) {
            rows++;
            if (data == null) {
                continue;
            }
            String[] f = line.split("\t", -1);
            int fields = f.length;
            while (fields > n.length && f[fields - 1].isBlank()) {
                fields--;
            }
            if (fields != n.length) {
                throw text.error("table " + name + ": " + (fields - 1) + " fields, the " + (n.length - 1) + " column names need as many");
            }
            if (comma == null) {
                comma = false;
                for (int c : data.kept) {
                    if (f[c].indexOf(',') >= 0) {
                        comma = true;
                    }
                }
            }
            for (int k = 0; k < data.kept.size(); k++) {
                int c = data.kept.get(k);
                double v;
                try {
                    v = Numbers.parse(f[c], comma);
                    if (!Double.isFinite(v) && f[c].indexOf('#') >= 0) {
                        data.specials = true; // Numbers reads the C runtime's non-numbers; they are still said
                    }
                } catch (NumberFormatException e) {
                    Matcher special = MSVC_SPECIAL.matcher(f[c].strip());
                    if (!special.matches()) {
                        throw text.error("table " + name + ", field " + c + " (" + n[c].strip() + ") '" + f[c].strip() + "' is not a number");
                    }
                    v = special.group(2).equals("INF") ? (special.group(1).equals("-") ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY)
                            : Double.NaN;
                    data.specials = true;
                }
                Spec s = data.specs.get(k);
                double si = s.offset() == 0 ? v * s.factor() : v * s.factor() + s.offset();
                if (s.kind() == QuantityKind.TEMPERATURE && si < 0) {
                    si = Double.NaN;
                    data.belowAbsoluteZero = true;
                }
                data.writers.get(k).append(si);
            }
            if (data.curve != null) {
                data.curve.append(data.tables);
            }
            if (data.derivedTime != null) {
                data.derivedTime.append(data.rows * data.samplePeriod);
            }
            data.rows++;
        }
        if (declared >= 0 && rows != declared && (data != null || declared < rows)) {
            builder.warning(ImportWarning.atLine(tableLine, "table " + name + " declares " + declared + " rows, " + rows + " are in the file"
                    + (rows < declared ? " (the run ended before the planned points)" : "")));
        }
        return line;
    }

    private static String[] trimTrailingBlank(String[] fields) {
        int n = fields.length;
        while (n > 1 && fields[n - 1].isBlank()) {
            n--;
        }
        return n == fields.length ? fields : java.util.Arrays.copyOf(fields, n);
    }

    /** Declares the columns of the first data table. */
    private static void declare(DatasetBuilder builder, Data data, String table, String[] n, String[] u, int line) {
        List<String> unknown = new ArrayList<>();
        boolean time = false;
        for (int c = 1; c < n.length; c++) {
            String unit = u[c].strip();
            if (unit.equals("bits")) {
                continue; // overload flags, written as text
            }
            Spec spec = spec(n[c].strip(), unit);
            time |= spec.kind() == QuantityKind.TIME;
            if (!KNOWN_COLUMNS.contains(spec.name()) || !unit.isEmpty() && unit(unit) == null) {
                unknown.add(spec.name() + (unit.isEmpty() ? "" : " (" + unit + ")"));
            }
            data.kept.add(c);
            data.specs.add(spec);
            data.writers.add(builder.column(spec.name(), spec.unit(), spec.kind()));
        }
        if (!unknown.isEmpty()) {
            builder.warning(ImportWarning.atLine(line, "table " + table + ": columns this importer does not know, kept with their units as "
                    + "written: " + String.join(", ", unknown)));
        }
        if (!time && Double.isFinite(data.samplePeriod)) {
            // the Virtual Front Panel writes no time: its samples are 1/FREQ apart
            data.derivedTime = builder.column("T", "s", QuantityKind.TIME);
            builder.metadata("gamry.time", "T = row / FREQ (the file has no time column)");
        }
        if (data.family.equals("CURVE") && (data.expectedTables > 1 || NUMBERED_CURVE.matcher(table).matches())
                || data.family.equals("ZCURVE") && data.expectedTables > 1) {
            data.curve = builder.column("curve", "1", QuantityKind.CYCLE_INDEX);
        }
    }

    /** The unit as written, in the shared table after Gamry's own spellings. */
    private static UnitTable.Unit unit(String unit) {
        String symbol = symbol(unit);
        return symbol.isBlank() ? null : UnitTable.get(symbol);
    }

    private static String symbol(String unit) {
        String u = unit.strip();
        if (u.startsWith("V vs")) {
            return "V"; // "V vs. Ref.", "V vs. Eoc"
        }
        return switch (u) {
        case "S" -> "s";
        case "#", "##" -> "1";
        case "deg C" -> "degC";
        // a degree sign in a character set the file does not declare
        default -> u.contains("°") || u.contains("\uFFFD") || u.contains("º") ? "deg" : u;
        };
    }

    static Spec spec(String name, String unit) {
        double factor = 1;
        double offset = 0;
        UnitTable.Unit u = unit(unit);
        String si = u == null ? unit : u.si();
        if (u != null) {
            factor = u.factor();
            offset = u.offset();
        }
        QuantityKind kind = switch (name) {
        case "Pt" -> QuantityKind.RECORD_INDEX;
        case "Time", "T" -> QuantityKind.TIME;
        case "Freq" -> QuantityKind.FREQUENCY;
        // the drift-corrected pair (DRIFTCOR on) follows Zreal/Zimag: readers of spectra take the first pair by default
        case "Zreal", "ZrealDrCor" -> QuantityKind.IMPEDANCE_REAL;
        case "Zimag", "ZimagDrCor" -> QuantityKind.IMPEDANCE_IMAGINARY;
        case "Zmod" -> QuantityKind.IMPEDANCE_MODULUS;
        case "Zphz" -> QuantityKind.IMPEDANCE_PHASE;
        // Im: the measured current; Idc: the DC current under an impedance scan; Idif: the net current of square wave
        case "Idc", "Im", "I", "Idif", "Current" -> QuantityKind.CURRENT;
        // Vf: the measured potential; Vdc under an impedance scan; Vstep: the staircase of square wave
        case "Vdc", "Vf", "Vstep", "Voltage" -> QuantityKind.POTENTIAL;
        case "IERange", "Type" -> QuantityKind.STATE;
        case "Temp" -> QuantityKind.TEMPERATURE;
        case "Cycle" -> QuantityKind.CYCLE_INDEX;
        case "Q", "Charge" -> QuantityKind.CHARGE;
        case "Energy" -> QuantityKind.ENERGY;
        case "Pwr" -> QuantityKind.POWER;
        default -> QuantityKind.OTHER;
        };
        if (kind != QuantityKind.OTHER && !kind.siUnit().equals(si)) {
            kind = QuantityKind.OTHER;
        }
        return new Spec(name, si, kind, factor, offset);
    }

    public static Technique technique(String tag) {
        String t = tag.toUpperCase(Locale.ROOT);
        return switch (t) {
        case "EISPOT", "EISGALV", "EISMON", "EISHYBRID", "HYBRIDEIS", "GALVEIS", "POTEIS", "PWR800_EIS", "EFM140_EIS" -> Technique.EIS;
        case "CV", "RCV", "CYCLICVOLTAMMETRY", "PWR800_CV", "CPC", "CYCPOL" -> Technique.CYCLIC_VOLTAMMETRY;
        case "LSV", "POTDYN", "TAFEL", "LPR", "POLRES", "GALVDYN", "PWR800_POLARIZATION" -> Technique.LINEAR_SWEEP_VOLTAMMETRY;
        case "CORPOT", "OCP", "OCV", "PWR800_READVOLTAGE" -> Technique.OPEN_CIRCUIT_VOLTAGE;
        case "CHRONOA", "CHRONOC", "PSTAT", "PWR800_LEAKAGE" -> Technique.CHRONOAMPEROMETRY;
        case "CHRONOP", "GSTAT" -> Technique.CHRONOPOTENTIOMETRY;
        case "PWR800_CHARGE", "PWR800_DISCHARGE", "PWR800_CYCLICCHARGEDISCHARGE", "PWR800_CCD", "CCD", "CHARGEDISCHARGE" ->
            Technique.GALVANOSTATIC_CYCLING;
        // newer or scripted experiments: the family in the name (HYBRIDEIS_..., PWR800_CHARGE_CC, ...)
        default -> t.contains("EIS") ? Technique.EIS
                : t.startsWith("PWR800_") && (t.contains("CHARGE") || t.contains("CYCL")) ? Technique.GALVANOSTATIC_CYCLING
                : Technique.UNKNOWN;
        };
    }

    /** "1.00000E+000" cm² in m². */
    private static Optional<String> area(String value) {
        try {
            return Optional.of(Double.toString(new BigDecimal(value.replace(',', '.')).movePointLeft(4).doubleValue()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /**
     * The start from DATE and TIME as the Windows locale wrote them: "4/23/2018" or "10-2-2020" (month first, unless the
     * first number exceeds 12), "23.04.2018" (day first), "2018-04-23" or "2018/04/23" (year first); "16:43:15", "4:43:15 PM".
     */
    public static Optional<LocalDateTime> start(String date, String time) {
        Matcher d = DATE.matcher(date.strip());
        Matcher t = TIME.matcher(time.strip());
        if (!d.matches() || !t.matches()) {
            return Optional.empty();
        }
        try {
            int a = Integer.parseInt(d.group(1));
            int b = Integer.parseInt(d.group(3));
            int c = Integer.parseInt(d.group(4));
            LocalDate day;
            if (d.group(1).length() == 4) {
                day = LocalDate.of(a, b, c);
            } else if (d.group(4).length() != 4 && d.group(4).length() != 2) {
                return Optional.empty();
            } else {
                int year = d.group(4).length() == 2 ? 2000 + c : c;
                boolean dayFirst = d.group(2).equals(".") || a > 12;
                day = dayFirst ? LocalDate.of(year, b, a) : LocalDate.of(year, a, b);
            }
            int hour = Integer.parseInt(t.group(1));
            if (t.group(4) != null) {
                boolean pm = t.group(4).equalsIgnoreCase("p");
                if (hour < 1 || hour > 12) {
                    return Optional.empty();
                }
                hour = hour % 12 + (pm ? 12 : 0);
            }
            return Optional.of(LocalDateTime.of(day, LocalTime.of(hour, Integer.parseInt(t.group(2)),
                    t.group(3) == null ? 0 : Integer.parseInt(t.group(3)))));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    /**
     * A .DTA without its first line: a file whose head has a TAG line, or several parameter lines of the EXPLAIN
     * format ({@code NAME<TAB>QUANT<TAB>...}, {@code NAME<TAB>TABLE}).
     */
    public static class Content implements ContentMatcher {
        @Override
        public boolean matches(Path file, byte[] head) {
            List<String> lines = TextFile.decodeHead(head).lines().limit(60).toList();
            if (lines.isEmpty()) {
                return false;
            }
            if (lines.get(0).strip().equals("EXPLAIN")) {
                return true;
            }
            int parameters = 0;
            boolean tag = false;
            for (String line : lines) {
                tag |= line.startsWith("TAG\t") && line.length() > 4;
                if (isParameterLine(line)) {
                    parameters++;
                }
            }
            return tag && parameters >= 1 || parameters >= 3;
        }
    }
}
