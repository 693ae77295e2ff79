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
import org.interphase.solver.eis.validation.KkResult;
import org.interphase.solver.eis.validation.KramersKronig;
import org.interphase.solver.eis.validation.ZHit;

import com.google.gson.stream.JsonWriter;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** ./interphase kk DATA [--c 0.85] [--json]: the lin-KK test of Schönleber et al. 2014. */
@Command(name = "kk", mixinStandardHelpOptions = true, sortOptions = false,
        description = { "Kramers-Kronig check of an impedance spectrum (lin-KK, Schönleber et al., Electrochim. Acta 131 (2014) 20): "
                + "M Voigt elements with log-spaced time constants are added until mu <= c; the residuals tell whether the data are valid.",
                "JSON keys: file, M, mu, mu_reached, max_abs_residual_real, max_abs_residual_imag, rms_residual_real, rms_residual_imag, "
                        + "valid, verdict, capacitance, inductance (whether the KK model had them), f [Hz], residual_real, residual_imag (relative to |Z|); zhit {max_abs_residual, rms_residual, valid, "
                        + "verdict, modulus [Ohm]}: the modulus reconstructed from the phase (Z-HIT, Ehm et al. 2000) as a second check.",
                "Exit 0 whether valid or not (the verdict is the result), 1 when the file cannot be read, 2 for bad arguments." })
public class KkCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "DATA", description = "A spectrum (any format an installed importer reads).")
    Path file;

    @Option(names = "--c", defaultValue = "0.85", description = "mu threshold (default ${DEFAULT-VALUE}, Schönleber).")
    double c;

    @Option(names = "--max-residual", defaultValue = "0.05", description = "Largest |residual|/|Z| of valid data (default ${DEFAULT-VALUE}).")
    double maxResidual;

    @Option(names = "--capacitance", description = "Always add a series capacitance to the KK model (blocking electrodes, diffusion tails).")
    boolean capacitance;

    @Option(names = "--inductance", description = "Always add a series inductance to the KK model (cables at high frequency).")
    boolean inductance;

    @Option(names = "--plain", description = "Only the model asked for (default: also try a series capacitance and inductance, "
            + "both Kramers-Kronig-compliant, and keep the variant with the smallest residuals).")
    boolean plain;

    @Mixin
    PointSelection selection;

    @Option(names = "--json", description = "Print JSON.")
    boolean json;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (!(c > 0 && c < 1) || !(maxResidual > 0)) {
            err.println("interphase kk: --c must lie in (0, 1) and --max-residual be > 0");
            return ExitCodes.USAGE;
        }
        Optional<ImpedanceData> data = selection.read(file, err);
        if (data.isEmpty()) {
            return ExitCodes.FAILED;
        }
        KkResult r;
        ZHit.Result zhit;
        try {
            KramersKronig.Options options = new KramersKronig.Options(c, capacitance, inductance, 0, maxResidual);
            r = plain || capacitance || inductance ? KramersKronig.test(data.get(), options, null) : KramersKronig.testAuto(data.get(), options, null);
            zhit = ZHit.test(data.get(), maxResidual);
        } catch (SolverException e) {
            err.println("ERROR " + file + ": " + e.getMessage());
            return ExitCodes.FAILED;
        }
        if (json) {
            JsonWriter w = new JsonWriter(out);
            w.setIndent("  ");
            w.beginObject();
            w.name("file").value(file.toString());
            w.name("M").value(r.m());
            w.name("mu");
            EisArguments.number(w, r.mu());
            w.name("mu_reached").value(r.muReached());
            w.name("max_abs_residual_real");
            EisArguments.number(w, r.maxAbsResidualRe());
            w.name("max_abs_residual_imag");
            EisArguments.number(w, r.maxAbsResidualIm());
            w.name("rms_residual_real");
            EisArguments.number(w, r.rmsResidualRe());
            w.name("rms_residual_imag");
            EisArguments.number(w, r.rmsResidualIm());
            w.name("valid").value(r.valid());
            w.name("verdict").value(r.verdict());
            w.name("capacitance").value(r.capacitance());
            w.name("inductance").value(r.inductance());
            EisArguments.array(w, "f", r.f());
            EisArguments.array(w, "residual_real", r.residualRe());
            EisArguments.array(w, "residual_imag", r.residualIm());
            w.name("zhit").beginObject();
            w.name("max_abs_residual");
            EisArguments.number(w, zhit.maxAbsResidual());
            w.name("rms_residual");
            EisArguments.number(w, zhit.rmsResidual());
            w.name("valid").value(zhit.valid());
            w.name("verdict").value(zhit.verdict());
            EisArguments.array(w, "modulus", zhit.reconstructedModulus());
            w.endObject();
            w.endObject();
            w.flush();
            out.println();
        } else {
            out.println(file + ": lin-KK " + r.verdict());
            out.println(file + ": Z-HIT " + zhit.verdict());
            out.printf(Locale.ROOT, "  %-14s %-14s %-14s%n", "f (Hz)", "dRe/|Z| (%)", "dIm/|Z| (%)");
            for (int k = 0; k < r.f().length; k++) {
                out.printf(Locale.ROOT, "  %-14.6g %-14.4f %-14.4f%n", r.f()[k], 100 * r.residualRe()[k], 100 * r.residualIm()[k]);
            }
        }
        out.flush();
        return ExitCodes.OK;
    }
}
