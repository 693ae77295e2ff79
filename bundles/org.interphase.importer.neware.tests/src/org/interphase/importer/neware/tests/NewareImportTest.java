/*
 * Copyright (c) 2026 the Interphase contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.interphase.importer.neware.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.interphase.data.Column;
import org.interphase.data.Dataset;
import org.interphase.data.DatasetBuilder;
import org.interphase.data.Datasets;
import org.interphase.data.Metadata;
import org.interphase.data.QuantityKind;
import org.interphase.data.Technique;
import org.interphase.importer.ImportException;
import org.interphase.importer.ImportResult;
import org.interphase.importer.Importer;
import org.interphase.importer.Importers;
import org.interphase.importer.neware.NdaImporter;
import org.interphase.importer.neware.NdaxImporter;
import org.interphase.importer.neware.NewareCsvImporter;
import org.interphase.importer.neware.NewareStatus;
import org.interphase.importer.testing.Mutants;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.interphase.testdata.TestCorpus;

/**
 * The Neware importers against NewareNDA's reference tables (testdata/neware-nda, neware-ndax) and the other
 * Neware files in data/, synthetic files of the layouts docs/formats.md lists but data/ lacks, and bad input.
 * <p>
 * Where the real files disagree with the references or with docs/formats.md (the file wins):
 * <ul>
 * <li>NewareNDA's Time is the step time for version 29 and ndax files but the test time for BTS9.1 files;</li>
 * <li>its Step is a count of steps (our "Step count"); its Cycle the "charge first" count (our "Cycle");</li>
 * <li>its merge repeats the first record of the ndax file, for which data_runInfo.ndc holds two points (t = 0 and
 * 0.1 s); data.ndc has 301 records, so do we;</li>
 * <li>it drops the milliseconds that data_runInfo.ndc stores with each time stamp (we keep them: the timestamps agree
 * within 1 s), and it reads Neware's stored times as UTC although they are the local wall-clock time
 * (TestInfo.xml's StartTime and the date text at the end of TestFile.nda equal them when read as UTC);</li>
 * <li>docs/formats.md says version 29 records are 86 bytes starting 55 00: the file also holds 0xAA records (six in
 * new_nda_file.nda, carrying no measurement) and its data block starts where the header's pointer at byte 64 says;</li>
 * <li>the ndax file holds run information for only 7 of its 301 records: the other times are interpolated (by both).</li>
 * </ul>
 */
class NewareImportTest {

    @TempDir
    Path folder;

    static Path shared(String dir, String file) {
        return TestCorpus.file(String.join("/", dir, file));
    }

    private static Dataset read(Importer importer, Path file) throws ImportException {
        DatasetBuilder builder = Datasets.inMemory();
        importer.read(file, builder, null);
        return builder.build();
    }

    private static void assertEqualsReference(String dir, String stem, String extension, String importer,
            NewareReference.TimeMeaning time, double timestampTolerance) throws Exception {
        ImportResult result = Importers.read(shared(dir, stem + extension), null);
        assertEquals(importer, result.importer().id());
        ReferenceTable reference = ReferenceTable.read(shared(dir, stem + ".reference.tsv"));
        List<String> differences = NewareReference.differences(result.dataset(), reference, time, timestampTolerance,
                NewareStatus.all());
        assertTrue(differences.isEmpty(), String.join("\n", differences));
    }

    @Test
    void version29EqualsNewareNdaReference() throws Exception {
        assertEqualsReference("neware-nda", "new_nda_file", ".nda", "neware.nda", NewareReference.TimeMeaning.STEP_TIME, 0);
    }

    @Test
    void version130Bts91EqualsNewareNdaReference() throws Exception {
        assertEqualsReference("neware-nda", "TestFile", ".nda", "neware.nda", NewareReference.TimeMeaning.TEST_TIME, 1e-6);
    }

    @Test
    void ndaxVersion14EqualsNewareNdaReference() throws Exception {
        assertEqualsReference("neware-ndax", "123456789012_Unit27_Example_Data_File", ".ndax", "neware.ndax",
                NewareReference.TimeMeaning.STEP_TIME, 1.0);
    }

