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
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.interphase.data.DatasetBuilder;
import org.interphase.data.DatasetBuilder.ColumnWriter;
import org.interphase.data.Metadata;
import org.interphase.data.QuantityKind;
import org.interphase.data.units.UnitTable;
import org.interphase.data.Technique;
import org.interphase.importer.ImportException;
import org.interphase.importer.Importer;
import org.interphase.importer.support.Numbers;
import org.interphase.importer.support.TextFile;

/**
 * Gamry Framework .DTA files (ISO-8859-1 or UTF-8, tab-separated): "EXPLAIN", "TAG technique", parameter lines
 * {@code NAME<TAB>TYPE<TAB>value...} (NOTES followed by its count of note lines), and tables
 * {@code NAME<TAB>TABLE[<TAB>n]} followed by a line of column names, a line of units and rows that begin with a tab.
 * <p>
 * The data are the impedance table ZCURVE of EIS runs, or the CURVE tables (CURVE, CURVE1, CURVE2, ...; a cycle
 * column tells them apart when there are several) of the other techniques; the open-circuit table measured before
 * (OCVCURVE) and tables after an abort are not data. "EXPERIMENTABORTED" ends the data early: what is there is read
 * and the metadata "aborted" says so. Columns of overload flags (unit "bits", text such as "..........a") are left
 * out. Units are converted to SI (deg C to K, degrees to radians); Zimag is Im(Z), signed.
 */
public class DtaImporter implements Importer {

    public static final String ID = "gamry.dta";

    private static final Pattern CURVE = Pattern.compile("CURVE\\d*");
    private static final Pattern KEY = Pattern.compile("[A-Z][A-Z0-9_]*");
    private static final Pattern DATE = Pattern.compile("(\\d{1,2})/(\\d{1,2})/(\\d{4})");
    private static final Pattern TIME = Pattern.compile("(\\d{1,2}):(\\d{2}):(\\d{2})");

    private record Spec(String name, String unit, QuantityKind kind, double factor, double offset) {
    }

    /** The columns of the data, declared when the first data table is met. */
    private static final class Data {
        List<String> names;
        List<Integer> kept = new ArrayList<>();
        List<Spec> specs = new ArrayList<>();
        List<ColumnWriter> writers = new ArrayList<>();
        ColumnWriter curve;
        int rows;
        int tables;
    }

