/*
 * Copyright (c) 2026 the Interphase contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.interphase.importer.maccor;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The lines of the parts of one Maccor test as one text: the first part whole, of each later part the lines after
 * its column header. Knows which part and line of it a line of the whole text is.
 */
final class PartsReader extends BufferedReader {

    private final List<MaccorSeries.Part> parts;
    /** The whole text's line number at which each part's lines begin, minus the part's own line number there. */
    private final List<long[]> starts = new ArrayList<>();
    private BufferedReader current;
    private int index;
    private long returned;
    private long markedReturned;

    PartsReader(List<MaccorSeries.Part> parts) throws IOException {
        super(Reader.nullReader());
        this.parts = parts;
        this.current = MaccorText.open(parts.get(0).file());
        starts.add(new long[] { 0, 0 });
    }

    @Override
    public String readLine() throws IOException {
        while (true) {
            String s = current.readLine();
            if (s != null) {
                returned++;
                return s;
            }
            if (index + 1 >= parts.size()) {
                return null;
            }
            current.close();
            index++;
            current = MaccorText.open(parts.get(index).file());
            long skipped = 0;
            while (skipped < parts.get(index).headerLine() && current.readLine() != null) {
                skipped++;
            }
            starts.add(new long[] { returned, skipped });
        }
    }

    /** The part a line of the whole text is in. */
    Path file(long line) {
        return parts.get(part(line)).file();
    }

    /** The line of its own part a line of the whole text is. */
    long line(long line) {
        long[] s = starts.get(part(line));
        return line - s[0] + s[1];
    }

    /** The part of a line (0 for the first). */
    int part(long line) {
        int p = 0;
        for (int i = 0; i < starts.size(); i++) {
            if (line > starts.get(i)[0]) {
                p = i;
            }
        }
        return p;
    }

    @Override
    public void mark(int limit) throws IOException {
        current.mark(limit);
        markedReturned = returned;
    }

    @Override
    public void reset() throws IOException {
        current.reset();
        returned = markedReturned;
    }

    @Override
    public void close() throws IOException {
        current.close();
    }
}
