/*
 * Copyright (c) 2026 the Interphase contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.interphase.importer.biologic.tests;

import static org.interphase.importer.biologic.tests.MprAgainstMptTest.shared;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.interphase.data.Column;
import org.interphase.data.Dataset;
import org.interphase.data.Datasets;
import org.interphase.data.Metadata;
import org.interphase.data.QuantityKind;
import org.interphase.data.Technique;
import org.interphase.importer.ImportException;
import org.interphase.importer.ImportResult;
import org.interphase.importer.Importers;
import org.interphase.importer.biologic.internal.MprWriter;
import org.interphase.importer.biologic.internal.MprWriter.Layout;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The .mpr format: every real file's technique, layout and size; the layouts no real file in data/ has (old version 0
 * with one-byte ids), from files written to the stated layout; the flags byte; settings and log metadata checked
 * against what EC-Lab's text export of the same run says; unknown versions and column ids refused by number.
 */
class MprFormatTest {

    @TempDir
    Path folder;

    static Dataset mpr(String file) throws Exception {
        return Importers.read(shared("biologic-mpr", file), "biologic.mpr", Datasets::inMemory, null).dataset();
    }

    @Test
    void everyRealFileLoadsWithItsTechniqueLayoutAndPointCount() throws Exception {
        record Expect(String file, Technique technique, String name, int rows, String version, String software) {
        }
        // point counts: the data modules' own counts, equal to their .mpt exports' rows (MprAgainstMptTest) and, for
        // jdb11, to testdata/README.md (46,102 points, data module version 3); biol.mpr: testdata/README.md says version 2
        for (Expect e : List.of(
                new Expect("jdb11-1_c3_gcpl_5cycles_2V-3p8V_C-24_data_C09.mpr", Technique.GALVANOSTATIC_CYCLING, "GCPL", 46102, "3", "EC-Lab 11.32"),
                // testdata/README.md calls biol.mpr "GCPL with EIS columns": its settings module says Modulo Bat (0x7F), a
                // sequence of techniques (here GCPL and GEIS steps), so the file's own word is kept: MIXED
                new Expect("biol.mpr", Technique.MIXED, "MB", 23561, "2", "EC-Lab 11.10"),
                new Expect("00_test_02_MB_C01.mpr", Technique.MIXED, "MB", 11, "0", "EC-Lab 11.50"),
                new Expect("peis.mpr", Technique.EIS, "PEIS", 32, "3", "EC-Lab 11.33"),
                new Expect("geis.issue_149.mpr", Technique.EIS, "GEIS", 84, "0", "EC-Lab 11.50"),
                new Expect("gcpl.issue_149.mpr", Technique.GALVANOSTATIC_CYCLING, "GCPL", 132, "0", "EC-Lab 11.50"),
                new Expect("cv.mpr", Technique.CYCLIC_VOLTAMMETRY, "CV", 5103, "2", "EC-Lab 11.12"),
                new Expect("lsv.mpr", Technique.LINEAR_SWEEP_VOLTAMMETRY, "LSV", 1186, "3", "EC-Lab 11.33"),
                new Expect("ocv.mpr", Technique.OPEN_CIRCUIT_VOLTAGE, "OCV", 602, "3", "EC-Lab 11.30"))) {
            ImportResult result = Importers.read(shared("biologic-mpr", e.file()), "biologic.mpr", Datasets::inMemory, null);
            Dataset d = result.dataset();
            // every column id of the real files is in the table, every module date is read: no warning
            assertEquals(List.of(), result.warnings(), e.file());
            assertTrue(d.metadata().get("biologic.module_date").matches("20[0-9]{2}-[0-9]{2}-[0-9]{2}"), e.file());
            assertEquals(e.technique(), d.technique(), e.file());
            assertEquals(e.name(), d.metadata().get(Metadata.TECHNIQUE_NAME), e.file());
            assertEquals(e.rows(), d.rows(), e.file());
            assertEquals(e.version(), d.metadata().get("biologic.data_module_version"), e.file());
            assertEquals(e.software(), d.metadata().get(Metadata.SOFTWARE), e.file());
            Column time = d.column(QuantityKind.TIME).orElseThrow();
            assertEquals("s", time.unit());
            for (int r = 1; r < d.rows(); r++) {
                assertTrue(time.get(r) >= time.get(r - 1), e.file() + ": time runs forward at row " + r);
            }
            for (Column c : d.columns()) {
                assertTrue(c.kind() == QuantityKind.OTHER || c.kind().siUnit().equals(c.unit()), e.file() + ": " + c.name() + " in " + c.unit());
            }
        }
    }

