/*
 * Copyright (c) 2026 the Interphase contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.interphase.importer.maccor.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Locale;
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
import org.interphase.importer.maccor.MaccorEisImporter;
import org.interphase.importer.maccor.MaccorTextImporter;
import org.interphase.importer.testing.Mutants;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.interphase.testdata.TestCorpus;

/**
 * The Maccor importers: the MIMS client export in data/ (maccor-txt), the other header variant docs/formats.md lists
 * (written here, with "0d 00:00:00" times and a decimal comma), and the impedance export, of which data/ has no
 * file: the test writes one from docs/formats.md's layout for a circuit R0 + R1 || C1 whose impedance it computes itself.
 * Where the real file disagrees with docs/formats.md (the file wins): its TestTime and StepTime are in minutes, not seconds
 * (one record per minute of DPT Time advances TestTime by 1.000000), its header spells the columns Rec, Cycle P,
 * Cycle C, Cap. [Ah], Ener. [Wh], Current [A], Voltage [V], Md, DPT Time, and its metadata precede the header as
 * one key/value pair per line.
 */
class MaccorImportTest {

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

    private static double wallClock(int y, int mo, int d, int h, int mi, int s) {
        return LocalDateTime.of(y, mo, d, h, mi, s).toEpochSecond(ZoneOffset.UTC);
    }

    @Test
    void mimsClientExport() throws Exception {
        ImportResult result = Importers.read(shared("maccor-txt", "maccor_002.txt"), null);
        assertEquals("maccor.txt", result.importer().id());
        Dataset d = result.dataset();
        assertEquals(Technique.GALVANOSTATIC_CYCLING, d.technique());
        assertEquals(7446, d.rows()); // Rec 1 ... 7446
        assertTrue(d.metadata().get("time_unit").startsWith("min"), d.metadata().get("time_unit"));
        Map<QuantityKind, String> units = Map.of(QuantityKind.TIME, "s", QuantityKind.STEP_TIME, "s", QuantityKind.POTENTIAL, "V",
                QuantityKind.CURRENT, "A", QuantityKind.CHARGE, "C", QuantityKind.ENERGY, "J");
        for (Column c : d.columns()) {
            if (units.containsKey(c.kind())) {
                assertEquals(units.get(c.kind()), c.unit(), c.name());
            }
        }
        // the last line: 7446 1 2 5 3809.841833 843.026000 0.00225395 0.00664376 0.00016037 1.3000 D 133 5/14/2021 7:10:13 AM
        int last = d.rows() - 1;
        assertEquals(3809.841833 * 60, d.column(QuantityKind.TIME).orElseThrow().get(last), 1e-6);
        assertEquals(843.026 * 60, d.column(QuantityKind.STEP_TIME).orElseThrow().get(last), 1e-6);
        assertEquals(0.00225395 * 3600, d.column(QuantityKind.CHARGE).orElseThrow().get(last), 1e-12);
        assertEquals(0.00664376 * 3600, d.column(QuantityKind.ENERGY).orElseThrow().get(last), 1e-12);
        assertEquals(-0.00016037, d.column(QuantityKind.CURRENT).orElseThrow().get(last), 1e-15); // D: discharge, negative
        assertEquals(1.3, d.column(QuantityKind.POTENTIAL).orElseThrow().get(last), 1e-15);
        assertEquals(2, d.column(QuantityKind.STATE).orElseThrow().get(last)); // D
        assertEquals(2, d.column(QuantityKind.CYCLE_INDEX).orElseThrow().get(last)); // Cycle C
        assertEquals(wallClock(2021, 5, 14, 7, 10, 13), d.column("Timestamp").orElseThrow().get(last), 0);
        // the file agrees with itself: test time and clock time advance alike over the whole test (within 2 s)
        double clock = d.column("Timestamp").orElseThrow().get(last) - d.column("Timestamp").orElseThrow().get(0);
        assertEquals(clock, d.column(QuantityKind.TIME).orElseThrow().get(last), 2.0);
        assertEquals("53", d.metadata().get(Metadata.CHANNEL));
        assertEquals("CW_MZ_SIMBA_CT.000", d.metadata().get("procedure"));
        assertEquals("2021-05-11T15:40:24", d.metadata().get(Metadata.START_TIME));
    }

