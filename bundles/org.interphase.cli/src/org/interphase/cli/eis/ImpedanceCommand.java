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
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** ./interphase impedance --circuit C --params v1,... --freq f1,... [--json]: a circuit's impedance. */
@Command(name = "impedance", mixinStandardHelpOptions = true,
        description = { "Impedance of an equivalent circuit at given frequencies.",
                "JSON: {\"f\": [Hz], \"re\": [Ohm], \"im\": [Ohm]}. Parameters in SI, in the circuit's order (impedance.py: R0, Wo1_0, Wo1_1, ...)." })
public class ImpedanceCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--circuit", required = true, description = "impedance.py string (R0-p(R1,C1)) or Boukamp CDC (R(RC)).")
    String circuit;

    @Option(names = "--params", required = true, description = "Parameter values, comma-separated, SI.")
    String params;

    @Option(names = "--freq", required = true, description = "Frequencies in Hz, comma-separated.")
    String freq;

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
            f = EisArguments.numbers("--freq", freq);
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
}