    @Override
    public void read(Path file, DatasetBuilder builder, IProgressMonitor monitor) throws ImportException {
        try (TextFile text = TextFile.open(file, ID)) {
            String first = text.next();
            if (first == null || !first.strip().equals("EXPLAIN")) {
                throw text.error(1, "not a Gamry .DTA file (line 1 is not 'EXPLAIN')");
            }
            String tagLine = text.next();
            String[] tag = tagLine == null ? new String[0] : tagLine.split("\t");
            if (tag.length < 2 || !tag[0].strip().equals("TAG")) {
                throw text.error(2, "expected 'TAG<tab>technique' on line 2");
            }
            String technique = tag[1].strip();
            builder.metadata("gamry.tag", technique);
            builder.technique(technique(technique));
            String date = null;
            String time = null;
            String dataTable = null; // ZCURVE for EIS, else the CURVE tables
            Data data = new Data();
            boolean aborted = false;
            String line = text.next();
            while (line != null) {
                if ((text.line() & 0xFFF) == 0 && monitor != null && monitor.isCanceled()) {
                    throw new OperationCanceledException();
                }
                String[] f = line.split("\t", -1);
                String key = f[0].strip();
                String type = f.length > 1 ? f[1].strip() : "";
                if (line.startsWith("\t") && !line.isBlank()) {
                    throw text.error("a table row outside a table (the rows of a table follow its names and units without a break)");
                }
                if (!key.isEmpty() && (!KEY.matcher(key).matches() || !TextFile.isPrintable(line))) {
                    throw text.error("'" + key + "' is not a parameter name (capitals, digits, _): a damaged file");
                }
                if (key.equals("EXPERIMENTABORTED")) {
                    aborted = true; // what follows (FRACURVE, ...) is the state at the abort, not data: checked, not read
                }
                if (type.equals("TABLE") && aborted) {
                    line = table(text, builder, key, null);
                    continue;
                }
                if (type.equals("TABLE")) {
                    boolean isData = key.equals("ZCURVE") || (!key.equals("OCVCURVE") && CURVE.matcher(key).matches()
                            && (dataTable == null || !dataTable.equals("ZCURVE")));
                    if (isData && dataTable == null) {
                        dataTable = key;
                    }
                    line = table(text, builder, key, isData && (key.equals("ZCURVE") == dataTable.equals("ZCURVE")) ? data : null);
                    continue;
                }
                switch (key) {
                case "TITLE" -> value(f).ifPresent(v -> builder.metadata(Metadata.TECHNIQUE_NAME, v));
                case "DATE" -> date = value(f).orElse(null);
                case "TIME" -> time = value(f).orElse(null);
                case "PSTAT" -> value(f).ifPresent(v -> builder.metadata(Metadata.INSTRUMENT, "Gamry " + v));
                case "FRAMEWORKVERSION" -> value(f).ifPresent(v -> builder.metadata(Metadata.SOFTWARE, "Gamry Framework " + v));
                case "AREA" -> value(f).ifPresent(v -> area(v).ifPresent(a -> builder.metadata(Metadata.ELECTRODE_AREA_M2, a)));
                case "NOTES" -> {
                    int count = 0;
                    try {
                        count = f.length > 2 ? Integer.parseInt(f[2].strip()) : 0;
                    } catch (NumberFormatException e) {
                        throw text.error("NOTES count '" + f[2].strip() + "' is not a number");
                    }
                    StringBuilder notes = new StringBuilder();
                    for (int n = 0; n < count; n++) {
                        String note = text.next();
                        if (note == null) {
                            throw text.error(text.line() + 1, "the file ends inside the " + count + " lines of NOTES");
                        }
                        if (!note.isBlank()) {
                            notes.append(notes.length() == 0 ? "" : "\n").append(note.strip());
                        }
                    }
                    if (notes.length() > 0) {
                        builder.metadata(Metadata.COMMENTS, notes.toString());
                    }
                }
                default -> {
                    // other parameters stay in the file
                }
                }
                line = text.next();
            }
            if (data.names == null) {
                throw text.error(text.line() + 1, "no data table (" + (technique.startsWith("EIS") ? "ZCURVE" : "CURVE") + ") in the file");
            }
            if (data.rows == 0 && !aborted) {
                throw text.error(text.line() + 1, "the data table " + dataTable + " has no rows");
            }
            if (aborted) {
                builder.metadata(Metadata.ABORTED, "true");
            }
            if (date != null && time != null) {
                start(date, time).ifPresent(s -> builder.metadata(Metadata.START_TIME, s.toString()));
            }
        }
    }

    private static java.util.Optional<String> value(String[] fields) {
        return fields.length > 2 && !fields[2].isBlank() ? java.util.Optional.of(fields[2].strip()) : java.util.Optional.empty();
    }

    /**
     * Reads a table: names, units and the rows that start with a tab; appends them when data is not null. Returns the
     * first line after the table.
     */
    private static String table(TextFile text, DatasetBuilder builder, String name, Data data) throws ImportException {
        String names = text.next();
        String units = text.next();
        if (names == null || units == null) {
            throw text.error(text.line() + 1, "the file ends in the header of table " + name);
        }
        String[] n = names.split("\t", -1);
        String[] u = units.split("\t", -1);
        if (!TextFile.isPrintable(names) || !TextFile.isPrintable(units)) {
            throw text.error("table " + name + ": the column names or units hold control characters: a damaged file");
        }
        if (!names.startsWith("\t") || !units.startsWith("\t") || n.length != u.length) {
            throw text.error("table " + name + ": expected a tab-indented line of names and one of units of the same length");
        }
        int headerLine = text.line() - 1;
        if (data != null) {
            List<String> list = List.of(n).subList(1, n.length);
            if (data.names == null) {
                data.names = list;
                for (int c = 1; c < n.length; c++) {
                    if (u[c].strip().equals("bits")) {
                        continue; // overload flags, written as text
                    }
                    Spec spec = spec(n[c].strip(), u[c].strip());
                    data.kept.add(c);
                    data.specs.add(spec);
                    data.writers.add(builder.column(spec.name(), spec.unit(), spec.kind()));
                }
                if (!name.equals("ZCURVE")) {
                    data.curve = builder.column("curve", "1", QuantityKind.CYCLE_INDEX);
                }
            } else if (!data.names.equals(list)) {
                throw text.error(headerLine, "table " + name + " has the columns " + list + ", the first data table " + data.names);
            }
            data.tables++;
        }
        String line;
        Boolean comma = null;
        while ((line = text.next()) != null && line.startsWith("\t")) {
            if (data == null) {
                continue;
            }
            String[] f = line.split("\t", -1);
            int fields = f.length > n.length && f[f.length - 1].isBlank() ? n.length : f.length;
            if (fields != n.length) {
                throw text.error("table " + name + ": " + (fields - 1) + " fields, the " + (n.length - 1) + " column names need as many");
            }
            if (comma == null) {
                comma = line.indexOf(',') >= 0;
            }
            for (int k = 0; k < data.kept.size(); k++) {
                int c = data.kept.get(k);
                double v;
                try {
                    v = Numbers.parse(f[c], comma);
                } catch (NumberFormatException e) {
                    throw text.error("table " + name + ", field " + c + " (" + n[c].strip() + ") '" + f[c].strip() + "' is not a number");
                }
                Spec s = data.specs.get(k);
                data.writers.get(k).append(s.offset() == 0 ? v * s.factor() : v * s.factor() + s.offset());
            }
            if (data.curve != null) {
                data.curve.append(data.tables);
            }
            data.rows++;
        }
        return line;
    }