    @Test
    void filesLoadWithTechniqueUnitsAndRows() throws Exception {
        Dataset v29 = read(new NdaImporter(), shared("neware-nda", "new_nda_file.nda"));
        assertEquals(Technique.GALVANOSTATIC_CYCLING, v29.technique());
        assertEquals(439, v29.rows());
        assertEquals("29", v29.metadata().get("nda_version"));
        assertEquals("1=CC_Chg; 2=CC_DChg; 4=Rest", v29.metadata().get("state_codes"));
        assertEquals(1e-6, Double.parseDouble(v29.metadata().get(Metadata.ACTIVE_MASS_KG)), 1e-18); // 1000 µg in the header

        Dataset bts91 = read(new NdaImporter(), shared("neware-nda", "TestFile.nda"));
        assertEquals(6670, bts91.rows());
        assertEquals("BTS9.1, 56-byte records", bts91.metadata().get("nda_record_layout"));
        assertEquals("2024-05-27T08:02:53", bts91.metadata().get(Metadata.START_TIME));
        // record 1 by hand: 55 06 01 04 2b000000 01000000 00000000 80969800 ... voltage 0x40787290, temperature 0x41b84050
        assertEquals(0.01, bts91.column(QuantityKind.TIME).orElseThrow().get(0), 1e-12);
        assertEquals(Float.intBitsToFloat(0x40787290), bts91.column(QuantityKind.POTENTIAL).orElseThrow().get(0), 0);
        assertEquals(Float.intBitsToFloat(0x41b84050) + 273.15, bts91.column("T1").orElseThrow().get(0), 1e-9);

        Dataset ndax = read(new NdaxImporter(), shared("neware-ndax", "123456789012_Unit27_Example_Data_File.ndax"));
        assertEquals(Technique.OPEN_CIRCUIT_VOLTAGE, ndax.technique());
        assertEquals(301, ndax.rows());
        assertEquals("294", ndax.metadata().get("interpolated_rows"));
        assertEquals("device 27, unit 0, channel 81", ndax.metadata().get(Metadata.CHANNEL));
        assertEquals("2024-11-18T12:43:31", ndax.metadata().get("start_time_local"));
        assertEquals("123456789012", ndax.metadata().get("barcode"));
        assertEquals(7, (int) java.util.Arrays.stream(ndax.column("Recorded").orElseThrow().toArray()).sum());

        for (Dataset d : List.of(v29, bts91, ndax)) {
            assertUnits(d);
        }

        Dataset csv = read(new NewareCsvImporter(), shared("neware-csv", "neware_uio.csv"));
        assertEquals(Technique.GALVANOSTATIC_CYCLING, csv.technique());
        assertEquals(9065, csv.rows());
        assertUnits(csv);
        int last = csv.rows() - 1;
        // the last line: 9065,4,13,CC Chg,01:27:00,144:02:18,0.00099171,0.4251,0.00143796,691.33,0.00143796,...
        assertEquals(9065, csv.column("Index").orElseThrow().get(last));
        assertEquals(4, csv.column(QuantityKind.CYCLE_INDEX).orElseThrow().get(last));
        assertEquals(1, csv.column("Status").orElseThrow().get(last)); // CC_Chg
        assertEquals(87 * 60, csv.column(QuantityKind.STEP_TIME).orElseThrow().get(last), 1e-9);
        assertEquals(144 * 3600 + 2 * 60 + 18, csv.column(QuantityKind.TIME).orElseThrow().get(last), 1e-9);
        assertEquals(0.00099171, csv.column(QuantityKind.CURRENT).orElseThrow().get(last), 1e-15);
        assertEquals(0.4251, csv.column(QuantityKind.POTENTIAL).orElseThrow().get(last), 1e-15);
        assertEquals(0.00143796 * 3600, csv.column("Charge capacity").orElseThrow().get(last), 1e-12);
        assertEquals(691.33 * 3600, csv.column("Charge specific capacity").orElseThrow().get(last), 1e-9); // mAh/g -> C/kg
        assertEquals("C/kg", csv.column("Charge specific capacity").orElseThrow().unit());
        assertEquals(2943.1307 * 3600, csv.column("dQm/dV").orElseThrow().get(last), 1e-6); // mAh/(V g) -> C/(V kg)
        assertEquals(6.1217 * 3.6, csv.column("dQ/dV").orElseThrow().get(last), 1e-12); // mAh/V -> C/V
        assertEquals("2022-05-18T16:27:52", csv.metadata().get(Metadata.START_TIME));
        assertEquals("0=Close", csv.metadata().get("Module start-stop switch_codes"));
    }