    @Test
    void jdb11HasTheGcplColumnsInSi() throws Exception {
        Dataset d = mpr("jdb11-1_c3_gcpl_5cycles_2V-3p8V_C-24_data_C09.mpr");
        assertEquals(List.of("mode", "ox/red", "error", "control changes", "Ns changes", "counter inc.", "Ns", "time", "dq", "(Q-Qo)",
                "control", "Ewe", "I Range", "Q charge/discharge", "half cycle", "P", "<I>"), d.columns().stream().map(Column::name).toList());
        // the file stores no current: <I> = dq/dt, as EC-Lab's export computes it (MprAgainstMptTest compares it with
        // gcpl.issue_149.mpt's <I>/mA); here P / Ewe, the power the file stores, checks it
        Column power = d.column("P").orElseThrow();
        Column current = d.column("<I>").orElseThrow();
        assertEquals(QuantityKind.CURRENT, current.kind());
        for (int r = 1300; r < 1310; r++) {
            assertEquals(power.get(r) / d.column("Ewe").orElseThrow().get(r), current.get(r), 1e-3 * Math.abs(current.get(r)), "row " + r);
        }
        Column ewe = d.column("Ewe").orElseThrow();
        assertEquals(QuantityKind.POTENTIAL, ewe.kind());
        // GCPL between 2 V and 3.8 V (the file's name): every potential within the limits (a little overshoot allowed)
        for (int r = 0; r < d.rows(); r++) {
            assertTrue(ewe.get(r) > 1.5 && ewe.get(r) < 4.3, "Ewe " + ewe.get(r) + " at row " + r);
        }
        assertEquals("C", d.column("dq").orElseThrow().unit(), "mA.h converted to coulomb");
        assertEquals("W", d.column("P").orElseThrow().unit());
    }

    @Test
    void settingsAndLogAgreeWithTheTextExportsHeader() throws Exception {
        // ocv.mpt says: Run on channel : 13; Acquisition started on : 01/16/2020 14:13:34.000; Electrolyte : 40/20
        // LiTFSI/EmiTFSI; Comments : 25°C / Al bot, SS top, / 1 C / 1.25 times oversized cathode; Electrode surface
        // area : 1.130 cm²; Battery capacity : 168.128 µA.h; Mass of active material : 0.001 mg; EC-Lab v11.30
        Dataset d = mpr("ocv.mpr");
        // the file over docs/formats.md: the log's channel byte (0x09) counts from 0: ocv.mpr holds 12 where its export
        // says "Run on channel : 13" (cv: 10 and 11, gcpl: 0 and 1), so the channel is the byte + 1
        assertEquals("13", d.metadata().get(Metadata.CHANNEL));
        assertEquals("2020-01-16T14:13:34", d.metadata().get(Metadata.START_TIME));
        assertEquals("40/20 LiTFSI/EmiTFSI", d.metadata().get("electrolyte"));
        assertEquals("25°C\nAl bot, SS top,\n1 C\n1.25 times oversized cathode", d.metadata().get(Metadata.COMMENTS));
        assertEquals(1.13e-4, Double.parseDouble(d.metadata().get(Metadata.ELECTRODE_AREA_M2)), 1e-12);
        assertEquals(0.168128e-3 * 3600, Double.parseDouble(d.metadata().get("battery_capacity_C")), 1e-6, "the export rounds to 168.128 µA.h");
        assertEquals(1e-9, Double.parseDouble(d.metadata().get(Metadata.ACTIVE_MASS_KG)), 1e-20);
        Dataset lsv = mpr("lsv.mpr");
        assertEquals("SCE Saturated Calomel Electrode", lsv.metadata().get("reference_electrode"));
        // geis.issue_149.mpr: four sweeps of 21 points; its loop module says where each starts
        assertEquals("0,21,42,63,84", mpr("geis.issue_149.mpr").metadata().get("loop_starts"));
    }

    static final int[] IDS = { 1, 2, 3, 21, 31, 65, 131, 4, 6, 8, 7, 39, 212, 32, 37, 38 };

