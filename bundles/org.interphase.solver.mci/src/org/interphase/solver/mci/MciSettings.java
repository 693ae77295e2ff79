/*
 * Copyright (c) 2026 the Interphase contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.interphase.solver.mci;

import org.interphase.solver.settings.Setting;

/**
 * Settings of the interphase-growth solver (docs/physics.md 1.2), in SI. Settings left empty (null) are read from the
 * model: the driving voltage from the electrolyte's stability window, Omega from its molar mass and density, and the
 * interlayers' thickness, conductivities and pinhole fraction from the layers and their materials. The interphase's
 * own conductivities and r_rxn have no measured values for LATP: they are the documented calibration knobs.
 */
public class MciSettings extends InterphaseSettings {

    @Setting(key = "duration", label = "Duration", unit = "s", min = 0, minExclusive = true,
            source = "600 h, the coated cells' cycling time in the paper")
    public double duration = 600 * 3600.0;

    @Setting(key = "points", label = "Output points", min = 2, max = 1_000_000, description = "Equally spaced times from 0 to the duration.")
    public int points = 601;

    @Setting(key = "method", label = "Method", description = "auto: eq. 1.3 where valid, the ODE with pinholes; closed_form; ode.")
    public GrowthKinetics.Method method = GrowthKinetics.Method.AUTO;
}
