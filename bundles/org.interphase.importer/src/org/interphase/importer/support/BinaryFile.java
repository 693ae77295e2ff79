/*
 * Copyright (c) 2026 the Interphase contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.interphase.importer.support;

import java.io.Closeable;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

import org.interphase.importer.ImportException;

/**
 * Bounds-checked reading of a binary file for importers: every read names the byte offset and what was being read
 * when the file ends early, as an {@link ImportException}. Small structures are read with {@link #bytes(long, int, String)}
 * (a buffer of the requested size); bulk records are streamed with {@link #read(long, ByteBuffer, String)}, so a
 * file much larger than the heap can be read.
 */
public final class BinaryFile implements Closeable {

    private final Path file;
    private final String importer;
    private final FileChannel channel;
    private final long size;

    private BinaryFile(Path file, String importer, FileChannel channel) throws IOException {
        this.file = file;
        this.importer = importer;
        this.channel = channel;
        this.size = channel.size();
    }

    /** Opens the file for reading; a file that cannot be opened is an ImportException naming it. */
    public static BinaryFile open(Path file, String importer) throws ImportException {
        try {
            return new BinaryFile(file, importer, FileChannel.open(file, StandardOpenOption.READ));
        } catch (IOException e) {
            throw new ImportException(file, importer, null, "cannot be read: " + e.getMessage(), e);
        }
    }

    public Path file() {
        return file;
    }

    public String importer() {
        return importer;
    }

    /** The file's size in bytes. */
    public long size() {
        return size;
    }

    /** An ImportException at a byte offset of this file. */
    public ImportException error(long offset, String reason) {
        return ImportException.atByte(file, importer, offset, reason);
    }

    /** A warning at a byte offset of this file (see {@link org.interphase.data.DatasetBuilder#warning}). */
    public org.interphase.data.ImportWarning warning(long offset, String what) {
        return org.interphase.data.ImportWarning.atByte(offset, what);
    }

    /** Checks that length bytes from offset lie in the file. */
    public void require(long offset, long length, String what) throws ImportException {
        if (offset < 0 || length < 0 || offset > size || length > size - offset) {
            throw error(Math.max(0, Math.min(offset, size)), "the file ends at byte " + size + " inside " + what + " (" + length
                    + " bytes from byte " + offset + ")");
        }
    }

    /** length bytes from offset, in a buffer of the given byte order positioned at 0. */
    public ByteBuffer bytes(long offset, int length, String what, ByteOrder order) throws ImportException {
        require(offset, length, what);
        ByteBuffer buffer = ByteBuffer.allocate(length).order(order);
        read(offset, buffer, what);
        return buffer.flip();
    }

    /** length bytes from offset, little-endian. */
    public ByteBuffer bytes(long offset, int length, String what) throws ImportException {
        return bytes(offset, length, what, ByteOrder.LITTLE_ENDIAN);
    }

    /** Fills the buffer's remaining space from offset (the buffer is not flipped). */
    public void read(long offset, ByteBuffer buffer, String what) throws ImportException {
        require(offset, buffer.remaining(), what);
        long position = offset;
        try {
            while (buffer.hasRemaining()) {
                int n = channel.read(buffer, position);
                if (n < 0) {
                    throw error(position, "the file ends at byte " + position + " inside " + what + " (it changed while being read)");
                }
                position += n;
            }
        } catch (IOException e) {
            throw new ImportException(file, importer, "byte " + position, "cannot be read: " + e.getMessage(), e);
        }
    }

    /**
     * length bytes from offset, mapped read-only (not copied onto the heap; the buffer's order is big-endian until
     * set). For bulk records: the operating system pages them in and out.
     */
    public java.nio.MappedByteBuffer map(long offset, long length, String what) throws ImportException {
        require(offset, length, what);
        try {
            return channel.map(FileChannel.MapMode.READ_ONLY, offset, length);
        } catch (IOException e) {
            throw new ImportException(file, importer, "byte " + offset, "cannot be read: " + e.getMessage(), e);
        }
    }

    /** Text of fixed length (e.g. a space-padded name), trailing spaces and NULs removed. */
    public static String text(ByteBuffer buffer, int offset, int length, Charset charset) {
        byte[] bytes = new byte[length];
        buffer.get(offset, bytes);
        int end = length;
        while (end > 0 && (bytes[end - 1] == ' ' || bytes[end - 1] == 0)) {
            end--;
        }
        return new String(bytes, 0, end, charset);
    }

    @Override
    public void close() {
        try {
            channel.close();
        } catch (IOException e) {
            // read-only: nothing is lost
        }
    }
}
