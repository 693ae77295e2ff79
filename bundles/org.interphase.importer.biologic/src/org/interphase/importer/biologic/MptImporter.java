/*
 * Copyright (c) 2026 the Interphase contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.interphase.importer.biologic;

import java.math.BigDecimal;
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
import org.interphase.importer.ImportException;
import org.interphase.importer.Importer;
import org.interphase.importer.support.Numbers;
import org.interphase.importer.support.TextFile;

/**
 * EC-Lab's (and BT-Lab's) text export .mpt: line 1 "EC-Lab ASCII FILE", line 2 "Nb header lines : N" (N counts every
 * header line including the column names), the technique's name on line 4, "key : value" lines (channel, start of
 * acquisition, device, software version, electrode area, active mass, electrolyte, comments), the tab-separated
 * column names ({@code name/unit}) on line N, then tab-separated rows. Latin-1 (µ and ² are single bytes); the decimal
 * separator may be a comma; one file may hold several spectra (the cycle number column tells them apart; their
 * count is the metadata "spectra"). Columns are converted to SI as in {@link EcLabColumns}.
 */
public class MptImporter implements Importer {

    public static final String ID = "biologic.mpt";

    private static final Pattern HEADER_COUNT = Pattern.compile("Nb header lines\\s*:\\s*(\\d{1,6})\\s*");
    private static final Pattern LOOP = Pattern.compile("Loop\\s+\\d+\\s+from point number\\s+(\\d{1,12})\\s+to\\s+(\\d{1,12})");
    private static final Pattern DATE = Pattern.compile("(\\d{1,2})[/.-](\\d{1,2})[/.-](\\d{4})\\s+(\\d{1,2}):(\\d{2}):(\\d{2})(?:[.,](\\d{1,6}))?");

