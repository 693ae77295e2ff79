/*
 * Copyright (c) 2026 the Interphase contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.interphase.importer.arbin.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Set;

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
import org.interphase.importer.arbin.ArbinCsvImporter;
import org.interphase.importer.arbin.ResImporter;
import org.interphase.importer.arbin.XlsxImporter;
import org.interphase.importer.testing.Mutants;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.interphase.testdata.TestCorpus;

/**
 * The Arbin importers on the files in data/ (arbin-res, arbin-xlsx), a CSV export written here, bad input and seeded
 * mutants. Where the real files disagree with docs/formats.md (the file wins): the .res tables are named
 * Channel_Normal_Table, Global_Table, Resume_Table, Version_Table (not Channel_Normal, ...), and the example's
 * Channel_Normal_Table rows are not stored in Data_Point order (its primary key orders them).
 */
class ArbinImportTest {

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

    private static void assertUnits(Dataset d) {
        Map<QuantityKind, String> expected = Map.of(QuantityKind.TIME, "s", QuantityKind.STEP_TIME, "s", QuantityKind.POTENTIAL, "V",
                QuantityKind.CURRENT, "A", QuantityKind.CHARGE, "C", QuantityKind.ENERGY, "J", QuantityKind.RESISTANCE, "Ohm");
        for (Column c : d.columns()) {
            if (expected.containsKey(c.kind())) {
                assertEquals(expected.get(c.kind()), c.unit(), c.name());
            }
        }
    }

    @Test
    void resultsDatabase() throws Exception {
        ImportResult result = Importers.read(shared("arbin-res", "arbin_example.res"), null);
        assertEquals("arbin.res", result.importer().id());
        Dataset d = result.dataset();
        assertEquals(Technique.GALVANOSTATIC_CYCLING, d.technique());
        assertEquals(2150, d.rows()); // rows of Channel_Normal_Table
        assertUnits(d);
        Column point = d.column(QuantityKind.RECORD_INDEX).orElseThrow();
        for (int r = 0; r < d.rows(); r++) {
            assertEquals(r + 1, point.get(r), "Data_Point in key order");
        }
        // first row: Test_Time=0.072595419795086, Voltage=3.8591957 (float), DateTime=45131.78472222222 (OLE days)
        assertEquals(0.072595419795086, d.column(QuantityKind.TIME).orElseThrow().get(0), 0);
        assertEquals(3.8591957f, d.column(QuantityKind.POTENTIAL).orElseThrow().get(0), 0);
        assertEquals((45131.78472222222 - 25569) * 86400, d.column("Timestamp").orElseThrow().get(0), 1e-3);
        assertEquals("ajm314_LCO_ajm5-SSB1-F_Wait48hr-Repeat-01-012", d.metadata().get("test_name"));
        assertEquals("40", d.metadata().get(Metadata.CHANNEL));
        assertEquals("2023-07-24T18:50", d.metadata().get(Metadata.START_TIME));
        assertEquals("Arbin MITS Pro (Results File 5.23)", d.metadata().get(Metadata.SOFTWARE));
        assertEquals("AliceM", d.metadata().get("operator"));
        // the file's own statistics: Channel_Statistic_Table says Vmax_On_Cycle = 4.300055 V up to Data_Point 972 (cycle 1)
        Column cycle = d.column(QuantityKind.CYCLE_INDEX).orElseThrow();
        Column volts = d.column(QuantityKind.POTENTIAL).orElseThrow();
        double max = 0;
        for (int r = 0; r < 972; r++) {
            assertEquals(1, cycle.get(r));
            max = Math.max(max, volts.get(r));
        }
        assertEquals(4.300055f, max, 0);
        // capacities in C: the last charge of cycle 1 (Ah * 3600) matches Resume_Table's TC_CCapacity1 order of magnitude
        assertTrue(d.column("Charge capacity").orElseThrow().get(971) > 0);
    }

