/*
 * Copyright (c) 2026 the Interphase contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.interphase.cli.eis;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

import org.interphase.cli.ExitCodes;
import org.interphase.solver.eis.circuit.CircuitSyntaxException;
import org.interphase.solver.eis.circuit.Circuits;
import org.interphase.solver.eis.circuit.CompiledCircuit;
import org.interphase.solver.eis.circuit.Spectrum;

import com.google.gson.stream.JsonWriter;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** ./interphase impedance --circuit C --params v1,... (--freq f1,... | --data FILE [--sweep N]) [--json]: a circuit's impedance. */
@Command(name = "impedance", mixinStandardHelpOptions = true, sortOptions = false,
        description = { "Impedance of an equivalent circuit at given frequencies, or at a measured spectrum's frequencies beside the data (an overlay).",
                "JSON: {\"f\": [Hz], \"re\": [Ohm], \"im\": [Ohm]}. With --data, one object per sweep (one indented object for a single sweep, else "
                        + "one per line) with file, sweep, sweeps, z_columns, points, dropped_rows and also data_re, data_im [Ohm], residual_real, "
                        + "residual_imag ((data - model)/|data|). Parameters in SI, in the circuit's order (impedance.py: R0, Wo1_0, Wo1_1, ...).",
                "Exit 0 on success, 1 when the data file cannot be read, 2 for bad arguments or a sweep the file does not have." })
public class ImpedanceCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--circuit", required = true, description = "impedance.py string (R0-p(R1,C1)) or Boukamp CDC (R(RC)).")
    String circuit;

    @Option(names = "--params", required = true, description = "Parameter values, comma-separated, SI.")
    String params;

    @Option(names = "--freq", description = "Frequencies in Hz, comma-separated (or --data).")
    String freq;

    @Option(names = "--data", paramLabel = "FILE", description = "A measured spectrum: the circuit is evaluated at its frequencies and printed beside it.")
    java.nio.file.Path data;

    @Mixin
    PointSelection selection;

    @Option(names = "--json", description = "Print JSON.")
    boolean json;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        CompiledCircuit c;
        double[] p;
        double[] f;
        try {
            c = CompiledCircuit.of(Circuits.parse(circuit));
            p = EisArguments.numbers("--params", params);
            if ((freq == null) == (data == null)) {
                throw new EisArguments.BadArgument("give either --freq or --data");
            }
            f = freq == null ? new double[] { 1 } : EisArguments.numbers("--freq", freq);
        } catch (CircuitSyntaxException | EisArguments.BadArgument e) {
            err.println("interphase impedance: " + e.getMessage());
            return ExitCodes.USAGE;
        }
        if (p.length != c.parameterCount()) {
            err.println("interphase impedance: the circuit has " + c.parameterCount() + " parameters " + Circuits.parameterNames(c.root()) + ", but "
                    + p.length + " values were given");
            return ExitCodes.USAGE;
        }
        for (double v : f) {
            if (!(v > 0)) {
                err.println("interphase impedance: --freq: frequencies must be > 0 (" + v + ")");
                return ExitCodes.USAGE;
            }
        }
        if (data != null) {
            return overlay(c, p, out, err);
        }
        Spectrum s = c.spectrum(f, p);
        if (json) {
            JsonWriter w = new JsonWriter(out);
            w.beginObject();
            EisArguments.array(w, "f", s.f());
            EisArguments.array(w, "re", s.re());
            EisArguments.array(w, "im", s.im());
            w.endObject();
            w.flush();
            out.println();
        } else {
            out.printf(java.util.Locale.ROOT, "# %s with %s = %s%n# %-14s %-16s %-16s%n", Circuits.toImpedancePy(c.root()), Circuits.parameterNames(c.root()), EisArguments.list(p),
                    "f (Hz)", "Re Z (Ohm)", "Im Z (Ohm)");
            for (int k = 0; k < s.size(); k++) {
                out.printf(java.util.Locale.ROOT, "%-16.9g %-16.9g %-16.9g%n", s.f()[k], s.re()[k], s.im()[k]);
            }
        }
        out.flush();
        return ExitCodes.OK;
    }

    private int overlay(CompiledCircuit c, double[] p, PrintWriter out, PrintWriter err) throws java.io.IOException {
        java.util.List<PointSelection.Chosen> chosen;
        try {
            chosen = selection.read(data, err);
        } catch (EisArguments.BadArgument | PointSelection.NoSuchSweep e) {
            err.println("interphase impedance: " + e.getMessage());
            return ExitCodes.USAGE;
        }
        if (chosen == null) {
            return ExitCodes.FAILED;
        }
        int exit = ExitCodes.OK;
        for (PointSelection.Chosen one : chosen) {
            if (one.problem() != null) {
                err.println("ERROR " + one.label() + ": " + one.problem());
                exit = ExitCodes.FAILED;
                continue;
            }
            var d = one.data();
            Spectrum s = c.spectrum(d.f(), p);
            double[] rr = new double[d.size()];
            double[] ri = new double[d.size()];
            for (int k = 0; k < d.size(); k++) {
                rr[k] = (d.re()[k] - s.re()[k]) / d.modulus(k);
                ri[k] = (d.im()[k] - s.im()[k]) / d.modulus(k);
            }
            if (json) {
                JsonWriter w = new JsonWriter(out);
                if (chosen.size() == 1) {
                    w.setIndent("  ");
                }
                w.beginObject();
                one.header(w);
                EisArguments.array(w, "f", s.f());
                EisArguments.array(w, "re", s.re());
                EisArguments.array(w, "im", s.im());
                EisArguments.array(w, "data_re", d.re());
                EisArguments.array(w, "data_im", d.im());
                EisArguments.array(w, "residual_real", rr);
                EisArguments.array(w, "residual_imag", ri);
                w.endObject();
                w.flush();
                out.println();
            } else {
                out.printf(java.util.Locale.ROOT, "# %s: %s with %s = %s%n", one.label(), Circuits.toImpedancePy(c.root()), Circuits.parameterNames(c.root()),
                        EisArguments.list(p));
                one.sweeps().droppedNote().ifPresent(n -> out.println("# note: " + n));
                out.printf(java.util.Locale.ROOT, "# %-14s %-16s %-16s %-16s %-16s%n", "f (Hz)", "Re Z model", "Im Z model", "Re Z data", "Im Z data");
                for (int k = 0; k < s.size(); k++) {
                    out.printf(java.util.Locale.ROOT, "%-16.9g %-16.9g %-16.9g %-16.9g %-16.9g%n", s.f()[k], s.re()[k], s.im()[k], d.re()[k], d.im()[k]);
                }
            }
        }
        out.flush();
        return exit;
    }
}
