/*
 * Copyright (c) 2026 the Interphase contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.interphase.importer.text;

import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.core.runtime.IProgressMonitor;
import org.interphase.data.DatasetBuilder;
import org.interphase.data.Metadata;
import org.interphase.data.Technique;
import org.interphase.importer.ContentMatcher;
import org.interphase.importer.ImportException;
import org.interphase.importer.Importer;
import org.interphase.importer.support.TextFile;

/**
 * CH Instruments text exports (CHI600/700/1000 series): the date on line 1 ("Feb. 20, 2020   15:55:08"), the
 * technique on line 2 ("A.C. Impedance", "Cyclic Voltammetry", ...), "Key: value" lines (Instrument Model), the
 * parameters, then the comma-separated column names {@code name/unit} ({@code Freq/Hz, Z'/ohm, Z"/ohm, Z/ohm,
 * Phase/deg}; {@code Potential/V, Current/A}) and the comma-separated rows. Z" is Im(Z), signed.
 */
public class ChInstrumentsImporter implements Importer {

    public static final String ID = "text.chinstruments";

    private static final Pattern DATE = Pattern.compile("([A-Z][a-z]{2})[a-z]*\\.?\\s+(\\d{1,2}),\\s*(\\d{4})\\s+(\\d{1,2}):(\\d{2}):(\\d{2})");
    private static final List<String> MONTHS = List.of("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec");

    @Override
    public void read(Path file, DatasetBuilder builder, IProgressMonitor monitor) throws ImportException {
        try (TextFile text = TextFile.open(file, ID)) {
            String first = text.next();
            Matcher date = first == null ? null : DATE.matcher(first.strip());
            if (date == null || !date.matches() || !MONTHS.contains(date.group(1))) {
                throw text.error(1, "not a CH Instruments export: line 1 is not a date like 'Feb. 20, 2020   15:55:08'");
            }
            try {
                builder.metadata(Metadata.START_TIME, LocalDateTime.of(Integer.parseInt(date.group(3)), MONTHS.indexOf(date.group(1)) + 1,
                        Integer.parseInt(date.group(2)), Integer.parseInt(date.group(4)), Integer.parseInt(date.group(5)),
                        Integer.parseInt(date.group(6))).toString());
            } catch (DateTimeException e) {
                throw text.error(1, "the date '" + first.strip() + "' does not exist");
            }
            String technique = text.next();
            if (technique == null || technique.isBlank()) {
                throw text.error(2, "no technique on line 2");
            }
            builder.metadata(Metadata.TECHNIQUE_NAME, technique.strip());
            builder.technique(technique(technique.strip()));
            String header = null;
            for (String line = text.next(); line != null; line = text.next()) {
                String l = line.strip();
                if (l.startsWith("Instrument Model:")) {
                    builder.metadata(Metadata.INSTRUMENT, "CH Instruments " + l.substring(l.indexOf(':') + 1).strip());
                } else if (isHeader(l)) {
                    header = l;
                    break;
                }
                if (text.line() > 500) {
                    break;
                }
            }
            if (header == null) {
                throw text.error(text.line() + 1, "no line of column names (name/unit, ...) in the header");
            }
            SimpleTable table = new SimpleTable(text, builder, List.of(header.split(",")), ",");
            table.read(text, null, monitor);
            if (table.rows() == 0) {
                throw text.error(text.line() + 1, "no data rows after the column names");
            }
        }
    }

    /** Comma-separated names, each name/unit. */
    static boolean isHeader(String line) {
        String[] names = line.split(",");
        if (names.length < 2) {
            return false;
        }
        for (String name : names) {
            String n = name.strip();
            int slash = n.lastIndexOf('/');
            if (slash <= 0 || slash == n.length() - 1 || Character.isDigit(n.charAt(0))) {
                return false;
            }
        }
        return true;
    }

    static Technique technique(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        if (n.contains("impedance")) {
            return Technique.EIS;
        }
        if (n.contains("cyclic voltammetry")) {
            return Technique.CYCLIC_VOLTAMMETRY;
        }
        if (n.contains("linear sweep")) {
            return Technique.LINEAR_SWEEP_VOLTAMMETRY;
        }
        if (n.contains("i-t curve") || n.contains("chronoamperometry")) {
            return Technique.CHRONOAMPEROMETRY;
        }
        if (n.contains("chronopotentiometry")) {
            return Technique.CHRONOPOTENTIOMETRY;
        }
        if (n.contains("open circuit potential")) {
            return Technique.OPEN_CIRCUIT_VOLTAGE;
        }
        return Technique.UNKNOWN;
    }

    /** "Instrument Model:  CHI..." in the head. */
    public static class Content implements ContentMatcher {
        @Override
        public boolean matches(Path file, byte[] head) {
            String text = TextFile.decodeHead(head);
            String first = text.lines().findFirst().orElse("");
            return DATE.matcher(first.strip()).matches() && text.lines().anyMatch(l -> l.startsWith("Instrument Model:") && l.contains("CHI"));
        }
    }
}
