/*
 * Copyright (c) 2026 the Interphase contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.interphase.importer.arbin;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.interphase.data.DatasetBuilder;
import org.interphase.data.DatasetBuilder.ColumnWriter;
import org.interphase.data.ImportWarning;
import org.interphase.data.Metadata;
import org.interphase.data.QuantityKind;
import org.interphase.data.Technique;
import org.interphase.importer.ContentMatcher;
import org.interphase.importer.ImportException;
import org.interphase.importer.Importer;
import org.interphase.importer.support.ZipPlaces;

/**
 * Arbin's Excel export (.xlsx, as Arbin DataPro/MITS Pro write it): a Global_Info sheet (channel, start, schedule,
 * creator, comments, software version) and data sheets Channel_N_1, Channel_N_2, ... (one sheet per million rows)
 * whose first row names the columns as {@code Date_Time, Test_Time(s), Step_Time(s), Step_Index, Cycle_Index,
 * Voltage(V), Current(A), Charge_Capacity(Ah), ...}. Read as what it is, a ZIP of XML parts, with a streaming XML
 * parser that refuses DTDs and external entities; nothing in the file (formulas, macros, links) is evaluated: a
 * cell's cached value is taken as it stands. Empty cells become NaN.
 */
public class XlsxImporter implements Importer {

    public static final String ID = "arbin.xlsx";

    private static final long PART_LIMIT = 1L << 31;
    /** Excel's limit of the characters of one cell. */
    static final int MAX_CELL = 32_767;
    /** The longest run of bytes without markup in a part: a cell's 32,767 characters, escaped (&amp;quot; is 6 bytes), in UTF-8. */
    static final int MAX_RUN = 1 << 20;

    private Path file;
    private ZipPlaces places;

    @Override
    public void read(Path file, DatasetBuilder builder, IProgressMonitor monitor) throws ImportException {
        this.file = file;
        places = new ZipPlaces(file);
        ZipFile zip;
        try {
            zip = new ZipFile(file.toFile());
        } catch (java.nio.file.NoSuchFileException | java.io.FileNotFoundException e) {
            throw new ImportException(file, ID, null, "no such file", e);
        } catch (IOException | RuntimeException e) {
            throw new ImportException(file, ID, places.archive(), "not a readable ZIP archive: " + e.getMessage(), e);
        }
        try (zip) {
            read(zip, builder, monitor);
        } catch (ZipPlaces.MemberException e) {
            throw new ImportException(file, ID, ZipPlaces.place(e), "damaged archive member: " + e.getMessage(), e);
        } catch (IOException | IllegalArgumentException | IllegalStateException e) {
            throw new ImportException(file, ID, places.archive(), "damaged archive: " + e.getMessage(), e);
        }
    }

    /** A sheet of the workbook and its part. */
    private record Sheet(String name, String part) {
    }

    private void read(ZipFile zip, DatasetBuilder builder, IProgressMonitor monitor) throws ImportException, IOException {
        if (zip.getEntry("xl/workbook.xml") == null) {
            throw new ImportException(file, ID, places.archive(), "no xl/workbook.xml: not an Excel workbook");
        }
        Map<String, String> relations = relations(zip);
        boolean[] date1904 = new boolean[1];
        List<Sheet> sheets = sheets(zip, relations, date1904);
        List<String> strings = sharedStrings(zip);
        List<Sheet> data = sheets.stream().filter(s -> s.name().matches("(?i)channel_?\\d+(_\\d+)?")).toList();
        if (data.isEmpty()) {
            throw new ImportException(file, ID, "xl/workbook.xml in the archive", "no data sheet Channel_N_M among " + sheets.stream()
                    .map(Sheet::name).toList() + ": not an Arbin export");
        }
        builder.metadata(Metadata.INSTRUMENT, "Arbin");
        for (Sheet s : sheets) {
            if (s.name().equalsIgnoreCase("Global_Info")) {
                globalInfo(zip, s, strings, date1904[0], builder);
            }
        }
        Reader reader = new Reader(builder, strings, date1904[0], monitor);
        for (Sheet s : data) {
            reader.sheet(zip, s);
        }
        if (reader.rows == 0) {
            throw new ImportException(file, ID, data.get(0).part() + " in the archive", "no data rows");
        }
        builder.technique(reader.current ? Technique.GALVANOSTATIC_CYCLING : Technique.OPEN_CIRCUIT_VOLTAGE);
        builder.metadata("sheets", String.join(", ", data.stream().map(Sheet::name).toList()));
        builder.metadata("timestamp_zone", "seconds since 1970-01-01T00:00 of the test computer's local wall-clock time (the file stores no "
                + "time zone)");
    }

