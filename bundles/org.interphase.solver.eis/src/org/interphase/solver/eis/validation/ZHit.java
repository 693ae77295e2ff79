/*
 * Copyright (c) 2026 the Interphase contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.interphase.solver.eis.validation;

import java.util.Arrays;
import java.util.Comparator;
import java.util.Locale;

import org.interphase.solver.SolverException;
import org.interphase.solver.eis.data.ImpedanceData;

/**
 * Z-HIT (Ehm, Göhr, Kaus, Röseler, Schiller, ACH-Models in Chemistry 137 (2000) 145): the modulus is reconstructed
 * from the phase by the approximate Hilbert transform ln|Z(omega)| = C + (2/pi) integral phi d ln omega + gamma
 * d phi / d ln omega, gamma = -pi/6; the integral by the trapezoidal rule from the lowest frequency, the derivative by
 * differences, the constant C by least squares over all points. Data that obey Kramers-Kronig give a modulus that
 * agrees within the approximation's error (about 2 % at a resistive plateau); drift shows as larger deviations. A
 * second, independent check beside lin-KK.
 */
public final class ZHit {

    private static final double GAMMA = -Math.PI / 6;

    private ZHit() {
    }

    /** The reconstruction at the data's frequencies (in the data's order) and the relative deviations (|Z| - |Z_hit|)/|Z|. */
    public record Result(double[] f, double[] reconstructedModulus, double[] residual, double maxAbsResidual, double rmsResidual, boolean valid,
            String verdict) {
    }

    /** Runs Z-HIT; valid when the largest |deviation| is within maxResidual (e.g. 0.05). */
    public static Result test(ImpedanceData data, double maxResidual) throws SolverException {
        int n = data.size();
        if (n < 5) {
            throw new SolverException("Z-HIT needs at least 5 frequencies; " + data.source() + " has " + n);
        }
        Integer[] order = new Integer[n];
        for (int k = 0; k < n; k++) {
            order[k] = k;
        }
        Arrays.sort(order, Comparator.comparingDouble(k -> data.f()[k]));
        double[] x = new double[n];
        double[] phi = new double[n];
        double[] lnMod = new double[n];
        for (int i = 0; i < n; i++) {
            int k = order[i];
            x[i] = Math.log(2 * Math.PI * data.f()[k]);
            phi[i] = Math.atan2(data.im()[k], data.re()[k]);
            lnMod[i] = Math.log(data.modulus(k));
            if (i > 0 && !(x[i] > x[i - 1])) {
                throw new SolverException("Z-HIT needs distinct frequencies; " + data.source() + " repeats " + data.f()[k] + " Hz");
            }
        }
        double[] h = new double[n];
        double integral = 0;
        for (int i = 0; i < n; i++) {
            if (i > 0) {
                integral += 0.5 * (phi[i] + phi[i - 1]) * (x[i] - x[i - 1]);
            }
            double derivative;
            if (i == 0) {
                derivative = (phi[1] - phi[0]) / (x[1] - x[0]);
            } else if (i == n - 1) {
                derivative = (phi[n - 1] - phi[n - 2]) / (x[n - 1] - x[n - 2]);
            } else {
                // second-order difference on a non-uniform grid
                double h1 = x[i] - x[i - 1];
                double h2 = x[i + 1] - x[i];
                derivative = (phi[i + 1] * h1 * h1 - phi[i - 1] * h2 * h2 + phi[i] * (h2 * h2 - h1 * h1)) / (h1 * h2 * (h1 + h2));
            }
            h[i] = 2 / Math.PI * integral + GAMMA * derivative;
        }
        double c = 0;
        for (int i = 0; i < n; i++) {
            c += lnMod[i] - h[i];
        }
        c /= n;
        double[] mod = new double[n];
        double[] res = new double[n];
        double max = 0;
        double sum = 0;
        for (int i = 0; i < n; i++) {
            int k = order[i];
            mod[k] = Math.exp(c + h[i]);
            double m = data.modulus(k);
            res[k] = (m - mod[k]) / m;
            max = Math.max(max, Math.abs(res[k]));
            sum += res[k] * res[k];
        }
        double rms = Math.sqrt(sum / n);
        boolean valid = max <= maxResidual;
        String verdict = String.format(Locale.ROOT, "%s: the modulus reconstructed from the phase deviates by up to %.2f %% (rms %.2f %%; limit %.2f %%)",
                valid ? "valid" : "invalid", 100 * max, 100 * rms, 100 * maxResidual);
        return new Result(data.f().clone(), mod, res, max, rms, valid, verdict);
    }
}
