/*
 * Copyright (c) 2026 the Interphase contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.interphase.data;

/**
 * What a column of a dataset measures, with its SI unit: importers convert to it (time in s, potential in V,
 * current in A, charge in C, impedance in Ohm with the imaginary part signed, negative for capacitive behaviour).
 */
public enum QuantityKind {
    TIME("s"),
    STEP_TIME("s"),
    POTENTIAL("V"),
    CURRENT("A"),
    CURRENT_DENSITY("A/m2"),
    CHARGE("C"),
    ENERGY("J"),
    POWER("W"),
    FREQUENCY("Hz"),
    /** Re(Z). */
    IMPEDANCE_REAL("Ohm"),
    /** Im(Z), signed: negative for a capacitive response (files that store -Im(Z) are converted). */
    IMPEDANCE_IMAGINARY("Ohm"),
    IMPEDANCE_MODULUS("Ohm"),
    /** Phase of Z in rad. */
    IMPEDANCE_PHASE("rad"),
    RESISTANCE("Ohm"),
    CAPACITANCE("F"),
    TEMPERATURE("K"),
    CYCLE_INDEX("1"),
    STEP_INDEX("1"),
    /** Record number as the instrument counts it. */
    RECORD_INDEX("1"),
    /** Instrument state or mode codes (e.g. charge / discharge / rest). */
    STATE("1"),
    /** Anything else; the column's unit says what it is in. */
    OTHER("");

    private final String siUnit;

    QuantityKind(String siUnit) {
        this.siUnit = siUnit;
    }

    /** The unit columns of this kind are stored in. */
    public String siUnit() {
        return siUnit;
    }
}
