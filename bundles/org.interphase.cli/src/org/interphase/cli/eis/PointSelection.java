/*
 * Copyright (c) 2026 the Interphase contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.interphase.cli.eis;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;

import org.interphase.solver.eis.data.ImpedanceData;

import picocli.CommandLine.Option;

/** The options that choose which points of a spectrum a command uses (a picocli mixin of fit, kk and drt). */
final class PointSelection {

    @Option(names = "--fmin", description = "Lowest frequency used, Hz.")
    Double fMin;

    @Option(names = "--fmax", description = "Highest frequency used, Hz.")
    Double fMax;

    @Option(names = "--drop-positive-imag", description = "Drop points with Im Z >= 0 (inductive).")
    boolean dropPositive;

    /** The spectrum in the file, restricted to these points; empty after printing "ERROR file: reason". */
    Optional<ImpedanceData> read(Path file, PrintWriter err) {
        return EisArguments.read(file, fMin, fMax, dropPositive, err);
    }
}
