/*
 * Copyright (c) 2026 the Interphase contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.interphase.importer.neware.tests;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A small, independent reader of Apache Arrow Feather v2 files (the Arrow IPC file format), enough for NewareNDA's
 * reference tables: record batches (uncompressed or with LZ4-frame compressed buffers, as pyarrow writes them) of integer, floating-point, UTF-8 (plain or dictionary-encoded) and
 * timestamp columns, with validity bitmaps (nulls read as NaN / null). Written from the Arrow columnar format and
 * FlatBuffers specifications; it shares nothing with the importers it checks.
 */
final class FeatherTable {

    /** One column: numbers (NaN for nulls), or text (null for nulls); timestamps as seconds since the epoch (UTC). */
    record Column(String name, String type, double[] numbers, String[] texts, String timezone) {
        int size() {
            return numbers != null ? numbers.length : texts.length;
        }
    }

    private final Map<String, Column> columns = new LinkedHashMap<>();
    private final Map<String, String> metadata = new LinkedHashMap<>();
    private int rows;

    private final ByteBuffer b;

    private FeatherTable(byte[] bytes) {
        b = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
    }

    static FeatherTable read(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        String head = new String(bytes, 0, 6, StandardCharsets.US_ASCII);
        String tail = new String(bytes, bytes.length - 6, 6, StandardCharsets.US_ASCII);
        if (!head.equals("ARROW1") || !tail.equals("ARROW1")) {
            throw new IOException(file + " is not an Arrow IPC (Feather v2) file");
        }
        FeatherTable table = new FeatherTable(bytes);
        table.parse();
        return table;
    }

    Map<String, Column> columns() {
        return columns;
    }

    Column column(String name) {
        Column c = columns.get(name);
        if (c == null) {
            throw new IllegalArgumentException("no column " + name + " in " + columns.keySet());
        }
        return c;
    }

    int rows() {
        return rows;
    }

    Map<String, String> metadata() {
        return metadata;
    }

    // --- FlatBuffers ---

    /** Target of an offset field at p (uoffset_t, relative to p). */
    private int deref(int p) {
        return p + b.getInt(p);
    }

    /** Position of field i of the table at t, or 0 when absent. */
    private int field(int t, int i) {
        int vtable = t - b.getInt(t);
        int vsize = Short.toUnsignedInt(b.getShort(vtable));
        int o = 4 + 2 * i;
        if (o >= vsize) {
            return 0;
        }
        int f = Short.toUnsignedInt(b.getShort(vtable + o));
        return f == 0 ? 0 : t + f;
    }

    private String string(int p) {
        int s = deref(p);
        byte[] bytes = new byte[b.getInt(s)];
        b.get(s + 4, bytes);
        return new String(bytes, StandardCharsets.UTF_8);
    }

    private long longField(int t, int i, long dflt) {
        int p = field(t, i);
        return p == 0 ? dflt : b.getLong(p);
    }

    private int intField(int t, int i, int dflt) {
        int p = field(t, i);
        return p == 0 ? dflt : b.getInt(p);
    }

    private int shortField(int t, int i, int dflt) {
        int p = field(t, i);
        return p == 0 ? dflt : b.getShort(p);
    }

    private int byteField(int t, int i, int dflt) {
        int p = field(t, i);
        return p == 0 ? dflt : Byte.toUnsignedInt(b.get(p));
    }

    /** Elements of a vector of tables at field position p. */
    private List<Integer> tables(int p) {
        List<Integer> result = new ArrayList<>();
        if (p == 0) {
            return result;
        }
        int v = deref(p);
        int n = b.getInt(v);
        for (int k = 0; k < n; k++) {
            result.add(deref(v + 4 + 4 * k));
        }
        return result;
    }

    // --- Arrow ---

    private record FieldType(String name, int typeId, int bitWidth, boolean signed, int precision, int timeUnit, String timezone,
            long dictionaryId, int indexBitWidth, boolean indexSigned) {
    }

