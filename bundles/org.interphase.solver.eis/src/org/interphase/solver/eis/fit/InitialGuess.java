/*
 * Copyright (c) 2026 the Interphase contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.interphase.solver.eis.fit;

import java.util.List;

import org.interphase.solver.eis.circuit.Element;
import org.interphase.solver.eis.circuit.Node;
import org.interphase.solver.eis.data.ImpedanceData;
import org.interphase.solver.eis.elements.ParameterSpec;

/**
 * Starting values from the data when none are given: resistances share the spread of Re Z, capacitances and CPE
 * coefficients put their time constant at the frequency of the largest -Im Z, diffusion time constants at the lowest
 * frequency, exponents at their typical value. Rough by design: a fit from it may need --global.
 */
public final class InitialGuess {

    private InitialGuess() {
    }

    /** Starting values for the circuit's parameters, in its order. */
    public static double[] of(Node circuit, ImpedanceData data) {
        double minRe = Double.POSITIVE_INFINITY;
        double maxRe = Double.NEGATIVE_INFINITY;
        double peak = Double.NEGATIVE_INFINITY;
        double fPeak = 1;
        double fMin = Double.POSITIVE_INFINITY;
        for (int k = 0; k < data.size(); k++) {
            minRe = Math.min(minRe, data.re()[k]);
            maxRe = Math.max(maxRe, data.re()[k]);
            fMin = Math.min(fMin, data.f()[k]);
            if (-data.im()[k] > peak) {
                peak = -data.im()[k];
                fPeak = data.f()[k];
            }
        }
        List<Element> elements = circuit.elements();
        long resistive = elements.stream().filter(e -> e.type().parameters().get(0).unit().equals("Ohm")).count();
        double span = Math.max(maxRe - Math.max(minRe, 0), Math.abs(maxRe) * 1e-3 + 1e-12);
        double r = span / Math.max(resistive, 1);
        double omegaPeak = 2 * Math.PI * fPeak;
        double[] guess = new double[circuit.parameterCount()];
        int i = 0;
        boolean first = true;
        for (Element e : elements) {
            for (ParameterSpec spec : e.type().parameters()) {
                double v;
                switch (spec.unit()) {
                case "Ohm" -> {
                    v = first && e.type().symbol().equals("R") && minRe > 0 ? minRe : r;
                    first = false;
                }
                case "F", "Ohm^-1 s^a" -> v = 1 / (omegaPeak * r);
                case "s" -> v = spec.name().equals("tau") && e.type().symbol().startsWith("W") ? 1 / (2 * Math.PI * fMin) : 1 / omegaPeak;
                case "Ohm s^-1/2" -> v = r * Math.sqrt(2 * Math.PI * fMin);
                default -> v = spec.typical();
                }
                guess[i++] = v > 0 && Double.isFinite(v) ? v : spec.typical();
            }
        }
        return guess;
    }
}
