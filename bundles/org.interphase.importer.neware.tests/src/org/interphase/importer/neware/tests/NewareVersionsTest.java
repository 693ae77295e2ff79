/*
 * Copyright (c) 2026 the Interphase contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.interphase.importer.neware.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.interphase.data.Column;
import org.interphase.data.Dataset;
import org.interphase.data.DatasetBuilder;
import org.interphase.data.Datasets;
import org.interphase.importer.ImportException;
import org.interphase.importer.ImportResult;
import org.interphase.importer.Importer;
import org.interphase.importer.Importers;
import org.interphase.importer.neware.NdaImporter;
import org.interphase.importer.neware.NdaxImporter;
import org.interphase.importer.neware.NdcImporter;
import org.interphase.testdata.TestCorpus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Neware versions and variants no real file in testdata/ has: SYNTHETIC files written to the byte layouts of
 * fastnda 1.3 (fastnda/nda.py {@code _read_nda_N}, fastnda/_ndc/*.py), with the values its own synthetic tests
 * (tests/test_synthetic_nda.py) put in and assert, converted to SI; and bare .ndc folders made from the REAL archives
 * of testdata/ (they must read as the archives do).
 */
class NewareVersionsTest {

    @TempDir
    Path folder;

    private static Dataset read(Importer importer, Path file) throws ImportException {
        DatasetBuilder builder = Datasets.inMemory();
        importer.read(file, builder, null);
        return builder.build();
    }

    private static double[] values(Dataset d, String column) {
        return d.column(column).orElseThrow().toArray();
    }

    private static void assertValues(double[] expected, Dataset d, String column, double tolerance) {
        double[] actual = values(d, column);
        assertEquals(expected.length, actual.length, column + " rows");
        for (int i = 0; i < expected.length; i++) {
            assertEquals(expected[i], actual[i], tolerance, column + " row " + i);
        }
    }

    private static boolean warns(Dataset d, String text) {
        return d.warnings().stream().anyMatch(w -> w.what().contains(text));
    }

    /**
     * The header of .nda versions 1-29 as fastnda's tests build it (_nda_1_29_header): NEWARE, the version at 14, a
     * device block (begin, length u32 at 16, 20) holding the channel's current range at +26, the data block (begin,
     * length u32 at 64, 68; length 0: to the end of the file).
     */
    private static ByteBuffer ndaHeader(int version, int deviceAt, int dataBegin, int dataLength, int range) {
        ByteBuffer b = ByteBuffer.allocate(deviceAt + 42).order(ByteOrder.LITTLE_ENDIAN);
        b.put(0, "NEWARE".getBytes(java.nio.charset.StandardCharsets.US_ASCII)).put(14, (byte) version);
        b.putInt(16, deviceAt).putInt(20, 42).putInt(64, dataBegin).putInt(68, dataLength).putInt(deviceAt + 26, range);
        return b;
    }

    /** Records of a length, each filled by the function from a little-endian buffer. */
    private static byte[] records(int length, int count, java.util.function.BiConsumer<Integer, ByteBuffer> fill) {
        ByteBuffer all = ByteBuffer.allocate(length * count).order(ByteOrder.LITTLE_ENDIAN);
        for (int k = 0; k < count; k++) {
            ByteBuffer r = ByteBuffer.allocate(length).order(ByteOrder.LITTLE_ENDIAN);
            fill.accept(k, r);
            all.put(k * length, r.array());
        }
        return all.array();
    }

    private Path file(String name, byte[]... parts) throws IOException {
        int n = 0;
        for (byte[] p : parts) {
            n += p.length;
        }
        ByteBuffer b = ByteBuffer.allocate(n);
        for (byte[] p : parts) {
            b.put(p);
        }
        Path f = folder.resolve(name);
        Files.write(f, b.array());
        return f;
    }

    // --- .nda versions (fastnda's tests/test_synthetic_nda.py: the same records, the values it asserts in SI) ---

    /** fastnda TestReadNda1: 38-byte records without identifier, status 4 of nda 1's enumeration is CC_DChg (2). */
    @Test
    void nda1() throws Exception {
        byte[] data = records(38, 2, (k, r) -> r.putInt(0, k + 1).putInt(4, k).put(8, (byte) (k + 1)).put(9, (byte) (k == 0 ? 1 : 4))
                .putInt(10, 10 * (k + 1)).putInt(14, k == 0 ? 36000 : 35000).putInt(18, k == 0 ? 200000 : -150000)
                .putLong(30, k == 0 ? 1800000 : 900000));
        Dataset d = read(new NdaImporter(), file("v1.nda", ndaHeader(1, 72, 114, 0, 6000).array(), data));
        assertValues(new double[] { 1, 2 }, d, "Status", 0);
        assertValues(new double[] { 10, 20 }, d, "Step time", 0);
        assertValues(new double[] { 3.6, 3.5 }, d, "Voltage", 1e-12);
        assertValues(new double[] { 20, -15 }, d, "Current", 1e-12); // fastnda: 20000 and -15000 mA (range 6000: 0.1 mA)
        assertValues(new double[] { 180, 0 }, d, "Charge capacity", 1e-9); // fastnda: 50 mAh
        assertValues(new double[] { 0, 90 }, d, "Discharge capacity", 1e-9); // fastnda: -25 mAh
        assertValues(new double[] { 1, 2 }, d, "Cycle (file)", 0);
        assertEquals("struct 1, 38-byte records", d.metadata().get("nda_record_layout"));
        assertTrue(warns(d, "no real file of this version has been checked"), d.warnings().toString());
    }