    private static void assertUnits(Dataset d) {
        Map<QuantityKind, String> expected = Map.of(QuantityKind.TIME, "s", QuantityKind.STEP_TIME, "s", QuantityKind.POTENTIAL, "V",
                QuantityKind.CURRENT, "A", QuantityKind.CHARGE, "C", QuantityKind.ENERGY, "J", QuantityKind.TEMPERATURE, "K");
        for (Column c : d.columns()) {
            if (expected.containsKey(c.kind())) {
                assertEquals(expected.get(c.kind()), c.unit(), c.name());
            }
        }
        assertTrue(d.column(QuantityKind.CURRENT).isPresent() && d.column(QuantityKind.POTENTIAL).isPresent());
    }

    // --- synthetic files of the layouts data/ has no example of (written from docs/formats.md and the readers it names) ---

    @Test
    void version130Bts90RecordsOf88Bytes() throws Exception {
        int n = 3;
        ByteBuffer b = ByteBuffer.allocate(1024 + n * 88).order(ByteOrder.LITTLE_ENDIAN);
        b.put(0, "NEWARE20230101".getBytes(StandardCharsets.US_ASCII));
        b.put(14, (byte) 130);
        b.putLong(82, 1024).putLong(90, n * 88L);
        for (int k = 0; k < n; k++) {
            int r = 1024 + k * 88;
            b.put(r, (byte) 0x1b).put(r + 1, (byte) 2).put(r + 2, (byte) 3).put(r + 3, (byte) 4).put(r + 4, (byte) 0x55);
            b.put(r + 9, (byte) 2).put(r + 10, (byte) 1); // step 2, CC_Chg
            b.putInt(r + 16, k + 1);
            b.putLong(r + 28, 1_500_000L * k); // µs
            b.putFloat(r + 36, 3.5f + 0.1f * k).putFloat(r + 40, 250f); // V, mA
            b.putFloat(r + 52, 375f * k).putFloat(r + 56, 1300f * k); // mA·s, mW·s
            b.putLong(r + 68, 1_700_000_000_000_000L + 1_500_000L * k); // µs since 1970
        }
        Path file = folder.resolve("bts90.nda");
        Files.write(file, b.array());
        Dataset d = read(new NdaImporter(), file);
        assertEquals("BTS9.0, 88-byte records", d.metadata().get("nda_record_layout"));
        assertEquals(3, d.rows());
        assertEquals(3.0, d.column(QuantityKind.STEP_TIME).orElseThrow().get(2), 1e-12);
        assertEquals(0.25, d.column(QuantityKind.CURRENT).orElseThrow().get(1), 1e-9);
        assertEquals(0.75, d.column("Charge capacity").orElseThrow().get(2), 1e-9); // 750 mA·s
        assertEquals(2.6, d.column("Charge energy").orElseThrow().get(2), 1e-9); // 2600 mW·s
        assertEquals(1_700_000_003.0, d.column("Timestamp").orElseThrow().get(2), 1e-6);
        assertEquals(Technique.GALVANOSTATIC_CYCLING, d.technique());
    }

    /** An ndc file: the header page (type at byte 0, version at byte 2) and pages of rows. */
    static byte[] ndc(int type, int version, int rowSize, List<byte[]> rows) {
        boolean paged = version >= 5;
        int pageSize = paged ? 4096 : 512;
        int start = paged ? 132 : 5;
        int perPage = (pageSize - start - 1) / rowSize;
        int pages = Math.max(1, (rows.size() + perPage - 1) / perPage);
        ByteBuffer b = ByteBuffer.allocate(pageSize * (1 + pages)).order(ByteOrder.LITTLE_ENDIAN);
        b.put(0, (byte) type).put(2, (byte) version);
        for (int k = 0; k < rows.size(); k++) {
            int page = pageSize * (1 + k / perPage);
            int slot = k % perPage;
            b.put(page + start + slot * rowSize, rows.get(k));
            if (paged) {
                b.put(page, (byte) (type + 1));
                b.putShort(page + 2, (short) (b.getShort(page + 2) + 1));
                b.put(page + 4 + slot / 8, (byte) (b.get(page + 4 + slot / 8) | (1 << (slot % 8))));
            }
        }
        return b.array();
    }