    @Test
    void auxiliaryChannelsOfAResultsDatabase() throws Exception {
        // synthetic, written here with Jackcess to the tables cellpy's arbin_res reads (no real .res with auxiliary
        // channels is redistributable as text): Auxiliary_Table (Test_ID, Data_Point, Auxiliary_Index, Data_Type, X, dX_dt),
        // Aux_Global_Data_Table (Channel_Index, Auxiliary_Index, Data_Type, Nickname, Unit)
        Path file = folder.resolve("aux_synthetic.res");
        try (com.healthmarketscience.jackcess.Database db = com.healthmarketscience.jackcess.DatabaseBuilder
                .create(com.healthmarketscience.jackcess.Database.FileFormat.V2000, file.toFile())) {
            com.healthmarketscience.jackcess.TableBuilder normal = new com.healthmarketscience.jackcess.TableBuilder("Channel_Normal_Table");
            for (String c : new String[] { "Test_ID", "Data_Point", "Step_Index", "Cycle_Index" }) {
                normal.addColumn(new com.healthmarketscience.jackcess.ColumnBuilder(c, com.healthmarketscience.jackcess.DataType.LONG));
            }
            for (String c : new String[] { "Test_Time", "Step_Time", "Current", "Voltage", "Charge_Capacity", "Discharge_Capacity",
                    "Charge_Energy", "Discharge_Energy" }) {
                normal.addColumn(new com.healthmarketscience.jackcess.ColumnBuilder(c, com.healthmarketscience.jackcess.DataType.DOUBLE));
            }
            com.healthmarketscience.jackcess.Table n = normal.toTable(db);
            for (int p = 1; p <= 4; p++) {
                n.addRow(1, p, 1, 1, 10.0 * p, 10.0 * p, 0.001, 3.0 + 0.1 * p, 0.001 * p, 0.0, 0.003 * p, 0.0);
            }
            com.healthmarketscience.jackcess.Table global = new com.healthmarketscience.jackcess.TableBuilder("Aux_Global_Data_Table")
                    .addColumn(new com.healthmarketscience.jackcess.ColumnBuilder("Channel_Index", com.healthmarketscience.jackcess.DataType.LONG))
                    .addColumn(new com.healthmarketscience.jackcess.ColumnBuilder("Auxiliary_Index", com.healthmarketscience.jackcess.DataType.LONG))
                    .addColumn(new com.healthmarketscience.jackcess.ColumnBuilder("Data_Type", com.healthmarketscience.jackcess.DataType.LONG))
                    .addColumn(new com.healthmarketscience.jackcess.ColumnBuilder("Nickname", com.healthmarketscience.jackcess.DataType.TEXT))
                    .addColumn(new com.healthmarketscience.jackcess.ColumnBuilder("Unit", com.healthmarketscience.jackcess.DataType.TEXT))
                    .toTable(db);
            global.addRow(1, 0, 1, "T1", "C");
            global.addRow(1, 0, 0, "", "mV");
            global.addRow(1, 1, 2, "P1", "psi");
            com.healthmarketscience.jackcess.Table aux = new com.healthmarketscience.jackcess.TableBuilder("Auxiliary_Table")
                    .addColumn(new com.healthmarketscience.jackcess.ColumnBuilder("Test_ID", com.healthmarketscience.jackcess.DataType.LONG))
                    .addColumn(new com.healthmarketscience.jackcess.ColumnBuilder("Data_Point", com.healthmarketscience.jackcess.DataType.LONG))
                    .addColumn(new com.healthmarketscience.jackcess.ColumnBuilder("Auxiliary_Index", com.healthmarketscience.jackcess.DataType.LONG))
                    .addColumn(new com.healthmarketscience.jackcess.ColumnBuilder("Data_Type", com.healthmarketscience.jackcess.DataType.LONG))
                    .addColumn(new com.healthmarketscience.jackcess.ColumnBuilder("X", com.healthmarketscience.jackcess.DataType.FLOAT))
                    .addColumn(new com.healthmarketscience.jackcess.ColumnBuilder("dX_dt", com.healthmarketscience.jackcess.DataType.FLOAT))
                    .toTable(db);
            for (int p : new int[] { 1, 2, 4 }) {
                aux.addRow(1, p, 0, 1, 25.0f + p, 0.5f);
            }
            for (int p = 1; p <= 4; p++) {
                aux.addRow(1, p, 0, 0, 1500f + p, 0f);
                aux.addRow(1, p, 1, 2, 14.5f, 0f);
            }
        }
        ImportResult result = Importers.read(file, null);
        assertEquals("arbin.res", result.importer().id());
        Dataset d = result.dataset();
        assertEquals(4, d.rows());
        Column t1 = d.column("T1").orElseThrow();
        assertEquals(QuantityKind.TEMPERATURE, t1.kind());
        assertEquals(27.0 + 273.15, t1.get(1), 1e-9);
        assertTrue(Double.isNaN(t1.get(2)), "no reading at data point 3: empty");
        assertEquals(0.5, d.column("T1 dX/dt").orElseThrow().get(0), 0);
        assertEquals("K/s", d.column("T1 dX/dt").orElseThrow().unit());
        Column volts = d.column("Aux 0 (type 0)").orElseThrow();
        assertEquals(QuantityKind.POTENTIAL, volts.kind());
        assertEquals(1.504, volts.get(3), 1e-12);
        assertEquals("psi", d.column("P1").orElseThrow().unit());
        assertEquals("3", d.metadata().get("auxiliary_channels"));
        assertEquals(1, result.warnings().size(), result.warnings().toString());
        assertTrue(result.warnings().get(0).what().contains("unit 'psi' unknown"), result.warnings().toString());
    }

