/*
 * Copyright (c) 2026 the Interphase contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.interphase.importer.maccor.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.interphase.data.Column;
import org.interphase.data.Dataset;
import org.interphase.data.ImportWarning;
import org.interphase.importer.ImportException;
import org.interphase.importer.ImportResult;
import org.interphase.importer.Importers;
import org.interphase.testdata.TestCorpus;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Maccor's numbered files of one test (X.001, X.002, ...): the real MIMS client export maccor-txt/maccor_002.txt
 * (Rec 1 ... 7446) is split here into parts, each with the file's own header lines, the way Maccor's software writes
 * a long test. Parts that continue the records are read as one dataset equal to the whole file; parts that restart
 * the records (another test of the same name, beep's channel-per-extension convention) are read apart with a warning;
 * a missing part is warned; a damaged later part is an error naming that part and its line.
 */
class MaccorSeriesTest {

    @TempDir
    Path folder;

    /** The whole file's lines before its first record (header lines, column header, blank line), and its records. */
    static List<String> head = new ArrayList<>();
    static List<String> records = new ArrayList<>();
    static Dataset whole;

    @BeforeAll
    static void split() throws Exception {
        Path file = TestCorpus.file("maccor-txt/maccor_002.txt");
        List<String> lines = Files.readAllLines(file, StandardCharsets.ISO_8859_1);
        int first = 0;
        while (!lines.get(first).startsWith("1\t")) {
            first++;
        }
        head = new ArrayList<>(lines.subList(0, first));
        for (String l : lines.subList(first, lines.size())) {
            if (!l.isBlank()) {
                records.add(l);
            }
        }
        whole = Importers.read(file, null).dataset();
        assertEquals(7446, records.size());
        assertEquals(7446, whole.rows());
    }