    /** fastnda TestReadNda2: identifier 0 marks data, a leading 255 record is a marker; the position is the index. */
    @Test
    void nda2() throws Exception {
        byte[] data = records(39, 3, (k, r) -> {
            if (k == 0) {
                r.put(0, (byte) 0xFF).put(9, (byte) 9).put(10, (byte) 9).putInt(11, 99999).putInt(15, -99999999).putInt(19, 99999999)
                        .putLong(31, 99999999);
                return;
            }
            r.putInt(5, 1).put(9, (byte) (int) k).put(10, (byte) (int) k).putInt(11, 10 * k).putInt(15, k == 1 ? 36000 : 35000)
                    .putInt(19, k == 1 ? 200000 : -150000).putLong(31, k == 1 ? 1800000 : 900000);
        });
        Dataset d = read(new NdaImporter(), file("v2.nda", ndaHeader(2, 72, 114, 0, 10).array(), data));
        assertValues(new double[] { 1, 2 }, d, "Index", 0);
        assertValues(new double[] { 10, 20 }, d, "Step time", 0);
        assertValues(new double[] { 0.2, -0.15 }, d, "Current", 1e-12); // range 10: 1e-3 mA per count
        assertValues(new double[] { 1.8, 0 }, d, "Charge capacity", 1e-12); // 0.5 mAh
        assertValues(new double[] { 0, 0.9 }, d, "Discharge capacity", 1e-12);
    }

    /** fastnda TestReadNda5 with version 8 (BTS 7.x; confirmed on real files by fastnda): 59-byte records after a 0xFF record. */
    private static byte[] nda8Records() {
        byte[] opening = new byte[59];
        opening[0] = (byte) 0xFF;
        opening[1] = 1;
        byte[] data = records(59, 2, (k, r) -> r.putInt(1, k + 1).putInt(5, 1).put(9, (byte) (k + 1)).put(10, (byte) (k + 1))
                .putInt(11, 10 * (k + 1)).putInt(15, k == 0 ? 36000 : 35000).putInt(19, k == 0 ? 200000 : -150000)
                .putLong(31, k == 0 ? 1800000 : 900000).putLong(39, k == 0 ? 3600000 : 1800000).putLong(47, 1_700_000_000L + 10 * k));
        return ByteBuffer.allocate(59 * 3).put(opening).put(data).array();
    }

    private static void assertNda8(Dataset d) {
        assertEquals("8", d.metadata().get("nda_version"));
        assertValues(new double[] { 1, 2 }, d, "Index", 0);
        assertValues(new double[] { 1, 1 }, d, "Cycle (file)", 0); // 1-based in versions 6 and 8
        assertValues(new double[] { 10, 20 }, d, "Step time", 0);
        assertValues(new double[] { 3.6, 3.5 }, d, "Voltage", 1e-12);
        assertValues(new double[] { 0.2, -0.15 }, d, "Current", 1e-12);
        assertValues(new double[] { 1.8, 0 }, d, "Charge capacity", 1e-12); // 0.5 mAh
        assertValues(new double[] { 0, 0.9 }, d, "Discharge capacity", 1e-12); // -0.25 mAh
        assertValues(new double[] { 3.6, 0 }, d, "Charge energy", 1e-12); // 1 mWh
        assertValues(new double[] { 0, 1.8 }, d, "Discharge energy", 1e-12); // -0.5 mWh
        assertValues(new double[] { 1_700_000_000, 1_700_000_010 }, d, "Timestamp", 0);
        assertFalse(warns(d, "no real file of this version"), d.warnings().toString());
    }

    @Test
    void nda8FromTheHeaderPointerAndByItsOpeningRecord() throws Exception {
        assertNda8(read(new NdaImporter(), file("v8.nda", ndaHeader(8, 72, 114, 0, 10).array(), nda8Records())));
        // a header whose data pointer is 0: the block is found by its opening record (0xFF, index 1), with a warning
        Dataset d = read(new NdaImporter(), file("v8-search.nda", ndaHeader(8, 72, 0, 0, 10).array(), nda8Records()));
        assertNda8(d);
        assertTrue(warns(d, "found by its opening record"), d.warnings().toString());
    }

