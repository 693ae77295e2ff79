/*
 * Copyright (c) 2026 the Interphase contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.interphase.importer.palmsens;

import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
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
 * PalmSens PSTrace sessions (.pssession), every measurement of a session: JSON, usually UTF-16 with a byte order mark and
 * a stray character (or an odd byte) after the closing brace. Keys are matched without regard to case, so the older
 * lower-case layout ({@code measurements[].dataset.values[].datavalues[].v}) reads as the current one
 * ({@code Measurements[].DataSet.Values[].DataValues[].V}).
 * <ul>
 * <li>Each measurement's technique comes from {@code METHOD_ID} in its method text (cv, lsv, ad = chronoamperometry,
 * pot = chronopotentiometry, ocp, eis, gis, ...), else from its arrays (frequency and impedance: EIS). A session of one
 * technique gives that technique, else MIXED.</li>
 * <li>Arrays are recognised by {@code ArrayType} (0 time, 1 potential, 2 current, 3 charge, 5 frequency, 6 phase,
 * 7 ZRe, 8 ZIm, 10 Z, 17 index, ...), else by their unit; values are converted to SI from the unit class the file
 * names ({@code PalmSens.Units.MicroAmpere}: µA; Volt, MilliVolt, MicroCoulomb, Hertz, ZRe/ZIm/Z: Ohm, Phase: degrees,
 * Time: s). ZIm holds -Im(Z) (its quantity is written "-Z''"), Phase holds -phase likewise; both are stored as Im(Z)
 * and phase, the phase's sign checked against Im(Z).</li>
 * <li>Curves: arrays named {@code scanNchannelM} are the scans and multiplexer channels of a measurement; the arrays
 * without such a name (the time) are shared by them. EIS measurements with an {@code EISDataList} (one entry per
 * multiplexer channel, "CH 1: 61 freqs") give one curve per entry. Each curve is numbered in the column "curve" (the
 * sweep column), with "measurement", "channel" and "scan" columns where the session has several.</li>
 * <li>Arrays derived from others (Y, Cs, ...) are left out (named in "palmsens.derived_arrays"); DC currents of
 * impedance measurements ({@code Idc}, {@code miDC}: values in current-range units) and arrays of unknown units are
 * left out with a warning.</li>
 * </ul>
 * The JSON is parsed into a tree (no Java objects are made from it), strictly, nesting at most 255 deep.
 */
public class PsSessionImporter implements Importer {

    public static final String ID = "palmsens.pssession";
    private static final long MAX_BYTES = 256L << 20;
    private static final int MAX_DEPTH = 255;
    private static final Pattern SCAN_CHANNEL = Pattern.compile("(?i).*scan\\s*(\\d+)\\s*channel\\s*(\\d+).*");
    private static final Pattern CHANNEL_TITLE = Pattern.compile("(?i).*\\bch(?:annel)?\\s*(\\d+).*");

    /** The array types the file names (pypalmsens' ArrayType). */
    private static final int TIME = 0, POTENTIAL = 1, CURRENT = 2, CHARGE = 3, FREQUENCY = 5, PHASE = 6, ZRE = 7, ZIM = 8, IAC = 9,
            Z = 10, INDEX = 17, DC_CURRENT = 28, MEDC = 33, EAC = 34, MIDC = 36;
    private static final Set<Integer> DERIVED = Set.of(11, 12, 13, 14, 15, 16);

    /** A column of the dataset: name, SI unit, kind. */
    record Key(String name, String unit, QuantityKind kind) {
    }

    /** An array read from the file, in SI. */
    record Array(Key key, double[] values, String description) {
    }

    /** A curve: arrays of one length, and where it comes from. */
    record Curve(int measurement, int channel, int scan, List<Array> arrays, int rows) {
    }

