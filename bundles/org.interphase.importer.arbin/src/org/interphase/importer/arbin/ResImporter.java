/*
 * Copyright (c) 2026 the Interphase contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.interphase.importer.arbin;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.interphase.data.DatasetBuilder;
import org.interphase.data.DatasetBuilder.ColumnWriter;
import org.interphase.data.ImportWarning;
import org.interphase.data.Metadata;
import org.interphase.data.Technique;
import org.interphase.importer.ImportException;
import org.interphase.importer.Importer;

import com.healthmarketscience.jackcess.Column;
import com.healthmarketscience.jackcess.CursorBuilder;
import com.healthmarketscience.jackcess.Database;
import com.healthmarketscience.jackcess.DatabaseBuilder;
import com.healthmarketscience.jackcess.Index;
import com.healthmarketscience.jackcess.Row;
import com.healthmarketscience.jackcess.Table;

/**
 * Arbin MITS Pro results (.res): a Microsoft Access (Jet 4) database read with Jackcess, read-only, with expression
 * evaluation off and linked tables not followed. The records are the rows of Channel_Normal_Table (docs/formats.md says
 * Channel_Normal; the real file names its tables ..._Table; both are accepted), in the order of its primary key
 * (Test_ID, Data_Point) where there is one (the example file's storage order is not); the metadata come from
 * Global_Table (test name, channel, start, schedule, creator, comments), Resume_Table (where the test stood when it
 * ended) and Version_Table.
 */
public class ResImporter implements Importer {

    public static final String ID = "arbin.res";

    /** Jet 4 / ACE pages are 4096 bytes; Jackcess names pages in some of its messages. */
    private static final int PAGE = 4096;
    private static final Pattern PAGE_NUMBER = Pattern.compile("page(?: number)? (\\d+)", Pattern.CASE_INSENSITIVE);

    /** Columns every record has; the others (dV/dt, resistances, impedance, date) may be empty. */
    private static final java.util.Set<String> REQUIRED = java.util.Set.of("Test_ID", "Data_Point", "Test_Time", "Step_Time", "Step_Index",
            "Cycle_Index", "Current", "Voltage", "Charge_Capacity", "Discharge_Capacity", "Charge_Energy", "Discharge_Energy");

    private Path file;
    private String where = "the database header (byte 0)";

    @Override
    public void read(Path file, DatasetBuilder builder, IProgressMonitor monitor) throws ImportException {
        this.file = file;
        Database db;
        try {
            db = new DatabaseBuilder(file.toFile()).setReadOnly(true).setAutoSync(false).open();
        } catch (IOException | RuntimeException e) {
            throw failure(e, "not a readable Access (Jet) database");
        }
        try (db) {
            db.setEvaluateExpressions(Boolean.FALSE);
            db.setLinkResolver((linkerDb, linkeeFileName) -> {
                throw new IOException("the table links to another file (" + linkeeFileName + "); linked tables are not followed");
            });
            read(db, builder, monitor);
        } catch (ImportException e) {
            throw e;
        } catch (OperationCanceledException e) {
            throw e;
        } catch (IOException | RuntimeException | StackOverflowError e) {
            throw failure(e, "damaged database");
        }
    }

    private ImportException failure(Throwable e, String what) {
        String message = String.valueOf(e.getMessage());
        Matcher m = PAGE_NUMBER.matcher(message);
        String place = where;
        if (m.find() && m.group(1).length() < 10) {
            long page = Long.parseLong(m.group(1));
            place = "byte " + page * PAGE + " (0x" + Long.toHexString(page * PAGE) + "), page " + page + "; " + where;
        }
        return new ImportException(file, ID, place, what + ": " + e.getClass().getSimpleName() + ": " + message, e);
    }

    private static Table table(Database db, String... names) throws IOException {
        for (String existing : db.getTableNames()) {
            for (String name : names) {
                if (existing.equalsIgnoreCase(name)) {
                    return db.getTable(existing);
                }
            }
        }
        return null;
    }

