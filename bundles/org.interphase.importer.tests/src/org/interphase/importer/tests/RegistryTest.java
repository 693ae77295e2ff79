/*
 * Copyright (c) 2026 the Interphase contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.interphase.importer.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.interphase.data.Dataset;
import org.interphase.data.DatasetBuilder;
import org.interphase.data.Datasets;
import org.interphase.data.DatasetStore;
import org.interphase.data.Metadata;
import org.interphase.data.QuantityKind;
import org.interphase.data.Technique;
import org.interphase.importer.ImportException;
import org.interphase.importer.ImportResult;
import org.interphase.importer.ImporterDescriptor;
import org.interphase.importer.Importers;
import org.interphase.importer.tests.doubles.LoadProbe;
import org.interphase.importer.tests.doubles.TestImporters;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The registry of the extension point, with the test importers of this bundle's plugin.xml: metadata without
 * loading classes, candidates by magic bytes, then extension, then content, then fallbacks, and each failure reported.
 */
class RegistryTest {

    @TempDir
    Path folder;

    static List<String> testIds(List<ImporterDescriptor> importers) {
        return importers.stream().map(ImporterDescriptor::id).filter(id -> id.startsWith("test.")).toList();
    }

    @Test
    void metadataIsReadWithoutLoadingTheImporterClass() throws Exception {
        ImporterDescriptor lazy = Importers.find("test.lazy").orElseThrow();
        assertEquals("Test: lazy", lazy.name());
        assertEquals("Interphase tests", lazy.vendor());
        assertEquals(List.of("lazyprobe"), lazy.extensions());
        assertEquals("org.interphase.importer.tests", lazy.contributor());
        ImporterDescriptor magic = Importers.find("test.magic").orElseThrow();
        assertEquals("[@0:49 50 54 45 53 54 31, @2:ca fe]", magic.magics().toString());
        assertFalse(magic.fallback());
        assertTrue(Importers.find("test.fallback").orElseThrow().fallback());
        assertTrue(Importers.find("test.content").orElseThrow().hasContentMatcher());
        assertTrue(Importers.find("test.invalid").isEmpty(), "an importer without vendor is refused");

        Path other = folder.resolve("numbers.ipt");
        Files.writeString(other, "IPTEST1\n1\n");
        Importers.candidates(other);
        Importers.read(other, null);
        assertFalse(LoadProbe.LAZY_LOADED.get(), "listing and choosing importers loads no importer class it does not use");

        Path probe = folder.resolve("x.lazyprobe");
        Files.writeString(probe, "anything");
        ImportResult result = Importers.read(probe, null);
        assertEquals("test.lazy", result.importer().id());
        assertTrue(LoadProbe.LAZY_LOADED.get(), "the class is loaded to read its file");
    }

    @Test
    void candidatesComeByMagicThenExtensionThenContentThenFallback() throws Exception {
        Path file = folder.resolve("all.ipt");
        Files.writeString(file, "IPTEST1\n#content-test\n1\n2\n");
        List<ImporterDescriptor> candidates = Importers.candidates(file);
        assertEquals(List.of("test.magic", "test.failing", "test.content", "test.fallback"), testIds(candidates));
        List<String> ids = candidates.stream().map(ImporterDescriptor::id).toList();
        if (ids.contains("text.columns")) {
            assertTrue(ids.indexOf("text.columns") > ids.indexOf("test.content"), "the generic text reader is a fallback: " + ids);
        }

        Path magicElsewhere = folder.resolve("no-extension");
        Files.write(magicElsewhere, new byte[] { 0, 0, (byte) 0xCA, (byte) 0xFE, '\n', '5', '\n' });
        assertEquals(List.of("test.magic"), testIds(Importers.candidates(magicElsewhere)), "magic bytes at offset 2, any name");

        Path withoutMagic = folder.resolve("plain.ipt");
        Files.writeString(withoutMagic, "1\n2\n");
        assertEquals(List.of("test.failing", "test.fallback"), testIds(Importers.candidates(withoutMagic)),
                "an importer with magic bytes is not tried on a file without them, whatever its extension");
    }