    /** fastnda TestReadNda14 with version 22 (confirmed on real files by fastnda): 86-byte records with a Unix time. */
    @Test
    void nda22() throws Exception {
        byte[] opening = new byte[86];
        opening[0] = (byte) 0xAA;
        opening[2] = 1;
        byte[] data = records(86, 2, (k, r) -> r.put(0, (byte) 0x55).putInt(2, k + 1).putShort(10, (short) (k + 1)).put(12, (byte) (k + 1))
                .put(13, (byte) (k == 0 ? 113 : 0)).putLong(14, 10000L * (k + 1)).putInt(22, k == 0 ? 36000 : 35000)
                .putInt(26, k == 0 ? 20000 : -15000).putLong(38, k == 0 ? 180000 : 0).putLong(46, k == 0 ? 0 : 90000)
                .putLong(54, k == 0 ? 360000 : 0).putLong(62, k == 0 ? 0 : 180000).putLong(70, 1_700_000_000L + 10 * k).putInt(78, 100));
        Dataset d = read(new NdaImporter(), file("v22.nda", ndaHeader(22, 72, 114, 86 * 3, 0).array(), opening, data));
        assertEquals("struct 14, 86-byte records", d.metadata().get("nda_record_layout"));
        assertValues(new double[] { 10, 20 }, d, "Step time", 1e-12);
        assertValues(new double[] { 3.6, 3.5 }, d, "Voltage", 1e-12);
        assertValues(new double[] { 0.2, -0.15 }, d, "Current", 1e-12); // record range 100: 0.01 mA per count
        assertValues(new double[] { 1.8, 0 }, d, "Charge capacity", 1e-12);
        assertValues(new double[] { 0, 0.9 }, d, "Discharge capacity", 1e-12);
        assertValues(new double[] { 3.6, 0 }, d, "Charge energy", 1e-12);
        assertValues(new double[] { 0, 1.8 }, d, "Discharge energy", 1e-12);
        assertValues(new double[] { 1_700_000_000, 1_700_000_010 }, d, "Timestamp", 0);
        assertValues(new double[] { 1, 1 }, d, "Cycle (file)", 0);
        assertValues(new double[] { 1, 2 }, d, "Step count", 0);
        assertFalse(warns(d, "no real file of this version"), d.warnings().toString());
        assertEquals("1", d.metadata().get("records_without_data")); // the opening record
    }

    /**
     * fastnda TestReadNda11 (versions 11-13, 15, 18): 69-byte records with a current range (0: the header's) and an
     * auxiliary block (begin, length at 72, 76) of 69-byte 0x65 records, temperature at 33 in 0.1 degC.
     */
    @Test
    void nda11WithAuxiliaryBlockAndHeaderRangeFallback() throws Exception {
        ByteBuffer head = ndaHeader(11, 80, 122, 69 * 2, 10);
        byte[] data = records(69, 2, (k, r) -> r.put(0, (byte) 0x55).putInt(2, k + 1).putShort(10, (short) (k + 1)).put(12, (byte) (k + 1))
                .putLong(13, 10000L * (k + 1)).putInt(21, k == 0 ? 36000 : 35000).putInt(25, k == 0 ? 20000 : -15000)
                .putLong(37, k == 0 ? 180000 : 90000).putLong(45, k == 0 ? 360000 : 180000).putLong(53, 1_700_000_000L + 10 * k)
                .putInt(61, k == 0 ? 100 : 0));
        byte[] aux = records(69, 1, (k, r) -> r.put(0, (byte) 0x65).put(1, (byte) 1).putInt(2, 1).putShort(33, (short) 253));
        head.putInt(72, 122 + 69 * 2).putInt(76, 69);
        Dataset d = read(new NdaImporter(), file("v11.nda", head.array(), data, aux));
        assertValues(new double[] { 10, 20 }, d, "Step time", 1e-12);
        // record 1: its range 100 (0.01 mA per count); record 2: range 0, the header's 10 (1e-3 mA per count)
        assertValues(new double[] { 0.2, -0.015 }, d, "Current", 1e-12);
        assertValues(new double[] { 1.8, 0 }, d, "Charge capacity", 1e-12);
        assertValues(new double[] { 0, 0.09 }, d, "Discharge capacity", 1e-12);
        double[] t = values(d, "T1");
        assertEquals(25.3 + 273.15, t[0], 1e-9);
        assertTrue(Double.isNaN(t[1]));
        assertTrue(warns(d, "no real file of this version has been checked"));
    }

    /** fastnda TestReadNda129: 88-byte records of floats (V, mA, mA·s, mW·s), step time in s + ns, Unix time in µs. */
    @Test
    void nda129() throws Exception {
        ByteBuffer head = ByteBuffer.allocate(98).order(ByteOrder.LITTLE_ENDIAN);
        head.put(0, "NEWARE".getBytes(java.nio.charset.StandardCharsets.US_ASCII)).put(14, (byte) 129).putLong(82, 98).putLong(90, 176);
        byte[] data = records(88, 2, (k, r) -> r.put(0, (byte) (k == 0 ? 0x55 : 0)).putInt(12, k + 1).put(20, (byte) (k + 1))
                .put(21, (byte) (k + 1)).putInt(28, 10 * (k + 1)).putInt(32, k == 0 ? 500_000_000 : 250_000_000)
                .putFloat(36, k == 0 ? 3.6f : 3.5f).putFloat(40, k == 0 ? 200f : -150f).putFloat(52, k == 0 ? 1800f : 0)
                .putFloat(56, k == 0 ? 3600f : 0).putFloat(60, k == 0 ? 0 : 900f).putFloat(64, k == 0 ? 0 : 1800f)
                .putLong(68, 1_700_000_000_000_000L + 10_000_000L * k));
        Dataset d = read(new NdaImporter(), file("v129.nda", head.array(), data));
        assertValues(new double[] { 10.5, 20.25 }, d, "Step time", 1e-9);
        assertValues(new double[] { 3.6f, 3.5f }, d, "Voltage", 0);
        assertValues(new double[] { 0.2, -0.15 }, d, "Current", 1e-9);
        assertValues(new double[] { 1.8, 0 }, d, "Charge capacity", 1e-9);
        assertValues(new double[] { 3.6, 0 }, d, "Charge energy", 1e-9);
        assertValues(new double[] { 0, 0.9 }, d, "Discharge capacity", 1e-9);
        assertValues(new double[] { 0, 1.8 }, d, "Discharge energy", 1e-9);
        assertValues(new double[] { 1_700_000_000, 1_700_000_010 }, d, "Timestamp", 1e-6);
    }

