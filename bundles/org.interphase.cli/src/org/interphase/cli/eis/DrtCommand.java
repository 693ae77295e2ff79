/*
 * Copyright (c) 2026 the Interphase contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.interphase.cli.eis;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.interphase.cli.ExitCodes;
import org.interphase.solver.SolverException;
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
                "JSON, one object per sweep (one indented object for a single sweep, else one object per line): file, sweep, sweeps, z_columns, "
                        + "points, dropped_rows, lambda, lambda_method (gcv|given), lambda_search [min, max] and lambda_gcv_minimum (gcv; lambda is the GCV minimum, not below 1e-5), lambda_at_bound, "
                        + "r_inf [Ohm], polarisation_resistance [Ohm], measured_tau [min, max] [s], tau [s], gamma [Ohm], "
                        + "peaks [{tau [s], r [Ohm], gamma [Ohm], f [Hz], measured}], notes; or error.",
                "Exit 0 on success, 1 when the file cannot be read or a sweep could not be analysed, 2 for bad arguments or a sweep the file does not have." })
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
        List<PointSelection.Chosen> chosen;
        try {
            chosen = selection.read(file, err);
        } catch (EisArguments.BadArgument | PointSelection.NoSuchSweep e) {
            err.println("interphase drt: " + e.getMessage());
            return ExitCodes.USAGE;
        }
        if (chosen == null) {
            return ExitCodes.FAILED;
        }
        int exit = ExitCodes.OK;
        for (PointSelection.Chosen one : chosen) {
            DrtResult r = null;
            String error = one.problem();
            if (error == null) {
                try {
                    r = Drt.compute(one.data(), new Drt.Options(l, points, 1), null);
                } catch (SolverException e) {
                    error = e.getMessage();
                }
            }
            if (r == null) {
                exit = ExitCodes.FAILED;
                err.println("ERROR " + one.label() + ": " + error);
                err.flush();
            }
            if (json) {
                JsonWriter w = new JsonWriter(out);
                if (chosen.size() == 1) {
                    w.setIndent("  ");
                }
                w.beginObject();
                one.header(w);
                if (r == null) {
                    w.name("error").value(error);
                } else {
                    w.name("lambda").value(r.lambda());
                    w.name("lambda_method").value(r.lambdaMethod());
                    if (!Double.isNaN(r.lambdaSearchMin())) {
                        w.name("lambda_search").beginArray().value(r.lambdaSearchMin()).value(r.lambdaSearchMax()).endArray();
                        w.name("lambda_gcv_minimum").value(r.lambdaGcvMinimum());
                    }
                    w.name("lambda_at_bound").value(r.lambdaAtBound());
                    w.name("r_inf").value(r.rInf());
                    w.name("polarisation_resistance").value(r.polarisationResistance());
                    w.name("measured_tau").beginArray().value(r.measuredTauMin()).value(r.measuredTauMax()).endArray();
                    EisArguments.array(w, "tau", r.tau());
                    EisArguments.array(w, "gamma", r.gamma());
                    w.name("peaks").beginArray();
                    for (DrtResult.Peak p : r.peaks()) {
                        w.beginObject().name("tau").value(p.tau()).name("r").value(p.resistance()).name("gamma").value(p.gamma()).name("f").value(p.frequency())
                                .name("measured").value(r.measured(p)).endObject();
                    }
                    w.endArray();
                    w.name("notes").beginArray();
                    for (String n : r.notes()) {
                        w.value(n);
                    }
                    w.endArray();
                }
                w.endObject();
                w.flush();
                out.println();
            } else if (r != null) {
                out.printf(Locale.ROOT, "%s: lambda %.3g (%s%s), R_inf %.6g Ohm, polarisation resistance %.6g Ohm%n", one.label(), r.lambda(), r.lambdaMethod(),
                        r.lambdaAtBound() ? ", AT A BOUND of the search" : "", r.rInf(), r.polarisationResistance());
                one.sweeps().droppedNote().ifPresent(n -> out.println("  note: " + n));
                for (String n : r.notes()) {
                    out.println("  note: " + n);
                }
                for (DrtResult.Peak p : r.peaks()) {
                    out.printf(Locale.ROOT, "  peak: tau %.4g s (f %.4g Hz), R %.5g Ohm%s%n", p.tau(), p.frequency(), p.resistance(),
                            r.measured(p) ? "" : "  (outside the measured tau range)");
                }
            }
            out.flush();
        }
        return exit;
    }
}
