/*
 * Copyright (c) 2026 the Interphase contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.interphase.solver.mci;

import org.interphase.solver.CellSettings;
import org.interphase.solver.settings.Setting;

/**
 * Parameters of interphase growth (docs/physics.md 1.2) and of the cell's layers, in SI, shared by the solvers that grow an
 * interphase (mci, symmetric, fullcell). Settings left empty (null) are read from the
 * model: the driving voltage from the electrolyte's stability window, Omega from its molar mass and density, and the
 * interlayers' thickness, conductivities and pinhole fraction from the layers and their materials. The interphase's
 * own conductivities and r_rxn have no measured values for LATP: they are the documented calibration knobs.
 */
public abstract class InterphaseSettings extends CellSettings {

    @Setting(key = "e_drive", label = "Driving voltage E_drive", unit = "V", min = 0,
            description = "EMF of the reduction: the electrolyte's reduction potential minus the electrode's potential. Empty: from the model.",
            source = "model: stability window (LATP 2.17 V vs Li, Zhu, He, Mo 2015 [F]); docs/physics.md 1.1 range 2.17-2.5 V")
    public Double drivingVoltage;

    @Setting(key = "x_max", label = "Li per formula unit at full reduction", min = 0, minExclusive = true,
            description = "Lithium taken up per formula unit of electrolyte converted (LATP: 1.7, all Ti4+ to Ti3+); Omega = V_m / x_max.",
            source = "docs/physics.md 1.2: x_max = 1.7 for Li1.3Al0.3Ti1.7(PO4)3")
    public double lithiumPerFormulaUnit = 1.7;

    @Setting(key = "omega", label = "Omega (electrolyte volume per mol Li)", unit = "m3/mol", min = 0, minExclusive = true,
            description = "Volume of electrolyte converted per mole of lithium. Empty: molar mass / (density x_max) of the model's electrolyte.",
            source = "model: LATP 383.40 g/mol, 2.926 g/cm3 -> 7.707e-5 m3/mol (docs/physics.md 1.2)")
    public Double omega;

    @Setting(key = "volume_expansion", label = "Reaction volume expansion eps_V", min = 0, max = 1,
            description = "Omega is multiplied by (1 + eps_V) (amorphisation and expansion, Lewis et al. 2019 for LAGP).",
            source = "docs/physics.md 1.2: 0 by default, range 0-0.2")
    public double volumeExpansion = 0;

    @Setting(key = "r_rxn", label = "Interfacial reaction resistance r_rxn", unit = "Ohm m2", min = 0,
            description = "Series resistance of the reaction at the front; sets the early linear rate Omega E/(F r_rxn).",
            source = "docs/physics.md 1.2 calibration knob: 10 Ohm m2 (0.62 um/h, range 1-100)")
    public double reactionResistance = 10;

    @Setting(key = "sigma_i_mci", label = "Ionic conductivity of the interphase", unit = "S/m", min = 0, minExclusive = true,
            description = "Ionic conductivity of the reduced electrolyte; its ASR in the cell is L/sigma_i.",
            source = "docs/physics.md 1.2 calibration knob: 1e-6 S/cm (no measured value for LATP; range 1e-8 to 1e-4 S/cm)")
    public double interphaseIonicConductivity = 1e-4;

    @Setting(key = "sigma_e_mci", label = "Electronic conductivity of the interphase", unit = "S/m", min = 0,
            description = "Electronic conductivity of the reduced electrolyte (Ti3+); 0 makes an electronic insulator that does not grow.",
            source = "docs/physics.md 1.2 calibration knob: 1e-5 S/cm (no measured value for LATP; range 1e-7 to 1e-2 S/cm)")
    public double interphaseElectronicConductivity = 1e-3;

    @Setting(key = "l0", label = "Initial interphase thickness L0", unit = "m", min = 0,
            source = "docs/physics.md V-MCI-1: 1 nm")
    public double initialThickness = 1e-9;