    @Override
    public void read(Path file, DatasetBuilder builder, IProgressMonitor monitor) throws ImportException {
        List<JsonObject> sessions = sessions(file, builder);
        List<Curve> curves = new ArrayList<>();
        List<Technique> techniques = new ArrayList<>();
        Set<String> derived = new LinkedHashSet<>();
        int measurementNumber = 0;
        String core = null;
        for (int s = 0; s < sessions.size(); s++) {
            JsonObject session = sessions.get(s);
            JsonArray measurements = array(session, "Measurements");
            if (measurements == null) {
                throw error(file, "Measurements", "no Measurements array: not a PSTrace session");
            }
            core = core != null ? core : string(session, "CoreVersion");
            String sessionMethod = string(session, "MethodForMeasurement");
            for (int m = 0; m < measurements.size(); m++) {
                if (monitor != null && monitor.isCanceled()) {
                    throw new OperationCanceledException();
                }
                String where = (sessions.size() > 1 ? "session " + (s + 1) + ", " : "") + "Measurements[" + m + "]";
                if (!measurements.get(m).isJsonObject()) {
                    throw error(file, where, "not an object");
                }
                JsonObject measurement = measurements.get(m).getAsJsonObject();
                int number = measurementNumber + 1;
                List<Curve> found = curves(file, builder, measurement, number, where, derived);
                if (found.isEmpty()) {
                    builder.warning(new ImportWarning(where, "a measurement without values (" + titleOf(measurement) + "): nothing to read"));
                    continue;
                }
                measurementNumber = number;
                String method = string(measurement, "Method");
                String id = methodId(method != null ? method : sessionMethod);
                Technique technique = technique(id, found);
                techniques.add(technique);
                curves.addAll(found);
                builder.metadata("measurement." + number + ".title", titleOf(measurement));
                builder.metadata("measurement." + number + ".technique", technique.name() + (id == null ? "" : " (METHOD_ID=" + id + ")"));
                String serial = string(measurement, "DeviceSerial");
                if (serial != null && !serial.isBlank()) {
                    builder.metadata("measurement." + number + ".device_serial", serial);
                }
                if (number == 1) {
                    String start = startTime(measurement);
                    if (start != null) {
                        builder.metadata(Metadata.START_TIME, start);
                    }
                }
            }
        }
        if (curves.isEmpty()) {
            throw error(file, "Measurements", "no measurement with values");
        }
        write(builder, curves, measurementNumber);
        Set<Technique> distinct = new LinkedHashSet<>(techniques);
        builder.technique(distinct.size() == 1 ? techniques.get(0) : Technique.MIXED);
        builder.metadata(Metadata.SOFTWARE, "PSTrace" + (core == null ? "" : " (core " + core + ")"));
        builder.metadata("measurements", Integer.toString(measurementNumber));
        builder.metadata("curves", Integer.toString(curves.size()));
        builder.metadata(Metadata.SWEEP_COLUMN, "curve");
        if (!derived.isEmpty()) {
            builder.metadata("palmsens.derived_arrays", "left out (computed from others): " + String.join(", ", derived));
        }
    }

    /** Declares the union of the curves' columns, then appends each curve (NaN where a curve lacks a column). */
    private static void write(DatasetBuilder builder, List<Curve> curves, int measurements) {
        Map<Key, ColumnWriter> columns = new LinkedHashMap<>();
        List<Key> order = new ArrayList<>();
        for (Curve c : curves) {
            for (Array a : c.arrays()) {
                if (!order.contains(a.key())) {
                    order.add(a.key());
                }
            }
        }
        long rows = curves.stream().mapToLong(Curve::rows).sum();
        builder.expectRows(rows);
        for (Key k : order) {
            columns.put(k, builder.column(k.name(), k.unit(), k.kind()));
        }
        ColumnWriter curve = builder.column("curve", "1", QuantityKind.CYCLE_INDEX);
        ColumnWriter measurement = measurements > 1 ? builder.column("measurement", "1", QuantityKind.OTHER) : null;
        boolean channels = curves.stream().anyMatch(c -> c.channel() > 1);
        ColumnWriter channel = channels ? builder.column("channel", "1", QuantityKind.OTHER) : null;
        boolean scans = curves.stream().anyMatch(c -> c.scan() > 1);
        ColumnWriter scan = scans ? builder.column("scan", "1", QuantityKind.OTHER) : null;
        for (int n = 0; n < curves.size(); n++) {
            Curve c = curves.get(n);
            Map<Key, double[]> byKey = new LinkedHashMap<>();
            for (Array a : c.arrays()) {
                byKey.putIfAbsent(a.key(), a.values());
            }
            for (Key k : order) {
                double[] v = byKey.get(k);
                ColumnWriter w = columns.get(k);
                for (int i = 0; i < c.rows(); i++) {
                    w.append(v == null ? Double.NaN : v[i]);
                }
            }
            for (int i = 0; i < c.rows(); i++) {
                curve.append(n + 1);
                if (measurement != null) {
                    measurement.append(c.measurement());
                }
                if (channel != null) {
                    channel.append(c.channel());
                }
                if (scan != null) {
                    scan.append(c.scan());
                }
            }
        }
    }

