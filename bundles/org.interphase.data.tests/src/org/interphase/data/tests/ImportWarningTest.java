/*
 * Copyright (c) 2026 the Interphase contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.interphase.data.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.interphase.data.Dataset;
import org.interphase.data.DatasetBuilder;
import org.interphase.data.DatasetStore;
import org.interphase.data.Datasets;
import org.interphase.data.ImportWarning;
import org.interphase.data.Metadata;
import org.interphase.data.QuantityKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Warnings travel with the dataset, in memory and through the on-disk store, once each and at most MAX. */
class ImportWarningTest {

    @TempDir
    Path folder;

    private static void fill(DatasetBuilder b) {
        DatasetBuilder.ColumnWriter t = b.column("t", "s", QuantityKind.TIME);
        t.append(1);
        t.append(2);
        b.warning(ImportWarning.atByte(2933, "1200 bytes after the acquisition settings, left unread"));
        b.warning(ImportWarning.atLine(14, "state 'FRA' unknown, kept as code 9"));
        b.warning(ImportWarning.atLine(14, "state 'FRA' unknown, kept as code 9"));
        b.warning(ImportWarning.ofFile("column 'Aux' not understood: skipped\nsecond line"));
    }

    private static void check(Dataset d) {
        List<ImportWarning> w = d.warnings();
        assertEquals(3, w.size(), w.toString());
        assertEquals(new ImportWarning("byte 2933 (0xb75)", "1200 bytes after the acquisition settings, left unread"), w.get(0));
        assertEquals("line 14", w.get(1).where());
        assertEquals(null, w.get(2).where());
        assertEquals("column 'Aux' not understood: skipped second line", w.get(2).what());
        assertTrue(d.metadata().get(Metadata.WARNINGS).startsWith("byte 2933 (0xb75): 1200 bytes"));
    }

    @Test
    void inMemory() {
        DatasetBuilder b = Datasets.inMemory();
        fill(b);
        check(b.build());
    }

    @Test
    void throughTheStore() throws Exception {
        DatasetBuilder b = DatasetStore.create(folder.resolve("s"), Map.of());
        fill(b);
        b.build().close();
        try (Dataset d = DatasetStore.open(folder.resolve("s"))) {
            check(d);
        }
    }

    @Test
    void atMostMaxAreKeptAndTheRestCounted() {
        DatasetBuilder b = Datasets.inMemory();
        for (int i = 0; i < ImportWarning.MAX + 50; i++) {
            b.warning(ImportWarning.atLine(i + 1, "extra field"));
        }
        List<ImportWarning> w = b.build().warnings();
        assertEquals(ImportWarning.MAX + 1, w.size());
        assertTrue(w.get(ImportWarning.MAX).what().startsWith("50 more warning(s)"), w.get(ImportWarning.MAX).toString());
    }

    @Test
    void noWarningsNoKey() {
        DatasetBuilder b = Datasets.inMemory();
        b.column("t", "s", QuantityKind.TIME).append(0);
        Dataset d = b.build();
        assertTrue(d.warnings().isEmpty());
        assertTrue(!d.metadata().containsKey(Metadata.WARNINGS));
    }
}
