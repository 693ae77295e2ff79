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
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Set;

/**
 * Writes a file so that a crash, a kill or an exception during the write never leaves a truncated file:
 * the bytes go to a temporary file in the same folder, which is forced to disk and then renamed over the
 * target in one atomic step by {@link #commit()}. Closing without committing deletes the temporary file and
 * leaves the target as it was.
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

    public AtomicFileWriter(Path target) throws IOException {
        this.target = target.toAbsolutePath();
        Path folder = this.target.getParent();
        Files.createDirectories(folder);
        this.temporary = Files.createTempFile(folder, "." + this.target.getFileName() + ".", ".saving");
        this.channel = FileChannel.open(temporary, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING);
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
        channel.close();
        copyPermissions();
        try {
            Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
        }
        committed = true;
        forceFolder();
    }

    /** Without a commit, discards the new content; the target keeps its previous content. */
    @Override
    public void close() throws IOException {
        if (!committed) {
            try {
                channel.close();
            } finally {
                Files.deleteIfExists(temporary);
            }
        }
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