    private void read(Database db, DatasetBuilder builder, IProgressMonitor monitor) throws ImportException, IOException {
        where = "the table list";
        Table normal = table(db, "Channel_Normal_Table", "Channel_Normal");
        if (normal == null) {
            throw new ImportException(file, ID, where, "no Channel_Normal_Table: an Access database, but not an Arbin results file");
        }
        builder.metadata(Metadata.INSTRUMENT, "Arbin");
        where = "Version_Table";
        Table version = table(db, "Version_Table", "Version");
        if (version != null) {
            for (Row row : version) {
                Object schema = row.get("Version_Schema_Field");
                if (schema != null) {
                    builder.metadata(Metadata.SOFTWARE, "Arbin MITS Pro (" + schema + ")");
                }
                break;
            }
        }
        where = "Global_Table";
        Table global = table(db, "Global_Table", "Global");
        int tests = 0;
        if (global != null) {
            for (Row row : global) {
                tests++;
                if (tests > 1) {
                    continue;
                }
                text(builder, "test_name", row.get("Test_Name"));
                Object channel = row.get("Channel_Number") != null ? row.get("Channel_Number") : row.get("Channel_Index");
                text(builder, Metadata.CHANNEL, channel);
                text(builder, "operator", row.get("Creator"));
                text(builder, Metadata.COMMENTS, row.get("Comments"));
                text(builder, "procedure", row.get("Schedule_File_Name"));
                text(builder, "item_id", row.get("Item_ID"));
                if (row.get("Start_DateTime") instanceof Number start) {
                    double seconds = (start.doubleValue() - ArbinFields.OLE_EPOCH_DAYS) * 86400;
                    if (seconds > 631152000 && seconds < 7258118400.0) {
                        long millis = Math.round(seconds * 1000); // OLE dates carry float noise below a millisecond
                        builder.metadata(Metadata.START_TIME, LocalDateTime.ofEpochSecond(Math.floorDiv(millis, 1000),
                                (int) Math.floorMod(millis, 1000) * 1_000_000, ZoneOffset.UTC).toString());
                    }
                }
            }
            builder.metadata("tests", Integer.toString(tests));
        }
        where = "Resume_Table";
        Table resume = table(db, "Resume_Table", "Resume");
        if (resume != null) {
            for (Row row : resume) {
                text(builder, "resume_cycle_index", row.get("Cycle_Index"));
                text(builder, "resume_step_index", row.get("Step_Index"));
                text(builder, "resume_test_time_s", row.get("Test_Time"));
                text(builder, "resume_channel_status", row.get("Channel_Status"));
                break;
            }
        }
        builder.metadata("timestamp_zone", "seconds since 1970-01-01T00:00 of the test computer's local wall-clock time (the file stores no "
                + "time zone)");

        where = normal.getName();
        List<ArbinFields.Field> fields = new ArrayList<>();
        List<ColumnWriter> writers = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        for (Column c : normal.getColumns()) {
            boolean numeric = switch (c.getType()) {
                case BYTE, INT, LONG, BIG_INT, FLOAT, DOUBLE, NUMERIC, MONEY, BOOLEAN -> true;
                default -> false;
            };
            if (!numeric) {
                skipped.add(c.getName());
                continue;
            }
            ArbinFields.Field f = ArbinFields.database(c.getName());
            if (f.name().equals("Test ID") && tests <= 1) {
                continue; // one test: the id says nothing
            }
            fields.add(f);
            writers.add(builder.column(f.name(), f.unit(), f.kind()));
        }
        if (!skipped.isEmpty()) {
            builder.metadata("columns_not_numeric", String.join(", ", skipped));
        }
        Auxiliary auxiliary = auxiliary(db, builder);
        Iterable<Row> rows = ordered(normal);
        long n = 0;
        long lastTest = Long.MIN_VALUE;
        long lastPoint = Long.MIN_VALUE;
        boolean current = false;
        for (Row row : rows) {
            n++;
            where = normal.getName() + ", row " + n;
            if ((n & 0xFFF) == 0 && monitor != null && monitor.isCanceled()) {
                throw new OperationCanceledException();
            }
            long test = row.get("Test_ID") instanceof Number t ? t.longValue() : 0;
            long point = row.get("Data_Point") instanceof Number p ? p.longValue() : n;
            if (test < lastTest || (test == lastTest && point <= lastPoint)) {
                throw new ImportException(file, ID, where, "rows are not in (Test_ID, Data_Point) order (" + test + ", " + point + " after "
                        + lastTest + ", " + lastPoint + ") and the table has no index to order them");
            }
            lastTest = test;
            lastPoint = point;
            for (int c = 0; c < fields.size(); c++) {
                ArbinFields.Field f = fields.get(c);
                Object value = row.get(f.source());
                double si;
                if (value == null) {
                    if (REQUIRED.contains(f.source())) {
                        throw new ImportException(file, ID, where + " (Data_Point " + point + ")", f.source() + " is empty");
                    }
                    si = Double.NaN;
                } else if (value instanceof Boolean b) {
                    si = b ? 1 : 0;
                } else if (value instanceof Number v) {
                    si = f.si(v.doubleValue());
                    String reason = ArbinFields.implausible(f, si);
                    if (reason != null) {
                        throw new ImportException(file, ID, where + " (Data_Point " + point + ")", reason);
                    }
                    current |= f.kind() == org.interphase.data.QuantityKind.CURRENT && si != 0;
                } else {
                    throw new ImportException(file, ID, where, "column " + f.source() + " holds " + value.getClass().getSimpleName());
                }
                writers.get(c).append(si);
            }
            if (auxiliary != null) {
                double[] values = auxiliary.values().get(auxiliary.key(test, point));
                for (int a = 0; a < auxiliary.writers().size(); a++) {
                    auxiliary.writers().get(a).append(values == null ? Double.NaN : values[a]);
                }
            }
        }
        if (n == 0) {
            throw new ImportException(file, ID, normal.getName(), "the table has no rows");
        }
        builder.technique(current ? Technique.GALVANOSTATIC_CYCLING : Technique.OPEN_CIRCUIT_VOLTAGE);
        builder.metadata("table", normal.getName());
    }

