/*
 * Copyright (c) 2026 the Interphase contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.interphase.importer.neware;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.interphase.data.DatasetBuilder;
import org.interphase.data.ImportWarning;
import org.interphase.data.Metadata;
import org.interphase.importer.ImportException;
import org.interphase.importer.Importer;
import org.interphase.importer.support.ZipPlaces;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * Neware BTS archives (.ndax): a ZIP of XML descriptions (VersionInfo.xml, TestInfo.xml, Step.xml, GB2312) and
 * binary {@code .ndc} members (see {@link NdcFile}); the same files bare in a folder are read by {@link NdcImporter}.
 * With ndc versions 1 to 5 the main data file {@code data.ndc} holds whole records; version 6 holds times and
 * capacities but not the steps; with versions 8 to 17 it holds only voltage and current, and the times, capacities and
 * energies come from {@code data_runInfo.ndc} (matched by record index) and cycle, step and status from
 * {@code data_step.ndc}. Neware writes run information only for some records: the others are interpolated
 * linearly within their step (extrapolated after the step's last recorded point, capacities and energies then
 * integrated from the current) and marked 0 in the column Recorded. Auxiliary channels ({@code data_AUX_*.ndc})
 * become T1, V1, ... in the order of TestInfo.xml, their quantity by its ChlType. Other ndc versions are refused by
 * number; versions no open reader checked on a real file are read with a warning.
 */
public class NdaxImporter implements Importer {

    public static final String ID = "neware.ndax";

    private static final Pattern AUX_NAME = Pattern.compile("data_AUX_(\\d+)_(\\d+)_(\\d+)\\.ndc");
    private static final int XML_LIMIT = 16 << 20;
    /** Rows without run information kept waiting for the next recorded point before they are extrapolated. */
    private static final int PENDING_LIMIT = 1 << 20;

    private Path file;
    private IProgressMonitor monitor;
    private final java.util.Set<Integer> unknownStatus = new java.util.HashSet<>();
    private ZipPlaces places;

    /** Starts reading a file (the archive, or the .ndc file of a folder). */
    protected void begin(Path file, IProgressMonitor monitor) {
        this.file = file;
        this.monitor = monitor;
        unknownStatus.clear();
    }

    @Override
    public void read(Path file, DatasetBuilder builder, IProgressMonitor monitor) throws ImportException {
        begin(file, monitor);
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
            if (zip.getEntry("data.ndc") == null) {
                throw new ImportException(file, ID, places.archive(), "no data.ndc in the archive: not a Neware .ndax file");
            }
            read(new ZipMembers(zip), builder);
        } catch (ZipPlaces.MemberException e) {
            throw new ImportException(file, ID, ZipPlaces.place(e), "damaged archive member: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new ImportException(file, ID, places.archive(), "cannot be read: " + e.getMessage(), e);
        } catch (IllegalArgumentException | IllegalStateException e) {
            // java.util.zip reports some damaged archives (bad entry names, inconsistent headers) this way
            throw new ImportException(file, ID, places.archive(), "damaged ZIP archive: " + e.getMessage(), e);
        }
    }

    /** The files of one test: the members of an archive, or the files of a BTS server's data folder. */
    interface Members {
        /** All names (as in an archive: data.ndc, data_runInfo.ndc, data_step.ndc, data_AUX_1_1_1.ndc, TestInfo.xml, ...). */
        List<String> names();

        boolean has(String name);

        InputStream open(String name) throws IOException;

        /** Where a member is, for messages ("data.ndc in the archive"; "" for the file being imported). */
        String place(String name);

        /** What holds the members, for messages: "the archive", "the folder". */
        String container();
    }

    private final class ZipMembers implements Members {
        private final ZipFile zip;

        ZipMembers(ZipFile zip) {
            this.zip = zip;
        }

        @Override
        public List<String> names() {
            return Collections.list(zip.entries()).stream().map(ZipEntry::getName).toList();
        }

        @Override
        public boolean has(String name) {
            return zip.getEntry(name) != null;
        }

        @Override
        public InputStream open(String name) throws IOException {
            ZipEntry entry = zip.getEntry(name);
            try {
                return places.wrap(entry.getName(), zip.getInputStream(entry));
            } catch (ZipPlaces.MemberException e) {
                throw e;
            } catch (IOException e) {
                throw new ZipPlaces.MemberException(entry.getName(), places.member(entry.getName()), e);
            }
        }

        @Override
        public String place(String name) {
            return name + " in the archive";
        }

        @Override
        public String container() {
            return "the archive";
        }
    }

    /** The importer's id (messages name it). */
    protected String id() {
        return ID;
    }

    /** Reads a test from its member files (archive or folder). */
    protected void read(Members members, DatasetBuilder builder) throws ImportException, IOException {
        builder.metadata(Metadata.INSTRUMENT, "Neware BTS");
        Document version = xml(members, "VersionInfo.xml");
        Document testInfo = xml(members, "TestInfo.xml");
        Document step = xml(members, "Step.xml");
        metadata(builder, version, testInfo, step);
        List<AuxChannel> auxChannels = auxChannels(members, testInfo);

        try (NdcFile main = new NdcFile(file, id(), members.place("data.ndc"), members.open("data.ndc"), NdcFile.MAIN)) {
            builder.metadata("ndc_version", Integer.toString(main.version));
            unverified(main, builder);
            List<AuxSource> aux = new ArrayList<>();
            try {
                for (AuxChannel channel : auxChannels) {
                    if (channel.channelType() != 0 && !AUX_TYPES.containsKey(channel.channelType())) {
                        builder.warning(ImportWarning.ofFile(channel.entry() + ": ChlType " + channel.channelType()
                                + " is a quantity this importer does not know; its values are kept as Aux" + channel.auxId() + " without a unit"));
                    }
                    try {
                        aux.add(open(members, channel, builder));
                    } catch (ImportException e) {
                        if (!e.reason().contains("is not supported")) {
                            throw e;
                        }
                        // an auxiliary layout no reader knows: the cell's own data are still read
                        builder.warning(new ImportWarning(e.location(), "auxiliary channel not read: " + e.reason()));
                    }
                }
                if (main.version <= 5) {
                    readWholeRecords(main, aux, builder);
                } else if (main.version == 7) {
                    readListedColumns(main, aux, builder);
                } else if (main.version == 15) {
                    readBts9(main, aux, builder);
                } else {
                    readSplitRecords(members, main, aux, builder);
                }
            } finally {
                for (AuxSource source : aux) {
                    source.close();
                }
            }
        }
    }

