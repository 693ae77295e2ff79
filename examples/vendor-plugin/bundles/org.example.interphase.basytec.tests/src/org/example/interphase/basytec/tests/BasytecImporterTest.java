/*
 * Copyright (c) 2026 the Interphase contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.example.interphase.basytec.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;

import org.example.interphase.basytec.BasytecImporter;
import org.interphase.data.Column;
import org.interphase.data.Dataset;
import org.interphase.data.Datasets;
import org.interphase.data.QuantityKind;
import org.interphase.importer.ImportException;
import org.interphase.importer.ImportResult;
import org.interphase.importer.Importers;
import org.interphase.importer.testing.Mutants;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The importer as Interphase runs it: found through the extension point, on the plugin's sample and on bad input. */
class BasytecImporterTest {

    /** The sample file of the plugin project (samples/), passed by the pom as a system property. */
    static Path sample() {
        return Path.of(System.getProperty("vendor.samples", "../../samples"), "basytec-cycle.txt");
    }

    @TempDir
    Path folder;

    @Test
    void theSampleIsRecognisedAndReadInSiUnits() throws Exception {
        assertEquals(BasytecImporter.ID, Importers.candidates(sample()).get(0).id());
        ImportResult result = Importers.read(sample(), null);
        Dataset d = result.dataset();
        assertEquals(BasytecImporter.ID, result.importer().id());
        assertEquals(82, d.rows());
        // 1 mA for 1.7 h is 1.7 mAh = 6.12 C; the file's Ah[Ah] column after the charge step says 0.0017 Ah
        Column charge = column(d, QuantityKind.CHARGE, "charge");
        assertEquals(0.0017 * 3600, charge.get(41), 1e-9);
        assertEquals(0.25 * 3600, column(d, QuantityKind.TIME, "time").get(5), 1e-9);
        assertEquals(298.15, column(d, QuantityKind.TEMPERATURE, "temperature 1").get(0), 1e-9);
        assertEquals(2, column(d, QuantityKind.STATE, "state").get(81), 0); // Discharge
        assertEquals("2025-11-13T10:40:01", d.metadata().get("start_time"));
    }

    @Test
    void blankSeparatedExportsWithADateTimeColumnAreRead() throws Exception {
        Path file = folder.resolve("blanks.txt");
        Files.writeString(file, """
                ~Resultfile from Basytec Battery Test System
                ~Start of Test: 05.05.2025 16:35:43
                ~
                ~Time[h] DataSet DateTime t-Step[h] Line Command U[V] I[A] Ah[Ah]
                0.000000 1 05.05.2025 16:35:43 0.000000 2 Pause 2.875 0 0
                0.001000 2 05.05.2025 16:35:47 0.001000 3 Charge 2.876 0.005 0.000005
                """, StandardCharsets.UTF_8);
        Dataset d = Importers.read(file, null).dataset();
        assertEquals(2, d.rows());
        assertEquals(3.6, column(d, QuantityKind.TIME, "time").get(1), 1e-12);
        assertEquals(0.005, column(d, QuantityKind.CURRENT, "current").get(1), 0);
    }

    @Test
    void aBadNumberIsRefusedWithItsLineAndColumn() throws Exception {
        Path file = folder.resolve("bad.txt");
        List<String> lines = Files.readAllLines(sample());
        lines.set(12, lines.get(12).replace("\t3.2", "\t3,x"));
        Files.write(file, lines);
        ImportException e = assertThrows(ImportException.class, () -> Importers.read(file, BasytecImporter.ID, Datasets::inMemory, null));
        assertTrue(e.getMessage().contains("line 13") && e.getMessage().contains("U[V]"), e.getMessage());
    }

    @Test
    void mutantsOfTheSampleAreRefusedCleanlyOrReadSanely() throws Exception {
        Mutants.Outcome outcome = Mutants.run(sample(), BasytecImporter.ID, new BasytecImporter(), 60, 12, folder,
                d -> Mutants.finite(d, Set.of()), Duration.ofSeconds(20));
        assertTrue(outcome.failures().isEmpty(), String.join("\n", outcome.failures()));
    }

    private static Column column(Dataset d, QuantityKind kind, String name) {
        return d.columns().stream().filter(c -> c.kind() == kind && c.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no column " + name + " in " + d.columns()));
    }
}
