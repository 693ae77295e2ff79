/*
 * Copyright (c) 2026 the Interphase contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.interphase.solver.cycling;

import org.interphase.solver.mci.InterphaseSettings;
import org.interphase.solver.settings.Setting;

/**
 * Settings shared by the cell-level solvers (symmetric, full cell, LSV): besides the interphase parameters, the
 * electrode|electrolyte contact resistance and the lithium electrode's kinetics. The contact resistances are
 * calibrated so that a cell's resistance at the start equals the paper's apparent conductivities from EIS
 * (Li|LATP|Li 1.8e-5 S/cm, Li|IL|LATP|IL|Li 1.6e-4 S/cm over the assumed 1.0 mm pellet), with the electrolyte's own
 * resistance from the model (LATP brick layer: 200 Ohm cm2) and the interlayers' (2 x 0.033 Ohm cm2) taken out.
 */
public abstract class CyclingSettings extends InterphaseSettings {

    @Setting(key = "contact_asr_dry", label = "Contact ASR per interface, dry", unit = "Ohm m2", min = 0,
            description = "Resistance of each electrode | stack contact of a cell without liquid wetting; divided by the contact fraction.",
            source = "calibrated: (1 mm / 1.8e-5 S/cm - 0.02 Ohm m2) / 2 = 0.2678 Ohm m2, the paper's bare apparent conductivity [P] minus the model's LATP")
    public double contactAsrDry = 0.2678;

    @Setting(key = "contact_asr_wetted", label = "Contact ASR per interface, wetted", unit = "Ohm m2", min = 0,
            description = "Resistance of each electrode | stack contact of a cell wetted by liquid electrolyte (the paper's coated cells).",
            source = "calibrated: (1 mm / 1.6e-4 S/cm - 0.02 - 2 x 3.3e-6 Ohm m2) / 2 = 0.02125 Ohm m2, the paper's coated apparent conductivity [P]")
    public double contactAsrWetted = 0.02125;

    @Setting(key = "i0_li", label = "Exchange current density of lithium", unit = "A/m2", min = 0, minExclusive = true,
            description = "Empty: the lithium material's (7.06 mA/cm2, PyBaMM Xu2019 for Li | LiPF6).",
            source = "model: Li 7.06 mA/cm2 (PyBaMM Xu2019 [F], docs/physics.md 3.2)")
    public Double lithiumExchangeCurrentDensity;

    @Setting(key = "alpha", label = "Anodic transfer coefficient alpha_a", min = 0, minExclusive = true, max = 1,
            description = "alpha_c = 1 - alpha_a; 0.5 gives eta = (2RT/F) asinh(i / 2 i0).",
            source = "docs/physics.md 3.1: alpha_a = alpha_c = 0.5")
    public double transferCoefficient = 0.5;

    @Setting(key = "ea_contact", label = "Activation energy of the contact ASR", unit = "J", min = 0,
            description = "The contact ASR (charge transfer and interphase at each electrode) scales as exp(E_a/k_B (1/T - 1/T_ref)). Empty: "
                    + "temperature-independent. Give it with a unit: 0.35 eV.",
            source = "none measured for these contacts; the calibrated contact ASR lumps charge transfer and the bare MCI (docs/physics.md 0)")
    public Double contactActivationEnergy;
}