    // --- ndc versions 2 and 5: whole records in data.ndc ---

    private void readWholeRecords(NdcFile main, List<AuxSource> aux, DatasetBuilder builder) throws ImportException, IOException {
        NewareTable table = new NewareTable(builder, true, true, false);
        // version 5 rows lack the first 7 bytes of version 2 (and 4) rows; versions 1 and 3 have 2 bytes fewer before the
        // step time and 83-byte rows (fastnda's read_ndc_main_1)
        boolean short83 = main.version == 1 || main.version == 3;
        int shift = main.version == 5 ? -7 : 0;
        int late = short83 ? -3 : 0; // from the step time on
        long lastIndex = 0;
        long duplicates = 0;
        String start = null;
        long k = 0;
        for (ByteBuffer r = main.next(); r != null; r = main.next(), k++) {
            cancelled(k);
            long at = main.rowOffset();
            long index = Integer.toUnsignedLong(r.getInt(8 + shift));
            if (index < lastIndex) {
                throw main.error(at + 8 + shift, "record index " + index + " follows index " + lastIndex + " (records out of order)");
            }
            if (index == lastIndex) {
                duplicates++;
                continue;
            }
            NewareTable.Row row = new NewareTable.Row();
            row.index = index;
            row.fileCycle = Integer.toUnsignedLong(r.getInt(12 + shift)) + 1;
            row.step = Byte.toUnsignedInt(r.get(16 + shift));
            row.status = status(main, Byte.toUnsignedInt(r.get(17 + shift)), at + 17 + shift, index, builder);
            int s = shift + late;
            long ms = r.getLong(23 + s);
            if (ms < 0 || ms > 1L << 45) {
                throw main.error(at + 23 + s, "step time " + ms + " ms is implausible (record index " + index + ")");
            }
            row.stepTime = ms / 1000.0;
            row.voltage = r.getInt(31 + s) / 10000.0;
            int range = r.getInt(82 + s);
            double amperes = NewareUnits.amperesPerCount(range);
            row.current = r.getInt(35 + s) * amperes;
            row.chargeCapacity = r.getLong(43 + s) * amperes;
            row.dischargeCapacity = r.getLong(51 + s) * amperes;
            row.chargeEnergy = r.getLong(59 + s) * amperes;
            row.dischargeEnergy = r.getLong(67 + s) * amperes;
            int y = Short.toUnsignedInt(r.getShort(75 + s));
            row.timestamp = NewareUnits.wallClock(y, r.get(77 + s), r.get(78 + s), r.get(79 + s), r.get(80 + s), r.get(81 + s));
            if (Double.isNaN(row.timestamp)) {
                throw main.error(at + 75 + s, "invalid date in record index " + index);
            }
            if (start == null) {
                start = java.time.LocalDateTime.ofEpochSecond((long) row.timestamp, 0, java.time.ZoneOffset.UTC).toString();
            }
            completeRow(main, aux, row, index, k + 1, at);
            lastIndex = index;
            table.append(row);
        }
        finishWholeRecords(main, table, builder, start, duplicates);
    }

    /** A record's auxiliary values joined and the record checked for plausibility (an error at its offset, naming its index). */
    private static void completeRow(NdcFile main, List<AuxSource> aux, NewareTable.Row row, long index, long auxRow, long at)
            throws ImportException, IOException {
        for (AuxSource source : aux) {
            source.fill(index, auxRow, row.aux);
        }
        String reason = NewareTable.implausible(row);
        if (reason != null) {
            throw main.error(at, reason + " (record index " + index + ")");
        }
    }

    /** The end of a table of whole records: at least one record, the start time and the duplicates skipped said. */
    private static void finishWholeRecords(NdcFile main, NewareTable table, DatasetBuilder builder, String start, long duplicates)
            throws ImportException, IOException {
        if (table.rows() == 0) {
            throw main.error(0, "no records in data.ndc");
        }
        if (start != null) {
            builder.metadata(Metadata.START_TIME, start);
            builder.metadata("timestamp_zone", NdaImporter.LOCAL_TIME);
        }
        if (duplicates > 0) {
            builder.metadata("duplicate_records_skipped", Long.toString(duplicates));
        }
        table.finish();
    }

    // --- ndc version 7: whole rows of the columns the header lists ---

