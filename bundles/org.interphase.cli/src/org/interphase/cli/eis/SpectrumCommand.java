/*
 * Copyright (c) 2026 the Interphase contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.interphase.cli.eis;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;

import org.interphase.cli.CommandFailure;
import org.interphase.cli.ExitCodes;
import org.interphase.cli.ModelArguments;
import org.interphase.model.Cell;
import org.interphase.model.Project;
import org.interphase.solver.SolverException;
import org.interphase.solver.eis.cell.CellCircuit;
import org.interphase.solver.eis.cell.CellCircuits;
import org.interphase.solver.eis.cell.CellSettings;
import org.interphase.solver.eis.circuit.Circuits;
import org.interphase.solver.eis.circuit.Spectrum;
import org.interphase.solver.settings.SettingsBinder;
import org.interphase.solver.settings.SettingsException;

import com.google.gson.stream.JsonWriter;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** ./interphase spectrum MODEL --cell NAME: the impedance spectrum predicted from a modelled cell. */
@Command(name = "spectrum", mixinStandardHelpOptions = true, sortOptions = false,
        description = { "Predict the impedance spectrum of a modelled cell: bulk and brick-layer grain boundary of each solid electrolyte, "
                + "each interlayer (wetted or dry, as the model says), each electrode interface (R_ct, C_dl).",
                "JSON keys: cell, circuit (impedance.py), parameters [{name, value, unit}], parts [{what, physics, r [Ohm], c [F], f [Hz], source}], "
                        + "area_m2, electrolyte_thickness_m, total_resistance (Ohm, low-frequency intercept), apparent_conductivity (S/m, L/(R A)), "
                        + "blocking, temperature_K, notes (temperature dependence of each part, validity), settings {key: value}, f [Hz], re [Ohm], im [Ohm].",
                "Conductivities and R_ct follow the cell's temperature by Arrhenius from their activation energies (the model's for the electrolyte; "
                        + "ea_interlayer, ea_rct settings), else they are temperature-independent (said in the notes). An invalid model is never "
                        + "computed (exit 1 with its validation errors).",
                "Settings without a value in the model (--set KEY=VALUE, SI or with a unit): rct_electrode_electrolyte, rct_electrode_film (calibrated "
                        + "against the paper), cdl, eps_r_interlayer, eps_r_electrolyte; see --list-settings." })
