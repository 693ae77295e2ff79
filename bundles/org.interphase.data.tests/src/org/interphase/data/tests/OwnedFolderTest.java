/*
 * Copyright (c) 2026 the Interphase contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.interphase.data.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.interphase.data.Dataset;
import org.interphase.data.DatasetBuilder;
import org.interphase.data.DatasetStore;
import org.interphase.data.OwnedFolder;
import org.interphase.data.QuantityKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Nothing left behind: {@code <name>.part-*} folders of killed writers are removed by the next write in their folder,
 * those of live writers (in this process or another) never are.
 */
class OwnedFolderTest {

    @TempDir
    Path folder;

    private static void write(Path store) throws Exception {
        DatasetBuilder builder = DatasetStore.create(store, Map.of());
        builder.column("t", "s", QuantityKind.TIME).append(1.0);
        try (Dataset dataset = builder.build()) {
            assertEquals(1, dataset.rows());
        }
    }

    private List<String> names() throws Exception {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void aKilledWritersPartFolderGoesAtTheNextWrite() throws Exception {
        // what a killed process leaves: the folder, its (now unlocked) owner file, a half-written column
        Path killed = Files.createDirectories(folder.resolve("peis.mpr-0123.part-deadbeef"));
        Files.writeString(killed.resolve(OwnedFolder.OWNER), "12345");
        Files.write(killed.resolve("c0.f64"), new byte[4096]);
        // a folder of an older version without owner file, an hour old; and one made a moment ago (kept: its owner may
        // be between making the folder and locking it)
        Path old = Files.createDirectories(folder.resolve("other.part-00000000"));
        Files.setLastModifiedTime(old, FileTime.from(Instant.now().minusSeconds(3600)));
        Path fresh = Files.createDirectories(folder.resolve("fresh.part-11111111"));

        write(folder.resolve("gcpl.mpr-4567"));

        assertEquals(List.of("fresh.part-11111111", "gcpl.mpr-4567"), names());
        assertFalse(Files.exists(folder.resolve("gcpl.mpr-4567").resolve(OwnedFolder.OWNER)), "a finished store has no owner file");
        assertTrue(Files.isDirectory(fresh));
    }

    @Test
    void aLiveWriterInThisProcessKeepsItsFolder() throws Exception {
        DatasetBuilder first = DatasetStore.create(folder.resolve("a.mpr-1"), Map.of());
        first.column("t", "s", QuantityKind.TIME).append(1.0);
        write(folder.resolve("b.mpr-2")); // cleans the folder while the first is being written
        assertEquals(1, names().stream().filter(n -> n.startsWith("a.mpr-1.part-")).count(), names().toString());
        try (Dataset dataset = first.build()) {
            assertEquals(1, dataset.rows());
        }
        assertEquals(List.of("a.mpr-1", "b.mpr-2"), names());
    }

    @Test
    void aLiveWriterInAnotherProcessKeepsItsFolderUntilItDies() throws Exception {
        Optional<String> java = ProcessHandle.current().info().command();
        assumeTrue(java.isPresent(), "the java command of this process is not known");
        Path part = Files.createDirectories(folder.resolve("c.mpr-3.part-22222222"));
        Path owner = part.resolve(OwnedFolder.OWNER);
        // a second Java process that locks the owner file as OwnedFolder does and holds it until it is killed
        Path source = folder.getParent().resolve("HoldLock-" + System.nanoTime() + ".java");
        Files.writeString(source, """
                import java.nio.channels.FileChannel;
                import java.nio.file.*;
                public class HoldLock {
                    public static void main(String[] args) throws Exception {
                        FileChannel c = FileChannel.open(Path.of(args[0]), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                        c.lock();
                        System.out.println("locked");
                        System.out.flush();
                        Thread.sleep(600_000);
                    }
                }
                """);
        Process holder = new ProcessBuilder(java.get(), source.toString(), owner.toString()).redirectErrorStream(true).start();
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(holder.getInputStream(), StandardCharsets.UTF_8));
            String line = out.readLine();
            assumeTrue("locked".equals(line), "the helper process could not start: " + line);

            write(folder.resolve("d.mpr-4"));
            assertTrue(Files.isDirectory(part), "the live process' folder stays");
        } finally {
            holder.destroyForcibly();
            holder.waitFor(30, TimeUnit.SECONDS);
            Files.deleteIfExists(source);
        }
        write(folder.resolve("e.mpr-5"));
        assertFalse(Files.exists(part), "once its owner died, the folder goes at the next write");
    }

    @Test
    void closeRemovesTheFolderAndTemporaryFoldersOfKilledRunsGoWhenTheNextIsMade() throws Exception {
        Path killed = Files.createDirectories(folder.resolve("interphase-import12345678"));
        Files.writeString(killed.resolve(OwnedFolder.OWNER), "1");
        Files.createDirectories(killed.resolve("dataset")).resolve("c0.f64").toFile().createNewFile();
        Path made;
        try (OwnedFolder owned = OwnedFolder.create(folder, "interphase-import")) {
            made = owned.path();
            assertEquals(List.of(made.getFileName().toString()), names());
            assertEquals(0, OwnedFolder.removeOrphans(folder, "interphase-import"), "a live folder is not an orphan");
        }
        assertFalse(Files.exists(made));
        assertEquals(List.of(), names());
    }
}