    private void parse() throws IOException {
        int n = b.capacity();
        int footerLength = b.getInt(n - 10);
        int footer = n - 10 - footerLength;
        int root = deref(footer);
        int schema = deref(field(root, 1));
        for (int kv : tables(field(schema, 2))) {
            metadata.put(string(field(kv, 0)), string(field(kv, 1)));
        }
        List<FieldType> fields = new ArrayList<>();
        for (int f : tables(field(schema, 1))) {
            fields.add(fieldType(f));
        }
        Map<Long, String[]> dictionaries = new HashMap<>();
        int dictionaryBlocks = field(root, 2);
        for (int[] block : blocks(dictionaryBlocks)) {
            int message = message(block);
            int batch = deref(field(message, 2));
            long id = longField(batch, 0, 0);
            int data = deref(field(batch, 1));
            long bodyStart = (long) block[0] + block[1];
            Reader reader = new Reader(data, bodyStart);
            FieldType text = new FieldType("dictionary", 5, 0, false, 0, 0, null, -1, 0, false);
            dictionaries.put(id, reader.texts(text));
        }
        int batches = 0;
        for (int[] block : blocks(field(root, 3))) {
            if (batches++ > 0) {
                throw new IOException("only Feather files with one record batch are supported");
            }
            int message = message(block);
            int batch = deref(field(message, 2));
            rows = (int) longField(batch, 0, 0);
            Reader reader = new Reader(batch, (long) block[0] + block[1]);
            for (FieldType f : fields) {
                if (f.dictionaryId() >= 0) {
                    FieldType index = new FieldType(f.name(), 2, f.indexBitWidth(), f.indexSigned(), 0, 0, null, -1, 0, false);
                    double[] codes = reader.numbers(index);
                    String[] values = dictionaries.get(f.dictionaryId());
                    String[] texts = new String[codes.length];
                    for (int r = 0; r < codes.length; r++) {
                        texts[r] = Double.isNaN(codes[r]) ? null : values[(int) codes[r]];
                    }
                    columns.put(f.name(), new Column(f.name(), "dictionary<utf8>", null, texts, null));
                } else if (f.typeId() == 5) {
                    columns.put(f.name(), new Column(f.name(), "utf8", null, reader.texts(f), null));
                } else {
                    columns.put(f.name(), new Column(f.name(), typeName(f), reader.numbers(f), null, f.timezone()));
                }
            }
        }
    }

    private static String typeName(FieldType f) {
        return switch (f.typeId()) {
            case 2 -> (f.signed() ? "int" : "uint") + f.bitWidth();
            case 3 -> f.precision() == 1 ? "float32" : f.precision() == 2 ? "float64" : "float16";
            case 10 -> "timestamp";
            default -> "type " + f.typeId();
        };
    }

    private List<int[]> blocks(int p) {
        List<int[]> result = new ArrayList<>();
        if (p == 0) {
            return result;
        }
        int v = deref(p);
        int n = b.getInt(v);
        for (int k = 0; k < n; k++) {
            int s = v + 4 + 24 * k; // struct Block { long offset; int metaDataLength; (pad); long bodyLength; }
            result.add(new int[] { (int) b.getLong(s), b.getInt(s + 8), (int) b.getLong(s + 16) });
        }
        return result;
    }

    /** The Message table of a block (after the 0xFFFFFFFF continuation marker and the length). */
    private int message(int[] block) throws IOException {
        int p = block[0];
        if (b.getInt(p) == -1) {
            p += 8;
        } else {
            p += 4;
        }
        return deref(p);
    }

    private FieldType fieldType(int f) throws IOException {
        String name = string(field(f, 0));
        int typeId = byteField(f, 2, 0);
        int type = field(f, 3) == 0 ? 0 : deref(field(f, 3));
        int bitWidth = 0;
        boolean signed = false;
        int precision = 0;
        int unit = 0;
        String timezone = null;
        switch (typeId) {
            case 2 -> {
                bitWidth = intField(type, 0, 0);
                signed = byteField(type, 1, 0) != 0;
            }
            case 3 -> precision = shortField(type, 0, 0);
            case 5 -> {
            }
            case 10 -> {
                unit = shortField(type, 0, 0);
                timezone = field(type, 1) == 0 ? null : string(field(type, 1));
            }
            default -> throw new IOException("column " + name + ": Arrow type " + typeId + " is not supported by this test reader");
        }
        long dictionaryId = -1;
        int indexBits = 0;
        boolean indexSigned = false;
        if (field(f, 4) != 0) {
            int dictionary = deref(field(f, 4));
            dictionaryId = longField(dictionary, 0, 0);
            int indexType = deref(field(dictionary, 1));
            indexBits = intField(indexType, 0, 32);
            indexSigned = byteField(indexType, 1, 0) != 0;
        }
        return new FieldType(name, typeId, bitWidth, signed, precision, unit, timezone, dictionaryId, indexBits, indexSigned);
    }

    /** Walks the field nodes and buffers of one record batch, in schema order; LZ4-frame bodies are decompressed. */
    private final class Reader {
        private final int batch;
        private final long body;
        private final int codec;
        private int node;
        private int buffer;

