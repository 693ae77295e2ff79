/*
 * Copyright (c) 2026 the Interphase contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.interphase.solver.cycling;

import org.interphase.solver.settings.Setting;

/**
 * Settings of the full-cell solver (Li | SE | cathode; docs/physics.md 3.2), in SI (specific capacities in C/kg: 1 mAh/g =
 * 3600 C/kg). The ageing bookkeeping's defaults reproduce the paper's coated Li | LATP | LFP cell at 0.1C (115 mAh/g
 * first discharge, CE 93 % then about 100 %, 107 -> 102 mAh/g over cycles 2-20).
 */
public class FullCellSettings extends CyclingSettings {

    /** The paper's protocol with docs/physics.md 3.2's assumed cut-offs. */
    public static final String DEFAULT_PROTOCOL = "(Charge at 0.1C until 4.0 V; Discharge at 0.1C until 2.5 V) x 20";

    @Setting(key = "protocol", label = "Protocol",
            description = "Steps as in PyBaMM's Experiment: 'Charge at 0.1C until 4.0 V', 'Hold at 4.0 V until C/50', 'Rest for 30 minutes', "
                    + "'Discharge at 0.1C until 2.5 V', separated by ';' or new lines; '(...) x 20' repeats. Empty: the cell's cycling experiment's.",
            source = "model, else the paper's 0.1C x 20 cycles [P] with the cut-offs 2.5-4.0 V assumed in docs/physics.md 3.2")
    public String protocol;

    @Setting(key = "accessible_fraction", label = "Accessible fraction of the active material f_acc,0", min = 0, minExclusive = true, max = 1,
            source = "[P]: 115 / 170 mAh/g = 0.676 (poor contact of the brush-painted cathode, docs/physics.md 3.2)")
    public double accessibleFraction = 0.676;

    @Setting(key = "first_charge_loss", label = "Irreversible charge of the first charge Q_irr", unit = "C/kg", min = 0,
            description = "Charge consumed by side reactions during the first charge, per mass of active material.",
            source = "[P]: CE_1 = 93 % of 115 mAh/g -> 115 / 0.93 - 115 = 8.66 mAh/g (docs/physics.md 3.2)")
    public double firstChargeLoss = 8.656 * 3600;

    @Setting(key = "first_cycle_fade", label = "Capacity lost after the first cycle", unit = "C/kg", min = 0,
            description = "Accessible capacity lost between cycle 1 and 2 (per mass of active material).",
            source = "[P]: 115 -> 107 mAh/g, i.e. 8 mAh/g")
    public double firstCycleFade = 8 * 3600;

    @Setting(key = "fade_per_cycle", label = "Capacity lost per later cycle k_LAM", unit = "C/kg", min = 0,
            source = "[P]: 107 -> 102 mAh/g over cycles 2-20 = 0.278 mAh/g per cycle (docs/physics.md 3.2)")
    public double fadePerCycle = 5.0 / 18 * 3600;

    @Setting(key = "asr_rise_per_cycle", label = "ASR rise per cycle k_R", unit = "Ohm m2", min = 0,
            source = "docs/physics.md 3.2 bookkeeping; no value in [P]: 0")
    public double asrRisePerCycle = 0;

    @Setting(key = "retention_reference", label = "Reference cycle of the retention", min = 1,
            description = "Retention_n = Q_dis,n / Q_dis,ref. [P]'s '93 %' matches neither Q20/Q1 (88.7 %) nor Q20/Q2 (95.3 %).",
            source = "cycle 1 (docs/physics.md 3.2: state the reference cycle)")
    public int retentionReference = 1;

    @Setting(key = "initial_lithiation", label = "Initial lithiation of the cathode x0", min = 0, max = 1,
            source = "as assembled: LiFePO4 is fully lithiated (1)")
    public double initialLithiation = 1;

    @Setting(key = "active_mass", label = "Active mass", unit = "kg", min = 0, minExclusive = true,
            description = "Empty: the cathode layer's active mass. C-rates refer to it times the theoretical capacity.",
            source = "model: 0.503 mg LFP (1 mg/cm2 over the 8 mm pellet, assumed)")
    public Double activeMass;

    @Setting(key = "theoretical_capacity", label = "Theoretical capacity", unit = "C/kg", min = 0, minExclusive = true,
            description = "Empty: the active material's.", source = "model: LiFePO4 170 mAh/g")
    public Double theoreticalCapacity;

    @Setting(key = "particle_diffusion", label = "Single-particle diffusion",
            description = "Solid diffusion in the cathode's particles (spherical, finite volumes); off: uniform particles (0-D).")
    public boolean particleDiffusion = false;

    @Setting(key = "shells", label = "Radial shells of the particle", min = 3, max = 200)
    public int shells = 10;

    @Setting(key = "diffusion_coefficient", label = "Solid diffusion coefficient D", unit = "m2/s", min = 0, minExclusive = true,
            description = "Empty: the active material's.", source = "model: LFP 5.9e-18 m2/s (PyBaMM Prada2013 [F])")
    public Double diffusionCoefficient;

    @Setting(key = "particle_radius", label = "Particle radius R_p", unit = "m", min = 0, minExclusive = true,
            description = "Empty: the active material's.", source = "model: LFP 50 nm (PyBaMM Prada2013 [F])")
    public Double particleRadius;

    @Setting(key = "j0_coefficient", label = "Cathode rate constant k (j0 = k c_e^0.5 c_s^0.5 (c_max - c_s)^0.5)",
            unit = "", min = 0, description = "In A/m2 per (mol/m3)^1.5; 0 switches the cathode's kinetics off.",
            source = "PyBaMM Prada2013 [F]: 6e-7 (docs/physics.md 3.2)")
    public double j0Coefficient = 6e-7;

    @Setting(key = "electrolyte_concentration", label = "Li+ concentration at the cathode c_e", unit = "mol/m3", min = 0, minExclusive = true,
            source = "PyBaMM's 1 M (for the solid electrolyte a nominal value)")
    public double electrolyteConcentration = 1000;

    @Setting(key = "j0_activation_energy", label = "Activation energy of the cathode's j0", unit = "J", min = 0,
            source = "PyBaMM Prada2013 [F]: 39.57 kJ/mol")
    public double j0ActivationEnergy = 39.57e3 / 6.02214076e23;

    @Setting(key = "mci_growth", label = "MCI growth at the lithium electrode",
            description = "Adds the lithium side's interphase ASR L(t)/sigma_i (docs/physics.md 1.2); off for V-CYC-3, which is defined without it.")
    public boolean mciGrowth = false;

    @Setting(key = "period", label = "Sampling period", unit = "s", min = 0, minExclusive = true,
            description = "Time between output points when a step gives no '(N minutes period)'.", source = "PyBaMM's default: 1 minute")
    public double period = 60;

    @Setting(key = "duration", label = "Longest simulated time", unit = "s", min = 0, minExclusive = true,
            description = "The run stops there even if the protocol goes on. Empty: no limit.")
    public Double duration;

    @Setting(key = "step_time_limit", label = "Longest step", unit = "s", min = 0, minExclusive = true,
            description = "A step whose end condition is not met within it ends there, with a note.", source = "guard: 100 h")
    public double stepTimeLimit = 100 * 3600.0;
}