    // --- the data sheets ---

    private final class Reader {
        private final DatasetBuilder builder;
        private final List<String> strings;
        private final boolean date1904;
        private final IProgressMonitor monitor;
        private List<String> header;
        private List<ArbinFields.Field> fields;
        private List<ColumnWriter> writers;
        long rows;
        boolean current;

        Reader(DatasetBuilder builder, List<String> strings, boolean date1904, IProgressMonitor monitor) {
            this.builder = builder;
            this.strings = strings;
            this.date1904 = date1904;
            this.monitor = monitor;
        }

        void sheet(ZipFile zip, Sheet sheet) throws ImportException, IOException {
            String place = sheet.part() + " in the archive (sheet " + sheet.name() + ")";
            ZipEntry entry = zip.getEntry(sheet.part());
            if (entry == null) {
                throw new ImportException(file, ID, "xl/workbook.xml in the archive", "sheet " + sheet.name() + ": no part " + sheet.part());
            }
            try (InputStream in = input(zip, entry)) {
                XMLStreamReader xml = xml(in);
                boolean first = true;
                double[] values = null;
                long rowNumber = 0;
                int column = -1;
                String type = null;
                StringBuilder text = new StringBuilder();
                boolean inValue = false;
                List<String> headerCells = new ArrayList<>();
                while (xml.hasNext()) {
                    int event = xml.next();
                    if (event == XMLStreamConstants.START_ELEMENT) {
                        String name = xml.getLocalName();
                        if (name.equals("row")) {
                            rowNumber = number(xml.getAttributeValue(null, "r"), rowNumber + 1, place, rowNumber);
                            if (!first) {
                                values = new double[fields.size()];
                                java.util.Arrays.fill(values, Double.NaN);
                            }
                        } else if (name.equals("c")) {
                            column = column(xml.getAttributeValue(null, "r"), column + 1, place, rowNumber);
                            type = xml.getAttributeValue(null, "t");
                        } else if (name.equals("v") || (name.equals("t") && "inlineStr".equals(type))) {
                            inValue = true;
                            text.setLength(0);
                        }
                    } else if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA) {
                        if (inValue) {
                            text.append(xml.getText());
                            if (text.length() > MAX_CELL) {
                                throw new ImportException(file, ID, place + ", row " + rowNumber, "a cell of column " + (column + 1)
                                        + " holds more than " + MAX_CELL + " characters (Excel's limit)");
                            }
                        }
                    } else if (event == XMLStreamConstants.END_ELEMENT) {
                        String name = xml.getLocalName();
                        if (name.equals("v") || (name.equals("t") && "inlineStr".equals(type))) {
                            inValue = false;
                            String value = cell(type, text.toString(), place, rowNumber);
                            if (first) {
                                while (headerCells.size() < column) {
                                    headerCells.add("");
                                }
                                if (column < 1024) {
                                    headerCells.add(value);
                                }
                            } else if (column < values.length) {
                                values[column] = convert(fields.get(column), type, value, place, rowNumber);
                            } else if (!value.isBlank()) {
                                throw new ImportException(file, ID, place + ", row " + rowNumber, "a value in column " + (column + 1)
                                        + " beyond the header's " + values.length + " columns");
                            }
                        } else if (name.equals("c")) {
                            type = null;
                        } else if (name.equals("row")) {
                            if (first) {
                                header(headerCells, place, rowNumber);
                                first = false;
                            } else {
                                append(values, place, rowNumber);
                            }
                            column = -1;
                        }
                    }
                }
                xml.close();
            } catch (XMLStreamException e) {
                throw xmlError(place, e);
            }
        }

