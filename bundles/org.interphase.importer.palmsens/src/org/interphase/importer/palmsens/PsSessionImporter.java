/*
 * Copyright (c) 2026 the Interphase contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.interphase.importer.palmsens;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.interphase.data.DatasetBuilder;
import org.interphase.data.DatasetBuilder.ColumnWriter;
import org.interphase.data.Metadata;
import org.interphase.data.QuantityKind;
import org.interphase.data.Technique;
import org.interphase.importer.ContentMatcher;
import org.interphase.importer.ImportException;
import org.interphase.importer.Importer;
import org.interphase.importer.support.TextFile;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import com.google.gson.Strictness;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;

/**
 * PalmSens PSTrace sessions (.pssession): JSON, usually UTF-16 with a byte order mark (NUL bytes of a UTF-16 file
 * read as bytes are dropped), possibly followed by stray characters. {@code Measurements[]} each have a
 * {@code DataSet} whose {@code Type} names EIS for impedance, and {@code Values[]} arrays whose {@code Unit.Type}
 * says what they hold (Hertz: frequency; ZRe, ZIm: impedance) with the numbers in {@code DataValues[]} (numbers or
 * objects with the number in "V"). ZIm is stored with the opposite sign: Im(Z) = -ZIm. The impedance measurements of a
 * session become one dataset with a column "spectrum" (1, 2, ...) and the titles as "spectrum.N.title".
 * <p>
 * The JSON is parsed into a tree (no Java objects are made from it), strictly, nesting at most 255 deep.
 * No real .pssession file is in data/: the reader follows docs/formats.md and is tested with files written to that layout.
 */
public class PsSessionImporter implements Importer {

    public static final String ID = "palmsens.pssession";
    private static final long MAX_BYTES = 256L << 20;

    @Override
    public void read(Path file, DatasetBuilder builder, IProgressMonitor monitor) throws ImportException {
        String text = decode(file);
        JsonElement root;
        try (JsonReader reader = new JsonReader(new StringReader(text))) {
            reader.setStrictness(Strictness.STRICT);
            reader.setNestingLimit(255);
            root = JsonParser.parseReader(reader);
            if (reader.peek() != JsonToken.END_DOCUMENT) {
                throw error(file, "end of the JSON", "more JSON after the session object");
            }
        } catch (JsonParseException | IllegalStateException | IOException e) {
            throw new ImportException(file, ID, position(e), "not valid JSON: " + message(e), e);
        } catch (StackOverflowError e) {
            throw new ImportException(file, ID, "JSON", "nested too deeply");
        }
        if (!root.isJsonObject() || !root.getAsJsonObject().has("Measurements") || !root.getAsJsonObject().get("Measurements").isJsonArray()) {
            throw error(file, "Measurements", "no Measurements array: not a PSTrace session");
        }
        JsonArray measurements = root.getAsJsonObject().getAsJsonArray("Measurements");
        builder.technique(Technique.EIS);
        builder.metadata(Metadata.SOFTWARE, "PSTrace");
        ColumnWriter f = builder.column("freq", "Hz", QuantityKind.FREQUENCY);
        ColumnWriter re = builder.column("Z'", "Ohm", QuantityKind.IMPEDANCE_REAL);
        ColumnWriter im = builder.column("Z''", "Ohm", QuantityKind.IMPEDANCE_IMAGINARY);
        ColumnWriter spectrum = builder.column("spectrum", "1", QuantityKind.CYCLE_INDEX);
        int spectra = 0;
        List<String> skipped = new ArrayList<>();
        for (int m = 0; m < measurements.size(); m++) {
            if (monitor != null && monitor.isCanceled()) {
                throw new OperationCanceledException();
            }
            String where = "Measurements[" + m + "]";
            if (!measurements.get(m).isJsonObject()) {
                throw error(file, where, "not an object");
            }
            JsonObject measurement = measurements.get(m).getAsJsonObject();
            JsonObject dataSet = object(file, measurement, "DataSet", where);
            String type = string(dataSet, "Type");
            if (type == null || !type.contains("EIS")) {
                skipped.add(type == null ? "(no type)" : type);
                continue;
            }
            if (!dataSet.has("Values") || !dataSet.get("Values").isJsonArray()) {
                throw error(file, where + ".DataSet.Values", "missing or not an array");
            }
            double[] hz = null;
            double[] zre = null;
            double[] zim = null;
            JsonArray values = dataSet.getAsJsonArray("Values");
            for (int v = 0; v < values.size(); v++) {
                String at = where + ".DataSet.Values[" + v + "]";
                if (!values.get(v).isJsonObject()) {
                    throw error(file, at, "not an object");
                }
                JsonObject array = values.get(v).getAsJsonObject();
                String unit = array.has("Unit") && array.get("Unit").isJsonObject() ? string(array.getAsJsonObject("Unit"), "Type") : null;
                if (unit == null) {
                    continue;
                }
                if (unit.endsWith("Hertz") && hz == null) {
                    hz = numbers(file, array, at);
                } else if (unit.endsWith("ZRe") && zre == null) {
                    zre = numbers(file, array, at);
                } else if (unit.endsWith("ZIm") && zim == null) {
                    zim = numbers(file, array, at);
                }
            }
            if (hz == null || zre == null || zim == null) {
                throw error(file, where, "an EIS data set without " + (hz == null ? "frequencies (Hertz)" : zre == null ? "ZRe" : "ZIm") + " values");
            }
            if (hz.length != zre.length || hz.length != zim.length) {
                throw error(file, where, hz.length + " frequencies, " + zre.length + " ZRe and " + zim.length + " ZIm values: not one spectrum");
            }
            spectra++;
            String title = string(measurement, "Title");
            if (title != null) {
                builder.metadata("spectrum." + spectra + ".title", title);
            }
            for (int i = 0; i < hz.length; i++) {
                f.append(hz[i]);
                re.append(zre[i]);
                im.append(-zim[i]);
                spectrum.append(spectra);
            }
        }
        if (spectra == 0) {
            throw error(file, "Measurements", "no impedance measurement (data sets: " + (skipped.isEmpty() ? "none" : String.join(", ", skipped)) + ")");
        }
        builder.metadata("spectra", Integer.toString(spectra));
        if (!skipped.isEmpty()) {
            builder.metadata("palmsens.other_measurements", String.join(", ", skipped));
        }
    }