    /** The curves of one measurement: its EISDataList entries, else its DataSet's scans and channels, else its Curves. */
    private static List<Curve> curves(Path file, DatasetBuilder builder, JsonObject measurement, int number, String where, Set<String> derived)
            throws ImportException {
        List<Curve> result = new ArrayList<>();
        JsonArray eis = array(measurement, "EISDataList");
        if (eis != null && !eis.isEmpty()) {
            for (int e = 0; e < eis.size(); e++) {
                String at = where + ".EISDataList[" + e + "]";
                if (!eis.get(e).isJsonObject()) {
                    throw error(file, at, "not an object");
                }
                JsonObject entry = eis.get(e).getAsJsonObject();
                JsonObject dataSet = object(entry, "DataSet");
                if (dataSet == null) {
                    throw error(file, at + ".DataSet", "missing or not an object");
                }
                List<Array> arrays = arrays(file, builder, dataSet, at + ".DataSet", derived);
                int channel = channelOf(string(entry, "Title"), arrays, eis.size() > 1 ? e + 1 : 1);
                result.addAll(group(file, builder, arrays, number, channel, at + ".DataSet"));
            }
            return result;
        }
        JsonObject dataSet = object(measurement, "DataSet");
        if (dataSet != null && array(dataSet, "Values") != null && !array(dataSet, "Values").isEmpty()) {
            result.addAll(group(file, builder, arrays(file, builder, dataSet, where + ".DataSet", derived), number, 0, where + ".DataSet"));
            return result;
        }
        if (dataSet != null && !dataSet.has("Values") && !dataSet.has("values") && array(measurement, "Curves") == null) {
            throw error(file, where + ".DataSet.Values", "missing");
        }
        JsonArray curves = array(measurement, "Curves");
        if (curves != null) {
            for (int c = 0; c < curves.size(); c++) {
                String at = where + ".Curves[" + c + "]";
                if (!curves.get(c).isJsonObject()) {
                    throw error(file, at, "not an object");
                }
                List<Array> arrays = new ArrayList<>();
                for (String axis : new String[] { "XAxisDataArray", "YAxisDataArray" }) {
                    JsonObject a = object(curves.get(c).getAsJsonObject(), axis);
                    if (a != null) {
                        Array read = array(file, builder, a, at + "." + axis, derived);
                        if (read != null) {
                            arrays.add(read);
                        }
                    }
                }
                if (!arrays.isEmpty()) {
                    result.addAll(group(file, builder, arrays, number, 0, at).stream()
                            .map(k -> new Curve(k.measurement(), k.channel(), result.size() + 1, k.arrays(), k.rows())).toList());
                }
            }
        }
        return result;
    }

    /** The arrays of a DataSet that Interphase reads, in SI. */
    private static List<Array> arrays(Path file, DatasetBuilder builder, JsonObject dataSet, String where, Set<String> derived)
            throws ImportException {
        JsonArray values = array(dataSet, "Values");
        if (values == null) {
            throw error(file, where + ".Values", "missing or not an array");
        }
        List<Array> arrays = new ArrayList<>();
        for (int v = 0; v < values.size(); v++) {
            String at = where + ".Values[" + v + "]";
            if (!values.get(v).isJsonObject()) {
                throw error(file, at, "not an object");
            }
            Array a = array(file, builder, values.get(v).getAsJsonObject(), at, derived);
            if (a != null) {
                arrays.add(a);
            }
        }
        return arrays;
    }

    /** One array in SI, or null when it is left out (derived, in current-range units, or of an unknown unit: a warning). */
    private static Array array(Path file, DatasetBuilder builder, JsonObject array, String where, Set<String> derived) throws ImportException {
        JsonObject unit = object(array, "Unit");
        String unitType = unit == null ? null : string(unit, "Type");
        String quantity = unit == null ? null : string(unit, "Q");
        String description = string(array, "Description");
        JsonElement typeElement = get(array, "ArrayType");
        int arrayType = typeElement != null && typeElement.isJsonPrimitive() && typeElement.getAsJsonPrimitive().isNumber() ? typeElement.getAsInt() : -1;
        String simple = unitType == null ? "" : unitType.substring(unitType.lastIndexOf('.') + 1);
        String label = description != null && !description.isBlank() ? description : simple.isEmpty() ? "array" : simple;
        if (DERIVED.contains(arrayType) || simple.matches("Y|YRe|YIm|Farad|FahradReal|FahradImaginary") && arrayType < 0) {
            derived.add(label);
            return null;
        }
        if (arrayType == DC_CURRENT || arrayType == MIDC || arrayType < 0 && label.equalsIgnoreCase("idc")) {
            builder.warning(new ImportWarning(where, "'" + label + "' left out: PSTrace stores DC currents of impedance measurements in current-range units"));
            return null;
        }
        double[] unitFactor = unitFactor(simple);
        if (unitFactor == null) {
            if (arrayType == TIME || arrayType == POTENTIAL || arrayType == CURRENT || arrayType == FREQUENCY || arrayType == ZRE
                    || arrayType == ZIM) {
                throw error(file, where + ".Unit", "unit '" + unitType + "' unknown for the " + label + " values");
            }
            builder.warning(new ImportWarning(where, "'" + label + "' left out: unit '" + unitType + "' unknown"));
            return null;
        }
        String si = SI_UNITS[(int) unitFactor[1]];
        Key key = key(arrayType, simple, si, label);
        if (key == null) {
            builder.warning(new ImportWarning(where, "'" + label + "' (array type " + arrayType + ", unit " + simple + ") left out: not understood"));
            return null;
        }
        double sign = 1;
        if (key.kind() == QuantityKind.IMPEDANCE_IMAGINARY || key.kind() == QuantityKind.IMPEDANCE_PHASE) {
            // ZIm holds -Z'' and Phase -phase (the quantity PSTrace writes: "-Z''", "-Phase"); a quantity without the
            // minus says the values are Z'' as they are
            sign = quantity != null && !quantity.isBlank() && !quantity.strip().startsWith("-") ? 1 : -1;
        }
        double[] values = numbers(file, array, where, unitFactor[0] * sign);
        return new Array(key, values, description == null ? "" : description);
    }