        private void header(List<String> cells, String place, long row) throws ImportException {
            while (!cells.isEmpty() && cells.get(cells.size() - 1).isBlank()) {
                cells.remove(cells.size() - 1);
            }
            if (header != null) {
                if (!header.equals(cells)) {
                    throw new ImportException(file, ID, place + ", row " + row, "the columns " + cells + " differ from the first sheet's "
                            + header);
                }
                return;
            }
            if (!cells.contains("Test_Time(s)") && !cells.contains("Data_Point")) {
                throw new ImportException(file, ID, place + ", row " + row, "no Test_Time(s) or Data_Point column in " + cells
                        + ": not an Arbin export");
            }
            header = List.copyOf(cells);
            fields = new ArrayList<>();
            writers = new ArrayList<>();
            for (int c = 0; c < cells.size(); c++) {
                ArbinFields.Field f = ArbinFields.export(cells.get(c));
                if (f == null) {
                    builder.warning(new ImportWarning(place + ", row " + row, "column " + (c + 1) + " ('" + cells.get(c)
                            + "'): unit unknown; its values are kept as they are, without a unit"));
                    f = new ArbinFields.Field(cells.get(c), cells.get(c), "", QuantityKind.OTHER, 1, 0, false);
                }
                fields.add(f);
                writers.add(builder.column(f.name().isEmpty() ? "column " + (c + 1) : f.name(), f.unit(), f.kind()));
            }
        }

        private double convert(ArbinFields.Field f, String type, String value, String place, long row) throws ImportException {
            if (value.isBlank()) {
                return Double.NaN;
            }
            double raw;
            if (f.date() && ("s".equals(type) || "str".equals(type) || "inlineStr".equals(type))) {
                double seconds = ArbinFields.date(value);
                if (Double.isNaN(seconds)) {
                    throw new ImportException(file, ID, place + ", row " + row, f.source() + " '" + value + "' is not a date");
                }
                return check(f, seconds, place, row);
            }
            if ("b".equals(type)) {
                raw = value.equals("1") ? 1 : 0;
            } else if ("e".equals(type)) {
                return Double.NaN; // an error value of the spreadsheet
            } else {
                try {
                    raw = Double.parseDouble(value.strip());
                } catch (NumberFormatException e) {
                    throw new ImportException(file, ID, place + ", row " + row, f.source() + " '" + value + "' is not a number");
                }
            }
            if (f.date() && date1904) {
                raw += 1462; // days between the 1900 and 1904 date systems
            }
            return check(f, f.si(raw), place, row);
        }

        private double check(ArbinFields.Field f, double si, String place, long row) throws ImportException {
            String reason = ArbinFields.implausible(f, si);
            if (reason != null) {
                throw new ImportException(file, ID, place + ", row " + row, reason);
            }
            current |= f.kind() == QuantityKind.CURRENT && si != 0;
            return si;
        }

        private void append(double[] values, String place, long row) {
            if ((rows & 0xFFF) == 0 && monitor != null && monitor.isCanceled()) {
                throw new OperationCanceledException();
            }
            boolean empty = true;
            for (double v : values) {
                empty &= Double.isNaN(v);
            }
            if (empty) {
                return; // a formatted but empty row
            }
            for (int c = 0; c < values.length; c++) {
                writers.get(c).append(values[c]);
            }
            rows++;
        }

