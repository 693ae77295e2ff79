/*
 * Copyright (c) 2026 the Interphase contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.interphase.importer.arbin;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.interphase.data.DatasetBuilder;
import org.interphase.data.DatasetBuilder.ColumnWriter;
import org.interphase.data.ImportWarning;
import org.interphase.data.Metadata;
import org.interphase.data.QuantityKind;
import org.interphase.data.csv.Csv;
import org.interphase.data.Technique;
import org.interphase.importer.ContentMatcher;
import org.interphase.importer.ImportException;
import org.interphase.importer.Importer;

/**
 * Arbin's CSV export: the columns of its Excel export's data sheets ({@code Data_Point, Date_Time, Test_Time(s),
 * Step_Time(s), Cycle_Index, Step_Index, Current(A), Voltage(V), Charge_Capacity(Ah), ...}, or as MITS 8 and the SQL
 * exports spell them: {@code Date Time, Test Time (s), Current (A), Aux_Temperature_1 (C)}; units also in square
 * brackets) as comma-separated text, dates as {@code M/d/yyyy H:mm:ss[.fff]}. Latin-1 when not UTF-8.
 */
public class ArbinCsvImporter implements Importer {

    public static final String ID = "arbin.csv";

    @Override
    public void read(Path file, DatasetBuilder builder, IProgressMonitor monitor) throws ImportException {
        for (boolean utf8 : new boolean[] { true, false }) {
            try {
                read(file, builder, monitor, utf8);
                return;
            } catch (java.nio.charset.CharacterCodingException e) {
                if (!utf8) {
                    throw new ImportException(file, ID, "line 1", "not text: " + e.getMessage(), e);
                }
                // not UTF-8: read again as Latin-1 (a builder that already holds columns is discarded by the caller only
                // on failure, so the UTF-8 attempt fails before declaring any column)
            } catch (java.nio.file.NoSuchFileException e) {
                throw new ImportException(file, ID, null, "no such file", e);
            } catch (IOException e) {
                throw new ImportException(file, ID, "line 1", "cannot be read: " + e.getMessage(), e);
            }
        }
    }

