/*
 * Copyright (c) 2026 the Interphase contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.interphase.importer.biologic.internal;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

import org.interphase.importer.biologic.MprColumns;

/**
 * Writes synthetic .mpr files in each module layout the importer knows, for tests (layouts no real file in data/
 * has) and for the large-file benchmark. Records are streamed through a 1 MiB buffer, so files larger than the heap
 * can be written. Not a general EC-Lab writer: the settings and log modules hold only the fields the importer reads.
 */
public final class MprWriter {

    /** Data module layouts: version, header layout, id width and order, where records start. */
    public enum Layout {
        /** Version 0 before EC-Lab 11.50: one-byte ids, records at 100. */
        OLD_V0(0, false, 1, 100),
        /** Version 2: u16 ids, records at 0x195. */
        V2(2, false, 2, 0x195),
        /** Version 3: u16 ids, records at 0x196. */
        V3(3, false, 2, 0x196),
        /** EC-Lab 11.50 and later: 59-byte module headers, big-endian u16 ids, records at 0x3EF. */
        V11_50(0, true, 2, 0x3EF);

        final int version;
        final boolean newHeader;
        final int idBytes;
        final int recordsAt;

        Layout(int version, boolean newHeader, int idBytes, int recordsAt) {
            this.version = version;
            this.newHeader = newHeader;
            this.idBytes = idBytes;
            this.recordsAt = recordsAt;
        }
    }

    /** Fills one record (little-endian, positioned at its start) for a point. */
    @FunctionalInterface
    public interface Records {
        void write(long point, ByteBuffer record);
    }

    private MprWriter() {
    }

    /** The size of one record of these column ids (flags share one byte). */
    public static int recordSize(int[] ids) {
        int size = 0;
        boolean flags = false;
        for (int id : ids) {
            if (MprColumns.flag(id) != null) {
                if (!flags) {
                    size += 1;
                    flags = true;
                }
            } else {
                MprColumns.Column column = MprColumns.column(id);
                if (column == null) {
                    throw new IllegalArgumentException("column id " + id + " unknown");
                }
                size += column.type().bytes;
            }
        }
        return size;
    }

    /**
     * Writes a file: header, settings module (technique id, comments, electrode area in cm2), data module of the
     * layout, log module (channel index, OLE start date, EC-Lab version) and, when loops is not null, a loop module.
     */
    public static void write(Path file, Layout layout, int techniqueId, String comments, float areaCm2, int[] ids, long points,
            Records records, int channelIndex, double oleStart, String version, int[] loops) throws IOException {
        int recordSize = recordSize(ids);
        try (FileChannel out = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING,
                StandardOpenOption.WRITE)) {
            ByteBuffer header = ByteBuffer.allocate(0x34).order(ByteOrder.LITTLE_ENDIAN);
            header.put(pad("BIO-LOGIC MODULAR FILE\u001a", 48));
            header.putInt(0);
            write(out, header.flip());

            ByteBuffer settings = ByteBuffer.allocate(0x300).order(ByteOrder.LITTLE_ENDIAN);
            settings.put(0, (byte) techniqueId);
            pascal(settings, 0x07, comments);
            settings.putFloat(0x107, 0.001f);
            settings.putFloat(0x211, areaCm2);
            module(out, layout.newHeader, "VMP Set", "VMP settings", settings.capacity(), 0, 10);
            write(out, settings);

            long length = layout.recordsAt + points * recordSize;
            if (length > 0xFFFFFFFFL) {
                throw new IllegalArgumentException(points + " points of " + recordSize + " bytes do not fit a data module");
            }
            module(out, layout.newHeader, "VMP data", "VMP data", length, layout.version, 11);
            ByteBuffer head = ByteBuffer.allocate(layout.recordsAt).order(ByteOrder.LITTLE_ENDIAN);
            head.putInt(0, (int) points);
            head.put(4, (byte) ids.length);
            for (int c = 0; c < ids.length; c++) {
                if (layout.idBytes == 1) {
                    head.put(5 + c, (byte) ids[c]);
                } else if (layout.newHeader) {
                    head.put(5 + 2 * c, (byte) (ids[c] >>> 8));
                    head.put(6 + 2 * c, (byte) ids[c]);
                } else {
                    head.putShort(5 + 2 * c, (short) ids[c]);
                }
            }
            write(out, head);
            int perChunk = Math.max(1, (1 << 20) / recordSize);
            ByteBuffer chunk = ByteBuffer.allocate(perChunk * recordSize).order(ByteOrder.LITTLE_ENDIAN);
            for (long p = 0; p < points;) {
                chunk.clear();
                int n = (int) Math.min(perChunk, points - p);
                for (int r = 0; r < n; r++, p++) {
                    ByteBuffer record = chunk.slice(r * recordSize, recordSize).order(ByteOrder.LITTLE_ENDIAN);
                    records.write(p, record);
                }
                chunk.limit(n * recordSize);
                write(out, chunk);
            }

            ByteBuffer log = ByteBuffer.allocate(0x400).order(ByteOrder.LITTLE_ENDIAN);
            log.put(0x09, (byte) channelIndex);
            log.putDouble(0x249, oleStart);
            pascal(log, 0x3B7, version);
            module(out, layout.newHeader, "VMP LOG", "VMP LOG", log.capacity(), 0, 10);
            write(out, log);

            if (loops != null) {
                ByteBuffer loop = ByteBuffer.allocate(4 + 4 * loops.length).order(ByteOrder.LITTLE_ENDIAN);
                loop.putInt(loops.length);
                for (int start : loops) {
                    loop.putInt(start);
                }
                module(out, layout.newHeader, "VMP loop", "VMP expt. loop indexes", loop.capacity(), 0, 10);
                write(out, loop.flip());
            }
        }
    }

    private static void module(FileChannel out, boolean newHeader, String shortName, String longName, long length, int version,
            int extra) throws IOException {
        ByteBuffer h = ByteBuffer.allocate(6 + (newHeader ? 59 : 51)).order(ByteOrder.LITTLE_ENDIAN);
        h.put("MODULE".getBytes(StandardCharsets.ISO_8859_1));
        h.put(pad(shortName, 10));
        h.put(pad(longName, 25));
        if (newHeader) {
            h.putInt(0xFFFFFFFF);
            h.putInt((int) length);
            h.putInt(version);
            h.putInt(extra);
        } else {
            h.putInt((int) length);
            h.putInt(version);
        }
        h.put("01/02/26".getBytes(StandardCharsets.ISO_8859_1));
        write(out, h.flip());
    }

    private static byte[] pad(String text, int length) {
        byte[] bytes = new byte[length];
        java.util.Arrays.fill(bytes, (byte) ' ');
        byte[] t = text.getBytes(StandardCharsets.ISO_8859_1);
        System.arraycopy(t, 0, bytes, 0, Math.min(length, t.length));
        return bytes;
    }

    private static void pascal(ByteBuffer b, int offset, String text) {
        byte[] t = text.getBytes(StandardCharsets.ISO_8859_1);
        b.put(offset, (byte) t.length);
        b.put(offset + 1, t);
    }

    private static void write(FileChannel out, ByteBuffer buffer) throws IOException {
        buffer.position(0);
        while (buffer.hasRemaining()) {
            out.write(buffer);
        }
    }
}