    private static final String[] SI_UNITS = { "s", "V", "A", "C", "Hz", "Ohm", "rad", "1", "F", "S", "W", "K" };

    /** {factor to SI, index of the SI unit} of a PalmSens unit class, or null when unknown. */
    static double[] unitFactor(String simple) {
        switch (simple) {
        case "Time", "Second", "Seconds":
            return new double[] { 1, 0 };
        case "Hertz":
            return new double[] { 1, 4 };
        case "ZRe", "ZIm", "Z", "Ohm":
            return new double[] { 1, 5 };
        case "Phase", "Degrees", "Degree":
            return new double[] { Math.PI / 180, 6 };
        case "Unitless", "Index", "Unspecified", "":
            return new double[] { 1, 7 };
        case "Temperature", "Celsius":
            return null; // an offset unit: not guessed
        default:
            break;
        }
        String[] prefixes = { "Pico", "Nano", "Micro", "Milli", "Kilo", "Mega", "" };
        double[] factors = { 1e-12, 1e-9, 1e-6, 1e-3, 1e3, 1e6, 1 };
        String[] bases = { "Ampere", "Volt", "Coulomb", "Ohm", "Hertz", "Farad", "Siemens", "Watt" };
        int[] si = { 2, 1, 3, 5, 4, 8, 9, 10 };
        for (int p = 0; p < prefixes.length; p++) {
            if (!simple.startsWith(prefixes[p])) {
                continue;
            }
            String rest = simple.substring(prefixes[p].length());
            for (int b = 0; b < bases.length; b++) {
                if (rest.equals(bases[b])) {
                    return new double[] { factors[p], si[b] };
                }
            }
        }
        return null;
    }

    /** The column an array goes into, by its array type, else by its unit; null when not understood. */
    private static Key key(int arrayType, String simple, String si, String label) {
        int type = arrayType;
        if (type < 0) {
            type = switch (simple) {
            case "Time" -> TIME;
            case "Hertz" -> FREQUENCY;
            case "ZRe" -> ZRE;
            case "ZIm" -> ZIM;
            case "Z" -> Z;
            case "Phase" -> PHASE;
            default -> si.equals("V") ? POTENTIAL : si.equals("A") ? CURRENT : si.equals("C") ? CHARGE : -1;
            };
        }
        Key key = switch (type) {
        case TIME -> new Key("Time", si, QuantityKind.TIME);
        case POTENTIAL -> new Key("Potential", si, QuantityKind.POTENTIAL);
        case CURRENT -> new Key("Current", si, QuantityKind.CURRENT);
        case CHARGE -> new Key("Charge", si, QuantityKind.CHARGE);
        case FREQUENCY -> new Key("Frequency", si, QuantityKind.FREQUENCY);
        case PHASE -> new Key("Phase", si, QuantityKind.IMPEDANCE_PHASE);
        case ZRE -> new Key("Z'", si, QuantityKind.IMPEDANCE_REAL);
        case ZIM -> new Key("Z''", si, QuantityKind.IMPEDANCE_IMAGINARY);
        case Z -> new Key("|Z|", si, QuantityKind.IMPEDANCE_MODULUS);
        case INDEX -> new Key("Index", "1", QuantityKind.RECORD_INDEX);
        case IAC -> new Key("Iac", si, QuantityKind.OTHER);
        case MEDC -> new Key("Edc measured", si, QuantityKind.OTHER);
        case EAC -> new Key("Eac", si, QuantityKind.OTHER);
        case 4, 20, 23 -> new Key(label, si, QuantityKind.OTHER); // extra value, signal, auxiliary input
        default -> null;
        };
        if (key != null && key.kind() != QuantityKind.OTHER && !key.kind().siUnit().equals(si)) {
            return new Key(key.name() + " (" + label + ")", si, QuantityKind.OTHER);
        }
        return key;
    }

