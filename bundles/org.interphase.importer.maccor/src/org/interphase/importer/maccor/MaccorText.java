/*
 * Copyright (c) 2026 the Interphase contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.interphase.importer.maccor;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Text helpers shared by the Maccor importers: lines as Latin-1, fields, numbers with either decimal mark, dates. */
final class MaccorText {

    private static final Pattern DAYS_HMS = Pattern.compile("(?:(\\d+)d\\s*)?(\\d+):(\\d{1,2}):(\\d{1,2}(?:[.,]\\d+)?)");
    private static final DateTimeFormatter[] DATES = {
            new DateTimeFormatterBuilder().parseCaseInsensitive().appendPattern("M/d/yyyy h:mm:ss[.SSS][.SS][.S] a").toFormatter(Locale.ROOT),
            new DateTimeFormatterBuilder().parseCaseInsensitive().appendPattern("M/d/yyyy H:mm:ss[.SSS][.SS][.S]").toFormatter(Locale.ROOT),
            new DateTimeFormatterBuilder().parseCaseInsensitive().appendPattern("d.M.yyyy H:mm:ss[.SSS][.SS][.S]").toFormatter(Locale.ROOT),
            new DateTimeFormatterBuilder().parseCaseInsensitive().appendPattern("yyyy-MM-dd[ ]['T']H:mm:ss[.SSS][.SS][.S]").toFormatter(Locale.ROOT),
            // Windows drops the time of day at midnight exactly: "10/22/2019" is 10/22/2019 00:00:00
            new DateTimeFormatterBuilder().appendPattern("M/d/yyyy").parseDefaulting(java.time.temporal.ChronoField.HOUR_OF_DAY, 0)
                    .toFormatter(Locale.ROOT),
            new DateTimeFormatterBuilder().appendPattern("d.M.yyyy").parseDefaulting(java.time.temporal.ChronoField.HOUR_OF_DAY, 0)
                    .toFormatter(Locale.ROOT),
            new DateTimeFormatterBuilder().appendPattern("yyyy-MM-dd").parseDefaulting(java.time.temporal.ChronoField.HOUR_OF_DAY, 0)
                    .toFormatter(Locale.ROOT) };

    private MaccorText() {
    }

    /** Maccor exports are Windows text; Latin-1 reads every byte (descriptions may hold control bytes). */
    static BufferedReader open(Path file) throws IOException {
        return new BufferedReader(new InputStreamReader(Files.newInputStream(file), StandardCharsets.ISO_8859_1), 1 << 16);
    }

    /** The fields of a line: tab-separated, else comma-separated. */
    static List<String> fields(String line, char separator) {
        List<String> fields = new ArrayList<>();
        int from = 0;
        for (int i = 0; i <= line.length(); i++) {
            if (i == line.length() || line.charAt(i) == separator) {
                fields.add(line.substring(from, i).strip());
                from = i + 1;
            }
        }
        return fields;
    }

    /** A number with '.' or (when decimalComma) ',' as the decimal mark, or NaN when the text is not one. */
    static double number(String text, boolean decimalComma) {
        String t = text.strip();
        if (t.isEmpty()) {
            return Double.NaN;
        }
        if (decimalComma) {
            t = t.replace(".", "").replace(',', '.');
        }
        char c = t.charAt(0);
        if (!(Character.isDigit(c) || c == '-' || c == '+' || c == '.')) {
            return Double.NaN; // refuse "NaN", "Infinity" and hex floats
        }
        try {
            return Double.parseDouble(t);
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }

    /** A duration as "Nd HH:MM:SS[.f]" or "H:MM:SS" in seconds, or NaN. */
    static double duration(String text) {
        Matcher m = DAYS_HMS.matcher(text.strip());
        if (!m.matches() || m.group(2).length() > 9 || (m.group(1) != null && m.group(1).length() > 9)) {
            return Double.NaN;
        }
        int minutes = Integer.parseInt(m.group(3));
        double seconds = Double.parseDouble(m.group(4).replace(',', '.'));
        if (minutes > 59 || seconds >= 61) {
            return Double.NaN;
        }
        double days = m.group(1) == null ? 0 : Long.parseLong(m.group(1));
        return days * 86400 + Long.parseLong(m.group(2)) * 3600.0 + minutes * 60 + seconds;
    }

    /** A date and time in seconds since 1970 of the same wall-clock time, or NaN. */
    static double date(String text) {
        String t = text.strip();
        for (DateTimeFormatter f : DATES) {
            try {
                LocalDateTime d = LocalDateTime.parse(t, f);
                return d.toEpochSecond(ZoneOffset.UTC) + d.getNano() * 1e-9;
            } catch (DateTimeParseException e) {
                // next format
            }
        }
        return Double.NaN;
    }

    private static final DateTimeFormatter[] TIMES = {
            new DateTimeFormatterBuilder().parseCaseInsensitive().appendPattern("h:mm:ss[.SSS][.SS][.S] a").toFormatter(Locale.ROOT),
            new DateTimeFormatterBuilder().appendPattern("H:mm:ss[.SSS][.SS][.S]").toFormatter(Locale.ROOT) };

    /** A time of day alone ("3:04:05 PM", "15:04:05") in seconds since midnight, or NaN. */
    static double timeOfDay(String text) {
        String t = text.strip();
        for (DateTimeFormatter f : TIMES) {
            try {
                return java.time.LocalTime.parse(t, f).toNanoOfDay() * 1e-9;
            } catch (DateTimeParseException e) {
                // next format
            }
        }
        return Double.NaN;
    }

    /** Printable text of a metadata value (Maccor descriptions may carry control bytes and padding). */
    static String printable(String text) {
        StringBuilder s = new StringBuilder();
        for (char c : text.toCharArray()) {
            if (c >= 32 && (c < 0x7F || c > 0x9F) && c < 0xFF) { // no C0 or C1 control characters
                s.append(c);
            }
        }
        return s.toString().replaceAll("\\s+", " ").strip();
    }
}