public class SpectrumCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "MODEL", arity = "0..1", description = "An .interphase model file.")
    Path model;

    @Option(names = "--cell", description = "The cell's name.")
    String cell;

    @Option(names = "--fmin", description = "Lowest frequency, Hz (default 0.01).")
    Double fMin;

    @Option(names = "--fmax", description = "Highest frequency, Hz (default 1e9).")
    Double fMax;

    @Option(names = "--points", description = "Number of log-spaced frequencies (default 111).")
    Integer points;

    @Option(names = "--set", description = "A setting, KEY=VALUE (repeatable).")
    List<String> set = new ArrayList<>();

    @Option(names = "--list-settings", description = "List the settings with their defaults and sources, then exit.")
    boolean listSettings;

    @Option(names = "--json", description = "Print JSON.")
    boolean json;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        CellSettings settings = new CellSettings();
        if (listSettings) {
            for (SettingsBinder.Descriptor d : SettingsBinder.describe(CellSettings.class)) {
                out.printf(Locale.ROOT, "%-26s %-14s %s%n    %s%n", d.key(), SettingsBinder.values(settings).get(d.key()), d.setting().label(), d.setting().source());
            }
            out.flush();
            return ExitCodes.OK;
        }
        if (model == null || cell == null) {
            err.println("interphase spectrum: give MODEL and --cell NAME");
            return ExitCodes.USAGE;
        }
        try {
            SettingsBinder.set(settings, set);
            if (fMin != null) {
                SettingsBinder.set(settings, "fmin", Double.toString(fMin));
            }
            if (fMax != null) {
                SettingsBinder.set(settings, "fmax", Double.toString(fMax));
            }
            if (points != null) {
                SettingsBinder.set(settings, "points", Integer.toString(points));
            }
            if (settings.fMin >= settings.fMax) {
                throw new SettingsException("--fmin must be below --fmax");
            }
        } catch (SettingsException e) {
            err.println("interphase spectrum: " + e.getMessage());
            return ExitCodes.USAGE;
        }
        Optional<Project> project = ModelArguments.loadValid(model, "spectrum", err);
        if (project.isEmpty()) {
            return ExitCodes.FAILED;
        }
        Optional<Cell> c = ModelArguments.cell(project.get(), cell, err);
        if (c.isEmpty()) {
            return ExitCodes.USAGE;
        }
        CellCircuit circuit;
        try {
            circuit = CellCircuits.build(c.get(), settings);
        } catch (SolverException e) {
            throw new CommandFailure(e.getMessage());
        }
        Spectrum s = circuit.spectrum(settings.fMin, settings.fMax, settings.points);
        List<String> names = Circuits.parameterNames(circuit.circuit());
        List<String> units = Circuits.parameterUnits(circuit.circuit());
        if (json) {
            JsonWriter w = new JsonWriter(out);
            w.setIndent("  ");
            w.setSerializeNulls(true);
            w.beginObject();
            w.name("cell").value(circuit.cell());
            w.name("circuit").value(circuit.circuitString());
            w.name("parameters").beginArray();
            for (int i = 0; i < names.size(); i++) {
                w.beginObject().name("name").value(names.get(i)).name("value").value(circuit.values()[i]).name("unit").value(units.get(i)).endObject();
            }
            w.endArray();
            w.name("parts").beginArray();
            for (CellCircuit.Part p : circuit.parts()) {
                w.beginObject().name("what").value(p.what()).name("physics").value(p.physics());
                w.name("r");
                EisArguments.number(w, p.resistorName() == null ? Double.NaN : p.resistance());
                w.name("c");
                EisArguments.number(w, p.capacitance());
                w.name("f");
                EisArguments.number(w, p.frequency());
                w.name("source").value(p.source()).endObject();
            }
            w.endArray();
            w.name("area_m2").value(circuit.area());
            w.name("electrolyte_thickness_m").value(circuit.electrolyteThickness());
            w.name("total_resistance").value(circuit.totalResistance());
            w.name("apparent_conductivity").value(circuit.apparentConductivity());
            w.name("blocking").value(circuit.blocking());
            w.name("temperature_K").value(circuit.temperature());
            w.name("notes").beginArray();
            for (String n : circuit.notes()) {
                w.value(n);
            }
            w.endArray();
            w.name("settings").beginObject();
            for (Map.Entry<String, String> e : SettingsBinder.values(settings).entrySet()) {
                w.name(e.getKey()).value(e.getValue());
            }
            w.endObject();
            EisArguments.array(w, "f", s.f());
            EisArguments.array(w, "re", s.re());
            EisArguments.array(w, "im", s.im());
            w.endObject();
            w.flush();
            out.println();
        } else {
            out.printf(Locale.ROOT, "cell %s: %s%n", circuit.cell(), circuit.circuitString());
            for (CellCircuit.Part p : circuit.parts()) {
                out.printf(Locale.ROOT, "  %-44s R %-12s C %-11.4g F  f %-11.4g Hz  [%s]%n", p.what(),
                        p.resistorName() == null ? "-" : String.format(Locale.ROOT, "%.5g Ohm", p.resistance()), p.capacitance(), p.frequency(), p.source());
            }
            out.printf(Locale.ROOT, "  total resistance %.6g Ohm%s; apparent conductivity L/(R A) = %.4g S/cm (L = %.4g mm, A = %.4g cm2)%n",
                    circuit.totalResistance(), circuit.blocking() ? " (before the blocking electrode's capacitive tail)" : "",
                    circuit.apparentConductivity() / 100, circuit.electrolyteThickness() * 1e3, circuit.area() * 1e4);
            out.printf(Locale.ROOT, "  at %.2f K%n", circuit.temperature());
            circuit.notes().forEach(n -> out.println("  note: " + n));
            out.printf(Locale.ROOT, "  %-14s %-16s %-16s%n", "f (Hz)", "Re Z (Ohm)", "Im Z (Ohm)");
            for (int k = 0; k < s.size(); k++) {
                out.printf(Locale.ROOT, "  %-14.6g %-16.9g %-16.9g%n", s.f()[k], s.re()[k], s.im()[k]);
            }
        }
        out.flush();
        return ExitCodes.OK;
    }
}