    @Override
    public void read(Path file, DatasetBuilder builder, IProgressMonitor monitor) throws ImportException {
        try (TextFile text = TextFile.open(file, ID)) {
            String first = text.next();
            boolean headerless = false;
            if (first == null || !(first.strip().equals("EC-Lab ASCII FILE") || first.strip().equals("BT-Lab ASCII FILE"))) {
                if (first == null || !namesWithoutHeader(first)) {
                    throw text.error(1, "not an EC-Lab text export (line 1 is not 'EC-Lab ASCII FILE' or 'BT-Lab ASCII FILE', nor "
                            + "EC-Lab's column names of an export without header)");
                }
                // EC-Lab exports "without header" on request (yadg reads them too): the column names are line 1
                headerless = true;
                builder.warning(ImportWarning.atLine(1, "no EC-Lab header (an export without one): technique, start time and "
                        + "settings are unknown"));
            }
            builder.metadata(Metadata.SOFTWARE, first.strip().startsWith("BT") ? "BT-Lab" : "EC-Lab");
            final int headerLines;
            if (headerless) {
                headerLines = 1;
            } else {
                String second = text.next();
                Matcher count = second == null ? null : HEADER_COUNT.matcher(second.strip());
                if (count == null || !count.matches()) {
                    throw text.error(2, "expected 'Nb header lines : N' on line 2");
                }
                headerLines = Integer.parseInt(count.group(1));
                if (headerLines < 3) {
                    throw text.error(2, "'Nb header lines : " + headerLines + "': at least 3 (the first two and the column names)");
                }
            }
            String techniqueName = null;
            boolean settingsStarted = false;
            List<String> comments = new ArrayList<>();
            List<Long> loopStarts = new ArrayList<>();
            long loopEnd = -1;
            int loopsDeclared = -1;
            String names = headerless ? first : null;
            for (int line = 3; line <= headerLines; line++) {
                String l = text.next();
                if (l == null) {
                    throw text.error(line, "the file ends in its header (line 2 says the header has " + headerLines + " lines)");
                }
                Matcher loop = LOOP.matcher(l.strip());
                if (line == headerLines) {
                    names = l;
                } else if (!settingsStarted && !l.isBlank()) {
                    // the technique's name: the first text after line 2 (yadg: the header's second section), usually line 4
                    settingsStarted = true;
                    if (!l.contains(" : ") && !l.startsWith("EC-Lab for windows") && !l.startsWith("BT-Lab for windows")) {
                        techniqueName = l.strip();
                    } else {
                        headerLine(l, builder, comments);
                    }
                } else if (l.strip().startsWith("Number of loops : ")) {
                    try {
                        loopsDeclared = Integer.parseInt(l.strip().substring("Number of loops : ".length()).strip());
                    } catch (NumberFormatException e) {
                        builder.warning(ImportWarning.atLine(line, "'" + l.strip() + "' is not a count of loops: loops left out"));
                    }
                } else if (loop.matches()) {
                    loopStarts.add(Long.parseLong(loop.group(1)));
                    loopEnd = Long.parseLong(loop.group(2));
                } else {
                    headerLine(l, builder, comments);
                }
            }
            if (loopsDeclared >= 0 && loopsDeclared != loopStarts.size()) {
                builder.warning(ImportWarning.atLine(2, "the header declares " + loopsDeclared + " loops and lists " + loopStarts.size()
                        + ": loops left out"));
            } else if (!loopStarts.isEmpty()) {
                // as the .mpr's loop module says it: each loop's first point, then the point after the last loop
                loopStarts.add(loopEnd + 1);
                builder.metadata("loop_starts", String.join(",", loopStarts.stream().map(String::valueOf).toList()));
            }
            if (!comments.isEmpty()) {
                builder.metadata(Metadata.COMMENTS, String.join("\n", comments));
            }
            List<String> headers = fields(names);
            String firstRow = text.next();
            while (firstRow != null && firstRow.isBlank()) {
                firstRow = text.next();
            }
            int firstRowLine = text.line();
            if (firstRow != null) {
                int given = fields(firstRow).size();
                if (given > 0 && given < headers.size() && headers.subList(0, given).stream().noneMatch(String::isBlank)) {
                    // EC-Lab 11.3x names columns that its rows do not hold (yadg's issue 225: a blank name and Ewe-Ece/V after
                    // the last column written): the names without values are left out, the values keep their names
                    builder.warning(ImportWarning.atLine(headerLines, "names " + headers.size() + " columns, the rows hold "
                            + given + ": the names after '" + headers.get(given - 1) + "' (" + String.join(", ",
                                    headers.subList(given, headers.size()).stream().map(h -> "'" + h.strip() + "'").toList())
                            + ") have no values and are left out"));
                    headers = new ArrayList<>(headers.subList(0, given));
                }
            }
            if (headers.isEmpty() || headers.stream().anyMatch(String::isBlank)) {
                throw text.error(headerLines, "the column names on line " + headerLines + " (where line 2 puts them) are missing or blank");
            }
            for (int c = 0; c < headers.size(); c++) {
                if (!TextFile.isPrintable(headers.get(c))) {
                    throw text.error(headerLines, "column name " + (c + 1) + " holds control characters: a damaged file");
                }
            }
            if (headers.stream().anyMatch(h -> Numbers.isNumber(h, true))) {
                throw text.error(headerLines, "line " + headerLines + ", where line 2 puts the column names, holds numbers");
            }
            List<EcLabColumns.Spec> specs = new ArrayList<>();
            List<ColumnWriter> writers = new ArrayList<>();
            int frequency = -1;
            int cycle = -1;
            java.util.Map<String, Integer> seen = new java.util.HashMap<>();
            for (String header : headers) {
                EcLabColumns.Spec spec = EcLabColumns.spec(header);
                final int column = specs.size() + 1;
                EcLabColumns.unknownUnit(header).ifPresent(u -> builder.warning(ImportWarning.atLine(headerLines, "column " + column
                        + " '" + header.strip() + "': unit '" + u + "' unknown, its values are kept as written")));
                int n = seen.merge(spec.name(), 1, Integer::sum);
                if (n > 1) {
                    // a quantity named twice (yadg: "duplicate"); galvani's name for the second
                    spec = new EcLabColumns.Spec(spec.name() + " " + n, spec.unit(), spec.kind(), spec.factor(), spec.offset());
                }
                if (spec.kind() == QuantityKind.FREQUENCY && frequency < 0) {
                    frequency = specs.size();
                }
                if (spec.kind() == QuantityKind.CYCLE_INDEX && cycle < 0) {
                    cycle = specs.size();
                }
                specs.add(spec);
                writers.add(builder.column(spec.name(), spec.unit(), spec.kind()));
                if (spec.name().equals(EcLabColumns.SWEEP_COUNTER)) {
                    builder.metadata(Metadata.SWEEP_COLUMN, spec.name());
                }
            }
            Technique technique = technique(techniqueName);
            if (technique == Technique.UNKNOWN && techniqueName != null) {
                builder.warning(ImportWarning.atLine(4, "technique '" + techniqueName + "' unknown"
                        + (frequency >= 0 ? ": impedance, from its frequency column" : "")));
            }
            if (technique == Technique.UNKNOWN && frequency >= 0) {
                technique = Technique.EIS;
            }
            builder.technique(technique);
            if (techniqueName != null) {
                builder.metadata(Metadata.TECHNIQUE_NAME, techniqueName);
            }
            Boolean decimalComma = null;
            int rows = 0;
            int spectra = 0;
            double previousCycle = Double.NaN;
            double previousFrequency = Double.NaN;
            for (String l = firstRow; l != null; l = text.next()) {
                if ((rows & 0x3FFF) == 0 && monitor != null && monitor.isCanceled()) {
                    throw new OperationCanceledException();
                }
                if (l.isBlank()) {
                    continue;
                }
                List<String> values = fields(l);
                if (values.size() != specs.size()) {
                    throw text.error(values.size() + " fields, the " + specs.size() + " columns named on line " + headerLines + " need as many");
                }
                if (decimalComma == null) {
                    decimalComma = l.indexOf(',') >= 0;
                }
                for (int c = 0; c < values.size(); c++) {
                    double v;
                    try {
                        v = Numbers.parse(values.get(c), decimalComma);
                    } catch (NumberFormatException e) {
                        throw text.error("field " + (c + 1) + " (" + headers.get(c) + ") '" + values.get(c) + "' is not a number");
                    }
                    double converted = specs.get(c).convert(v);
                    writers.get(c).append(converted);
                    if (c == cycle) {
                        if (converted != previousCycle) {
                            spectra++;
                        }
                        previousCycle = converted;
                    }
                    if (c == frequency && cycle < 0) {
                        if (rows == 0 || converted > previousFrequency * 2 && previousFrequency < converted) {
                            spectra++; // a new sweep starts where the frequency jumps back up
                        }
                        previousFrequency = converted;
                    }
                }
                rows++;
            }
            if (rows == 0) {
                // a run that recorded no point (a Wait step ended at once: its .mpr has no rows either); the columns are
                // known, the file is complete: an empty dataset that says so
                builder.warning(ImportWarning.atLine(Math.max(headerLines, firstRowLine), "no data rows after the column names: the run recorded no points"));
            }
            if (technique == Technique.EIS && frequency >= 0) {
                builder.metadata("spectra", Integer.toString(Math.max(1, spectra)));
            }
        }
    }