    static void record(long p, ByteBuffer r) {
        r.put(0, (byte) (p % 256)); // flags byte: every flag pattern in turn
        r.putShort(1, (short) (p % 7)); // Ns
        r.putDouble(3, p * 0.5); // time/s
        r.putFloat(11, 3.0f + p * 1e-3f); // Ewe/V
        r.putFloat(15, -2.5f); // I/mA
        r.putDouble(19, p * 1e-4); // dq/mA.h
        r.putShort(27, (short) 41); // I Range
        r.putInt(29, (int) (p / 3)); // half cycle
        r.putFloat(33, 1e5f / (p + 1)); // freq/Hz
        r.putFloat(37, 10f + p); // Re(Z)/Ohm
        r.putFloat(41, 0.5f * p); // -Im(Z)/Ohm
    }

    @ParameterizedTest
    @EnumSource(Layout.class)
    void everyModuleLayoutReadsBackExactly(Layout layout) throws Exception {
        Path file = folder.resolve(layout + ".mpr");
        MprWriter.write(file, layout, 0x1D, "written by MprFormatTest", 0.5f, layout == Layout.OLD_V0 ? oneByte(IDS) : IDS, 300,
                MprFormatTest::record, 4, 45000.5, "11.50", new int[] { 0, 100, 300 });
        Dataset d = Importers.read(file, null).dataset();
        assertEquals(Technique.EIS, d.technique());
        assertEquals(300, d.rows());
        assertEquals("5", d.metadata().get(Metadata.CHANNEL));
        assertEquals("2023-03-15T12:00", d.metadata().get(Metadata.START_TIME));
        assertEquals("written by MprFormatTest", d.metadata().get(Metadata.COMMENTS));
        assertEquals(0.5e-4, Double.parseDouble(d.metadata().get(Metadata.ELECTRODE_AREA_M2)), 1e-15);
        assertEquals("0,100,300", d.metadata().get("loop_starts"));
        for (int p : new int[] { 0, 1, 137, 255, 299 }) {
            int flags = p % 256;
            assertEquals(flags & 3, d.column("mode").orElseThrow().get(p), "mode");
            assertEquals((flags >> 2) & 1, d.column("ox/red").orElseThrow().get(p), "ox/red");
            assertEquals((flags >> 3) & 1, d.column("error").orElseThrow().get(p), "error");
            assertEquals((flags >> 4) & 1, d.column("control changes").orElseThrow().get(p), "control changes");
            assertEquals((flags >> 5) & 1, d.column("Ns changes").orElseThrow().get(p), "Ns changes");
            assertEquals((flags >> 7) & 1, d.column("counter inc.").orElseThrow().get(p), "counter inc.");
            assertEquals(p % 7, d.column("Ns").orElseThrow().get(p));
            assertEquals(p * 0.5, d.column("time").orElseThrow().get(p));
            assertEquals((double) (3.0f + p * 1e-3f), d.column("Ewe").orElseThrow().get(p));
            assertEquals(-2.5e-3, d.column("I").orElseThrow().get(p), 1e-18);
            assertEquals(p * 1e-4 * 3.6, d.column("dq").orElseThrow().get(p), 1e-15);
            assertEquals(41, d.column("I Range").orElseThrow().get(p));
            assertEquals(p / 3, d.column("half cycle").orElseThrow().get(p));
            assertEquals((double) (1e5f / (p + 1)), d.column(QuantityKind.FREQUENCY).orElseThrow().get(p));
            assertEquals(10.0 + p, d.column(QuantityKind.IMPEDANCE_REAL).orElseThrow().get(p));
            assertEquals(-0.5 * p, d.column(QuantityKind.IMPEDANCE_IMAGINARY).orElseThrow().get(p), "-Im(Z) stored as Im(Z)");
        }
    }

    /** The old layout has one-byte ids: only ids below 256 (here all of them are). */
    static int[] oneByte(int[] ids) {
        return ids;
    }

    /** A copy of the V3 test file (10 points of IDS) with the short at this id index replaced. */
    private Path withId(byte[] bytes, int index, int id, String name) throws Exception {
        long data = dataModule(bytes);
        byte[] changed = bytes.clone();
        ByteBuffer.wrap(changed).order(ByteOrder.LITTLE_ENDIAN).putShort((int) (data + 6 + 51 + 5 + 2 * index), (short) id);
        Path file = folder.resolve(name);
        Files.write(file, changed);
        return file;
    }

    private byte[] v3(int points) throws Exception {
        Path file = folder.resolve("v3.mpr");
        MprWriter.write(file, Layout.V3, 0x04, "", 1f, IDS, points, MprFormatTest::record, 0, 45000, "11.40", null);
        return Files.readAllBytes(file);
    }