    @Test
    void exportOneHeaderWithDayTimesAndDecimalComma() throws Exception {
        Path file = folder.resolve("export1.txt");
        Files.writeString(file, String.join("\r\n",
                "Today's Date\t11/18/2019\tDate of Test:\t11/11/2019\tFilename:\tcell7.012\tProcedure:\tform.000\tComment/Barcode:\tLi|LLZO|Li",
                "Rec#\tCyc#\tStep\tTestTime\tStepTime\tAmp-hr\tWatt-hr\tAmps\tVolts\tState\tES\tDPt Time\tACImp/Ohms\tDCIR/Ohms",
                "1\t0\t1\t0d 00:00:00\t0d 00:00:00\t0\t0\t0\t3,0125\tR\t0\t11/11/2019 10:00:00 AM\t0\t0",
                "2\t0\t2\t0d 00:10:00,5\t0d 00:00:00\t0,000125\t0,0004\t0,0015\t3,5012\tC\t0\t11/11/2019 10:10:00 AM\t0\t0,015",
                "3\t1\t3\t1d 02:03:04\t0d 01:00:00\t0,0015\t0,005\t-0,0015\t3,2\tD\t1\t11/12/2019 12:03:04 PM\t0,2\t0",
                ""), StandardCharsets.ISO_8859_1);
        ImportResult result = Importers.read(file, null);
        assertEquals("maccor.txt", result.importer().id());
        Dataset d = result.dataset();
        assertEquals(3, d.rows());
        assertEquals(600.5, d.column(QuantityKind.TIME).orElseThrow().get(1), 1e-12);
        assertEquals(86400 + 2 * 3600 + 3 * 60 + 4, d.column(QuantityKind.TIME).orElseThrow().get(2), 1e-12);
        assertEquals(3.5012, d.column(QuantityKind.POTENTIAL).orElseThrow().get(1), 1e-15);
        assertEquals(0.000125 * 3600, d.column(QuantityKind.CHARGE).orElseThrow().get(1), 1e-15);
        assertEquals(-0.0015, d.column(QuantityKind.CURRENT).orElseThrow().get(2), 1e-15);
        assertEquals(0.015, d.column("DCIR").orElseThrow().get(1), 1e-15);
        assertEquals(0.2, d.column("AC impedance").orElseThrow().get(2), 1e-15);
        assertEquals(wallClock(2019, 11, 12, 12, 3, 4), d.column("Timestamp").orElseThrow().get(2), 0);
        assertEquals(1, d.column(QuantityKind.STATE).orElseThrow().get(1)); // C
        assertEquals("Li|LLZO|Li", d.metadata().get(Metadata.COMMENTS));
        assertEquals("form.000", d.metadata().get("procedure"));
    }

    @Test
    void exportOneWithAuxiliaryUnitColumnsAndFractionalSeconds() throws Exception {
        // the first six records of cellpy's maccor_001.txt (testdata/PROVENANCE.tsv): sixteen "Aux #N" columns, each followed
        // by a " Units" column holding the unit as text (" C  "), VAR1-15, and test times with fractional seconds written
        // without leading zeros ("0d 00:00:5.05000019073486"); values as the file writes them
        ImportResult result = Importers.read(shared("maccor-txt", "maccor_001.head.txt"), null);
        assertEquals("maccor.txt", result.importer().id());
        Dataset d = result.dataset();
        assertEquals(6, d.rows());
        Column time = d.column(QuantityKind.TIME).orElseThrow();
        assertEquals(5.05000019073486, time.get(2), 1e-12);
        assertEquals(60.879999995231628, time.get(5), 1e-12);
        assertEquals(3.41627, d.column(QuantityKind.POTENTIAL).orElseThrow().get(2), 1e-15);
        assertEquals(-0.50401, d.column(QuantityKind.CURRENT).orElseThrow().get(2), 1e-15, "D: discharge, negative");
        assertEquals(0.00776 * 3600, d.column(QuantityKind.CHARGE).orElseThrow().get(5), 1e-12);
        // the clock (DPt Time) agrees with the test time: 12:23:13 is 61 s after 12:22:12, the test time 60.88 s
        Column clock = d.column("Timestamp").orElseThrow();
        assertEquals(61, clock.get(5) - clock.get(0), 0);
        // Aux #1 in the unit its Units column names (C: degrees Celsius, read as kelvin); every aux input of this file reads
        // about -2500 C, below absolute zero (no sensor connected): left empty, one warning per input
        Column aux = d.column("Aux #1").orElseThrow();
        assertEquals(QuantityKind.TEMPERATURE, aux.kind());
        assertEquals("K", aux.unit());
        assertTrue(Double.isNaN(aux.get(0)));
        assertTrue(d.column("Aux #1 unit").isEmpty(), "the Units columns are no columns of their own");
        assertEquals(16, result.warnings().size(), result.warnings().toString());
        assertEquals("line 5", result.warnings().get(0).where());
        assertEquals("Aux #1: 6 of 6 values are not plausible (first: -2501.71411 C), as an input with no sensor reads: left empty",
                result.warnings().get(0).what());
    }

