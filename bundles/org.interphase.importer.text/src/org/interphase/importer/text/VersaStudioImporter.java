/*
 * Copyright (c) 2026 the Interphase contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.interphase.importer.text;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.time.Month;
import java.util.ArrayList;
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
 * AMETEK VersaStudio .par files (UTF-8): sections {@code <Name>...</Name>} of {@code key=value} lines. The data lie
 * in {@code <SegmentN>} sections: "Definition=" names the comma-separated columns (Segment #, Point #, E(V), I(A),
 * Elapsed Time(s), ..., Frequency(Hz), ..., Z Real, Z Imag, ...), the rows follow until {@code </SegmentN>}; several
 * segments are read one after the other (the Segment # column tells them apart). The technique comes from the
 * action's Name ("Potentiostatic EIS"), the instrument from {@code <Instrument>}, the start from
 * {@code <Experiment>}, the electrode area from "Working Electrode Area (cm2)". Layout sections (window positions,
 * an embedded XML docking layout) are skipped as text; nothing is parsed as XML.
 */
public class VersaStudioImporter implements Importer {

    public static final String ID = "text.versastudio";

    private static final Pattern SECTION = Pattern.compile("<(/?)([A-Za-z]+\\d*)>");
    private static final Pattern DATE = Pattern.compile("(?:[A-Za-z]+,\\s*)?([A-Za-z]+)\\s+(\\d{1,2}),\\s*(\\d{4})");
    private static final Pattern TIME = Pattern.compile("(\\d{1,2}):(\\d{2}):(\\d{2})\\s*([AaPp][Mm])?");

    @Override
    public void read(Path file, DatasetBuilder builder, IProgressMonitor monitor) throws ImportException {
        try (TextFile text = TextFile.open(file, ID)) {
            String section = null;
            SimpleTable table = null;
            List<String> definition = null;
            String instrumentType = null;
            String serial = null;
            String date = null;
            String time = null;
            Technique technique = Technique.UNKNOWN;
            String techniqueName = null;
            int segments = 0;
            boolean any = false;
            for (String line = text.next(); line != null; line = text.next()) {
                String l = line.strip();
                if (!TextFile.isPrintable(line)) {
                    throw text.error("control characters: a damaged file");
                }
                Matcher s = SECTION.matcher(l);
                if (s.matches()) {
                    any = true;
                    section = s.group(1).isEmpty() ? s.group(2) : null;
                    if ("DockingLayout".equals(section)) {
                        // window layout as embedded XML: skipped as text up to its end (never parsed as XML)
                        String skipped = text.next();
                        while (skipped != null && !skipped.strip().equals("</DockingLayout>")) {
                            skipped = text.next();
                        }
                        if (skipped == null) {
                            throw text.error(text.line() + 1, "the file ends inside <DockingLayout>");
                        }
                        section = null;
                    }
                    continue;
                }
                if (section == null) {
                    if (!l.isEmpty()) {
                        throw text.error("text outside any <section>: a damaged file");
                    }
                    continue;
                }
                int eq = l.indexOf('=');
                String key = eq > 0 ? l.substring(0, eq).strip() : "";
                String value = eq > 0 ? l.substring(eq + 1).strip() : "";
                if (section.startsWith("Segment") && key.equals("Definition")) {
                    List<String> names = new ArrayList<>();
                    for (String name : value.split(",")) {
                        names.add(name.strip());
                    }
                    // the definition ends with a number that is not a column ("..., AC Amplitude, 0")
                    if (names.size() > 1 && names.get(names.size() - 1).matches("\\d+")) {
                        names.remove(names.size() - 1);
                    }
                    if (definition == null) {
                        definition = names;
                        table = new SimpleTable(text, builder, names, ",");
                    } else if (!definition.equals(names)) {
                        throw text.error("segment " + section + " has the columns " + names + ", the first segment " + definition);
                    }
                    segments++;
                    table.read(text, "</" + section + ">", monitor);
                    section = null;
                    continue;
                }
                switch (section) {
                case "Instrument" -> {
                    if (key.equals("Type")) {
                        instrumentType = value;
                    } else if (key.equals("SN")) {
                        serial = value;
                    }
                }
                case "Experiment" -> {
                    if (key.equals("DateAcquired")) {
                        date = value;
                    } else if (key.equals("TimeAcquired")) {
                        time = value;
                    }
                }
                case "Application" -> {
                    if (key.equals("Version")) {
                        builder.metadata(Metadata.SOFTWARE, "VersaStudio " + value);
                    }
                }
                default -> {
                    if (section.startsWith("Action")) {
                        if (key.equals("Name") && technique == Technique.UNKNOWN && !value.equals("Common")) {
                            techniqueName = value;
                            technique = technique(value);
                        } else if (key.equals("Working Electrode Area (cm2)")) {
                            try {
                                builder.metadata(Metadata.ELECTRODE_AREA_M2, Double.toString(new BigDecimal(value).movePointLeft(4).doubleValue()));
                            } catch (NumberFormatException e) {
                                // an area that is not a number stays in the file
                            }
                        } else if (key.equals("Comment") && !value.isEmpty()) {
                            builder.metadata(Metadata.COMMENTS, value);
                        }
                    }
                }
                }
            }
            if (!any) {
                throw text.error(1, "not a VersaStudio file: no <Section> lines");
            }
            if (table == null || table.rows() == 0) {
                throw text.error(text.line() + 1, "no data: no <Segment> with a Definition and rows");
            }
            if (technique == Technique.UNKNOWN && table.positiveFrequencies() > 0) {
                technique = Technique.EIS;
            }
            builder.technique(technique);
            if (techniqueName != null) {
                builder.metadata(Metadata.TECHNIQUE_NAME, techniqueName);
            }
            builder.metadata("segments", Integer.toString(segments));
            if (instrumentType != null) {
                builder.metadata(Metadata.INSTRUMENT, "AMETEK " + instrumentType + (serial == null ? "" : " (SN " + serial + ")"));
            }
            if (date != null && time != null) {
                start(date, time).ifPresent(t -> builder.metadata(Metadata.START_TIME, t.toString()));
            }
        }
    }

