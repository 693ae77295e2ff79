/*
 * Copyright (c) 2026 the Interphase contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.interphase.solver.eis.cell;

import org.interphase.solver.settings.Setting;

/**
 * What the cell-to-circuit model needs beyond the model file: values the example model lacks, with their sources. The
 * interface resistances are calibrated, not measured; see each source. As the settings of the {@code spectrum} cell
 * solver ({@link CellSpectrumSolver}) they also carry the cell.
 */
public class CellSettings extends org.interphase.solver.CellSettings {

    @Setting(key = "rct_electrode_electrolyte", label = "Area-specific resistance of an electrode | solid electrolyte interface", unit = "Ohm m2",
            source = "calibrated: 2677.8 Ohm cm2 makes the example's Li|LATP|Li cell (1.0 mm pellet, bulk 1e-3 S/cm, brick-layer grain boundary"
                    + " 5 nm / 5 um at 1e-6 S/cm, 8 mm die) give the paper's apparent 1.8e-5 S/cm: (L/sigma_app - L/sigma_b - (delta/g) L/sigma_gb)/2"
                    + " (Tolganbek 2022; docs/physics.md 0, 6 V-EIS-6). It lumps charge transfer and the MCI of bare Li|LATP.",
            min = 0, minExclusive = true)
    public double electrodeElectrolyteAsr = 0.26778;

    @Setting(key = "rct_electrode_film", label = "Area-specific resistance of an electrode | interlayer interface", unit = "Ohm m2",
            source = "calibrated: 212.47 Ohm cm2 makes the example's wetted Li|IL|LATP|IL|Li cell (as above, two 76.7 nm films at 2.3e-4 S/cm)"
                    + " give the paper's apparent 1.6e-4 S/cm (Tolganbek 2022; docs/physics.md 0, 6).",
            min = 0, minExclusive = true)
    public double electrodeFilmAsr = 0.021247;

    @Setting(key = "cdl", label = "Double-layer capacitance per area of an electrode interface", unit = "F/m2",
            source = "assumed 1 uF/cm2: gives 0.5 uF for the 8 mm cells, inside the 1e-7 to 1e-5 F that Irvine, Sinclair, West, Adv. Mater. 1990"
                    + " assign to electrode interfaces (docs/physics.md 2.6, recalled [R])",
            min = 0, minExclusive = true)
    public double doubleLayerCapacitance = 0.01;

    @Setting(key = "eps_r_interlayer", label = "Relative permittivity of interlayers without one in the model", unit = "",
            source = "assumed 5, typical of PEO-based polymers at room temperature (recalled, not checked against a source); the example's film has none",
            min = 1)
    public double interlayerPermittivity = 5;

    @Setting(key = "eps_r_electrolyte", label = "Relative permittivity of solid electrolytes without one in the model", unit = "",
            source = "docs/physics.md 2.6: 10-30 for LATP; 20 is the middle", min = 1)
    public double electrolytePermittivity = 20;

    @Setting(key = "fmin", label = "Lowest frequency of the predicted spectrum", unit = "Hz", source = "the paper's EIS window starts at 1 Hz",
            min = 0, minExclusive = true)
    public double fMin = 1e-2;

    @Setting(key = "fmax", label = "Highest frequency of the predicted spectrum", unit = "Hz", source = "above the paper's 1 MHz to show the bulk arc",
            min = 0, minExclusive = true)
    public double fMax = 1e9;

    @Setting(key = "points", label = "Number of frequencies (log-spaced)", source = "10 per decade", min = 2, max = 100000)
    public int points = 111;

    @Setting(key = "temperature", label = "Temperature", unit = "K", min = 0, minExclusive = true,
            description = "Empty: the cell's (else 25 degC). Conductivities and R_ct follow it by Arrhenius where an activation energy is known.",
            source = "model")
    public Double temperature;

    @Setting(key = "reference_temperature", label = "Temperature of the model's conductivities and the calibrated R_ct", unit = "K", min = 0,
            minExclusive = true, source = "room temperature, 25 degC: the literature conductivities and the paper's calibration are room-temperature values")
    public double referenceTemperature = 298.15;

    @Setting(key = "ea_interlayer", label = "Activation energy of the interlayers' ionic conductivity", unit = "J", min = 0,
            description = "Empty: temperature-independent (the model gives polymers none). With a unit: 0.5 eV.",
            source = "none in the model")
    public Double interlayerActivationEnergy;

    @Setting(key = "ea_rct", label = "Activation energy of the charge-transfer resistances", unit = "J", min = 0,
            description = "R_ct(T) = R_ct exp(E_a/k_B (1/T - 1/T_ref)). Empty: temperature-independent. With a unit: 0.35 eV.",
            source = "none measured for these interfaces (the calibrated R_ct lumps charge transfer and the bare MCI)")
    public Double chargeTransferActivationEnergy;
}
