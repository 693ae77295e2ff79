/*
 * Copyright (c) 2026 the Interphase contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.interphase.data;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.interphase.data.internal.StoreFiles;

/**
 * A temporary folder that says whether its writer is alive: it holds a file {@value #OWNER} on which the process that
 * made the folder keeps an exclusive lock until {@link #close()}. The operating system drops the lock when that
 * process dies, so a folder left by a killed process can be told from one a live process is still writing:
 * {@link #removeOrphans(Path, String)} deletes only the former. Used for dataset stores being written
 * ({@code <name>.part-*}) and for the command line's {@code interphase-import*} folders.
 */
public final class OwnedFolder implements AutoCloseable {

    /** The lock file inside an owned folder. */
    public static final String OWNER = ".owner";

    /** A folder without an owner file is taken as left behind once it is this old (the file is made right after the folder). */
    static final Duration UNOWNED_GRACE = Duration.ofMinutes(1);

    /** Folders owned by this process: never probed by a lock attempt (closing the probe would drop this process' lock). */
    private static final Set<Path> LIVE = ConcurrentHashMap.newKeySet();

    private final Path folder;
    private final FileChannel channel;
    private final FileLock lock;
    private boolean closed;

    private OwnedFolder(Path folder) throws IOException {
        this.folder = folder;
        LIVE.add(folder);
        FileChannel c = null;
        try {
            c = FileChannel.open(folder.resolve(OWNER), StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
            c.write(java.nio.ByteBuffer.wrap(Long.toString(ProcessHandle.current().pid()).getBytes(java.nio.charset.StandardCharsets.US_ASCII)));
            this.lock = c.lock();
            this.channel = c;
        } catch (IOException | RuntimeException e) {
            LIVE.remove(folder);
            if (c != null) {
                c.close();
            }
            throw e;
        }
    }

    /**
     * Makes the folder {@code <parent>/<prefix><8 random characters>} and locks it, after removing the folders of the
     * same prefix that killed processes left in parent.
     */
    public static OwnedFolder create(Path parent, String prefix) throws IOException {
        Path absolute = parent.toAbsolutePath().normalize();
        Files.createDirectories(absolute);
        removeOrphans(absolute, prefix);
        for (int attempt = 0;; attempt++) {
            Path folder = absolute.resolve(prefix + UUID.randomUUID().toString().substring(0, 8));
            try {
                Files.createDirectory(folder);
            } catch (java.nio.file.FileAlreadyExistsException e) {
                if (attempt < 10) {
                    continue;
                }
                throw e;
            }
            try {
                return new OwnedFolder(folder);
            } catch (IOException | RuntimeException e) {
                StoreFiles.deleteTree(folder);
                throw e;
            }
        }
    }

    /** A folder in the system's temporary folder ({@code java.io.tmpdir}). */
    public static OwnedFolder createTemporary(String prefix) throws IOException {
        return create(Path.of(System.getProperty("java.io.tmpdir")), prefix);
    }

    /** The folder. */
    public Path path() {
        return folder;
    }

    /** Releases the lock and deletes the owner file; the folder itself stays (it may have been renamed, see {@link #release(Path)}). */
    public void release(Path whereItIsNow) throws IOException {
        if (closed) {
            return;
        }
        closed = true;
        try {
            lock.release();
            channel.close();
        } finally {
            LIVE.remove(folder);
            Files.deleteIfExists(whereItIsNow.resolve(OWNER));
        }
    }

    /** Deletes the folder and all it holds, then releases the lock. */
    @Override
    public void close() throws IOException {
        if (closed) {
            return;
        }
        closed = true;
        try {
            try (DirectoryStream<Path> children = Files.newDirectoryStream(folder)) {
                for (Path child : children) {
                    if (!child.getFileName().toString().equals(OWNER)) {
                        StoreFiles.deleteTree(child);
                    }
                }
            } catch (NoSuchFileException e) {
                // already gone
            }
        } finally {
            try {
                lock.release();
                channel.close();
            } finally {
                LIVE.remove(folder);
                StoreFiles.deleteTree(folder);
            }
        }
    }

    /**
     * Deletes the folders {@code <parent>/<prefix>*} whose owner is gone: their owner file can be locked (the process
     * that held it died), or they have none and are older than a minute. Folders of live processes, of this one
     * included, are left alone; folders that cannot be deleted (another user's) are skipped. Returns how many went.
     */
    public static int removeOrphans(Path parent, String prefix) {
        return removeOrphans(parent, name -> name.startsWith(prefix));
    }

    /** As {@link #removeOrphans(Path, String)}, for the folders whose name matches. */
    public static int removeOrphans(Path parent, java.util.function.Predicate<String> name) {
        int removed = 0;
        Path absolute = parent.toAbsolutePath().normalize();
        try (DirectoryStream<Path> children = Files.newDirectoryStream(absolute, entry -> name.test(entry.getFileName().toString()))) {
            for (Path child : children) {
                if (!Files.isDirectory(child, LinkOption.NOFOLLOW_LINKS) || LIVE.contains(child)) {
                    continue;
                }
                try {
                    if (orphaned(child)) {
                        StoreFiles.deleteTree(child);
                        removed++;
                    }
                } catch (IOException | RuntimeException e) {
                    // not ours to delete, or already gone: leave it
                }
            }
        } catch (IOException e) {
            // the parent cannot be listed: nothing to clean
        }
        return removed;
    }

    private static boolean orphaned(Path folder) throws IOException {
        Path owner = folder.resolve(OWNER);
        if (!Files.exists(owner, LinkOption.NOFOLLOW_LINKS)) {
            FileTime modified = Files.getLastModifiedTime(folder, LinkOption.NOFOLLOW_LINKS);
            return modified.toInstant().isBefore(Instant.now().minus(UNOWNED_GRACE));
        }
        try (FileChannel probe = FileChannel.open(owner, StandardOpenOption.WRITE)) {
            FileLock held = probe.tryLock();
            if (held == null) {
                return false; // a live process holds it
            }
            held.release();
            return true;
        } catch (OverlappingFileLockException e) {
            return false; // held in this process
        }
    }
}
