/*
 * Copyright (c) 2026 the Interphase contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.interphase.importer.text.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.interphase.data.Column;
import org.interphase.data.Dataset;
import org.interphase.data.Datasets;
import org.interphase.data.Metadata;
import org.interphase.data.QuantityKind;
import org.interphase.data.Technique;
import org.interphase.importer.ImportException;
import org.interphase.importer.ImportResult;
import org.interphase.importer.Importers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.interphase.testdata.TestCorpus;

/**
 * The vendor text exports in data/ (CH Instruments, Parstat, PowerSuite, VersaStudio), the generic reader on the
 * other text files (pyDRTtools' spectra, a Neware CSV export), and the column mapping beside a file.
 */
class TextExportsTest {

    @TempDir
    Path folder;

    static Path shared(String dir, String file) {
        return TestCorpus.file(String.join("/", dir, file));
    }

    static Dataset read(Path file, String importer) throws Exception {
        ImportResult r = Importers.read(file, null);
        assertEquals(importer, r.importer().id(), file.getFileName().toString());
        return r.dataset();
    }

    @Test
    void chInstruments() throws Exception {
        Dataset d = read(shared("chinstruments-txt", "exampleDataCHInstruments.txt"), "text.chinstruments");
        assertEquals(Technique.EIS, d.technique());
        assertEquals(73, d.rows());
        assertEquals("CH Instruments CHI660E", d.metadata().get(Metadata.INSTRUMENT));
        assertEquals("2020-02-20T15:55:08", d.metadata().get(Metadata.START_TIME));
        assertEquals("A.C. Impedance", d.metadata().get(Metadata.TECHNIQUE_NAME));
        assertEquals(Math.toRadians(-1.6), d.column(QuantityKind.IMPEDANCE_PHASE).orElseThrow().get(0), 1e-15);
        assertEquals("Ohm", d.column(QuantityKind.IMPEDANCE_MODULUS).orElseThrow().unit());
    }

    @Test
    void parstatMixesDcPointsWithASpectrum() throws Exception {
        Dataset d = read(shared("parstat-txt", "exampleDataParstat.txt"), "text.parstat");
        assertEquals(Technique.MIXED, d.technique());
        assertEquals(812, d.rows());
        assertEquals("31", d.metadata().get("impedance_rows"));
        assertEquals(-0.149962306022644, d.column(QuantityKind.CURRENT).orElseThrow().get(0), 0);
        assertEquals("|Vac|", d.columns().get(6).name());
        assertEquals("V", d.columns().get(6).unit());
    }

    @Test
    void powerSuite() throws Exception {
        Dataset d = read(shared("powersuite-txt", "exampleDataPowersuite.txt"), "text.powersuite");
        assertEquals(Technique.EIS, d.technique());
        assertEquals(30, d.rows(), "the last row has no line end");
        assertEquals(2e6, d.column(QuantityKind.FREQUENCY).orElseThrow().get(29), 0);
        assertEquals("Ohm", d.column(QuantityKind.IMPEDANCE_IMAGINARY).orElseThrow().unit(), "no unit in the file: Ohm");
    }

    @Test
    void versaStudio() throws Exception {
        Dataset d = read(shared("versastudio-par", "exampleDataVersaStudio.par"), "text.versastudio");
        assertEquals(Technique.EIS, d.technique());
        assertEquals(61, d.rows());
        assertEquals("AMETEK VersaSTAT4 (SN 16334007)", d.metadata().get(Metadata.INSTRUMENT));
        assertEquals("2018-07-19T09:40:30", d.metadata().get(Metadata.START_TIME));
        assertEquals("Potentiostatic EIS", d.metadata().get(Metadata.TECHNIQUE_NAME));
        assertEquals("エクスペリメントのコメントを入力", d.metadata().get(Metadata.COMMENTS), "UTF-8");
        assertEquals(24, d.columns().size(), "the Definition's trailing 0 is not a column");
        assertEquals(1.812, d.column(QuantityKind.TIME).orElseThrow().get(0), 0);
    }

    @Test
    void genericReaderOnOtherTextFiles() throws Exception {
        for (String file : new String[] { "LIB_data.txt", "data_1.csv" }) {
            Dataset d = read(shared("drt-txt", file), "text.columns");
            assertEquals(Technique.EIS, d.technique(), file);
            assertEquals(107, d.rows(), file);
            Column f = d.column(QuantityKind.FREQUENCY).orElseThrow();
            assertEquals(999.040405, f.get(0), 0, file);
            Column re = d.column(QuantityKind.IMPEDANCE_REAL).orElseThrow();
            for (int r = 0; r < d.rows(); r++) {
                assertTrue(re.get(r) > 0, file + ": Re(Z) > 0");
                if (r > 0) {
                    assertTrue(f.get(r) < f.get(r - 1), file + ": one falling sweep");
                }
            }
        }
        // a Neware export as CSV: durations, a date-time, step types as words; testdata/README.md: cellpy's test file
        Dataset neware = read(shared("neware-csv", "neware_uio.csv"), "text.columns");
        assertEquals(Technique.GALVANOSTATIC_CYCLING, neware.technique());
        assertEquals(9065, neware.rows());
        assertEquals("0=Rest; 1=CC DChg; 2=CC Chg", neware.metadata().get("Step Type.codes"));
        assertEquals(60.0, neware.column("Time").orElseThrow().get(1), 0, "00:01:00");
        assertEquals(2.9176, neware.column(QuantityKind.POTENTIAL).orElseThrow().get(1), 0);
        assertEquals("C", neware.column("Capacity").orElseThrow().unit(), "Ah converted");
        assertEquals(java.time.LocalDateTime.of(2022, 5, 18, 16, 27, 52).toEpochSecond(java.time.ZoneOffset.UTC),
                neware.column("Date").orElseThrow().get(0), 0);
    }

