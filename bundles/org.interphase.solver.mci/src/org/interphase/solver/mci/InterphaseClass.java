/*
 * Copyright (c) 2026 the Interphase contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.interphase.solver.mci;

/**
 * The interphase an electrode forms with a solid electrolyte (docs/physics.md 1.1, after Zhu, He, Mo 2015 and the Janek
 * group): none (the electrode potential lies inside the stability window, or no lithium source), a mixed-conducting
 * interphase that keeps growing (MCI, e.g. LATP with Ti3+ against Li metal), or an electronically insulating,
 * self-limiting one (SEI-like: an artificial SEI is the point of an electron-blocking interlayer). Oxidative
 * decomposition is named but its growth is not modelled (docs/physics.md 1.2 covers reduction by lithium).
 */
public enum InterphaseClass {
    STABLE("stable"),
    MCI("mci"),
    SEI_LIKE("sei-like"),
    OXIDATION("oxidation (growth not modelled)");

    private final String label;

    InterphaseClass(String label) {
        this.label = label;
    }

    /** The label used in JSON and tables: "stable", "mci", "sei-like", "oxidation (growth not modelled)". */
    public String label() {
        return label;
    }

    /**
     * The class of a reduction interphase from its electronic conductivity (S/m): MCI when it conducts electrons
     * better than the threshold (S/m), SEI-like otherwise.
     */
    public static InterphaseClass ofReductionInterphase(double electronicConductivity, double threshold) {
        return electronicConductivity > threshold ? MCI : SEI_LIKE;
    }
}
