/*
 * Copyright (c) 2026 the Interphase contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.interphase.importer.biologic;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.interphase.data.DatasetBuilder;
import org.interphase.data.DatasetBuilder.ColumnWriter;
import org.interphase.data.Metadata;
import org.interphase.data.QuantityKind;
import org.interphase.data.Technique;
import org.interphase.importer.ImportException;
import org.interphase.importer.Importer;
import org.interphase.importer.support.BinaryFile;

/**
 * EC-Lab's binary .mpr files (Bio-Logic VMP, SP, MPG, BCS instruments). A .mpr file is a header and a sequence of
 * modules: settings ("VMP Set": technique, comments, active mass, electrode area, electrolyte, reference electrode,
 * battery capacity), data ("VMP data": the points, one packed little-endian record per point), log ("VMP LOG":
 * channel, start time, EC-Lab version), loop indexes ("VMP loop") and others (external devices) that are skipped.
 * <p>
 * Module headers come in two layouts: 51 bytes before EC-Lab 11.50, 59 bytes since (a 0xFFFFFFFF marker, then
 * length, version and one more field). The data module's column ids and records sit where its version says: version
 * 2 (ids u16, records at 0x195), version 3 (ids u16, records at 0x196), EC-Lab &gt;= 11.50 (version 0, 10 or 11 with
 * the new header: ids u16 big-endian, records at 0x3EF) and an old version 0 (one-byte ids, records at 100). Any
 * other version is refused by number; a column id missing from {@link MprColumns} is refused by number, and the
 * records must fill the module exactly, so that no read is ever misaligned.
 * <p>
 * The records are mapped in chunks of 64 MiB (read from the page cache, never copied onto the heap), so a file larger
 * than the heap is read into an on-disk builder.
 */
public class MprImporter implements Importer {

    /** Column ids of the data module used to derive the current: time/s (f8), dq/mA.h (f8), and the ids of current columns. */
    private static final int TIME_ID = 4;
    private static final int DQ_ID = 7;

    public static final String ID = "biologic.mpr";

    /** The first bytes of every .mpr file. */
    public static final String MAGIC = "BIO-LOGIC MODULAR FILE\u001a";
    /** Where the first module starts. */
    static final int FIRST_MODULE = 0x34;
    private static final int CHUNK_BYTES = 64 << 20;
    private static final int MAX_MODULES = 4096;

    /** A module of the file: where its header and its body are. */
    record Module(String shortName, String longName, long headerOffset, long bodyOffset, long length, long version,
            boolean newLayout, String date) {
        String describe() {
            return "module '" + shortName + "' at byte " + headerOffset;
        }
    }

    /** How one column of the data module is decoded: where in the record, which type, and how to convert. */
    private record Decoder(int offset, MprColumns.Type type, int mask, int shift, EcLabColumns.Spec spec, ColumnWriter writer) {
    }

    @Override
    public void read(java.nio.file.Path file, DatasetBuilder builder, IProgressMonitor monitor) throws ImportException {
        try (BinaryFile in = BinaryFile.open(file, ID)) {
            ByteBuffer header = in.bytes(0, FIRST_MODULE, "the file header");
            byte[] magic = MAGIC.getBytes(StandardCharsets.ISO_8859_1);
            for (int i = 0; i < magic.length; i++) {
                if (header.get(i) != magic[i]) {
                    throw in.error(i, "not an EC-Lab .mpr file (no 'BIO-LOGIC MODULAR FILE' header)");
                }
            }
            List<Module> modules = modules(in);
            Module settings = null;
            Module data = null;
            Module log = null;
            Module loop = null;
            List<String> others = new ArrayList<>();
            for (Module module : modules) {
                switch (module.shortName()) {
                case "VMP Set" -> settings = settings == null ? module : settings;
                case "VMP data" -> {
                    if (data != null) {
                        throw in.error(module.headerOffset(), "a second data module ('VMP data'); the first is at byte " + data.headerOffset());
                    }
                    data = module;
                }
                case "VMP LOG" -> log = log == null ? module : log;
                case "VMP loop" -> loop = loop == null ? module : loop;
                case "VMP ExtDev" -> {
                    others.add(module.shortName());
                    externalDevices(in, module, builder);
                }
                default -> others.add(module.shortName());
                }
            }
            if (data == null) {
                throw in.error(in.size(), "no data module ('VMP data') in the file's " + modules.size() + " modules");
            }
            Technique technique = settings == null ? Technique.UNKNOWN : settings(in, settings, builder);
            List<Integer> ids = new ArrayList<>();
            long points = data(in, data, builder, ids, monitor);
            if (technique == Technique.UNKNOWN && (ids.contains(32) || ids.contains(288))) {
                technique = Technique.EIS;
            }
            builder.technique(technique);
            if (log != null) {
                log(in, log, builder);
            }
            if (loop != null) {
                loop(in, loop, points, builder);
            }
            builder.metadata("biologic.data_module_version", Long.toString(data.version()));
            Module dated = settings != null ? settings : data;
            moduleDate(dated.date()).ifPresentOrElse(d -> builder.metadata("biologic.module_date", d.toString()),
                    () -> builder.warning(in.warning(dated.headerOffset(), "module date '" + dated.date()
                            + "' is not month, day and year (mm/dd/yy, mm-dd-yy or mm.dd.yy): left out")));
            if (!others.isEmpty()) {
                builder.metadata("biologic.other_modules", String.join(", ", others));
            }
        }
    }

