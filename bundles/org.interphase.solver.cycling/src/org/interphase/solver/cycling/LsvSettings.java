/*
 * Copyright (c) 2026 the Interphase contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.interphase.solver.cycling;

import org.interphase.solver.settings.Setting;

/**
 * Settings of the linear-sweep / cyclic voltammetry solver on a cell with an ion-blocking working electrode
 * (docs/physics.md 3.3), in SI. The reactions' exchange current densities are calibrated so that the paper's reported
 * stability limits come out at the stated current threshold; the limit depends on that threshold.
 */
public class LsvSettings extends CyclingSettings {

    /** How the potential is swept. */
    public enum Mode {
        /** Once from the start to the end potential. */
        LSV,
        /** Start -> end -> start, repeated for the cycles. */
        CV
    }

    @Setting(key = "start_potential", label = "Start potential", unit = "V",
            description = "Of the working electrode vs the lithium electrode. Empty: the cell's LSV experiment's, else -1 V.", source = "model: -1 V [P]")
    public Double startPotential;

    @Setting(key = "end_potential", label = "End (vertex) potential", unit = "V", description = "Empty: the cell's LSV experiment's, else 5.5 V.",
            source = "model: 5.5 V [P]")
    public Double endPotential;

    @Setting(key = "scan_rate", label = "Scan rate", unit = "V/s", min = 0, minExclusive = true,
            description = "Empty: the cell's LSV experiment's, else 0.1 mV/s.", source = "model: 0.1 mV/s [P]")
    public Double scanRate;

    @Setting(key = "threshold", label = "Current threshold of the stability limit", unit = "A/m2", min = 0, minExclusive = true,
            description = "The limit is where |i| first exceeds it. Empty: the LSV experiment's, else 1 uA/cm2.",
            source = "docs/physics.md 3.3: 1 or 10 uA/cm2, stated explicitly (reported windows depend on it)")
    public Double threshold;

    @Setting(key = "mode", label = "Sweep", description = "lsv: start to end once; cv: start -> end -> start per cycle.")
    public Mode mode = Mode.LSV;

    @Setting(key = "cycles", label = "CV cycles", min = 1, max = 1000)
    public int cycles = 1;

    @Setting(key = "potential_step", label = "Potential step of the output", unit = "V", min = 0, minExclusive = true, source = "1 mV")
    public double potentialStep = 1e-3;

    @Setting(key = "i0_oxidation", label = "Exchange current density of the electrolyte's oxidation", unit = "A/m2", min = 0,
            description = "Tafel onset at the oxidation limit of the stability window (LATP 4.21 V).",
            source = "calibrated: 2.76e-4 A/m2 puts the bare SS | LATP | Li limit at 4.4 V [P] at 1 uA/cm2 (docs/physics.md 3.3)")
    public double oxidationExchangeCurrentDensity = 2.76e-4;

    @Setting(key = "i0_reduction", label = "Exchange current density of the electrolyte's reduction", unit = "A/m2", min = 0,
            description = "Tafel onset at the reduction limit (LATP 2.17 V).", source = "assumed equal to the oxidation's (no value in [P])")
    public double reductionExchangeCurrentDensity = 2.76e-4;

    @Setting(key = "film_oxidation_potential", label = "Apparent oxidation onset of the interlayer", unit = "V",
            description = "Where the interlayer (with its liquid) on the working electrode oxidises at the film's i0.",
            source = "[P]: coated SS | IL | LATP | IL | Li stable to 5.0 V (no thermodynamic value for the wetted film is known)")
    public double filmOxidationPotential = 5.0;

    @Setting(key = "film_i0", label = "Interlayer oxidation current at its onset", unit = "A/m2", min = 0,
            source = "calibrated with the onset: 1 uA/cm2, the default threshold")
    public double filmExchangeCurrentDensity = 0.01;

    @Setting(key = "double_layer", label = "Double-layer capacitance", unit = "F/m2", min = 0,
            description = "Charging current C_dl dV/dt.", source = "10 uF/cm2, a typical double-layer capacitance [R]")
    public double doubleLayerCapacitance = 0.1;

    @Setting(key = "lithium_plating", label = "Lithium plating on the working electrode below 0 V")
    public boolean lithiumPlating = true;
}
