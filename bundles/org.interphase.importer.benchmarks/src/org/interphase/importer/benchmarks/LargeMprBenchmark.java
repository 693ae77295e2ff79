/*
 * Copyright (c) 2026 the Interphase contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.interphase.importer.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.interphase.data.Column;
import org.interphase.data.Dataset;
import org.interphase.data.OwnedFolder;
import org.interphase.importer.ImportResult;
import org.interphase.importer.Importers;
import org.interphase.importer.biologic.internal.MprWriter;
import org.interphase.benchmark.Benchmark;
import org.osgi.service.component.annotations.Component;

/**
 * import.large: a synthetic 1 GB .mpr (EC-Lab data module version 3, the columns of a GCPL run) written to a
 * temporary folder, then streamed through the registry into the on-disk dataset store, to show that memory stays
 * bounded: run it with {@code INTERPHASE_VMARGS=-Xmx512m ./interphase benchmark import.large}. Reports the time,
 * the throughput, the largest heap in use (sampled every 20 ms) against the heap limit, and checks values read back
 * from the store against the ones written.
 */
@Component(service = Benchmark.class)
public class LargeMprBenchmark implements Benchmark {

    static final long TARGET_BYTES = 1L << 30;
    static final int[] IDS = { 1, 2, 3, 21, 31, 65, 131, 4, 7, 13, 5, 6, 8, 39, 468, 70 };

    @Override
    public String id() {
        return "import.large";
    }

    @Override
    public String description() {
        return "stream a synthetic 1 GB .mpr (GCPL columns, data module version 3) into the on-disk store; run with -Xmx512m";
    }

    /** One record: flags, Ns, time, dq, (Q-Qo), control, Ewe, I, I Range, half cycle, P. */
    static void record(long p, ByteBuffer r) {
        r.put(0, (byte) (p % 2 == 0 ? 0x01 : 0x05));
        r.putShort(1, (short) (p / 1_000_000));
        r.putDouble(3, p * 0.1);
        r.putDouble(11, 1e-6 * (p % 1000));
        r.putDouble(19, 1e-3 * (p % 100_000));
        r.putFloat(27, 0.5f);
        r.putFloat(31, 3.0f + (p % 1000) * 1e-3f);
        r.putFloat(35, (p % 2 == 0) ? 0.5f : -0.5f);
        r.putShort(39, (short) 41);
        r.putInt(41, (int) (p / 50_000));
        r.putFloat(45, 1.5e-3f);
    }

    @Override
    public List<Measurement> run() throws Exception {
        int recordSize = MprWriter.recordSize(IDS);
        long points = (TARGET_BYTES - 0x196) / recordSize;
        OwnedFolder owned = OwnedFolder.createTemporary("interphase-import-large"); // a killed run's 1 GB goes at the next import
        Path folder = owned.path();
        Path file = folder.resolve("synthetic-1GB.mpr");
        Path store = folder.resolve("store");
        try {
            long t0 = System.nanoTime();
            MprWriter.write(file, MprWriter.Layout.V3, 0x04, "synthetic 1 GB GCPL for import.large", 1f, IDS, points,
                    LargeMprBenchmark::record, 0, 45000, "11.40", null);
            double writeSeconds = (System.nanoTime() - t0) / 1e9;
            long bytes = Files.size(file);

            AtomicLong peak = new AtomicLong();
            Thread sampler = new Thread(() -> {
                while (!Thread.currentThread().isInterrupted()) {
                    long used = 0;
                    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
                        if (pool.getType() == MemoryType.HEAP) {
                            used += pool.getUsage().getUsed();
                        }
                    }
                    peak.accumulateAndGet(used, Math::max);
                    try {
                        Thread.sleep(20);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            }, "import.large heap sampler");
            System.gc();
            sampler.setDaemon(true);
            sampler.start();
            long t1 = System.nanoTime();
            ImportResult result = Importers.readToStore(file, null, store, new NullProgressMonitor());
            double importSeconds = (System.nanoTime() - t1) / 1e9;
            sampler.interrupt();
            sampler.join();
            long storeBytes;
            try (Stream<Path> files = Files.list(store)) {
                storeBytes = files.mapToLong(f -> f.toFile().length()).sum();
            }
            try (Dataset dataset = result.dataset()) {
                check(dataset, points);
            }
            long heapLimit = Runtime.getRuntime().maxMemory();
            return List.of(new Measurement("synthetic .mpr written", bytes / 1e9, "GB", "about 1 GB"),
                    new Measurement("points", points, "", "-"),
                    new Measurement("import into the on-disk store", importSeconds, "s", "streams (no goal on time)"),
                    new Measurement("import throughput", bytes / 1e6 / importSeconds, "MB/s", "-"),
                    new Measurement("largest heap in use during the import", peak.get() / 1e6, "MB", "below the heap limit"),
                    new Measurement("heap limit (-Xmx)", heapLimit / 1e6, "MB", "512 MB: INTERPHASE_VMARGS=-Xmx512m"),
                    new Measurement("store on disk", storeBytes / 1e9, "GB", "-"),
                    new Measurement("writing the synthetic file", writeSeconds, "s", "-"));
        } finally {
            owned.close();
        }
    }

    /** Values read back from the store are the ones written (first, middle, last points). */
    private static void check(Dataset dataset, long points) {
        if (dataset.rows() != points) {
            throw new IllegalStateException("the store holds " + dataset.rows() + " rows, " + points + " were written");
        }
        Column time = dataset.column("time").orElseThrow();
        Column ewe = dataset.column("Ewe").orElseThrow();
        Column current = dataset.column("I").orElseThrow();
        for (long p : new long[] { 0, points / 2 + 1, points - 1 }) {
            int r = (int) p;
            if (time.get(r) != p * 0.1 || ewe.get(r) != (double) (3.0f + (p % 1000) * 1e-3f)
                    || current.get(r) != ((p % 2 == 0) ? 0.5e-3 : -0.5e-3)) {
                throw new IllegalStateException("row " + r + " of the store differs from what was written");
            }
        }
    }
}
