/*
 * Copyright (c) 2026 the Interphase contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.interphase.importer.neware;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Path;
import java.util.Set;

import org.interphase.importer.ImportException;

/**
 * One {@code .ndc} member of an {@code .ndax} archive, read row by row. Byte 0 of the file is its type (1 main data,
 * 5 auxiliary channel, 7 steps, 18 run information), byte 2 its version.
 * <ul>
 * <li>Version 2: a 512-byte header, then 512-byte pages, each with five 94-byte rows from byte 5; a row with index
 * 0 is empty.</li>
 * <li>Versions 5, 11, 14, 17: a 4096-byte header, then 4096-byte pages: byte 0 the page type (the file type + 1),
 * bytes 2-3 the number of rows in use, a bitmap of rows in use from byte 4, rows from byte 132; as many rows as fit
 * before the page's last byte.</li>
 * </ul>
 * The row sizes per (version, type) are those listed in docs/formats.md and in the readers it names. Version 17 (BTSServer 8.0,
 * 2025) has the fields of version 14 at the same places and units; its step and run-information rows are padded to 100
 * bytes (as fastnda reads them; checked on cellpy's 20260302_IFE_BTS85_2_9_8_1.ndax).
 */
final class NdcFile implements AutoCloseable {

    static final int MAIN = 1;
    static final int AUX = 5;
    static final int STEP = 7;
    static final int RUN_INFO = 18;

    /** (version, type) pairs this reader knows, as version * 100 + type. */
    static final Set<Integer> SUPPORTED = Set.of(201, 205, 501, 505, 1101, 1105, 1107, 1118, 1401, 1405, 1407, 1418, 1701, 1705, 1707,
            1718);

    private final Path file;
    private final String importer;
    private final String name;
    private final InputStream in;
    final int type;
    final int version;
    final int rowSize;
    private final int pageSize;
    private final int rowStart;
    private final int rowsPerPage;
    private final boolean paged;
    private final byte[] page;
    private final ByteBuffer pageBuffer;
    private long pageOffset;
    private int rowInPage;
    /** A page is loaded (its rows may be used up). */
    private boolean pageLoaded;
    /** The loaded page still has rows to look at. */
    private boolean havePage;
    private boolean end;
    private long rowOffset;
    private final ByteBuffer row;
    /** For (11, 5): the row layout chosen by the first row's identifier (0x65 or 0x74). */
    final int auxLayout;

    NdcFile(Path file, String importer, String name, InputStream in, int expectedType) throws ImportException, IOException {
        this.file = file;
        this.importer = importer;
        this.name = name;
        this.in = in;
        byte[] head = in.readNBytes(512);
        if (head.length < 512) {
            throw error(head.length, "the file ends inside its header (" + head.length + " bytes)");
        }
        type = Byte.toUnsignedInt(head[0]);
        version = Byte.toUnsignedInt(head[2]);
        if (type != expectedType) {
            throw error(0, "file type " + type + ", expected " + expectedType);
        }
        if (!SUPPORTED.contains(version * 100 + type)) {
            throw error(2, "ndc version " + version + " (file type " + type + ") is not supported; this importer reads ndc versions 2, 5, 11, "
                    + "14 and 17 (type pairs " + pairs() + ")");
        }
        paged = version >= 5;
        pageSize = paged ? 4096 : 512;
        rowStart = paged ? 132 : 5;
        if (paged && in.readNBytes(4096 - 512).length != 4096 - 512) {
            throw error(512, "the file ends inside its 4096-byte header");
        }
        page = new byte[pageSize];
        pageBuffer = ByteBuffer.wrap(page).order(ByteOrder.LITTLE_ENDIAN);
        int size = rowSize(version, type);
        int layout = 0;
        if (version == 11 && type == AUX) {
            // the row layout depends on the first row's identifier; look at the first page
            if (!loadPage()) {
                rowSize = 7;
                rowsPerPage = (pageSize - rowStart - 1) / 7;
                auxLayout = 0x65;
                row = ByteBuffer.allocate(7).order(ByteOrder.LITTLE_ENDIAN);
                return;
            }
            layout = Byte.toUnsignedInt(page[rowStart]);
            if (layout == 0x65) {
                size = 7;
            } else if (layout == 0x74) {
                size = 88;
            } else {
                throw error(pageOffset + rowStart, String.format("auxiliary row identifier 0x%02x unknown (expected 0x65 or 0x74)", layout));
            }
        }
        auxLayout = layout;
        rowSize = size;
        rowsPerPage = paged ? (pageSize - rowStart - 1) / rowSize : 5;
        row = ByteBuffer.allocate(rowSize).order(ByteOrder.LITTLE_ENDIAN);
    }