    @Test
    void anUnknownVersionIsReadOnlyWhenExactlyOneKnownLayoutChecksOut() throws Exception {
        byte[] bytes = v3(10);
        long data = dataModule(bytes);
        // the version field of the old module header: 6 + 10 + 25 + 4 bytes after "MODULE"
        byte[] v7 = bytes.clone();
        ByteBuffer.wrap(v7).order(ByteOrder.LITTLE_ENDIAN).putInt((int) data + 45, 7);
        Path version = folder.resolve("v7.mpr");
        Files.write(version, v7);
        ImportResult read = Importers.read(version, null);
        assertEquals(10, read.dataset().rows());
        assertEquals(7 * 0.5, read.dataset().column("time").orElseThrow().get(7));
        assertTrue(read.warnings().stream().anyMatch(w -> w.what().startsWith("data module version 7 is unknown")
                && w.what().contains("version 3")), read.warnings().toString());

        // version 7 and a point count that fits no layout: refused by number
        ByteBuffer.wrap(v7).order(ByteOrder.LITTLE_ENDIAN).putInt((int) data + 6 + 51, 11);
        Files.write(version, v7);
        ImportException e = assertThrows(ImportException.class, () -> Importers.read(version, null));
        assertTrue(e.getMessage().contains("data module version 7 unknown"), e.getMessage());
        assertEquals("biologic.mpr", e.importer());
        assertEquals("byte " + data + " (0x" + Long.toHexString(data) + ")", e.location());
    }

    @Test
    void unknownColumnIdsAreSkippedWithAWarningWhenTheLayoutTellsTheirWidth() throws Exception {
        byte[] bytes = v3(10);
        // id 18 (in no reader's table) in place of the last id (38, -Im(Z), 4 bytes): skipped, the rest read
        ImportResult last = Importers.read(withId(bytes, IDS.length - 1, 18, "last.mpr"), null);
        assertTrue(last.dataset().column(QuantityKind.IMPEDANCE_IMAGINARY).isEmpty());
        assertEquals(10.0 + 9, last.dataset().column(QuantityKind.IMPEDANCE_REAL).orElseThrow().get(9));
        assertTrue(last.warnings().stream().anyMatch(w -> w.what().startsWith("column id 18 is in neither")
                && w.what().contains("4 bytes per point, skipped")), last.warnings().toString());
        // in the middle (in place of Ewe): the columns after it keep their places
        ImportResult middle = Importers.read(withId(bytes, 8, 18, "middle.mpr"), null);
        assertTrue(middle.dataset().column("Ewe").isEmpty());
        for (int p = 0; p < 10; p++) {
            assertEquals(-2.5e-3, middle.dataset().column("I").orElseThrow().get(p), 1e-18);
            assertEquals(-0.5 * p, middle.dataset().column(QuantityKind.IMPEDANCE_IMAGINARY).orElseThrow().get(p));
            assertEquals(p * 0.5, middle.dataset().column("time").orElseThrow().get(p));
        }
        // two unknown ids apart (Ewe and I Range): their widths cannot be told, refused naming them
        Path apart = withId(Files.readAllBytes(withId(bytes, 8, 18, "a.mpr")), 11, 28, "apart.mpr");
        ImportException e = assertThrows(ImportException.class, () -> Importers.read(apart, null));
        assertTrue(e.reason().startsWith("unknown column ids [18] and 28 are apart"), e.reason());
        // an id + 256 no reader names (293 = 37 + 256, Re(Z)): read as its base id, with a warning
        ImportResult probable = Importers.read(withId(bytes, 14, 293, "probable.mpr"), null);
        assertEquals(10.0 + 4, probable.dataset().column(QuantityKind.IMPEDANCE_REAL).orElseThrow().get(4));
        assertTrue(probable.warnings().stream().anyMatch(w -> w.what().startsWith("column id 293 is in neither galvani's nor yadg's table: read as id 37")),
                probable.warnings().toString());
        // id 500: galvani reads step time (f8), yadg |Ece h4| (f4); in place of -Im(Z) (4 bytes) only yadg's reading fits
        ImportResult disputed = Importers.read(withId(bytes, IDS.length - 1, 500, "500.mpr"), null);
        assertEquals(0.5f * 3, disputed.dataset().column("|Ece h4|").orElseThrow().get(3));
        assertTrue(disputed.warnings().stream().anyMatch(w -> w.what().contains("read as yadg reads them")), disputed.warnings().toString());

        // one record short: the point count no longer fits the module
        long data = dataModule(bytes);
        byte[] counted = bytes.clone();
        ByteBuffer.wrap(counted).order(ByteOrder.LITTLE_ENDIAN).putInt((int) data + 6 + 51, 11);
        Path count = folder.resolve("count.mpr");
        Files.write(count, counted);
        ImportException n = assertThrows(ImportException.class, () -> Importers.read(count, null));
        assertTrue(n.reason().startsWith("the data module holds 450 bytes of records, but 11 points of 45 bytes"), n.reason());
        // and with an unknown id, the widths left over must be whole
        Path unknownShort = withId(counted, IDS.length - 1, 18, "unknownShort.mpr");
        ImportException u = assertThrows(ImportException.class, () -> Importers.read(unknownShort, null));
        assertTrue(u.reason().startsWith("unknown column ids [18]: the 450 bytes of 11 points leave no whole width"), u.reason());
    }

