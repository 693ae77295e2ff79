/*
 * Copyright (c) 2026 the Interphase contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.interphase.importer.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.interphase.data.Column;
import org.interphase.data.Dataset;
import org.interphase.data.DatasetBuilder;
import org.interphase.data.Datasets;
import org.interphase.data.QuantityKind;
import org.interphase.importer.ImportException;
import org.interphase.importer.ImporterDescriptor;
import org.interphase.importer.Importers;
import org.interphase.importer.internal.ImporterRegistry;
import org.interphase.testdata.TestCorpus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bad input, as a seeded mutation test: every real file of the test corpus (testdata/, and the GPL files of INTERPHASE_EXTRA_TESTDATA when named), and thousands of mutants of them
 * (truncations, bit flips, byte insertions and deletions, an empty file, the first bytes only, appended garbage, the
 * content repeated), each given to every installed importer ({@link Importers#installed()}: the importers of every
 * bundle in the product's importers feature, whoever wrote them; only this bundle's test doubles are left out). Each
 * read runs with a time limit. The only outcomes allowed:
 * <ul>
 * <li>an {@link ImportException} naming the file read, the importer, where in the file (unless the file could not be
 * read at all) and a reason of reasonable length; or</li>
 * <li>a sane dataset: at least one column, every column as long as the dataset, names without control characters,
 * every column of a quantity kind in that kind's SI unit, and no more rows than the mutation can explain: a bit flip
 * changes no row count of a file the importer reads, a truncation never adds rows.</li>
 * </ul>
 * Anything else fails the test: another exception or error (a bug), a hang, a dataset with mismatched columns.
 * Wrong-vendor input is the original files given to every importer (a Gamry file to the Bio-Logic importer, ...).
 */
class MutationTest {

    static final long SEED = 0x1F_2026_0204L;
    static final long TIMEOUT_SECONDS = 60;

    @TempDir
    Path folder;

    enum Kind {
        ORIGINAL, EMPTY, HEAD, TRUNCATE, FLIP, INSERT, DELETE, APPEND_GARBAGE, REPEAT
    }

    record Mutant(Kind kind, byte[] bytes, String what) {
    }

    record Outcome(Dataset dataset, ImportException error, Throwable bug) {
    }

    private ExecutorService executor = newExecutor();