    private void readListedColumns(NdcFile main, List<AuxSource> aux, DatasetBuilder builder) throws ImportException, IOException {
        Map<Integer, Integer> c = main.columns7;
        for (int needed : new int[] { 13, 14 }) {
            if (!c.containsKey(needed)) {
                throw main.error(13, "ndc version 7: the header lists no " + (needed == 13 ? "voltage" : "current") + " column (code " + needed
                        + ")");
            }
        }
        boolean stepTimes = c.containsKey(12);
        NewareTable table = new NewareTable(builder, c.containsKey(7), stepTimes, false);
        long lastIndex = 0;
        long duplicates = 0;
        String start = null;
        long k = 0;
        for (ByteBuffer r = main.next(); r != null; r = main.next(), k++) {
            cancelled(k);
            long at = main.rowOffset();
            long index = c.containsKey(6) ? Integer.toUnsignedLong(r.getInt(c.get(6))) : k + 1;
            if (index < lastIndex) {
                throw main.error(at, "record index " + index + " follows index " + lastIndex + " (records out of order)");
            }
            if (index == lastIndex) {
                duplicates++;
                continue;
            }
            NewareTable.Row row = new NewareTable.Row();
            row.index = index;
            if (c.containsKey(7)) {
                row.fileCycle = Integer.toUnsignedLong(r.getInt(c.get(7))) + 1;
            }
            row.step = c.containsKey(8) ? Byte.toUnsignedInt(r.get(c.get(8))) : 0;
            row.status = c.containsKey(9) ? status(main, Byte.toUnsignedInt(r.get(c.get(9))), at + c.get(9), index, builder) : 0;
            row.stepMark = c.containsKey(10) ? Byte.toUnsignedInt(r.get(c.get(10))) : 0;
            if (stepTimes) {
                long ms = r.getLong(c.get(12));
                if (ms < 0 || ms > 1L << 45) {
                    throw main.error(at + c.get(12), "step time " + ms + " ms is implausible (record index " + index + ")");
                }
                row.stepTime = ms / 1000.0;
            } else if (c.containsKey(29)) {
                row.testTime = r.getLong(c.get(29)) / 1000.0;
            }
            row.voltage = r.getInt(c.get(13)) / 10000.0;
            row.current = r.getInt(c.get(14)) * 1e-3;
            double[] q = new double[4];
            for (int i = 0; i < 4; i++) {
                q[i] = c.containsKey(17 + i) ? Math.abs(r.getLong(c.get(17 + i))) * 1e-3 : Double.NaN;
            }
            row.chargeCapacity = q[0];
            row.dischargeCapacity = q[1];
            row.chargeEnergy = q[2];
            row.dischargeEnergy = q[3];
            if (c.containsKey(16)) {
                row.aux.put("T", r.getShort(c.get(16)) / 10.0 + 273.15);
            }
            if (c.containsKey(21)) {
                int o = c.get(21);
                row.timestamp = NewareUnits.wallClock(Short.toUnsignedInt(r.getShort(o)), r.get(o + 2), r.get(o + 3), r.get(o + 4), r.get(o + 5),
                        r.get(o + 6));
                if (Double.isNaN(row.timestamp)) {
                    throw main.error(at + o, "invalid date in record index " + index);
                }
                if (c.containsKey(53)) {
                    row.timestamp += Short.toUnsignedInt(r.getShort(c.get(53))) / 1000.0;
                }
            }
            completeRow(main, aux, row, index, k + 1, at);
            if (start == null && !Double.isNaN(row.timestamp)) {
                start = java.time.LocalDateTime.ofEpochSecond((long) Math.floor(row.timestamp), 0, java.time.ZoneOffset.UTC).toString();
            }
            lastIndex = index;
            table.append(row);
        }
        finishWholeRecords(main, table, builder, start, duplicates);
    }

    // --- ndc version 15 (BTS 9): whole rows with the columns the header lists ---

    /** BTS 9 step types to BTS 8's (fastnda's _NDC15_STEP_TYPE_MAP); others become 1000 + the raw code (unknown). */
    private static int bts9Status(int raw) {
        if (raw <= 13 || (raw >= 16 && raw <= 20)) {
            return raw;
        }
        return raw == 21 ? 27 : raw == 22 ? 26 : 1000 + raw;
    }

    private void readBts9(NdcFile main, List<AuxSource> aux, DatasetBuilder builder) throws ImportException, IOException {
        // the header's column list (fastnda's _ndc15_custom_axis_items): ends at the first all-zero item
        Map<Integer, Integer> columns = new java.util.HashMap<>();
        for (int i = 0; i < 300; i++) {
            int at = 520 + 9 * i;
            int type = main.header.getInt(at);
            int valueType = Byte.toUnsignedInt(main.header.get(at + 4));
            int position = main.header.getInt(at + 5);
            if (type == 0 && valueType == 0) {
                break;
            }
            int width = type == 15 || type == 65 ? 8 : 4;
            boolean known = type == 15 || type == 65 || type == 5 || type == 6 || type == 8 || type == 9;
            if (!known || position < 36 || position + width > main.rowSize) {
                builder.warning(new ImportWarning(main.place(at), "column type " + type + (known ? " at " + position + ", outside the "
                        + main.rowSize + "-byte row," : "") + " is not read (known: 5, 6, 8, 9 capacities and energies, 15 Unix time, 65 "
                        + "step time)"));
                continue;
            }
            columns.put(type, position);
        }
        NewareTable table = new NewareTable(builder, false, false, false);
        long lastIndex = 0;
        long duplicates = 0;
        String start = null;
        long k = 0;
        boolean split = columns.containsKey(5) && columns.containsKey(6);
        boolean splitEnergy = columns.containsKey(8) && columns.containsKey(9);
        for (ByteBuffer r = main.next(); r != null; r = main.next(), k++) {
            cancelled(k);
            long at = main.rowOffset();
            long index = Integer.toUnsignedLong(r.getInt(8));
            if (index < lastIndex) {
                throw main.error(at + 8, "record index " + index + " follows index " + lastIndex + " (records out of order)");
            }
            if (index == lastIndex) {
                duplicates++;
                continue;
            }
            NewareTable.Row row = new NewareTable.Row();
            row.index = index;
            row.step = Byte.toUnsignedInt(r.get(2));
            int raw = Byte.toUnsignedInt(r.get(3));
            row.status = status(main, bts9Status(raw), at + 3, index, builder);
            row.testTime = seconds(main, r, 12, at, index);
            row.current = finite(main, r.getFloat(20), at + 20, index) * 1e-3;
            row.voltage = finite(main, r.getFloat(24), at + 24, index);
            if (columns.containsKey(65)) {
                row.stepTime = seconds(main, r, columns.get(65), at, index);
            }
            if (columns.containsKey(15)) {
                row.timestamp = seconds(main, r, columns.get(15), at, index);
            }
            // capacity and energy (mA·s, mW·s): the charge and discharge columns when listed, else the row's one signed
            // quantity, its direction from the status (fastnda's _NDC15_POS / _NDC15_NEG; SIM keeps its sign)
            double capacity = finite(main, r.getFloat(28), at + 28, index) * 1e-3;
            double energy = finite(main, r.getFloat(32), at + 32, index) * 1e-3;
            int sign = java.util.Set.of(1, 3, 7, 9, 11, 16, 18, 21).contains(raw) ? 1 : java.util.Set.of(2, 8, 10, 19, 20, 22).contains(raw) ? -1
                    : raw == 17 ? (int) Math.signum(capacity) : 0;
            if (split) {
                row.chargeCapacity = Math.abs(finite(main, r.getFloat(columns.get(5)), at + columns.get(5), index)) * 1e-3;
                row.dischargeCapacity = Math.abs(finite(main, r.getFloat(columns.get(6)), at + columns.get(6), index)) * 1e-3;
            } else {
                row.chargeCapacity = sign > 0 ? Math.abs(capacity) : 0;
                row.dischargeCapacity = sign < 0 ? Math.abs(capacity) : 0;
            }
            if (splitEnergy) {
                row.chargeEnergy = Math.abs(finite(main, r.getFloat(columns.get(8)), at + columns.get(8), index)) * 1e-3;
                row.dischargeEnergy = Math.abs(finite(main, r.getFloat(columns.get(9)), at + columns.get(9), index)) * 1e-3;
            } else {
                row.chargeEnergy = sign > 0 ? Math.abs(energy) : 0;
                row.dischargeEnergy = sign < 0 ? Math.abs(energy) : 0;
            }
            completeRow(main, aux, row, index, k + 1, at);
            if (start == null && !Double.isNaN(row.timestamp)) {
                start = java.time.LocalDateTime.ofEpochSecond((long) Math.floor(row.timestamp), 0, java.time.ZoneOffset.UTC).toString();
            }
            lastIndex = index;
            table.append(row);
        }
        finishWholeRecords(main, table, builder, start, duplicates);
    }

