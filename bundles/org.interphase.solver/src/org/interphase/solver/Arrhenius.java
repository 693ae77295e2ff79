/*
 * Copyright (c) 2026 the Interphase contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.interphase.solver;

import java.util.Locale;

import org.interphase.model.units.PhysicalConstants;

/**
 * Arrhenius temperature dependence of a thermally activated transport property, in the form
 * sigma(T) = sigma_ref exp(-E_a/k_B (1/T - 1/T_ref)) (i.e. sigma = sigma_0 exp(-E_a/k_B T)); resistances scale with
 * the inverse factor. Values of the model are taken as measured at the reference temperature. Used by every solver that
 * reads conductivities or interface resistances, so that one cell gives the same numbers everywhere.
 */
public final class Arrhenius {

    /** 25 degC: the temperature of the model's room-temperature values. */
    public static final double ROOM_TEMPERATURE = 298.15;

    private Arrhenius() {
    }

    /**
     * sigma(T) / sigma(T_ref) = exp(-E_a/k_B (1/T - 1/T_ref)); 1 when the activation energy is NaN (no activation
     * energy: temperature-independent).
     *
     * @param activationEnergy E_a in J (NaN: none)
     * @param temperature      T in K
     * @param reference        T_ref in K
     */
    public static double conductivityFactor(double activationEnergy, double temperature, double reference) {
        if (Double.isNaN(activationEnergy)) {
            return 1;
        }
        return Math.exp(-activationEnergy / PhysicalConstants.BOLTZMANN * (1 / temperature - 1 / reference));
    }

    /** R(T) / R(T_ref): the inverse of {@link #conductivityFactor}. */
    public static double resistanceFactor(double activationEnergy, double temperature, double reference) {
        return 1 / conductivityFactor(activationEnergy, temperature, reference);
    }

    /**
     * The grain-boundary activation energy that makes bulk and grain boundaries in series (R_b + R_gb) show the
     * measured total activation energy at the reference temperature: d ln R_tot / d(1/k_B T) = (R_b E_b + R_gb E_gb) /
     * (R_b + R_gb) = E_tot, so E_gb = (E_tot (R_b + R_gb) - R_b E_b) / R_gb. NaN when it cannot be derived (a total
     * energy below the bulk's, or R_gb = 0).
     */
    public static double grainBoundaryActivation(double bulkActivation, double totalActivation, double bulkResistance, double grainBoundaryResistance) {
        if (!(grainBoundaryResistance > 0) || Double.isNaN(bulkActivation) || Double.isNaN(totalActivation)) {
            return Double.NaN;
        }
        double e = (totalActivation * (bulkResistance + grainBoundaryResistance) - bulkResistance * bulkActivation) / grainBoundaryResistance;
        return e > 0 ? e : Double.NaN;
    }

    /** An activation energy in J for people, in eV: "0.25 eV". */
    public static String electronVolts(double joules) {
        return new java.math.BigDecimal(joules / PhysicalConstants.ELEMENTARY_CHARGE).round(new java.math.MathContext(4)).stripTrailingZeros()
                .toPlainString() + " eV";
    }

    /** "E_a 0.25 eV, factor 3.21 at 333.15 K vs 298.15 K" or "temperature-independent (no activation energy)". */
    public static String describe(double activationEnergy, double temperature, double reference) {
        if (Double.isNaN(activationEnergy)) {
            return "temperature-independent (no activation energy)";
        }
        return String.format(Locale.ROOT, "Arrhenius, E_a %s: x%.4g at %.2f K vs %.2f K", electronVolts(activationEnergy),
                conductivityFactor(activationEnergy, temperature, reference), temperature, reference);
    }
}