    /** The modules, checked to lie within the file one after the other. */
    static List<Module> modules(BinaryFile in) throws ImportException {
        List<Module> modules = new ArrayList<>();
        long position = FIRST_MODULE;
        while (position < in.size()) {
            if (modules.size() == MAX_MODULES) {
                throw in.error(position, "more than " + MAX_MODULES + " modules: not an EC-Lab file");
            }
            if (in.size() - position < 6 + 51) {
                throw in.error(position, (in.size() - position) + " bytes after the last module, too few for a module header");
            }
            int headerLength = in.size() - position >= 6 + 59 ? 59 : 51;
            ByteBuffer h = in.bytes(position, 6 + headerLength, "a module header");
            String word = BinaryFile.text(h, 0, 6, StandardCharsets.ISO_8859_1);
            if (!"MODULE".equals(word)) {
                throw in.error(position, "expected a module ('MODULE'), found '" + printable(word) + "'");
            }
            String shortName = BinaryFile.text(h, 6, 10, StandardCharsets.ISO_8859_1).strip();
            String longName = BinaryFile.text(h, 16, 25, StandardCharsets.ISO_8859_1).strip();
            long first = Integer.toUnsignedLong(h.getInt(41));
            boolean newLayout = first == 0xFFFFFFFFL;
            long length;
            long version;
            String date;
            if (newLayout) {
                if (headerLength < 59) {
                    throw in.error(position, "the file ends inside the header of module '" + printable(shortName) + "'");
                }
                length = Integer.toUnsignedLong(h.getInt(45));
                version = Integer.toUnsignedLong(h.getInt(49));
                date = BinaryFile.text(h, 57, 8, StandardCharsets.ISO_8859_1);
            } else {
                headerLength = 51;
                length = first;
                version = Integer.toUnsignedLong(h.getInt(45));
                date = BinaryFile.text(h, 49, 8, StandardCharsets.ISO_8859_1);
            }
            long body = position + 6 + headerLength;
            if (length > in.size() - body) {
                throw in.error(position, "module '" + printable(shortName) + "' claims " + length + " bytes, but the file ends "
                        + (in.size() - body) + " bytes after its header");
            }
            modules.add(new Module(printable(shortName), printable(longName), position, body, length, version, newLayout, printable(date)));
            position = body + length;
        }
        return modules;
    }