    /** Seconds (u32) and nanoseconds (u32) at a place in a row. */
    private static double seconds(NdcFile ndc, ByteBuffer r, int o, long at, long index) throws ImportException {
        long nanos = Integer.toUnsignedLong(r.getInt(o + 4));
        if (nanos >= 1_000_000_000L) {
            throw ndc.error(at + o + 4, "nanoseconds " + nanos + " are not below one second (record index " + index + ")");
        }
        return Integer.toUnsignedLong(r.getInt(o)) + nanos * 1e-9;
    }

    private static double finite(NdcFile ndc, float value, long at, long index) throws ImportException {
        if (!Float.isFinite(value)) {
            throw ndc.error(at, "not a finite number (record index " + index + ")");
        }
        return value;
    }

    // --- ndc versions 6 to 17: voltage and current in data.ndc, the rest in run information and steps ---

    /** One recorded point of data_runInfo.ndc. */
    private record RunInfo(long index, double stepTime, double chargeCapacity, double dischargeCapacity, double chargeEnergy,
            double dischargeEnergy, double timestamp, long stepRow, long at) {
    }

    /** One row of data_step.ndc. */
    private record Step(long fileCycle, int step, int status) {
    }

    /**
     * Whether a version stores voltage in 0.1 mV, current in mA and run-information capacities in mA·s (9, 11, 13, 16:
     * fastnda's read_ndc_main_11/16 and runinfo_2/11/13/16) rather than V, A and A·h (6, 8, 12, 14, 17).
     */
    private static boolean milli(int version) {
        return version == 9 || version == 11 || version == 13 || version == 16;
    }

    private void readSplitRecords(Members members, NdcFile main, List<AuxSource> aux, DatasetBuilder builder)
            throws ImportException, IOException {
        boolean whole = main.version == 6; // version 6: times and capacities in data.ndc, steps in data_step.ndc
        boolean hasRunInfo = members.has("data_runInfo.ndc");
        boolean hasStep = members.has("data_step.ndc");
        if ((!whole && !hasRunInfo) || !hasStep) {
            throw main.error(2, "data.ndc version " + main.version + " holds " + (whole ? "no cycle, step or status" : "only voltage and "
                    + "current") + ", and " + members.container() + " lacks "
                    + (!hasStep ? "data_step.ndc" : "data_runInfo.ndc"));
        }
        List<Step> steps = steps(members, main.version, builder);
        NewareTable table = new NewareTable(builder, true, true, true);
        Interpolator interpolator = new Interpolator(table, steps);
        try (NdcFile runInfo = whole ? null : new NdcFile(file, id(), members.place("data_runInfo.ndc"), members.open("data_runInfo.ndc"),
                NdcFile.RUN_INFO)) {
            if (runInfo != null && runInfo.version != main.version) {
                throw runInfo.error(2, "ndc version " + runInfo.version + ", data.ndc has version " + main.version);
            }
            RunInfoReader points = whole ? null : new RunInfoReader(runInfo, steps.size());
            long lastStepField = Long.MIN_VALUE;
            long stepRow = 0;
            boolean milli = milli(main.version);
            long k = 0;
            for (ByteBuffer r = main.next(); r != null; r = main.next()) {
                cancelled(k);
                long index = ++k;
                double volts = r.getFloat(whole ? 5 : 0);
                double current = r.getFloat(whole ? 9 : 4);
                if (!Double.isFinite(volts) || !Double.isFinite(current)) {
                    throw main.error(main.rowOffset(), "voltage or current is not a finite number (record index " + index + ")");
                }
                NewareTable.Row row = new NewareTable.Row();
                row.index = index;
                row.voltage = milli ? volts * 1e-4 : volts;
                row.current = milli ? current * 1e-3 : current;
                completeRow(main, aux, row, index, index, main.rowOffset());
                RunInfo point;
                if (whole) {
                    // fastnda's read_ndc_main_6: step time (ms) at 0, capacities and energies (A·h, W·h) at 13-28, Unix time at
                    // 30, the step counter at 34
                    long stepField = Integer.toUnsignedLong(r.getInt(34));
                    if (stepField != lastStepField) {
                        stepRow++;
                        lastStepField = stepField;
                    }
                    if (stepRow > steps.size()) {
                        throw main.error(main.rowOffset() + 34, "step " + stepRow + " is not in data_step.ndc (" + steps.size() + " steps)");
                    }
                    double[] q = new double[4];
                    for (int i = 0; i < 4; i++) {
                        float v = r.getFloat(13 + 4 * i);
                        if (!Float.isFinite(v)) {
                            throw main.error(main.rowOffset() + 13 + 4 * i, "capacity or energy is not a finite number (record index " + index + ")");
                        }
                        q[i] = Math.abs(v) * 3600.0;
                    }
                    point = new RunInfo(index, Integer.toUnsignedLong(r.getInt(0)) / 1000.0, q[0], q[1], q[2], q[3],
                            Integer.toUnsignedLong(r.getInt(30)), stepRow, main.rowOffset());
                } else {
                    point = points.at(index);
                }
                if (point != null) {
                    NewareTable.Row probe = new NewareTable.Row();
                    probe.stepTime = point.stepTime();
                    probe.chargeCapacity = point.chargeCapacity();
                    probe.dischargeCapacity = point.dischargeCapacity();
                    probe.chargeEnergy = point.chargeEnergy();
                    probe.dischargeEnergy = point.dischargeEnergy();
                    probe.timestamp = point.timestamp();
                    String bad = NewareTable.implausible(probe);
                    if (bad != null) {
                        throw (whole ? main : runInfo).error(point.at(), bad + " (record index " + index + ")");
                    }
                }
                interpolator.add(row, point);
            }
            interpolator.finish();
            if (points != null && points.orphans() > 0) {
                builder.metadata("run_information_without_record", Long.toString(points.orphans()));
            }
        }
        if (table.rows() == 0) {
            throw main.error(0, "no records in data.ndc");
        }
        if (interpolator.interpolated > 0) {
            builder.metadata("interpolated_rows", Long.toString(interpolator.interpolated));
            builder.metadata("interpolation", "Neware stored run information (times, capacities, energies) for " + (table.rows()
                    - interpolator.interpolated) + " of " + table.rows() + " records; the others are interpolated linearly "
                    + "within their step and marked Recorded = 0");
        }
        if (interpolator.firstTimestamp != null) {
            builder.metadata(Metadata.START_TIME, interpolator.firstTimestamp);
        }
        builder.metadata("timestamp_zone", NdaImporter.LOCAL_TIME);
        table.finish();
    }