    @Test
    void csvExportInOtherSpellingsAndAWorkbookNamedXls() throws Exception {
        // MITS 8 / SQL export spellings (Date Time, Test Time (s), units in brackets), synthetic to cellpy's arbin_sql_csv names
        Path csv = folder.resolve("mits8.csv");
        Files.writeString(csv, String.join("\r\n", "Date Time,Test Time (s),Step Time (s),Cycle Index,Step Index,Current (A),Voltage (V),"
                + "Charge Capacity [Ah],Discharge Capacity (Ah),Aux_Temperature_1 (C),Aux_dT/dt_1 (C/s)",
                "11/03/2023 10:00:00.000,0,0,1,1,0.5,3.5,0,0,25.5,0.01", "11/03/2023 10:00:10.000,10,10,1,1,0.5,3.6,0.0013889,0,25.6,0.01", ""),
                StandardCharsets.UTF_8);
        ImportResult r = Importers.read(csv, null);
        assertEquals("arbin.csv", r.importer().id());
        Dataset d = r.dataset();
        assertEquals(2, d.rows());
        assertEquals(10, d.column(QuantityKind.TIME).orElseThrow().get(1), 0);
        assertEquals(3.6, d.column(QuantityKind.POTENTIAL).orElseThrow().get(1), 0);
        assertEquals(0.0013889 * 3600, d.column("Charge capacity").orElseThrow().get(1), 1e-12);
        assertEquals(25.6 + 273.15, d.column("Aux_Temperature_1").orElseThrow().get(1), 1e-9);
        // dT/dt in degrees Celsius per second is a rate in K/s, not an unknown unit
        assertEquals("K/s", d.column("Aux_dT/dt_1").orElseThrow().unit());
        assertEquals(0.01, d.column("Aux_dT/dt_1").orElseThrow().get(1), 0);
        assertTrue(r.warnings().isEmpty(), r.warnings().toString());

        // MITS Pro's spellings: auxiliary channels with the unit before the channel number, temperatures in "(°)", the
        // specific capacity named by its unit (layout of the Format B header documented by a public battery-data-standard
        // project's Arbin reader; values synthetic)
        Path pro = folder.resolve("mitspro.csv");
        Files.writeString(pro, String.join("\r\n", "Date_Time,Test_Time(s),Step_Time(s),Step_Index,Cycle_Index,Voltage(V),Current(A),"
                + "Charge_Capacity(Ah),mAh/g,Aux_Voltage(V)_1,Aux_Temperature(\u00B0)_1,Aux_Temperature(\u00B0C)_2",
                "2022-05-09 10:00:00,0,0,1,1,3.5,0.001,0,0,0.5,25.0,26.0", "2022-05-09 10:00:10,10,10,1,1,3.6,0.001,0.0001,1.5,0.51,25.5,26.5", ""),
                StandardCharsets.UTF_8);
        ImportResult p = Importers.read(pro, null);
        assertEquals("arbin.csv", p.importer().id());
        assertTrue(p.warnings().isEmpty(), p.warnings().toString());
        Dataset pd = p.dataset();
        assertEquals("V", pd.column("Aux_Voltage_1").orElseThrow().unit());
        assertEquals(0.51, pd.column("Aux_Voltage_1").orElseThrow().get(1), 0);
        assertEquals(25.5 + 273.15, pd.column("Aux_Temperature_1").orElseThrow().get(1), 1e-9);
        assertEquals(26.5 + 273.15, pd.column("Aux_Temperature_2").orElseThrow().get(1), 1e-9);
        assertEquals(1.5 * 3600, pd.column("Specific capacity").orElseThrow().get(1), 1e-9);
        assertEquals(3.6, pd.column(QuantityKind.POTENTIAL).orElseThrow().get(1), 0);

        // the Excel export saved as .xls (a ZIP workbook under the old extension): found by content
        Path xls = folder.resolve("bs542_Channel_11.xls");
        Files.copy(shared("arbin-xlsx", "bs542_004_gr_li_50ua_50mv_1v_191020_Channel_11.xlsx"), xls);
        ImportResult x = Importers.read(xls, null);
        assertEquals("arbin.xlsx", x.importer().id());
        assertEquals(4526, x.dataset().rows());
    }