    /** Auxiliary channels: their columns, and their values by (Test_ID, Data_Point). */
    private record Auxiliary(List<ColumnWriter> writers, Map<Long, double[]> values) {
        long key(long test, long point) {
            return (test << 40) ^ point;
        }
    }

    /** Auxiliary_Table rows read into memory at most (beyond: left out with a warning). */
    private static final long MAX_AUX_ROWS = 20_000_000;

    /**
     * The auxiliary channels (thermocouples, voltages) as cellpy's arbin_res reads them: Auxiliary_Table holds (Test_ID,
     * Data_Point, Auxiliary_Index, Data_Type, X, dX_dt) per reading, Aux_Global_Data_Table each channel's Nickname and
     * Unit by (Auxiliary_Index, Data_Type). Each channel becomes a column (and one for dX/dt when the table has it),
     * joined to the records by data point; a record without a reading gets an empty value. Units: C (to K), V, mV; an
     * unknown unit keeps the values as written, with a warning.
     */
    private Auxiliary auxiliary(Database db, DatasetBuilder builder) throws IOException, ImportException {
        where = "Auxiliary_Table";
        Table aux = table(db, "Auxiliary_Table", "Auxiliary");
        if (aux == null || aux.getRowCount() == 0) {
            return null;
        }
        if (aux.getRowCount() > MAX_AUX_ROWS) {
            builder.warning(ImportWarning.ofFile("Auxiliary_Table: " + aux.getRowCount() + " readings, more than " + MAX_AUX_ROWS
                    + " are read: the auxiliary channels are left out"));
            return null;
        }
        Map<String, String[]> channels = new java.util.HashMap<>();
        where = "Aux_Global_Data_Table";
        Table global = table(db, "Aux_Global_Data_Table", "Aux_Global_Data");
        if (global != null) {
            for (Row row : global) {
                String key = number(row.get("Auxiliary_Index")) + "/" + number(row.get("Data_Type"));
                channels.put(key, new String[] { row.get("Nickname") == null ? "" : row.get("Nickname").toString().strip(),
                        row.get("Unit") == null ? "" : row.get("Unit").toString().strip() });
            }
        }
        boolean derivative = aux.getColumns().stream().anyMatch(c -> c.getName().equals("dX_dt"));
        where = "Auxiliary_Table";
        // first pass: the channels in order of appearance
        Map<String, Integer> slots = new LinkedHashMap<>();
        for (Row row : aux) {
            slots.putIfAbsent(number(row.get("Auxiliary_Index")) + "/" + number(row.get("Data_Type")), slots.size());
        }
        List<ColumnWriter> writers = new ArrayList<>();
        List<double[]> conversions = new ArrayList<>();
        for (String key : slots.keySet()) {
            String[] channel = channels.get(key);
            String[] parts = key.split("/");
            String name = channel != null && !channel[0].isEmpty() ? channel[0] : "Aux " + parts[0] + " (type " + parts[1] + ")";
            String unit = channel == null ? "" : channel[1];
            double factor = 1;
            double offset = 0;
            String si;
            org.interphase.data.QuantityKind kind;
            String rate;
            switch (unit) {
                case "C", "°C", "degC" -> {
                    si = "K";
                    offset = 273.15;
                    kind = org.interphase.data.QuantityKind.TEMPERATURE;
                    rate = "K/s";
                }
                case "V" -> {
                    si = "V";
                    kind = org.interphase.data.QuantityKind.POTENTIAL;
                    rate = "V/s";
                }
                case "mV" -> {
                    si = "V";
                    factor = 1e-3;
                    kind = org.interphase.data.QuantityKind.POTENTIAL;
                    rate = "V/s";
                }
                default -> {
                    builder.warning(ImportWarning.ofFile("auxiliary channel '" + name + "' (Auxiliary_Index " + parts[0] + ", Data_Type "
                            + parts[1] + "): unit '" + unit + "' " + (channel == null ? "not in Aux_Global_Data_Table" : "unknown")
                            + ", its values are kept as written"));
                    si = unit;
                    kind = org.interphase.data.QuantityKind.OTHER;
                    rate = unit.isEmpty() ? "" : unit + "/s";
                }
            }
            writers.add(builder.column(name, si, kind));
            conversions.add(new double[] { factor, offset });
            if (derivative) {
                writers.add(builder.column(name + " dX/dt", rate, org.interphase.data.QuantityKind.OTHER));
                conversions.add(new double[] { factor, 0 });
            }
        }
        int width = writers.size();
        Map<Long, double[]> values = new java.util.HashMap<>();
        Auxiliary result = new Auxiliary(writers, values);
        long n = 0;
        for (Row row : aux) {
            n++;
            where = "Auxiliary_Table, row " + n;
            long test = row.get("Test_ID") instanceof Number t ? t.longValue() : 0;
            if (!(row.get("Data_Point") instanceof Number point)) {
                throw new ImportException(file, ID, where, "Data_Point is empty");
            }
            int slot = slots.get(number(row.get("Auxiliary_Index")) + "/" + number(row.get("Data_Type"))) * (derivative ? 2 : 1);
            double[] v = values.computeIfAbsent(result.key(test, point.longValue()), k -> {
                double[] empty = new double[width];
                java.util.Arrays.fill(empty, Double.NaN);
                return empty;
            });
            if (row.get("X") instanceof Number x) {
                v[slot] = x.doubleValue() * conversions.get(slot)[0] + conversions.get(slot)[1];
            }
            if (derivative && row.get("dX_dt") instanceof Number dx) {
                v[slot + 1] = dx.doubleValue() * conversions.get(slot + 1)[0];
            }
        }
        builder.metadata("auxiliary_channels", Integer.toString(slots.size()));
        return result;
    }

    private static String number(Object value) {
        return value instanceof Number n ? Long.toString(n.longValue()) : String.valueOf(value);
    }

    /** The rows in primary-key order where the table has a key on (Test_ID, Data_Point), else in storage order. */
    private static Iterable<Row> ordered(Table table) throws IOException {
        for (Index index : table.getIndexes()) {
            List<String> columns = index.getColumns().stream().map(c -> c.getName().toLowerCase(Locale.ROOT)).toList();
            if (index.isUnique() && (columns.equals(List.of("test_id", "data_point")) || columns.equals(List.of("data_point")))) {
                return CursorBuilder.createCursor(index);
            }
        }
        return table;
    }

    private static void text(DatasetBuilder builder, String key, Object value) {
        if (value != null && !value.toString().isBlank()) {
            builder.metadata(key, value.toString().strip());
        }
    }
}
