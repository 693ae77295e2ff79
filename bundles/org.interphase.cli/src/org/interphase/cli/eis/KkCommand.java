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
import java.util.concurrent.Callable;

import org.interphase.cli.ExitCodes;
import org.interphase.solver.SolverException;
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

/** ./interphase kk DATA [--c 0.85] [--sweep N|all|pooled] [--json]: lin-KK (Schönleber et al. 2014) and Z-HIT, per sweep. */
@Command(name = "kk", mixinStandardHelpOptions = true, sortOptions = false,
        description = { "Kramers-Kronig check of impedance spectra, two independent tests per sweep: lin-KK (Schönleber et al., Electrochim. Acta 131 "
                + "(2014) 20): M Voigt elements with log-spaced time constants, M chosen by the mu criterion (mu <= c, taken from the final run of "
                + "M with mu <= c, as Yrjänä and Bobacka 2024 do, so that a dip of mu at small M does not stop it early); and Z-HIT (the modulus "
                + "reconstructed from the phase). One failing (e.g. too few points) does not lose the other.",
                "JSON, one object per sweep (one indented object for a single sweep, else one object per line): file, sweep, sweeps, z_columns, "
                        + "points, dropped_rows (rows without impedance, e.g. of other techniques; note says so), valid (both tests), verdict, "
                        + "lin_kk {M, mu, mu_reached, mu_first_reached_at_M, pseudo_chi2, noise_estimate, max_abs_residual_real, max_abs_residual_imag, "
                        + "rms_residual_real, rms_residual_imag, low_frequency_trend, valid, verdict, capacitance, inductance, f [Hz], residual_real, "
                        + "residual_imag (relative to |Z|), mu_curve {M, mu, pseudo_chi2}} or {error}; zhit {max_abs_residual, rms_residual, valid, "
                        + "verdict, f [Hz], modulus [Ohm], residual} or {error}.",
                "Exit 0 when both tests ran on every sweep (valid or not: the verdict is the result), 1 when the file cannot be read or a test "
                        + "could not run on a sweep (the other results are still printed), 2 for bad arguments or a sweep the file does not have." })
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
        List<PointSelection.Chosen> chosen;
        try {
            chosen = selection.read(file, err);
        } catch (EisArguments.BadArgument | PointSelection.NoSuchSweep e) {
            err.println("interphase kk: " + e.getMessage());
            return ExitCodes.USAGE;
        }
        if (chosen == null) {
            return ExitCodes.FAILED;
        }
        int exit = ExitCodes.OK;
        boolean indent = chosen.size() == 1;
        for (PointSelection.Chosen one : chosen) {
            KkResult r = null;
            String kkError = one.problem();
            ZHit.Result zhit = null;
            String zhitError = one.problem();
            if (one.problem() == null) {
                try {
                    KramersKronig.Options options = new KramersKronig.Options(c, capacitance, inductance, 0, maxResidual);
                    r = plain || capacitance || inductance ? KramersKronig.test(one.data(), options, null) : KramersKronig.testAuto(one.data(), options, null);
                } catch (SolverException e) {
                    kkError = e.getMessage();
                }
                try {
                    zhit = ZHit.test(one.data(), maxResidual);
                } catch (SolverException e) {
                    zhitError = e.getMessage();
                }
            }
            if (r == null || zhit == null) {
                exit = ExitCodes.FAILED;
                err.println("ERROR " + one.label() + ": " + (r == null ? "lin-KK could not run: " + kkError : "")
                        + (r == null && zhit == null ? "; " : "") + (zhit == null ? "Z-HIT could not run: " + zhitError : ""));
                err.flush();
            }
            String verdict = verdict(r, zhit, maxResidual);
            if (json) {
                JsonWriter w = new JsonWriter(out);
                if (indent) {
                    w.setIndent("  ");
                }
                w.beginObject();
                one.header(w);
                if (r != null && zhit != null) {
                    w.name("valid").value(r.valid() && zhit.valid());
                } else {
                    w.name("valid").nullValue();
                }
                w.name("verdict").value(verdict);
                w.name("lin_kk").beginObject();
                if (r == null) {
                    w.name("error").value(kkError);
                } else {
                    linKk(w, r);
                }
                w.endObject();
                w.name("zhit").beginObject();
                if (zhit == null) {
                    w.name("error").value(zhitError);
                } else {
                    w.name("max_abs_residual");
                    EisArguments.number(w, zhit.maxAbsResidual());
                    w.name("rms_residual");
                    EisArguments.number(w, zhit.rmsResidual());
                    w.name("valid").value(zhit.valid());
                    w.name("verdict").value(zhit.verdict());
                    EisArguments.array(w, "f", zhit.f());
                    EisArguments.array(w, "modulus", zhit.reconstructedModulus());
                    EisArguments.array(w, "residual", zhit.residual());
                }
                w.endObject();
                w.endObject();
                w.flush();
                out.println();
            } else {
                out.println(one.label() + ": " + verdict);
                one.sweeps().droppedNote().ifPresent(n -> out.println("  note: " + n));
                out.println("  lin-KK " + (r == null ? "could not run: " + kkError : r.verdict()));
                out.println("  Z-HIT " + (zhit == null ? "could not run: " + zhitError : zhit.verdict()));
                if (r != null) {
                    out.printf(Locale.ROOT, "  %-14s %-14s %-14s%n", "f (Hz)", "dRe/|Z| (%)", "dIm/|Z| (%)");
                    for (int k = 0; k < r.f().length; k++) {
                        out.printf(Locale.ROOT, "  %-14.6g %-14.4f %-14.4f%n", r.f()[k], 100 * r.residualRe()[k], 100 * r.residualIm()[k]);
                    }
                }
            }
            out.flush();
        }
        return exit;
    }

    /** One line naming which test failed and by how much (against the limit of valid data). */
    static String verdict(KkResult r, ZHit.Result zhit, double limit) {
        if (r == null && zhit == null) {
            return "not tested: neither lin-KK nor Z-HIT could run";
        }
        List<String> failed = new ArrayList<>();
        List<String> passed = new ArrayList<>();
        if (r != null) {
            (r.valid() ? passed : failed).add(String.format(Locale.ROOT, "lin-KK (largest residual %.2f %% %s %.2f %%)", 100 * r.maxAbsResidual(),
                    r.valid() ? "<=" : ">", 100 * limit));
        }
        if (zhit != null) {
            (zhit.valid() ? passed : failed).add(String.format(Locale.ROOT, "Z-HIT (largest deviation %.2f %% %s %.2f %%)", 100 * zhit.maxAbsResidual(),
                    zhit.valid() ? "<=" : ">", 100 * limit));
        }
        String text;
        if (failed.isEmpty()) {
            text = "valid by " + String.join(" and ", passed);
        } else if (passed.isEmpty()) {
            text = "invalid by " + String.join(" and ", failed);
        } else {
            text = "invalid by " + String.join(" and ", failed) + "; valid by " + String.join(" and ", passed);
        }
        if (r == null) {
            text += "; lin-KK could not run";
        } else if (zhit == null) {
            text += "; Z-HIT could not run";
        }
        if (r != null && r.lowFrequencyTrend()) {
            text += "; lin-KK residuals trend at low frequencies (drift?)";
        }
        return text;
    }

    private static void linKk(JsonWriter w, KkResult r) throws java.io.IOException {
        w.name("M").value(r.m());
        w.name("mu");
        EisArguments.number(w, r.mu());
        w.name("mu_reached").value(r.muReached());
        w.name("mu_first_reached_at_M").value(r.firstCrossingM());
        w.name("pseudo_chi2");
        EisArguments.number(w, r.pseudoChiSquare());
        w.name("noise_estimate");
        EisArguments.number(w, r.noiseEstimate());
        w.name("max_abs_residual_real");
        EisArguments.number(w, r.maxAbsResidualRe());
        w.name("max_abs_residual_imag");
        EisArguments.number(w, r.maxAbsResidualIm());
        w.name("rms_residual_real");
        EisArguments.number(w, r.rmsResidualRe());
        w.name("rms_residual_imag");
        EisArguments.number(w, r.rmsResidualIm());
        w.name("low_frequency_trend").value(r.lowFrequencyTrend());
        w.name("valid").value(r.valid());
        w.name("verdict").value(r.verdict());
        w.name("capacitance").value(r.capacitance());
        w.name("inductance").value(r.inductance());
        EisArguments.array(w, "f", r.f());
        EisArguments.array(w, "residual_real", r.residualRe());
        EisArguments.array(w, "residual_imag", r.residualIm());
        w.name("mu_curve").beginObject();
        w.name("M").beginArray();
        for (int m : r.curveM()) {
            w.value(m);
        }
        w.endArray();
        EisArguments.array(w, "mu", r.curveMu());
        EisArguments.array(w, "pseudo_chi2", r.curvePseudoChiSquare());
        w.endObject();
    }
}