        Reader(int batch, long body) throws IOException {
            this.batch = batch;
            this.body = body;
            int compression = field(batch, 3);
            codec = compression == 0 ? -1 : byteField(deref(compression), 0, 0);
            if (codec > 0) {
                throw new IOException("Feather body codec " + codec + " (ZSTD) is not supported by this test reader");
            }
        }

        private long[] nextNode() {
            int v = deref(field(batch, 1));
            int s = v + 4 + 16 * node++;
            return new long[] { b.getLong(s), b.getLong(s + 8) };
        }

        private ByteBuffer nextBuffer() throws IOException {
            int v = deref(field(batch, 2));
            int s = v + 4 + 16 * buffer++;
            int offset = (int) (body + b.getLong(s));
            int length = (int) b.getLong(s + 8);
            if (length == 0) {
                return ByteBuffer.allocate(0).order(ByteOrder.LITTLE_ENDIAN);
            }
            if (codec < 0) {
                return b.slice(offset, length).order(ByteOrder.LITTLE_ENDIAN);
            }
            long uncompressed = b.getLong(offset);
            if (uncompressed == -1) {
                return b.slice(offset + 8, length - 8).order(ByteOrder.LITTLE_ENDIAN);
            }
            byte[] out = Lz4Frame.decompress(b, offset + 8, length - 8, (int) uncompressed);
            return ByteBuffer.wrap(out).order(ByteOrder.LITTLE_ENDIAN);
        }

        private static boolean valid(ByteBuffer validity, long nulls, int row) {
            if (nulls == 0 || validity.capacity() == 0) {
                return true;
            }
            return (validity.get(row / 8) >> (row % 8) & 1) != 0;
        }

        double[] numbers(FieldType f) throws IOException {
            long[] n = nextNode();
            ByteBuffer validity = nextBuffer();
            ByteBuffer data = nextBuffer();
            int count = (int) n[0];
            double[] values = new double[count];
            for (int r = 0; r < count; r++) {
                if (!valid(validity, n[1], r)) {
                    values[r] = Double.NaN;
                    continue;
                }
                values[r] = switch (f.typeId()) {
                    case 2 -> switch (f.bitWidth()) {
                        case 8 -> f.signed() ? data.get(r) : Byte.toUnsignedInt(data.get(r));
                        case 16 -> f.signed() ? data.getShort(2 * r) : Short.toUnsignedInt(data.getShort(2 * r));
                        case 32 -> f.signed() ? data.getInt(4 * r) : Integer.toUnsignedLong(data.getInt(4 * r));
                        default -> data.getLong(8 * r);
                    };
                    case 3 -> f.precision() == 1 ? data.getFloat(4 * r) : data.getDouble(8 * r);
                    case 10 -> data.getLong(8 * r) / switch (f.timeUnit()) {
                        case 0 -> 1.0;
                        case 1 -> 1e3;
                        case 2 -> 1e6;
                        default -> 1e9;
                    };
                    default -> throw new IllegalStateException();
                };
            }
            return values;
        }

        String[] texts(FieldType f) throws IOException {
            long[] n = nextNode();
            ByteBuffer validity = nextBuffer();
            ByteBuffer offsets = nextBuffer();
            ByteBuffer data = nextBuffer();
            int count = (int) n[0];
            String[] values = new String[count];
            for (int r = 0; r < count; r++) {
                if (!valid(validity, n[1], r)) {
                    continue;
                }
                int start = offsets.getInt(4 * r);
                int end = offsets.getInt(4 * r + 4);
                byte[] bytes = new byte[end - start];
                data.get(start, bytes);
                values[r] = new String(bytes, StandardCharsets.UTF_8);
            }
            return values;
        }
    }

    /** Prints a table (for looking at reference files by hand). */
    public static void main(String[] args) throws IOException {
        FeatherTable t = read(Path.of(args[0]));
        int from = args.length > 1 ? Integer.parseInt(args[1]) : 0;
        int to = Math.min(t.rows(), args.length > 2 ? Integer.parseInt(args[2]) : t.rows());
        System.out.println(t.rows() + " rows; " + t.columns().values().stream().map(c -> c.name() + ":" + c.type()
                + (c.timezone() == null ? "" : "[" + c.timezone() + "]")).toList());
        System.out.println(String.join("\t", t.columns().keySet()));
        for (int r = from; r < to; r++) {
            StringBuilder line = new StringBuilder();
            for (Column c : t.columns().values()) {
                line.append(line.isEmpty() ? "" : "\t").append(c.numbers() != null ? String.valueOf(c.numbers()[r]) : c.texts()[r]);
            }
            System.out.println(line);
        }
    }
}
