/*
 * Copyright (c) 2026 the Interphase contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.interphase.importer.support;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashMap;
import java.util.Map;

/**
 * Where things are in a ZIP archive, for error messages of importers of ZIP-based formats (.ndax, .xlsx): the
 * end-of-central-directory record, the central directory and each member's local header, read from the file's own
 * structures (java.util.zip does not tell byte offsets).
 */
public final class ZipPlaces {

    private final long size;
    private long endRecord = -1;
    private long directory = -1;
    private final Map<String, Long> members = new HashMap<>();

    /** An I/O failure while reading a member, with the member's name and the offset of its local header. */
    public static final class MemberException extends IOException {
        private static final long serialVersionUID = 1L;
        public final String member;
        public final long offset;

        public MemberException(String member, long offset, IOException cause) {
            super(cause.getMessage(), cause);
            this.member = member;
            this.offset = offset;
        }
    }

    /** Reads the places of the archive's structures; never fails (unknown places stay unknown). */
    public ZipPlaces(Path file) {
        long s = 0;
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            s = ch.size();
            int tail = (int) Math.min(s, 65536 + 22);
            ByteBuffer b = ByteBuffer.allocate(tail).order(ByteOrder.LITTLE_ENDIAN);
            ch.read(b, s - tail);
            for (int p = tail - 22; p >= 0; p--) {
                if (b.getInt(p) == 0x06054b50) {
                    endRecord = s - tail + p;
                    directory = Integer.toUnsignedLong(b.getInt(p + 16));
                    long length = Integer.toUnsignedLong(b.getInt(p + 12));
                    if (directory + length <= s && length < (64 << 20)) {
                        ByteBuffer cd = ByteBuffer.allocate((int) length).order(ByteOrder.LITTLE_ENDIAN);
                        ch.read(cd, directory);
                        for (int q = 0; q + 46 <= length && cd.getInt(q) == 0x02014b50;) {
                            int nameLength = Short.toUnsignedInt(cd.getShort(q + 28));
                            int extra = Short.toUnsignedInt(cd.getShort(q + 30));
                            int comment = Short.toUnsignedInt(cd.getShort(q + 32));
                            if (q + 46 + nameLength > length) {
                                break;
                            }
                            byte[] name = new byte[nameLength];
                            cd.get(q + 46, name);
                            members.put(new String(name, StandardCharsets.UTF_8), Integer.toUnsignedLong(cd.getInt(q + 42)));
                            q += 46 + nameLength + extra + comment;
                        }
                    }
                    break;
                }
            }
        } catch (IOException | RuntimeException e) {
            // places stay unknown; messages fall back to the end of the file
        }
        size = s;
    }

    /** Where to say a damaged archive failed as a whole. */
    public String archive() {
        if (endRecord < 0) {
            return "byte " + size + " (end of the file): no ZIP end-of-central-directory record";
        }
        return "byte " + directory + " (0x" + Long.toHexString(directory) + "), the ZIP central directory";
    }

    /** Where a member starts (its local header), or -1. */
    public long member(String name) {
        return members.getOrDefault(name, -1L);
    }

    /** The member's stream, whose failures name the member and its offset. */
    public InputStream wrap(String name, InputStream in) {
        return wrap(name, in, Long.MAX_VALUE);
    }

    /**
     * The member's stream, whose failures name the member and its offset, counting the bytes actually inflated: more
     * than {@code maxBytes} fails with a {@link MemberException} (a member's declared size is not trusted: a ZIP
     * bomb's headers lie).
     */
    public InputStream wrap(String name, InputStream in, long maxBytes) {
        long offset = member(name);
        return new FilterInputStream(in) {
            private long inflated;

            private int counted(int n) throws IOException {
                if (n > 0) {
                    inflated += n;
                    if (inflated > maxBytes) {
                        throw new MemberException(name, offset, new IOException("inflates to more than " + maxBytes
                                + " bytes, the most this importer reads of one member"));
                    }
                }
                return n;
            }

            @Override
            public int read() throws IOException {
                try {
                    int b = super.read();
                    if (b >= 0) {
                        counted(1);
                    }
                    return b;
                } catch (MemberException e) {
                    throw e;
                } catch (IOException e) {
                    throw new MemberException(name, offset, e);
                }
            }

            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                try {
                    return counted(super.read(b, off, len));
                } catch (MemberException e) {
                    throw e;
                } catch (IOException e) {
                    throw new MemberException(name, offset, e);
                }
            }

            @Override
            public long skip(long n) throws IOException {
                byte[] buffer = new byte[8192];
                long skipped = 0;
                while (skipped < n) {
                    int k = read(buffer, 0, (int) Math.min(buffer.length, n - skipped));
                    if (k < 0) {
                        break;
                    }
                    skipped += k;
                }
                return skipped;
            }
        };
    }

    /**
     * An XML member's stream that fails when text or a tag runs on for more than {@code maxRun} bytes without a
     * {@code <} or {@code >}: a streaming XML parser hands a text node over whole, so one cell of 2 GB of digits
     * would fill the heap before any check of the importer saw it.
     */
    public InputStream markupRuns(String name, InputStream in, int maxRun) {
        long offset = member(name);
        return new FilterInputStream(in) {
            private long run;
            private long position;

            private void check(byte[] b, int off, int n) throws IOException {
                for (int i = off; i < off + n; i++) {
                    if (b[i] == '<' || b[i] == '>') {
                        run = 0;
                    } else if (++run > maxRun) {
                        throw new MemberException(name, offset, new IOException("more than " + maxRun + " bytes of text or of one tag "
                                + "without markup, at inflated byte " + (position + i - off) + " (a cell holds at most 32,767 characters)"));
                    }
                }
                position += n;
            }

            @Override
            public int read() throws IOException {
                int b = super.read();
                if (b >= 0) {
                    check(new byte[] { (byte) b }, 0, 1);
                }
                return b;
            }

            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                int n = super.read(b, off, len);
                if (n > 0) {
                    check(b, off, n);
                }
                return n;
            }
        };
    }

    /** The place of a member's failure, for ImportException's location. */
    public static String place(MemberException e) {
        return e.member + " in the archive, compressed data from byte " + e.offset + (e.offset < 0 ? "" : " (0x" + Long.toHexString(e.offset) + ")");
    }
}