    private List<Step> steps(Members members, int version, DatasetBuilder builder) throws ImportException, IOException {
        List<Step> steps = new ArrayList<>();
        try (NdcFile ndc = new NdcFile(file, id(), members.place("data_step.ndc"), members.open("data_step.ndc"), NdcFile.STEP)) {
            if (ndc.version != version) {
                throw ndc.error(2, "ndc version " + ndc.version + ", data.ndc has version " + version);
            }
            for (ByteBuffer r = ndc.next(); r != null; r = ndc.next()) {
                int code = status(ndc, Byte.toUnsignedInt(r.get(24)), ndc.rowOffset() + 24, -(steps.size() + 1), builder);
                long stepIndex = Integer.toUnsignedLong(r.getInt(4));
                if (stepIndex == 0 || stepIndex > 65535) {
                    throw ndc.error(ndc.rowOffset() + 4, "step number " + stepIndex + " is implausible");
                }
                steps.add(new Step(Integer.toUnsignedLong(r.getInt(0)) + 1, (int) stepIndex, code));
                if (steps.size() > 10_000_000) {
                    throw ndc.error(ndc.rowOffset(), "more than 10 million steps");
                }
            }
        }
        if (steps.isEmpty()) {
            throw new ImportException(file, id(), members.place("data_step.ndc"), "no steps");
        }
        return steps;
    }

    /** Reads data_runInfo.ndc in index order, one point per record index (the first of repeated ones). */
    private final class RunInfoReader {
        private final NdcFile ndc;
        private final int stepCount;
        private RunInfo next;
        private long lastStepField = Long.MIN_VALUE;
        private long stepRow;
        private long orphans;
        private long lastIndex;

        RunInfoReader(NdcFile ndc, int stepCount) throws ImportException, IOException {
            this.ndc = ndc;
            this.stepCount = stepCount;
            advance();
        }

        private void advance() throws ImportException, IOException {
            next = null;
            // fastnda's runinfo dtypes: step time (ms) at 0, capacities and energies at 5-20, the Unix time, the step
            // counter and the record index at 33, 37, 41 (version 8: 30, 34, 38), milliseconds of the time at 45 (not in 8, 9)
            int o = ndc.version == 8 ? -3 : 0;
            for (ByteBuffer r = ndc.next(); r != null; r = ndc.next()) {
                long at = ndc.rowOffset();
                long index = Integer.toUnsignedLong(r.getInt(41 + o));
                if (index == 0) {
                    continue;
                }
                long stepField = Integer.toUnsignedLong(r.getInt(37 + o));
                if (stepField != lastStepField) {
                    stepRow++;
                    lastStepField = stepField;
                }
                if (index <= lastIndex) {
                    if (index < lastIndex) {
                        throw ndc.error(at + 41 + o, "record index " + index + " after index " + lastIndex);
                    }
                    continue; // a second point for the same record: keep the first
                }
                if (stepRow > stepCount) {
                    throw ndc.error(at + 37 + o, "step " + stepRow + " of the run information is not in data_step.ndc (" + stepCount + " steps)");
                }
                double ms = Integer.toUnsignedLong(r.getInt(0));
                // versions 9, 11, 13, 16 store mA·s and mW·s; 8, 12, 14, 17 A·h and W·h
                double toSi = milli(ndc.version) ? 1e-3 : 3600.0;
                double[] q = new double[4];
                for (int i = 0; i < 4; i++) {
                    float v = r.getFloat(5 + 4 * i);
                    if (!Float.isFinite(v)) {
                        throw ndc.error(at + 5 + 4 * i, "capacity or energy is not a finite number (record index " + index + ")");
                    }
                    q[i] = Math.abs(v) * toSi;
                }
                long unix = Integer.toUnsignedLong(r.getInt(33 + o));
                int millis = ndc.version <= 9 ? 0 : ndc.version == 14 ? r.getShort(45) : Short.toUnsignedInt(r.getShort(45));
                if (millis < 0 || millis > 999) {
                    throw ndc.error(at + 45, "milliseconds of the time stamp are " + millis + " (record index " + index + ")");
                }
                next = new RunInfo(index, ms / 1000.0, q[0], q[1], q[2], q[3], unix + millis / 1000.0, stepRow, at);
                lastIndex = index;
                return;
            }
        }

        /** The point of a record, or null; points of records that data.ndc lacks are counted. */
        RunInfo at(long index) throws ImportException, IOException {
            while (next != null && next.index() < index) {
                orphans++;
                advance();
            }
            if (next != null && next.index() == index) {
                RunInfo point = next;
                advance();
                return point;
            }
            return null;
        }

        long orphans() {
            return orphans;
        }
    }

    /**
     * Fills times, capacities and energies of rows without run information from the recorded points around them,
     * keeping at most {@link #PENDING_LIMIT} rows in memory.
     */
    private final class Interpolator {
        private final NewareTable table;
        private final List<Step> steps;
        private final Deque<NewareTable.Row> pending = new ArrayDeque<>();
        private RunInfo previous;
        private RunInfo beforePrevious;
        private long interpolated;
        private String firstTimestamp;

