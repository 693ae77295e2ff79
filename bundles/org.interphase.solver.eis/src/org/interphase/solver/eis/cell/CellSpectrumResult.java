/*
 * Copyright (c) 2026 the Interphase contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.interphase.solver.eis.cell;

import java.util.ArrayList;
import java.util.List;

import org.interphase.solver.Provenance;
import org.interphase.solver.SolverResult;
import org.interphase.solver.eis.circuit.Spectrum;

/**
 * The impedance spectrum predicted for a modelled cell (series f in Hz, Re Z and Im Z in Ohm, Im Z signed) with its
 * circuit: the resistive total, the apparent conductivity L/(R A) a measurement would report, and one row per part
 * (layer or interface) with R, C and relaxation frequency.
 */
public record CellSpectrumResult(CellCircuit circuit, Spectrum spectrum, Provenance provenance) implements SolverResult {

    @Override
    public List<Scalar> scalars() {
        List<Scalar> scalars = new ArrayList<>();
        scalars.add(new Scalar("total resistance", circuit.totalResistance(), "Ohm"));
        scalars.add(new Scalar("apparent conductivity", circuit.apparentConductivity(), "S/m"));
        scalars.add(new Scalar("area", circuit.area(), "m2"));
        scalars.add(new Scalar("electrolyte thickness", circuit.electrolyteThickness(), "m"));
        scalars.add(new Scalar("temperature", circuit.temperature(), "K"));
        return scalars;
    }

    @Override
    public List<Series> series() {
        return List.of(new Series("f", "Hz", spectrum.f()), new Series("Re Z", "Ohm", spectrum.re()), new Series("Im Z", "Ohm", spectrum.im()));
    }

    @Override
    public List<Table> tables() {
        int n = circuit.parts().size();
        double[] index = new double[n];
        double[] r = new double[n];
        double[] c = new double[n];
        double[] f = new double[n];
        for (int i = 0; i < n; i++) {
            CellCircuit.Part p = circuit.parts().get(i);
            index[i] = i + 1;
            r[i] = p.resistorName() == null ? Double.NaN : p.resistance();
            c[i] = p.capacitance();
            f[i] = p.frequency();
        }
        return List.of(new Table("parts", List.of(new Series("part", "", index), new Series("R", "Ohm", r), new Series("C", "F", c),
                new Series("relaxation frequency", "Hz", f))));
    }

    /** The circuit's notes (temperature dependence, validity). */
    public List<String> notes() {
        return circuit.notes();
    }
}
