/*
 * Copyright (c) 2026 the Interphase contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.interphase.data.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.List;

import org.interphase.data.Datasets;
import org.interphase.data.QuantityKind;
import org.interphase.data.csv.Csv;
import org.junit.jupiter.api.Test;

/** The one CSV reader and writer, against RFC 4180's examples and round trips of awkward names. */
public class CsvTest {

    @Test
    public void quotesOnlyWhatNeedsIt() {
        assertEquals("t/s", Csv.quote("t/s"));
        assertEquals("\"L (Li, first)/m\"", Csv.quote("L (Li, first)/m"));
        assertEquals("\"a \"\"b\"\"\"", Csv.quote("a \"b\""));
        assertEquals("\"two\nlines\"", Csv.quote("two\nlines"));
        assertEquals("\" padded \"", Csv.quote(" padded "));
        assertEquals("a,b", Csv.quote("a,b", ';')); // a comma needs no quotes between semicolons
        assertEquals("\"a;b\"", Csv.quote("a;b", ';'));
        assertEquals("", Csv.quote(""));
    }

    @Test
    public void splitsRfc4180Lines() {
        // RFC 4180 section 2: fields with commas, doubled quotes; empty fields kept, also at the end
        assertArrayEquals(new String[] { "aaa", "b,bb", "c\"cc" }, Csv.split("aaa,\"b,bb\",\"c\"\"cc\""));
        assertArrayEquals(new String[] { "1", "", "3", "" }, Csv.split("1,,3,"));
        assertArrayEquals(new String[] { "" }, Csv.split(""));
        assertArrayEquals(new String[] { "1,5", "2" }, Csv.split("\"1,5\";2", ';'));
        assertArrayEquals(new String[] { "x", "y" }, Csv.split("x\ty", '\t'));
        assertArrayEquals(new String[] { " 1", " 2 " }, Csv.split(" 1, 2 ")); // unquoted fields are as written
        assertArrayEquals(new String[] { "a", "b" }, Csv.split("a, \"b\"")); // blanks before a quote are dropped
    }

    @Test
    public void roundTripsAnyFields() {
        List<String> fields = List.of("plain", "with, comma", "with \"quotes\"", " lead", "trail ", "", "multi\nline", "semi;colon");
        for (char delimiter : new char[] { ',', ';', '\t' }) {
            String line = Csv.line(fields, delimiter);
            String[] back = line.contains("\n") ? null : Csv.split(line, delimiter);
            if (back != null) {
                assertEquals(fields, List.of(back));
            }
        }
    }

    @Test
    public void readsRecordsOverLineBreaksInQuotes() throws IOException {
        BufferedReader in = new BufferedReader(new StringReader("name,note\n\"cell 1\",\"first\nsecond\"\nx,y\n"));
        assertArrayEquals(new String[] { "name", "note" }, Csv.record(in, ','));
        assertArrayEquals(new String[] { "cell 1", "first\nsecond" }, Csv.record(in, ','));
        assertArrayEquals(new String[] { "x", "y" }, Csv.record(in, ','));
        assertNull(Csv.record(in, ','));
        BufferedReader open = new BufferedReader(new StringReader("\"never closed\n1,2\n3,4\n"));
        IOException e = assertThrows(IOException.class, () -> Csv.record(open, ','));
        assertEquals("a quoted field is not closed before the end of the file", e.getMessage());
        BufferedReader longOpen = new BufferedReader(new StringReader("\"x\n" + "1234567890\n".repeat(20)));
        assertThrows(IOException.class, () -> Csv.record(longOpen, ',', 100));
    }

    @Test
    public void datasetsWriterQuotesNamesAndKeepsFullPrecision() throws IOException {
        StringWriter out = new StringWriter();
        Datasets.writeCsv(List.of(Datasets.column("L (Li, first)", "m", QuantityKind.OTHER, new double[] { 0.1, Double.NaN }),
                Datasets.column("t", "s", QuantityKind.TIME, new double[] { 1.0 / 3 })), c -> c.name() + "/" + c.unit(), out);
        String[] lines = out.toString().split("\n");
        assertEquals("\"L (Li, first)/m\",t/s", lines[0]);
        assertArrayEquals(new String[] { "L (Li, first)/m", "t/s" }, Csv.split(lines[0]));
        assertEquals(1.0 / 3, Double.parseDouble(Csv.split(lines[1])[1]));
        assertEquals("", Csv.split(lines[2])[0]); // NaN is an empty cell
    }
}