    /**
     * The EC-Lab or BT-Lab magic on line 1, or line 1 holding EC-Lab's column names (an export without header), tab-separated
     * with a time, frequency or potential column named as EC-Lab names it.
     */
    public static class TextMatcher implements org.interphase.importer.ContentMatcher {
        @Override
        public boolean matches(Path file, byte[] head) {
            String text = new String(head, java.nio.charset.StandardCharsets.ISO_8859_1);
            if (text.startsWith("\u00EF\u00BB\u00BF")) {
                text = text.substring(3);
            }
            if (text.startsWith("EC-Lab ASCII FILE") || text.startsWith("BT-Lab ASCII FILE")) {
                return true;
            }
            int end = text.indexOf('\n');
            return end > 0 && namesWithoutHeader(text.substring(0, end).replace("\r", ""));
        }
    }

    /** A first line of EC-Lab column names (tab-separated, no numbers, with a time, frequency or potential column). */
    static boolean namesWithoutHeader(String line) {
        List<String> names = fields(line).stream().map(String::strip).toList();
        return names.size() >= 2 && names.stream().noneMatch(n -> n.isEmpty() || Numbers.isNumber(n, true))
                && names.stream().anyMatch(n -> n.equals("time/s") || n.equals("freq/Hz") || n.equals("Ewe/V") || n.equals("Ecell/V"));
    }

    /** Tab-separated fields; the trailing tab EC-Lab writes makes no extra field. */
    static List<String> fields(String line) {
        List<String> fields = new ArrayList<>(List.of(line.split("\t", -1)));
        if (!fields.isEmpty() && fields.get(fields.size() - 1).isBlank()) {
            fields.remove(fields.size() - 1);
        }
        return fields;
    }

