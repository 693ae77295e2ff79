/*
 * Copyright (c) 2026 the Interphase contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.interphase.importer.neware.tests;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * Decompression of the LZ4 frame format (the codec pyarrow uses for Feather buffers), from the LZ4 frame and block
 * format descriptions: frame header (magic 0x184D2204, FLG, BD, optional content size and dictionary id, header
 * checksum), blocks (size with the high bit set for stored blocks, optional block checksum), end mark. Checksums are
 * skipped, not verified.
 */
final class Lz4Frame {

    private Lz4Frame() {
    }

    static byte[] decompress(ByteBuffer in, int offset, int length, int expected) throws IOException {
        ByteBuffer b = in.slice(offset, length).order(ByteOrder.LITTLE_ENDIAN);
        if (b.getInt(0) != 0x184D2204) {
            throw new IOException("not an LZ4 frame");
        }
        int flg = Byte.toUnsignedInt(b.get(4));
        boolean blockChecksum = (flg & 0x10) != 0;
        boolean contentSize = (flg & 0x08) != 0;
        boolean contentChecksum = (flg & 0x04) != 0;
        boolean dictionary = (flg & 0x01) != 0;
        int p = 6 + (contentSize ? 8 : 0) + (dictionary ? 4 : 0) + 1;
        byte[] out = new byte[expected];
        int o = 0;
        while (true) {
            int size = b.getInt(p);
            p += 4;
            if (size == 0) {
                break;
            }
            boolean stored = (size & 0x80000000) != 0;
            size &= 0x7FFFFFFF;
            if (stored) {
                b.get(p, out, o, size);
                o += size;
            } else {
                o = block(b, p, p + size, out, o);
            }
            p += size + (blockChecksum ? 4 : 0);
        }
        if (contentChecksum) {
            p += 4;
        }
        if (o != expected) {
            throw new IOException("LZ4 frame gave " + o + " bytes, expected " + expected);
        }
        return out;
    }

    /** One LZ4 block: sequences of a token, literals and a match copy. */
    private static int block(ByteBuffer b, int p, int end, byte[] out, int o) {
        while (p < end) {
            int token = Byte.toUnsignedInt(b.get(p++));
            int literals = token >>> 4;
            if (literals == 15) {
                int add;
                do {
                    add = Byte.toUnsignedInt(b.get(p++));
                    literals += add;
                } while (add == 255);
            }
            b.get(p, out, o, literals);
            p += literals;
            o += literals;
            if (p >= end) {
                break; // the last sequence has literals only
            }
            int distance = Short.toUnsignedInt(b.getShort(p));
            p += 2;
            int match = (token & 0x0F) + 4;
            if ((token & 0x0F) == 15) {
                int add;
                do {
                    add = Byte.toUnsignedInt(b.get(p++));
                    match += add;
                } while (add == 255);
            }
            for (int k = 0; k < match; k++) {
                out[o] = out[o - distance];
                o++;
            }
        }
        return o;
    }
}