    @Test
    void aColumnMappingSaysWhatTheNamesCannot() throws Exception {
        Path file = folder.resolve("run.csv");
        Files.writeString(file, "t;Ewe;I;cyc\n0;3200,5;1,5;1\n10;3300,0;1,5;1\n", StandardCharsets.UTF_8);
        Files.writeString(folder.resolve("run.csv.columns"), "# what the columns of run.csv are\nt = TIME min\nEwe = POTENTIAL mV\n"
                + "I = CURRENT mA\ncyc = CYCLE_INDEX\ntechnique = CHRONOPOTENTIOMETRY\n", StandardCharsets.UTF_8);
        Dataset d = Importers.read(file, "text.columns", Datasets::inMemory, null).dataset();
        assertEquals(Technique.CHRONOPOTENTIOMETRY, d.technique());
        assertEquals(600.0, d.column(QuantityKind.TIME).orElseThrow().get(1), 0);
        assertEquals(3.3, d.column(QuantityKind.POTENTIAL).orElseThrow().get(1), 1e-15);
        assertEquals(1.5e-3, d.column(QuantityKind.CURRENT).orElseThrow().get(0), 1e-18);
        Files.writeString(folder.resolve("run.csv.columns"), "Ewe = POTENTIAL mA\n", StandardCharsets.UTF_8);
        ImportException e = assertThrows(ImportException.class, () -> Importers.read(file, "text.columns", Datasets::inMemory, null));
        assertEquals("column mapping run.csv.columns line 1", e.location());
        assertEquals("unit 'mA' is not a unit of POTENTIAL (V)", e.reason());
    }

    @Test
    void headersWithUnitsAndNegatedColumns() throws Exception {
        Path file = folder.resolve("eis.csv");
        Files.writeString(file, "Frequency (kHz),Z' (Ohm),-Z'' (Ohm),Phase [deg]\n1,10,2,-11.3\n0.1,12,5,-22.6\n", StandardCharsets.UTF_8);
        Dataset d = Importers.read(file, null).dataset();
        assertEquals(Technique.EIS, d.technique());
        assertEquals(1000, d.column(QuantityKind.FREQUENCY).orElseThrow().get(0), 0);
        assertEquals(-5, d.column(QuantityKind.IMPEDANCE_IMAGINARY).orElseThrow().get(1), 0);
        assertEquals("Z''", d.column(QuantityKind.IMPEDANCE_IMAGINARY).orElseThrow().name());
        assertEquals(Math.toRadians(-22.6), d.column(QuantityKind.IMPEDANCE_PHASE).orElseThrow().get(1), 1e-15);
    }

    /**
     * Generic text read by content whatever its name: separators (tab, semicolon, comma), decimal commas, units in
     * brackets or after a slash, a BOM, UTF-16 and Latin-1 (µA), sign conventions of the imaginary part; the
     * technique inferred from the columns (EIS from frequency and impedance, cycling from time, voltage and current).
     */
    @Test
    void genericTextByContentInAnyCommonSpelling() throws Exception {
        Path utf16 = folder.resolve("spectrum.export");
        Files.write(utf16, ("\uFEFFFreq/Hz\tRe(Z)/Ohm\t-Im(Z)/Ohm\n1000\t10,5\t2,25\n100\t11\t4\n").getBytes(StandardCharsets.UTF_16LE));
        byte[] withBom = Files.readAllBytes(utf16);
        Dataset eis = Importers.read(utf16, null).dataset();
        assertEquals(Technique.EIS, eis.technique(), "UTF-16LE with a BOM (" + withBom.length + " bytes), tabs, decimal commas");
        assertEquals(10.5, eis.column(QuantityKind.IMPEDANCE_REAL).orElseThrow().get(0), 0);
        assertEquals(-2.25, eis.column(QuantityKind.IMPEDANCE_IMAGINARY).orElseThrow().get(0), 0);

        Path latin1 = folder.resolve("run");
        Files.write(latin1, "Time [s];Voltage [V];Current [\u00b5A]\n0;3,1;-50\n1;3,2;-50\n2;3,3;50\n".getBytes(StandardCharsets.ISO_8859_1));
        Dataset cycling = Importers.read(latin1, null).dataset();
        assertEquals(Technique.GALVANOSTATIC_CYCLING, cycling.technique(), "time, voltage and current: cycling");
        assertEquals(-50e-6, cycling.column(QuantityKind.CURRENT).orElseThrow().get(0), 1e-18, "\u00b5A in Latin-1");
        assertEquals(3.2, cycling.column(QuantityKind.POTENTIAL).orElseThrow().get(1), 1e-15);

        Path bom = folder.resolve("z.dat");
        Files.write(bom, ("\uFEFFfrequency (Hz),Z_real (ohm),Z_imag (ohm)\n10,1.5,-0.5\n1,2.5,-1.5\n").getBytes(StandardCharsets.UTF_8));
        Dataset dat = Importers.read(bom, null).dataset();
        assertEquals(Technique.EIS, dat.technique());
        assertEquals(-1.5, dat.column(QuantityKind.IMPEDANCE_IMAGINARY).orElseThrow().get(1), 0);
    }
}