    private void read(Path file, DatasetBuilder builder, IProgressMonitor monitor, boolean utf8) throws ImportException, IOException {
        var decoder = (utf8 ? StandardCharsets.UTF_8 : StandardCharsets.ISO_8859_1).newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        if (utf8) {
            // decide the charset on the whole file before any column is declared
            try (BufferedReader check = new BufferedReader(new InputStreamReader(Files.newInputStream(file), decoder))) {
                char[] buffer = new char[1 << 16];
                while (check.read(buffer) >= 0) {
                    // only decoding
                }
            }
            decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT);
        }
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(Files.newInputStream(file), decoder), 1 << 16)) {
            String header = reader.readLine();
            if (header == null) {
                throw new ImportException(file, ID, "line 1", "the file is empty");
            }
            if (header.startsWith("\uFEFF")) {
                header = header.substring(1);
            }
            String[] names = Csv.split(header, ',');
            List<String> cells = List.of(names).stream().map(String::strip).toList();
            boolean database = isDatabaseHeader(cells);
            if (!database && !ArbinFields.hasTimeAndVoltage(cells)) {
                throw ImportException.atLine(file, ID, 1, "no Test_Time(s) and Voltage(V) columns (in any spelling: Test Time (s), "
                        + "Voltage [V] ...; nor the database's Test_Time, Current, Voltage): not an Arbin CSV export");
            }
            List<ArbinFields.Field> fields = new ArrayList<>();
            List<ColumnWriter> writers = new ArrayList<>();
            int timestamp = -1;
            for (int c = 0; c < cells.size(); c++) {
                String name = cells.get(c);
                ArbinFields.Field f;
                if (database && !name.contains("(")) {
                    // the database's column names without units (a CSV dumped from the .res tables): the database's units
                    f = ArbinFields.database(name);
                    if (name.equals("DateTime")) {
                        timestamp = c; // days since 1899-12-30 or seconds since 1970: decided by each value's size
                    }
                } else {
                    f = ArbinFields.export(name);
                }
                if (f == null) {
                    builder.warning(ImportWarning.atLine(1, "column " + (c + 1) + " ('" + name
                            + "'): unit unknown; its values are kept as they are, without a unit"));
                    f = new ArbinFields.Field(name, name, "", QuantityKind.OTHER, 1, 0, false);
                }
                fields.add(f);
                writers.add(builder.column(f.name(), f.unit(), f.kind()));
            }
            long line = 1;
            long rows = 0;
            boolean current = false;
            for (String text = reader.readLine(); text != null; text = reader.readLine()) {
                line++;
                if ((line & 0xFFF) == 0 && monitor != null && monitor.isCanceled()) {
                    throw new OperationCanceledException();
                }
                if (text.isBlank()) {
                    continue;
                }
                String[] values = Csv.split(text, ',');
                if (values.length != fields.size()) {
                    throw ImportException.atLine(file, ID, line, "has " + values.length + " fields, the header names " + fields.size());
                }
                for (int c = 0; c < values.length; c++) {
                    ArbinFields.Field f = fields.get(c);
                    String v = values[c].strip();
                    double si;
                    if (v.isEmpty()) {
                        si = Double.NaN;
                    } else if (f.date()) {
                        si = ArbinFields.date(v);
                        if (Double.isNaN(si)) {
                            try {
                                si = f.si(Double.parseDouble(v));
                            } catch (NumberFormatException e) {
                                throw ImportException.atLine(file, ID, line, f.source() + " '" + v + "' is not a date");
                            }
                        }
                    } else if (c == timestamp) {
                        try {
                            double raw = Double.parseDouble(v);
                            si = raw > 1e6 ? raw : f.si(raw);
                        } catch (NumberFormatException e) {
                            throw ImportException.atLine(file, ID, line, f.source() + " '" + v + "' is not a number");
                        }
                    } else {
                        try {
                            si = f.si(Double.parseDouble(v));
                        } catch (NumberFormatException e) {
                            throw ImportException.atLine(file, ID, line, f.source() + " '" + v + "' is not a number");
                        }
                    }
                    if (!Double.isNaN(si)) {
                        String reason = ArbinFields.implausible(f, si);
                        if (reason != null) {
                            throw ImportException.atLine(file, ID, line, reason);
                        }
                    }
                    current |= f.kind() == QuantityKind.CURRENT && si != 0 && !Double.isNaN(si);
                    writers.get(c).append(si);
                }
                rows++;
            }
            if (rows == 0) {
                throw ImportException.atLine(file, ID, line, "no data rows after the header");
            }
            builder.technique(current ? Technique.GALVANOSTATIC_CYCLING : Technique.OPEN_CIRCUIT_VOLTAGE);
            builder.metadata(Metadata.INSTRUMENT, "Arbin (CSV export)");
        }
    }

    /** A header of the .res database's column names (Data_Point, Test_Time, Current, Voltage: no units). */
    static boolean isDatabaseHeader(List<String> cells) {
        return cells.contains("Test_Time") && cells.contains("Voltage") && cells.contains("Current")
                && (cells.contains("Data_Point") || cells.contains("Step_Index") || cells.contains("Cycle_Index"));
    }

    /** A first line with Arbin's Test_Time(s) and Voltage(V) columns, or the database's Test_Time, Current, Voltage. */
    public static class CsvMatcher implements ContentMatcher {
        @Override
        public boolean matches(Path file, byte[] head) {
            String text = new String(head, StandardCharsets.ISO_8859_1);
            int nl = text.indexOf('\n');
            String first = nl < 0 ? text : text.substring(0, nl);
            if (!first.contains(",")) {
                return false;
            }
            List<String> cells = List.of(first.replace("\uFEFF", "").replace("\u00EF\u00BB\u00BF", "").strip().split(",", -1)).stream()
                    .map(String::strip).toList();
            return ArbinFields.hasTimeAndVoltage(cells) && cells.stream().anyMatch(c -> c.toLowerCase(java.util.Locale.ROOT)
                    .matches("(step|cycle)[ _]index"))
                    || isDatabaseHeader(List.of(first.replace("\uFEFF", "").replace("\u00EF\u00BB\u00BF", "").strip().split(",", -1)).stream()
                            .map(String::strip).toList());
        }
    }
}
