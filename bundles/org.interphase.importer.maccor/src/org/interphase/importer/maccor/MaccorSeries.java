/*
 * Copyright (c) 2026 the Interphase contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.interphase.importer.maccor;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Maccor's numbered files of one name (X.001, X.002, ...). Two conventions exist: the parts of one long test
 * (battery-data-toolkit joins them) and one test per channel (beep reads the extension as the channel). Parts are
 * joined only where the next demonstrably continues the one before: the same test name (without folder and
 * extension), channel and procedure in the header lines, the same column header, and its first record number and
 * test time follow the last of the part before (records do not restart). Anything else is read alone.
 */
final class MaccorSeries {

    static final Pattern NUMBERED = Pattern.compile("(.+)\\.(\\d{3})");
    private static final int HEAD_LINES = 400;

    /** What is known of one part without reading it all: its header and its first and last records. */
    record Part(Path file, int number, Map<String, String> identity, String header, long headerLine, double firstRecord,
            double firstTime, double lastRecord, double lastTime, String problem) {
    }

    /** The parts to read as one dataset (the opened file among them), the other numbered files and why they are apart. */
    record Plan(List<Part> parts, List<Path> siblings, List<String> notes, List<String> gaps) {
        boolean joined() {
            return parts.size() > 1;
        }
    }

    private MaccorSeries() {
    }

    /** The numbered files of the same name in the same folder, by number (the file alone when it is not numbered). */
    static List<Path> siblings(Path file) {
        Matcher m = NUMBERED.matcher(file.getFileName().toString());
        Path dir = file.toAbsolutePath().getParent();
        if (!m.matches() || dir == null) {
            return List.of(file);
        }
        String stem = m.group(1);
        List<Path> found = new ArrayList<>();
        try (Stream<Path> list = Files.list(dir)) {
            list.filter(p -> {
                Matcher s = NUMBERED.matcher(p.getFileName().toString());
                return s.matches() && s.group(1).equals(stem) && Files.isRegularFile(p);
            }).sorted().forEach(found::add);
        } catch (IOException e) {
            return List.of(file);
        }
        return found.isEmpty() ? List.of(file) : found;
    }

    /** The regular expression the numbered files of this file's name match (null when it is not numbered). */
    static String pattern(Path file) {
        Matcher m = NUMBERED.matcher(file.getFileName().toString());
        return m.matches() ? Pattern.quote(m.group(1)) + "\\.\\d{3}" : null;
    }

    static Plan plan(Path file) {
        List<Path> siblings = siblings(file);
        if (siblings.size() < 2) {
            return new Plan(List.of(part(file)), siblings, List.of(), List.of());
        }
        // each part is looked at (head and last line) only when the walk from the opened file reaches it
        List<Part> parts = new java.util.AbstractList<>() {
            private final Part[] seen = new Part[siblings.size()];

            @Override
            public Part get(int i) {
                if (seen[i] == null) {
                    seen[i] = part(siblings.get(i));
                }
                return seen[i];
            }

            @Override
            public int size() {
                return seen.length;
            }
        };
        int at = 0;
        for (int i = 0; i < siblings.size(); i++) {
            if (siblings.get(i).getFileName().equals(file.getFileName())) {
                at = i;
            }
        }
        List<String> notes = new ArrayList<>();
        List<String> gaps = new ArrayList<>();
        int from = at;
        while (from > 0) {
            String why = continues(parts.get(from - 1), parts.get(from));
            if (why != null) {
                notes.add(name(parts.get(from - 1)) + " is a separate test (" + why + ")");
                break;
            }
            from--;
        }
        int to = at;
        while (to + 1 < parts.size()) {
            String why = continues(parts.get(to), parts.get(to + 1));
            if (why != null) {
                notes.add(name(parts.get(to + 1)) + " is a separate test (" + why + ")");
                break;
            }
            to++;
        }
        for (int i = 0; i < parts.size(); i++) {
            if ((i < from - 1 || i > to + 1)) {
                notes.add(siblings.get(i).getFileName() + " is not read with it (a separate test or series)");
            }
        }
        List<Part> chain = new ArrayList<>(parts.subList(from, to + 1));
        for (int i = 1; i < chain.size(); i++) {
            Part a = chain.get(i - 1);
            Part b = chain.get(i);
            if (b.number() != a.number() + 1 || b.firstRecord() != a.lastRecord() + 1) {
                gaps.add("between " + name(a) + " (last Rec# " + (long) a.lastRecord() + ") and " + name(b) + " (first Rec# "
                        + (long) b.firstRecord() + ")" + (b.number() != a.number() + 1 ? " part" + (b.number() - a.number() > 2 ? "s " : " ")
                                + missing(a, b) + " missing" : " records are missing"));
            }
        }
        if (chain.size() > 1 && chain.get(0).firstRecord() > 1) {
            gaps.add("the first part " + name(chain.get(0)) + " starts at Rec# " + (long) chain.get(0).firstRecord()
                    + ": the records before are not in these files");
        }
        return new Plan(chain, siblings, notes, gaps);
    }

    private static String missing(Part a, Part b) {
        StringBuilder s = new StringBuilder();
        String stem = a.file().getFileName().toString().replaceAll("\\.\\d{3}$", "");
        for (int n = a.number() + 1; n < b.number(); n++) {
            s.append(s.isEmpty() ? "" : ", ").append(String.format(Locale.ROOT, "%s.%03d", stem, n));
        }
        return s.toString();
    }

    static String name(Part p) {
        return p.file().getFileName().toString();
    }

