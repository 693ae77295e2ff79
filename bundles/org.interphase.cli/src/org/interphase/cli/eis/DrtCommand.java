/*
 * Copyright (c) 2026 the Interphase contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.interphase.cli.eis;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;

import org.interphase.cli.ExitCodes;
import org.interphase.solver.SolverException;
import org.interphase.solver.eis.data.ImpedanceData;
import org.interphase.solver.eis.drt.Drt;
import org.interphase.solver.eis.drt.DrtResult;

import com.google.gson.stream.JsonWriter;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** ./interphase drt DATA [--lambda auto|V] [--json]: distribution of relaxation times. */
@Command(name = "drt", mixinStandardHelpOptions = true, sortOptions = false,
        description = { "Distribution of relaxation times by Tikhonov regularisation (2nd derivative) with non-negativity (NNLS), "
                + "modulus weighting; lambda by generalised cross-validation or given.",
                "JSON keys: file, lambda, lambda_method (gcv|given), r_inf [Ohm], polarisation_resistance [Ohm], tau [s], gamma [Ohm], "
                        + "peaks [{tau [s], r [Ohm], gamma [Ohm], f [Hz]}].",
                "Exit 0 on success, 1 when the file cannot be read, 2 for bad arguments." })
public class DrtCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "DATA", description = "A spectrum (any format an installed importer reads).")
    Path file;

    @Option(names = "--lambda", defaultValue = "auto", description = "Regularisation parameter, or auto (GCV; default).")
    String lambda;

    @Option(names = "--points", defaultValue = "81", description = "Grid points in ln tau (default ${DEFAULT-VALUE}).")
    int points;

    @Mixin
    PointSelection selection;

    @Option(names = "--json", description = "Print JSON.")
    boolean json;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        double l;
        if (lambda.equalsIgnoreCase("auto")) {
            l = Double.NaN;
        } else {
            try {
                l = Double.parseDouble(lambda);
            } catch (NumberFormatException e) {
                err.println("interphase drt: --lambda: '" + lambda + "' is neither auto nor a number");
                return ExitCodes.USAGE;
            }
            if (!(l >= 0) || Double.isInfinite(l)) {
                err.println("interphase drt: --lambda must be >= 0");
                return ExitCodes.USAGE;
            }
        }
        if (points < 10 || points > 2000) {
            err.println("interphase drt: --points must lie in 10..2000");
            return ExitCodes.USAGE;
        }
        Optional<ImpedanceData> data = selection.read(file, err);
        if (data.isEmpty()) {
            return ExitCodes.FAILED;
        }
        DrtResult r;
        try {
            r = Drt.compute(data.get(), new Drt.Options(l, points, 1), null);
        } catch (SolverException e) {
            err.println("ERROR " + file + ": " + e.getMessage());
            return ExitCodes.FAILED;
        }
        if (json) {
            JsonWriter w = new JsonWriter(out);
            w.setIndent("  ");
            w.beginObject();
            w.name("file").value(file.toString());
            w.name("lambda").value(r.lambda());
            w.name("lambda_method").value(r.lambdaMethod());
            w.name("r_inf").value(r.rInf());
            w.name("polarisation_resistance").value(r.polarisationResistance());
            EisArguments.array(w, "tau", r.tau());
            EisArguments.array(w, "gamma", r.gamma());
            w.name("peaks").beginArray();
            for (DrtResult.Peak p : r.peaks()) {
                w.beginObject().name("tau").value(p.tau()).name("r").value(p.resistance()).name("gamma").value(p.gamma()).name("f").value(p.frequency()).endObject();
            }
            w.endArray();
            w.endObject();
            w.flush();
            out.println();
        } else {
            out.printf(Locale.ROOT, "%s: lambda %.3g (%s), R_inf %.6g Ohm, polarisation resistance %.6g Ohm%n", file, r.lambda(), r.lambdaMethod(), r.rInf(),
                    r.polarisationResistance());
            for (DrtResult.Peak p : r.peaks()) {
                out.printf(Locale.ROOT, "  peak: tau %.4g s (f %.4g Hz), R %.5g Ohm%n", p.tau(), p.frequency(), p.resistance());
            }
        }
        out.flush();
        return ExitCodes.OK;
    }
}
