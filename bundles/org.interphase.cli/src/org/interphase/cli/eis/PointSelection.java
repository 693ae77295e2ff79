/*
 * Copyright (c) 2026 the Interphase contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.interphase.cli.eis;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.interphase.importer.ImportException;
import org.interphase.solver.eis.data.ImpedanceData;
import org.interphase.solver.eis.data.Sweeps;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.google.gson.stream.JsonWriter;

import picocli.CommandLine.Option;

/**
 * The options that choose which spectrum of a file and which of its points a command uses (a picocli mixin of fit,
 * kk, drt and impedance): the sweep, the impedance columns, the frequency range and inductive points.
 */
final class PointSelection {

    @Option(names = "--sweep", defaultValue = "all", paramLabel = "N|all|pooled",
            description = "Which sweep of a file with several (loops, repeated spectra; told apart by the file's loop column or where the "
                    + "frequency restarts): N (1-based; or a list 1,3), all (default: each sweep separately, one result per sweep) or pooled "
                    + "(every sweep's points as one spectrum).")
    String sweep;

    @Option(names = "--z-columns", paramLabel = "RE,IM", description = "The two columns read as impedance: Re Z and Im Z in Ohm (Im signed), or |Z| and "
            + "phase (default: the format's own pair, e.g. Gamry's uncorrected Zreal,Zimag; ZrealDrCor,ZimagDrCor for its drift-corrected Z; "
            + "./interphase import FILE lists the columns).")
    String zColumns;

    @Option(names = "--fmin", description = "Lowest frequency used, Hz.")
    Double fMin;

    @Option(names = "--fmax", description = "Highest frequency used, Hz.")
    Double fMax;

    @Option(names = "--drop-positive-imag", description = "Drop points with Im Z >= 0 (inductive).")
    boolean dropPositive;

    /**
     * One spectrum to work on: the file, its sweep number (0 when pooled), the file's sweeps, the points after
     * --fmin/--fmax/--drop-positive-imag, and a problem (null when there are points).
     */
    record Chosen(Path file, int sweep, Sweeps sweeps, ImpedanceData data, String problem) {

        private static final Gson GSON = new GsonBuilder().serializeNulls().disableHtmlEscaping().create();

        /** "file" or "file, sweep 2 of 4". */
        String label() {
            if (sweeps.count() == 1 && sweep == 1) {
                return file.toString();
            }
            return file + (sweep == 0 ? ", " + sweeps.count() + " sweeps pooled" : ", sweep " + sweep + " of " + sweeps.count());
        }

        /** The keys every per-sweep JSON object starts with. */
        void header(JsonWriter w) throws IOException {
            w.name("file").value(file.toString());
            if (sweep == 0) {
                w.name("sweep").value("pooled");
            } else {
                w.name("sweep").value(sweep);
            }
            w.name("sweeps").value(sweeps.count());
            w.name("z_columns").beginArray().value(sweeps.zColumns().get(0)).value(sweeps.zColumns().get(1)).endArray();
            w.name("points").value(data.size());
            w.name("dropped_rows").value(sweeps.droppedRows());
            if (sweeps.droppedNote().isPresent()) {
                w.name("note").value(sweeps.droppedNote().get());
            }
        }

        /** The header keys followed by the members of an object written by someone else (e.g. a fit's JSON). */
        String wrap(String json, boolean indent) throws IOException {
            java.io.StringWriter text = new java.io.StringWriter();
            JsonWriter w = new JsonWriter(text);
            w.setSerializeNulls(true);
            if (indent) {
                w.setIndent("  ");
            }
            w.beginObject();
            header(w);
            JsonObject object = JsonParser.parseString(json).getAsJsonObject();
            for (var e : object.entrySet()) {
                if (!e.getKey().equals("file") && !e.getKey().equals("points")) {
                    w.name(e.getKey());
                    write(w, e.getValue());
                }
            }
            w.endObject();
            w.flush();
            return text.toString();
        }

        private static void write(JsonWriter w, JsonElement e) throws IOException {
            GSON.toJson(e, w);
        }
    }

    /** Thrown when a file has no sweep of the number asked for (exit 2). */
    static final class NoSuchSweep extends Exception {
        private static final long serialVersionUID = 1L;

