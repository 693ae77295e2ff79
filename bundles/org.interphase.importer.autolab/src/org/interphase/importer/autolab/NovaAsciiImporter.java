/*
 * Copyright (c) 2026 the Interphase contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.interphase.importer.autolab;

import java.nio.file.Path;
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
import org.interphase.data.units.UnitTable;
import org.interphase.data.units.UnitTable.Unit;
import org.interphase.importer.ContentMatcher;
import org.interphase.importer.ImportException;
import org.interphase.importer.Importer;
import org.interphase.importer.support.Numbers;
import org.interphase.importer.support.TextFile;

/**
 * Metrohm Autolab NOVA's ASCII export: one line of column names, then rows, separated by semicolons (a decimal comma
 * is recognised). Names carry their unit in trailing parentheses: {@code Time (s)}, {@code WE(1).Potential (V)},
 * {@code WE(1).Current (A)}, {@code Frequency (Hz)}, {@code Z' (Ω)}, {@code -Z'' (Ω)}, {@code -Phase (°)}. Values are
 * converted to SI; -Z'' and -Phase become Z'' (Im(Z), signed) and Phase.
 * <p>
 * No real NOVA file is in data/: the reader follows docs/formats.md's description and is tested with files written to it.
 */
public class NovaAsciiImporter implements Importer {

    public static final String ID = "autolab.nova";

    private static final Pattern NAME_UNIT = Pattern.compile("(.*?)\\s*\\(([^()]*)\\)\\s*");

    private record Spec(String name, String unit, QuantityKind kind, double factor, double offset) {
    }

    @Override
    public void read(Path file, DatasetBuilder builder, IProgressMonitor monitor) throws ImportException {
        try (TextFile text = TextFile.open(file, ID)) {
            String header = text.next();
            while (header != null && header.isBlank()) {
                header = text.next();
            }
            if (header == null) {
                throw text.error(1, "the file is empty");
            }
            if (!header.contains(";")) {
                throw text.error("not a NOVA ASCII export: the column names are not separated by semicolons");
            }
            String[] names = header.split(";", -1);
            int count = names.length;
            if (names[count - 1].isBlank()) {
                count--; // a trailing semicolon
            }
            List<Spec> specs = new ArrayList<>();
            List<ColumnWriter> writers = new ArrayList<>();
            for (int c = 0; c < count; c++) {
                if (names[c].isBlank() || !TextFile.isPrintable(names[c])) {
                    throw text.error("column " + (c + 1) + " has no name, or a name with control characters");
                }
                Spec spec = spec(names[c].strip());
                specs.add(spec);
                writers.add(builder.column(spec.name(), spec.unit(), spec.kind()));
            }
            boolean frequency = specs.stream().anyMatch(s -> s.kind() == QuantityKind.FREQUENCY);
            boolean real = specs.stream().anyMatch(s -> s.kind() == QuantityKind.IMPEDANCE_REAL);
            boolean scan = specs.stream().anyMatch(s -> s.kind() == QuantityKind.CYCLE_INDEX);
            boolean potential = specs.stream().anyMatch(s -> s.kind() == QuantityKind.POTENTIAL);
            boolean current = specs.stream().anyMatch(s -> s.kind() == QuantityKind.CURRENT);
            builder.technique(frequency && real ? Technique.EIS : scan && potential && current ? Technique.CYCLIC_VOLTAMMETRY : Technique.UNKNOWN);
            builder.metadata(Metadata.SOFTWARE, "NOVA");
            Boolean comma = null;
            int rows = 0;
            for (String line = text.next(); line != null; line = text.next()) {
                if (line.isBlank()) {
                    continue;
                }
                if ((rows & 0xFFF) == 0 && monitor != null && monitor.isCanceled()) {
                    throw new OperationCanceledException();
                }
                String[] fields = line.split(";", -1);
                int n = fields.length > count && fields[fields.length - 1].isBlank() ? fields.length - 1 : fields.length;
                if (n != count) {
                    throw text.error(n + " fields, the " + count + " column names need as many");
                }
                if (comma == null) {
                    comma = line.indexOf(',') >= 0;
                }
                for (int c = 0; c < count; c++) {
                    double v;
                    try {
                        v = fields[c].isBlank() ? Double.NaN : Numbers.parse(fields[c], comma);
                    } catch (NumberFormatException e) {
                        throw text.error("field " + (c + 1) + " (" + names[c].strip() + ") '" + fields[c].strip() + "' is not a number");
                    }
                    Spec s = specs.get(c);
                    writers.get(c).append(s.offset() == 0 ? v * s.factor() : v * s.factor() + s.offset());
                }
                rows++;
            }
            if (rows == 0) {
                throw text.error(text.line() + 1, "no data rows after the column names");
            }
        }
    }

    static Spec spec(String header) {
        String name = header;
        Unit unit = null;
        Matcher m = NAME_UNIT.matcher(header);
        if (m.matches() && !m.group(2).isBlank() && UnitTable.get(m.group(2)) != null) {
            name = m.group(1).strip();
            unit = UnitTable.get(m.group(2));
        }
        double sign = 1;
        if (name.startsWith("-")) {
            sign = -1;
            name = name.substring(1).strip();
        }
        String si = unit == null ? "" : unit.si();
        String simple = name.contains(".") ? name.substring(name.lastIndexOf('.') + 1) : name; // WE(1).Potential
        QuantityKind kind = switch (simple.toLowerCase(Locale.ROOT)) {
        case "time", "corrected time" -> QuantityKind.TIME;
        case "potential" -> name.startsWith("WE(") ? QuantityKind.POTENTIAL : QuantityKind.OTHER;
        case "current" -> name.startsWith("WE(") ? QuantityKind.CURRENT : QuantityKind.OTHER;
        case "frequency" -> QuantityKind.FREQUENCY;
        case "z'" -> QuantityKind.IMPEDANCE_REAL;
        case "z''" -> QuantityKind.IMPEDANCE_IMAGINARY;
        case "z" -> QuantityKind.IMPEDANCE_MODULUS;
        case "phase" -> QuantityKind.IMPEDANCE_PHASE;
        case "scan" -> QuantityKind.CYCLE_INDEX;
        case "index" -> QuantityKind.RECORD_INDEX;
        case "charge" -> QuantityKind.CHARGE;
        case "temperature" -> QuantityKind.TEMPERATURE;
        default -> QuantityKind.OTHER;
        };
        if (kind.siUnit().equals("1") && si.isEmpty()) {
            si = "1";
        }
        if (kind != QuantityKind.OTHER && !kind.siUnit().equals(si)) {
            kind = QuantityKind.OTHER;
        }
        return new Spec(name, si, kind, sign * (unit == null ? 1 : unit.factor()), unit == null ? 0 : unit.offset());
    }

    /** A first line of semicolon-separated names with NOVA's electrode prefix or impedance columns. */
    public static class Content implements ContentMatcher {
        @Override
        public boolean matches(Path file, byte[] head) {
            String text = TextFile.decodeHead(head);
            String first = text.lines().filter(l -> !l.isBlank()).findFirst().orElse("");
            return first.contains(";") && (first.contains("WE(") || first.contains("Z' (") || first.contains("Frequency (Hz)"));
        }
    }
}