    /**
     * The curves of a list of arrays: arrays named scanNchannelM make one curve each, sharing the arrays without such a
     * name (the time: whole when as long as the curve, else cut in the curves' order when as long as all of them).
     */
    private static List<Curve> group(Path file, DatasetBuilder builder, List<Array> arrays, int measurement, int channel, String where)
            throws ImportException {
        Map<String, List<Array>> groups = new LinkedHashMap<>();
        List<Array> shared = new ArrayList<>();
        for (Array a : arrays) {
            Matcher m = SCAN_CHANNEL.matcher(a.description());
            if (m.matches()) {
                groups.computeIfAbsent(m.group(1) + "/" + m.group(2), k -> new ArrayList<>()).add(a);
            } else {
                shared.add(a);
            }
        }
        List<Curve> curves = new ArrayList<>();
        if (groups.isEmpty()) {
            List<Array> kept = sameLength(file, builder, shared, where, "the arrays");
            if (!kept.isEmpty() && kept.get(0).values().length > 0) {
                curves.add(new Curve(measurement, Math.max(channel, 1), 1, kept, kept.get(0).values().length));
            }
            checkPhase(builder, curves, where);
            return curves;
        }
        int total = 0;
        List<List<Array>> members = new ArrayList<>();
        for (Map.Entry<String, List<Array>> g : groups.entrySet()) {
            List<Array> kept = sameLength(file, builder, g.getValue(), where, "the arrays of scan/channel " + g.getKey());
            members.add(kept);
            total += kept.isEmpty() ? 0 : kept.get(0).values().length;
        }
        int offset = 0;
        int k = 0;
        for (Map.Entry<String, List<Array>> g : groups.entrySet()) {
            List<Array> own = new ArrayList<>(members.get(k++));
            if (own.isEmpty()) {
                continue;
            }
            int rows = own.get(0).values().length;
            for (Array s : shared) {
                int n = s.values().length;
                if (n == rows) {
                    own.add(0, s);
                } else if (n == total) {
                    own.add(0, new Array(s.key(), java.util.Arrays.copyOfRange(s.values(), offset, offset + rows), s.description()));
                } else {
                    builder.warning(new ImportWarning(where, "'" + s.description() + "' (" + n + " values) fits neither scan/channel " + g.getKey()
                            + " (" + rows + " values) nor all of them (" + total + "): left empty there"));
                }
            }
            String[] sc = g.getKey().split("/");
            int scan = Integer.parseInt(sc[0]);
            int ch = channel > 0 ? channel : Integer.parseInt(sc[1]);
            if (rows > 0) {
                curves.add(new Curve(measurement, ch, scan, own, rows));
            }
            offset += rows;
        }
        checkPhase(builder, curves, where);
        return curves;
    }

    /** The arrays of one curve must be as long as each other: arrays of known kinds that are not are an error, others are left out. */
    private static List<Array> sameLength(Path file, DatasetBuilder builder, List<Array> arrays, String where, String what) throws ImportException {
        if (arrays.isEmpty()) {
            return arrays;
        }
        int rows = -1;
        String first = null;
        for (Array a : arrays) {
            if (a.key().kind() != QuantityKind.OTHER) {
                rows = a.values().length;
                first = a.key().name();
                break;
            }
        }
        if (rows < 0) {
            rows = arrays.get(0).values().length;
            first = arrays.get(0).key().name();
        }
        List<Array> kept = new ArrayList<>();
        for (Array a : arrays) {
            if (a.values().length == rows) {
                kept.add(a);
            } else if (a.key().kind() != QuantityKind.OTHER) {
                throw error(file, where, what + " are not of one length: " + rows + " " + first + " values, " + a.values().length + " "
                        + a.key().name() + " values");
            } else {
                builder.warning(new ImportWarning(where, "'" + a.description() + "' left out: " + a.values().length + " values beside " + rows + " "
                        + first + " values"));
            }
        }
        java.util.Set<Key> seen = new LinkedHashSet<>();
        kept.removeIf(a -> !seen.add(a.key()));
        return kept;
    }