    @Setting(key = "sigma_e_class", label = "Electronic conductivity above which the interphase is an MCI", unit = "S/m", min = 0,
            description = "Classification: a reduction interphase conducting electrons better than this is a mixed conductor (MCI), else SEI-like.",
            source = "convention of this solver: 1e-10 S/cm, the upper end of polymer insulators and below the MCI range 1e-7 to 1e-2 S/cm of docs/physics.md 1.2")
    public double classificationThreshold = 1e-8;

    @Setting(key = "interlayer_thickness", label = "Interlayer thickness (all interlayers)", unit = "m", min = 0, minExclusive = true,
            description = "Empty: each layer's thickness, for layer-by-layer films from their growth law.",
            source = "model (the paper's film: PEI + (PAA/PEO)30 = 76.7 nm by the linear law, docs/physics.md 4.1)")
    public Double interlayerThickness;

    @Setting(key = "interlayer_sigma_i", label = "Interlayer ionic conductivity (all interlayers)", unit = "S/m", min = 0, minExclusive = true,
            description = "Empty: the film material's wetted or dry ionic conductivity.",
            source = "model (wetted (PAA/PEO) film 2.3e-4 S/cm, Hamedi et al. as cited in the paper)")
    public Double interlayerIonicConductivity;

    @Setting(key = "interlayer_sigma_e", label = "Interlayer electronic conductivity (all interlayers)", unit = "S/m", min = 0,
            description = "Empty: the film material's electronic conductivity. It controls the protection (docs/physics.md 1.2).",
            source = "model (1e-14 S/cm assumed for the polymer film; docs/physics.md 1.2 range 1e-16 to 1e-10 S/cm)")
    public Double interlayerElectronicConductivity;

    @Setting(key = "pinhole_fraction", label = "Pinhole fraction (all interlayers)", min = 0, max = 1,
            description = "Uncovered area fraction; the growth rate is the area average of bare and covered (docs/physics.md 1.2). Empty: from the layers.",
            source = "model (0: the paper's SEM shows no breach)")
    public Double pinholeFraction;

    @Setting(key = "se_conductivity", label = "Solid-electrolyte conductivity (all electrolyte layers)", unit = "S/m", min = 0, minExclusive = true,
            description = "Empty: bulk and grain boundaries in series (brick layer) from the material, else its bulk conductivity.",
            source = "model (LATP: 1e-3 S/cm bulk, 1e-6 S/cm specific grain boundary, 5 um grains, 5 nm boundaries -> 5e-4 S/cm, docs/physics.md 2.6)")
    public Double electrolyteConductivity;

    @Setting(key = "temperature", label = "Temperature", unit = "K", min = 0, minExclusive = true,
            description = "Empty: the cell's (the paper's cells: 25 degC assumed). Conductivities and interface resistances follow it by Arrhenius "
                    + "where an activation energy is known.", source = "model")
    public Double temperature;

    @Setting(key = "reference_temperature", label = "Temperature of the model's conductivities and calibrated resistances", unit = "K", min = 0,
            minExclusive = true, description = "sigma(T) = sigma_ref exp(-E_a/k_B (1/T - 1/T_ref)).",
            source = "room temperature, 25 degC: the literature conductivities of the model and the paper's calibration are room-temperature values")
    public double referenceTemperature = 298.15;

    @Setting(key = "ea_interlayer", label = "Activation energy of the interlayers' ionic conductivity", unit = "J", min = 0,
            description = "Empty: temperature-independent (the model gives polymers no activation energy). Give it with a unit: 0.5 eV.",
            source = "none in the model; PEO-based electrolytes are often quoted at 0.3-1 eV (recalled, not checked): set it to study temperature")
    public Double interlayerActivationEnergy;

    @Setting(key = "ea_mci", label = "Activation energy of the interphase's transport and reaction", unit = "J", min = 0,
            description = "sigma_i, sigma_e of the interphase and 1/r_rxn scale as exp(-E_a/k_B (1/T - 1/T_ref)). Empty: temperature-independent.",
            source = "none measured for the LATP | Li interphase (its conductivities are calibration knobs)")
    public Double interphaseActivationEnergy;
}