    @Test
    void testTimeInMinutesAndTimeOnlyClock() throws Exception {
        // the layout of battery-data-toolkit's maccor_example.002 (its reader multiplies Test (Min) by 60): one metadata line
        // with spaces and tabs, "Test (Min)" and "Step (Min)", DPt Time as a time of day only; values written here
        Path file = folder.resolve("cell.002");
        Files.writeString(file, String.join("\r\n",
                "Today's Date 04/04/2016  Date of Test:\t04/01/2016\t Filename:\tC:\\Data\\cell.002 Procedure: form.000\tComment/Barcode: Li|NCM",
                "Rec#\tCyc#\tStep\tTest (Min)\tStep (Min)\tAmp-hr\tWatt-hr\tAmps\tVolts\tState\tES\tDPt Time",
                "1\t0\t1\t0.0000\t0.0000\t0.0000000000\t0.0000000000\t0.0000000000\t3.30000000\tR\t0\t16:05:31",
                "2\t0\t1\t0.1667\t0.1667\t0.0000000000\t0.0000000000\t0.0000000000\t3.30100000\tR\t1\t16:05:41",
                "3\t0\t2\t0.3333\t0.0000\t0.0000100000\t0.0000400000\t0.0024000000\t3.40000000\tC\t1\t16:05:51", ""),
                StandardCharsets.ISO_8859_1);
        ImportResult result = Importers.read(file, null);
        assertEquals("maccor.txt", result.importer().id());
        Dataset d = result.dataset();
        assertEquals(3, d.rows());
        assertEquals(0.3333 * 60, d.column(QuantityKind.TIME).orElseThrow().get(2), 1e-9);
        assertEquals(0.1667 * 60, d.column(QuantityKind.STEP_TIME).orElseThrow().get(1), 1e-9);
        // the clock agrees: 20 s after the first record, the test time 19.998 s
        Column clock = d.column("Timestamp").orElseThrow();
        assertEquals(20, clock.get(2) - clock.get(0), 0);
        assertEquals(wallClock(2016, 4, 1, 16, 5, 31), clock.get(0), 0, "the day: Date of Test");
        assertEquals(0.0024, d.column(QuantityKind.CURRENT).orElseThrow().get(2), 1e-15);
    }

    /** R0 + R1 || C1: Z = R0 + R1 / (1 + j w R1 C1). */
    private static double[] circuit(double f) {
        double r0 = 0.05;
        double r1 = 0.2;
        double c1 = 0.01;
        double wrc = 2 * Math.PI * f * r1 * c1;
        double denominator = 1 + wrc * wrc;
        return new double[] { r0 + r1 / denominator, -r1 * wrc / denominator };
    }

    private Path eisFile(String name, boolean negatedImaginary) throws IOException {
        StringBuilder s = new StringBuilder("MACCOR, INC. AC Impedance Test\r\n");
        s.append("Test Name:\tLiLLZO-01\r\nChannel:\t12\r\nCycle:\t3\r\nAmplitude (mV):\t10\r\n\r\n");
        s.append("Freq(Hz)\tPolar(V)\ttime(sec)\tZ'(a)\tZ''(b)\tPhase_Angle\tZ-Mag\tC(F)\r\n");
        for (int k = 0; k <= 30; k++) {
            double f = 1e5 / Math.pow(10, k / 5.0);
            double[] z = circuit(f);
            double modulus = Math.hypot(z[0], z[1]);
            double phase = Math.toDegrees(Math.atan2(z[1], z[0]));
            double capacitance = -1 / (2 * Math.PI * f * z[1]);
            s.append(String.format(Locale.ROOT, "%.12e\t%.4f\t%.3f\t%.9e\t%.9e\t%.6f\t%.9e\t%.6e\r\n", f, 3.8, 0.5 * k, z[0],
                    negatedImaginary ? -z[1] : z[1], phase, modulus, capacitance));
        }
        Path file = folder.resolve(name);
        Files.writeString(file, s, StandardCharsets.ISO_8859_1);
        return file;
    }