        Interpolator(NewareTable table, List<Step> steps) {
            this.table = table;
            this.steps = steps;
        }

        void add(NewareTable.Row row, RunInfo point) {
            if (point == null) {
                pending.add(row);
                if (pending.size() >= PENDING_LIMIT) {
                    flush(null);
                }
                return;
            }
            flush(point);
            set(row, point);
            row.recorded = 1;
            emit(row);
            if (previous != null && previous.stepRow() == point.stepRow()) {
                beforePrevious = previous;
            } else {
                beforePrevious = null;
            }
            previous = point;
            if (firstTimestamp == null) {
                long millis = Math.round(point.timestamp() * 1000);
                firstTimestamp = java.time.LocalDateTime.ofEpochSecond(Math.floorDiv(millis, 1000), (int) Math.floorMod(millis, 1000) * 1_000_000,
                        java.time.ZoneOffset.UTC).toString();
            }
        }

        void finish() {
            flush(null);
        }

        /** Resolves the waiting rows: interpolated towards the next point of the same step, else extrapolated. */
        private void flush(RunInfo next) {
            NewareTable.Row last = null;
            while (!pending.isEmpty()) {
                NewareTable.Row row = pending.poll();
                interpolated++;
                row.recorded = 0;
                if (previous == null) {
                    // before the first recorded point: only the step is known
                    RunInfo p = next;
                    if (p != null) {
                        setStep(row, p.stepRow());
                    } else {
                        setStep(row, 1);
                    }
                    row.stepTime = Double.NaN;
                    row.timestamp = Double.NaN;
                    row.chargeCapacity = row.dischargeCapacity = row.chargeEnergy = row.dischargeEnergy = Double.NaN;
                } else if (next != null && next.stepRow() == previous.stepRow()) {
                    double f = (double) (row.index - previous.index()) / (next.index() - previous.index());
                    setStep(row, previous.stepRow());
                    row.stepTime = lerp(previous.stepTime(), next.stepTime(), f);
                    row.timestamp = lerp(previous.timestamp(), next.timestamp(), f);
                    row.chargeCapacity = lerp(previous.chargeCapacity(), next.chargeCapacity(), f);
                    row.dischargeCapacity = lerp(previous.dischargeCapacity(), next.dischargeCapacity(), f);
                    row.chargeEnergy = lerp(previous.chargeEnergy(), next.chargeEnergy(), f);
                    row.dischargeEnergy = lerp(previous.dischargeEnergy(), next.dischargeEnergy(), f);
                } else {
                    // after the last recorded point of a step: the last known interval per record, capacities integrated
                    setStep(row, previous.stepRow());
                    double perRecord = beforePrevious == null ? Double.NaN
                            : (previous.stepTime() - beforePrevious.stepTime()) / (previous.index() - beforePrevious.index());
                    NewareTable.Row before = last;
                    double t0 = before == null ? previous.stepTime() : before.stepTime;
                    row.stepTime = previous.stepTime() + (row.index - previous.index()) * perRecord;
                    row.timestamp = previous.timestamp() + (row.stepTime - previous.stepTime());
                    double dt = row.stepTime - t0;
                    double q = Math.abs(row.current) * dt;
                    double e = Math.abs(row.current * row.voltage) * dt;
                    double c0 = before == null ? previous.chargeCapacity() : before.chargeCapacity;
                    double d0 = before == null ? previous.dischargeCapacity() : before.dischargeCapacity;
                    double ce0 = before == null ? previous.chargeEnergy() : before.chargeEnergy;
                    double de0 = before == null ? previous.dischargeEnergy() : before.dischargeEnergy;
                    row.chargeCapacity = c0 + (row.current > 0 ? q : 0);
                    row.dischargeCapacity = d0 + (row.current < 0 ? q : 0);
                    row.chargeEnergy = ce0 + (row.current > 0 ? e : 0);
                    row.dischargeEnergy = de0 + (row.current < 0 ? e : 0);
                }
                emit(row);
                last = row;
            }
        }

        private void set(NewareTable.Row row, RunInfo point) {
            setStep(row, point.stepRow());
            row.stepTime = point.stepTime();
            row.chargeCapacity = point.chargeCapacity();
            row.dischargeCapacity = point.dischargeCapacity();
            row.chargeEnergy = point.chargeEnergy();
            row.dischargeEnergy = point.dischargeEnergy();
            row.timestamp = point.timestamp();
        }

        private void setStep(NewareTable.Row row, long stepRow) {
            Step s = steps.get((int) Math.max(0, Math.min(steps.size(), stepRow) - 1));
            row.step = s.step();
            row.status = s.status();
            row.fileCycle = s.fileCycle();
            row.stepMark = (int) stepRow;
        }

        private void emit(NewareTable.Row row) {
            table.append(row);
        }

        private static double lerp(double a, double b, double f) {
            return a + (b - a) * f;
        }
    }

    // --- auxiliary channels ---

    /**
     * An auxiliary member and what TestInfo.xml says of it (AuxID, ChlType: 103 and 1122 temperature, 335 set
     * temperature, 345 humidity; others are kept as Aux columns without a unit).
     */
    private record AuxChannel(String entry, int auxId, int channelType, int[] order) {
    }

    /** Values of one auxiliary channel for each data record. */
    private interface AuxSource extends AutoCloseable {
        void fill(long index, long rowNumber, Map<String, Double> values) throws ImportException, IOException;

        @Override
        void close() throws IOException;
    }