    private static void headerLine(String line, DatasetBuilder builder, List<String> comments) {
        int colon = line.indexOf(" : ");
        if (colon < 0) {
            if (line.startsWith("EC-Lab for windows v") || line.startsWith("BT-Lab for windows v")) {
                String version = line.substring(line.indexOf(" v") + 2).split("\\s")[0];
                builder.metadata(Metadata.SOFTWARE, line.substring(0, line.indexOf(' ')) + " " + version);
            }
            return;
        }
        String key = line.substring(0, colon).strip();
        String value = line.substring(colon + 3).strip();
        switch (key) {
        case "Run on channel" -> builder.metadata(Metadata.CHANNEL, value.split("\\s")[0]);
        case "Device" -> builder.metadata(Metadata.INSTRUMENT, value);
        case "Acquisition started on" -> date(value).ifPresent(d -> builder.metadata(Metadata.START_TIME, d.toString()));
        case "Electrolyte" -> {
            if (!value.isEmpty()) {
                builder.metadata("electrolyte", value);
            }
        }
        case "Reference electrode" -> {
            if (!value.isEmpty()) {
                builder.metadata("reference_electrode", value);
            }
        }
        case "Comments" -> {
            if (!value.isEmpty()) {
                comments.add(value);
            }
        }
        case "Electrode surface area" -> quantity(value, "cm²", "1e-4").ifPresent(v -> builder.metadata(Metadata.ELECTRODE_AREA_M2, v));
        case "Mass of active material" -> quantity(value, "mg", "1e-6").or(() -> quantity(value, "g", "1e-3"))
                .ifPresent(v -> builder.metadata(Metadata.ACTIVE_MASS_KG, v));
        case "Battery capacity" -> quantity(value, "mA.h", "3.6").or(() -> quantity(value, "µA.h", "3.6e-3"))
                .or(() -> quantity(value, "A.h", "3600")).ifPresent(v -> builder.metadata("battery_capacity_C", v));
        default -> {
            // other settings stay in the file
        }
        }
    }

    /** "1.130 cm²" in SI as text, when the unit is the one given. */
    private static java.util.Optional<String> quantity(String value, String unit, String factor) {
        if (!value.endsWith(" " + unit)) {
            return java.util.Optional.empty();
        }
        try {
            BigDecimal number = new BigDecimal(value.substring(0, value.length() - unit.length() - 1).strip().replace(',', '.'));
            return java.util.Optional.of(Double.toString(number.multiply(new BigDecimal(factor)).doubleValue()));
        } catch (NumberFormatException e) {
            return java.util.Optional.empty();
        }
    }

    /** "01/16/2020 14:13:34.000" (month first, as EC-Lab writes; day first when the first number exceeds 12). */
    static java.util.Optional<LocalDateTime> date(String text) {
        Matcher m = DATE.matcher(text.strip());
        if (!m.matches()) {
            return java.util.Optional.empty();
        }
        int a = Integer.parseInt(m.group(1));
        int b = Integer.parseInt(m.group(2));
        int month = a > 12 ? b : a;
        int day = a > 12 ? a : b;
        String fraction = m.group(7) == null ? "0" : (m.group(7) + "000000").substring(0, 6);
        try {
            return java.util.Optional.of(LocalDateTime.of(Integer.parseInt(m.group(3)), month, day, Integer.parseInt(m.group(4)),
                    Integer.parseInt(m.group(5)), Integer.parseInt(m.group(6)), Integer.parseInt(fraction) * 1000));
        } catch (DateTimeException e) {
            return java.util.Optional.empty();
        }
    }

    /** The technique of EC-Lab's long name (line 4 of a .mpt). */
    static Technique technique(String name) {
        if (name == null) {
            return Technique.UNKNOWN;
        }
        String n = name.toLowerCase(Locale.ROOT);
        if (n.contains("impedance spectroscopy") || n.startsWith("ir compensation")) {
            return Technique.EIS;
        }
        if (n.contains("galvanostatic cycling") || n.contains("battery capacity determination")
                || n.contains("galvanostatic intermittent titration")) {
            return Technique.GALVANOSTATIC_CYCLING;
        }
        if (n.contains("cyclic voltammetry")) {
            return Technique.CYCLIC_VOLTAMMETRY;
        }
        if (n.contains("linear sweep voltammetry")) {
            return Technique.LINEAR_SWEEP_VOLTAMMETRY;
        }
        if (n.contains("open circuit voltage") || n.strip().equals("wait")) {
            return Technique.OPEN_CIRCUIT_VOLTAGE;
        }
        if (n.contains("chronoamperometry") || n.contains("potentiostatic intermittent titration") || n.equals("constant voltage")) {
            return Technique.CHRONOAMPEROMETRY;
        }
        if (n.contains("chronopotentiometry") || n.equals("constant current")) {
            return Technique.CHRONOPOTENTIOMETRY;
        }
        if (n.contains("modulo bat") || n.contains("modular")) {
            return Technique.MIXED;
        }
        return Technique.UNKNOWN;
    }
}
