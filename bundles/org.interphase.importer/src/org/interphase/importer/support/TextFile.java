/*
 * Copyright (c) 2026 the Interphase contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.interphase.importer.support;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.interphase.importer.ImportException;

/**
 * Reading an instrument's text export line by line, for importers: the character set is found (a byte order mark;
 * else UTF-8 when the whole file is valid UTF-8; else the fallback, ISO-8859-1 unless told), lines end with LF, CRLF
 * or CR, a line longer than {@link #MAX_LINE} characters is refused (a binary file, not text), and errors name the
 * line. Lines are streamed: the file is never held in memory whole.
 */
public final class TextFile implements Closeable {

    /** The longest line accepted, in characters. */
    public static final int MAX_LINE = 1 << 20;

    private final Path file;
    private final String importer;
    private final Charset charset;
    private final Reader reader;
    private final char[] buffer = new char[1 << 14];
    private int position;
    private int limit;
    private int line;
    private boolean pendingLineFeed;

    private TextFile(Path file, String importer, Charset charset, Reader reader) {
        this.file = file;
        this.importer = importer;
        this.charset = charset;
        this.reader = reader;
    }

    /** Opens the file, finding its character set (fallback ISO-8859-1). */
    public static TextFile open(Path file, String importer) throws ImportException {
        return open(file, importer, StandardCharsets.ISO_8859_1);
    }

    /** Opens the file, finding its character set; fallback when it has no byte order mark and is not UTF-8. */
    public static TextFile open(Path file, String importer, Charset fallback) throws ImportException {
        try {
            byte[] head;
            try (InputStream in = Files.newInputStream(file)) {
                head = in.readNBytes(4);
            }
            Charset charset;
            int skip = 0;
            if (head.length >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF) {
                charset = StandardCharsets.UTF_8;
                skip = 3;
            } else if (head.length >= 2 && (head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xFE) {
                charset = StandardCharsets.UTF_16LE;
                skip = 2;
            } else if (head.length >= 2 && (head[0] & 0xFF) == 0xFE && (head[1] & 0xFF) == 0xFF) {
                charset = StandardCharsets.UTF_16BE;
                skip = 2;
            } else {
                charset = isUtf8(file) ? StandardCharsets.UTF_8 : fallback;
            }
            InputStream in = Files.newInputStream(file);
            in.skipNBytes(skip);
            CharsetDecoder decoder = charset.newDecoder().onMalformedInput(CodingErrorAction.REPLACE)
                    .onUnmappableCharacter(CodingErrorAction.REPLACE);
            return new TextFile(file, importer, charset, new InputStreamReader(in, decoder));
        } catch (IOException e) {
            throw new ImportException(file, importer, null, "cannot be read: " + e.getMessage(), e);
        }
    }

    /** True when every byte of the file decodes as UTF-8 (streamed, 64 KiB at a time). */
    static boolean isUtf8(Path file) throws IOException {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.allocate(1 << 16);
        CharBuffer out = CharBuffer.allocate(1 << 16);
        try (InputStream stream = Files.newInputStream(file)) {
            boolean end = false;
            while (!end) {
                int n = stream.read(in.array(), in.position(), in.remaining());
                if (n < 0) {
                    end = true;
                } else {
                    in.position(in.position() + n);
                }
                in.flip();
                CoderResult result = decoder.decode(in, out, end);
                if (result.isError()) {
                    return false;
                }
                out.clear();
                in.compact();
            }
            in.flip();
            return !decoder.flush(out).isError() && !in.hasRemaining();
        }
    }

    /** Decodes the head of a file for a content matcher (byte order marks honoured, else UTF-8 or ISO-8859-1). */
    public static String decodeHead(byte[] head) {
        if (head.length >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF) {
            return new String(head, 3, head.length - 3, StandardCharsets.UTF_8);
        }
        if (head.length >= 2 && (head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xFE) {
            return new String(head, 2, (head.length - 2) & ~1, StandardCharsets.UTF_16LE);
        }
        if (head.length >= 2 && (head[0] & 0xFF) == 0xFE && (head[1] & 0xFF) == 0xFF) {
            return new String(head, 2, (head.length - 2) & ~1, StandardCharsets.UTF_16BE);
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(head)).toString();
        } catch (CharacterCodingException e) {
            return new String(head, StandardCharsets.ISO_8859_1); // or a UTF-8 character cut at the end of the head
        }
    }

    public Path file() {
        return file;
    }

    /**
     * True when the text has no control characters (C0 or C1) and no non-characters: a name read from a file that
     * fails this is damaged (random bytes read as Latin-1 give C1 controls). The replacement character U+FFFD is
     * allowed: real files have it (exampleDataGamryABORT.DTA writes its degree sign so).
     */
    public static boolean isPrintable(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 32 && c != '\t' || (c >= 0x7F && c <= 0x9F) || c == 0xFFFE || c == 0xFFFF) {
                return false;
            }
        }
        return true;
    }

    public Charset charset() {
        return charset;
    }

    /** The number (1-based) of the line last returned by {@link #next()}; 0 before the first. */
    public int line() {
        return line;
    }

    /** The next line without its end, or null at the end of the file. */
    public String next() throws ImportException {
        StringBuilder text = null;
        while (true) {
            if (position == limit && !fill()) {
                if (text == null) {
                    return null;
                }
                line++;
                return text.toString();
            }
            if (pendingLineFeed) {
                pendingLineFeed = false;
                if (buffer[position] == '\n') {
                    position++;
                    continue;
                }
            }
            int start = position;
            while (position < limit && buffer[position] != '\n' && buffer[position] != '\r') {
                position++;
            }
            if (text == null) {
                text = new StringBuilder(Math.max(16, position - start));
            }
            text.append(buffer, start, position - start);
            if (text.length() > MAX_LINE) {
                throw ImportException.atLine(file, importer, line + 1, "longer than " + MAX_LINE + " characters: not a text file");
            }
            if (position < limit) {
                pendingLineFeed = buffer[position] == '\r';
                position++;
                line++;
                return text.toString();
            }
        }
    }

    private boolean fill() throws ImportException {
        try {
            int n = reader.read(buffer, 0, buffer.length);
            if (n <= 0) {
                position = limit = 0;
                return false;
            }
            position = 0;
            limit = n;
            return true;
        } catch (IOException e) {
            throw new ImportException(file, importer, "line " + (line + 1), "cannot be read: " + e.getMessage(), e);
        }
    }

    /** An ImportException at the line last returned. */
    public ImportException error(String reason) {
        return ImportException.atLine(file, importer, Math.max(1, line), reason);
    }

    /** A warning at the line last returned (see {@link org.interphase.data.DatasetBuilder#warning}). */
    public org.interphase.data.ImportWarning warning(String what) {
        return org.interphase.data.ImportWarning.atLine(Math.max(1, line), what);
    }

    /** An ImportException at a line. */
    public ImportException error(int lineNumber, String reason) {
        return ImportException.atLine(file, importer, Math.max(1, lineNumber), reason);
    }

    @Override
    public void close() {
        try {
            reader.close();
        } catch (IOException e) {
            // read-only
        }
    }
}