    private static String pairs() {
        return SUPPORTED.stream().sorted().map(k -> "(" + k / 100 + "," + k % 100 + ")").reduce((a, b) -> a + " " + b).orElse("");
    }

    private static int rowSize(int version, int type) {
        return switch (version * 100 + type) {
            case 201, 205 -> 94;
            case 501, 505 -> 87;
            case 1101, 1401, 1701 -> 8;
            case 1405, 1705 -> 4;
            case 1707, 1718 -> 100; // the rows of version 14 (37 and 55 bytes) padded to 100
            case 1107, 1407 -> 37;
            case 1118 -> 47;
            case 1418 -> 55;
            default -> 0; // (11, 5): from the first row
        };
    }

    /** Reads the next page; false at the end of the file. */
    private boolean loadPage() throws IOException, ImportException {
        pageOffset = pageLoaded ? pageOffset + pageSize : pageSize; // the first page follows the header
        int n = in.readNBytes(page, 0, pageSize);
        if (n == 0) {
            havePage = false;
            return false;
        }
        if (n < pageSize) {
            throw error(pageOffset + n, "the file ends inside a page (" + n + " of " + pageSize + " bytes)");
        }
        pageLoaded = true;
        havePage = true;
        rowInPage = 0;
        if (paged) {
            int pageType = Byte.toUnsignedInt(page[0]);
            if (version >= 14 && pageType != type + 1) {
                throw error(pageOffset, "page type " + pageType + ", expected " + (type + 1));
            }
            int used = Short.toUnsignedInt(pageBuffer.getShort(2));
            int bits = 0;
            int capacity = rowSize(version, type) == 0 ? 0 : (pageSize - rowStart - 1) / rowSize(version, type);
            for (int i = 0; i < capacity; i++) {
                bits += (page[4 + i / 8] >> (i % 8)) & 1;
            }
            if (version >= 14 && used != bits) {
                throw error(pageOffset + 2, "the page says " + used + " rows are in use, its bitmap marks " + bits);
            }
        }
        return true;
    }

    /** The next row in use, or null at the end of the file. Its bytes stay valid until the next call. */
    ByteBuffer next() throws IOException, ImportException {
        while (!end) {
            if (!havePage || rowInPage >= rowsPerPage) {
                if (!loadPage()) {
                    end = true;
                    return null;
                }
            }
            int k = rowInPage++;
            int at = rowStart + k * rowSize;
            boolean inUse;
            if (paged) {
                inUse = ((page[4 + k / 8] >> (k % 8)) & 1) != 0;
            } else {
                inUse = pageBuffer.getInt(at + 8) != 0;
            }
            if (inUse) {
                row.clear();
                row.put(0, page, at, rowSize);
                rowOffset = pageOffset + at;
                return row;
            }
        }
        return null;
    }

    /** Byte offset of the last row returned, within this member. */
    long rowOffset() {
        return rowOffset;
    }

    ImportException error(long offset, String reason) {
        return new ImportException(file, importer, name + " in the archive, byte " + offset + " (0x" + Long.toHexString(offset) + ")", reason);
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
