/*
 * Copyright (c) 2026 the Interphase contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.interphase.importer.neware;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.interphase.data.DatasetBuilder;
import org.interphase.data.Metadata;
import org.interphase.importer.ImportException;
import org.interphase.importer.Importer;

/**
 * Neware BTS binary data (.nda), little-endian, {@code NEWARE} at byte 0 and the format version at byte 14:
 * <ul>
 * <li>version 29 (BTS 7/8): a header, then a data block (begin u32 at 64, length u32 at 68) of 86-byte records:
 * 0x55 data records (index, cycle, step, status, step time in ms, voltage in 0.1 mV, current and capacities in
 * counts of a current-range dependent unit, wall-clock date, current range), 0x65 auxiliary records (temperature,
 * voltage) and 0xAA records that carry no measurement;</li>
 * <li>version 130 (BTS 9): data blocks (begin u64 at 82, length u64 at 90; a chain of 1024-byte NEWARE headers in
 * files with several blocks) of BTS9.0 records (88 bytes, identifier 0x55 at byte 4, floats in V, mA, mA·s, mW·s,
 * step time and Unix time in µs) or BTS9.1 records (identifier 0x55 at byte 0, usually 56 bytes: test time, signed
 * capacity and energy, cycle, Unix time and a temperature); a footer holds the active mass and remarks.</li>
 * </ul>
 * Records are streamed into the dataset; duplicate record indexes (which some files repeat) keep the first record.
 */
public class NdaImporter implements Importer {

    public static final String ID = "neware.nda";

    private static final byte[] FOOTER_MAGIC = { 0x06, 0x00, (byte) 0xf0, 0x1d, (byte) 0x81, 0x00, 0x03, 0x00, 0x61, (byte) 0x90,
            0x71, (byte) 0x90, 0x02, 0x7f, (byte) 0xff, 0x00 };
    private static final int V29_RECORD = 86;
    /**
     * What the Timestamp column means. Neware stores wall-clock time: the date fields of version 29, and the "Unix"
     * seconds of BTS 9 and ndax, which equal the local start time the same files print (TestInfo.xml's StartTime,
     * the date text at the end of a BTS9.1 file) when read as UTC.
     */
    static final String LOCAL_TIME = "seconds since 1970-01-01T00:00 of the instrument's local wall-clock time (Neware stores no time zone)";

    private Path file;
    private FileChannel channel;
    private long size;
    private IProgressMonitor monitor;

