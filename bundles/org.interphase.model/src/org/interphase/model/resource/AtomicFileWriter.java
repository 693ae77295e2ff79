/*
 * Copyright (c) 2026 the Interphase contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.interphase.model.resource;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.DirectoryStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Writes a file so that a crash, a kill or an exception during the write never leaves a truncated file:
 * the bytes go to a temporary file in the same folder, which is forced to disk and then renamed over the
 * target in one atomic step by {@link #commit()}. Closing without committing deletes the temporary file and
 * leaves the target as it was.
 * <p>
 * The temporary file ({@code .<name>.<unique>.saving}) is locked by its writer until commit or close; the lock goes
 * with the process. Opening a writer removes the {@code .saving} files that killed processes left in the same folder
 * (those nobody holds a lock on) and never touches those of live writers.
 *
 * <pre>
 * try (AtomicFileWriter writer = new AtomicFileWriter(path)) {
 *     write(writer.stream());
 *     writer.commit();
 * }
 * </pre>
 */
public final class AtomicFileWriter implements AutoCloseable {

    private final Path target;
    private final Path temporary;
    private final FileChannel channel;
    private final OutputStream stream;
    private boolean committed;

    /** Temporary files being written by this process: never probed (closing a probe would drop this process' lock). */
    private static final Set<Path> LIVE = ConcurrentHashMap.newKeySet();

    public AtomicFileWriter(Path target) throws IOException {
        this.target = target.toAbsolutePath();
        Path folder = this.target.getParent();
        Files.createDirectories(folder);
        removeOrphans(folder);
        this.temporary = Files.createTempFile(folder, "." + this.target.getFileName() + ".", ".saving");
        LIVE.add(temporary);
        try {
            this.channel = FileChannel.open(temporary, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING);
            channel.lock(); // held until the channel closes, or the process ends
        } catch (IOException | RuntimeException e) {
            LIVE.remove(temporary);
            Files.deleteIfExists(temporary);
            throw e;
        }
        this.stream = new BufferedOutputStream(Channels.newOutputStream(channel), 1 << 16) {
            @Override
            public void close() throws IOException {
                flush(); // the channel is closed by the writer, after forcing it to disk
            }
        };
    }

    /** Where to write the new content. */
    public OutputStream stream() {
        return stream;
    }

    /** The temporary file the content goes to before commit (for tests). */
    Path temporaryFile() {
        return temporary;
    }

    /** Forces the new content to disk and replaces the target with it in one atomic rename. */
    public void commit() throws IOException {
        stream.flush();
        channel.force(true);
        copyPermissions();
        try {
            Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
        }
        committed = true;
        try {
            channel.close(); // releases the lock, after the rename: the temporary name is never seen unlocked
        } finally {
            LIVE.remove(temporary);
        }
        forceFolder();
    }

    /** Without a commit, discards the new content; the target keeps its previous content. */
    @Override
    public void close() throws IOException {
        if (!committed) {
            try {
                Files.deleteIfExists(temporary);
            } finally {
                try {
                    channel.close();
                } finally {
                    LIVE.remove(temporary);
                }
            }
        }
    }

    /**
     * Deletes the {@code .*.saving} files in folder that no process holds a lock on (left by a process killed while
     * saving); returns how many went. Files of live writers, of this process or another, stay.
     */
    public static int removeOrphans(Path folder) {
        int removed = 0;
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, ".*.saving")) {
            for (Path file : files) {
                Path absolute = file.toAbsolutePath();
                if (LIVE.contains(absolute) || !Files.isRegularFile(absolute, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                    continue;
                }
                try (FileChannel probe = FileChannel.open(absolute, StandardOpenOption.WRITE)) {
                    FileLock held = probe.tryLock();
                    if (held != null) {
                        Files.deleteIfExists(absolute);
                        held.release();
                        removed++;
                    }
                } catch (IOException | OverlappingFileLockException e) {
                    // held here, not ours or already gone: leave it
                }
            }
        } catch (IOException e) {
            // the folder cannot be listed: nothing to clean
        }
        return removed;
    }

    private void copyPermissions() {
        try {
            if (Files.exists(target)) {
                Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(target);
                Files.setPosixFilePermissions(temporary, permissions);
            }
        } catch (IOException | UnsupportedOperationException e) {
            // not a POSIX file system, or not allowed: the new file keeps default permissions
        }
    }

    private void forceFolder() {
        try (FileChannel folder = FileChannel.open(target.getParent(), StandardOpenOption.READ)) {
            folder.force(true); // make the rename itself durable (POSIX); not possible everywhere
        } catch (IOException | UnsupportedOperationException e) {
            // the rename happened; only its durability across a power loss is not guaranteed here
        }
    }
}
