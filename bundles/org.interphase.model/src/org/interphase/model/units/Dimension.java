/*
 * Copyright (c) 2026 the Interphase contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.interphase.model.units;

import java.util.Locale;

/**
 * What a quantity measures. The key is the word used in the metamodel's quantity annotations
 * ({@code dimension=conductivity}); the SI unit is what {@link Units#toSI(double, String)} converts to.
 */
public enum Dimension {
    DIMENSIONLESS("dimensionless", "1"),
    LENGTH("length", "m"),
    AREA("area", "m2"),
    VOLUME("volume", "m3"),
    MASS("mass", "kg"),
    DENSITY("density", "kg/m3"),
    MOLAR_MASS("molarMass", "kg/mol"),
    MOLAR_VOLUME("molarVolume", "m3/mol"),
    CONDUCTIVITY("conductivity", "S/m"),
    ACTIVATION_ENERGY("activationEnergy", "J"),
    ENERGY_PER_ATOM("energyPerAtom", "J/atom"),
    POTENTIAL("potential", "V"),
    CURRENT("current", "A"),
    CURRENT_DENSITY("currentDensity", "A/m2"),
    CHARGE("charge", "C"),
    SPECIFIC_CAPACITY("specificCapacity", "C/kg"),
    TEMPERATURE("temperature", "K"),
    TIME("time", "s"),
    FREQUENCY("frequency", "Hz"),
    SCAN_RATE("scanRate", "V/s"),
    DIFFUSIVITY("diffusivity", "m2/s"),
    CONCENTRATION("concentration", "mol/m3"),
    CAPACITANCE("capacitance", "F"),
    INDUCTANCE("inductance", "H"),
    RESISTANCE("resistance", "Ohm"),
    AREA_SPECIFIC_RESISTANCE("areaSpecificResistance", "Ohm m2"),
    PRESSURE("pressure", "Pa"),
    MASS_LOADING("massLoading", "kg/m2"),
    /** Capacitance per area, e.g. a double-layer capacitance. */
    AREA_CAPACITANCE("areaCapacitance", "F/m2"),
    /** Charge per area, e.g. an areal capacity. */
    AREAL_CHARGE("arealCharge", "C/m2"),
    /** A plane angle, e.g. the phase of an impedance. */
    ANGLE("angle", "rad");

    private final String key;
    private final String siUnit;

    Dimension(String key, String siUnit) {
        this.key = key;
        this.siUnit = siUnit;
    }

    /** The word used for this dimension in the metamodel's annotations. */
    public String key() {
        return key;
    }

    /** The SI unit's symbol. */
    public String siUnit() {
        return siUnit;
    }

    /** Human-readable name, e.g. "molar mass". */
    public String displayName() {
        return key.replaceAll("([A-Z])", " $1").toLowerCase(Locale.ROOT);
    }

    /** The dimension with this annotation key, or null. */
    public static Dimension byKey(String key) {
        for (Dimension d : values()) {
            if (d.key.equals(key)) {
                return d;
            }
        }
        return null;
    }
}
