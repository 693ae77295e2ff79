/*
 * Copyright (c) 2026 the Interphase contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.interphase.solver.eis.cell;

import java.util.List;

import org.interphase.solver.eis.circuit.Circuits;
import org.interphase.solver.eis.circuit.CompiledCircuit;
import org.interphase.solver.eis.circuit.Node;
import org.interphase.solver.eis.circuit.Spectrum;

/**
 * The equivalent circuit of a modelled cell with its parameter values (impedance.py order), what each part stands for,
 * the resistive total (the low-frequency real-axis intercept before a blocking electrode's capacitive tail), and the
 * apparent conductivity L_SE/(R_total A) that a measurement of it would report (what Tolganbek 2022 quotes).
 */
public record CellCircuit(String cell, Node circuit, double[] values, List<Part> parts, double area, double electrolyteThickness,
        double totalResistance, boolean blocking, double temperature, List<String> notes) {

    /**
     * One part: the layer or interface, what it is, its element names, R (Ohm; 0 for a pure capacitance), C (F), their
     * relaxation frequency (Hz; NaN without R) and where the values come from.
     */
    public record Part(String what, String physics, String resistorName, String capacitorName, double resistance, double capacitance,
            double frequency, String source) {
    }

    /** The circuit in impedance.py form. */
    public String circuitString() {
        return Circuits.toImpedancePy(circuit);
    }

    /** sigma_app = L_SE/(R_total A), S/m. */
    public double apparentConductivity() {
        return Conductivity.of(electrolyteThickness, totalResistance, area);
    }

    /** The predicted spectrum from fMax down to fMin, n log-spaced points. */
    public Spectrum spectrum(double fMin, double fMax, int n) {
        return CompiledCircuit.of(circuit).spectrum(Spectrum.logFrequencies(fMax, fMin, n), values);
    }
}