    @Test
    void impedanceExport() throws Exception {
        for (boolean negated : new boolean[] { false, true }) {
            Path file = eisFile("LiLLZO-01.EDA000" + (negated ? "2" : "1"), negated);
            ImportResult result = Importers.read(file, null);
            assertEquals("maccor.eis", result.importer().id());
            Dataset d = result.dataset();
            assertEquals(Technique.EIS, d.technique());
            assertEquals(31, d.rows()); // 1e5 .. 0.1 Hz, 5 per decade
            Column f = d.column(QuantityKind.FREQUENCY).orElseThrow();
            Column re = d.column(QuantityKind.IMPEDANCE_REAL).orElseThrow();
            Column im = d.column(QuantityKind.IMPEDANCE_IMAGINARY).orElseThrow();
            for (int r = 0; r < d.rows(); r++) {
                double[] z = circuit(f.get(r));
                assertEquals(z[0], re.get(r), 1e-9 * Math.abs(z[0]) + 1e-15);
                assertEquals(z[1], im.get(r), 1e-8 * Math.abs(z[1]) + 1e-15); // stored signed: negative, capacitive
                assertTrue(im.get(r) < 0);
            }
            assertEquals(Math.toRadians(Math.toDegrees(Math.atan2(circuit(f.get(10))[1], circuit(f.get(10))[0]))),
                    d.column(QuantityKind.IMPEDANCE_PHASE).orElseThrow().get(10), 1e-8);
            assertEquals("rad", d.column(QuantityKind.IMPEDANCE_PHASE).orElseThrow().unit());
            assertEquals("12", d.metadata().get(Metadata.CHANNEL));
            assertTrue(d.metadata().get("imaginary_sign").contains(negated ? "-Im(Z)" : "is Im(Z)"), d.metadata().get("imaginary_sign"));
        }
    }

    @Test
    void badInputIsRefusedWithLineAndReason() throws Exception {
        Path eis = eisFile("bad.EDA0001", false);
        String text = Files.readString(eis, StandardCharsets.ISO_8859_1).replace("3.8000", "3.8O00");
        Files.writeString(eis, text, StandardCharsets.ISO_8859_1);
        ImportException e = assertThrows(ImportException.class, () -> read(new MaccorEisImporter(), eis));
        assertEquals("line 8", e.location());
        assertEquals("Polar(V) '3.8O00' is not a number", e.reason());
        ImportException wrong = assertThrows(ImportException.class, () -> read(new MaccorTextImporter(),
                shared("maccor-txt", "../neware-csv/neware_uio.csv")));
        assertTrue(wrong.reason().contains("not a Maccor text export"), wrong.getMessage());
        Path empty = folder.resolve("empty.txt");
        Files.write(empty, new byte[0]);
        assertEquals("line 1", assertThrows(ImportException.class, () -> read(new MaccorTextImporter(), empty)).location());
        assertEquals("line 1", assertThrows(ImportException.class, () -> read(new MaccorEisImporter(), empty)).location());
    }

    private static String sane(Dataset d) {
        return Mutants.finite(d, Set.of("Timestamp", "Step time", "Capacity", "Energy", "Cycle", "Cycle P", "Step", "ES", "Mode",
                "VAR1", "VAR2", "VAR3", "VAR4", "VAR5", "VAR6", "VAR7", "VAR8", "VAR9", "VAR10", "VAR11", "VAR12", "VAR13", "VAR14",
                "VAR15"));
    }

    private void mutate(Path file, String id, Importer importer, int count, long seed) throws IOException {
        Mutants.Outcome outcome = Mutants.run(file, id, importer, count, seed, folder, MaccorImportTest::sane, Duration.ofSeconds(30));
        assertTrue(outcome.failures().isEmpty(), outcome.failures().size() + " of " + count + " mutants mishandled:\n"
                + String.join("\n", outcome.failures().subList(0, Math.min(10, outcome.failures().size()))));
        assertTrue(outcome.refused() > count / 10, "only " + outcome.refused() + " of " + count + " mutants refused");
    }

    @Test
    void mutantsOfTextExport() throws IOException {
        mutate(shared("maccor-txt", "maccor_002.txt"), "maccor.txt", new MaccorTextImporter(), 90, 11);
    }

    @Test
    void mutantsOfImpedanceExport() throws IOException {
        mutate(eisFile("mutated.EDA0001", false), "maccor.eis", new MaccorEisImporter(), 600, 12);
    }
}