    /** A part holding the header lines and records from (1-based Rec) to (inclusive), the header edited by edit. */
    private Path part(String name, int from, int to, java.util.function.UnaryOperator<String> edit) throws IOException {
        List<String> out = new ArrayList<>();
        for (String h : head) {
            out.add(edit.apply(h));
        }
        out.addAll(records.subList(from - 1, to));
        Path p = folder.resolve(name);
        Files.write(p, (String.join("\r\n", out) + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
        return p;
    }

    private Path part(String name, int from, int to) throws IOException {
        return part(name, from, to, h -> h);
    }

    private static String warnings(ImportResult r) {
        return r.dataset().warnings().stream().map(ImportWarning::toString).collect(Collectors.joining("\n"));
    }

    /** Rows expectedFrom ... of expected equal rows actualFrom ... of actual, count of them, in every column. */
    private static void assertSameRows(Dataset expected, int expectedFrom, Dataset actual, int actualFrom, int count) {
        assertEquals(expected.columns().size(), actual.columns().size());
        for (Column e : expected.columns()) {
            Column a = actual.column(e.name()).orElseThrow();
            double[] want = new double[count];
            double[] got = new double[count];
            e.read(expectedFrom, want, 0, count);
            a.read(actualFrom, got, 0, count);
            assertArrayEquals(want, got, e.name());
        }
    }

    @Test
    void continuingPartsAreOneTest() throws Exception {
        Path p1 = part("split-of-maccor_002.001", 1, 3000);
        Path p2 = part("split-of-maccor_002.002", 3001, 7446);
        for (Path opened : List.of(p1, p2)) {
            ImportResult r = Importers.read(opened, null);
            assertEquals("maccor.txt", r.importer().id());
            Dataset d = r.dataset();
            assertEquals(7446, d.rows(), opened.toString());
            assertSameRows(whole, 0, d, 0, 7446);
            assertTrue(d.metadata().get("parts").startsWith("split-of-maccor_002.001, split-of-maccor_002.002"), d.metadata().get("parts"));
            assertNull(d.metadata().get("separate_files"));
            assertTrue(!warnings(r).contains("missing"), warnings(r));
            assertEquals(whole.metadata().get("time_unit"), d.metadata().get("time_unit"));
        }
    }

    @Test
    void restartedRecordsAreSeparateTests() throws Exception {
        Path p1 = part("split-of-maccor_002.001", 1, 3000);
        part("split-of-maccor_002.002", 1, 2000); // the same test name, its records restart: another test
        ImportResult r = Importers.read(p1, null);
        assertEquals(3000, r.dataset().rows());
        assertSameRows(whole, 0, r.dataset(), 0, 3000);
        assertNull(r.dataset().metadata().get("parts"));
        String separate = r.dataset().metadata().get("separate_files");
        assertTrue(separate.contains("split-of-maccor_002.002") && separate.contains("Rec# restarts at 1 after 3000"), separate);
        assertTrue(warnings(r).contains("read apart"), warnings(r));
    }

    @Test
    void anotherChannelIsASeparateTest() throws Exception {
        Path p1 = part("split-of-maccor_002.001", 1, 3000);
        part("split-of-maccor_002.002", 3001, 7446, h -> h.startsWith("Channel:") ? "Channel:\t54" : h);
        ImportResult r = Importers.read(p1, null);
        assertEquals(3000, r.dataset().rows());
        assertTrue(r.dataset().metadata().get("separate_files").contains("channel '53' then '54'"), r.dataset().metadata().get("separate_files"));
    }

    @Test
    void aMissingPartIsWarned() throws Exception {
        Path p1 = part("split-of-maccor_002.001", 1, 2000);
        part("split-of-maccor_002.003", 4001, 7446); // .002 (Rec 2001 ... 4000) is not there
        ImportResult r = Importers.read(p1, null);
        Dataset d = r.dataset();
        assertEquals(2000 + 3446, d.rows());
        assertSameRows(whole, 0, d, 0, 2000);
        assertSameRows(whole, 4000, d, 2000, 3446);
        assertTrue(warnings(r).contains("split-of-maccor_002.002 missing"), warnings(r));
        assertTrue(d.metadata().get("parts").startsWith("split-of-maccor_002.001, split-of-maccor_002.003"));
    }

    @Test
    void aDamagedLaterPartNamesItsFileAndLine() throws Exception {
        Path p1 = part("split-of-maccor_002.001", 1, 3000);
        Path p2 = part("split-of-maccor_002.002", 3001, 7446);
        List<String> lines = new ArrayList<>(Files.readAllLines(p2, StandardCharsets.ISO_8859_1));
        int bad = head.size() + 100; // 0-based index of the 101st record of the part: Rec 3101
        lines.set(bad, lines.get(bad).replaceFirst("^(([^\t]*\t){9})[^\t]*", "$1x.yz"));
        Files.write(p2, (String.join("\r\n", lines) + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
        ImportException e = assertThrows(ImportException.class, () -> Importers.read(p1, "maccor.txt", org.interphase.data.Datasets::inMemory, null));
        assertTrue(e.getMessage().contains("split-of-maccor_002.002") && e.getMessage().contains("line " + (bad + 1))
                && e.getMessage().contains("x.yz") && !e.getMessage().contains("\n"), e.getMessage());
    }

    @Test
    void theStoreIsMadeAgainWhenAPartChanges() throws Exception {
        Path p1 = part("split-of-maccor_002.001", 1, 3000);
        Path p2 = part("split-of-maccor_002.002", 3001, 7446);
        Path store = folder.resolve("store");
        try (Dataset d = Importers.open(p1, null, store, null)) {
            assertEquals(7446, d.rows());
        }
        part("split-of-maccor_002.002", 3001, 5000);
        Files.setLastModifiedTime(p2, FileTime.fromMillis(Files.getLastModifiedTime(p2).toMillis() + 10_000));
        try (Dataset d = Importers.open(p1, null, store, null)) {
            assertEquals(5000, d.rows());
        }
        part("split-of-maccor_002.003", 5001, 7446); // a part that appears later
        try (Dataset d = Importers.open(p1, null, store, null)) {
            assertEquals(7446, d.rows());
        }
        try (Dataset d = Importers.open(p1, null, store, null)) {
            assertEquals(7446, d.rows()); // unchanged: from the store
        }
    }
}
