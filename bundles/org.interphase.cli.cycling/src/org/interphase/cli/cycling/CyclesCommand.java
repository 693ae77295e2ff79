/*
 * Copyright (c) 2026 the Interphase contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.interphase.cli.cycling;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.interphase.cli.CommandFailure;
import org.interphase.cli.ExitCodes;
import org.interphase.cli.InputFiles;
import org.interphase.cli.Numbers;
import org.interphase.data.Dataset;
import org.interphase.data.Datasets;
import org.interphase.importer.ImportException;
import org.interphase.importer.ImportResult;
import org.interphase.importer.Importers;
import org.interphase.solver.cycling.analytics.AnalysisException;
import org.interphase.solver.cycling.analytics.CyclingAnalysis;
import org.interphase.solver.cycling.analytics.CyclingAnalysis.Cycle;
import org.interphase.solver.cycling.analytics.CyclingAnalysis.DifferentialCapacity;
import org.interphase.solver.cycling.analytics.CyclingAnalysis.HalfCycle;

import picocli.CommandLine;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * ./interphase cycles DATA [--mass-g M] [--reference N] [--pairing P] [--include-partial] [--kind auto|full|symmetric]
 * [--format ID] [--json | --csv]: capacity per
 * cycle, CE, retention, mean voltages, dQ/dV, and for symmetric cells the overpotential envelope and time to failure,
 * from an instrument file read by the installed importers. JSON keys:
 *
 * <pre>
 * {"file", "importer", "columns": {"time", "potential", "current", "cycle", "ignored": [set-point columns]}, "pairing",
 *  "active_mass_kg", "kind": "full" | "symmetric", "retention_reference_cycle", "include_partial",
 *  "cycles": [{"n", "instrument_cycle", "first": "charge" | "discharge", "partial", "half_cycles": [indices], "charge_C", "discharge_C",
 *              "charge_mAh_g", "discharge_mAh_g", "ce", "retention", "mean_charge_voltage_V", "mean_discharge_voltage_V"}],
 *  "half_cycles": [{"index", "cycle", "direction": "charge" | "discharge", "partial", "start_h", "end_h", "charge_C", "mean_voltage_V",
 *                   "max_abs_voltage_V"}],
 *  "dqdv": [{"half_cycle", "cycle", "direction", "voltage_V": [...], "dqdv_C_per_V": [...], "peak_V"}],
 *  "envelope_t_h": [...], "overpotential_envelope_V": [...], "failure_time_h", "failure_mode", "notes", "flagged"}
 * </pre>
 *
 * Per-gram values are null without a plausible active mass (--mass-g or the file's, 1 ug to 100 g); CE and retention
 * are null for partial cycles unless --include-partial; the envelope and failure are given for symmetric cells only
 * (null otherwise). A reference cycle that does not exist (or is partial and not counted) is a bad argument: exit 2.
 * "flagged" (and exit 3, as a flagged fit) when the numbers printed claim more than they are: a partial cycle counted
 * (--include-partial) or a given --mass-g whose specific capacities are implausible (the warning in "notes").
 */
@Command(name = "cycles", mixinStandardHelpOptions = true, sortOptions = false,
        description = { "Analyse a cycling record (any format an installed importer reads): capacity per cycle (per gram with the active mass), "
                + "coulombic efficiency, retention against a stated reference cycle, mean charge/discharge voltages, dQ/dV "
                + "(Savitzky-Golay), and for symmetric cells the overpotential envelope and time to failure.",
                "Cycles are numbered as the instrument numbers them where the file has a cycle counter (Neware and Arbin cycle index, "
                        + "EC-Lab's half-cycle counter), else paired in the order the record starts with (--pairing overrides); CE = second "
                        + "direction / first. Measured current and potential are used, never a set-point (control) column; the columns used are "
                        + "printed. A partial first or last half cycle (less than half the median of its direction) makes its cycle partial: "
                        + "left out of CE and retention unless --include-partial.",
                "Exit 0 on success, 1 when the file cannot be read or analysed, 2 for bad arguments (also a reference cycle that does "
                        + "not exist)." })
