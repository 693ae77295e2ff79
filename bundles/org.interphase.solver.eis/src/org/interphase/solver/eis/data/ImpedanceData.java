/*
 * Copyright (c) 2026 the Interphase contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.interphase.solver.eis.data;

import java.nio.file.Path;

import org.eclipse.core.runtime.IProgressMonitor;
import org.interphase.data.Dataset;
import org.interphase.importer.ImportException;
import org.interphase.importer.ImportResult;
import org.interphase.importer.Importers;
import org.interphase.solver.eis.circuit.Spectrum;

/**
 * A measured impedance spectrum: frequencies (Hz), Re Z and Im Z (Ohm, Im signed: negative when capacitive) and,
 * when the file has them, the standard deviations of Re Z and Im Z (else null), with where it comes from.
 */
public record ImpedanceData(String source, double[] f, double[] re, double[] im, double[] sigmaRe, double[] sigmaIm) {

    public ImpedanceData {
        if (f.length != re.length || f.length != im.length) {
            throw new IllegalArgumentException("f, Re Z and Im Z have different lengths");
        }
    }

    /** A spectrum without standard deviations. */
    public ImpedanceData(String source, double[] f, double[] re, double[] im) {
        this(source, f, re, im, null, null);
    }

    /** From a spectrum. */
    public static ImpedanceData of(String source, Spectrum spectrum) {
        return new ImpedanceData(source, spectrum.f().clone(), spectrum.re().clone(), spectrum.im().clone());
    }

    /** The number of frequencies. */
    public int size() {
        return f.length;
    }

    /** True when standard deviations of Re Z and Im Z are known. */
    public boolean hasSigma() {
        return sigmaRe != null && sigmaIm != null;
    }

    /** |Z| at index k. */
    public double modulus(int k) {
        return Math.hypot(re[k], im[k]);
    }

    /** As a spectrum. */
    public Spectrum spectrum() {
        return new Spectrum(f, re, im);
    }

    /**
     * The points with fMin <= f <= fMax (NaN for no limit) and, when {@code dropPositiveImaginary}, Im Z < 0 (drops
     * inductive points, as impedance.py's ignoreBelowX does).
     */
    public ImpedanceData select(double fMin, double fMax, boolean dropPositiveImaginary) {
        int n = 0;
        boolean[] keep = new boolean[f.length];
        for (int k = 0; k < f.length; k++) {
            keep[k] = (Double.isNaN(fMin) || f[k] >= fMin) && (Double.isNaN(fMax) || f[k] <= fMax) && (!dropPositiveImaginary || im[k] < 0);
            if (keep[k]) {
                n++;
            }
        }
        double[] f2 = new double[n];
        double[] re2 = new double[n];
        double[] im2 = new double[n];
        double[] sr = hasSigma() ? new double[n] : null;
        double[] si = hasSigma() ? new double[n] : null;
        int j = 0;
        for (int k = 0; k < f.length; k++) {
            if (keep[k]) {
                f2[j] = f[k];
                re2[j] = re[k];
                im2[j] = im[k];
                if (sr != null) {
                    sr[j] = sigmaRe[k];
                    si[j] = sigmaIm[k];
                }
                j++;
            }
        }
        return new ImpedanceData(source, f2, re2, im2, sr, si);
    }

    /**
     * The spectrum in a dataset, all its sweeps' points as one ({@link Sweeps#of} then {@link Sweeps#pooled()}): the
     * columns of kind FREQUENCY, IMPEDANCE_REAL and IMPEDANCE_IMAGINARY, or, without the last two, IMPEDANCE_MODULUS and
     * IMPEDANCE_PHASE (rad); columns named like "sigma Re(Z)" / "sigma Im(Z)" are read as standard deviations; rows
     * without an impedance (frequency <= 0: other techniques of a mixed file) are left out. Readers that need one sweep
     * or the count of rows left out use {@link Sweeps}.
     *
     * @throws IllegalArgumentException naming the missing columns and the columns there are, or that no row is an EIS row
     */
    public static ImpedanceData of(String source, Dataset dataset) {
        return Sweeps.of(source, dataset, null).pooled();
    }

    /** Reads a file with the installed importers (Importers.read) and takes its spectrum. */
    public static ImpedanceData read(Path file, IProgressMonitor monitor) throws ImportException {
        return read(file, null, monitor);
    }

    /** Reads a file with the importer of this id (null or empty: the first that can) and takes its spectrum. */
    public static ImpedanceData read(Path file, String importerId, IProgressMonitor monitor) throws ImportException {
        ImportResult result = Importers.read(file, importerId == null || importerId.isBlank() ? null : importerId,
                org.interphase.data.Datasets::inMemory, monitor);
        try (Dataset dataset = result.dataset()) {
            return of(file.toString(), dataset);
        }
    }
}
