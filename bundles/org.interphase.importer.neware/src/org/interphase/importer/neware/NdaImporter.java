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
import org.interphase.data.ImportWarning;
import org.interphase.data.Metadata;
import org.interphase.importer.ImportException;
import org.interphase.importer.Importer;

/**
 * Neware BTS binary data (.nda), little-endian, {@code NEWARE} at byte 0 and the format version at byte 14:
 * <ul>
 * <li>versions 1 to 29 (but 21) and 129 (BTS 5 to 8, and the BTS 9 pre-release): a header, then a data block (begin
 * and length at 64 and 68, or found by its opening record) of fixed-size records whose layout depends on the version
 * ({@link NdaLayout}, from fastnda's and NewareNDA's readers): data records (index, cycle, step, status, step time,
 * voltage in 0.1 mV, current and capacities in counts of a current-range dependent unit, a Unix time or a wall-clock
 * date), auxiliary records (temperature, voltage) and records that carry no measurement;</li>
 * <li>version 130 (BTS 9): data blocks (begin u64 at 82, length u64 at 90; a chain of 1024-byte NEWARE headers in
 * files with several blocks) of BTS9.0 records (88 bytes, identifier 0x55 at byte 4, floats in V, mA, mA·s, mW·s,
 * step time and Unix time in µs) or BTS9.1 records (identifier 0x55 at byte 0, usually 56 bytes: test time, signed
 * capacity and energy, cycle, Unix time and a temperature); a footer holds the active mass and remarks.</li>
 * </ul>
 * Records are streamed into the dataset; duplicate record indexes (which some files repeat) keep the first record.
 * Versions whose layout no open reader checked on a real file, status codes outside Neware's table and records of
 * unknown type are read past with warnings; a record index that goes back, a data block beyond the end of the file
 * and implausible values are errors.
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
    private DatasetBuilder builder;
    private final java.util.Set<Integer> unknownStatus = new java.util.HashSet<>();
    private Unknown unknown = new Unknown();
    private FileChannel channel;
    private long size;
    private IProgressMonitor monitor;

    @Override
    public void read(Path file, DatasetBuilder builder, IProgressMonitor monitor) throws ImportException {
        this.file = file;
        this.builder = builder;
        this.monitor = monitor;
        unknownStatus.clear();
        unknown = new Unknown();
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
            NdaLayout layout = NdaLayout.of(version);
            if (version == 130) {
                readVersion130(head, builder);
            } else if (layout != null) {
                readLegacy(version, layout, head, builder);
            } else {
                throw ImportException.atByte(file, ID, 14, "nda version " + version + " is not supported (this importer reads versions 1 to "
                        + "20, 22 to 29, 129 and 130)");
            }
        } catch (IOException e) {
            throw new ImportException(file, ID, null, "cannot be read: " + e.getMessage(), e);
        }
    }

    // --- versions 1 to 29 and 129: fixed-size records (NdaLayout) ---

    private void readLegacy(int version, NdaLayout layout, ByteBuffer head, DatasetBuilder builder) throws ImportException, IOException {
        int minimum = layout.locate == NdaLayout.Locate.POINTER64 ? 98 : 72;
        if (head.limit() < Math.min(minimum, size)) {
            throw ImportException.atByte(file, ID, head.limit(), "the file ends inside the header");
        }
        builder.metadata("nda_record_layout", layout.name + ", " + layout.length + "-byte records");
        if (!layout.verified) {
            builder.warning(ImportWarning.ofFile("nda version " + version + " (" + layout.name + ") is read from the record layout the "
                    + "open readers publish (fastnda); no real file of this version has been checked against it: compare a few values "
                    + "with BTSDA"));
        }
        if (layout.locate == NdaLayout.Locate.POINTER32) {
            headerMetadata(version, head, builder);
        }
        softwareVersions(head, builder);
        long[] block = dataBlock(layout, head, builder);
        long begin = block[0];
        long length = block[1];
        boolean declared = block[2] == 1;

        int fixedRange = 0;
        if (head.limit() >= 20) {
            long rangeBlock = Integer.toUnsignedLong(head.getInt(16));
            if (rangeBlock > 0 && rangeBlock + 30 <= size) {
                fixedRange = read(rangeBlock + 26, 4).getInt(0);
            }
        }

        NewareTable table = new NewareTable(builder, layout.cycleAt >= 0, true, false);
        AuxJoin aux = new AuxJoin(table);
        if (version >= 11 && version <= 18 && layout.length == 69) {
            auxBlock(head, aux, builder);
        }
        byte[] bytes = new byte[layout.length];
        ByteBuffer r = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        long lastIndex = 0;
        long position = 0;
        long duplicates = 0;
        long unused = 0;
        long lastRawCycle = Long.MIN_VALUE;
        long cycleCount = 0;
        String start = null;
        long beyond = 0;
        long beyondFrom = 0;
        try (InputStream in = stream(begin)) {
            for (long k = 0;; k++) {
                long at = begin + k * layout.length;
                if (at >= begin + length) {
                    if (!declared) {
                        break;
                    }
                    // past the block the header declares: records that go on from the last one (a header not yet updated,
                    // as in a file copied while its test ran) are read, with a warning; anything else ends the data
                    if (layout.idAt < 0 || at + layout.length > size) {
                        break;
                    }
                    readFully(in, bytes, at);
                    if (!continues(layout, bytes, r, lastIndex)) {
                        break;
                    }
                    if (beyond++ == 0) {
                        beyondFrom = at;
                    }
                } else {
                    readFully(in, bytes, at);
                }
                cancelled(k);
                if (layout.idAt >= 0) {
                    int type = Byte.toUnsignedInt(bytes[layout.idAt]);
                    if (type == layout.auxId) {
                        aux.add(auxRecord(r, 0, at));
                        continue;
                    }
                    if (layout.emptyIds.contains(type)) {
                        unused++;
                        continue;
                    }
                    if (!layout.dataIds.contains(type)) {
                        if (allZero(bytes)) {
                            unused++;
                            continue;
                        }
                        unknown.add(at, type);
                        continue;
                    }
                }
                long index;
                if (layout.indexAt >= 0) {
                    index = Integer.toUnsignedLong(r.getInt(layout.indexAt));
                    if (index == 0) {
                        if (layout.idAt < 0) {
                            unused++; // records without identifier: index 0 is an empty record
                            continue;
                        }
                        throw ImportException.atByte(file, ID, at + layout.indexAt, "data record with index 0");
                    }
                } else {
                    index = ++position;
                }
                if (index <= lastIndex) {
                    order(index, lastIndex, at + Math.max(0, layout.indexAt));
                    duplicates++;
                    continue;
                }
                unknown.dataRecord(index, lastIndex);
                NewareTable.Row row = new NewareTable.Row();
                row.index = index;
                if (layout.cycleAt >= 0) {
                    long raw = Integer.toUnsignedLong(r.getInt(layout.cycleAt));
                    row.fileCycle = switch (layout.cycleRule) {
                        case PLUS_ONE -> raw + 1;
                        case AS_IS -> raw;
                        case CHANGES -> {
                            if (raw != lastRawCycle) {
                                cycleCount++;
                                lastRawCycle = raw;
                            }
                            yield cycleCount;
                        }
                    };
                }
                row.step = layout.stepSize == 2 ? Short.toUnsignedInt(r.getShort(layout.stepAt)) : Byte.toUnsignedInt(bytes[layout.stepAt]);
                int code = Byte.toUnsignedInt(bytes[layout.statusAt]);
                row.status = status(layout.statusMap.getOrDefault(code, code), at + layout.statusAt, index);
                row.stepMark = layout.markAt >= 0 ? Byte.toUnsignedInt(bytes[layout.markAt]) : 0;
                if (layout.timeUnit == 0) {
                    long nanos = Integer.toUnsignedLong(r.getInt(layout.timeAt + 4));
                    if (nanos >= 1_000_000_000L) {
                        throw ImportException.atByte(file, ID, at + layout.timeAt + 4, "the nanoseconds of the step time are " + nanos
                                + " (record index " + index + ")");
                    }
                    row.stepTime = Integer.toUnsignedLong(r.getInt(layout.timeAt)) + nanos * 1e-9;
                } else {
                    long raw = layout.timeSize == 8 ? r.getLong(layout.timeAt) : Integer.toUnsignedLong(r.getInt(layout.timeAt));
                    if (raw < 0 || raw > 1L << 45) {
                        throw ImportException.atByte(file, ID, at + layout.timeAt, "step time " + raw + " is implausible (record index " + index
                                + ")");
                    }
                    row.stepTime = raw * layout.timeUnit;
                }
                double amperes = 0; // A per count; 0 for floats
                if (layout.floats) {
                    row.voltage = finite(r.getFloat(layout.voltageAt), at + layout.voltageAt, "voltage", index);
                    row.current = finite(r.getFloat(layout.currentAt), at + layout.currentAt, "current", index) * 1e-3;
                } else {
                    int range = layout.rangeAt >= 0 ? r.getInt(layout.rangeAt) : 0;
                    amperes = NewareUnits.amperesPerCount(range == 0 ? fixedRange : range);
                    row.voltage = r.getInt(layout.voltageAt) / 10000.0;
                    row.current = r.getInt(layout.currentAt) * amperes;
                }
                if (layout.four != null) {
                    double[] q = new double[4];
                    for (int i = 0; i < 4; i++) {
                        int o = layout.four[i];
                        if (layout.floats) {
                            q[i] = Math.abs(finite(r.getFloat(o), at + o, "capacity or energy", index)) * 1e-3;
                        } else {
                            q[i] = (layout.capacitySize == 8 ? r.getLong(o) : r.getInt(o)) * amperes;
                        }
                    }
                    row.chargeCapacity = q[0];
                    row.dischargeCapacity = q[1];
                    row.chargeEnergy = q[2];
                    row.dischargeEnergy = q[3];
                } else {
                    // one quantity; its sign (charge or discharge) from the status, else from the current (fastnda's _step_sign)
                    int sign = NewareStatus.sign(row.status);
                    if (sign == 0) {
                        sign = (int) Math.signum(row.current);
                    }
                    double capacity = Math.abs(r.getLong(layout.capacityAt) * amperes);
                    double energy = layout.energyAt >= 0 ? Math.abs(r.getLong(layout.energyAt) * amperes) : Double.NaN;
                    row.chargeCapacity = sign > 0 ? capacity : 0;
                    row.dischargeCapacity = sign < 0 ? capacity : 0;
                    row.chargeEnergy = sign > 0 ? energy : layout.energyAt >= 0 ? 0 : Double.NaN;
                    row.dischargeEnergy = sign < 0 ? energy : layout.energyAt >= 0 ? 0 : Double.NaN;
                }
                if (layout.dateAt >= 0) {
                    int o = layout.dateAt;
                    row.timestamp = NewareUnits.wallClock(Short.toUnsignedInt(r.getShort(o)), bytes[o + 2], bytes[o + 3], bytes[o + 4], bytes[o + 5],
                            bytes[o + 6]);
                    if (Double.isNaN(row.timestamp)) {
                        throw ImportException.atByte(file, ID, at + o, "invalid date in record index " + index);
                    }
                } else if (layout.unixAt >= 0) {
                    long raw = layout.unixSize == 8 ? r.getLong(layout.unixAt) : Integer.toUnsignedLong(r.getInt(layout.unixAt));
                    row.timestamp = raw == 0 ? Double.NaN : raw * layout.unixUnit; // 0: not set
                }
                if (start == null && !Double.isNaN(row.timestamp)) {
                    start = LocalDateTime.ofEpochSecond((long) Math.floor(row.timestamp), 0, ZoneOffset.UTC).toString();
                }
                plausible(row, at);
                lastIndex = index;
                aux.data(row);
            }
        }
        if (beyond > 0) {
            builder.warning(ImportWarning.atByte(beyondFrom, beyond + " record(s) after the data block the header declares (" + length
                    + " bytes from byte " + begin + ") continue its records and were read; the header's length was not updated"));
        }
        long end = begin + length + beyond * layout.length;
        if (end < size && declared) {
            builder.warning(ImportWarning.atByte(end, (size - end) + " byte(s) after the data block not read (not records that "
                    + "continue it)"));
        }
        aux.finish();
        if (table.rows() == 0) {
            throw ImportException.atByte(file, ID, begin, "no data records in the data block");
        }
        unknown.report();
        if (start != null) {
            builder.metadata(Metadata.START_TIME, start);
        }
        builder.metadata("timestamp_zone", LOCAL_TIME);
        report(builder, duplicates, unused);
        table.finish();
    }

    /**
     * The data block of a fixed-record version: the header's pointer when it lies in the file and the block holds
     * whole records whose first identifier is one of the layout's; else the first occurrence of the bytes that open
     * the block (the marker record of index 1), up to the end of the file, as fastnda finds it.
     */
    private long[] dataBlock(NdaLayout layout, ByteBuffer head, DatasetBuilder builder) throws ImportException, IOException {
        boolean wide = layout.locate == NdaLayout.Locate.POINTER64;
        int at = wide ? 82 : 64;
        long begin = -1;
        long length = 0;
        String why = null;
        if (head.limit() >= at + (wide ? 16 : 8)) {
            begin = wide ? head.getLong(at) : Integer.toUnsignedLong(head.getInt(at));
            length = wide ? head.getLong(at + 8) : Integer.toUnsignedLong(head.getInt(at + 4));
            if (begin < 15 || begin >= size) {
                why = "the header's data pointer (byte " + begin + ") lies outside the file (" + size + " bytes)";
            } else if (length < 0 || begin + length > size) {
                throw ImportException.atByte(file, ID, at + (wide ? 8 : 4), "the file is truncated: its data block ends at byte "
                        + (begin + length) + ", the file has " + size + " bytes");
            } else if (layout.idAt >= 0) {
                int id = Byte.toUnsignedInt(read(begin + layout.idAt, 1).get(0));
                if (!layout.dataIds.contains(id) && !layout.emptyIds.contains(id) && id != layout.auxId) {
                    why = String.format("the record at the header's data pointer (byte %d) has identifier 0x%02x", begin, id);
                }
            }
        } else {
            why = "the header is too short for a data pointer";
        }
        if (why == null) {
            boolean declared = length != 0;
            if (length == 0) {
                length = size - begin;
                trailing(length % layout.length, begin + length - length % layout.length, builder);
                length -= length % layout.length;
            } else if (length % layout.length != 0) {
                throw ImportException.atByte(file, ID, at + (wide ? 8 : 4), "the data block length " + length + " is not a whole number of "
                        + layout.length + "-byte records");
            }
            if (length < layout.length) {
                throw ImportException.atByte(file, ID, begin, "the data block holds no whole record");
            }
            return new long[] { begin, length, declared ? 1 : 0 };
        }
        if (layout.opening == null) {
            throw ImportException.atByte(file, ID, at, why);
        }
        long found = find(layout.opening, 15);
        if (found < 0) {
            throw ImportException.atByte(file, ID, at, why + ", and no record opens a data block");
        }
        builder.warning(ImportWarning.atByte(found, why + "; the data block was found by its opening record"));
        long rest = size - found;
        trailing(rest % layout.length, found + rest - rest % layout.length, builder);
        return new long[] { found, rest - rest % layout.length, 0 };
    }

    private void trailing(long bytes, long at, DatasetBuilder builder) {
        if (bytes > 0) {
            builder.warning(ImportWarning.atByte(at, bytes + " byte(s) after the last whole record ignored"));
        }
    }

    /** Whether a record after the declared data block continues the block: a data record of the next index, or an auxiliary or empty record. */
    private static boolean continues(NdaLayout layout, byte[] bytes, ByteBuffer r, long lastIndex) {
        int type = Byte.toUnsignedInt(bytes[layout.idAt]);
        if (type == layout.auxId || (layout.emptyIds.contains(type) && !allZero(bytes))) {
            return true;
        }
        return layout.dataIds.contains(type) && layout.indexAt >= 0 && Integer.toUnsignedLong(r.getInt(layout.indexAt)) == lastIndex + 1;
    }

    /** The first occurrence of a byte pattern at or after a position, or -1. */
    private long find(byte[] pattern, long from) throws IOException {
        int chunk = 1 << 20;
        for (long p = from; p < size; p += chunk - pattern.length) {
            ByteBuffer b = read(p, (int) Math.min(chunk, size - p));
            outer:
            for (int i = 0; i + pattern.length <= b.limit(); i++) {
                for (int j = 0; j < pattern.length; j++) {
                    if (b.get(i + j) != pattern[j]) {
                        continue outer;
                    }
                }
                return p + i;
            }
            if (p + b.limit() >= size) {
                break;
            }
        }
        return -1;
    }

    /** Auxiliary records of struct 11 in a block of their own (begin, length u32 at 72, 76): 69 bytes, identifier 0x65. */
    private void auxBlock(ByteBuffer head, AuxJoin aux, DatasetBuilder builder) throws ImportException, IOException {
        long begin = Integer.toUnsignedLong(head.getInt(72));
        long length = Integer.toUnsignedLong(head.getInt(76));
        if (length == 0) {
            return;
        }
        if (begin < 80 || begin + length > size || length % 69 != 0) {
            builder.warning(ImportWarning.atByte(72, "the auxiliary block (byte " + begin + ", " + length + " bytes) does not hold whole "
                    + "69-byte records inside the file; auxiliary channels not read"));
            return;
        }
        byte[] bytes = new byte[69];
        ByteBuffer r = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        try (InputStream in = stream(begin)) {
            for (long k = 0; k < length / 69; k++) {
                long at = begin + k * 69;
                readFully(in, bytes, at);
                if (bytes[0] == 0x65) {
                    // fastnda's layout: channel at 1, index at 2, voltage (0.1 mV, its best guess) at 21, temperature (0.1 degC) at 33
                    aux.preload(new Aux(Byte.toUnsignedInt(bytes[1]), Integer.toUnsignedLong(r.getInt(2)), r.getInt(21) / 10000.0,
                            r.getShort(33) / 10.0 + 273.15));
                }
            }
        }
    }

    /** Metadata of the header of versions 1 to 29: active mass, and the test-information record (begin, length at 24, 28). */
    private void headerMetadata(int version, ByteBuffer head, DatasetBuilder builder) throws IOException {
        int massAt = NdaLayout.activeMassAt(version);
        if (head.limit() >= massAt + 4) {
            long micrograms = Integer.toUnsignedLong(head.getInt(massAt));
            if (micrograms > 0) {
                builder.metadata(Metadata.ACTIVE_MASS_KG, Double.toString(micrograms * 1e-9));
            }
        }
        if (head.limit() < 32) {
            return;
        }
        long begin = Integer.toUnsignedLong(head.getInt(24));
        long length = Integer.toUnsignedLong(head.getInt(28));
        int recordSize = NdaLayout.testInfoSize(version);
        if (begin == 0 || length < recordSize || begin + length > size || length > 1 << 20) {
            return;
        }
        // the last record holds the test as it ran (fastnda's _read_nda_test_info)
        ByteBuffer info = read(begin + (length / recordSize - 1) * recordSize, recordSize);
        boolean v11 = version >= 11;
        String startTime = text(info, v11 ? 37 : 36, 20);
        if (startTime.matches("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}")) {
            builder.metadata("start_time_local", startTime.replace(' ', 'T'));
        }
        putIfPresent(builder, "operator", text(info, v11 ? 77 : 76, v11 ? 60 : 15));
        putIfPresent(builder, Metadata.COMMENTS, text(info, v11 ? 227 : 111, 100));
        if (version >= 17) {
            putIfPresent(builder, "barcode", text(info, 343, 40));
        }
        if (version >= 29) {
            putIfPresent(builder, "procedure", text(info, 443, 60));
        }
    }

    /** A NUL-terminated GB2312 text field. */
    private static String text(ByteBuffer b, int from, int length) {
        int end = from;
        while (end < Math.min(b.limit(), from + length) && b.get(end) != 0) {
            end++;
        }
        byte[] bytes = new byte[end - from];
        b.get(from, bytes);
        return new String(bytes, SafeXml.gb2312()).replaceAll("\\p{Cntrl}", "").strip();
    }

    private static void putIfPresent(DatasetBuilder builder, String key, String value) {
        if (value != null && !value.isBlank()) {
            builder.metadata(key, value);
        }
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
        unknown.report();
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
                        unknown.add(at, id);
                        continue;
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
                    unknown.dataRecord(index, lastIndex);
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
                        // other record types (fastnda names 0x58 and 0x59 auxiliary records of BTS 9.0, layout unknown)
                        unknown.add(at, Byte.toUnsignedInt(bytes[4]));
                        continue;
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
                    unknown.dataRecord(index, lastIndex);
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

    /** Records of identifiers no layout describes: skipped, counted, reported once. */
    private final class Unknown {
        long count;
        long first;
        int type;
        /** The last unknown record since the last data record (-1: none) and its identifier. */
        long pendingAt = -1;
        int pendingType;

        void add(long at, int identifier) {
            if (count++ == 0) {
                first = at;
                type = identifier;
            }
            pendingAt = at;
            pendingType = identifier;
        }

        /**
         * Called for each data record accepted: when records of unknown identifiers were skipped since the previous data
         * record and the index jumps over them, one of them was a data record whose identifier is damaged (a skipped record
         * of another kind leaves the indexes consecutive): an error, never a silently shorter table.
         */
        void dataRecord(long index, long lastIndex) throws ImportException {
            if (pendingAt >= 0 && lastIndex > 0 && index > lastIndex + 1) {
                throw ImportException.atByte(file, ID, pendingAt, "a record with identifier " + String.format("0x%02x", pendingType)
                        + " stands where data record index " + (lastIndex + 1) + " is expected (the next data record has index " + index
                        + "): a damaged record");
            }
            pendingAt = -1;
        }

        void report() {
            if (count > 0) {
                builder.warning(ImportWarning.atByte(first, count + " record(s) of a type this importer does not know (first: identifier "
                        + String.format("0x%02x", type) + ") skipped; no published layout describes them"));
            }
        }
    }

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

        /** An auxiliary record of a block read before the data (no limit: the block's size was checked). */
        void preload(Aux aux) {
            early.computeIfAbsent(aux.index(), i -> new ArrayList<>()).add(aux);
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

    /** A status code; one outside Neware's table is kept, with a warning the first time it is seen. */
    private int status(int code, long at, long index) {
        if (!NewareStatus.known(code) && unknownStatus.add(code)) {
            builder.warning(ImportWarning.atByte(at, "status code " + code + " is not in Neware's table (first in record index " + index
                    + "); kept as it is in the Status column, charge or discharge told by the sign of the current"));
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