        private String cell(String type, String raw, String place, long row) throws ImportException {
            if ("s".equals(type)) {
                try {
                    int k = Integer.parseInt(raw.strip());
                    if (k < 0 || k >= strings.size()) {
                        throw new NumberFormatException();
                    }
                    return strings.get(k);
                } catch (NumberFormatException e) {
                    throw new ImportException(file, ID, place + ", row " + row, "shared string " + raw + " does not exist (" + strings.size()
                            + " strings)");
                }
            }
            return raw;
        }
    }

    private long number(String text, long otherwise, String place, long previous) throws ImportException {
        if (text == null) {
            return otherwise;
        }
        try {
            long n = Long.parseLong(text);
            if (n <= previous || n > 1L << 24) {
                throw new NumberFormatException();
            }
            return n;
        } catch (NumberFormatException e) {
            throw new ImportException(file, ID, place + ", after row " + previous, "row number '" + text + "' out of order");
        }
    }

    /** The 0-based column of a cell reference such as "AB12". */
    private int column(String reference, int otherwise, String place, long row) throws ImportException {
        if (reference == null) {
            return otherwise;
        }
        int c = 0;
        int i = 0;
        while (i < reference.length() && Character.isLetter(reference.charAt(i))) {
            char ch = Character.toUpperCase(reference.charAt(i));
            if (ch < 'A' || ch > 'Z' || i >= 3) {
                throw new ImportException(file, ID, place + ", row " + row, "cell reference '" + reference + "' is not valid");
            }
            c = c * 26 + (ch - 'A' + 1);
            i++;
        }
        if (c == 0) {
            throw new ImportException(file, ID, place + ", row " + row, "cell reference '" + reference + "' is not valid");
        }
        return c - 1;
    }

    // --- workbook structure ---

    private Map<String, String> relations(ZipFile zip) throws ImportException, IOException {
        Map<String, String> relations = new HashMap<>();
        String part = "xl/_rels/workbook.xml.rels";
        ZipEntry entry = zip.getEntry(part);
        if (entry == null) {
            return relations;
        }
        try (InputStream in = input(zip, entry)) {
            XMLStreamReader xml = xml(in);
            while (xml.hasNext()) {
                if (xml.next() == XMLStreamConstants.START_ELEMENT && xml.getLocalName().equals("Relationship")) {
                    String target = xml.getAttributeValue(null, "Target");
                    String id = xml.getAttributeValue(null, "Id");
                    if (target != null && id != null) {
                        relations.put(id, target.startsWith("/") ? target.substring(1) : "xl/" + target);
                    }
                }
            }
        } catch (XMLStreamException e) {
            throw xmlError(part + " in the archive", e);
        }
        return relations;
    }

    private List<Sheet> sheets(ZipFile zip, Map<String, String> relations, boolean[] date1904) throws ImportException, IOException {
        List<Sheet> sheets = new ArrayList<>();
        String part = "xl/workbook.xml";
        try (InputStream in = input(zip, zip.getEntry(part))) {
            XMLStreamReader xml = xml(in);
            while (xml.hasNext()) {
                if (xml.next() == XMLStreamConstants.START_ELEMENT) {
                    if (xml.getLocalName().equals("workbookPr")) {
                        String d = xml.getAttributeValue(null, "date1904");
                        date1904[0] = "1".equals(d) || "true".equals(d);
                    } else if (xml.getLocalName().equals("sheet")) {
                        String name = xml.getAttributeValue(null, "name");
                        String rid = null;
                        for (int a = 0; a < xml.getAttributeCount(); a++) {
                            if (xml.getAttributeLocalName(a).equals("id")) {
                                rid = xml.getAttributeValue(a);
                            }
                        }
                        String target = relations.get(rid);
                        if (name != null && target != null) {
                            sheets.add(new Sheet(name, target));
                        }
                    }
                }
            }
        } catch (XMLStreamException e) {
            throw xmlError(part + " in the archive", e);
        }
        return sheets;
    }

    private List<String> sharedStrings(ZipFile zip) throws ImportException, IOException {
        List<String> strings = new ArrayList<>();
        String part = "xl/sharedStrings.xml";
        ZipEntry entry = zip.getEntry(part);
        if (entry == null) {
            return strings;
        }
        long characters = 0;
        try (InputStream in = input(zip, entry)) {
            XMLStreamReader xml = xml(in);
            StringBuilder s = null;
            boolean text = false;
            int phonetic = 0;
            while (xml.hasNext()) {
                int event = xml.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    switch (xml.getLocalName()) {
                        case "si" -> s = new StringBuilder();
                        case "t" -> text = phonetic == 0;
                        case "rPh" -> phonetic++;
                        default -> {
                        }
                    }
                } else if ((event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA) && text && s != null) {
                    s.append(xml.getText());
                    characters += xml.getTextLength();
                    if (s.length() > MAX_CELL) {
                        throw new ImportException(file, ID, part + " in the archive", "shared string " + (strings.size() + 1)
                                + " holds more than " + MAX_CELL + " characters (Excel's limit)");
                    }
                    if (characters > 1 << 28) {
                        throw new ImportException(file, ID, part + " in the archive", "more than 2^28 characters of shared strings");
                    }
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    switch (xml.getLocalName()) {
                        case "si" -> {
                            strings.add(s == null ? "" : s.toString());
                            s = null;
                        }
                        case "t" -> text = false;
                        case "rPh" -> phonetic--;
                        default -> {
                        }
                    }
                }
            }
        } catch (XMLStreamException e) {
            throw xmlError(part + " in the archive", e);
        }
        return strings;
    }

    /** The Global_Info sheet: a row of names followed by a row of values. */
    private void globalInfo(ZipFile zip, Sheet sheet, List<String> strings, boolean date1904, DatasetBuilder builder)
            throws ImportException, IOException {
        ZipEntry entry = zip.getEntry(sheet.part());
        if (entry == null) {
            return;
        }
        Map<Long, Map<Integer, String[]>> rows = new LinkedHashMap<>();
        String place = sheet.part() + " in the archive (sheet " + sheet.name() + ")";
        try (InputStream in = input(zip, entry)) {
            XMLStreamReader xml = xml(in);
            long row = 0;
            int column = -1;
            String type = null;
            StringBuilder text = new StringBuilder();
            boolean inValue = false;
            while (xml.hasNext()) {
                int event = xml.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    switch (xml.getLocalName()) {
                        case "row" -> {
                            row++;
                            column = -1;
                            if (rows.size() > 1000) {
                                return; // not a small information sheet
                            }
                        }
                        case "c" -> {
                            column = column(xml.getAttributeValue(null, "r"), column + 1, place, row);
                            type = xml.getAttributeValue(null, "t");
                        }
                        case "v", "t" -> {
                            inValue = true;
                            text.setLength(0);
                        }
                        default -> {
                        }
                    }
                } else if ((event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA) && inValue) {
                    text.append(xml.getText());
                    if (text.length() > MAX_CELL) {
                        throw new ImportException(file, ID, place + ", row " + row, "a cell holds more than " + MAX_CELL
                                + " characters (Excel's limit)");
                    }
                } else if (event == XMLStreamConstants.END_ELEMENT && (xml.getLocalName().equals("v") || xml.getLocalName().equals("t"))) {
                    inValue = false;
                    String value = "s".equals(type) ? stringAt(strings, text.toString()) : text.toString();
                    rows.computeIfAbsent(row, r -> new HashMap<>()).put(column, new String[] { type == null ? "n" : type, value });
                }
            }
        } catch (XMLStreamException e) {
            throw xmlError(place, e);
        }
        List<Long> numbers = new ArrayList<>(rows.keySet());
        for (int i = 0; i + 1 < numbers.size(); i++) {
            Map<Integer, String[]> names = rows.get(numbers.get(i));
            Map<Integer, String[]> values = rows.get(numbers.get(i + 1));
            if (names.size() >= 3 && names.values().stream().allMatch(v -> v[0].equals("s")) && names.containsKey(0)
                    && "Channel".equals(names.get(0)[1])) {
                for (Map.Entry<Integer, String[]> e : names.entrySet()) {
                    String[] value = values.get(e.getKey());
                    if (value == null || value[1].isBlank()) {
                        continue;
                    }
                    String key = e.getValue()[1];
                    String v = value[1];
                    switch (key) {
                        case "Channel" -> builder.metadata(Metadata.CHANNEL, v);
                        case "Start DateTime" -> {
                            try {
                                double days = Double.parseDouble(v) + (date1904 ? 1462 : 0);
                                double seconds = (days - ArbinFields.OLE_EPOCH_DAYS) * 86400;
                                builder.metadata(Metadata.START_TIME, LocalDateTime.ofEpochSecond((long) Math.floor(seconds), 0,
                                        ZoneOffset.UTC).toString());
                            } catch (NumberFormatException | java.time.DateTimeException ex) {
                                builder.metadata("start_datetime", v);
                            }
                        }
                        case "Schedule File Name" -> builder.metadata("procedure", v);
                        case "Creator" -> builder.metadata("operator", v);
                        case "Comments" -> builder.metadata(Metadata.COMMENTS, v);
                        case "Software Version" -> builder.metadata(Metadata.SOFTWARE, v);
                        default -> builder.metadata(key.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "_"), v);
                    }
                }
                return;
            }
        }
    }

    private static String stringAt(List<String> strings, String index) {
        try {
            int k = Integer.parseInt(index.strip());
            return k >= 0 && k < strings.size() ? strings.get(k) : "";
        } catch (NumberFormatException e) {
            return "";
        }
    }

    // --- XML ---

    private InputStream input(ZipFile zip, ZipEntry entry) throws IOException, ImportException {
        if (entry.getSize() > PART_LIMIT) {
            throw new ImportException(file, ID, entry.getName() + " in the archive", "larger than 2 GiB");
        }
        try {
            // the bytes actually inflated are counted (the declared size may lie), and no text runs on past a cell's size
            return places.markupRuns(entry.getName(), places.wrap(entry.getName(), zip.getInputStream(entry), PART_LIMIT), MAX_RUN);
        } catch (ZipPlaces.MemberException e) {
            throw e;
        } catch (IOException e) {
            throw new ZipPlaces.MemberException(entry.getName(), places.member(entry.getName()), e);
        }
    }

    /**
     * A streaming parser that refuses DOCTYPEs (as the .ndax and model parsers do: no part of a workbook has one) and
     * entity references other than XML's own, instead of dropping them silently, and never resolves external entities.
     */
    static XMLStreamReader xml(InputStream in) throws XMLStreamException {
        XMLInputFactory f = XMLInputFactory.newFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        f.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        f.setXMLResolver((publicID, systemID, baseURI, namespace) -> {
            throw new XMLStreamException("external entity " + systemID + " refused");
        });
        return new javax.xml.stream.util.StreamReaderDelegate(f.createXMLStreamReader(in)) {
            @Override
            public int next() throws XMLStreamException {
                int event = super.next();
                if (event == XMLStreamConstants.DTD) {
                    throw new XMLStreamException("a DOCTYPE is refused (no part of a workbook has one)", getLocation());
                }
                if (event == XMLStreamConstants.ENTITY_REFERENCE) {
                    throw new XMLStreamException("the entity reference &" + getLocalName() + "; is refused (a workbook uses XML's own only)",
                            getLocation());
                }
                return event;
            }
        };
    }

    private ImportException xmlError(String place, XMLStreamException e) {
        Throwable cause = e.getCause() != null ? e.getCause() : e.getNestedException();
        if (cause instanceof ZipPlaces.MemberException m) {
            return new ImportException(file, ID, ZipPlaces.place(m), "damaged archive member: " + m.getMessage(), m);
        }
        javax.xml.stream.Location l = e.getLocation();
        String at = l == null || l.getLineNumber() < 0 ? place : place + ", line " + l.getLineNumber() + ", column " + l.getColumnNumber();
        return new ImportException(file, ID, at, "not well-formed XML: " + e.getMessage().replaceAll("\\s+", " "), e);
    }

    /** A ZIP archive whose head names Excel workbook parts (xl/...). */
    public static class XlsxMatcher implements ContentMatcher {
        @Override
        public boolean matches(Path file, byte[] head) {
            if (head.length < 30 || head[0] != 'P' || head[1] != 'K' || head[2] != 3 || head[3] != 4) {
                return false;
            }
            String text = new String(head, StandardCharsets.ISO_8859_1);
            return text.contains("xl/") || text.contains("[Content_Types].xml");
        }
    }
}
