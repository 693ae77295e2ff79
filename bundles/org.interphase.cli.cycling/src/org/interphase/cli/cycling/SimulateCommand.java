/*
 * Copyright (c) 2026 the Interphase contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.interphase.cli.cycling;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.Callable;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.interphase.data.Column;
import org.interphase.data.Datasets;
import org.interphase.data.QuantityKind;
import org.interphase.cli.CommandFailure;
import org.interphase.cli.ExitCodes;
import org.interphase.cli.Numbers;
import org.interphase.cli.ModelArguments;
import org.interphase.model.Cell;
import org.interphase.model.Project;
import org.interphase.model.validation.ModelLabels;
import org.interphase.solver.CellSettings;
import org.interphase.solver.CellSolver;
import org.interphase.solver.Provenance;
import org.interphase.solver.Solver;
import org.interphase.solver.SolverException;
import org.interphase.solver.SolverResult;
import org.interphase.solver.Solvers;
import org.interphase.solver.cycling.FullCellResult;
import org.interphase.solver.cycling.FullCellResult.Cycle;
import org.interphase.solver.cycling.FullCellSettings;
import org.interphase.solver.cycling.FullCellSolver;
import org.interphase.solver.cycling.LsvResult;
import org.interphase.solver.cycling.SymmetricResult;
import org.interphase.solver.cycling.SymmetricSettings;
import org.interphase.solver.cycling.protocol.Protocol;
import org.interphase.solver.cycling.protocol.ProtocolException;
import org.interphase.solver.mci.MciResult;
import org.interphase.solver.mci.MciSettings;
import org.interphase.solver.settings.SettingsBinder;
import org.interphase.solver.settings.SettingsException;

import picocli.CommandLine;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * ./interphase simulate MODEL --cell NAME --solver mci|symmetric|fullcell|lsv [--set KEY=VALUE ...] [--protocol "..."]
 * [--hours H] [--json | --csv]: runs a cell solver on a cell of the model. JSON keys (SI, unit suffixes in the names):
 *
 * <pre>
 * mci:       {"solver", "cell", "t_h", "thickness_m", "asr_ohm_m2", "protection_factor", "interphase_class",
 *             "sides": [{"electrode", "interphase_class", "reaction", "reason", "electrode_potential_V", "stability_window_V",
 *                        "thickness_m", "asr_ohm_m2", "protection_factor", "driving_voltage_V", "parabolic_rate_constant_m2_s",
 *                        "initial_growth_rate_m_s", "method"}], "consumed_at_h", "notes", "provenance"}
 * symmetric: {"solver", "cell", "failure_time_h", "failure_mode", "t_h", "voltage_V", "overpotential_envelope_V", "envelope_t_h",
 *             "asr_ohm_m2", "current_density_A_m2", "half_cycle_h", "initial_asr_ohm_m2", "notes", "provenance"}
 * fullcell:  {"solver", "cell", "cycles": [{"n", "charge_mAh_g", "discharge_mAh_g", "ce", "retention", "mean_charge_voltage_V",
 *             "mean_discharge_voltage_V", "mid_charge_voltage_V", "mid_discharge_voltage_V"}], "retention_reference_cycle",
 *             "active_mass_kg", "one_c_A", "t_h", "voltage_V", "current_A", "notes", "provenance"}
 * lsv:       {"solver", "cell", "limit_V", "threshold_A_m2", "reduction_limit_V", "thermodynamic_window_V", "potential_V",
 *             "current_A_m2", "t_s", "notes", "provenance"}
 * provenance: {"solver", "version", "date", "inputs", "settings": {key: "value unit (where from)"}}
 * </pre>
 *
 * Unknown numbers (no failure, no limit within the sweep) are null.
 */
@Command(name = "simulate", mixinStandardHelpOptions = true, sortOptions = false,
        description = { "Simulate a cell of a model: interphase growth (mci), stripping/plating of a symmetric cell (symmetric), "
                + "a full cell through a protocol (fullcell), or a voltammetric sweep (lsv).",
                "Parameters default to the model's values and the documented defaults (--list-settings); --set KEY=VALUE overrides one, "
                        + "with a unit quoted or not: --set sigma_e_mci=1e-5 S/cm. Without --json or --csv a summary is printed.",
                "The model must pass validation (interphase validate): an invalid model is never computed (exit 1 with its errors).",
                "Exit 0 on success, 1 when the model cannot be read, is invalid, or the solver fails, 2 for bad arguments." })
