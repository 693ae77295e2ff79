/*
 * Copyright (c) 2026 the Interphase contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.interphase.cli.eis;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.IntStream;

import org.interphase.cli.ExitCodes;
import org.interphase.solver.SolverException;
import org.interphase.solver.eis.circuit.CircuitSyntaxException;
import org.interphase.solver.eis.circuit.Circuits;
import org.interphase.solver.eis.circuit.Node;
import org.interphase.solver.eis.data.ImpedanceData;
import org.interphase.solver.eis.fit.CircuitFit;
import org.interphase.solver.eis.fit.EisFitSolver;
import org.interphase.solver.eis.fit.FitOptions;
import org.interphase.solver.eis.fit.FittedParameter;
import org.interphase.solver.eis.fit.Weighting;

import com.google.gson.stream.JsonWriter;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** ./interphase fit DATA... --circuit C ...: CNLS fit of one or many spectra (many: one JSON object per line). */
@Command(name = "fit", mixinStandardHelpOptions = true, sortOptions = false,
        description = { "Fit an equivalent circuit to impedance spectra (CNLS, Levenberg-Marquardt in log-parameters).",
                "JSON keys: file, circuit, weighting, points, converged, message, cost, chi2, chi2_reduced, dof, starts, first_start_cost, "
                        + "multistart_found_lower, parameters [{name, value, stderr, ci95: [lo, hi], unit, fixed, at_bound, unidentifiable}], "
                        + "correlation_names, correlation [[...]], strong_correlations, iterations. "
                        + "Numbers in SI; an undetermined stderr is null. With several DATA files the fits run on all cores and print "
                        + "one JSON object per line, in the order given.",
                "Without --guess the starting values come from the data (intercept, arcs from the DRT, low-frequency tail) and several starts are tried.",
                "Exit 0 when every fit converged, 3 when a fit is flagged (did not converge, a parameter at a bound or not identifiable: "
                        + "printed with the reason), 1 when a file could not be read or fitted, 2 for bad arguments." })