    @Test
    void truncatedLegacyBlockIsAnError() throws Exception {
        byte[] records = nda8Records();
        Path f = file("v8-cut.nda", ndaHeader(8, 72, 114, records.length, 10).array(), java.util.Arrays.copyOf(records, records.length - 20));
        ImportException e = assertThrows(ImportException.class, () -> read(new NdaImporter(), f));
        assertTrue(e.reason().contains("truncated"), e.getMessage());
    }

    // --- tolerance on the real files: unknown status codes and record types are warnings ---

    @Test
    void unknownStatusAndRecordTypeOfARealFileAreWarnings() throws Exception {
        byte[] bytes = Files.readAllBytes(TestCorpus.file("neware-nda/new_nda_file.nda"));
        ByteBuffer b = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        int begin = b.getInt(64);
        int first = begin + 86; // the block opens with an 0xAA record; the data records follow
        assertEquals(0x55, bytes[first]);
        int end = begin + b.getInt(68); // the header's data length
        int last = first;
        for (int at = first; at + 86 <= end; at += 86) {
            if (bytes[at] == 0x55) {
                last = at; // the last data record
            }
        }
        bytes[first + 12] = 99; // status of record 1
        bytes[last] = 0x77; // identifier of the last record: a record of another kind after the data
        Path f = folder.resolve("mutated.nda");
        Files.write(f, bytes);
        Dataset d = read(new NdaImporter(), f);
        assertEquals(438, d.rows()); // 439 less the record of unknown type
        assertEquals(99, values(d, "Status")[0]);
        assertTrue(warns(d, "status code 99 is not in Neware's table"), d.warnings().toString());
        assertTrue(warns(d, "1 record(s) of a type this importer does not know (first: identifier 0x77)"), d.warnings().toString());
        assertTrue(d.metadata().get("state_codes").contains("99=unknown"));
    }