    static Technique technique(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        if (n.contains("eis") || n.contains("impedance")) {
            return Technique.EIS;
        }
        if (n.contains("cyclic voltammetry")) {
            return Technique.CYCLIC_VOLTAMMETRY;
        }
        if (n.contains("linear s")) {
            return Technique.LINEAR_SWEEP_VOLTAMMETRY;
        }
        if (n.contains("open circuit")) {
            return Technique.OPEN_CIRCUIT_VOLTAGE;
        }
        if (n.contains("chronoamperometry") || n.contains("potentiostatic")) {
            return Technique.CHRONOAMPEROMETRY;
        }
        if (n.contains("chronopotentiometry") || n.contains("galvanostatic")) {
            return Technique.CHRONOPOTENTIOMETRY;
        }
        return Technique.UNKNOWN;
    }

    /** "Thursday, July 19, 2018" and "9:40:30 AM". */
    static java.util.Optional<LocalDateTime> start(String date, String time) {
        Matcher d = DATE.matcher(date);
        Matcher t = TIME.matcher(time);
        if (!d.matches() || !t.matches()) {
            return java.util.Optional.empty();
        }
        try {
            Month month = Month.valueOf(d.group(1).toUpperCase(Locale.ROOT));
            int hour = Integer.parseInt(t.group(1));
            if (t.group(4) != null) {
                boolean pm = t.group(4).equalsIgnoreCase("PM");
                hour = hour % 12 + (pm ? 12 : 0);
            }
            return java.util.Optional.of(LocalDateTime.of(Integer.parseInt(d.group(3)), month, Integer.parseInt(d.group(2)), hour,
                    Integer.parseInt(t.group(2)), Integer.parseInt(t.group(3))));
        } catch (IllegalArgumentException | DateTimeException e) {
            return java.util.Optional.empty();
        }
    }

    /** A VersaStudio file: its first section is Application, naming VersaStudio. */
    public static class Content implements ContentMatcher {
        @Override
        public boolean matches(Path file, byte[] head) {
            String text = TextFile.decodeHead(head);
            return text.strip().startsWith("<Application>") && text.contains("VersaStudio");
        }
    }
}