    @Override
    public void read(Path file, DatasetBuilder builder, IProgressMonitor monitor) throws ImportException {
        this.file = file;
        this.monitor = monitor;
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            channel = ch;
            size = ch.size();
            if (size == 0) {
                throw ImportException.atByte(file, ID, 0, "the file is empty");
            }
            ByteBuffer head = read(0, (int) Math.min(size, 4096));
            if (head.limit() < 15 || !ascii(head, 0, 6).equals("NEWARE")) {
                throw ImportException.atByte(file, ID, 0, "no NEWARE signature: not a Neware .nda file");
            }
            int version = Byte.toUnsignedInt(head.get(14));
            builder.metadata(Metadata.INSTRUMENT, "Neware BTS");
            builder.metadata("nda_version", Integer.toString(version));
            switch (version) {
                case 29 -> readVersion29(head, builder);
                case 130 -> readVersion130(head, builder);
                default -> throw ImportException.atByte(file, ID, 14,
                        "nda version " + version + " is not supported (this importer reads versions 29 and 130)");
            }
        } catch (IOException e) {
            throw new ImportException(file, ID, null, "cannot be read: " + e.getMessage(), e);
        }
    }

    // --- version 29 ---

    private void readVersion29(ByteBuffer head, DatasetBuilder builder) throws ImportException, IOException {
        if (head.limit() < 256) {
            throw ImportException.atByte(file, ID, head.limit(), "the file ends inside the header");
        }
        long activeMassMicrograms = Integer.toUnsignedLong(head.getInt(152));
        if (activeMassMicrograms > 0) {
            builder.metadata(Metadata.ACTIVE_MASS_KG, Double.toString(activeMassMicrograms * 1e-9));
        }
        softwareVersions(head, builder);
        long begin = Integer.toUnsignedLong(head.getInt(64));
        long length = Integer.toUnsignedLong(head.getInt(68));
        if (begin < 256 || begin > size) {
            throw ImportException.atByte(file, ID, 64, "the data block starts at byte " + begin + ", outside the file (" + size + " bytes)");
        }
        if (begin + length > size) {
            throw ImportException.atByte(file, ID, 68, "the file is truncated: its data block ends at byte " + (begin + length)
                    + ", the file has " + size + " bytes");
        }
        if (length % V29_RECORD != 0) {
            throw ImportException.atByte(file, ID, 68, "the data block length " + length + " is not a whole number of "
                    + V29_RECORD + "-byte records");
        }
        int fixedRange = 0;
        long rangeBlock = Integer.toUnsignedLong(head.getInt(16));
        if (rangeBlock > 0 && rangeBlock + 30 <= size) {
            fixedRange = read(rangeBlock + 26, 4).getInt(0);
        }

        NewareTable table = new NewareTable(builder, true, true, false);
        AuxJoin aux = new AuxJoin(table);
        byte[] bytes = new byte[V29_RECORD];
        ByteBuffer r = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        long lastIndex = 0;
        long duplicates = 0;
        long unused = 0;
        String start = null;
        try (InputStream in = stream(begin)) {
            for (long k = 0; k < length / V29_RECORD; k++) {
                long at = begin + k * V29_RECORD;
                readFully(in, bytes, at);
                cancelled(k);
                int type = Byte.toUnsignedInt(bytes[0]);
                if (type == 0x65) {
                    aux.add(auxRecord(r, 0, at));
                    continue;
                }
                if (type == 0xAA) {
                    unused++;
                    continue;
                }
                if (type != 0x55) {
                    throw ImportException.atByte(file, ID, at, String.format("record type 0x%02x unknown (expected 0x55 data, 0x65 auxiliary "
                            + "or 0xaa)", type));
                }
                long index = Integer.toUnsignedLong(r.getInt(2));
                if (index == 0) {
                    throw ImportException.atByte(file, ID, at + 2, "data record with index 0");
                }
                if (index <= lastIndex) {
                    order(index, lastIndex, at + 2);
                    duplicates++;
                    continue;
                }
                NewareTable.Row row = new NewareTable.Row();
                row.index = index;
                row.fileCycle = Integer.toUnsignedLong(r.getInt(6)) + 1;
                row.step = Short.toUnsignedInt(r.getShort(10));
                row.status = status(Byte.toUnsignedInt(bytes[12]), at + 12, index);
                row.stepMark = Byte.toUnsignedInt(bytes[13]);
                long ms = r.getLong(14);
                if (ms < 0 || ms > 1L << 45) {
                    throw ImportException.atByte(file, ID, at + 14, "step time " + ms + " ms is implausible (record index " + index + ")");
                }
                row.stepTime = ms / 1000.0;
                row.voltage = r.getInt(22) / 10000.0;
                int range = r.getInt(78);
                double amperes = NewareUnits.amperesPerCount(range == 0 ? fixedRange : range);
                if (Double.isNaN(amperes)) {
                    throw ImportException.atByte(file, ID, at + 78, "current range " + range + " unknown (record index " + index + ")");
                }
                row.current = r.getInt(26) * amperes;
                row.chargeCapacity = r.getLong(38) * amperes;
                row.dischargeCapacity = r.getLong(46) * amperes;
                row.chargeEnergy = r.getLong(54) * amperes;
                row.dischargeEnergy = r.getLong(62) * amperes;
                row.timestamp = NewareUnits.wallClock(Short.toUnsignedInt(r.getShort(70)), bytes[72], bytes[73], bytes[74], bytes[75], bytes[76]);
                if (Double.isNaN(row.timestamp)) {
                    throw ImportException.atByte(file, ID, at + 70, "invalid date in record index " + index);
                }
                if (start == null) {
                    start = LocalDateTime.ofEpochSecond((long) row.timestamp, 0, ZoneOffset.UTC).toString();
                }
                plausible(row, at);
                lastIndex = index;
                aux.data(row);
            }
        }
        aux.finish();
        if (table.rows() == 0) {
            throw ImportException.atByte(file, ID, begin, "no data records in the data block");
        }
        if (start != null) {
            builder.metadata(Metadata.START_TIME, start);
        }
        builder.metadata("timestamp_zone", LOCAL_TIME);
        report(builder, duplicates, unused);
        table.finish();
    }

    // --- version 130 ---

    private void readVersion130(ByteBuffer head, DatasetBuilder builder) throws ImportException, IOException {
        if (head.limit() < 1024) {
            throw ImportException.atByte(file, ID, head.limit(), "the file ends inside the 1024-byte header");
        }
        softwareVersions(head, builder);
        List<long[]> blocks = blocks(head);
        long begin = blocks.get(0)[0];
        ByteBuffer first = read(begin, (int) Math.min(512, blocks.get(0)[1]));
        NewareTable table;
        long[] counts;
        if (first.limit() > 4 && first.get(4) == 0x55) {
            int length = recordLength(blocks, first, 4, 76, new byte[] { first.get(0), first.get(1), first.get(2), first.get(3), 0x55 });
            builder.metadata("nda_record_layout", "BTS9.0, " + length + "-byte records");
            table = new NewareTable(builder, false, true, false);
            counts = readBts90(blocks, length, table);
        } else if (first.limit() > 2 && first.get(0) == 0x55) {
            int length = recordLength(blocks, first, 2, 52, new byte[] { first.get(0), first.get(1) });
            builder.metadata("nda_record_layout", "BTS9.1, " + length + "-byte records");
            table = new NewareTable(builder, true, false, false);
            counts = readBts91(blocks, length, table, builder);
        } else {
            throw ImportException.atByte(file, ID, begin, "the data block holds neither BTS9.0 nor BTS9.1 records (no identifier 0x55 at "
                    + "byte 0 or 4 of the first record)");
        }
        if (table.rows() == 0) {
            throw ImportException.atByte(file, ID, begin, "no data records in the data block");
        }
        footer(builder);
        builder.metadata("timestamp_zone", LOCAL_TIME);
        report(builder, counts[0], counts[1]);
        table.finish();
    }

    /** The data blocks {begin, length} of a version-130 file. */
    private List<long[]> blocks(ByteBuffer head) throws ImportException, IOException {
        long begin = head.getLong(82);
        long length = head.getLong(90);
        List<long[]> blocks = new ArrayList<>();
        if (begin == 0 && size > 1030 && ascii(read(1024, 6), 0, 6).equals("NEWARE")) {
            long total = 0;
            long at = 1024;
            java.util.Set<Long> seen = new java.util.HashSet<>();
            while (at + 258 <= size && seen.add(at) && ascii(read(at, 6), 0, 6).equals("NEWARE")) {
                ByteBuffer h = read(at, 258);
                long b = h.getLong(82);
                long l = h.getLong(90);
                if (l > 0) {
                    checkBlock(b, l, at + 82);
                    blocks.add(new long[] { b, l });
                    total += l;
                }
                at = h.getLong(242) + h.getLong(250);
                if (seen.size() > 100000) {
                    throw ImportException.atByte(file, ID, at, "the chain of block headers does not end");
                }
            }
            if (blocks.isEmpty()) {
                throw ImportException.atByte(file, ID, 1024, "the chain of block headers holds no data block");
            }
            if (length != 0 && total != length) {
                throw ImportException.atByte(file, ID, 90, "the block headers hold " + total + " bytes of records, the file header says "
                        + length);
            }
            return blocks;
        }
        checkBlock(begin, length, 82);
        blocks.add(new long[] { begin, length });
        return blocks;
    }

    private void checkBlock(long begin, long length, long where) throws ImportException {
        if (begin < 1024 || begin >= size || length <= 0) {
            throw ImportException.atByte(file, ID, where, "the data block (byte " + begin + ", " + length + " bytes) lies outside the file ("
                    + size + " bytes)");
        }
        if (begin + length > size) {
            throw ImportException.atByte(file, ID, where + 8, "the file is truncated: its data block ends at byte " + (begin + length)
                    + ", the file has " + size + " bytes");
        }
    }

    /** The record length: the first distance at which the tag repeats and that divides every block. */
    private int recordLength(List<long[]> blocks, ByteBuffer first, int tagEnd, int minimum, byte[] tag) throws ImportException {
        long begin = blocks.get(0)[0];
        for (int length = minimum; length + tag.length <= first.limit(); length++) {
            boolean match = true;
            for (int i = 0; i < tag.length && match; i++) {
                match = first.get(length + i) == tag[i];
            }
            int candidate = length;
            if (match && blocks.stream().allMatch(b -> b[1] % candidate == 0)) {
                return length;
            }
        }
        if (first.limit() == blocks.get(0)[1] && blocks.size() == 1 && first.limit() >= minimum) {
            return first.limit(); // a single record
        }
        throw ImportException.atByte(file, ID, begin, "cannot find the record length: the record identifier does not repeat at a "
                + "distance that divides the data block");
    }

    private long[] readBts91(List<long[]> blocks, int length, NewareTable table, DatasetBuilder builder) throws ImportException, IOException {
        byte[] bytes = new byte[length];
        ByteBuffer r = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        int identifier = -1;
        long lastIndex = 0;
        long duplicates = 0;
        long empty = 0;
        long k = 0;
        String start = null;
        for (long[] block : blocks) {
            try (InputStream in = stream(block[0])) {
                for (long n = 0; n < block[1] / length; n++, k++) {
                    long at = block[0] + n * length;
                    readFully(in, bytes, at);
                    cancelled(k);
                    int id = Short.toUnsignedInt(r.getShort(0));
                    if (identifier < 0) {
                        identifier = id;
                    }
                    if (id != identifier) {
                        if (allZero(bytes)) {
                            empty++;
                            continue;
                        }
                        throw ImportException.atByte(file, ID, at, String.format("record identifier 0x%04x, expected 0x%04x as in the first record",
                                id, identifier));
                    }
                    long index = Integer.toUnsignedLong(r.getInt(8));
                    if (index == 0) {
                        empty++;
                        continue;
                    }
                    if (index <= lastIndex) {
                        order(index, lastIndex, at + 8);
                        duplicates++;
                        continue;
                    }
                    NewareTable.Row row = new NewareTable.Row();
                    row.index = index;
                    row.step = Byte.toUnsignedInt(bytes[2]);
                    row.status = status(Byte.toUnsignedInt(bytes[3]), at + 3, index);
                    long nanos = Integer.toUnsignedLong(r.getInt(16));
                    if (nanos >= 1_000_000_000L) {
                        throw ImportException.atByte(file, ID, at + 16, "the nanoseconds of the test time are " + nanos + " (record index " + index + ")");
                    }
                    row.testTime = Integer.toUnsignedLong(r.getInt(12)) + nanos * 1e-9;
                    row.current = finite(r.getFloat(20), at + 20, "current", index) * 1e-3;
                    row.voltage = finite(r.getFloat(24), at + 24, "voltage", index);
                    double capacity = finite(r.getFloat(28), at + 28, "capacity", index) * 1e-3; // mA·s -> C
                    double energy = finite(r.getFloat(32), at + 32, "energy", index) * 1e-3; // mW·s -> J
                    row.chargeCapacity = Math.max(capacity, 0);
                    row.dischargeCapacity = Math.max(-capacity, 0);
                    row.chargeEnergy = Math.max(energy, 0);
                    row.dischargeEnergy = Math.max(-energy, 0);
                    row.fileCycle = Integer.toUnsignedLong(r.getInt(36)) + 1;
                    long unixNanos = Integer.toUnsignedLong(r.getInt(48));
                    if (unixNanos >= 1_000_000_000L) {
                        throw ImportException.atByte(file, ID, at + 48, "the nanoseconds of the time stamp are " + unixNanos + " (record index " + index + ")");
                    }
                    row.timestamp = Integer.toUnsignedLong(r.getInt(44)) + unixNanos * 1e-9;
                    if (length >= 56) {
                        float celsius = r.getFloat(52);
                        row.aux.put("T1", Float.isFinite(celsius) ? celsius + 273.15 : Double.NaN);
                    }
                    if (start == null) {
                        start = LocalDateTime.ofEpochSecond(r.getInt(44) & 0xFFFFFFFFL, 0, ZoneOffset.UTC).toString();
                    }
                    plausible(row, at);
                    lastIndex = index;
                    table.append(row);
                }
            }
        }
        if (start != null) {
            builder.metadata(Metadata.START_TIME, start);
        }
        builder.metadata("timestamp_zone", LOCAL_TIME);
        return new long[] { duplicates, empty };
    }

    private long[] readBts90(List<long[]> blocks, int length, NewareTable table) throws ImportException, IOException {
        byte[] bytes = new byte[length];
        ByteBuffer r = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        AuxJoin aux = new AuxJoin(table);
        long lastIndex = 0;
        long duplicates = 0;
        long empty = 0;
        long k = 0;
        for (long[] block : blocks) {
            try (InputStream in = stream(block[0])) {
                for (long n = 0; n < block[1] / length; n++, k++) {
                    long at = block[0] + n * length;
                    readFully(in, bytes, at);
                    cancelled(k);
                    if (bytes[4] == 0x65 && bytes[0] == 0 && bytes[1] == 0 && bytes[2] == 0 && bytes[3] == 0) {
                        aux.add(auxRecord(r, 4, at));
                        continue;
                    }
                    if (bytes[4] != 0x55) {
                        if (allZero(bytes)) {
                            empty++;
                            continue;
                        }
                        throw ImportException.atByte(file, ID, at + 4, String.format("record identifier 0x%02x unknown (expected 0x55 data or "
                                + "0x65 auxiliary)", bytes[4]));
                    }
                    long index = Integer.toUnsignedLong(r.getInt(16));
                    if (index == 0) {
                        throw ImportException.atByte(file, ID, at + 16, "data record with index 0");
                    }
                    if (index <= lastIndex) {
                        order(index, lastIndex, at + 16);
                        duplicates++;
                        continue;
                    }
                    NewareTable.Row row = new NewareTable.Row();
                    row.index = index;
                    row.step = Byte.toUnsignedInt(bytes[9]);
                    row.status = status(Byte.toUnsignedInt(bytes[10]), at + 10, index);
                    long micros = r.getLong(28);
                    if (micros < 0 || micros > 1L << 50) {
                        throw ImportException.atByte(file, ID, at + 28, "step time " + micros + " µs is implausible (record index " + index + ")");
                    }
                    row.stepTime = micros * 1e-6;
                    row.voltage = finite(r.getFloat(36), at + 36, "voltage", index);
                    row.current = finite(r.getFloat(40), at + 40, "current", index) * 1e-3;
                    row.chargeCapacity = Math.abs(finite(r.getFloat(52), at + 52, "charge capacity", index)) * 1e-3;
                    row.chargeEnergy = Math.abs(finite(r.getFloat(56), at + 56, "charge energy", index)) * 1e-3;
                    row.dischargeCapacity = Math.abs(finite(r.getFloat(60), at + 60, "discharge capacity", index)) * 1e-3;
                    row.dischargeEnergy = Math.abs(finite(r.getFloat(64), at + 64, "discharge energy", index)) * 1e-3;
                    row.timestamp = r.getLong(68) * 1e-6;
                    plausible(row, at);
                    lastIndex = index;
                    aux.data(row);
                }
            }
        }
        aux.finish();
        return new long[] { duplicates, empty };
    }

    /** The footer of a version-130 file: active mass (f8, mg) and remarks. */
    private void footer(DatasetBuilder builder) throws IOException {
        int tail = (int) Math.min(size, 1 << 16);
        ByteBuffer end = read(size - tail, tail);
        for (int p = tail - FOOTER_MAGIC.length; p >= 0; p--) {
            boolean match = true;
            for (int i = 0; i < FOOTER_MAGIC.length && match; i++) {
                match = end.get(p + i) == FOOTER_MAGIC[i];
            }
            if (match) {
                int data = p + 16;
                if (data + 499 <= tail) {
                    double milligrams = end.getDouble(data + 491);
                    if (Double.isFinite(milligrams) && milligrams > 0 && milligrams < 1e9) {
                        builder.metadata(Metadata.ACTIVE_MASS_KG, Double.toString(milligrams * 1e-6));
                    }
                    String remarks = printable(end, data + 363, 128);
                    if (!remarks.isEmpty()) {
                        builder.metadata(Metadata.COMMENTS, remarks);
                    }
                }
                return;
            }
        }
    }

    // --- shared ---

    /** An auxiliary record (0x65) at an offset within the record: channel, index, voltage (0.1 mV), temperature (0.1 °C). */
    private record Aux(int channel, long index, double volts, double kelvin) {
    }

    private static Aux auxRecord(ByteBuffer r, int o, long at) {
        int channel = Byte.toUnsignedInt(r.get(o + 1));
        long index = Integer.toUnsignedLong(r.getInt(o + 2));
        return new Aux(channel, index, r.getInt(o + 22) / 10000.0, r.getShort(o + 34) / 10.0 + 273.15);
    }

    /** Joins auxiliary records to the data record of the same index, keeping one data row pending. */
    private final class AuxJoin {
        private final NewareTable table;
        private NewareTable.Row pending;
        private final Map<Long, List<Aux>> early = new HashMap<>();
        private long unmatched;

        AuxJoin(NewareTable table) {
            this.table = table;
        }

        void add(Aux aux) throws ImportException {
            if (pending != null && aux.index() == pending.index) {
                attach(pending, aux);
            } else if (pending == null || aux.index() > pending.index) {
                if (early.size() > 100_000) {
                    throw new ImportException(file, ID, null, "more than 100000 auxiliary records ahead of their data records");
                }
                early.computeIfAbsent(aux.index(), i -> new ArrayList<>()).add(aux);
            } else {
                unmatched++;
            }
        }

        void data(NewareTable.Row row) {
            if (pending != null) {
                table.append(pending);
            }
            pending = row;
            List<Aux> waiting = early.remove(row.index);
            if (waiting != null) {
                waiting.forEach(a -> attach(row, a));
            }
        }

        void finish() {
            if (pending != null) {
                table.append(pending);
                pending = null;
            }
            unmatched += early.values().stream().mapToInt(List::size).sum();
        }

        private void attach(NewareTable.Row row, Aux aux) {
            row.aux.put("T" + aux.channel(), aux.kelvin());
            row.aux.put("V" + aux.channel(), aux.volts());
        }
    }

    /** Records come in index order; a repeated index (some files repeat records) is skipped, a smaller one is an error. */
    private void order(long index, long lastIndex, long at) throws ImportException {
        if (index < lastIndex) {
            throw ImportException.atByte(file, ID, at, "record index " + index + " follows index " + lastIndex + " (records out of order)");
        }
    }

    private void plausible(NewareTable.Row row, long at) throws ImportException {
        String reason = NewareTable.implausible(row);
        if (reason != null) {
            throw ImportException.atByte(file, ID, at, reason + " (record index " + row.index + ")");
        }
    }

    private int status(int code, long at, long index) throws ImportException {
        if (NewareStatus.name(code) == null) {
            throw ImportException.atByte(file, ID, at, "status code " + code + " unknown (record index " + index + ")");
        }
        return code;
    }

    private double finite(float value, long at, String what, long index) throws ImportException {
        if (!Float.isFinite(value)) {
            throw ImportException.atByte(file, ID, at, what + " is not a finite number (record index " + index + ")");
        }
        return value;
    }

    private void report(DatasetBuilder builder, long duplicates, long unused) {
        if (duplicates > 0) {
            builder.metadata("duplicate_records_skipped", Long.toString(duplicates));
        }
        if (unused > 0) {
            builder.metadata("records_without_data", Long.toString(unused));
        }
    }

    private void softwareVersions(ByteBuffer head, DatasetBuilder builder) {
        String text = new String(head.array(), 0, head.limit(), StandardCharsets.ISO_8859_1);
        int server = text.indexOf("BTSServer");
        if (server >= 0 && server + 150 <= head.limit()) {
            String serverVersion = printable(head, server, 50);
            String client = printable(head, server + 100, 50);
            builder.metadata(Metadata.SOFTWARE, client.isEmpty() ? serverVersion : client + "; " + serverVersion);
        }
    }

    private void cancelled(long k) {
        if ((k & 0xFFF) == 0 && monitor != null && monitor.isCanceled()) {
            throw new OperationCanceledException();
        }
    }

    private InputStream stream(long position) throws IOException {
        channel.position(position);
        return new BufferedInputStream(Channels.newInputStream(channel), 1 << 16) {
            @Override
            public void close() {
                // the channel stays open for the other blocks
            }
        };
    }

    private void readFully(InputStream in, byte[] bytes, long at) throws IOException, ImportException {
        if (in.readNBytes(bytes, 0, bytes.length) != bytes.length) {
            throw ImportException.atByte(file, ID, at, "the file ends inside a record");
        }
    }

    private ByteBuffer read(long position, int length) throws IOException {
        ByteBuffer b = ByteBuffer.allocate(length).order(ByteOrder.LITTLE_ENDIAN);
        while (b.hasRemaining()) {
            if (channel.read(b, position + b.position()) < 0) {
                break;
            }
        }
        b.flip();
        return b;
    }

    private static String ascii(ByteBuffer b, int from, int length) {
        byte[] bytes = new byte[length];
        b.get(from, bytes);
        return new String(bytes, StandardCharsets.ISO_8859_1);
    }

    /** Printable ASCII of a NUL-padded field (leading NULs skipped, text ends at the next NUL). */
    static String printable(ByteBuffer b, int from, int length) {
        StringBuilder s = new StringBuilder();
        for (int i = from; i < Math.min(b.limit(), from + length); i++) {
            int c = Byte.toUnsignedInt(b.get(i));
            if (c == 0) {
                if (s.isEmpty()) {
                    continue;
                }
                break;
            }
            if (c >= 32 && c < 127) {
                s.append((char) c);
            }
        }
        return s.toString().strip();
    }

    private static boolean allZero(byte[] bytes) {
        for (byte b : bytes) {
            if (b != 0) {
                return false;
            }
        }
        return true;
    }
}