    private Path ndax(String name, Map<String, byte[]> members) throws IOException {
        return ndax(folder, name, members);
    }

    /** A ZIP archive of the members, in that order. */
    static Path ndax(Path folder, String name, Map<String, byte[]> members) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, byte[]> e : members.entrySet()) {
                zip.putNextEntry(new ZipEntry(e.getKey()));
                zip.write(e.getValue());
                zip.closeEntry();
            }
        }
        Path file = folder.resolve(name);
        Files.write(file, bytes.toByteArray());
        return file;
    }

    private static final String TEST_INFO = "<?xml version=\"1.0\" encoding=\"GB2312\"?>\n<root><config type=\"Test Info File\">"
            + "<TestInfo DevID=\"3\" UnitID=\"1\" ChlID=\"7\" StartTime=\"2021-02-03 04:05:06\" Barcode=\"\u7535\u6c60-1\" AuxCount=\"1\">"
            + "<Aux1 AuxID=\"1\" RealChlID=\"4\" ChlType=\"103\"/></TestInfo></config></root>";

    @Test
    void ndcVersion5WholeRecordsWithAuxiliaryTemperature() throws Exception {
        List<byte[]> rows = new java.util.ArrayList<>();
        List<byte[]> aux = new java.util.ArrayList<>();
        for (int k = 0; k < 50; k++) { // more than one page (45 rows per page)
            ByteBuffer r = ByteBuffer.allocate(87).order(ByteOrder.LITTLE_ENDIAN);
            r.put(0, (byte) 0x55).putInt(1, k + 1).putInt(5, 0).put(9, (byte) 1).put(10, (byte) (k < 25 ? 2 : 1));
            r.putLong(16, 1000L * (k < 25 ? k : k - 25)); // ms
            r.putInt(24, 37000 + k).putInt(28, k < 25 ? -5000 : 5000); // 0.1 mV; counts of 0.1 mA (range 1000)
            r.putLong(36, k < 25 ? 0 : 5000L * (k - 25)).putLong(44, k < 25 ? 5000L * k : 125000);
            r.putShort(68, (short) 2021).put(70, (byte) 2).put(71, (byte) 3).put(72, (byte) 4).put(73, (byte) 5).put(74, (byte) (k % 60));
            r.putInt(75, 1000);
            rows.add(r.array());
            ByteBuffer a = ByteBuffer.allocate(87).order(ByteOrder.LITTLE_ENDIAN);
            a.put(0, (byte) 0x65).putInt(1, k + 1).putInt(24, 0).putShort(34, (short) (250 + k));
            aux.add(a.array());
        }
        Map<String, byte[]> members = new LinkedHashMap<>();
        members.put("TestInfo.xml", TEST_INFO.getBytes("GB2312"));
        members.put("data.ndc", ndc(1, 5, 87, rows));
        members.put("data_AUX_4_3_1.ndc", ndc(5, 5, 87, aux));
        Dataset d = read(new NdaxImporter(), ndax("v5.ndax", members));
        assertEquals(50, d.rows());
        assertEquals(3.7049, d.column(QuantityKind.POTENTIAL).orElseThrow().get(49), 1e-12);
        assertEquals(-0.5, d.column(QuantityKind.CURRENT).orElseThrow().get(0), 1e-12); // -5000 * 0.1 mA
        assertEquals(5000 * 24 * 1e-4, d.column("Discharge capacity").orElseThrow().get(24), 1e-12); // counts * A per count = C
        assertEquals(2, d.column("Cycle").orElseThrow().get(0) + d.column("Cycle").orElseThrow().get(25) - 1, 1e-12);
        assertEquals(25.0 + 0.1 * 49 + 273.15, d.column("T1").orElseThrow().get(49), 1e-9);
        assertEquals("device 3, unit 1, channel 7", d.metadata().get(Metadata.CHANNEL));
        assertEquals("\u7535\u6c60-1", d.metadata().get("barcode")); // GB2312 text
        assertEquals(24.0, d.column(QuantityKind.TIME).orElseThrow().get(24), 1e-12);
        assertEquals(24.0 + 1.0, d.column(QuantityKind.TIME).orElseThrow().get(26), 1e-12); // steps add up
    }

    @Test
    void ndcVersion11SplitRecordsInterpolatedBetweenPoints() throws Exception {
        List<byte[]> data = new java.util.ArrayList<>();
        List<byte[]> info = new java.util.ArrayList<>();
        for (int k = 0; k < 10; k++) {
            ByteBuffer r = ByteBuffer.allocate(8).order(ByteOrder.LITTLE_ENDIAN);
            r.putFloat(0, 36000f + k).putFloat(4, 100f); // 0.1 mV, mA
            data.add(r.array());
        }
        for (int k : new int[] { 0, 4, 9 }) { // run information for records 1, 5 and 10 only
            ByteBuffer r = ByteBuffer.allocate(47).order(ByteOrder.LITTLE_ENDIAN);
            r.putInt(0, 2000 * k).putFloat(5, 200f * k).putFloat(13, 720f * k); // ms; mA·s; mW·s
            r.putInt(33, 1_600_000_000 + 2 * k).putInt(37, 1).putInt(41, k + 1).putShort(45, (short) 250);
            info.add(r.array());
        }
        ByteBuffer step = ByteBuffer.allocate(37).order(ByteOrder.LITTLE_ENDIAN);
        step.putInt(0, 0).putInt(4, 3).put(24, (byte) 1);
        Map<String, byte[]> members = new LinkedHashMap<>();
        members.put("data.ndc", ndc(1, 11, 8, data));
        members.put("data_runInfo.ndc", ndc(18, 11, 47, info));
        members.put("data_step.ndc", ndc(7, 11, 37, List.of(step.array())));
        Dataset d = read(new NdaxImporter(), ndax("v11.ndax", members));
        assertEquals(10, d.rows());
        assertEquals(3.6009, d.column(QuantityKind.POTENTIAL).orElseThrow().get(9), 1e-9);
        assertEquals(0.1, d.column(QuantityKind.CURRENT).orElseThrow().get(0), 1e-9);
        assertEquals(6.0, d.column(QuantityKind.STEP_TIME).orElseThrow().get(3), 1e-12); // between 0 s (1) and 8 s (5)
        assertEquals(0.6, d.column("Charge capacity").orElseThrow().get(3), 1e-9); // 600 mA·s
        assertEquals(1_600_000_000.25 + 6, d.column("Timestamp").orElseThrow().get(3), 1e-6);
        assertEquals(3, d.column(QuantityKind.STEP_INDEX).orElseThrow().get(0));
        assertEquals("7", d.metadata().get("interpolated_rows"));
    }

    // --- bad input ---

    @Test
    void unknownVersionsAreReportedByNumber() throws Exception {
        byte[] bytes = Files.readAllBytes(shared("neware-nda", "TestFile.nda"));
        bytes[14] = (byte) 131;
        Path file = folder.resolve("v131.nda");
        Files.write(file, bytes);
        ImportException e = assertThrows(ImportException.class, () -> read(new NdaImporter(), file));
        assertEquals("byte 14 (0xe)", e.location());
        assertTrue(e.reason().contains("nda version 131 is not supported"), e.getMessage());

        Map<String, byte[]> members = new LinkedHashMap<>();
        members.put("data.ndc", ndc(1, 18, 8, List.of(new byte[8])));
        Path ndax = ndax("v18.ndax", members);
        ImportException n = assertThrows(ImportException.class, () -> read(new NdaxImporter(), ndax));
        assertTrue(n.reason().startsWith("ndc version 18 (file type 1) is not supported"), n.getMessage());
        assertEquals("data.ndc in the archive, byte 2 (0x2)", n.location());
        assertEquals("neware.ndax", n.importer());
    }

    @Test
    void xmlWithEntitiesIsRefusedWithoutReadingThem() throws Exception {
        Path secret = folder.resolve("secret.txt");
        Files.writeString(secret, "do not read");
        String xml = "<?xml version=\"1.0\"?><!DOCTYPE r [<!ENTITY x SYSTEM \"" + secret.toUri() + "\">]><root><config>"
                + "<TestInfo Barcode=\"&x;\"/></config></root>";
        Map<String, byte[]> members = new LinkedHashMap<>();
        members.put("TestInfo.xml", xml.getBytes(StandardCharsets.US_ASCII));
        members.put("data.ndc", ndc(1, 14, 8, List.of(new byte[8])));
        Path file = ndax("entity.ndax", members);
        ImportException e = assertThrows(ImportException.class, () -> read(new NdaxImporter(), file));
        assertTrue(e.location().startsWith("TestInfo.xml in the archive"), e.getMessage());
        assertTrue(e.reason().contains("DOCTYPE"), e.getMessage());
    }

    @Test
    void emptyAndWrongVendorFilesAreRefused() throws Exception {
        Path empty = folder.resolve("empty.nda");
        Files.write(empty, new byte[0]);
        assertTrue(assertThrows(ImportException.class, () -> read(new NdaImporter(), empty)).reason().contains("empty"));
        Path csv = shared("neware-csv", "neware_uio.csv");
        ImportException nda = assertThrows(ImportException.class, () -> read(new NdaImporter(), csv));
        assertEquals("byte 0 (0x0)", nda.location());
        ImportException ndax = assertThrows(ImportException.class, () -> read(new NdaxImporter(), csv));
        assertTrue(ndax.reason().contains("ZIP"), ndax.getMessage());
        ImportException text = assertThrows(ImportException.class, () -> read(new NewareCsvImporter(),
                shared("neware-nda", "TestFile.nda")));
        assertEquals("line 1", text.location());
    }

    // --- seeded mutants of the real files ---

    private static final Set<String> MAY_BE_NAN = Set.of("T1", "T2", "V1", "V2", "Timestamp", "Step time", "Test time",
            "Charge capacity", "Discharge capacity", "Charge energy", "Discharge energy");

    private static String sane(Dataset d) {
        String nonFinite = Mutants.finite(d, MAY_BE_NAN);
        if (nonFinite != null) {
            return nonFinite;
        }
        Column index = d.column("Index").orElseThrow();
        for (int r = 1; r < index.size(); r++) {
            if (!(index.get(r) > index.get(r - 1))) {
                return "Index not increasing at row " + r;
            }
        }
        return null;
    }

    private void mutate(Path file, String id, Importer importer, int count, long seed) throws IOException {
        Mutants.Outcome outcome = Mutants.run(file, id, importer, count, seed, folder, NewareImportTest::sane, Duration.ofSeconds(20));
        assertTrue(outcome.failures().isEmpty(), outcome.failures().size() + " of " + count + " mutants mishandled:\n"
                + String.join("\n", outcome.failures().subList(0, Math.min(10, outcome.failures().size()))));
        assertTrue(outcome.refused() > count / 4, "only " + outcome.refused() + " of " + count + " mutants refused");
    }

    @Test
    void mutantsOfVersion29() throws IOException {
        mutate(shared("neware-nda", "new_nda_file.nda"), "neware.nda", new NdaImporter(), 600, 29);
    }

    @Test
    void mutantsOfVersion130() throws IOException {
        mutate(shared("neware-nda", "TestFile.nda"), "neware.nda", new NdaImporter(), 600, 130);
    }

    @Test
    void mutantsOfNdax() throws IOException {
        mutate(shared("neware-ndax", "123456789012_Unit27_Example_Data_File.ndax"), "neware.ndax", new NdaxImporter(), 600, 14);
    }

    @Test
    void mutantsOfCsv() throws IOException {
        mutate(shared("neware-csv", "neware_uio.csv"), "neware.csv", new NewareCsvImporter(), 120, 7);
    }
}