    private List<AuxChannel> auxChannels(Members members, Document testInfo) {
        List<AuxChannel> channels = new ArrayList<>();
        for (String name : members.names()) {
            Matcher m = AUX_NAME.matcher(name);
            if (m.matches() && m.group(1).length() < 9 && m.group(2).length() < 9 && m.group(3).length() < 9) {
                channels.add(new AuxChannel(name, 0, 0, new int[] { Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                        Integer.parseInt(m.group(3)) }));
            }
        }
        channels.sort(Comparator.<AuxChannel>comparingInt(c -> c.order()[0]).thenComparingInt(c -> c.order()[1])
                .thenComparingInt(c -> c.order()[2]));
        List<Element> described = new ArrayList<>();
        if (testInfo != null) {
            NodeList infos = testInfo.getElementsByTagName("TestInfo");
            if (infos.getLength() > 0) {
                for (Node n = infos.item(0).getFirstChild(); n != null; n = n.getNextSibling()) {
                    if (n instanceof Element el && el.getTagName().toLowerCase(java.util.Locale.ROOT).matches("aux\\d+")) {
                        described.add(el);
                    }
                }
            }
        }
        // the members are matched to TestInfo.xml's Aux1, Aux2, ...: by the numbers in their names when these are the
        // description's RealChlID and ChlType - 100 (data_AUX_144_3_1.ndc: RealChlID 144, ChlType 103; ndc 17), else
        // in the order of those numbers
        List<Element> matched = null;
        if (described.size() == channels.size()) {
            matched = new ArrayList<>();
            List<Element> left = new ArrayList<>(described);
            for (AuxChannel c : channels) {
                Element found = null;
                for (Element el : left) {
                    if (integer(el.getAttribute("RealChlID"), -1) == c.order()[0] && integer(el.getAttribute("ChlType"), -1) - 100 == c.order()[1]) {
                        found = el;
                        break;
                    }
                }
                if (found == null) {
                    matched = null;
                    break;
                }
                left.remove(found);
                matched.add(found);
            }
            if (matched == null) {
                matched = described;
            }
        }
        // AuxID repeats when the channels are of different kinds (AuxID 1 of each kind): then the position in
        // TestInfo.xml names them
        java.util.Set<Integer> ids = new java.util.HashSet<>();
        boolean repeated = false;
        if (matched != null) {
            for (Element el : matched) {
                repeated |= !ids.add(integer(el.getAttribute("AuxID"), -1));
            }
        }
        List<AuxChannel> result = new ArrayList<>();
        for (int i = 0; i < channels.size(); i++) {
            AuxChannel c = channels.get(i);
            int auxId = i + 1;
            int type = 0;
            if (matched != null) {
                Element el = matched.get(i);
                auxId = repeated ? described.indexOf(el) + 1 : integer(el.getAttribute("AuxID"), i + 1);
                type = integer(el.getAttribute("ChlType"), 0);
            }
            result.add(new AuxChannel(c.entry(), auxId, type, c.order()));
        }
        return result;
    }

    private AuxSource open(Members members, AuxChannel channel, DatasetBuilder builder) throws ImportException, IOException {
        NdcFile ndc = new NdcFile(file, id(), members.place(channel.entry()), members.open(channel.entry()), NdcFile.AUX);
        unverified(ndc, builder);
        int id = channel.auxId();
        if (ndc.version == 7) {
            Map<Integer, Integer> c = ndc.columns7;
            return new AuxSource() {
                private ByteBuffer row = ndc.next();
                private long position;

                @Override
                public void fill(long index, long rowNumber, Map<String, Double> values) throws ImportException, IOException {
                    while (row != null) {
                        long auxIndex = c.containsKey(6) ? Integer.toUnsignedLong(row.getInt(c.get(6))) : position + 1;
                        if (auxIndex > index) {
                            return;
                        }
                        if (auxIndex == index) {
                            if (c.containsKey(16)) {
                                values.put("T" + id, row.getShort(c.get(16)) / 10.0 + 273.15);
                            }
                            if (c.containsKey(13)) {
                                values.put("V" + id, row.getInt(c.get(13)) / 10000.0);
                            }
                        }
                        position++;
                        row = ndc.next();
                    }
                }

                @Override
                public void close() throws IOException {
                    ndc.close();
                }
            };
        }
        boolean indexed = ndc.version <= 5 || ndc.auxLayout == 0x74;
        if (indexed) {
            int shift = ndc.version <= 4 ? 0 : -7;
            return new AuxSource() {
                private ByteBuffer row = ndc.next();
                private long lastIndex;

                @Override
                public void fill(long index, long rowNumber, Map<String, Double> values) throws ImportException, IOException {
                    while (row != null) {
                        long at = ndc.rowOffset();
                        long auxIndex = Integer.toUnsignedLong(row.getInt(8 + shift));
                        if (auxIndex < lastIndex) {
                            throw ndc.error(at + 8 + shift, "record index " + auxIndex + " after index " + lastIndex);
                        }
                        if (auxIndex > index) {
                            return;
                        }
                        lastIndex = auxIndex;
                        if (auxIndex == index) {
                            if (ndc.auxLayout == 0x74) {
                                values.put("T" + id, row.getShort(35) / 10.0 + 273.15);
                            } else {
                                values.put("T" + id, row.getShort(41 + shift) / 10.0 + 273.15);
                                values.put("V" + id, row.getInt(31 + shift) / 10000.0);
                            }
                        }
                        row = ndc.next();
                    }
                }

                @Override
                public void close() throws IOException {
                    ndc.close();
                }
            };
        }
        return new AuxSource() {
            @Override
            public void fill(long index, long rowNumber, Map<String, Double> values) throws ImportException, IOException {
                ByteBuffer row = ndc.next();
                if (row == null) {
                    return; // the channel ended before the data: NaN from here on
                }
                if (ndc.auxLayout == 0x65) { // 0x65 rows: voltage in 0.1 mV, temperature in 0.1 degC
                    values.put("V" + id, row.getFloat(1) * 1e-4);
                    values.put("T" + id, row.getShort(5) / 10.0 + 273.15);
                    return;
                }
                float v = row.getFloat(0);
                double value = Float.isFinite(v) ? v : Double.NaN;
                AuxType t = AUX_TYPES.get(channel.channelType());
                if (t == null) {
                    values.put("Aux" + id, value);
                } else {
                    values.put(t.prefix() + id, value * t.factor() + t.offset());
                }
            }

            @Override
            public void close() throws IOException {
                ndc.close();
            }
        };
    }

    // --- XML members and metadata ---

    private Document xml(Members members, String name) throws ImportException, IOException {
        if (!members.has(name)) {
            return null;
        }
        byte[] bytes;
        try (InputStream in = members.open(name)) {
            bytes = in.readNBytes(XML_LIMIT + 1);
        }
        if (bytes.length > XML_LIMIT) {
            throw new ImportException(file, id(), members.place(name), "larger than " + (XML_LIMIT >> 20) + " MiB");
        }
        try {
            return SafeXml.parse(bytes, SafeXml.gb2312());
        } catch (SafeXml.XmlException e) {
            throw new ImportException(file, id(), members.place(name) + (e.line > 0 ? ", line " + e.line : ""), "not well-formed XML: "
                    + e.getMessage());
        }
    }

