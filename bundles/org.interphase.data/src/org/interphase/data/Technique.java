/*
 * Copyright (c) 2026 the Interphase contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.interphase.data;

/** The measurement technique a dataset comes from. */
public enum Technique {
    /** Potentiostatic or galvanostatic electrochemical impedance spectroscopy. */
    EIS,
    /** Galvanostatic cycling (charge/discharge, stripping/plating), possibly with potential limits. */
    GALVANOSTATIC_CYCLING,
    LINEAR_SWEEP_VOLTAMMETRY,
    CYCLIC_VOLTAMMETRY,
    OPEN_CIRCUIT_VOLTAGE,
    CHRONOAMPEROMETRY,
    CHRONOPOTENTIOMETRY,
    /** Several techniques in one file (e.g. a modular sequence). */
    MIXED,
    UNKNOWN
}