    /** A record of unknown identifier where the indexes say a data record belongs (a damaged identifier) is an error. */
    @Test
    void anUnknownRecordInTheIndexSequenceIsAnError() throws Exception {
        byte[] bytes = Files.readAllBytes(TestCorpus.file("neware-nda/new_nda_file.nda"));
        int first = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN).getInt(64) + 86;
        bytes[first + 86] = 0x77; // identifier of record 2
        Path f = folder.resolve("damaged.nda");
        Files.write(f, bytes);
        ImportException e = assertThrows(ImportException.class, () -> read(new NdaImporter(), f));
        assertTrue(e.reason().contains("stands where data record index 2 is expected"), e.getMessage());
        assertEquals("byte " + (first + 86) + " (0x" + Integer.toHexString(first + 86) + ")", e.location());
    }

    /** A header whose data length was not updated (a file copied while its test ran): the records that follow are read. */
    @Test
    void recordsAfterAStaleHeaderLengthAreReadAndTrailingBytesWarned() throws Exception {
        Path real = TestCorpus.file("neware-nda/new_nda_file.nda");
        byte[] bytes = Files.readAllBytes(real);
        ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN).putInt(68, ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN).getInt(68) - 86 * 10);
        Path stale = folder.resolve("stale.nda");
        Files.write(stale, bytes);
        Dataset d = read(new NdaImporter(), stale);
        assertSameData(read(new NdaImporter(), real), d);
        assertTrue(warns(d, "10 record(s) after the data block the header declares"), d.warnings().toString());

        byte[] garbage = java.util.Arrays.copyOf(Files.readAllBytes(real), (int) Files.size(real) + 100);
        java.util.Arrays.fill(garbage, garbage.length - 100, garbage.length, (byte) 0x33);
        Path trailing = folder.resolve("trailing.nda");
        Files.write(trailing, garbage);
        Dataset t = read(new NdaImporter(), trailing);
        assertEquals(439, t.rows());
        assertTrue(warns(t, "100 byte(s) after the data block not read"), t.warnings().toString());
    }

    // --- BTSDA CSV with the columns fastnda's btsda.py asks for (smallest units, no DataPoint, Windows "ANSI") ---

    @Test
    void btsdaCsvInSmallestUnitsWithoutDataPoint() throws Exception {
        String text = "Cycle Index,Step Index,Step Type,Time,Total Time,Current(\u00b5A),Voltage(mV),Capacity(mAs),Energy(mWs),Date,"
                + "Step start and end identification \r\n"
                + "1,1,CC Chg,00:00:01.500,00:00:01.500,1000.5,3600.1,1.5,5.4,2024-01-02 03:04:05.500,0\r\n"
                + "1,2,Rest,00:00:00.000,00:00:01.600,0,3599.0,0,0,2024-01-02 03:04:05.600,1\r\n"
                + "1,3,DCIR,00:00:00.100,00:00:01.700,-500,3590,0,0,2024-01-02 03:04:05.700,\r\n";
        Path f = folder.resolve("btsda.csv");
        Files.write(f, text.getBytes(java.nio.charset.Charset.forName("windows-1252"))); // the byte 0xB5 for the micro sign
        ImportResult result = Importers.read(f, null);
        assertEquals("neware.csv", result.importer().id());
        Dataset d = result.dataset();
        assertValues(new double[] { 1, 2, 3 }, d, "Index", 0);
        assertValues(new double[] { 1000.5e-6, 0, -500e-6 }, d, "Current", 1e-15);
        assertValues(new double[] { 3.6001, 3.599, 3.59 }, d, "Voltage", 1e-12);
        assertValues(new double[] { 1.5e-3, 0, 0 }, d, "Capacity", 1e-15);
        assertValues(new double[] { 5.4e-3, 0, 0 }, d, "Energy", 1e-15);
        assertValues(new double[] { 1.5, 1.6, 1.7 }, d, "Test time", 1e-12);
        assertValues(new double[] { 1, 4, 1000 }, d, "Status", 0);
        assertTrue(d.metadata().get("state_codes").contains("1000=DCIR"), d.metadata().get("state_codes"));
        assertTrue(warns(d, "step type 'DCIR' is not in Neware's table"), d.warnings().toString());
        assertTrue(warns(d, "no DataPoint column"), d.warnings().toString());
        assertEquals(java.time.LocalDateTime.of(2024, 1, 2, 3, 4, 5).toEpochSecond(java.time.ZoneOffset.UTC) + 0.5, values(d, "Timestamp")[0], 1e-6);
    }

    // --- ndc versions (fastnda/_ndc: ndc_main, ndc_runinfo, ndc_step, ndc_aux) ---

    /** A step row of 37 (versions 6-14) or 100 (16, 17) bytes: cycle (0-based) at 0, step at 4, status at 24. */
    private static byte[] step(int size, int cycle, int step, int status) {
        ByteBuffer r = ByteBuffer.allocate(size).order(ByteOrder.LITTLE_ENDIAN);
        r.putInt(0, cycle).putInt(4, step).put(24, (byte) status);
        return r.array();
    }

    /**
     * Versions with voltage and current in data.ndc and the rest in data_runInfo.ndc: each version's scales (0.1 mV and
     * mA with mA·s for 9, 13, 16; V and A with A·h for 8, 12) and run-information offsets (8: index at 38).
     */
    @Test
    void ndcSplitVersions8To16() throws Exception {
        for (int version : new int[] { 8, 9, 12, 13, 16 }) {
            boolean milli = version == 9 || version == 13 || version == 16;
            int infoSize = switch (version) {
                case 8 -> 42;
                case 9 -> 45;
                case 12 -> 47;
                case 13 -> 55;
                default -> 100;
            };
            int o = version == 8 ? -3 : 0;
            List<byte[]> data = new ArrayList<>();
            List<byte[]> info = new ArrayList<>();
            for (int k = 0; k < 10; k++) {
                ByteBuffer r = ByteBuffer.allocate(8).order(ByteOrder.LITTLE_ENDIAN);
                r.putFloat(0, milli ? 36000f + k : 3.6f + k * 1e-4f).putFloat(4, milli ? 100f : 0.1f);
                data.add(r.array());
            }
            for (int k : new int[] { 0, 4, 9 }) { // run information for records 1, 5 and 10
                ByteBuffer r = ByteBuffer.allocate(infoSize).order(ByteOrder.LITTLE_ENDIAN);
                r.putInt(0, 2000 * k).putFloat(5, milli ? 200f * k : 200f * k / 3.6e6f).putFloat(13, milli ? 720f * k : 720f * k / 3.6e6f);
                r.putInt(33 + o, 1_600_000_000 + 2 * k).putInt(37 + o, 1).putInt(41 + o, k + 1);
                if (version >= 11) {
                    r.putShort(45, (short) 250);
                }
                info.add(r.array());
            }
            List<byte[]> aux = new ArrayList<>();
            for (int k = 0; k < 10; k++) {
                ByteBuffer a = ByteBuffer.allocate(milli ? 7 : 4).order(ByteOrder.LITTLE_ENDIAN);
                if (milli) { // 0x65 rows: voltage (0.1 mV) at 1, temperature (0.1 degC) at 5
                    a.put(0, (byte) 0x65).putFloat(1, 12345f).putShort(5, (short) (250 + k));
                } else { // one float, its quantity by TestInfo.xml's ChlType (none here: an Aux column)
                    a.putFloat(0, 25f + k);
                }
                aux.add(a.array());
            }
            Map<String, byte[]> members = new LinkedHashMap<>();
            members.put("data.ndc", NewareImportTest.ndc(1, version, 8, data));
            members.put("data_runInfo.ndc", NewareImportTest.ndc(18, version, infoSize, info));
            members.put("data_step.ndc", NewareImportTest.ndc(7, version, version >= 16 ? 100 : 37, List.of(step(version >= 16 ? 100 : 37, 0, 3, 1))));
            members.put("data_AUX_1_3_1.ndc", NewareImportTest.ndc(5, version, milli ? 7 : 4, aux));
            Dataset d = read(new NdaxImporter(), NewareImportTest.ndax(folder, "v" + version + ".ndax", members));
            String v = "ndc " + version;
            assertEquals(10, d.rows(), v);
            assertEquals(3.6009, values(d, "Voltage")[9], 1e-6, v);
            assertEquals(0.1, values(d, "Current")[0], 1e-7, v);
            assertEquals(6.0, values(d, "Step time")[3], 1e-9, v); // between 0 s (record 1) and 8 s (record 5)
            assertEquals(0.6, values(d, "Charge capacity")[3], 1e-6, v); // 600 mA·s
            assertEquals(2.16, values(d, "Charge energy")[3], 1e-6, v);
            assertEquals(1_600_000_000 + 6 + (version >= 11 ? 0.25 : 0), values(d, "Timestamp")[3], 1e-6, v);
            assertEquals(3, values(d, "Step")[0], v);
            if (milli) {
                assertEquals(1.2345, values(d, "V1")[2], 1e-9, v);
                assertEquals(25.2 + 273.15, values(d, "T1")[2], 1e-9, v);
            } else {
                assertEquals(27, values(d, "Aux1")[2], 0, v);
            }
            assertEquals(version != 16, warns(d, "no real file of this version has been checked"), v + " " + d.warnings());
        }
    }

    /** Version 6 (fastnda read_ndc_main_6): 38-byte main rows with step time, V, A, A·h, W·h, Unix time and step counter. */
    @Test
    void ndc6WholeRowsWithSteps() throws Exception {
        List<byte[]> data = new ArrayList<>();
        for (int k = 0; k < 4; k++) {
            ByteBuffer r = ByteBuffer.allocate(38).order(ByteOrder.LITTLE_ENDIAN);
            int stepCounter = k < 2 ? 7 : 8;
            r.putInt(0, 1000 * (k % 2)).putFloat(5, 3.6f).putFloat(9, k < 2 ? 0.5f : -0.5f).putFloat(13, k < 2 ? k / 3600f : 0)
                    .putFloat(17, k < 2 ? 0 : (k - 2) / 3600f).putInt(30, 1_650_000_000 + k).putInt(34, stepCounter);
            data.add(r.array());
        }
        Map<String, byte[]> members = new LinkedHashMap<>();
        members.put("data.ndc", NewareImportTest.ndc(1, 6, 38, data));
        members.put("data_step.ndc", NewareImportTest.ndc(7, 6, 37, List.of(step(37, 0, 1, 1), step(37, 0, 2, 2))));
        Dataset d = read(new NdaxImporter(), NewareImportTest.ndax(folder, "v6.ndax", members));
        assertValues(new double[] { 1, 1, 2, 2 }, d, "Step", 0);
        assertValues(new double[] { 1, 1, 2, 2 }, d, "Status", 0);
        assertValues(new double[] { 0, 1, 0, 1 }, d, "Step time", 1e-12);
        assertValues(new double[] { 0.5, 0.5, -0.5, -0.5 }, d, "Current", 1e-7);
        assertValues(new double[] { 0, 1, 0, 0 }, d, "Charge capacity", 1e-5);
        assertValues(new double[] { 0, 0, 0, 1 }, d, "Discharge capacity", 1e-5);
        assertValues(new double[] { 1_650_000_000, 1_650_000_001, 1_650_000_002, 1_650_000_003 }, d, "Timestamp", 0);
        assertTrue(warns(d, "ndc version 6"));
    }

    /** Versions 1 and 3 (fastnda read_ndc_main_1): 83-byte whole records, six to a 512-byte page. */
    @Test
    void ndc1WholeRecords() throws Exception {
        List<byte[]> rows = new ArrayList<>();
        for (int k = 0; k < 8; k++) { // more than one page
            ByteBuffer r = ByteBuffer.allocate(83).order(ByteOrder.LITTLE_ENDIAN);
            r.putInt(8, k + 1).putInt(12, 0).put(16, (byte) 1).put(17, (byte) 2).putLong(20, 500L * k).putInt(28, 36000 - k)
                    .putInt(32, -2000).putLong(48, 2000L * k).putShort(72, (short) 2019).put(74, (byte) 5).put(75, (byte) 6)
                    .put(76, (byte) 7).put(77, (byte) 8).put(78, (byte) k).putInt(79, 100);
            rows.add(r.array());
        }
        Dataset d = read(new NdaxImporter(), NewareImportTest.ndax(folder, "v1.ndax", Map.of("data.ndc", NewareImportTest.ndc(1, 1, 83, rows))));
        assertEquals(8, d.rows());
        assertEquals(3.5993, values(d, "Voltage")[7], 1e-12);
        assertEquals(-0.02, values(d, "Current")[7], 1e-12); // range 100: 0.01 mA per count
        assertEquals(3.5, values(d, "Step time")[7], 1e-12);
        assertEquals(0.14, values(d, "Discharge capacity")[7], 1e-12); // 14000 counts of 0.01 mA·s
        assertEquals(java.time.LocalDateTime.of(2019, 5, 6, 7, 8, 7).toEpochSecond(java.time.ZoneOffset.UTC), values(d, "Timestamp")[7]);
    }

    /** An ndc 7 file: fastnda's _make_ndax7_header (column codes, i32 from byte 13) over the rows. */
    private static byte[] ndc7File(int type, int[] codes, int size, List<byte[]> rows) {
        byte[] file = NewareImportTest.ndc(type, 7, size, rows);
        ByteBuffer b = ByteBuffer.wrap(file).order(ByteOrder.LITTLE_ENDIAN);
        for (int i = 0; i < codes.length; i++) {
            b.putInt(13 + 4 * i, codes[i]);
        }
        return file;
    }

    /** fastnda's test_main_7: the columns the header lists, with its values. */
    @Test
    void ndc7ListedColumns() throws Exception {
        int[] codes = { 6, 7, 8, 9, 12, 13, 14, 16, 17, 18, 19, 20, 21, 29, 53 };
        List<byte[]> rows = new ArrayList<>();
        for (int k = 0; k < 2; k++) {
            ByteBuffer r = ByteBuffer.allocate(77).order(ByteOrder.LITTLE_ENDIAN);
            r.putInt(0, k + 1).putInt(4, k).put(8, (byte) (k + 1)).put(9, (byte) (k + 1)).putLong(10, 10000L * (k + 1))
                    .putInt(18, k == 0 ? 36000 : 35000).putInt(22, k == 0 ? 200 : -150).putShort(26, (short) (250 + 10 * k))
                    .putLong(28, k == 0 ? 1800 : 0).putLong(36, k == 0 ? 0 : 900).putLong(44, k == 0 ? 3600 : 0).putLong(52, k == 0 ? 0 : 1800)
                    .putShort(60, (short) 2024).put(62, (byte) 1).put(63, (byte) 2).put(64, (byte) 3).put(65, (byte) 4).put(66, (byte) (5 + k))
                    .putLong(67, 20000L * (k + 1)).putShort(75, (short) (k == 0 ? 500 : 0));
            rows.add(r.array());
        }
        Dataset d = read(new NdaxImporter(), NewareImportTest.ndax(folder, "v7.ndax", Map.of("data.ndc", ndc7File(1, codes, 77, rows))));
        assertValues(new double[] { 1, 2 }, d, "Index", 0);
        assertValues(new double[] { 1, 2 }, d, "Cycle (file)", 0);
        assertValues(new double[] { 10, 20 }, d, "Step time", 0);
        assertValues(new double[] { 3.6, 3.5 }, d, "Voltage", 1e-12);
        assertValues(new double[] { 0.2, -0.15 }, d, "Current", 1e-12);
        assertValues(new double[] { 25 + 273.15, 26 + 273.15 }, d, "T", 1e-9);
        assertValues(new double[] { 1.8, 0 }, d, "Charge capacity", 1e-12); // fastnda: 0.5 mAh
        assertValues(new double[] { 0, 0.9 }, d, "Discharge capacity", 1e-12);
        assertValues(new double[] { 3.6, 0 }, d, "Charge energy", 1e-12);
        assertValues(new double[] { 0, 1.8 }, d, "Discharge energy", 1e-12);
        assertValues(new double[] { 1704164645.5, 1704164646.0 }, d, "Timestamp", 1e-6);
        assertTrue(warns(d, "ndc version 7"));
    }

    @Test
    void ndc7WithAnUnknownColumnCodeIsRefused() throws Exception {
        Path f = NewareImportTest.ndax(folder, "v7x.ndax", Map.of("data.ndc", ndc7File(1, new int[] { 6, 999 }, 8, List.of(new byte[8]))));
        ImportException e = assertThrows(ImportException.class, () -> read(new NdaxImporter(), f));
        assertEquals("data.ndc in the archive, byte 17 (0x11)", e.location());
        assertTrue(e.reason().contains("column code 999 is not known"), e.getMessage());
    }

    /** A BTS 9 (ndc 15) row of fastnda's tests (_make_ndc15_record): flag, step, raw status, index, test time, mA, V, mA·s, mW·s. */
    private static ByteBuffer bts9Row(int size, int step, int status, int index, int seconds, int nanos, float mA, float volts, float cap,
            float energy) {
        ByteBuffer r = ByteBuffer.allocate(size).order(ByteOrder.LITTLE_ENDIAN);
        r.put(2, (byte) step).put(3, (byte) status).putInt(8, index).putInt(12, seconds).putInt(16, nanos).putFloat(20, mA)
                .putFloat(24, volts).putFloat(28, cap).putFloat(32, energy);
        return r;
    }

    /** An ndc 15 main file: fastnda's _make_ndc15_header (row size at 516, column items from 520) over the rows. */
    private static byte[] bts9File(int size, int[][] items, List<byte[]> rows) {
        byte[] file = NewareImportTest.ndc(1, 15, size, rows);
        ByteBuffer b = ByteBuffer.wrap(file).order(ByteOrder.LITTLE_ENDIAN);
        b.putInt(516, size);
        for (int i = 0; i < items.length; i++) {
            b.putInt(520 + 9 * i, items[i][0]).put(524 + 9 * i, (byte) items[i][1]).putInt(525 + 9 * i, items[i][2]);
        }
        return file;
    }

    /** fastnda's test_main_15_fixed: BTS 9 status codes 21 and 22 are CPCV_Chg (27) and CPCV_DChg (26). */
    @Test
    void ndc15FixedColumns() throws Exception {
        List<byte[]> rows = List.of(bts9Row(36, 1, 21, 10, 5, 500_000_000, 123.45f, 3.6f, 1800f, 3600f).array(),
                bts9Row(36, 2, 22, 11, 10, 0, -67.89f, 3.5f, 900f, 1800f).array());
        Dataset d = read(new NdaxImporter(), NewareImportTest.ndax(folder, "v15.ndax", Map.of("data.ndc", bts9File(36, new int[0][], rows))));
        assertValues(new double[] { 10, 11 }, d, "Index", 0);
        assertValues(new double[] { 27, 26 }, d, "Status", 0);
        assertValues(new double[] { 5.5, 10 }, d, "Test time", 1e-9);
        assertValues(new double[] { 0.12345, -0.06789 }, d, "Current", 1e-7);
        assertValues(new double[] { 3.6f, 3.5f }, d, "Voltage", 0);
        assertValues(new double[] { 1.8, 0 }, d, "Charge capacity", 1e-9); // fastnda: 0.5 mAh
        assertValues(new double[] { 0, 0.9 }, d, "Discharge capacity", 1e-9); // -0.25 mAh
        assertValues(new double[] { 3.6, 0 }, d, "Charge energy", 1e-9);
        assertValues(new double[] { 0, 1.8 }, d, "Discharge energy", 1e-9);
        assertValues(new double[] { 1, 2 }, d, "Step count", 0);
        assertTrue(warns(d, "ndc version 15"), d.warnings().toString());
    }

    /** fastnda's test_main_15_dynamic: step time, Unix time, charge capacity and energy from the listed columns; power not read. */
    @Test
    void ndc15ListedColumns() throws Exception {
        ByteBuffer r = bts9Row(72, 1, 1, 100, 5, 0, 100f, 3.7f, 0, 0);
        r.putInt(36, 2).putInt(40, 500_000_000).putInt(44, 1_700_000_000).putInt(48, 250_000_000).putFloat(52, 1800f).putFloat(56, 0)
                .putFloat(60, 123.4f).putFloat(64, 3600f).putFloat(68, 0);
        int[][] items = { { 65, 6, 36 }, { 15, 6, 44 }, { 5, 8, 52 }, { 6, 8, 56 }, { 11, 8, 60 }, { 8, 8, 64 }, { 9, 8, 68 } };
        Dataset d = read(new NdaxImporter(), NewareImportTest.ndax(folder, "v15d.ndax", Map.of("data.ndc", bts9File(72, items, List.of(r.array())))));
        assertValues(new double[] { 100 }, d, "Index", 0);
        assertValues(new double[] { 5 }, d, "Test time", 0);
        assertValues(new double[] { 2.5 }, d, "Step time", 1e-9);
        assertValues(new double[] { 1_700_000_000.25 }, d, "Timestamp", 1e-6);
        assertValues(new double[] { 1.8 }, d, "Charge capacity", 1e-9);
        assertValues(new double[] { 3.6 }, d, "Charge energy", 1e-9);
        assertTrue(warns(d, "column type 11 is not read"), d.warnings().toString());
    }

    // --- bare .ndc files (the real archives of testdata/, unpacked into a folder) ---

    private Path unpack(String corpusFile, String into) throws IOException {
        Path dir = Files.createDirectories(folder.resolve(into));
        try (InputStream in = Files.newInputStream(TestCorpus.file(corpusFile)); ZipInputStream zip = new ZipInputStream(in)) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                Files.copy(zip, dir.resolve(Path.of(e.getName()).getFileName().toString()));
            }
        }
        return dir;
    }

    private static void assertSameData(Dataset expected, Dataset actual) {
        assertEquals(expected.rows(), actual.rows());
        for (Column c : expected.columns()) {
            Column other = actual.column(c.name()).orElseThrow(() -> new AssertionError("no column " + c.name()));
            assertEquals(c.unit(), other.unit(), c.name());
            assertArrayEquals(c.toArray(), other.toArray(), 0, c.name());
        }
    }

    @Test
    void bareNdcFoldersReadAsTheirArchives() throws Exception {
        for (String archive : new String[] { "neware-ndax/123456789012_Unit27_Example_Data_File.ndax",
                "field-reports/neware-ndax/20260302_IFE_BTS85_2_9_8_1.ndax" }) {
            Dataset zipped = read(new NdaxImporter(), TestCorpus.file(archive));
            Path dir = unpack(archive, Path.of(archive).getFileName().toString() + ".d");
            for (String name : new String[] { "data.ndc", "data_runInfo.ndc", "data_step.ndc", "data_log.ndc" }) {
                ImportResult result = Importers.read(dir.resolve(name), null);
                assertEquals("neware.ndc", result.importer().id(), name);
                assertSameData(zipped, result.dataset());
                assertEquals(zipped.metadata().get("barcode"), result.dataset().metadata().get("barcode"));
            }
        }
    }

    @Test
    void bareNdcWithoutItsCompanionsNamesWhatIsMissing() throws Exception {
        Path dir = unpack("neware-ndax/123456789012_Unit27_Example_Data_File.ndax", "partial");
        Files.delete(dir.resolve("data_step.ndc"));
        ImportException e = assertThrows(ImportException.class, () -> read(new NdcImporter(), dir.resolve("data.ndc")));
        assertEquals("byte 2 (0x2)", e.location());
        assertTrue(e.reason().contains("the folder lacks data_step.ndc"), e.getMessage());
        Files.delete(dir.resolve("data.ndc"));
        ImportException main = assertThrows(ImportException.class, () -> read(new NdcImporter(), dir.resolve("data_runInfo.ndc")));
        assertTrue(main.reason().contains("the main data file data.ndc of its test is not beside it"), main.getMessage());
        Files.write(dir.resolve("other.ndc"), new byte[] { 1, 0, 14, 0, 1, 0, 0, 0 });
        ImportException header = assertThrows(ImportException.class, () -> read(new NdcImporter(), dir.resolve("other.ndc")));
        assertTrue(header.reason().contains("ends inside its header"), header.getMessage());
    }
}
