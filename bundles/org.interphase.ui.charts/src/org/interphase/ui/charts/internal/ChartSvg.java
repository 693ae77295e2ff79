/*
 * Copyright (c) 2026 the Interphase contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.interphase.ui.charts.internal;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.graphics.Rectangle;
import org.interphase.ui.charts.ChartAxis;
import org.interphase.ui.charts.ChartMarker;

/**
 * Writes a chart as SVG 1.1 from its series (not from the screen): the plot frame, the axes with the same ticks as on
 * screen, tick labels, axis titles, the title, one {@code <path class="series">} per visible series (its plotted,
 * decimated points; a gap starts a new sub-path) clipped to the plot area, symbols as circles for point series,
 * markers and the legend. All text is {@code <text>}, so it stays editable and searchable in a paper's figure.
 */
public final class ChartSvg {

    private static final String FONT = "font-family=\"DejaVu Sans, Arial, Helvetica, sans-serif\"";

    private ChartSvg() {
    }

    public static void write(ChartSnapshot shot, Path file) throws IOException {
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            write(shot, out);
        }
    }

    public static void write(ChartSnapshot shot, Writer out) throws IOException {
        Rectangle p = shot.plot;
        StringBuilder svg = new StringBuilder(64 * 1024);
        svg.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\" width=\"").append(shot.width)
                .append("\" height=\"").append(shot.height).append("\" viewBox=\"0 0 ").append(shot.width).append(' ')
                .append(shot.height).append("\">\n");
        svg.append("<defs><clipPath id=\"plot\"><rect x=\"").append(p.x).append("\" y=\"").append(p.y).append("\" width=\"")
                .append(p.width).append("\" height=\"").append(p.height).append("\"/></clipPath></defs>\n");
        svg.append("<rect x=\"0\" y=\"0\" width=\"").append(shot.width).append("\" height=\"").append(shot.height)
                .append("\" fill=\"white\"/>\n");
        if (!shot.title.isEmpty()) {
            text(svg, shot.width / 2.0, 16, "middle", 0, shot.title, "font-size=\"13\" font-weight=\"bold\"");
        }
        // grid and ticks
        svg.append("<g class=\"axes\" stroke=\"black\" stroke-width=\"1\" fill=\"none\">\n");
        ChartSnapshot.AxisShot x = shot.axes.get(ChartAxis.X);
        if (x != null) {
            for (int i = 0; i < x.ticks.length; i++) {
                double px = p.x + x.tickPixels[i];
                svg.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\" stroke=\"#e1e1e1\"/>\n", px,
                        p.y, px, p.y + p.height));
                svg.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\"/>\n", px, p.y + p.height, px,
                        p.y + p.height + 5));
            }
        }
        for (ChartAxis axis : new ChartAxis[] { ChartAxis.Y_LEFT, ChartAxis.Y_RIGHT }) {
            ChartSnapshot.AxisShot y = shot.axes.get(axis);
            if (y == null) {
                continue;
            }
            int edge = axis == ChartAxis.Y_LEFT ? p.x : p.x + p.width;
            int dir = axis == ChartAxis.Y_LEFT ? -5 : 5;
            for (int i = 0; i < y.ticks.length; i++) {
                double py = p.y + y.tickPixels[i];
                if (axis == ChartAxis.Y_LEFT) {
                    svg.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\" stroke=\"#e1e1e1\"/>\n",
                            p.x, py, p.x + p.width, py));
                }
                svg.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\"/>\n", edge, py, edge + dir, py));
            }
        }
        svg.append("<rect x=\"").append(p.x).append("\" y=\"").append(p.y).append("\" width=\"").append(p.width)
                .append("\" height=\"").append(p.height).append("\"/>\n</g>\n");
        // tick labels and titles
        svg.append("<g class=\"labels\" fill=\"black\">\n");
        if (x != null) {
            for (int i = 0; i < x.ticks.length; i++) {
                if (!x.tickLabels[i].isEmpty()) {
                    text(svg, p.x + x.tickPixels[i], p.y + p.height + 18, "middle", 0, x.tickLabels[i], "");
                }
            }
            text(svg, p.x + p.width / 2.0, p.y + p.height + 36, "middle", 0, x.title, "class=\"axis-title\"");
        }
        for (ChartAxis axis : new ChartAxis[] { ChartAxis.Y_LEFT, ChartAxis.Y_RIGHT }) {
            ChartSnapshot.AxisShot y = shot.axes.get(axis);
            if (y == null) {
                continue;
            }
            boolean left = axis == ChartAxis.Y_LEFT;
            int width = 0;
            for (int i = 0; i < y.ticks.length; i++) {
                String label = y.tickLabels[i];
                if (label.isEmpty()) {
                    continue;
                }
                width = Math.max(width, label.length() * 7);
                text(svg, left ? p.x - 8 : p.x + p.width + 8, p.y + y.tickPixels[i] + 4, left ? "end" : "start", 0, label, "");
            }
            double tx = left ? p.x - width - 20 : p.x + p.width + width + 22;
            text(svg, tx, p.y + p.height / 2.0, "middle", left ? -90 : 90, y.title, "class=\"axis-title\"");
        }
        svg.append("</g>\n");
        // series
        svg.append("<g class=\"series\" clip-path=\"url(#plot)\">\n");
        for (ChartSnapshot.SeriesShot s : shot.series) {
            String colour = hex(s.color);
            StringBuilder d = new StringBuilder(s.pixelX.length * 16);
            boolean move = true;
            for (int i = 0; i < s.pixelX.length; i++) {
                if (Double.isNaN(s.pixelX[i])) {
                    move = true;
                    continue;
                }
                d.append(move ? 'M' : 'L');
                d.append(String.format(Locale.ROOT, "%.1f %.1f ", p.x + s.pixelX[i], p.y + s.pixelY[i]));
                move = false;
            }
            svg.append("<path class=\"series\" data-series=\"").append(escape(s.name)).append("\" d=\"").append(d.toString().strip())
                    .append("\" fill=\"none\" stroke=\"").append(s.style.drawLine() ? colour : "none").append("\" stroke-width=\"")
                    .append(s.style.lineWidth()).append("\" stroke-linejoin=\"round\"")
                    .append(s.style.dashed() ? " stroke-dasharray=\"6 4\"" : "").append("/>\n");
            if (s.style.drawSymbols()) {
                svg.append("<g class=\"symbols\" data-series=\"").append(escape(s.name)).append("\" fill=\"").append(colour).append("\">");
                for (int i = 0; i < s.pixelX.length; i++) {
                    if (!Double.isNaN(s.pixelX[i])) {
                        svg.append(String.format(Locale.ROOT, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"2.5\"/>", p.x + s.pixelX[i],
                                p.y + s.pixelY[i]));
                    }
                }
                svg.append("</g>\n");
            }
        }
        svg.append("</g>\n");
        // markers
        svg.append("<g class=\"markers\">\n");
        for (ChartSnapshot.MarkerShot m : shot.markers) {
            ChartMarker marker = m.marker;
            String colour = hex(marker.color() == null ? new RGB(80, 80, 80) : marker.color());
            switch (marker.type()) {
                case VERTICAL_LINE -> {
                    svg.append(String.format(Locale.ROOT,
                            "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"%s\" stroke-dasharray=\"4 3\"/>\n",
                            p.x + m.px, p.y, p.x + m.px, p.y + p.height, colour));
                    text(svg, p.x + m.px + 3, p.y + 13, "start", 0, marker.label(), "fill=\"" + colour + "\"");
                }
                case HORIZONTAL_LINE -> {
                    svg.append(String.format(Locale.ROOT,
                            "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"%s\" stroke-dasharray=\"4 3\"/>\n", p.x,
                            p.y + m.py, p.x + p.width, p.y + m.py, colour));
                    text(svg, p.x + p.width - 3, p.y + m.py - 3, "end", 0, marker.label(), "fill=\"" + colour + "\"");
                }
                case POINT -> {
                    int cx = p.x + m.px;
                    int cy = p.y + m.py;
                    svg.append(String.format(Locale.ROOT, "<polygon points=\"%d,%d %d,%d %d,%d\" fill=\"%s\"/>\n", cx - 5, cy - 12,
                            cx + 5, cy - 12, cx, cy - 4, colour));
                    text(svg, cx, cy - 16, "middle", 0, marker.label(), "fill=\"" + colour + "\"");
                }
                case TEXT -> text(svg, p.x + m.px, p.y + m.py + 11, "start", 0, marker.label(), "fill=\"" + colour + "\"");
            }
        }
        svg.append("</g>\n");
        // legend, below the axis title
        svg.append("<g class=\"legend\">\n");
        double lx = p.x;
        double ly = Math.min(shot.height - 8, p.y + p.height + 56);
        for (ChartSnapshot.SeriesShot s : shot.series) {
            if (!s.inLegend) {
                continue;
            }
            double width = 30 + s.name.length() * 7;
            if (lx + width > shot.width && lx > p.x) {
                lx = p.x;
                ly += 16;
            }
            svg.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"%s\" stroke-width=\"2\"%s/>",
                    lx, ly - 4, lx + 20, ly - 4, hex(s.color), s.style.dashed() ? " stroke-dasharray=\"6 4\"" : ""));
            text(svg, lx + 24, ly, "start", 0, s.name, "");
            lx += width;
        }
        svg.append("</g>\n</svg>\n");
        out.write(svg.toString());
    }

    private static void text(StringBuilder svg, double x, double y, String anchor, int rotate, String text, String attributes) {
        svg.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"%s\" %s", x, y, anchor, FONT));
        if (!attributes.contains("font-size")) {
            svg.append(" font-size=\"11\"");
        }
        if (rotate != 0) {
            svg.append(String.format(Locale.ROOT, " transform=\"rotate(%d %.1f %.1f)\"", rotate, x, y));
        }
        if (!attributes.isEmpty()) {
            svg.append(' ').append(attributes);
        }
        svg.append('>').append(escape(text)).append("</text>\n");
    }

    private static String hex(RGB rgb) {
        return String.format(Locale.ROOT, "#%02x%02x%02x", rgb.red, rgb.green, rgb.blue);
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
