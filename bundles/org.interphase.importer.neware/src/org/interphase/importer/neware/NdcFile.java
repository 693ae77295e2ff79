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
import java.util.Map;
import java.util.Set;

import org.interphase.importer.ImportException;

/**
 * One {@code .ndc} file (a member of an {@code .ndax} archive, or a file of a BTS server's data folder), read row by
 * row. Byte 0 of the file is its type (1 main data, 5 auxiliary channel, 7 steps, 18 run information), byte 2 its
 * version. The (version, type) pairs and row sizes are those of fastnda 1.3 (fastnda/_ndc/ndc.py and the dtypes of
 * ndc_main.py, ndc_aux.py, ndc_step.py, ndc_runinfo.py):
 * <ul>
 * <li>Versions 1 to 4: a 512-byte header, then 512-byte pages with rows from byte 5 (83-byte main rows of versions 1
 * and 3, 94-byte main and auxiliary rows of versions 2 and 4; as many as fit before the page's last byte); a row with
 * index 0 is empty.</li>
 * <li>Versions 5 to 17: a 4096-byte header, then 4096-byte pages: byte 0 the page type (the file type + 1), bytes 2-3
 * the number of rows in use, a bitmap of rows in use from byte 4, rows from byte 132; as many rows as fit before the
 * page's last byte. Main rows: 87 bytes (5), 38 (6: with times and capacities), 8 (8 to 17: voltage and current);
 * auxiliary rows: 87 (5), 4 (6, 8, 12, 14, 17: one float), 7 or 88 by the first row's identifier 0x65 or 0x74 (9, 11,
 * 13), 7 (16); step rows 37 (6 to 14) or 100 (16, 17); run-information rows 42 (8), 45 (9), 47 (11, 12), 55 (13, 14),
 * 100 (16, 17).</li>
 * </ul>
 * Version 15 (BTS 9) main files have 36-byte rows (flag, step, status, index, test time, current, voltage, capacity,
 * energy) followed by the columns the header lists (u32 row size at 516, 9-byte items from 520: i32 column type, u8
 * value type, i32 position), as fastnda's read_ndc_main_15 reads them. Version 7 lists all its columns in its header
 * (i32 codes from byte 13; {@link #COLUMN_SIZES_7}), main and auxiliary files alike (fastnda's read_ndc_main_7).
 */
final class NdcFile implements AutoCloseable {

    static final int MAIN = 1;
    static final int AUX = 5;
    static final int STEP = 7;
    static final int RUN_INFO = 18;

    /** (version, type) pairs this reader knows, as version * 100 + type. */
    static final Set<Integer> SUPPORTED = Set.of(101, 201, 205, 301, 401, 405, 501, 505, 601, 605, 607, 801, 805, 807, 818, 901, 905, 907,
            918, 1101, 1105, 1107, 1118, 1201, 1205, 1207, 1218, 1301, 1305, 1307, 1318, 1401, 1405, 1407, 1418, 1601, 1605, 1607, 1618,
            1501, 1701, 1705, 1707, 1718, 701, 705);
    /** The pairs fastnda confirmed against real files; the others are read with a warning. */
    static final Set<Integer> VERIFIED = Set.of(201, 205, 501, 505, 1101, 1105, 1107, 1118, 1401, 1405, 1407, 1418, 1601, 1605, 1607, 1618,
            1701, 1705, 1707, 1718);

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
    /**
     * Version 7's column codes and sizes (fastnda's _NDC7_FIELDS): 1 flag, 6 index u32, 7 cycle u32, 8 step u8, 9 status
     * u8, 10 step-change counter, 11 work type, 12 step time u64 ms, 13 voltage i32 0.1 mV, 14 current i32 mA, 15 internal
     * resistance, 16 temperature i16 0.1 degC, 17-20 charge and discharge capacity and energy i64 mA·s, mW·s, 21 date
     * (u16 year, u8 month, day, hour, minute, second), 28 current range, 29 total time u64 ms, 51 total capacity, 52 total
     * energy, 53 milliseconds of the date u16.
     */
    static final Map<Integer, Integer> COLUMN_SIZES_7 = Map.ofEntries(Map.entry(1, 1), Map.entry(6, 4), Map.entry(7, 4), Map.entry(8, 1),
            Map.entry(9, 1), Map.entry(10, 1), Map.entry(11, 4), Map.entry(12, 8), Map.entry(13, 4), Map.entry(14, 4), Map.entry(15, 2),
            Map.entry(16, 2), Map.entry(17, 8), Map.entry(18, 8), Map.entry(19, 8), Map.entry(20, 8), Map.entry(21, 7), Map.entry(28, 4),
            Map.entry(29, 8), Map.entry(51, 8), Map.entry(52, 8), Map.entry(53, 2));
    /** Version 7: the offset of each listed column code within a row. */
    final Map<Integer, Integer> columns7 = new java.util.HashMap<>();
    /** The file's header (512 or 4096 bytes). */
    final ByteBuffer header;
    /** For (9, 11, 13, 16; 5): the row layout chosen by the first row's identifier (0x65 or 0x74). */
    final int auxLayout;