    static ExecutorService newExecutor() {
        return Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "mutation-test-import");
            t.setDaemon(true);
            return t;
        });
    }


    @Test
    void mutantsOfEveryRealFileGiveAnImportErrorOrASaneDataset() throws Exception {
        List<ImporterDescriptor> importers = Importers.installed().stream()
                .filter(d -> !d.contributor().equals("org.interphase.importer.tests")).toList();
        assertTrue(importers.size() >= 15, "the importers of the feature are installed: " + importers.stream().map(ImporterDescriptor::id).toList());
        List<Path> files;
        // field-reports/ (files users tried that were refused) are read now: their mutants are tried too
        files = List.copyOf(TestCorpus.files().values());
        assertTrue(files.size() >= 30, files.size() + " files in the test corpus");
        List<String> failures = new ArrayList<>();
        Map<String, Integer> outcomes = new TreeMap<>();
        int mutants = 0;
        long calls = 0;
        long started = System.nanoTime();
        for (Path original : files) {
            byte[] bytes = Files.readAllBytes(original);
            Random random = new Random(SEED ^ original.getFileName().toString().hashCode());
            Map<String, Integer> baseline = new HashMap<>();
            for (Mutant mutant : mutants(bytes, random)) {
                mutants++;
                Path file = folder.resolve(mutants + "").resolve(original.getFileName());
                Files.createDirectories(file.getParent());
                Files.write(file, mutant.bytes());
                for (ImporterDescriptor importer : importers) {
                    calls++;
                    Outcome outcome = run(importer.id(), file);
                    String label = original.getFileName() + " " + mutant.what() + " -> " + importer.id();
                    String verdict = check(label, file, importer, mutant, outcome, baseline.get(importer.id()));
                    outcomes.merge(mutant.kind() + (outcome.dataset() != null ? " read" : outcome.error() != null ? " refused" : " failed"), 1,
                            Integer::sum);
                    if (verdict != null) {
                        failures.add(verdict);
                    }
                    if (mutant.kind() == Kind.ORIGINAL && outcome.dataset() != null) {
                        baseline.put(importer.id(), outcome.dataset().rows());
                    }
                }
                deleteQuietly(file);
            }
        }
        System.out.printf("MutationTest: %d files, %d mutants (originals included), %d importers, %d reads in %.1f s; %s%n", files.size(),
                mutants, importers.size(), calls, (System.nanoTime() - started) / 1e9, outcomes);
        assertTrue(mutants >= 2000, "thousands of mutants: " + mutants);
        if (!failures.isEmpty()) {
            fail(failures.size() + " bad outcomes, the first:\n" + String.join("\n", failures.subList(0, Math.min(40, failures.size()))));
        }
    }

    /** The mutants of one file: the original, then a seeded set of damaged copies (fewer for files above 1 MB). */
    static List<Mutant> mutants(byte[] original, Random random) {
        List<Mutant> list = new ArrayList<>();
        list.add(new Mutant(Kind.ORIGINAL, original, "original"));
        list.add(new Mutant(Kind.EMPTY, new byte[0], "empty"));
        list.add(new Mutant(Kind.HEAD, Arrays.copyOf(original, Math.min(original.length, 64)), "first 64 bytes"));
        byte[] garbage = new byte[4 << 20];
        random.nextBytes(garbage);
        byte[] appended = Arrays.copyOf(original, original.length + garbage.length);
        System.arraycopy(garbage, 0, appended, original.length, garbage.length);
        list.add(new Mutant(Kind.APPEND_GARBAGE, appended, "4 MiB of random bytes appended"));
        byte[] repeated = new byte[original.length * 3];
        for (int k = 0; k < 3; k++) {
            System.arraycopy(original, 0, repeated, k * original.length, original.length);
        }
        list.add(new Mutant(Kind.REPEAT, repeated, "content three times"));
        int count = original.length > 1_000_000 ? 20 : 60;
        for (int m = 0; m < count && original.length > 0; m++) {
            switch (m % 4) {
            case 0 -> {
                int length = random.nextInt(original.length);
                list.add(new Mutant(Kind.TRUNCATE, Arrays.copyOf(original, length), "cut at byte " + length));
            }
            case 1 -> {
                byte[] flipped = original.clone();
                int flips = 1 + random.nextInt(8);
                StringBuilder at = new StringBuilder();
                for (int f = 0; f < flips; f++) {
                    int position = random.nextInt(flipped.length);
                    int bit = random.nextInt(8);
                    flipped[position] ^= (byte) (1 << bit);
                    at.append(f == 0 ? "" : ",").append(position).append('.').append(bit);
                }
                list.add(new Mutant(Kind.FLIP, flipped, "bits flipped at " + at));
            }
            case 2 -> {
                int position = random.nextInt(original.length + 1);
                byte[] inserted = new byte[1 + random.nextInt(16)];
                random.nextBytes(inserted);
                byte[] result = new byte[original.length + inserted.length];
                System.arraycopy(original, 0, result, 0, position);
                System.arraycopy(inserted, 0, result, position, inserted.length);
                System.arraycopy(original, position, result, position + inserted.length, original.length - position);
                list.add(new Mutant(Kind.INSERT, result, inserted.length + " bytes inserted at " + position));
            }
            default -> {
                int position = random.nextInt(original.length);
                int length = Math.min(1 + random.nextInt(16), original.length - position);
                byte[] result = new byte[original.length - length];
                System.arraycopy(original, 0, result, 0, position);
                System.arraycopy(original, position + length, result, position, original.length - position - length);
                list.add(new Mutant(Kind.DELETE, result, length + " bytes deleted at " + position));
            }
            }
        }
        return list;
    }

    private Outcome run(String importer, Path file) {
        DatasetBuilder builder = Datasets.inMemory();
        Future<Outcome> future = executor.submit(() -> {
            try {
                ImporterRegistry.instance().create(importer).read(file, builder, new NullProgressMonitor());
                return new Outcome(builder.build(), null, null);
            } catch (ImportException e) {
                return new Outcome(null, e, null);
            } catch (Throwable t) {
                return new Outcome(null, null, t);
            }
        });
        try {
            return future.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            future.cancel(true);
            executor.shutdownNow();
            executor = newExecutor(); // the stuck thread is abandoned (a daemon)
            return new Outcome(null, null, new TimeoutException("no answer in " + TIMEOUT_SECONDS + " s: a hang"));
        } catch (InterruptedException | ExecutionException e) {
            return new Outcome(null, null, e);
        }
    }

    /** Null when the outcome is allowed, else what is wrong. */
    static String check(String label, Path file, ImporterDescriptor importer, Mutant mutant, Outcome outcome, Integer baseline) {
        if (outcome.bug() != null) {
            return label + ": " + outcome.bug() + (outcome.bug().getStackTrace().length > 0 ? " at " + outcome.bug().getStackTrace()[0] : "");
        }
        if (outcome.error() != null) {
            ImportException e = outcome.error();
            if (!file.equals(e.file())) {
                return label + ": the error names the file " + e.file();
            }
            if (!importer.id().equals(e.importer())) {
                return label + ": the error names the importer " + e.importer();
            }
            if (e.reason() == null || e.reason().isBlank() || e.reason().length() > 1100) {
                return label + ": the error's reason is empty or too long: " + e.reason();
            }
            if ((e.location() == null || e.location().isBlank()) && !e.reason().startsWith("cannot be read")) {
                return label + ": the error does not say where: " + e.getMessage();
            }
            return null;
        }
        Dataset d = outcome.dataset();
        if (d.technique() == null || d.columns().isEmpty()) {
            return label + ": a dataset without technique or columns";
        }
        for (Column c : d.columns()) {
            if (c.size() != d.rows()) {
                return label + ": column " + c.name() + " has " + c.size() + " values, the dataset " + d.rows() + " rows";
            }
            if (c.name() == null || c.name().isBlank() || c.name().chars().anyMatch(ch -> ch < 32 || (ch >= 0x7F && ch <= 0x9F))) {
                return label + ": a column name with control characters: '" + c.name() + "'";
            }
            if (c.kind() != QuantityKind.OTHER && !c.kind().siUnit().equals(c.unit())) {
                return label + ": column " + c.name() + " is " + c.kind() + " in '" + c.unit() + "'";
            }
        }
        if (baseline == null) {
            // an importer that cannot read the intact file reads a damaged copy of it: only a generic fallback may
            if (mutant.kind() != Kind.ORIGINAL && !importer.fallback()) {
                return label + ": reads a damaged copy (" + d.rows() + " rows) of a file it does not read intact";
            }
            return null;
        }
        int rows = d.rows();
        int limit = switch (mutant.kind()) {
        case ORIGINAL -> Integer.MAX_VALUE;
        case FLIP -> baseline;
        case TRUNCATE, HEAD, EMPTY, DELETE -> baseline;
        case INSERT -> baseline + 1;
        case APPEND_GARBAGE -> baseline;
        case REPEAT -> 3 * baseline;
        };
        if (rows > limit) {
            return label + ": " + rows + " rows from a mutant of a file of " + baseline + " rows";
        }
        if (mutant.kind() == Kind.FLIP && rows != baseline) {
            return label + ": a bit flip changed the row count from " + baseline + " to " + rows + " without an error";
        }
        return null;
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
            Files.deleteIfExists(file.getParent());
        } catch (java.io.IOException e) {
            // the temporary folder goes at the end of the test
        }
    }
}