        NoSuchSweep(String message) {
            super(message);
        }
    }

    /** The sweep numbers asked for: empty for all, [0] for pooled. */
    List<Integer> sweepNumbers() throws EisArguments.BadArgument {
        String s = sweep == null ? "all" : sweep.strip().toLowerCase(Locale.ROOT);
        if (s.equals("all")) {
            return List.of();
        }
        if (s.equals("pooled")) {
            return List.of(0);
        }
        TreeSet<Integer> numbers = new TreeSet<>();
        for (String part : s.split("[,\\s]+")) {
            try {
                int n = Integer.parseInt(part);
                if (n < 1) {
                    throw new NumberFormatException();
                }
                numbers.add(n);
            } catch (NumberFormatException e) {
                throw new EisArguments.BadArgument("--sweep: '" + sweep + "' is neither a sweep number (1, 2, ...; or a list 1,3), all nor pooled");
            }
        }
        return List.copyOf(numbers);
    }

    /** The column names of --z-columns, or null for the format's default. */
    List<String> zColumnNames() throws EisArguments.BadArgument {
        if (zColumns == null || zColumns.isBlank()) {
            return null;
        }
        String[] parts = zColumns.split(",");
        if (parts.length != 2 || parts[0].isBlank() || parts[1].isBlank()) {
            throw new EisArguments.BadArgument("--z-columns: '" + zColumns + "' is not two column names RE,IM (or |Z|,phase)");
        }
        return List.of(parts[0].strip(), parts[1].strip());
    }

    /** Checks the options without reading a file (exit 2 for a bad value). */
    void check() throws EisArguments.BadArgument {
        sweepNumbers();
        zColumnNames();
    }

    /**
     * The spectra of a file to work on, one per chosen sweep; null after printing "ERROR file: reason" when the file
     * cannot be read.
     *
     * @throws NoSuchSweep naming the file's sweeps when --sweep asks for one it does not have
     */
    List<Chosen> read(Path file, PrintWriter err) throws NoSuchSweep, EisArguments.BadArgument {
        List<Integer> numbers = sweepNumbers();
        List<String> columns = zColumnNames();
        if (!Files.isRegularFile(file)) {
            err.println("ERROR " + file + ": no such file");
            err.flush();
            return null;
        }
        Sweeps sweeps;
        try {
            sweeps = Sweeps.read(file, null, columns, new NullProgressMonitor());
        } catch (IllegalArgumentException e) {
            if (columns != null && e.getMessage() != null && e.getMessage().contains("--z-columns")) {
                throw new EisArguments.BadArgument(e.getMessage()); // a column the file does not have: exit 2
            }
            err.println("ERROR " + e.getMessage());
            err.flush();
            return null;
        } catch (ImportException e) {
            err.println("ERROR " + e.getMessage());
            err.flush();
            return null;
        }
        List<Chosen> chosen = new ArrayList<>();
        if (numbers.equals(List.of(0))) {
            chosen.add(restrict(file, 0, sweeps, sweeps.pooled()));
        } else if (numbers.isEmpty()) {
            for (Sweeps.Sweep s : sweeps.sweeps()) {
                chosen.add(restrict(file, s.number(), sweeps, s.data()));
            }
        } else {
            for (int n : numbers) {
                if (n > sweeps.count()) {
                    throw new NoSuchSweep(file + " has " + sweeps.count() + (sweeps.count() == 1 ? " sweep" : " sweeps") + " (split by " + sweeps.splitBy()
                            + "); there is no sweep " + n);
                }
                chosen.add(restrict(file, n, sweeps, sweeps.sweep(n).data()));
            }
        }
        return chosen;
    }

    private Chosen restrict(Path file, int number, Sweeps sweeps, ImpedanceData data) {
        ImpedanceData selected = data.select(fMin == null ? Double.NaN : fMin, fMax == null ? Double.NaN : fMax, dropPositive);
        String problem = selected.size() == 0 ? "no points left after --fmin/--fmax/--drop-positive-imag" : null;
        return new Chosen(file, number, sweeps, selected, problem);
    }
}