    static Spec spec(String name, String unit) {
        double factor = 1;
        double offset = 0;
        // Gamry's own spellings; every other unit is the shared table's
        String symbol = switch (unit) {
        case "S" -> "s";
        case "V vs. Ref." -> "V";
        case "#", "##" -> "1";
        case "deg C" -> "degC";
        // a degree sign in a character set the file does not declare
        default -> unit.contains("°") || unit.contains("\uFFFD") || unit.contains("º") ? "deg" : unit;
        };
        UnitTable.Unit u = symbol.isBlank() ? null : UnitTable.get(symbol);
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
        case "Idc", "Im", "I" -> QuantityKind.CURRENT;
        case "Vdc", "Vf" -> QuantityKind.POTENTIAL;
        case "IERange" -> QuantityKind.STATE;
        case "Temp" -> QuantityKind.TEMPERATURE;
        case "Cycle" -> QuantityKind.CYCLE_INDEX;
        case "Q" -> QuantityKind.CHARGE;
        default -> QuantityKind.OTHER;
        };
        if (kind != QuantityKind.OTHER && !kind.siUnit().equals(si)) {
            kind = QuantityKind.OTHER;
        }
        return new Spec(name, si, kind, factor, offset);
    }

    static Technique technique(String tag) {
        return switch (tag) {
        case "EISPOT", "EISGALV", "EISMON" -> Technique.EIS;
        case "CV", "RCV" -> Technique.CYCLIC_VOLTAMMETRY;
        case "LSV", "POTDYN", "CPC" -> Technique.LINEAR_SWEEP_VOLTAMMETRY;
        case "CORPOT" -> Technique.OPEN_CIRCUIT_VOLTAGE;
        case "CHRONOA" -> Technique.CHRONOAMPEROMETRY;
        case "CHRONOP" -> Technique.CHRONOPOTENTIOMETRY;
        default -> Technique.UNKNOWN;
        };
    }

    /** "1.00000E+000" cm² in m². */
    private static java.util.Optional<String> area(String value) {
        try {
            return java.util.Optional.of(Double.toString(new BigDecimal(value.replace(',', '.')).movePointLeft(4).doubleValue()));
        } catch (NumberFormatException e) {
            return java.util.Optional.empty();
        }
    }

    /** "4/23/2018" and "16:43:15" (month first, as Gamry writes in English locales). */
    static java.util.Optional<LocalDateTime> start(String date, String time) {
        Matcher d = DATE.matcher(date);
        Matcher t = TIME.matcher(time);
        if (!d.matches() || !t.matches()) {
            return java.util.Optional.empty();
        }
        try {
            return java.util.Optional.of(LocalDateTime.of(LocalDate.of(Integer.parseInt(d.group(3)), Integer.parseInt(d.group(1)),
                    Integer.parseInt(d.group(2))), LocalTime.of(Integer.parseInt(t.group(1)), Integer.parseInt(t.group(2)),
                            Integer.parseInt(t.group(3)))));
        } catch (DateTimeException e) {
            return java.util.Optional.empty();
        }
    }
}
