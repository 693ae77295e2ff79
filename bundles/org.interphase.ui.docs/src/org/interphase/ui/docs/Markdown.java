/*
 * Copyright (c) 2026 the Interphase contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.interphase.ui.docs;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the Markdown of the project's documents into plain text with styled spans, for a text widget: headings,
 * bold, italic, inline and block code, bullet lists, links (their text), and tables laid out in aligned columns.
 * Covers what docs/ uses; no HTML rendering engine is needed. No SWT here.
 */
public final class Markdown {

    /** How a span of the text is drawn. */
    public enum Style {
        HEADING1, HEADING2, HEADING3, BOLD, ITALIC, CODE
    }

    /** A styled span: [start, start + length) of {@link Rendered#text()}. */
    public record Span(int start, int length, Style style) {
    }

    /** The text to show and its styled spans, in order of start. */
    public record Rendered(String text, List<Span> spans) {

        /** The spans of one style. */
        public List<Span> spans(Style style) {
            return spans.stream().filter(s -> s.style() == style).toList();
        }
    }

    private static final Pattern INLINE = Pattern.compile("`([^`]+)`|\\*\\*([^*]+)\\*\\*|(?<![\\w*])\\*([^*\\s][^*]*?)\\*(?![\\w*])|\\[([^\\]]+)\\]\\(([^)]+)\\)");
    private static final Pattern TAG = Pattern.compile("</?(sub|sup|br|b|i|em|strong|code)\\s*/?>", Pattern.CASE_INSENSITIVE);

    private final StringBuilder text = new StringBuilder();
    private final List<Span> spans = new ArrayList<>();

    private Markdown() {
    }

    /** Renders a Markdown document. */
    public static Rendered render(String markdown) {
        Markdown m = new Markdown();
        m.document(paragraphs(markdown.replace("\r\n", "\n").split("\n", -1)));
        m.spans.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return new Rendered(m.text.toString(), List.copyOf(m.spans));
    }

    /** Joins the lines of a paragraph or list item (soft line breaks) so that the widget wraps them itself. */
    static String[] paragraphs(String[] lines) {
        List<String> out = new ArrayList<>();
        boolean fenced = false;
        for (String line : lines) {
            if (line.startsWith("```")) {
                fenced = !fenced;
                out.add(line);
                continue;
            }
            String previous = out.isEmpty() ? "" : out.get(out.size() - 1);
            if (!fenced && joinable(line) && !previous.isBlank() && flows(previous)) {
                out.set(out.size() - 1, previous.stripTrailing() + " " + line.strip());
            } else {
                out.add(line);
            }
        }
        return out.toArray(String[]::new);
    }

    /** A line that continues the paragraph above it. */
    private static boolean joinable(String line) {
        String s = line.strip();
        return !s.isEmpty() && !line.startsWith("    ") && !s.startsWith("#") && !s.startsWith("|") && !s.startsWith("- ")
                && !s.startsWith("* ") && !s.startsWith("> ") && !s.matches("\\d+\\. .*") && !s.matches("-{3,}|\\*{3,}")
                && !s.startsWith("```");
    }

    /** A line whose paragraph may go on in the next line (text or a list item, not a heading, table or code). */
    private static boolean flows(String line) {
        String s = line.strip();
        return !line.startsWith("    ") && !s.startsWith("#") && !s.startsWith("|") && !s.startsWith("```") && !s.matches("-{3,}|\\*{3,}");
    }

