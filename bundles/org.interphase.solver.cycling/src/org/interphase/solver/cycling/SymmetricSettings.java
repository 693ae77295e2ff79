/*
 * Copyright (c) 2026 the Interphase contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.interphase.solver.cycling;

import org.interphase.solver.settings.Setting;

/**
 * Settings of the symmetric-cell solver (Li | SE | Li with any interlayers; docs/physics.md 3.1), in SI. The degradation
 * options are switched on or off one by one; their defaults are calibrated against the paper's symmetric cells at
 * 0.1 mA/cm2 with 1 h half cycles (bare: abrupt decline, a short, after about 40 h; coated: 600 h, higher for about
 * 50 h, then lower), as each setting's source says.
 */
public class SymmetricSettings extends CyclingSettings {

    @Setting(key = "current_density", label = "Current density", unit = "A/m2", min = 0, minExclusive = true,
            description = "Empty: the cell's cycling experiment's, else 0.1 mA/cm2.", source = "model: 0.1 mA/cm2 [P]")
    public Double currentDensity;

    @Setting(key = "half_cycle", label = "Half-cycle time", unit = "s", min = 0, minExclusive = true,
            description = "Duration of each stripping or plating half cycle. Empty: the cell's cycling experiment's, else 1 h.",
            source = "model: 1 h (not reported in the paper; docs/physics.md 0)")
    public Double halfCycle;

    @Setting(key = "duration", label = "Duration", unit = "s", min = 0, minExclusive = true, source = "600 h, as the paper's coated cell")
    public double duration = 600 * 3600.0;

    @Setting(key = "samples", label = "Samples per half cycle", min = 1, max = 10_000,
            description = "Points of V(t) per half cycle (both ends included, so each switch shows as a step).")
    public int samplesPerHalfCycle = 4;

    @Setting(key = "voltage_limit", label = "Voltage limit |V|", unit = "V", min = 0, minExclusive = true,
            description = "Failure criterion: the cycler stops when |V| reaches it.", source = "docs/physics.md 3.1: e.g. 5 V")
    public double voltageLimit = 5;

    @Setting(key = "mci_growth", label = "MCI growth", description = "Degradation 1: each lithium side grows its interphase (docs/physics.md 1.2); ASR L/sigma_i.")
    public boolean mciGrowth = true;

    @Setting(key = "fracture", label = "Chemo-mechanical fracture",
            description = "Degradation 3: interphase expansion cracks the contact: contact fraction 1/(1 + (L/L_c)^2), crack depth beta L.")
    public boolean fracture = true;

    @Setting(key = "fracture_length", label = "Fracture length L_c", unit = "m", min = 0, minExclusive = true,
            source = "calibrated: 10 um keeps the bare cell below the voltage limit until its short near 40 h, as the paper's 'abrupt decline' [P] (docs/physics.md's toy: 5 um)")
    public double fractureLength = 10e-6;

    @Setting(key = "crack_ratio", label = "Crack depth per interphase thickness beta", min = 0, source = "docs/physics.md 3.1 (CYC-2): 20")
    public double crackRatio = 20;

    @Setting(key = "soft_short", label = "Soft short",
            description = "Degradation 4: an electronic path G_e = G_max / (1 + exp(-(a1 + a2 - L_SE)/w)) once the cracks span the pellet.")
    public boolean softShort = true;

    @Setting(key = "short_asr", label = "ASR of a full short 1/G_max", unit = "Ohm m2", min = 0, minExclusive = true,
            source = "docs/physics.md 3.1 (CYC-2): G_max = 1 S/cm2")
    public double shortAsr = 1e-4;

    @Setting(key = "short_width", label = "Width of the short transition w / L_SE", min = 0, minExclusive = true,
            source = "docs/physics.md 3.1 (CYC-2): w = 0.01 L_SE")
    public double shortWidth = 0.01;

    @Setting(key = "formation", label = "Formation of wetted interlayers",
            description = "Degradation 5: ASR_IL(t) = ASR_IL + dASR exp(-t/tau_f) per wetted interlayer (the paper: higher response for ~50 h, then lower).")
    public boolean formation = true;

    @Setting(key = "formation_asr", label = "Formation ASR per wetted interlayer dASR", unit = "Ohm m2", min = 0,
            source = "docs/physics.md 3.1 (CYC-2): 0.06 Ohm m2 per cell, i.e. 0.03 per interlayer, calibrated to [P]")
    public double formationAsr = 0.03;

    @Setting(key = "formation_time", label = "Formation time constant tau_f", unit = "s", min = 0, minExclusive = true,
            source = "docs/physics.md 3.1 (CYC-2): 20 h, calibrated to [P] (~50 h)")
    public double formationTime = 20 * 3600.0;

    @Setting(key = "contact_loss", label = "Contact loss by voids",
            description = "Degradation 2: stripping above a critical current opens voids: d phi/dt = -max(0, i - i_crit)/q_v + (1 - phi)/tau_c.")
    public boolean contactLoss = false;

    @Setting(key = "critical_current", label = "Critical stripping current i_crit", unit = "A/m2", min = 0,
            source = "illustrative (no value in docs/physics.md): 0.1 mA/cm2, the order of critical stripping currents of Li | garnet without stack pressure [R]")
    public double criticalCurrent = 1;

    @Setting(key = "void_charge", label = "Charge stripped above i_crit to lose all contact q_v", unit = "C/m2", min = 0, minExclusive = true,
            source = "illustrative (no value in docs/physics.md): 1 mAh/cm2")
    public double voidCharge = 3.6e4;

    @Setting(key = "creep_time", label = "Creep refill time tau_c", unit = "s", min = 0, minExclusive = true,
            source = "illustrative (no value in docs/physics.md): 10 h")
    public double creepTime = 10 * 3600.0;
}