    /** Null when b continues a, else why not. */
    static String continues(Part a, Part b) {
        if (a.problem() != null) {
            return a.problem();
        }
        if (b.problem() != null) {
            return b.problem();
        }
        if (!a.header().equals(b.header())) {
            return "other columns";
        }
        for (String key : new String[] { "name", "channel", "procedure" }) {
            String x = a.identity().get(key);
            String y = b.identity().get(key);
            if (x != null || y != null) {
                if (x == null || !x.equals(y)) {
                    return key + " '" + x + "' then '" + y + "'";
                }
            }
        }
        if (!a.identity().containsKey("name")) {
            return "no test name in the header to compare";
        }
        if (!(b.firstRecord() > a.lastRecord())) {
            return "Rec# restarts at " + (long) b.firstRecord() + " after " + (long) a.lastRecord();
        }
        if (!(b.firstTime() >= a.lastTime())) {
            return "test time goes back from " + a.lastTime() + " to " + b.firstTime();
        }
        return null;
    }

    /** The header, first and last record of a file. */
    static Part part(Path file) {
        Matcher m = NUMBERED.matcher(file.getFileName().toString());
        int number = m.matches() ? Integer.parseInt(m.group(2)) : -1;
        Map<String, String> identity = new LinkedHashMap<>();
        try (BufferedReader reader = MaccorText.open(file)) {
            String text;
            long line = 0;
            List<String> header = null;
            char sep = '\t';
            while ((text = reader.readLine()) != null && ++line <= HEAD_LINES) {
                if (line == 1 && text.startsWith("\uFEFF")) {
                    text = text.substring(1);
                }
                sep = text.indexOf('\t') >= 0 ? '\t' : ',';
                List<String> cells = MaccorText.fields(text, sep);
                if (isHeader(cells)) {
                    header = cells;
                    break;
                }
                for (int i = 0; i + 1 < cells.size(); i += 2) {
                    String key = MaccorText.printable(cells.get(i)).replaceAll(":$", "").strip().toLowerCase(Locale.ROOT);
                    String value = MaccorText.printable(cells.get(i + 1)).strip();
                    switch (key) {
                        case "name", "filename", "file name" -> identity.putIfAbsent("name",
                                value.replaceAll("^.*[\\\\/](?=[^\\\\/]*$)", "").replaceAll("\\.\\d{3}(?=\\s|$)", ""));
                        case "channel", "tester channel" -> identity.putIfAbsent("channel", value);
                        case "procedure" -> identity.putIfAbsent("procedure", value);
                        default -> {
                        }
                    }
                }
            }
            if (header == null) {
                return problem(file, number, "no Maccor column header");
            }
            int rec = -1;
            int time = -1;
            for (int c = 0; c < header.size(); c++) {
                String k = header.get(c).toLowerCase(Locale.ROOT);
                if (k.equals("rec") || k.equals("rec#") || k.equals("record")) {
                    rec = c;
                } else if (time < 0 && (k.startsWith("testtime") || k.startsWith("test time") || k.startsWith("test ("))) {
                    time = c;
                }
            }
            if (rec < 0 || time < 0) {
                return problem(file, number, "no record number or test time column");
            }
            String first;
            do {
                first = reader.readLine();
            } while (first != null && first.isBlank());
            String last = lastLine(file);
            if (first == null || last == null) {
                return problem(file, number, "no data rows");
            }
            double[] f = recordAndTime(first, sep, rec, time);
            double[] l = recordAndTime(last, sep, rec, time);
            if (f == null || l == null) {
                return problem(file, number, "its first or last row has no record number and test time");
            }
            return new Part(file, number, identity, String.join("\t", header).strip(), line, f[0], f[1], l[0], l[1], null);
        } catch (IOException e) {
            return problem(file, number, "cannot be read: " + e.getMessage());
        }
    }

    private static Part problem(Path file, int number, String problem) {
        return new Part(file, number, Map.of(), "", 0, Double.NaN, Double.NaN, Double.NaN, Double.NaN,
                file.getFileName() + ": " + problem);
    }

    private static double[] recordAndTime(String line, char sep, int rec, int time) {
        List<String> cells = MaccorText.fields(line, sep);
        if (cells.size() <= Math.max(rec, time)) {
            return null;
        }
        boolean comma = cells.get(time).matches("-?\\d+,\\d+");
        double r = MaccorText.number(cells.get(rec), false);
        double t = MaccorText.number(cells.get(time), comma);
        if (Double.isNaN(t)) {
            t = MaccorText.duration(cells.get(time));
        }
        return Double.isNaN(r) || Double.isNaN(t) ? null : new double[] { r, t };
    }

    /** The last line that is not blank (read from the end of the file). */
    private static String lastLine(Path file) throws IOException {
        try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "r")) {
            long length = f.length();
            int size = (int) Math.min(length, 1 << 16);
            byte[] tail = new byte[size];
            f.seek(length - size);
            f.readFully(tail);
            String text = new String(tail, StandardCharsets.ISO_8859_1);
            String[] lines = text.split("\r?\n");
            for (int i = lines.length - 1; i > 0 || (i == 0 && size == length); i--) {
                if (!lines[i].isBlank()) {
                    return lines[i];
                }
            }
            return null;
        }
    }

    /** The line of column names of a Maccor export: a record number and a voltage among them (also used by the importer). */
    static boolean isHeader(List<String> cells) {
        boolean record = false;
        boolean volts = false;
        for (String c : cells) {
            String k = c.toLowerCase(Locale.ROOT);
            record |= k.equals("rec") || k.equals("rec#") || k.equals("record");
            volts |= k.equals("volts") || k.startsWith("voltage");
        }
        return record && volts;
    }
}