    private void document(String[] lines) {
        int i = 0;
        while (i < lines.length) {
            String line = lines[i];
            if (line.startsWith("```")) {
                int start = text.length();
                i++;
                while (i < lines.length && !lines[i].startsWith("```")) {
                    text.append("    ").append(lines[i]).append('\n');
                    i++;
                }
                spans.add(new Span(start, text.length() - start, Style.CODE));
                i++;
            } else if (line.startsWith("    ") && !line.isBlank() && (i == 0 || lines[i - 1].isBlank() || lines[i - 1].startsWith("    "))) {
                int start = text.length();
                while (i < lines.length && (lines[i].startsWith("    ") || (lines[i].isBlank() && i + 1 < lines.length && lines[i + 1].startsWith("    ")))) {
                    text.append(lines[i]).append('\n');
                    i++;
                }
                spans.add(new Span(start, text.length() - start, Style.CODE));
            } else if (line.startsWith("|")) {
                List<String> table = new ArrayList<>();
                while (i < lines.length && lines[i].startsWith("|")) {
                    table.add(lines[i]);
                    i++;
                }
                table(table);
            } else if (line.startsWith("#")) {
                int level = 0;
                while (level < line.length() && line.charAt(level) == '#') {
                    level++;
                }
                int start = text.length();
                inline(line.substring(level).strip());
                spans.add(new Span(start, text.length() - start, level == 1 ? Style.HEADING1 : level == 2 ? Style.HEADING2 : Style.HEADING3));
                text.append('\n');
                i++;
            } else if (line.strip().matches("-{3,}|\\*{3,}")) {
                text.append("\u2500".repeat(40)).append('\n');
                i++;
            } else {
                String indent = line.substring(0, line.length() - line.stripLeading().length());
                String rest = line.stripLeading();
                if (rest.startsWith("- ") || rest.startsWith("* ")) {
                    text.append(indent).append("\u2022 ");
                    inline(rest.substring(2));
                } else if (rest.startsWith("> ")) {
                    text.append(indent).append("  ");
                    inline(rest.substring(2));
                } else {
                    text.append(indent);
                    inline(rest);
                }
                text.append('\n');
                i++;
            }
        }
    }

    /** A table: cells stripped of Markdown, columns padded to their widest cell, the separator row as a rule. */
    private void table(List<String> rows) {
        List<List<String>> cells = new ArrayList<>();
        List<Boolean> header = new ArrayList<>();
        for (String row : rows) {
            String inner = row.strip();
            inner = inner.substring(1, inner.endsWith("|") && inner.length() > 1 ? inner.length() - 1 : inner.length());
            List<String> parts = new ArrayList<>();
            for (String cell : inner.split("(?<!\\\\)\\|", -1)) {
                parts.add(plain(cell.strip().replace("\\|", "|")));
            }
            if (parts.stream().allMatch(c -> c.matches(":?-{3,}:?"))) {
                if (!header.isEmpty()) {
                    header.set(header.size() - 1, true);
                }
                continue;
            }
            cells.add(parts);
            header.add(false);
        }
        int columns = cells.stream().mapToInt(List::size).max().orElse(0);
        int[] widths = new int[columns];
        for (List<String> row : cells) {
            for (int c = 0; c < row.size(); c++) {
                widths[c] = Math.max(widths[c], row.get(c).length());
            }
        }
        int start = text.length();
        for (int r = 0; r < cells.size(); r++) {
            List<String> row = cells.get(r);
            int rowStart = text.length();
            for (int c = 0; c < columns; c++) {
                String cell = c < row.size() ? row.get(c) : "";
                text.append(c == 0 ? "  " : " \u2502 ").append(cell);
                if (c < columns - 1) {
                    text.append(" ".repeat(widths[c] - cell.length())); // the last column is not padded: no needless wrapping
                }
            }
            if (header.get(r)) {
                spans.add(new Span(rowStart, text.length() - rowStart, Style.BOLD));
            }
            text.append('\n');
        }
        spans.add(new Span(start, text.length() - start, Style.CODE));
    }

    /** Text with its inline marks applied as spans. */
    private void inline(String line) {
        String s = TAG.matcher(line).replaceAll("");
        Matcher m = INLINE.matcher(s);
        int last = 0;
        while (m.find()) {
            text.append(s, last, m.start());
            int start = text.length();
            if (m.group(1) != null) {
                text.append(m.group(1));
                spans.add(new Span(start, m.group(1).length(), Style.CODE));
            } else if (m.group(2) != null) {
                text.append(m.group(2));
                spans.add(new Span(start, m.group(2).length(), Style.BOLD));
            } else if (m.group(3) != null) {
                text.append(m.group(3));
                spans.add(new Span(start, m.group(3).length(), Style.ITALIC));
            } else {
                text.append(m.group(4));
            }
            last = m.end();
        }
        text.append(s.substring(last));
    }

    /** Text without marks (for table cells). */
    private static String plain(String cell) {
        Markdown m = new Markdown();
        m.inline(cell);
        return m.text.toString();
    }
}