    private static void metadata(DatasetBuilder builder, Document version, Document testInfo, Document step) {
        Element zwj = first(version, "ZwjVersion");
        if (zwj != null) {
            String client = zwj.getAttribute("CurrClientVer");
            String server = zwj.getAttribute("SvrVer");
            builder.metadata(Metadata.SOFTWARE, (client + "; " + server).replaceAll("^; |; $", ""));
            String unit = zwj.getAttribute("ZwjVersion");
            String tester = zwj.getAttribute("MainXwjVer");
            String serial = zwj.getAttribute("ZwjSn");
            builder.metadata(Metadata.INSTRUMENT, "Neware BTS" + (unit.isEmpty() ? "" : ", control unit " + unit)
                    + (tester.isEmpty() ? "" : ", tester " + tester) + (serial.isEmpty() ? "" : ", serial " + serial));
        }
        Element info = first(testInfo, "TestInfo");
        if (info != null) {
            String channel = "device " + info.getAttribute("DevID") + ", unit " + info.getAttribute("UnitID") + ", channel "
                    + info.getAttribute("ChlID");
            builder.metadata(Metadata.CHANNEL, channel);
            String startTime = info.getAttribute("StartTime");
            if (startTime.matches("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}")) {
                builder.metadata("start_time_local", startTime.replace(' ', 'T'));
            }
            putIfPresent(builder, "barcode", info.getAttribute("Barcode"));
            putIfPresent(builder, "procedure", info.getAttribute("StepName"));
            putIfPresent(builder, "current_range_mA", info.getAttribute("CurrRange"));
        }
        Element head = first(step, "Head_Info");
        if (head != null) {
            for (Node n = head.getFirstChild(); n != null; n = n.getNextSibling()) {
                if (n instanceof Element el) {
                    String value = el.getAttribute("Value");
                    if (el.getTagName().equals("SCQ")) {
                        try {
                            double micrograms = Double.parseDouble(value);
                            if (micrograms > 0 && Double.isFinite(micrograms)) {
                                builder.metadata(Metadata.ACTIVE_MASS_KG, Double.toString(micrograms * 1e-9));
                            }
                        } catch (NumberFormatException e) {
                            // not a number: no active mass
                        }
                    } else if (el.getTagName().equals("Remark")) {
                        putIfPresent(builder, Metadata.COMMENTS, value);
                    }
                }
            }
        }
    }

    private static void putIfPresent(DatasetBuilder builder, String key, String value) {
        if (value != null && !value.isBlank()) {
            builder.metadata(key, value.strip());
        }
    }

    private static Element first(Document document, String tag) {
        if (document == null) {
            return null;
        }
        NodeList list = document.getElementsByTagName(tag);
        return list.getLength() == 0 ? null : (Element) list.item(0);
    }

    private static int integer(String text, int otherwise) {
        try {
            return Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            return otherwise;
        }
    }

    /** A status code; one outside Neware's table is kept, with a warning the first time it is seen (index < 0: a step). */
    private int status(NdcFile ndc, int code, long at, long index, DatasetBuilder builder) {
        if (!NewareStatus.known(code) && unknownStatus.add(code)) {
            builder.warning(new ImportWarning(ndc.place(at), "status code " + code + " is not in Neware's table (first in "
                    + (index < 0 ? "step " + -index : "record index " + index) + "); kept as it is in the Status column, charge or "
                    + "discharge told by the sign of the current"));
        }
        return code;
    }

    /** A warning for (version, type) pairs whose layout no real file has confirmed. */
    private void unverified(NdcFile ndc, DatasetBuilder builder) {
        if (!NdcFile.VERIFIED.contains(ndc.version * 100 + ndc.type)) {
            builder.warning(ImportWarning.ofFile("ndc version " + ndc.version + " (file type " + ndc.type + ") is read from the layout the "
                    + "open readers publish (fastnda); no real file of this version has been checked against it: compare a few values with "
                    + "BTSDA"));
        }
    }

    /** An auxiliary quantity by TestInfo.xml's ChlType (fastnda's AUX_CHL_MAP): column prefix and value_SI = value * factor + offset. */
    record AuxType(String prefix, double factor, double offset) {
    }

    static final Map<Integer, AuxType> AUX_TYPES = Map.ofEntries(Map.entry(102, new AuxType("V", 1, 0)), // auxiliary voltage
            Map.entry(103, new AuxType("T", 1, 273.15)), Map.entry(104, new AuxType("I", 1, 0)), // auxiliary current in A
            Map.entry(105, new AuxType("V", 1, 0)), Map.entry(106, new AuxType("T", 1, 273.15)), Map.entry(107, new AuxType("I", 1, 0)),
            Map.entry(108, new AuxType("T", 1, 273.15)), // clamp temperature
            Map.entry(109, new AuxType("Weight", 1, 0)), // clamp weight, kg
            Map.entry(110, new AuxType("Pressure", 1e3, 0)), // clamp air pressure, kPa
            Map.entry(111, new AuxType("T", 1, 273.15)), Map.entry(112, new AuxType("T", 1, 273.15)),
            Map.entry(113, new AuxType("Humidity", 1, 0)), // unit not known
            Map.entry(114, new AuxType("Thickness", 1e-3, 0)), // mm
            Map.entry(115, new AuxType("Flow", 1, 0)), Map.entry(116, new AuxType("VOC", 1, 0)), // units not known
            Map.entry(117, new AuxType("Pressure", 1e5, 0)), // bar
            Map.entry(118, new AuxType("Force", 1, 0)), // N
            Map.entry(335, new AuxType("Tset", 1, 273.15)), Map.entry(345, new AuxType("RH", 1, 0)),
            Map.entry(1122, new AuxType("T", 1, 273.15))); // the cell's temperature (ndc 17, cellpy's BTS 8.5 file)

    private void cancelled(long k) {
        if ((k & 0xFFF) == 0 && monitor != null && monitor.isCanceled()) {
            throw new OperationCanceledException();
        }
    }
}