    /**
     * @param name where the file is, for messages ("data.ndc in the archive"; "" for the file being imported)
     */
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
            throw error(2, "ndc version " + version + " (file type " + type + ") is not supported; this importer reads the (version, "
                    + "type) pairs " + pairs());
        }
        paged = version >= 5;
        pageSize = paged ? 4096 : 512;
        rowStart = paged ? 132 : 5;
        byte[] rest = paged ? in.readNBytes(4096 - 512) : new byte[0];
        if (paged && rest.length != 4096 - 512) {
            throw error(512, "the file ends inside its 4096-byte header");
        }
        header = ByteBuffer.allocate(head.length + rest.length).order(ByteOrder.LITTLE_ENDIAN).put(head).put(rest).flip();
        page = new byte[pageSize];
        pageBuffer = ByteBuffer.wrap(page).order(ByteOrder.LITTLE_ENDIAN);
        int size = rowSize(version, type);
        if (version == 7) { // the columns in the header: i32 codes from 13, up to 40, ending at 0
            int offset = 0;
            for (int i = 0; i < 40; i++) {
                int code = header.getInt(13 + 4 * i);
                if (code == 0) {
                    break;
                }
                Integer width = COLUMN_SIZES_7.get(code);
                if (width == null) {
                    throw error(13 + 4 * i, "ndc version 7: column code " + code + " is not known, so the columns from it on cannot be "
                            + "located");
                }
                columns7.put(code, offset);
                offset += width;
            }
            if (offset == 0 || offset > 4096 - 133) {
                throw error(13, "ndc version 7: the header lists columns of " + offset + " bytes");
            }
            size = offset;
        }
        if (version == 15) { // BTS 9: the row size in the header (u32 at 516), columns listed from 520
            long declared = Integer.toUnsignedLong(header.getInt(516));
            if (declared < 36 || declared > 4096 - 133) {
                throw error(516, "the declared row size " + declared + " is not between 36 and " + (4096 - 133) + " bytes");
            }
            size = (int) declared;
        }
        int layout = 0;
        if ((version == 9 || version == 11 || version == 13 || version == 16) && type == AUX) {
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
            } else if (layout == 0x74 && version != 16) {
                size = 88;
            } else {
                throw error(pageOffset + rowStart, String.format("auxiliary row identifier 0x%02x unknown (expected 0x65%s)", layout,
                        version == 16 ? "" : " or 0x74"));
            }
        }
        auxLayout = layout;
        rowSize = size;
        rowsPerPage = (pageSize - rowStart - 1) / rowSize; // 5 rows of 94 bytes, 6 of 83 in a 512-byte page
        row = ByteBuffer.allocate(rowSize).order(ByteOrder.LITTLE_ENDIAN);
    }

    private static String pairs() {
        return SUPPORTED.stream().sorted().map(k -> "(" + k / 100 + "," + k % 100 + ")").reduce((a, b) -> a + " " + b).orElse("");
    }

    private static int rowSize(int version, int type) {
        return switch (version * 100 + type) {
            case 101, 301 -> 83;
            case 201, 205, 401, 405 -> 94;
            case 501, 505 -> 87;
            case 601 -> 38;
            case 801, 901, 1101, 1201, 1301, 1401, 1601, 1701 -> 8;
            case 605, 805, 1205, 1405, 1705 -> 4;
            case 1607, 1618, 1707, 1718 -> 100; // the rows of version 14 (37 and 55 bytes) padded to 100
            case 607, 807, 907, 1107, 1207, 1307, 1407 -> 37;
            case 818 -> 42;
            case 918 -> 45;
            case 1118, 1218 -> 47;
            case 1318, 1418 -> 55;
            default -> 0; // (9, 11, 13 or 16, 5): from the first row
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
            int size = version == 15 || version == 7 ? rowSize : rowSize(version, type);
            if (size == 0) { // (9, 11, 13 or 16, 5): by the identifier of the page's first row
                size = page[rowStart] == 0x65 ? 7 : page[rowStart] == 0x74 ? 88 : 0;
            }
            int capacity = size == 0 ? 0 : (pageSize - rowStart - 1) / size;
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
        return new ImportException(file, importer, place(offset), reason);
    }

    /** A place in this file for messages: "data.ndc in the archive, byte 2 (0x2)", or "byte 2 (0x2)" for the imported file. */
    String place(long offset) {
        String bytes = "byte " + offset + " (0x" + Long.toHexString(offset) + ")";
        return name.isEmpty() ? bytes : name + ", " + bytes;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