    @Test
    void excelExport() throws Exception {
        ImportResult result = Importers.read(shared("arbin-xlsx", "bs542_004_gr_li_50ua_50mv_1v_191020_Channel_11.xlsx"), null);
        assertEquals("arbin.xlsx", result.importer().id());
        Dataset d = result.dataset();
        assertEquals(Technique.GALVANOSTATIC_CYCLING, d.technique());
        assertEquals(4526, d.rows()); // sheet Channel_11_1: dimension A1:M4527, one header row
        assertUnits(d);
        // row 2 of the sheet: A2 44123.480400253473, B2 1.0009999999999999, F2 2.637298583984375, G2 0, M2 0, L2 empty
        assertEquals((44123.480400253473 - 25569) * 86400, d.column("Timestamp").orElseThrow().get(0), 1e-4);
        assertEquals(1.0009999999999999, d.column(QuantityKind.TIME).orElseThrow().get(0), 0);
        assertEquals(2.637298583984375, d.column(QuantityKind.POTENTIAL).orElseThrow().get(0), 0);
        assertTrue(Double.isNaN(d.column("Internal resistance").orElseThrow().get(0)));
        // the last row: B4527 1204815.8106799999, G4527 5.0827860832214355E-5 A, H4527 5.7027027942240238E-3 Ah
        int last = d.rows() - 1;
        assertEquals(1204815.8106799999, d.column(QuantityKind.TIME).orElseThrow().get(last), 0);
        assertEquals(5.0827860832214355E-5, d.column(QuantityKind.CURRENT).orElseThrow().get(last), 0);
        assertEquals(5.7027027942240238E-3 * 3600, d.column("Charge capacity").orElseThrow().get(last), 1e-12);
        assertEquals(3, d.column(QuantityKind.STEP_INDEX).orElseThrow().get(last));
        assertEquals("11", d.metadata().get(Metadata.CHANNEL));
        assertEquals("PV7.0 Build: 180508USB", d.metadata().get(Metadata.SOFTWARE));
        assertEquals("Ben\\bs542_graphite_slow_rate.sdu", d.metadata().get("procedure"));
    }