    @Test
    void externalDeviceModuleNamesTheAnalogInputs() throws Exception {
        // a 'VMP ExtDev' module appended to a written file, to yadg's extdev_dtypes: names at 0x36 and 0x63, scaling after each
        byte[] bytes = v3(3);
        ByteBuffer body = ByteBuffer.allocate(0xA0).order(ByteOrder.LITTLE_ENDIAN);
        byte[] name = "Thermocouple".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        body.put(0x36, (byte) name.length).put(0x37, name);
        body.putFloat(0x52, 10f).putFloat(0x56, 0f).putFloat(0x5A, 100f).putFloat(0x5E, 0f);
        ByteBuffer module = ByteBuffer.allocate(6 + 51).order(ByteOrder.LITTLE_ENDIAN);
        module.put("MODULE".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
        module.put(String.format("%-10s%-25s", "VMP ExtDev", "External device").getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
        module.putInt(body.capacity()).putInt(0).put("01/02/26".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
        Path file = folder.resolve("extdev.mpr");
        try (var out = Files.newOutputStream(file)) {
            out.write(bytes);
            out.write(module.array());
            out.write(body.array());
        }
        ImportResult r = Importers.read(file, null);
        assertEquals(3, r.dataset().rows());
        assertEquals("Thermocouple", r.dataset().metadata().get("analog_in_1"));
        assertEquals("0.0 V to 10.0 V is 0.0 to 100.0", r.dataset().metadata().get("analog_in_1_scale"));
        assertEquals("VMP ExtDev", r.dataset().metadata().get("biologic.other_modules"));
        assertTrue(r.warnings().isEmpty(), r.warnings().toString());
    }

    @Test
    void moduleDatesWithSlashesDashesOrDots() throws Exception {
        byte[] bytes = v3(3);
        for (String separator : new String[] { "/", "-", "." }) {
            Path file = folder.resolve("date" + (int) separator.charAt(0) + ".mpr");
            String text = new String(bytes, java.nio.charset.StandardCharsets.ISO_8859_1).replace("01/02/26", "01" + separator + "02" + separator + "26");
            Files.write(file, text.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
            ImportResult r = Importers.read(file, null);
            assertEquals("2026-01-02", r.dataset().metadata().get("biologic.module_date"), separator);
            assertTrue(r.warnings().isEmpty(), r.warnings().toString());
        }
    }

    @Test
    void theColumnTableHoldsEveryIdGalvaniAndYadgKnowWithAnSiUnit() {
        // galvani's VMPdata_colID_dtype_map and yadg's data_columns (extractors/eclab/common/mpr_columns.py), read by hand
        int[] galvani = { 4, 5, 6, 7, 8, 9, 11, 13, 16, 17, 19, 20, 23, 24, 26, 27, 32, 33, 34, 35, 36, 37, 38, 39, 69, 70, 74, 75, 76,
                77, 78, 96, 98, 99, 100, 101, 123, 124, 125, 126, 131, 163, 168, 169, 172, 173, 174, 178, 179, 182, 211, 212, 213, 217,
                218, 220, 221, 223, 224, 230, 231, 232, 233, 234, 235, 236, 237, 238, 239, 240, 241, 242, 271, 272, 301, 302, 331, 332,
                361, 362, 391, 392, 422, 423, 424, 425, 426, 430, 431, 432, 433, 434, 435, 438, 441, 462, 467, 468, 469, 471, 473, 474,
                476, 477, 479, 480, 486, 487, 488, 489, 490, 491, 492, 493, 494, 495, 496, 497, 498, 499, 500, 501, 502, 505, 509 };
        int[] yadg = { 295, 326, 379, 475, 478, 481, 503 };
        int[] bytesOf = { 0, 0, 0, 0 };
        for (int[] table : new int[][] { galvani, yadg }) {
            for (int id : table) {
                org.interphase.importer.biologic.MprColumns.Column c = org.interphase.importer.biologic.MprColumns.column(id);
                if (c == null) {
                    c = org.interphase.importer.biologic.MprColumns.alternative(id);
                }
                assertTrue(c != null, "column id " + id);
                org.interphase.importer.biologic.EcLabColumns.Spec spec = org.interphase.importer.biologic.EcLabColumns.spec(c.header());
                assertTrue(spec.kind() == QuantityKind.OTHER || spec.kind().siUnit().equals(spec.unit()), id + " " + c.header() + " " + spec);
                assertTrue(!spec.unit().isEmpty() || !c.header().contains("/"), "id " + id + " '" + c.header() + "' has a unit Interphase knows");
                bytesOf[0]++;
            }
        }
        // galvani's types where both know the id (f8 for 4, 7, 11, 13, 23, 24, 74, 123-126, 182, 211, 438, 467; u2 for 39, 131;
        // u4 for 212, 213, 468, 469; u1 for 509)
        for (int id : new int[] { 4, 7, 11, 13, 23, 24, 74, 123, 124, 125, 126, 182, 211, 379, 438, 467, 498, 499, 500, 501, 502 }) {
            assertEquals(org.interphase.importer.biologic.MprColumns.Type.F8, org.interphase.importer.biologic.MprColumns.column(id).type(), "id " + id);
        }
        for (int id : new int[] { 39, 131, 295 }) {
            assertEquals(org.interphase.importer.biologic.MprColumns.Type.U2, org.interphase.importer.biologic.MprColumns.column(id).type(), "id " + id);
        }
        for (int id : new int[] { 212, 213, 468, 469 }) {
            assertEquals(org.interphase.importer.biologic.MprColumns.Type.U4, org.interphase.importer.biologic.MprColumns.column(id).type(), "id " + id);
        }
        assertEquals(org.interphase.importer.biologic.MprColumns.Type.U1, org.interphase.importer.biologic.MprColumns.column(509).type());
    }

    /** Where the data module's "MODULE" starts in a file written by MprWriter (after the settings module). */
    static long dataModule(byte[] bytes) {
        String text = new String(bytes, java.nio.charset.StandardCharsets.ISO_8859_1);
        return text.indexOf("MODULEVMP data");
    }

    @Test
    void truncatedFilesNameWhereTheyEnd() throws Exception {
        Path real = shared("biologic-mpr", "peis.mpr");
        byte[] bytes = Files.readAllBytes(real);
        Path cut = folder.resolve("peis-cut.mpr");
        Files.write(cut, java.util.Arrays.copyOf(bytes, 9000));
        ImportException e = assertThrows(ImportException.class, () -> Importers.read(cut, null));
        assertEquals("biologic.mpr", e.importer());
        assertTrue(e.reason().contains("claims 3926 bytes"), e.reason());
        Path header = folder.resolve("header-only.mpr");
        Files.write(header, java.util.Arrays.copyOf(bytes, 30));
        ImportException h = assertThrows(ImportException.class, () -> Importers.read(header, "biologic.mpr", Datasets::inMemory, null));
        assertEquals("the file ends at byte 30 inside the file header (52 bytes from byte 0)", h.reason());
    }

    @Test
    void impedanceSweepsAreMarkedByTheZCycleColumn() throws Exception {
        // biol.mpr interleaves 5 impedance sweeps with its GCPL half cycles; EC-Lab counts them in "z cycle" (0..4)
        Dataset d = mpr("biol.mpr");
        assertEquals("z cycle", d.metadata().get(Metadata.SWEEP_COLUMN));
        double[] z = d.column("z cycle").orElseThrow().toArray();
        double[] f = d.column(QuantityKind.FREQUENCY).orElseThrow().toArray();
        java.util.Set<Double> sweeps = new java.util.TreeSet<>();
        for (int k = 0; k < f.length; k++) {
            if (f[k] > 0) {
                sweeps.add(z[k]);
            }
        }
        assertEquals(java.util.Set.of(0.0, 1.0, 2.0, 3.0, 4.0), sweeps);
    }
}
