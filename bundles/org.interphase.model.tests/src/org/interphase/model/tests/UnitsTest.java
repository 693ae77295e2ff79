/*
 * Copyright (c) 2026 the Interphase contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.interphase.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.interphase.model.units.Dimension;
import org.interphase.model.units.PhysicalConstants;
import org.interphase.model.units.Units;
import org.junit.jupiter.api.Test;

/** Conversions at the edges, checked against the factors docs/physics.md states for its I/O units. */
class UnitsTest {

    @Test
    void convertsThePhysicsIoUnitsToSi() {
        // docs/physics.md header: S/cm x100 -> S/m; Ohm cm2 x1e-4 -> Ohm m2; mA/cm2 x10 -> A/m2; mAh/g x3.6 -> C/g
        assertEquals(1.8e-3, Units.toSI(1.8e-5, "S/cm"), 1e-18);
        assertEquals(0.5556, Units.toSI(5556, "Ohm cm2"), 1e-12);
        assertEquals(1.0, Units.toSI(0.1, "mA/cm2"), 1e-15);
        assertEquals(414_000, Units.toSI(115, "mAh/g"), 1e-9); // 414 C/g
        assertEquals(76.7e-9, Units.toSI(76.7, "nm"), 1e-21);
    }

    @Test
    void handlesTemperatureOffsetAndEnergies() {
        assertEquals(298.15, Units.toSI(25, "degC"), 1e-12);
        assertEquals(298.15, Units.toSI(25, "°C"), 1e-12);
        assertEquals(25, Units.fromSI(298.15, "degC"), 1e-12);
        assertEquals(1.602176634e-19, Units.toSI(1, "eV"), 1e-30);
        // 1 eV per particle is 96.485 kJ/mol
        assertEquals(Units.toSI(1, "eV"), Units.toSI(96.48533212, "kJ/mol"), 1e-27);
        assertEquals(96485.33212, PhysicalConstants.FARADAY, 1e-5);
        assertEquals(8.314462618, PhysicalConstants.GAS_CONSTANT, 1e-9);
    }

    @Test
    void readsUnicodeSymbols() {
        assertEquals(Units.toSI(1, "uS/cm"), Units.toSI(1, "µS/cm"));
        assertEquals(Units.toSI(1, "Ohm cm2"), Units.toSI(1, "Ω cm²"));
        assertEquals(Units.toSI(1, "Ohm cm2"), Units.toSI(1, "Ω·cm²"));
        assertEquals(Dimension.AREA, Units.find("mm²").orElseThrow().dimension());
    }

    @Test
    void rejectsUnknownUnitsByName() {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> Units.toSI(1, "furlong"));
        assertTrue(e.getMessage().contains("furlong"), e.getMessage());
    }

    @Test
    void listsUnitsOfADimensionSiFirst() {
        assertEquals("S/m", Units.of(Dimension.CONDUCTIVITY).get(0).symbol());
        assertTrue(Units.of(Dimension.CONDUCTIVITY).stream().anyMatch(u -> u.symbol().equals("S/cm")));
    }
}