    @Test
    void csvExport() throws Exception {
        Path file = folder.resolve("arbin.csv");
        Files.writeString(file, """
                Data_Point,Date_Time,Test_Time(s),Step_Time(s),Cycle_Index,Step_Index,Current(A),Voltage(V),Charge_Capacity(Ah),Discharge_Capacity(Ah),Charge_Energy(Wh),Discharge_Energy(Wh),dV/dt(V/s),Internal_Resistance(Ohm),Aux_Temperature_1(C)
                1,10/20/2019 11:31:46.123,1.001,1.0005,1,1,0,2.6373,0,0,0,0,0,,25.1
                2,10/20/2019 11:31:47.123,2.0015,2.001,1,2,-5E-05,2.6376,0,1.5E-06,0,4E-06,0.0003,0.12,25.2
                """);
        ImportResult result = Importers.read(file, null);
        assertEquals("arbin.csv", result.importer().id());
        Dataset d = result.dataset();
        assertEquals(2, d.rows());
        assertEquals(Technique.GALVANOSTATIC_CYCLING, d.technique());
        assertEquals(java.time.LocalDateTime.of(2019, 10, 20, 11, 31, 46).toEpochSecond(java.time.ZoneOffset.UTC) + 0.123,
                d.column("Timestamp").orElseThrow().get(0), 1e-6);
        assertEquals(1.5e-6 * 3600, d.column("Discharge capacity").orElseThrow().get(1), 1e-15);
        assertEquals(4e-6 * 3600, d.column("Discharge energy").orElseThrow().get(1), 1e-15);
        assertEquals(25.2 + 273.15, d.column(QuantityKind.TEMPERATURE).orElseThrow().get(1), 1e-12);
        assertTrue(Double.isNaN(d.column("Internal resistance").orElseThrow().get(0)));
        assertUnits(d);

        Files.writeString(file, "Data_Point,Test_Time(s),Voltage(V)\n1,0.5,abc\n");
        ImportException e = assertThrows(ImportException.class, () -> read(new ArbinCsvImporter(), file));
        assertEquals("line 2", e.location());
        assertEquals("Voltage(V) 'abc' is not a number", e.reason());
    }

