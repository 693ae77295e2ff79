/*
 * Copyright (c) 2026 the Interphase contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.interphase.importer.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.interphase.data.Column;
import org.interphase.data.Dataset;
import org.interphase.data.Datasets;
import org.interphase.data.QuantityKind;
import org.interphase.data.Technique;
import org.interphase.importer.ImportException;
import org.interphase.importer.ImportResult;
import org.interphase.importer.Importers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.interphase.testdata.TestCorpus;

/** The generic text importer and the registry's choice of importer, on impedance.py's example spectrum. */
class TextImportTest {

    @TempDir
    Path folder;

    static Path shared(String path) {
        return TestCorpus.file(String.join("/", path));
    }

    @Test
    void readsImpedancePyExampleAsASpectrum() throws Exception {
        Path file = shared("csv-eis/exampleData.csv");
        ImportResult result = Importers.read(file, null);
        assertEquals("text.columns", result.importer().id());
        Dataset dataset = result.dataset();
        assertEquals(Technique.EIS, dataset.technique());
        assertEquals(66, dataset.rows()); // 66 lines in the file
        Column f = dataset.column(QuantityKind.FREQUENCY).orElseThrow();
        Column im = dataset.column(QuantityKind.IMPEDANCE_IMAGINARY).orElseThrow();
        // the file's first line: 3.1623e-03, 4.949989776405060160e-02, -2.043869854441892481e-02
        assertEquals(3.1623e-3, f.get(0), 1e-18);
        assertEquals(-2.043869854441892481e-02, im.get(0), 0);
        assertEquals(57, java.util.stream.IntStream.range(0, dataset.rows()).filter(i -> im.get(i) < 0).count());
        assertTrue(dataset.metadata().get("source_file").endsWith("exampleData.csv"));
    }

    @Test
    void csvExportReadsBackToTheSameNumbers() throws Exception {
        Dataset original = Importers.read(shared("csv-eis/exampleData.csv"), null).dataset();
        StringWriter csv = new StringWriter();
        Datasets.writeCsv(original, csv);
        assertTrue(csv.toString().startsWith("f/Hz,Re(Z)/Ohm,Im(Z)/Ohm\n"), csv.toString().substring(0, 40));
        Path file = folder.resolve("export.csv");
        Files.writeString(file, csv.toString());
        Dataset copy = Importers.read(file, null).dataset();
        assertEquals(List.of("f", "Re(Z)", "Im(Z)"), copy.columns().stream().map(Column::name).toList());
        assertEquals(QuantityKind.IMPEDANCE_IMAGINARY, copy.columns().get(2).kind());
        for (int c = 0; c < 3; c++) {
            assertEquals(java.util.Arrays.toString(original.columns().get(c).toArray()), java.util.Arrays.toString(copy.columns().get(c).toArray()));
        }
    }

    @Test
    void badTextNamesTheLineAndTheField() throws Exception {
        Path file = folder.resolve("bad.csv");
        Files.writeString(file, "1,2,3\n4,5,6\n7,x,9\n");
        ImportException e = assertThrows(ImportException.class, () -> Importers.read(file, "text.columns", Datasets::inMemory, null));
        assertEquals("line 3", e.location());
        assertEquals("field 2 ('x') is not a number", e.reason());
        assertEquals(file + ": text.columns: line 3: field 2 ('x') is not a number", e.getMessage());
    }

    @Test
    void unknownFilesAreRefusedWithTheReason() throws Exception {
        Path binary = folder.resolve("unknown.bin");
        Files.write(binary, new byte[] { 0, 1, 2, 3, (byte) 0xff, 0x10 });
        ImportException e = assertThrows(ImportException.class, () -> Importers.read(binary, null));
        assertTrue(e.getMessage().contains("no installed importer recognises this file"), e.getMessage());
        ImportException missing = assertThrows(ImportException.class, () -> Importers.read(folder.resolve("none.csv"), null));
        assertTrue(missing.getMessage().endsWith("no such file"), missing.getMessage());
        Path empty = folder.resolve("empty.csv");
        Files.writeString(empty, "");
        ImportException nothing = assertThrows(ImportException.class, () -> Importers.read(empty, null));
        assertTrue(nothing.getMessage().endsWith("the file is empty"), nothing.getMessage());
    }
}
