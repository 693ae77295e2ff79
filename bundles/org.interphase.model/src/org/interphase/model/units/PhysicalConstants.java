/*
 * Copyright (c) 2026 the Interphase contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.interphase.model.units;

/** Physical constants in SI units (CODATA 2018; the first four are exact by the 2019 SI definition). */
public final class PhysicalConstants {

    /** Elementary charge, C. */
    public static final double ELEMENTARY_CHARGE = 1.602176634e-19;
    /** Avogadro constant, 1/mol. */
    public static final double AVOGADRO = 6.02214076e23;
    /** Boltzmann constant, J/K. */
    public static final double BOLTZMANN = 1.380649e-23;
    /** Planck constant, J s. */
    public static final double PLANCK = 6.62607015e-34;
    /** Faraday constant, C/mol (= e N_A). */
    public static final double FARADAY = ELEMENTARY_CHARGE * AVOGADRO;
    /** Molar gas constant, J/(mol K) (= k_B N_A). */
    public static final double GAS_CONSTANT = BOLTZMANN * AVOGADRO;
    /** Vacuum permittivity, F/m (CODATA 2018). */
    public static final double VACUUM_PERMITTIVITY = 8.8541878128e-12;
    /** 0 degrees Celsius in K. */
    public static final double ZERO_CELSIUS = 273.15;

    private PhysicalConstants() {
    }
}