    /**
     * The phase read should have the sign of Im(Z) as read (Re(Z) > 0); where most points of a curve say otherwise, the
     * file's phase follows the other convention: it is turned, with a warning.
     */
    private static void checkPhase(DatasetBuilder builder, List<Curve> curves, String where) {
        for (Curve c : curves) {
            double[] im = null;
            double[] phase = null;
            for (Array a : c.arrays()) {
                if (a.key().kind() == QuantityKind.IMPEDANCE_IMAGINARY) {
                    im = a.values();
                } else if (a.key().kind() == QuantityKind.IMPEDANCE_PHASE) {
                    phase = a.values();
                }
            }
            if (im == null || phase == null) {
                continue;
            }
            int same = 0;
            int opposite = 0;
            for (int i = 0; i < im.length; i++) {
                if (Math.abs(phase[i]) > 1e-6 && im[i] != 0) {
                    if (Math.signum(phase[i]) == Math.signum(im[i])) {
                        same++;
                    } else {
                        opposite++;
                    }
                }
            }
            if (opposite > same) {
                for (int i = 0; i < phase.length; i++) {
                    phase[i] = -phase[i];
                }
                builder.warning(new ImportWarning(where, "the phase of curve " + c.scan() + " has the sign opposite to Im(Z) in " + opposite + " of "
                        + (same + opposite) + " points: read with the sign of Im(Z)"));
            }
        }
    }

    /** The values of an array times the factor; each a number, or an object with the number in "V". */
    private static double[] numbers(Path file, JsonObject array, String where, double factor) throws ImportException {
        JsonArray values = array(array, "DataValues");
        if (values == null) {
            throw error(file, where + ".DataValues", "missing or not an array");
        }
        double[] result = new double[values.size()];
        for (int i = 0; i < result.length; i++) {
            JsonElement e = values.get(i);
            if (e.isJsonObject()) {
                JsonElement v = get(e.getAsJsonObject(), "V");
                if (v == null) {
                    throw error(file, where + ".DataValues[" + i + "]", "an object without a value V: " + abbreviate(e.toString()));
                }
                e = v;
            }
            if (!e.isJsonPrimitive() || !e.getAsJsonPrimitive().isNumber()) {
                throw error(file, where + ".DataValues[" + i + "]", "not a number: " + abbreviate(e.toString()));
            }
            double x = e.getAsDouble();
            if (!Double.isFinite(x)) {
                throw error(file, where + ".DataValues[" + i + "]", "not a finite number: " + abbreviate(e.toString()));
            }
            result[i] = x * factor;
        }
        return result;
    }

    /** The technique of METHOD_ID, else of the arrays. */
    static Technique technique(String methodId, List<Curve> curves) {
        if (methodId != null) {
            Technique t = switch (methodId) {
            case "cv", "fcv" -> Technique.CYCLIC_VOLTAMMETRY;
            case "lsv" -> Technique.LINEAR_SWEEP_VOLTAMMETRY;
            case "ad", "fa", "ma", "cc" -> Technique.CHRONOAMPEROMETRY;
            case "pot", "mp", "lsp" -> Technique.CHRONOPOTENTIOMETRY;
            case "ocp" -> Technique.OPEN_CIRCUIT_VOLTAGE;
            case "eis", "gis", "fis", "fgis" -> Technique.EIS;
            default -> null;
            };
            if (t != null) {
                return t;
            }
        }
        Set<QuantityKind> kinds = new LinkedHashSet<>();
        curves.forEach(c -> c.arrays().forEach(a -> kinds.add(a.key().kind())));
        if (kinds.contains(QuantityKind.FREQUENCY) && kinds.contains(QuantityKind.IMPEDANCE_REAL) && kinds.contains(QuantityKind.IMPEDANCE_IMAGINARY)) {
            return Technique.EIS;
        }
        return Technique.UNKNOWN;
    }

    /** METHOD_ID=... of a method text, lower case; null when absent. */
    static String methodId(String method) {
        if (method == null) {
            return null;
        }
        for (String line : method.split("\\r?\\n|\\r")) {
            String l = line.strip();
            if (l.regionMatches(true, 0, "METHOD_ID=", 0, 10)) {
                return l.substring(10).strip().toLowerCase(Locale.ROOT);
            }
        }
        return null;
    }

    private static int channelOf(String title, List<Array> arrays, int fallback) {
        if (title != null) {
            Matcher m = CHANNEL_TITLE.matcher(title);
            if (m.matches()) {
                return Integer.parseInt(m.group(1));
            }
        }
        for (Array a : arrays) {
            Matcher m = SCAN_CHANNEL.matcher(a.description());
            if (m.matches()) {
                return Integer.parseInt(m.group(2));
            }
        }
        return fallback;
    }