    /** The file as text: UTF-16 (with or without its byte order mark) or UTF-8, NULs and stray end characters dropped. */
    private static String decode(Path file) throws ImportException {
        byte[] bytes;
        try {
            if (Files.size(file) > MAX_BYTES) {
                throw new ImportException(file, ID, "byte " + MAX_BYTES, "larger than " + (MAX_BYTES >> 20) + " MiB: not a PSTrace session");
            }
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new ImportException(file, ID, null, "cannot be read: " + e.getMessage(), e);
        }
        String text;
        if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE) {
            text = new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE);
        } else if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF) {
            text = new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE);
        } else if (bytes.length >= 2 && bytes[0] != 0 && bytes[1] == 0) {
            text = new String(bytes, StandardCharsets.UTF_16LE);
        } else {
            text = TextFile.decodeHead(bytes);
        }
        text = text.replace("\u0000", "").replace("\uFEFF", "").strip();
        // PSTrace may leave a stray character after the closing brace
        int end = text.lastIndexOf('}');
        if (end >= 0 && end < text.length() - 1 && text.length() - end <= 4) {
            text = text.substring(0, end + 1);
        }
        if (text.isEmpty()) {
            throw new ImportException(file, ID, "byte 0", "the file holds no text");
        }
        return text;
    }

    private static double[] numbers(Path file, JsonObject array, String where) throws ImportException {
        if (!array.has("DataValues") || !array.get("DataValues").isJsonArray()) {
            throw error(file, where + ".DataValues", "missing or not an array");
        }
        JsonArray values = array.getAsJsonArray("DataValues");
        double[] result = new double[values.size()];
        for (int i = 0; i < result.length; i++) {
            JsonElement e = values.get(i);
            if (e.isJsonObject() && e.getAsJsonObject().has("V")) {
                e = e.getAsJsonObject().get("V");
            }
            if (!e.isJsonPrimitive() || !e.getAsJsonPrimitive().isNumber()) {
                throw error(file, where + ".DataValues[" + i + "]", "not a number: " + abbreviate(e.toString()));
            }
            result[i] = e.getAsDouble();
            if (!Double.isFinite(result[i])) {
                throw error(file, where + ".DataValues[" + i + "]", "not a finite number: " + abbreviate(e.toString()));
            }
        }
        return result;
    }

    private static JsonObject object(Path file, JsonObject parent, String name, String where) throws ImportException {
        if (!parent.has(name) || !parent.get(name).isJsonObject()) {
            throw error(file, where + "." + name, "missing or not an object");
        }
        return parent.getAsJsonObject(name);
    }

    private static String string(JsonObject object, String name) {
        JsonElement e = object.get(name);
        return e != null && e.isJsonPrimitive() && e.getAsJsonPrimitive().isString() ? e.getAsString() : null;
    }

    private static ImportException error(Path file, String where, String reason) {
        return new ImportException(file, ID, where, reason);
    }

    private static String position(Exception e) {
        String m = String.valueOf(e.getMessage());
        int at = m.indexOf(" at line ");
        if (at >= 0) {
            String rest = m.substring(at + 4);
            int path = rest.indexOf(" path ");
            return path > 0 ? rest.substring(0, path) : rest.split("\n")[0];
        }
        return "JSON";
    }

    private static String message(Exception e) {
        String m = String.valueOf(e.getMessage());
        int see = m.indexOf("\nSee ");
        return abbreviate(see > 0 ? m.substring(0, see) : m);
    }

    private static String abbreviate(String text) {
        return text.length() > 200 ? text.substring(0, 200) + "..." : text;
    }

    /** JSON text (UTF-16 or UTF-8) that starts as a PSTrace session. */
    public static class Content implements ContentMatcher {
        @Override
        public boolean matches(Path file, byte[] head) {
            String text;
            if (head.length >= 2 && ((head[0] & 0xFF) == 0xFF || (head[1] == 0 && head[0] != 0))) {
                int skip = (head[0] & 0xFF) == 0xFF ? 2 : 0;
                text = new String(head, skip, (head.length - skip) & ~1, StandardCharsets.UTF_16LE);
            } else {
                text = TextFile.decodeHead(head);
            }
            text = text.replace("\u0000", "").strip();
            return text.startsWith("{") && (text.contains("\"Measurements\"") || text.contains("\"MethodForMeasurement\""));
        }
    }
}
