/*
 * Copyright (c) 2026 the Interphase contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.interphase.importer.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;

import org.interphase.data.Column;
import org.interphase.data.Dataset;
import org.interphase.data.DatasetBuilder;
import org.interphase.data.Datasets;
import org.interphase.importer.ImportException;
import org.interphase.importer.Importer;

/**
 * For importer writers' tests (Interphase's own vendor importers use it; a third party's can too). Seeded mutation of
 * real files: truncations, bit flips, overwritten runs of bytes, inserted and deleted bytes,
 * appended garbage. Every mutant must give either an {@link ImportException} that names the file, the importer, a
 * place (byte offset or line) and a reason, or a dataset that passes the caller's sanity check; never another
 * exception, and never a hang (each read gets a time limit).
 */
public final class Mutants {

    private Mutants() {
    }

    /** The outcome of a run: failures (described) and counts. */
    public record Outcome(List<String> failures, int refused, int accepted) {
    }

    public static Outcome run(Path original, String importerId, Importer importer, int count, long seed, Path folder,
            Function<Dataset, String> sanity, Duration limit) throws IOException {
        byte[] bytes = Files.readAllBytes(original);
        Random random = new Random(seed);
        List<String> failures = new ArrayList<>();
        int refused = 0;
        int accepted = 0;
        String name = original.getFileName().toString();
        String extension = name.substring(name.lastIndexOf('.'));
        ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "mutant reader");
            t.setDaemon(true);
            return t;
        });
        try {
            for (int k = 0; k < count; k++) {
                String kind;
                byte[] mutant;
                switch (k % 6) {
                    case 0 -> {
                        int length = random.nextInt(bytes.length);
                        mutant = Arrays.copyOf(bytes, length);
                        kind = "truncated to " + length + " bytes";
                    }
                    case 1, 2 -> {
                        mutant = bytes.clone();
                        int flips = 1 + random.nextInt(8);
                        for (int f = 0; f < flips; f++) {
                            int at = random.nextInt(mutant.length);
                            mutant[at] ^= (byte) (1 << random.nextInt(8));
                        }
                        kind = flips + " bits flipped";
                    }
                    case 3 -> {
                        mutant = bytes.clone();
                        int at = random.nextInt(mutant.length);
                        int run = 1 + random.nextInt(64);
                        for (int i = at; i < Math.min(mutant.length, at + run); i++) {
                            mutant[i] = (byte) random.nextInt(256);
                        }
                        kind = run + " bytes overwritten at " + at;
                    }
                    case 4 -> {
                        int at = random.nextInt(bytes.length);
                        int run = 1 + random.nextInt(16);
                        if (random.nextBoolean()) {
                            byte[] inserted = new byte[run];
                            random.nextBytes(inserted);
                            mutant = new byte[bytes.length + run];
                            System.arraycopy(bytes, 0, mutant, 0, at);
                            System.arraycopy(inserted, 0, mutant, at, run);
                            System.arraycopy(bytes, at, mutant, at + run, bytes.length - at);
                            kind = run + " bytes inserted at " + at;
                        } else {
                            int cut = Math.min(run, bytes.length - at);
                            mutant = new byte[bytes.length - cut];
                            System.arraycopy(bytes, 0, mutant, 0, at);
                            System.arraycopy(bytes, at + cut, mutant, at, bytes.length - at - cut);
                            kind = cut + " bytes deleted at " + at;
                        }
                    }
                    default -> {
                        int extra = 1 + random.nextInt(1 << 16);
                        mutant = Arrays.copyOf(bytes, bytes.length + extra);
                        for (int i = bytes.length; i < mutant.length; i++) {
                            mutant[i] = (byte) random.nextInt(256);
                        }
                        kind = extra + " random bytes appended";
                    }
                }
                Path file = folder.resolve("mutant-" + k + extension);
                Files.write(file, mutant);
                String failure = check(executor, file, importerId, importer, sanity, limit);
                if (failure == null) {
                    accepted++;
                } else if (failure.isEmpty()) {
                    refused++;
                } else {
                    failures.add("mutant " + k + " (" + kind + "): " + failure);
                }
                Files.delete(file);
            }
        } finally {
            executor.shutdownNow();
        }
        return new Outcome(failures, refused, accepted);
    }

    /** Reads one file: null when a sane dataset came out, "" when properly refused, else what went wrong. */
    public static String check(ExecutorService executor, Path file, String importerId, Importer importer, Function<Dataset, String> sanity,
            Duration limit) {
        Future<Object> result = executor.submit(() -> {
            DatasetBuilder builder = Datasets.inMemory();
            try {
                importer.read(file, builder, null);
                return builder.build();
            } catch (ImportException e) {
                return e;
            } catch (Throwable t) {
                return t;
            }
        });
        Object outcome;
        try {
            outcome = result.get(limit.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            result.cancel(true);
            return "no answer within " + limit;
        } catch (Exception e) {
            return "reader failed: " + e;
        }
        if (outcome instanceof ImportException e) {
            if (!file.equals(e.file())) {
                return "ImportException without the file: " + e.getMessage();
            }
            if (!importerId.equals(e.importer())) {
                return "ImportException without the importer: " + e.getMessage();
            }
            if (e.location() == null || e.location().isBlank()) {
                return "ImportException without a place in the file: " + e.getMessage();
            }
            if (e.reason() == null || e.reason().isBlank()) {
                return "ImportException without a reason: " + e.getMessage();
            }
            if (!e.getMessage().contains(file.toString()) || !e.getMessage().contains(importerId)) {
                return "message lacks file or importer: " + e.getMessage();
            }
            return "";
        }
        if (outcome instanceof Throwable t) {
            java.io.StringWriter trace = new java.io.StringWriter();
            t.printStackTrace(new java.io.PrintWriter(trace));
            return "unexpected " + trace.toString().lines().limit(8).reduce((a, b) -> a + " | " + b).orElse(t.toString());
        }
        Dataset dataset = (Dataset) outcome;
        if (dataset.rows() == 0) {
            return "an empty dataset instead of an error";
        }
        String insane = sanity.apply(dataset);
        return insane;
    }

    /** A column's values are all finite (NaN allowed only where the caller allows it). */
    public static String finite(Dataset dataset, java.util.Set<String> nanAllowed) {
        for (Column c : dataset.columns()) {
            if (nanAllowed.contains(c.name())) {
                continue;
            }
            for (int r = 0; r < c.size(); r++) {
                if (!Double.isFinite(c.get(r))) {
                    return "column " + c.name() + " row " + r + " is " + c.get(r);
                }
            }
        }
        return null;
    }
}