    private static String titleOf(JsonObject measurement) {
        String t = string(measurement, "Title");
        return t == null ? "untitled" : t;
    }

    /** The measurement's time stamp (.NET ticks: 100 ns since 0001-01-01, the clock of the computer) as ISO text, when plausible. */
    private static String startTime(JsonObject measurement) {
        JsonElement e = get(measurement, "TimeStamp");
        if (e == null || !e.isJsonPrimitive() || !e.getAsJsonPrimitive().isNumber()) {
            return null;
        }
        double ticks = e.getAsDouble();
        double seconds = ticks / 1e7 - 62_135_596_800.0;
        if (!(seconds > 315_532_800 && seconds < 4_102_444_800.0)) { // 1980 .. 2100
            return null;
        }
        return LocalDateTime.ofEpochSecond((long) Math.floor(seconds), 0, ZoneOffset.UTC).toString();
    }

    // ---------------------------------------------------------------- the file as JSON

    /** The session objects of the file: the first, and further ones that follow it (warned), stray characters after them warned. */
    private static List<JsonObject> sessions(Path file, DatasetBuilder builder) throws ImportException {
        String text = decode(file, builder);
        int start = skipBlank(text, 0);
        if (start >= text.length() || text.charAt(start) != '{') {
            throw error(file, "character " + start, "not a PSTrace session: no JSON object at the start");
        }
        List<JsonObject> sessions = new ArrayList<>();
        int position = start;
        while (true) {
            int end = objectEnd(text, position);
            if (end < 0) {
                if (sessions.isEmpty()) {
                    // let the parser name the place where the JSON breaks
                    parse(file, text, position, true);
                    throw error(file, "JSON", "the session object does not end");
                }
                builder.warning(new ImportWarning("character " + position, (text.length() - position) + " characters after the session, not a complete JSON object: ignored"));
                break;
            }
            JsonElement e = parse(file, text, position, false);
            if (sessions.isEmpty() || e.isJsonObject() && array(e.getAsJsonObject(), "Measurements") != null) {
                if (!e.isJsonObject()) {
                    throw error(file, "JSON", "not an object");
                }
                if (!sessions.isEmpty()) {
                    builder.warning(new ImportWarning("character " + position, "a further session object after the first: read too"));
                }
                sessions.add(e.getAsJsonObject());
            } else {
                builder.warning(new ImportWarning("character " + position, "a JSON object without Measurements after the session: ignored"));
            }
            position = skipBlank(text, end);
            if (position >= text.length()) {
                break;
            }
            if (text.charAt(position) != '{') {
                builder.warning(new ImportWarning("character " + position, (text.length() - position) + " characters after the session: ignored"));
                break;
            }
        }
        return sessions;
    }

    /**
     * The JSON value starting at {@code offset} of the text (no copy of the text is made); when {@code whole}, what
     * follows it must be the end (used to name where a broken session breaks).
     */
    private static JsonElement parse(Path file, String text, int offset, boolean whole) throws ImportException {
        StringReader in = new StringReader(text);
        try (JsonReader reader = new JsonReader(in)) {
            in.skip(offset);
            reader.setStrictness(Strictness.STRICT);
            reader.setNestingLimit(MAX_DEPTH);
            JsonElement root = JsonParser.parseReader(reader);
            if (whole && reader.peek() != JsonToken.END_DOCUMENT) {
                throw error(file, "character " + offset, "more JSON after the session object");
            }
            return root;
        } catch (JsonParseException | IllegalStateException | IOException e) {
            throw new ImportException(file, ID, position(e), "not valid JSON: " + message(e), e);
        } catch (StackOverflowError e) {
            throw new ImportException(file, ID, "JSON", "nested too deeply");
        }
    }

    /** The index after the '}' closing the object that starts at {@code start}, or -1 (strings and escapes skipped; depth capped). */
    static int objectEnd(String text, int start) {
        int depth = 0;
        boolean string = false;
        for (int i = start; i < text.length(); i++) {
            char c = text.charAt(i);
            if (string) {
                if (c == '\\') {
                    i++;
                } else if (c == '"') {
                    string = false;
                }
            } else if (c == '"') {
                string = true;
            } else if (c == '{' || c == '[') {
                if (++depth > MAX_DEPTH + 1) {
                    return -1;
                }
            } else if (c == '}' || c == ']') {
                if (--depth == 0) {
                    return i + 1;
                }
                if (depth < 0) {
                    return -1;
                }
            }
        }
        return -1;
    }