public class CyclesCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "DATA", description = "An instrument file (e.g. BioLogic .mpr/.mpt, Neware, Maccor, CSV with t/s, V/V, I/A).")
    Path data;

    @Option(names = "--mass-g", paramLabel = "M", description = "Active mass in g (else the file's, if it gives one).")
    Double massGrams;

    @Option(names = "--reference", paramLabel = "N", description = "Reference cycle of the retention (default: the first complete cycle that counts).")
    Integer reference;

    @Option(names = "--pairing", paramLabel = "P", defaultValue = "auto",
            description = "How half cycles make cycles: auto (the instrument's counter, else record), instrument, record (the order the record "
                    + "starts with), charge-first, discharge-first (default ${DEFAULT-VALUE}).")
    String pairing;

    @Option(names = "--include-partial", description = "Count partial cycles (a partial first or last half cycle) in CE and retention.")
    boolean includePartial;

    @Option(names = "--kind", paramLabel = "KIND", defaultValue = "auto", description = "auto, full or symmetric (default ${DEFAULT-VALUE}).")
    String kind;

    @Option(names = "--voltage-limit", paramLabel = "V", defaultValue = "5", description = "Symmetric cells: |V| that counts as failure (default ${DEFAULT-VALUE} V).")
    double voltageLimit;

    @Option(names = "--format", paramLabel = "ID", description = "Read with this importer (./interphase formats lists them) instead of choosing one.")
    String importer;

    @ArgGroup(exclusive = true, multiplicity = "0..1")
    Format format = new Format();

    static class Format {
        @Option(names = "--json", description = "Print JSON (keys in README.md).")
        boolean json;

        @Option(names = "--csv", description = "Print the per-cycle table as CSV.")
        boolean csv;
    }

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        CyclingAnalysis.Kind k;
        try {
            k = CyclingAnalysis.Kind.valueOf(kind.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--kind must be auto, full or symmetric (is '" + kind + "')");
        }
        CyclingAnalysis.Pairing p;
        try {
            p = CyclingAnalysis.Pairing.valueOf(pairing.toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--pairing must be auto, instrument, record, charge-first or discharge-first (is '"
                    + pairing + "')");
        }
        if (massGrams != null && !(massGrams > 0)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--mass-g must be > 0 (is " + massGrams + ")");
        }
        if (reference != null && reference < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--reference must be >= 1 (is " + reference + ")");
        }
        ImportResult read;
        try {
            InputFiles.requireData(data, "cycles");
            read = Importers.read(data, importer, Datasets::inMemory, new NullProgressMonitor());
        } catch (ImportException e) {
            throw new CommandFailure(e.getMessage());
        }
        Dataset dataset = read.dataset();
        CyclingAnalysis.Options options = CyclingAnalysis.Options.defaults().withReferenceCycle(reference == null ? 0 : reference).withKind(k)
                .withFailure(voltageLimit, CyclingAnalysis.Options.defaults().shortDrop())
                .withActiveMass(massGrams == null ? Double.NaN : massGrams * 1e-3).withPairing(p).withIncludePartial(includePartial);
        CyclingAnalysis a;
        try {
            a = CyclingAnalysis.of(dataset, options);
        } catch (AnalysisException e) {
            throw new CommandFailure(data + ": " + e.getMessage());
        } finally {
            dataset.close();
        }
        if (a.referenceProblem().isPresent()) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--reference: " + a.referenceProblem().get());
        }
        if (format.json) {
            try (Json json = new Json(out, true)) {
                json(json, read, a);
            }
            out.println();
        } else if (format.csv) {
            out.println("cycle,instrument cycle,first,partial,charge/C,discharge/C,charge/mAh g-1,discharge/mAh g-1,ce,retention,"
                    + "mean charge voltage/V,mean discharge voltage/V");
            for (Cycle c : a.cycles()) {
                out.println(c.n() + "," + csv(c.instrumentCycle()) + "," + (c.first().isCharge() ? "charge" : "discharge") + "," + c.partial() + ","
                        + c.charge() + "," + c.discharge() + "," + csv(a.perGram(c.charge())) + "," + csv(a.perGram(c.discharge())) + ","
                        + csv(c.coulombicEfficiency()) + "," + csv(a.retention(c.n())) + "," + csv(c.meanVoltage(1)) + "," + csv(c.meanVoltage(-1)));
            }
        } else {
            text(out, read, a);
        }
        out.flush();
        return a.flagged() ? ExitCodes.FLAGGED : ExitCodes.OK;
    }

    private static String csv(double v) {
        return Double.isFinite(v) ? Double.toString(v) : "";
    }

    private void json(Json json, ImportResult read, CyclingAnalysis a) throws IOException {
        json.w.beginObject();
        json.string("file", data.toAbsolutePath().normalize().toString());
        json.string("importer", read.importer().id());
        CyclingAnalysis.ColumnsUsed used = a.columnsUsed();
        json.name("columns").w.beginObject();
        json.string("time", used.time()).string("potential", used.potential()).string("current", used.current()).string("cycle", used.cycle());
        json.strings("ignored", used.ignored());
        json.w.endObject();
        json.string("pairing", a.pairingUsed());
        json.number("active_mass_kg", a.activeMass());
        json.string("kind", a.symmetric() ? "symmetric" : "full");
        json.w.name("retention_reference_cycle").value(a.referenceCycle());
        json.w.name("include_partial").value(a.options().includePartial());
        json.name("cycles").w.beginArray();
        for (Cycle c : a.cycles()) {
            json.w.beginObject();
            json.w.name("n").value(c.n());
            json.number("instrument_cycle", c.instrumentCycle());
            json.string("first", c.first().isCharge() ? "charge" : "discharge");
            json.w.name("partial").value(c.partial());
            json.name("half_cycles").w.beginArray();
            for (HalfCycle h : c.halves()) {
                json.w.value(h.index());
            }
            json.w.endArray();
            json.number("charge_C", c.charge());
            json.number("discharge_C", c.discharge());
            json.number("charge_mAh_g", a.perGram(c.charge()));
            json.number("discharge_mAh_g", a.perGram(c.discharge()));
            json.number("ce", c.coulombicEfficiency());
            json.number("retention", a.retention(c.n()));
            json.number("mean_charge_voltage_V", c.meanVoltage(1));
            json.number("mean_discharge_voltage_V", c.meanVoltage(-1));
            json.w.endObject();
        }
        json.w.endArray();
        json.name("half_cycles").w.beginArray();
        for (HalfCycle h : a.halfCycles()) {
            json.w.beginObject();
            json.w.name("index").value(h.index());
            json.w.name("cycle").value(a.cycleOf(h));
            json.string("direction", h.isCharge() ? "charge" : "discharge");
            json.w.name("partial").value(h.partial());
            json.number("start_h", h.startTime() / 3600);
            json.number("end_h", h.endTime() / 3600);
            json.number("charge_C", h.charge());
            json.number("mean_voltage_V", h.meanVoltage());
            json.number("max_abs_voltage_V", h.maxAbsVoltage());
            json.w.endObject();
        }
        json.w.endArray();
        json.name("dqdv").w.beginArray();
        for (DifferentialCapacity d : a.differentialCapacity()) {
            json.w.beginObject();
            json.w.name("half_cycle").value(d.halfCycle());
            json.w.name("cycle").value(d.cycle());
            json.string("direction", d.direction() > 0 ? "charge" : "discharge");
            json.array("voltage_V", d.voltage(), 1);
            json.array("dqdv_C_per_V", d.dqdv(), 1);
            json.number("peak_V", d.peakVoltage());
            json.w.endObject();
        }
        json.w.endArray();
        if (a.symmetric()) {
            json.array("envelope_t_h", a.envelopeTimes(), 1 / 3600.0);
            json.array("overpotential_envelope_V", a.envelope(), 1);
            CyclingAnalysis.Failure f = a.failure();
            json.number("failure_time_h", f == null ? Double.NaN : f.time() / 3600);
            json.string("failure_mode", f == null ? null : f.mode());
        } else {
            json.name("envelope_t_h").w.nullValue();
            json.name("overpotential_envelope_V").w.nullValue();
            json.name("failure_time_h").w.nullValue();
            json.name("failure_mode").w.nullValue();
        }
        json.strings("notes", a.notes());
        json.w.name("flagged").value(a.flagged());
        json.w.endObject();
    }

    private void text(PrintWriter out, ImportResult read, CyclingAnalysis a) {
        CyclingAnalysis.ColumnsUsed used = a.columnsUsed();
        boolean perGram = a.activeMass() > 0;
        out.println(data + " (" + read.importer().id() + "): " + a.halfCycles().size() + " half cycles, " + a.cycles().size() + " cycles, "
                + (a.symmetric() ? "symmetric cell" : "cell with an open-circuit voltage")
                + (perGram ? ", active mass " + Numbers.grams(a.activeMass()) : ", no active mass (give --mass-g for mAh/g)"));
        out.println("  columns: time '" + used.time() + "', potential '" + used.potential() + "', current '" + used.current() + "'"
                + (used.cycle() == null ? "" : ", cycle '" + used.cycle() + "'")
                + (used.ignored().isEmpty() ? "" : "; set-point columns not used: " + String.join(", ", used.ignored())));
        out.println("  cycles: " + a.pairingUsed());
        out.println("  cycle  first      charge/mAh  discharge/mAh  " + (perGram ? "charge/mAh g-1  discharge/mAh g-1  " : "")
                + "CE      retention (vs cycle " + a.referenceCycle() + ")  mean V ch/dis");
        for (Cycle c : a.cycles()) {
            out.printf(Locale.ROOT, "  %5d  %-9s  %10.5g  %13.5g  %s%-6s  %-24s  %s / %s%s%n", c.n(), c.first().isCharge() ? "charge" : "discharge",
                    c.charge() / 3.6, c.discharge() / 3.6,
                    perGram ? String.format(Locale.ROOT, "%14.2f  %17.2f  ", a.perGram(c.charge()), a.perGram(c.discharge())) : "",
                    fixed(c.coulombicEfficiency()), fixed(a.retention(c.n())), fixed(c.meanVoltage(1)), fixed(c.meanVoltage(-1)),
                    c.partial() ? "  (partial)" : "");
        }
        if (a.symmetric()) {
            CyclingAnalysis.Failure f = a.failure();
            out.println("  time to failure: " + (f == null ? "none (|V| stays below " + Numbers.people(a.options().voltageLimit()) + " V without abrupt drop)"
                    : String.format(Locale.ROOT, "%.2f h (%s, half cycle %d)", f.time() / 3600, f.mode(), f.halfCycle())));
        }
        a.notes().forEach(n -> out.println("  note: " + n));
    }

    private static String fixed(double v) {
        return Double.isFinite(v) ? String.format(Locale.ROOT, "%.4f", v) : "-";
    }
}
