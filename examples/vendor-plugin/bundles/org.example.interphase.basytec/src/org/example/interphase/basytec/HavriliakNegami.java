/*
 * Copyright (c) 2026 the Interphase contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.example.interphase.basytec;

import java.util.List;

import org.interphase.solver.eis.elements.ElementType;
import org.interphase.solver.eis.elements.ParameterSpec;

/**
 * The Havriliak-Negami relaxation as an impedance element: Z = R / (1 + (j omega tau)^alpha)^beta. With beta = 1 it is
 * the Cole-Cole form (a ZARC with tau^alpha = R Q); with alpha = beta = 1 an ideal RC. Symbol "HN" in circuit strings,
 * e.g. {@code R0-HN1}. Contributed as an OSGi service (OSGI-INF/havriliak-negami.xml); derivatives come from
 * Interphase's default central differences.
 */
public final class HavriliakNegami implements ElementType {

    private static final List<ParameterSpec> PARAMETERS = List.of(
            ParameterSpec.positive("R", "relaxation strength (resistance at omega -> 0)", "Ohm", 100),
            ParameterSpec.positive("tau", "relaxation time", "s", 1e-4),
            ParameterSpec.exponent("a", "symmetric broadening exponent alpha", 0.9),
            ParameterSpec.exponent("b", "asymmetry exponent beta", 0.8));

    @Override
    public String symbol() {
        return "HN";
    }

    @Override
    public String cdcSymbol() {
        return "Hn";
    }

    @Override
    public String description() {
        return "Havriliak-Negami relaxation, R / (1 + (j omega tau)^a)^b";
    }

    @Override
    public List<ParameterSpec> parameters() {
        return PARAMETERS;
    }

    @Override
    public void impedance(double omega, double[] p, int offset, double[] out) {
        double r = p[offset];
        double tau = p[offset + 1];
        double alpha = p[offset + 2];
        double beta = p[offset + 3];
        // (j omega tau)^alpha = (omega tau)^alpha (cos(alpha pi/2) + j sin(alpha pi/2))
        double magnitude = Math.pow(omega * tau, alpha);
        double re = 1 + magnitude * Math.cos(alpha * Math.PI / 2);
        double im = magnitude * Math.sin(alpha * Math.PI / 2);
        // (re + j im)^beta in polar form; Z = R / that
        double modulus = Math.pow(Math.hypot(re, im), beta);
        double phase = beta * Math.atan2(im, re);
        out[0] = r / modulus * Math.cos(phase);
        out[1] = -r / modulus * Math.sin(phase);
    }
}