    private static String printable(String text) {
        StringBuilder s = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            s.append(c >= 32 && c < 127 ? c : '?');
        }
        return s.toString();
    }

    /** Where a data module's column ids and records are: id width and byte order, and where the records start. */
    record Layout(int idBytes, ByteOrder order, int recordsAt, String name) {
        static final Layout V2 = new Layout(2, ByteOrder.LITTLE_ENDIAN, 0x195, "version 2");
        static final Layout V3 = new Layout(2, ByteOrder.LITTLE_ENDIAN, 0x196, "version 3");
        static final Layout V1150 = new Layout(2, ByteOrder.BIG_ENDIAN, 0x3EF, "EC-Lab >= 11.50");
        static final Layout V0 = new Layout(1, ByteOrder.LITTLE_ENDIAN, 100, "old version 0");
    }

    /** One column of a record: a value column, the shared flags byte, or bytes of unknown columns that are skipped. */
    private record Slot(int id, int offset, MprColumns.Column column, MprColumns.Flag flag, int skip) {
    }

    /** How the records of a data module are laid out: the slots in record order and the record size. */
    private record Plan(List<Slot> slots, int recordSize, List<String> notes) {
    }

    /** The layout of a known data module version, or null. */
    static Layout layout(Module module) {
        long version = module.version();
        if (version == 2) {
            return Layout.V2;
        } else if (version == 3) {
            return Layout.V3;
        } else if (module.newLayout() && (version == 0 || version == 10 || version == 11)) {
            return Layout.V1150;
        } else if (!module.newLayout() && version == 0) {
            return Layout.V0;
        }
        return null;
    }

    private static List<Integer> ids(ByteBuffer head, Layout layout, int count) {
        List<Integer> ids = new ArrayList<>();
        for (int c = 0; c < count; c++) {
            int at = 5 + c * layout.idBytes();
            ids.add(layout.idBytes() == 1 ? head.get(at) & 0xFF : layout.order() == ByteOrder.BIG_ENDIAN
                    ? ((head.get(at) & 0xFF) << 8) | (head.get(at + 1) & 0xFF)
                    : (head.get(at) & 0xFF) | ((head.get(at + 1) & 0xFF) << 8));
        }
        return ids;
    }

    /**
     * The record layout of these ids, when their records fill the module's available bytes exactly; otherwise null,
     * with the reason in {@code why}. Unknown ids: one run of them, between known columns, is skipped as a block
     * whose width is what the record has left (galvani and yadg guess a float type for them instead). An id the
     * readers disagree on takes the reading that fits.
     */
    private static Plan plan(List<Integer> ids, long points, long available, boolean alternatives, boolean probable, StringBuilder why) {
        List<Slot> slots = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        List<Integer> unknown = new ArrayList<>();
        int recordSize = 0;
        boolean flags = false;
        int unknownAt = -1;
        int unknownOffset = 0;
        boolean unknownClosed = false;
        for (int id : ids) {
            MprColumns.Flag flag = MprColumns.flag(id);
            MprColumns.Column column = MprColumns.column(id);
            if (alternatives && MprColumns.alternative(id) != null) {
                column = MprColumns.alternative(id);
            }
            if (column == null && flag == null && probable && MprColumns.probable(id) != null) {
                column = MprColumns.probable(id);
                notes.add("column id " + id + " is in neither galvani's nor yadg's table: read as id " + (id - 256) + " ("
                        + column.header() + "), whose newer encoding it is in most files");
            }
            if (flag != null) {
                if (!flags) {
                    flags = true;
                    if (unknownAt >= 0) {
                        unknownClosed = true;
                    }
                    slots.add(new Slot(id, recordSize, null, flag, 0));
                    recordSize += 1;
                } else {
                    slots.add(new Slot(id, slots.stream().filter(x -> x.flag() != null).findFirst().orElseThrow().offset(), null, flag, 0));
                }
            } else if (column != null) {
                if (unknownAt >= 0) {
                    unknownClosed = true;
                }
                slots.add(new Slot(id, recordSize, column, null, 0));
                recordSize += column.type().bytes;
            } else {
                if (unknownClosed) {
                    why.append("unknown column ids ").append(unknown).append(" and ").append(id)
                            .append(" are apart: their widths cannot be told from the layout");
                    return null;
                }
                if (unknownAt < 0) {
                    unknownAt = slots.size();
                    unknownOffset = recordSize;
                }
                unknown.add(id);
            }
        }
        if (!unknown.isEmpty()) {
            if (points == 0) {
                notes.add("column ids " + unknown + " are unknown; the module holds no points, so nothing is lost");
                slots.add(unknownAt, new Slot(-1, 0, null, null, 0));
                return new Plan(slots, Math.max(1, recordSize), notes);
            }
            if (available % points != 0 || available / points <= recordSize || available / points - recordSize > 64) {
                why.append("unknown column ids ").append(unknown).append(": the ").append(available).append(" bytes of ")
                        .append(points).append(" points leave no whole width for them beside the known columns' ").append(recordSize);
                return null;
            }
            int width = (int) (available / points - recordSize);
            // the known columns after the unknown run move by its width
            List<Slot> shifted = new ArrayList<>();
            for (Slot x : slots) {
                shifted.add(x.offset() >= unknownOffset ? new Slot(x.id(), x.offset() + width, x.column(), x.flag(), 0) : x);
            }
            shifted.add(new Slot(-1, unknownOffset, null, null, width));
            notes.add((unknown.size() == 1 ? "column id " + unknown.get(0) + " is" : "column ids " + unknown + " are")
                    + " in neither galvani's nor yadg's table nor Interphase's: " + width + " bytes per point, skipped (the other "
                    + "columns' records fill the module exactly around them)");
            return new Plan(shifted, recordSize + width, notes);
        }
        if (points * recordSize != available) {
            why.append("the data module holds ").append(available).append(" bytes of records, but ").append(points).append(" points of ")
                    .append(recordSize).append(" bytes (columns ").append(ids).append(") need ").append(points * recordSize);
            return null;
        }
        if (alternatives) {
            notes.add("column ids " + ids.stream().filter(i -> MprColumns.alternative(i) != null).toList()
                    + " read as yadg reads them (|Ece h2| to |Ece h7|, 4 bytes): galvani's reading does not fill the module");
        }
        return new Plan(slots, recordSize, notes);
    }

    /** Reads the data module's columns and streams its records; returns the number of points. */
    private static long data(BinaryFile in, Module module, DatasetBuilder builder, List<Integer> idsOut, IProgressMonitor monitor)
            throws ImportException {
        ByteBuffer head = in.bytes(module.bodyOffset(), (int) Math.min(module.length(), 0x3EF), "the data module's header");
        if (head.limit() < 5) {
            throw in.error(module.bodyOffset(), "the data module is " + module.length() + " bytes long, too short for its header");
        }
        long points = Integer.toUnsignedLong(head.getInt(0));
        int count = head.get(4) & 0xFF;
        long version = module.version();
        if (count == 0) {
            throw in.error(module.bodyOffset() + 4, "the data module has no columns");
        }
        Layout layout = layout(module);
        Plan plan = null;
        List<Integer> ids = null;
        if (layout == null) {
            // a version no reader knows: accepted only when exactly one known layout checks out (every id known, the
            // records filling the module exactly), with a warning
            List<String> fits = new ArrayList<>();
            for (Layout candidate : List.of(Layout.V2, Layout.V3, Layout.V1150, Layout.V0)) {
                if (5 + count * candidate.idBytes() > candidate.recordsAt() || module.length() < candidate.recordsAt()) {
                    continue;
                }
                List<Integer> candidateIds = ids(head, candidate, count);
                if (candidateIds.stream().anyMatch(i -> MprColumns.column(i) == null && MprColumns.flag(i) == null)
                        || new LinkedHashSet<>(candidateIds).size() != candidateIds.size()) {
                    continue;
                }
                Plan p = plan(candidateIds, points, module.length() - candidate.recordsAt(), false, false, new StringBuilder());
                if (p != null) {
                    fits.add(candidate.name());
                    layout = candidate;
                    plan = p;
                    ids = candidateIds;
                }
            }
            if (fits.size() != 1) {
                throw in.error(module.headerOffset(), "data module version " + version + " unknown (known: 2, 3, 0 before EC-Lab 11.50, "
                        + "0, 10 and 11 since)" + (fits.isEmpty() ? "" : "; the layouts of " + String.join(" and ", fits) + " all fit"));
            }
            builder.warning(in.warning(module.headerOffset(), "data module version " + version + " is unknown; its ids and records "
                    + "check out only in the layout of " + layout.name() + ", which is used"));
        }
        int recordsAt = layout.recordsAt();
        if (5 + count * layout.idBytes() > recordsAt || module.length() < recordsAt) {
            throw in.error(module.bodyOffset() + 4, count + " column ids do not fit in the data module of version " + version
                    + " (" + module.length() + " bytes, records from byte " + recordsAt + ")");
        }
        if (ids == null) {
            ids = ids(head, layout, count);
        }
        Set<Integer> seen = new LinkedHashSet<>();
        for (int c = 0; c < ids.size(); c++) {
            if (!seen.add(ids.get(c))) {
                throw in.error(module.bodyOffset() + 5 + c * layout.idBytes(), "column id " + ids.get(c) + " appears twice in the data module of "
                        + in.file().getFileName());
            }
        }
        idsOut.addAll(ids);
        long available = module.length() - recordsAt;
        if (plan == null) {
            StringBuilder why = new StringBuilder();
            plan = plan(ids, points, available, false, true, why);
            if (plan == null && ids.stream().anyMatch(i -> MprColumns.alternative(i) != null)) {
                plan = plan(ids, points, available, true, true, new StringBuilder());
            }
            if (plan == null) {
                throw in.error(module.bodyOffset(), why + " (data module version " + version + ")");
            }
        }
        for (String note : plan.notes()) {
            builder.warning(in.warning(module.bodyOffset() + 5, note));
        }
        int recordSize = plan.recordSize();
        List<Decoder> decoders = new ArrayList<>();
        int timeOffset = -1;
        int dqOffset = -1;
        double dqFactor = 1;
        java.util.Map<String, Integer> names = new java.util.HashMap<>();
        for (Slot slot : plan.slots()) {
            if (slot.flag() != null) {
                EcLabColumns.Spec spec = EcLabColumns.spec(slot.flag().header());
                decoders.add(new Decoder(slot.offset(), MprColumns.Type.U1, slot.flag().mask(), slot.flag().shift(), spec,
                        builder.column(spec.name(), spec.unit(), spec.kind())));
                continue;
            }
            if (slot.column() == null) {
                continue; // unknown columns, skipped with a warning
            }
            MprColumns.Column column = slot.column();
            EcLabColumns.Spec spec = EcLabColumns.spec(MprColumns.header(column, seen));
            int n = names.merge(spec.name(), 1, Integer::sum);
            String name = n == 1 ? spec.name() : spec.name() + " " + n; // galvani's names for a quantity stored twice
            decoders.add(new Decoder(slot.offset(), column.type(), 0, 0, spec, builder.column(name, spec.unit(), spec.kind())));
            if (spec.name().equals(EcLabColumns.SWEEP_COUNTER) && n == 1) {
                builder.metadata(Metadata.SWEEP_COLUMN, spec.name());
            }
            int base = column.id();
            if (base == TIME_ID && column.type() == MprColumns.Type.F8 && timeOffset < 0) {
                timeOffset = slot.offset();
            } else if (base == DQ_ID && column.type() == MprColumns.Type.F8) {
                dqOffset = slot.offset();
                dqFactor = spec.factor();
            }
        }
        // GCPL files store the charge passed per point (dq) but no current; EC-Lab's text export shows <I> = dq/dt
        ColumnWriter derivedCurrent = null;
        if (timeOffset >= 0 && dqOffset >= 0 && plan.slots().stream().noneMatch(x -> x.column() != null
                && Set.of("I", "<I>").contains(EcLabColumns.spec(x.column().header()).name()))) {
            derivedCurrent = builder.column("<I>", "A", QuantityKind.CURRENT);
            builder.metadata("biologic.current", "<I> = dq/dt from the dq and time columns, as EC-Lab's text export computes it");
        }
        if (points > Integer.MAX_VALUE - 8) {
            throw in.error(module.bodyOffset(), points + " points: more than a dataset holds");
        }
        builder.expectRows(points);
        int perChunk = Math.max(1, CHUNK_BYTES / recordSize);
        int chunks = (int) ((points + perChunk - 1) / perChunk);
        SubMonitor progress = SubMonitor.convert(monitor, "Reading " + in.file().getFileName(), Math.max(1, chunks));
        long position = module.bodyOffset() + recordsAt;
        long done = 0;
        Decoder[] columns = decoders.toArray(new Decoder[0]);
        double previousTime = Double.NaN;
        while (done < points) {
            if (progress.isCanceled()) {
                throw new OperationCanceledException();
            }
            int n = (int) Math.min(perChunk, points - done);
            // the records are mapped, not copied: the page cache holds them, the heap does not
            ByteBuffer buffer = in.map(position, (long) n * recordSize, "the data records").order(ByteOrder.LITTLE_ENDIAN);
            try {
                for (Decoder d : columns) {
                    decode(buffer, n, recordSize, d);
                }
                if (derivedCurrent != null) {
                    previousTime = appendCurrent(buffer, n, recordSize, timeOffset, dqOffset, dqFactor, previousTime, derivedCurrent);
                }
            } catch (InternalError e) {
                // a mapped file cut short by another program while it is read
                throw in.error(position, "the file changed while being read: " + e.getMessage());
            }
            position += (long) n * recordSize;
            done += n;
            progress.worked(1);
        }
        builder.metadata("biologic.points", Long.toString(points));
        if (points == 0) {
            // a run that recorded no point (a Wait step that ended at once): the columns are known, the dataset is empty
            builder.warning(in.warning(module.bodyOffset(), "the data module holds no points: the run recorded none"));
        }
        return points;
    }

    /** Appends <I> = dq/dt (A) for the records of a chunk; 0 where no time has passed (the first point). Returns the last time. */
    private static double appendCurrent(ByteBuffer b, int n, int recordSize, int timeOffset, int dqOffset, double dqFactor,
            double previousTime, ColumnWriter current) {
        double before = previousTime;
        for (int r = 0; r < n; r++) {
            double t = b.getDouble(r * recordSize + timeOffset);
            double dq = b.getDouble(r * recordSize + dqOffset) * dqFactor;
            current.append(Double.isNaN(before) || !(t > before) ? 0 : dq / (t - before));
            before = t;
        }
        return before;
    }

    private static void decode(ByteBuffer b, int n, int recordSize, Decoder d) {
        ColumnWriter w = d.writer();
        double factor = d.spec().factor();
        double offset = d.spec().offset();
        int at = d.offset();
        if (offset != 0) {
            decodeWithOffset(b, n, recordSize, d);
            return;
        }
        switch (d.type()) {
        case F4 -> {
            for (int r = 0; r < n; r++, at += recordSize) {
                w.append(b.getFloat(at) * factor);
            }
        }
        case F8 -> {
            for (int r = 0; r < n; r++, at += recordSize) {
                w.append(b.getDouble(at) * factor);
            }
        }
        case U1 -> {
            int mask = d.mask() == 0 ? 0xFF : d.mask();
            int shift = d.shift();
            for (int r = 0; r < n; r++, at += recordSize) {
                w.append(((b.get(at) & mask) >>> shift) * factor);
            }
        }
        case U2 -> {
            for (int r = 0; r < n; r++, at += recordSize) {
                w.append((b.getShort(at) & 0xFFFF) * factor);
            }
        }
        case U4 -> {
            for (int r = 0; r < n; r++, at += recordSize) {
                w.append(Integer.toUnsignedLong(b.getInt(at)) * factor);
            }
        }
        }
    }

    /** Columns with an offset (degrees Celsius to kelvin): slower, rare. */
    private static void decodeWithOffset(ByteBuffer b, int n, int recordSize, Decoder d) {
        int at = d.offset();
        for (int r = 0; r < n; r++, at += recordSize) {
            double raw = switch (d.type()) {
            case F4 -> b.getFloat(at);
            case F8 -> b.getDouble(at);
            case U1 -> ((b.get(at) & (d.mask() == 0 ? 0xFF : d.mask())) >>> d.shift());
            case U2 -> b.getShort(at) & 0xFFFF;
            case U4 -> Integer.toUnsignedLong(b.getInt(at));
            };
            d.writer().append(d.spec().convert(raw));
        }
    }

    /** Technique ids of the settings module's first byte: EC-Lab's name and Interphase's technique. */
    static String techniqueName(int id) {
        return switch (id) {
        case 0x04, 0x77 -> "GCPL";
        case 0x06, 0x30 -> "CV";
        case 0x0B -> "OCV";
        case 0x16 -> "MP";
        case 0x18 -> "CA";
        case 0x19 -> "CP";
        case 0x1C -> "WAIT";
        case 0x1D -> "PEIS";
        case 0x1E -> "GEIS";
        case 0x32 -> "ZIR";
        case 0x33 -> "CVA";
        case 0x6C -> "LSV";
        case 0x75 -> "coV";
        case 0x76 -> "coC";
        case 0x7F -> "MB";
        case 0x88 -> "BCD";
        default -> null;
        };
    }

    static Technique technique(String name) {
        if (name == null) {
            return Technique.UNKNOWN;
        }
        return switch (name) {
        case "GCPL", "BCD" -> Technique.GALVANOSTATIC_CYCLING;
        case "CV", "CVA" -> Technique.CYCLIC_VOLTAMMETRY;
        case "OCV", "WAIT" -> Technique.OPEN_CIRCUIT_VOLTAGE;
        case "CA", "coV" -> Technique.CHRONOAMPEROMETRY;
        case "CP", "coC" -> Technique.CHRONOPOTENTIOMETRY;
        case "PEIS", "GEIS", "ZIR" -> Technique.EIS;
        case "LSV" -> Technique.LINEAR_SWEEP_VOLTAMMETRY;
        case "MB", "MP" -> Technique.MIXED;
        default -> Technique.UNKNOWN;
        };
    }

    /** The settings module: technique and what the operator typed (fields beyond the module's end are skipped). */
    private static Technique settings(BinaryFile in, Module module, DatasetBuilder builder) throws ImportException {
        int length = (int) Math.min(module.length(), 0x300);
        if (length < 1) {
            return Technique.UNKNOWN;
        }
        ByteBuffer s = in.bytes(module.bodyOffset(), length, "the settings module");
        int id = s.get(0) & 0xFF;
        String name = techniqueName(id);
        builder.metadata("biologic.technique_id", String.format(Locale.ROOT, "0x%02X", id));
        if (name != null) {
            builder.metadata(Metadata.TECHNIQUE_NAME, name);
        } else {
            builder.warning(in.warning(module.bodyOffset(), String.format(Locale.ROOT, "technique id 0x%02X unknown (galvani and yadg know "
                    + "the ids of GCPL, CV, OCV, MP, CA, CP, WAIT, PEIS, GEIS, ZIR, CVA, LSV, coV, coC and MB)", id)));
        }
        pascal(s, 0x07).filter(t -> !t.isBlank()).ifPresent(t -> builder.metadata(Metadata.COMMENTS, t));
        float32(s, 0x107).ifPresent(mg -> builder.metadata(Metadata.ACTIVE_MASS_KG, scaled(mg, "1e-6")));
        pascal(s, 0x1C0).filter(t -> !t.isBlank()).ifPresent(t -> builder.metadata("electrolyte", t));
        float32(s, 0x211).ifPresent(cm2 -> builder.metadata(Metadata.ELECTRODE_AREA_M2, scaled(cm2, "1e-4")));
        pascal(s, 0x215).filter(t -> !t.isBlank()).ifPresent(t -> builder.metadata("reference_electrode", t));
        float32(s, 0x25C).filter(c -> c > 0).ifPresent(mAh -> builder.metadata("battery_capacity_C", scaled(mAh, "3.6")));
        return technique(name);
    }

    /** The log module: channel, start of acquisition, EC-Lab version, host and original path. */
    private static void log(BinaryFile in, Module module, DatasetBuilder builder) throws ImportException {
        int length = (int) Math.min(module.length(), 0x500);
        ByteBuffer l = in.bytes(module.bodyOffset(), length, "the log module");
        if (length > 0x09) {
            builder.metadata(Metadata.CHANNEL, Integer.toString((l.get(0x09) & 0xFF) + 1));
        }
        for (int offset : new int[] { 0x249, 465, 469, 473 }) {
            if (offset + 8 <= length) {
                double days = l.getDouble(offset);
                // an OLE automation date between 1990 and 2100
                if (days > 32874 && days < 73051) {
                    LocalDateTime start = LocalDateTime.of(1899, 12, 30, 0, 0).plus(Math.round(days * 86_400_000d), ChronoUnit.MILLIS);
                    builder.metadata(Metadata.START_TIME, start.toString());
                    break;
                }
            }
        }
        pascal(l, 0x3B7).filter(v -> v.matches("[0-9][0-9.]*")).ifPresent(v -> builder.metadata(Metadata.SOFTWARE, "EC-Lab " + v));
        pascal(l, 0x351).filter(t -> !t.isBlank()).ifPresent(t -> builder.metadata("host", t));
        pascal(l, 0x251).filter(t -> !t.isBlank()).ifPresent(t -> builder.metadata("original_path", t));
    }

    /**
     * The external-device module (yadg's {@code extdev_dtypes}): the names the operator gave the analog inputs 1 and 2
     * (Pascal strings at 0x36 and 0x63) and their scaling (max V, min V, max x, min x as f4 after each name), as
     * metadata {@code analog_in_N} and {@code analog_in_N_scale}; fields beyond the module or not text are left out.
     */
    private static void externalDevices(BinaryFile in, Module module, DatasetBuilder builder) throws ImportException {
        int length = (int) Math.min(module.length(), 0x100);
        ByteBuffer e = in.bytes(module.bodyOffset(), length, "the external-device module");
        int[][] inputs = { { 0x36, 0x52 }, { 0x63, 0x7F } };
        for (int i = 0; i < inputs.length; i++) {
            String key = "analog_in_" + (i + 1);
            int scale = inputs[i][1];
            pascal(e, inputs[i][0]).filter(t -> !t.isBlank()).ifPresent(t -> builder.metadata(key, t));
            if (scale + 16 <= e.limit()) {
                float maxV = e.getFloat(scale);
                float minV = e.getFloat(scale + 4);
                float maxX = e.getFloat(scale + 8);
                float minX = e.getFloat(scale + 12);
                if (Float.isFinite(maxV) && Float.isFinite(minV) && Float.isFinite(maxX) && Float.isFinite(minX) && maxV != minV) {
                    builder.metadata(key + "_scale", minV + " V to " + maxV + " V is " + minX + " to " + maxX);
                }
            }
        }
    }

    /**
     * The loop module: a count, then where each loop starts in the data (galvani: u4 indexes from byte 4, trailing
     * zeros dropped). The data do not depend on it: a loop module that does not check out is left out with a warning.
     */
    private static void loop(BinaryFile in, Module module, long points, DatasetBuilder builder) throws ImportException {
        if (module.length() < 4) {
            builder.warning(in.warning(module.bodyOffset(), "the loop module is " + module.length() + " bytes long, too short for its count: loops left out"));
            return;
        }
        long count = Integer.toUnsignedLong(in.bytes(module.bodyOffset(), 4, "the loop count").getInt(0));
        if (count > (module.length() - 4) / 4) {
            builder.warning(in.warning(module.bodyOffset(), "the loop module lists " + count + " loops in " + module.length()
                    + " bytes: loops left out"));
            return;
        }
        ByteBuffer starts = in.bytes(module.bodyOffset() + 4, (int) count * 4, "the loop indexes");
        StringBuilder text = new StringBuilder();
        long previous = 0;
        int kept = 0;
        for (int i = 0; i < count; i++) {
            long start = Integer.toUnsignedLong(starts.getInt(4 * i));
            if (i > 0 && start == 0) {
                break; // the trailing zeros galvani trims
            }
            if (start < previous || start > points) {
                builder.warning(in.warning(module.bodyOffset() + 4 + 4L * i, "loop " + (i + 1) + " starts at point " + start
                        + ", outside the data (" + points + " points) or before the previous loop: loops left out"));
                return;
            }
            previous = start;
            if (kept < 10_000) {
                text.append(kept == 0 ? "" : ",").append(start);
                kept++;
            }
        }
        if (kept > 0) {
            builder.metadata("loop_starts", text.toString());
        }
    }

    /**
     * A module header's date: month, day and two-digit year, separated by '/', '-' or '.' (galvani's
     * {@code parse_BioLogic_date}: EC-Lab writes the separator of the Windows locale). Empty when it is none of these.
     */
    static java.util.Optional<java.time.LocalDate> moduleDate(String text) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(\\d{2})([/.-])(\\d{2})\\2(\\d{2})").matcher(text.strip());
        if (!m.matches()) {
            return java.util.Optional.empty();
        }
        try {
            int year = Integer.parseInt(m.group(4));
            return java.util.Optional.of(java.time.LocalDate.of(year < 70 ? 2000 + year : 1900 + year, Integer.parseInt(m.group(1)),
                    Integer.parseInt(m.group(3))));
        } catch (java.time.DateTimeException e) {
            return java.util.Optional.empty();
        }
    }

    private static java.util.Optional<String> pascal(ByteBuffer b, int offset) {
        if (offset >= b.limit()) {
            return java.util.Optional.empty();
        }
        int n = b.get(offset) & 0xFF;
        if (offset + 1 + n > b.limit()) {
            return java.util.Optional.empty();
        }
        byte[] bytes = new byte[n];
        b.get(offset + 1, bytes);
        String text = String.join("\n", new String(bytes, StandardCharsets.ISO_8859_1).replace("\r\n", "\n").lines().map(String::strip).toList());
        if (text.chars().anyMatch(c -> c < 32 && c != '\n' && c != '\t')) {
            return java.util.Optional.empty(); // not text: a field this version does not have
        }
        return java.util.Optional.of(text.strip());
    }

    private static java.util.Optional<Float> float32(ByteBuffer b, int offset) {
        if (offset + 4 > b.limit()) {
            return java.util.Optional.empty();
        }
        float value = b.getFloat(offset);
        return Float.isFinite(value) && value >= 0 ? java.util.Optional.of(value) : java.util.Optional.empty();
    }

    /** A float32 as typed (its shortest decimal form) times an exact factor, as text: 0.001 mg gives 1.0E-9 kg. */
    static String scaled(float value, String factor) {
        return Double.toString(new java.math.BigDecimal(Float.toString(value)).multiply(new java.math.BigDecimal(factor)).doubleValue());
    }
}