public class FitCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "DATA", arity = "1..*", description = "Spectra (any format an installed importer reads; 3-column text f, Re Z, Im Z).")
    List<Path> files = new ArrayList<>();

    @Option(names = "--circuit", required = true, description = "impedance.py string (R0-p(R1,C1)-p(R2-Wo1,C2)) or Boukamp CDC (R(RC)(R[RWo]C)).")
    String circuit;

    @Option(names = "--guess", description = "Starting values, comma-separated, SI, in the circuit's parameter order (default: guessed from the data).")
    String guess;

    @Option(names = "--weight", defaultValue = "modulus", description = "unit, modulus, proportional or sigma (default: ${DEFAULT-VALUE}).")
    String weight;

    @Option(names = "--lower", description = "Lower bounds, comma-separated (nan: the element's default, 0).")
    String lower;

    @Option(names = "--upper", description = "Upper bounds, comma-separated (inf or nan: the element's default).")
    String upper;

    @Option(names = "--fixed", split = ",", description = "Parameters held fixed: NAME=VALUE,... (e.g. Wo1_1=240).")
    List<String> fixed = new ArrayList<>();

    @Mixin
    PointSelection selection;

    @Option(names = "--global", description = "Multi-start search: also start from seeded random points one decade around the start (--starts).")
    boolean global;

    @Option(names = "--starts", defaultValue = "24", description = "Random starts of --global (default: ${DEFAULT-VALUE}).")
    int starts;

    @Option(names = "--json", description = "Print JSON (always, with several DATA files).")
    boolean json;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Node node;
        FitOptions options = new FitOptions();
        try {
            node = Circuits.parse(circuit);
            options.weighting(Weighting.of(weight)).global(global);
            if (starts < 1) {
                throw new EisArguments.BadArgument("--starts: must be >= 1 (is " + starts + ")");
            }
            options.starts(starts);
            int m = node.parameterCount();
            if (guess != null) {
                options.initial(sized("--guess", EisArguments.numbers("--guess", guess), m, node));
            }
            if (lower != null) {
                options.lower(sized("--lower", EisArguments.numbers("--lower", lower), m, node));
            }
            if (upper != null) {
                options.upper(sized("--upper", EisArguments.numbers("--upper", upper), m, node));
            }
            for (String f : fixed) {
                int eq = f.indexOf('=');
                if (eq <= 0) {
                    throw new EisArguments.BadArgument("--fixed: '" + f + "' is not NAME=VALUE");
                }
                String name = f.substring(0, eq).strip();
                if (!Circuits.parameterNames(node).contains(name)) {
                    throw new EisArguments.BadArgument("--fixed: the circuit has no parameter " + name + "; it has " + Circuits.parameterNames(node));
                }
                options.fix(name, EisArguments.numbers("--fixed " + name, f.substring(eq + 1))[0]);
            }
        } catch (CircuitSyntaxException | EisArguments.BadArgument | IllegalArgumentException e) {
            err.println("interphase fit: " + e.getMessage());
            return ExitCodes.USAGE;
        }
        boolean batch = files.size() > 1;
        String[] lines = new String[files.size()];
        int[] exits = new int[files.size()];
        IntStream.range(0, files.size()).parallel().forEach(i -> {
            StringWriter text = new StringWriter();
            StringWriter errors = new StringWriter();
            exits[i] = fitOne(files.get(i), node, options, json || batch, batch, new PrintWriter(text), new PrintWriter(errors));
            lines[i] = text.toString();
            if (!errors.toString().isEmpty()) {
                synchronized (err) {
                    err.print(errors);
                    err.flush();
                }
            }
        });
        int exit = ExitCodes.OK;
        for (int i = 0; i < lines.length; i++) {
            out.print(lines[i]);
            exit = Math.max(exit, exits[i]);
        }
        out.flush();
        return exit;
    }

    private static double[] sized(String option, double[] values, int m, Node node) throws EisArguments.BadArgument {
        if (values.length != m) {
            throw new EisArguments.BadArgument(option + ": the circuit has " + m + " parameters " + Circuits.parameterNames(node) + ", but " + values.length
                    + " values were given");
        }
        return values;
    }

    private int fitOne(Path file, Node node, FitOptions options, boolean asJson, boolean compact, PrintWriter out, PrintWriter err) {
        Optional<ImpedanceData> data = selection.read(file, err);
        if (data.isEmpty()) {
            if (compact) {
                out.println("{\"file\":\"" + file.toString().replace("\\", "\\\\").replace("\"", "\\\"") + "\",\"error\":\"cannot read the file\"}");
            }
            out.flush();
            return ExitCodes.FAILED;
        }
        CircuitFit fit;
        try {
            fit = EisFitSolver.installed().fit(node, data.get(), options, null);
        } catch (SolverException e) {
            err.println("ERROR " + file + ": " + e.getMessage());
            err.flush();
            if (compact) {
                out.println("{\"file\":\"" + file.toString().replace("\"", "\\\"") + "\",\"converged\":false,\"error\":\""
                        + e.getMessage().replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", " ") + "\"}");
            }
            return ExitCodes.FAILED;
        }
        try {
            if (asJson) {
                json(file, fit, out, !compact);
            } else {
                text(file, fit, out);
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        out.flush();
        if (fit.flagged()) {
            err.println("FLAGGED " + file + ": " + fit.message());
            err.flush();
            return ExitCodes.FLAGGED;
        }
        return ExitCodes.OK;
    }

    static void json(Path file, CircuitFit fit, PrintWriter out, boolean indent) throws IOException {
        JsonWriter w = new JsonWriter(out);
        if (indent) {
            w.setIndent("  ");
        }
        w.setSerializeNulls(true);
        w.beginObject();
        w.name("file").value(file.toString());
        w.name("circuit").value(fit.circuit());
        w.name("weighting").value(fit.weighting().key());
        w.name("points").value(fit.points());
        w.name("converged").value(fit.converged());
        w.name("message").value(fit.message());
        w.name("cost");
        EisArguments.number(w, fit.cost());
        w.name("chi2");
        EisArguments.number(w, fit.chiSquare());
        w.name("chi2_reduced");
        EisArguments.number(w, fit.reducedChiSquare());
        w.name("dof").value(fit.degreesOfFreedom());
        w.name("starts").value(fit.startsTried());
        w.name("first_start_cost");
        EisArguments.number(w, fit.firstStartCost());
        w.name("multistart_found_lower");
        if (fit.multiStart()) {
            w.value(fit.multiStartFoundLower());
        } else {
            w.nullValue();
        }
        w.name("parameters").beginArray();
        for (FittedParameter p : fit.parameters()) {
            w.beginObject().name("name").value(p.name());
            w.name("value");
            EisArguments.number(w, p.value());
            w.name("stderr");
            EisArguments.number(w, p.standardError());
            w.name("ci95").beginArray();
            EisArguments.number(w, p.lower95());
            EisArguments.number(w, p.upper95());
            w.endArray();
            w.name("unit").value(p.unit()).name("fixed").value(p.fixed()).name("at_bound").value(p.atBound()).name("unidentifiable").value(p.unidentifiable());
            w.endObject();
        }
        w.endArray();
        w.name("correlation_names").beginArray();
        for (String n : fit.correlationNames()) {
            w.value(n);
        }
        w.endArray();
        w.name("correlation").beginArray();
        for (double[] row : fit.correlation()) {
            w.beginArray();
            for (double v : row) {
                EisArguments.number(w, v);
            }
            w.endArray();
        }
        w.endArray();
        w.name("strong_correlations").beginArray();
        for (String s : fit.strongCorrelations()) {
            w.value(s);
        }
        w.endArray();
        w.name("iterations").value(fit.iterations());
        w.endObject();
        w.flush();
        out.println();
    }

    static void text(Path file, CircuitFit fit, PrintWriter out) {
        out.printf(Locale.ROOT, "%s: %s, %s weighting, %d points: %s%n", file, fit.circuit(), fit.weighting().key(), fit.points(),
                fit.converged() ? "converged" : fit.flagged() ? "FLAGGED (not converged)" : "NOT CONVERGED");
        out.printf(Locale.ROOT, "  %-10s %14s %12s   %-29s %s%n", "parameter", "value", "std. error", "95 % interval", "unit");
        for (FittedParameter p : fit.parameters()) {
            String ci = p.fixed() ? "(fixed)" : p.determined() ? String.format(Locale.ROOT, "[%.6g, %.6g]", p.lower95(), p.upper95()) : "(not determined)";
            out.printf(Locale.ROOT, "  %-10s %14.6g %12.4g   %-29s %s%s%s%n", p.name(), p.value(), p.standardError(), ci, p.unit(), p.atBound() ? "  at a bound" : "",
                    p.unidentifiable() ? "  not identifiable" : "");
        }
        out.printf(Locale.ROOT, "  cost S/2 %.6g, chi-square %.6g, reduced %.6g (%d degrees of freedom)%n", fit.cost(), fit.chiSquare(), fit.reducedChiSquare(),
                fit.degreesOfFreedom());
        out.printf(Locale.ROOT, "  %s%n", fit.multiStart() ? fit.startsTried() + " starts; the first start reached S/2 " + String.format(Locale.ROOT, "%.6g", fit.firstStartCost())
                + (fit.multiStartFoundLower() ? ", the multi-start found a lower cost" : ", no start found a lower cost") : "1 start (no multi-start)");
        out.println("  " + fit.message());
    }
}