    @Test
    void candidatesOfAHeadWithoutAFile() throws Exception {
        byte[] head = "IPTEST1\n#content-test\n1\n2\n".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        assertEquals(List.of("test.magic", "test.failing", "test.content", "test.fallback"), testIds(Importers.candidates("all.ipt", head)),
                "the same order as for a file of that name and head");
        assertEquals(List.of("test.magic", "test.content"), testIds(Importers.candidates(null, head)),
                "without a name (a content describer's stream), only magic bytes and content matchers decide");
        assertEquals(List.of(), testIds(Importers.candidates(null, "1\n2\n".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1))));
    }

    @Test
    void candidatesAreTriedInTurnAndEachFailureIsReported() throws Exception {
        Path file = folder.resolve("bad.ipt");
        Files.writeString(file, "IPTEST1\n1\nabc\n");
        ImportException e = assertThrows(ImportException.class, () -> Importers.read(file, null));
        assertEquals(null, e.importer());
        assertEquals(List.of("test.magic", "test.failing", "test.fallback"), e.attempts().stream().map(ImportException::importer).toList());
        assertEquals("line 3", e.attempts().get(0).location());
        assertEquals(file + ": none of the 3 candidate importers could read it\n"
                + "  test.magic: line 3: 'abc' is not a number\n"
                + "  test.failing: byte 0 (0x0): always fails\n"
                + "  test.fallback: no 'fallback-ok' line", e.getMessage());

        Files.writeString(file, "IPTEST1\nabc\nfallback-ok\n");
        ImportResult result = Importers.read(file, null);
        assertEquals("test.fallback", result.importer().id(), "the first candidate that reads the file wins");
        assertEquals("test.fallback", result.dataset().metadata().get(Metadata.IMPORTER));
        assertEquals(file.toAbsolutePath().toString(), result.dataset().metadata().get(Metadata.SOURCE_FILE));
    }

    @Test
    void failedAttemptsDiscardTheirBuilders() throws Exception {
        Path file = folder.resolve("discard.ipt");
        Files.writeString(file, "IPTEST1\nabc\nfallback-ok\n");
        List<String> events = new ArrayList<>();
        AtomicInteger made = new AtomicInteger();
        ImportResult result = Importers.read(file, null, () -> recording(made.incrementAndGet(), events), null);
        assertEquals("test.fallback", result.importer().id());
        assertEquals(List.of("discard 1", "discard 2", "build 3"), events);
    }

    private static DatasetBuilder recording(int n, List<String> events) {
        DatasetBuilder memory = Datasets.inMemory();
        return new DatasetBuilder() {
            @Override
            public void technique(Technique technique) {
                memory.technique(technique);
            }

            @Override
            public void metadata(String key, String value) {
                memory.metadata(key, value);
            }

            @Override
            public void warning(org.interphase.data.ImportWarning warning) {
                memory.warning(warning);
            }

            @Override
            public ColumnWriter column(String name, String unit, QuantityKind kind) {
                return memory.column(name, unit, kind);
            }

            @Override
            public Dataset build() {
                events.add("build " + n);
                return memory.build();
            }

            @Override
            public void discard() {
                events.add("discard " + n);
            }
        };
    }

    @Test
    void bugsAndUnloadableClassesAreReportedAsTheImportersFailures() throws Exception {
        Path file = folder.resolve("x.throw");
        Files.writeString(file, "data");
        ImportException e = assertThrows(ImportException.class, () -> Importers.read(file, null));
        assertEquals(List.of("test.throwing", "test.unloadable"), e.attempts().stream().map(ImportException::importer).toList());
        assertEquals("internal error of the importer (plugin org.interphase.importer.tests): java.lang.IllegalStateException: a bug in the importer",
                e.attempts().get(0).reason());
        assertTrue(e.attempts().get(1).reason().startsWith("the importer cannot be loaded (plugin org.interphase.importer.tests): "),
                e.attempts().get(1).reason());
    }

    @Test
    void aNamedFormatIsTheOnlyOneTried() throws Exception {
        Path file = folder.resolve("forced.txt");
        Files.writeString(file, "IPTEST1\n4\n5\n");
        ImportResult result = Importers.read(file, "test.magic", Datasets::inMemory, null);
        assertEquals(2, result.dataset().rows());
        ImportException failing = assertThrows(ImportException.class, () -> Importers.read(file, "test.failing", Datasets::inMemory, null));
        assertEquals("always fails", failing.reason());
        ImportException unknown = assertThrows(ImportException.class, () -> Importers.read(file, "vendor.none", Datasets::inMemory, null));
        assertTrue(unknown.reason().startsWith("no importer 'vendor.none' is installed; installed: "), unknown.reason());
        assertTrue(unknown.reason().contains("test.magic"), unknown.reason());
    }

    @Test
    void cancellationStopsTheImport() throws Exception {
        Path file = folder.resolve("cancel.ipt");
        Files.writeString(file, "IPTEST1\n1\n");
        NullProgressMonitor cancelled = new NullProgressMonitor();
        cancelled.setCanceled(true);
        assertThrows(OperationCanceledException.class, () -> Importers.read(file, null, Datasets::inMemory, cancelled));
    }

    @Test
    void storesAreReusedWhileTheFileIsUnchanged() throws Exception {
        Path file = folder.resolve("stored.ipt");
        Files.writeString(file, "IPTEST1\n1.5\n2.5\n");
        Path store = DatasetStore.folderFor(folder.resolve("model.interphase"), "stored.ipt");
        int before = TestImporters.READS.get();
        try (Dataset first = Importers.open(file, "test.magic", store, null)) {
            assertEquals(2, first.rows());
            assertEquals(2.5, first.columns().get(0).get(1));
        }
        try (Dataset second = Importers.open(file, "test.magic", store, null)) {
            assertEquals(2, second.rows());
        }
        assertEquals(before + 1, TestImporters.READS.get(), "the second open reads the store, not the file");

        Files.writeString(file, "IPTEST1\n1.5\n2.5\n3.5\n");
        Files.setLastModifiedTime(file, FileTime.fromMillis(Files.getLastModifiedTime(file).toMillis() + 2000));
        try (Dataset third = Importers.open(file, "test.magic", store, null)) {
            assertEquals(3, third.rows());
        }
        assertEquals(before + 2, TestImporters.READS.get(), "a changed file is read again");

        Files.writeString(file, "IPTEST1\nnot a number\n");
        Files.setLastModifiedTime(file, FileTime.fromMillis(Files.getLastModifiedTime(file).toMillis() + 4000));
        assertThrows(ImportException.class, () -> Importers.readToStore(file, "test.magic", store, null));
        try (Dataset kept = DatasetStore.open(store)) {
            assertEquals(3, kept.rows(), "a failed import leaves the previous store");
        }
    }
}