public class SimulateCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "MODEL", arity = "0..1", description = "An .interphase model file.")
    Path model;

    @Option(names = "--cell", paramLabel = "NAME", description = "The cell's name in the model (required unless --list-settings).")
    String cellName;

    @Option(names = "--solver", required = true, paramLabel = "ID", description = "mci, symmetric, fullcell or lsv.")
    String solverId;

    @Option(names = "--set", paramLabel = "KEY=VALUE", description = "Override a setting (repeatable); see --list-settings.")
    List<String> assignments = new ArrayList<>();

    @Option(names = "--protocol", paramLabel = "TEXT", description = "fullcell: the protocol, e.g. \"(Charge at 0.1C until 4.0 V; Discharge at 0.1C until 2.5 V) x 20\".")
    String protocol;

    @Option(names = "--hours", paramLabel = "H", description = "Simulated time in hours (mci, symmetric: the duration; fullcell: the longest time).")
    Double hours;

    @Option(names = "--list-settings", description = "List the solver's settings with their defaults, units and sources, and exit.")
    boolean listSettings;

    @ArgGroup(exclusive = true, multiplicity = "0..1")
    Format format = new Format();

    static class Format {
        @Option(names = "--json", description = "Print JSON (keys in README.md).")
        boolean json;

        @Option(names = "--csv", description = "Print the result's series as CSV (SI units in the header).")
        boolean csv;
    }

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Optional<Solver<?, ?>> found = Solvers.find(solverId);
        if (found.isEmpty() || !(found.get() instanceof CellSolver<?, ?>)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "unknown solver '" + solverId + "'; the cell solvers are "
                    + Solvers.all().stream().filter(CellSolver.class::isInstance).map(Solver::id).toList());
        }
        @SuppressWarnings("unchecked")
        CellSolver<CellSettings, SolverResult> solver = (CellSolver<CellSettings, SolverResult>) found.get();
        if (listSettings) {
            listSettings(solver, out);
            return ExitCodes.OK;
        }
        if (model == null || cellName == null) {
            throw new CommandLine.ParameterException(spec.commandLine(), model == null ? "Missing required parameter: 'MODEL'"
                    : "Missing required option: '--cell=NAME'");
        }
        Optional<Project> project = ModelArguments.loadValid(model, "simulate", err);
        if (project.isEmpty()) {
            return ExitCodes.FAILED;
        }
        Cell cell = project.get().getCells().stream().filter(c -> cellName.equals(c.getName())).findFirst().orElse(null);
        if (cell == null) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--cell: no cell named '" + cellName + "' in " + model + "; its cells are "
                    + project.get().getCells().stream().map(c -> "'" + c.getName() + "'").toList());
        }
        Optional<String> unsuitable = solver.unsuitable(cell);
        if (unsuitable.isPresent()) {
            throw new CommandLine.ParameterException(spec.commandLine(), "the " + solverId + " solver cannot simulate cell '" + cellName + "': "
                    + unsuitable.get());
        }
        CellSettings settings = solver.defaultSettings(cell);
        try {
            SettingsBinder.set(settings, assignments);
        } catch (SettingsException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--set " + e.getMessage());
        }
        applyProtocolAndHours(settings, cell);
        SolverResult result;
        try {
            result = solver.solve(settings, new NullProgressMonitor());
        } catch (SolverException e) {
            throw new CommandFailure(e.getMessage());
        }
        if (format.json) {
            try (Json json = new Json(out, true)) {
                json(json, cell, result);
            }
            out.println();
        } else if (format.csv) {
            csv(out, result);
        } else {
            text(out, cell, result);
        }
        out.flush();
        return ExitCodes.OK;
    }

    private void applyProtocolAndHours(CellSettings settings, Cell cell) {
        if (protocol != null) {
            if (!(settings instanceof FullCellSettings full)) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--protocol is for the fullcell solver, not " + solverId);
            }
            full.protocol = protocol;
        }
        if (settings instanceof FullCellSettings full) {
            try {
                Protocol.parse(FullCellSolver.protocolText(full, cell));
            } catch (ProtocolException e) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--protocol: " + e.getMessage());
            }
        }
        if (hours != null) {
            if (!(hours > 0)) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--hours must be > 0 (is " + hours + ")");
            }
            double seconds = hours * 3600;
            if (settings instanceof MciSettings mci) {
                mci.duration = seconds;
            } else if (settings instanceof SymmetricSettings symmetric) {
                symmetric.duration = seconds;
            } else if (settings instanceof FullCellSettings full) {
                full.duration = seconds;
            } else {
                throw new CommandLine.ParameterException(spec.commandLine(), "--hours does not apply to the " + solverId
                        + " solver (its time is set by the sweep)");
            }
        }
    }

    private static void listSettings(CellSolver<?, ?> solver, PrintWriter out) {
        out.println(solver.id() + ": " + solver.name() + ". " + solver.description());
        for (SettingsBinder.Descriptor d : SettingsBinder.describe(solver.settingsType())) {
            Object value = SettingsBinder.get(solver.defaultSettings(), d);
            String shown = value == null ? "(from the model)" : value instanceof Double v ? Numbers.people(v) : String.valueOf(value);
            out.printf("  %-26s %s [%s%s]%n", d.key(), d.setting().label(), shown, d.setting().unit().isEmpty() || value == null ? "" : " " + d.setting().unit());
            if (!d.setting().description().isEmpty()) {
                out.println("      " + d.setting().description());
            }
            if (!d.setting().source().isEmpty()) {
                out.println("      source: " + d.setting().source());
            }
        }
    }

    // ------------------------------------------------------------------------------------------------ JSON

    private void json(Json json, Cell cell, SolverResult result) throws IOException {
        json.w.beginObject();
        json.string("solver", solverId).string("cell", cell.getName());
        if (result instanceof MciResult r) {
            json.array("t_h", r.times(), 1 / 3600.0);
            json.array("thickness_m", r.thickness(), 1);
            json.array("asr_ohm_m2", r.asr(), 1);
            json.number("protection_factor", r.protectionFactor());
            json.string("interphase_class", r.interphaseClass().label());
            json.name("sides").w.beginArray();
            for (MciResult.Side side : r.sides()) {
                json.w.beginObject();
                json.string("electrode", side.label()).string("interphase_class", side.interphaseClass().label())
                        .string("reaction", side.reaction().name().toLowerCase(Locale.ROOT)).string("reason", side.reason());
                json.number("electrode_potential_V", side.electrodePotential());
                json.name("stability_window_V");
                if (side.window() == null) {
                    json.w.nullValue();
                } else {
                    json.w.beginArray().value(side.window().reduction()).value(side.window().oxidation()).endArray();
                }
                if (side.grows()) {
                    json.array("thickness_m", side.thickness(), 1);
                    json.array("asr_ohm_m2", side.asr(), 1);
                    json.number("driving_voltage_V", side.kinetics().parameters().drivingVoltage());
                    json.number("parabolic_rate_constant_m2_s", side.kinetics().parameters().parabolicRateConstant());
                    json.number("initial_growth_rate_m_s", side.kinetics().rate(side.kinetics().parameters().initialThickness()));
                    json.string("method", side.method());
                } else {
                    json.name("thickness_m").w.nullValue();
                    json.name("asr_ohm_m2").w.nullValue();
                }
                json.number("protection_factor", side.protectionFactor());
                json.w.endObject();
            }
            json.w.endArray();
            json.number("consumed_at_h", r.consumedAt() / 3600);
            json.strings("notes", r.notes());
        } else if (result instanceof SymmetricResult r) {
            json.number("failure_time_h", r.failureTime() / 3600);
            json.string("failure_mode", r.failureMode() == null ? null : r.failureMode().label());
            json.array("t_h", r.times(), 1 / 3600.0);
            json.array("voltage_V", r.voltage(), 1);
            json.array("overpotential_envelope_V", r.envelope(), 1);
            json.array("envelope_t_h", r.envelopeTimes(), 1 / 3600.0);
            json.array("asr_ohm_m2", r.asr(), 1);
            json.number("current_density_A_m2", r.currentDensity());
            json.number("half_cycle_h", r.halfCycle() / 3600);
            json.number("initial_asr_ohm_m2", r.initialAsr());
            json.strings("notes", r.notes());
        } else if (result instanceof FullCellResult r) {
            json.name("cycles").w.beginArray();
            for (Cycle c : r.cycles()) {
                json.w.beginObject();
                json.w.name("n").value(c.n());
                json.number("charge_mAh_g", Cycle.perGram(c.charge(), r.activeMass()));
                json.number("discharge_mAh_g", Cycle.perGram(c.discharge(), r.activeMass()));
                json.number("ce", c.coulombicEfficiency());
                json.number("retention", r.retention(c.n()));
                json.number("mean_charge_voltage_V", c.meanChargeVoltage());
                json.number("mean_discharge_voltage_V", c.meanDischargeVoltage());
                json.number("mid_charge_voltage_V", c.midChargeVoltage());
                json.number("mid_discharge_voltage_V", c.midDischargeVoltage());
                json.w.endObject();
            }
            json.w.endArray();
            json.w.name("retention_reference_cycle").value(r.retentionReference());
            json.number("active_mass_kg", r.activeMass());
            json.number("one_c_A", r.oneC());
            json.array("t_h", r.times(), 1 / 3600.0);
            json.array("voltage_V", r.voltage(), 1);
            json.array("current_A", r.current(), 1);
            json.strings("notes", r.notes());
        } else if (result instanceof LsvResult r) {
            json.number("limit_V", r.oxidationLimit());
            json.number("threshold_A_m2", r.threshold());
            json.number("reduction_limit_V", r.reductionLimit());
            json.name("thermodynamic_window_V").w.beginArray().value(r.thermodynamicReduction()).value(r.thermodynamicOxidation()).endArray();
            json.array("potential_V", r.potential(), 1);
            json.array("current_A_m2", r.current(), 1);
            json.array("t_s", r.times(), 1);
            json.strings("notes", r.notes());
        }
        Provenance p = result.provenance();
        json.provenance(new Provenance(p.solverId(), p.softwareVersion(), p.date(), p.inputs(), new TreeMap<>(p.settings())));
        json.w.endObject();
    }

    // ------------------------------------------------------------------------------------------------ CSV and text

    private static void csv(PrintWriter out, SolverResult result) {
        List<Column> columns = result.series().stream().map(s -> Datasets.column(s.name(), s.unit(), QuantityKind.OTHER, s.values())).toList();
        try {
            Datasets.writeCsv(columns, c -> c.unit().isEmpty() ? c.name() : c.name() + "/" + c.unit(), out);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e); // a PrintWriter does not throw
        }
    }

    private void text(PrintWriter out, Cell cell, SolverResult result) {
        out.println(solverId + " on cell '" + cell.getName() + "'");
        for (SolverResult.Scalar s : result.scalars()) {
            out.println("  " + s.name() + ": " + people(s.value(), s.unit()));
        }
        if (result instanceof MciResult r) {
            for (MciResult.Side side : r.sides()) {
                out.println("  " + side.label() + ": " + side.interphaseClass().label() + " - " + side.reason());
            }
            r.notes().forEach(n -> out.println("  note: " + n));
        } else if (result instanceof FullCellResult r) {
            out.println("  cycle  charge/mAh g-1  discharge/mAh g-1  CE      retention (vs cycle " + r.retentionReference() + ")");
            for (Cycle c : r.cycles()) {
                out.printf(Locale.ROOT, "  %5d  %14.2f  %17.2f  %.4f  %.4f%n", c.n(), Cycle.perGram(c.charge(), r.activeMass()),
                        Cycle.perGram(c.discharge(), r.activeMass()), c.coulombicEfficiency(), r.retention(c.n()));
            }
            r.notes().forEach(n -> out.println("  note: " + n));
        } else if (result instanceof SymmetricResult r) {
            r.notes().forEach(n -> out.println("  note: " + n));
        } else if (result instanceof LsvResult r) {
            r.notes().forEach(n -> out.println("  note: " + n));
        }
    }

    /** A scalar for people: SI, with hours beside long times and mAh/g for specific capacities. */
    static String people(double value, String unit) {
        if (!Double.isFinite(value)) {
            return "none";
        }
        String si = Numbers.withUnit(value, unit);
        return switch (unit) {
        case "s" -> value >= 3600 ? si + " (" + Numbers.people(value / 3600) + " h)" : si;
        case "C/kg" -> Numbers.people(value / 3600) + " mAh/g";
        default -> si;
        };
    }
}