    private static int skipBlank(String text, int from) {
        int i = from;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (!Character.isWhitespace(c) && c != '\u0000' && c != '\uFEFF' && c != '\uFFFD') {
                break;
            }
            i++;
        }
        return i;
    }

    /**
     * The file as text: UTF-16 (little or big endian, with or without its byte order mark; an odd last byte dropped with a
     * warning) or UTF-8 (else Latin-1).
     */
    private static String decode(Path file, DatasetBuilder builder) throws ImportException {
        byte[] bytes;
        try {
            if (Files.size(file) > MAX_BYTES) {
                throw new ImportException(file, ID, "byte " + MAX_BYTES, "larger than " + (MAX_BYTES >> 20) + " MiB: not a PSTrace session");
            }
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new ImportException(file, ID, null, "cannot be read: " + e.getMessage(), e);
        }
        if (bytes.length == 0) {
            throw new ImportException(file, ID, "byte 0", "the file is empty");
        }
        Charset charset;
        int skip = 0;
        if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE) {
            charset = StandardCharsets.UTF_16LE;
            skip = 2;
        } else if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF) {
            charset = StandardCharsets.UTF_16BE;
            skip = 2;
        } else if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
            charset = StandardCharsets.UTF_8;
            skip = 3;
        } else if (bytes.length >= 2 && bytes[0] != 0 && bytes[1] == 0) {
            charset = StandardCharsets.UTF_16LE;
        } else if (bytes.length >= 2 && bytes[0] == 0 && bytes[1] != 0) {
            charset = StandardCharsets.UTF_16BE;
        } else {
            charset = StandardCharsets.UTF_8;
        }
        int length = bytes.length - skip;
        if ((charset == StandardCharsets.UTF_16LE || charset == StandardCharsets.UTF_16BE) && (length & 1) == 1) {
            length--;
            builder.warning(ImportWarning.atByte(bytes.length - 1, "an odd byte after the UTF-16 text: ignored"));
        }
        if (charset == StandardCharsets.UTF_8) {
            try {
                return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                        .decode(ByteBuffer.wrap(bytes, skip, length)).toString();
            } catch (CharacterCodingException e) {
                return new String(bytes, skip, length, StandardCharsets.ISO_8859_1);
            }
        }
        return new String(bytes, skip, length, charset);
    }

    // ---------------------------------------------------------------- JSON helpers (keys without regard to case)

    /** The member of this name, or of the same name in another case (the older lower-case layout). */
    static JsonElement get(JsonObject object, String name) {
        JsonElement e = object.get(name);
        if (e != null) {
            return e;
        }
        for (Map.Entry<String, JsonElement> m : object.entrySet()) {
            if (m.getKey().equalsIgnoreCase(name)) {
                return m.getValue();
            }
        }
        return null;
    }

    private static JsonObject object(JsonObject parent, String name) {
        JsonElement e = get(parent, name);
        return e != null && e.isJsonObject() ? e.getAsJsonObject() : null;
    }

    private static JsonArray array(JsonObject parent, String name) {
        JsonElement e = get(parent, name);
        return e != null && e.isJsonArray() ? e.getAsJsonArray() : null;
    }

    private static String string(JsonObject object, String name) {
        JsonElement e = get(object, name);
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

    /** JSON text (UTF-16 or UTF-8) that starts as a PSTrace session, in either layout. */
    public static class Content implements ContentMatcher {
        @Override
        public boolean matches(Path file, byte[] head) {
            String text;
            if (head.length >= 2 && ((head[0] & 0xFF) == 0xFF || (head[1] == 0 && head[0] != 0))) {
                int skip = (head[0] & 0xFF) == 0xFF ? 2 : 0;
                text = new String(head, skip, (head.length - skip) & ~1, StandardCharsets.UTF_16LE);
            } else if (head.length >= 2 && ((head[0] & 0xFF) == 0xFE || (head[0] == 0 && head[1] != 0))) {
                int skip = (head[0] & 0xFF) == 0xFE ? 2 : 0;
                text = new String(head, skip, (head.length - skip) & ~1, StandardCharsets.UTF_16BE);
            } else {
                text = TextFile.decodeHead(head);
            }
            text = text.replace("\u0000", "").replace("\uFEFF", "").strip();
            String lower = text.toLowerCase(Locale.ROOT);
            return text.startsWith("{") && (lower.contains("\"measurements\"") || lower.contains("\"methodformeasurement\"")
                    || lower.contains("palmsens.datafiles.sessionfile"));
        }
    }
}