    @Test
    void badInputIsRefusedWithPlaceAndReason() throws Exception {
        Path empty = folder.resolve("empty.res");
        Files.write(empty, new byte[0]);
        ImportException e = assertThrows(ImportException.class, () -> read(new ResImporter(), empty));
        assertTrue(e.location() != null && e.getMessage().contains("arbin.res"), e.getMessage());
        Path xlsxAsRes = shared("arbin-xlsx", "bs542_004_gr_li_50ua_50mv_1v_191020_Channel_11.xlsx");
        assertThrows(ImportException.class, () -> read(new ResImporter(), xlsxAsRes));
        ImportException notXlsx = assertThrows(ImportException.class, () -> read(new XlsxImporter(), shared("arbin-res", "arbin_example.res")));
        assertTrue(notXlsx.reason().contains("ZIP"), notXlsx.getMessage());
        Path entity = folder.resolve("entity.xlsx");
        try (var zip = new java.util.zip.ZipOutputStream(Files.newOutputStream(entity))) {
            zip.putNextEntry(new java.util.zip.ZipEntry("xl/workbook.xml"));
            zip.write(("<?xml version=\"1.0\"?><!DOCTYPE w [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><workbook><sheets><sheet name=\"&x;\"/>"
                    + "</sheets></workbook>").getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        }
        ImportException xxe = assertThrows(ImportException.class, () -> read(new XlsxImporter(), entity));
        assertTrue(xxe.location().startsWith("xl/workbook.xml in the archive"), xxe.getMessage());
        assertTrue(xxe.reason().contains("DOCTYPE"), xxe.getMessage());
    }

    /** The real workbook with its data sheet replaced by the given text (streamed: it may be far larger than memory). */
    private Path workbookWithSheet(String name, String head, char fill, long count, String tail) throws IOException {
        Path out = folder.resolve(name);
        try (var real = new java.util.zip.ZipFile(shared("arbin-xlsx", "bs542_004_gr_li_50ua_50mv_1v_191020_Channel_11.xlsx").toFile());
                var zip = new java.util.zip.ZipOutputStream(Files.newOutputStream(out))) {
            for (var e : java.util.Collections.list(real.entries())) {
                zip.putNextEntry(new java.util.zip.ZipEntry(e.getName()));
                if (e.getName().equals("xl/worksheets/sheet2.xml")) {
                    zip.write(head.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
                    byte[] block = new byte[1 << 16];
                    java.util.Arrays.fill(block, (byte) fill);
                    for (long left = count; left > 0; left -= block.length) {
                        zip.write(block, 0, (int) Math.min(block.length, left));
                    }
                    zip.write(tail.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
                } else {
                    try (var in = real.getInputStream(e)) {
                        in.transferTo(zip);
                    }
                }
            }
        }
        return out;
    }

    /**
     * Hostile workbooks end in a one-line error, not an OutOfMemoryError: a cell of 64 MiB of digits (the parser would
     * hand it over whole: the text run is refused at 1 MiB of inflated bytes), a cell over Excel's 32,767 characters.
     */
    @Test
    void hostileWorkbooksAreRefusedWithBoundedMemory() throws Exception {
        String head = "<?xml version=\"1.0\"?><worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>"
                + "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>";
        String tail = "</t></is></c></row></sheetData></worksheet>";
        Path digits = workbookWithSheet("digits.xlsx", head, '9', 64L << 20, tail);
        assertTrue(Files.size(digits) < 1 << 20, Files.size(digits) + " bytes");
        ImportException bomb = assertThrows(ImportException.class, () -> read(new XlsxImporter(), digits));
        // refused by the cell's size (the parser hands text over in pieces) or by the run of text without markup
        assertTrue(bomb.getMessage().contains("xl/worksheets/sheet2.xml")
                && (bomb.reason().contains("32,767") || bomb.reason().contains("32767")), bomb.getMessage());
        Path long40k = workbookWithSheet("long-cell.xlsx", head, 'x', 40_000, tail);
        ImportException cell = assertThrows(ImportException.class, () -> read(new XlsxImporter(), long40k));
        assertTrue(cell.reason().contains("more than 32767 characters (Excel's limit)"), cell.getMessage());
    }

    private static String sane(Dataset d) {
        return Mutants.finite(d, Set.of("Internal Resistance", "Internal resistance", "dV/dt", "AC impedance", "ACI phase angle",
                "Timestamp", "Is FC data"));
    }

    private void mutate(Path file, String id, Importer importer, int count, long seed) throws IOException {
        Mutants.Outcome outcome = Mutants.run(file, id, importer, count, seed, folder, ArbinImportTest::sane, Duration.ofSeconds(30));
        assertTrue(outcome.failures().isEmpty(), outcome.failures().size() + " of " + count + " mutants mishandled:\n"
                + String.join("\n", outcome.failures().subList(0, Math.min(10, outcome.failures().size()))));
        assertTrue(outcome.refused() > count / 10, "only " + outcome.refused() + " of " + count + " mutants refused");
    }

    @Test
    void mutantsOfResultsDatabase() throws IOException {
        mutate(shared("arbin-res", "arbin_example.res"), "arbin.res", new ResImporter(), 300, 5);
    }

    @Test
    void mutantsOfExcelExport() throws IOException {
        mutate(shared("arbin-xlsx", "bs542_004_gr_li_50ua_50mv_1v_191020_Channel_11.xlsx"), "arbin.xlsx", new XlsxImporter(), 200, 6);
    }
}
