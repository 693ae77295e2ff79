/*
 * Copyright (c) 2026 the Interphase contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.interphase.data.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.interphase.data.QuantityKind;
import org.interphase.data.units.UnitTable;
import org.interphase.data.units.UnitTable.Unit;
import org.junit.jupiter.api.Test;

/** The one units table: instrument spellings, SI factors by definition (1 mAh = 3.6 C, 1 eV = e J, 0 degC = 273.15 K). */
public class UnitTableTest {

    @Test
    public void readsTheSpellingsInstrumentsWrite() {
        // EC-Lab "mA.h", NOVA "µA", Gamry "ohms", Neware "mO" and "℃", text exports "Ω", "mΩ", "sec"
        assertEquals(3.6, UnitTable.toSI(1, "mA.h"), 1e-15);
        assertEquals(3.6, UnitTable.toSI(1, "mAh"), 1e-15);
        assertEquals(3600, UnitTable.toSI(1, "W.h"), 1e-12);
        assertEquals(1e-6, UnitTable.toSI(1, "µA"), 1e-21);
        assertEquals(1e-6, UnitTable.toSI(1, "μA"), 1e-21); // Greek mu as well as the micro sign
        assertEquals("Ohm", UnitTable.get("ohms").si());
        assertEquals(1e-3, UnitTable.toSI(1, "mO"), 1e-18);
        assertEquals(1e-3, UnitTable.toSI(1, "mΩ"), 1e-18);
        assertEquals(298.15, UnitTable.toSI(25, "℃"), 1e-12);
        assertEquals(298.15, UnitTable.toSI(25, "°C"), 1e-12);
        assertEquals(1, UnitTable.toSI(1, "sec"));
        assertEquals(7200, UnitTable.toSI(2, "hours"));
        assertEquals(Math.PI, UnitTable.toSI(180, "°"), 1e-15);
        assertEquals(1e12, UnitTable.toSI(1, "µF-2"), 1);
        assertEquals(1e-2, UnitTable.toSI(1, "Ohm.cm"), 1e-18);
        assertEquals(3600, UnitTable.toSI(1, "mAh/V.g"), 1e-12); // Neware's mAh/(V g) to C/(V kg)
    }

    @Test
    public void convertsToTheSiUnitsOfTheQuantityKinds() {
        // what importers store must be the unit QuantityKind names
        assertEquals(QuantityKind.CHARGE.siUnit(), UnitTable.get("mAh").si());
        assertEquals(QuantityKind.ENERGY.siUnit(), UnitTable.get("mWh").si());
        assertEquals(QuantityKind.POWER.siUnit(), UnitTable.get("mW").si());
        assertEquals(QuantityKind.IMPEDANCE_PHASE.siUnit(), UnitTable.get("deg").si());
        assertEquals(QuantityKind.TEMPERATURE.siUnit(), UnitTable.get("degC").si());
        assertEquals(QuantityKind.CURRENT_DENSITY.siUnit(), UnitTable.get("mA/cm²").si());
        assertEquals(10, UnitTable.toSI(1, "mA/cm²"), 1e-12);
        assertEquals(QuantityKind.FREQUENCY.siUnit(), UnitTable.get("kHz").si());
        assertEquals(QuantityKind.CAPACITANCE.siUnit(), UnitTable.get("nF").si());
    }

    @Test
    public void energiesPerParticleAndPercent() {
        assertEquals(1.602176634e-19, UnitTable.toSI(1, "eV"), 1e-30);
        assertEquals(UnitTable.toSI(1, "eV"), UnitTable.toSI(96.48533212, "kJ/mol"), 1e-27); // 1 eV per particle is 96.485 kJ/mol
        assertEquals(0.5, UnitTable.toSI(50, "%"), 1e-15);
        assertEquals("1", UnitTable.get("%").si());
    }

    @Test
    public void everyQuantityHasItsSiUnitWithFactorOne() {
        for (String quantity : UnitTable.quantities()) {
            Unit first = UnitTable.of(quantity).get(0);
            assertTrue(first.isSI(), quantity + ": " + first);
            for (Unit u : UnitTable.of(quantity)) {
                assertEquals(first.si(), u.si(), u.symbol());
                assertEquals(u, UnitTable.get(u.symbol()), u.symbol());
                assertEquals(12.5, u.fromSI(u.toSI(12.5)), 1e-9, u.symbol());
            }
        }
    }

    @Test
    public void unknownUnitsAreNamedAndInstrumentOnlyUnitsAreNotListed() {
        assertNull(UnitTable.get("furlong"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> UnitTable.toSI(1, "furlong"));
        assertTrue(e.getMessage().contains("furlong"), e.getMessage());
        assertNull(UnitTable.get("mA", "potential"));
        assertFalse(UnitTable.get("mWh").listed());
        assertTrue(UnitTable.get("mA").listed());
        assertEquals("1", UnitTable.get("").si());
        assertEquals("1", UnitTable.get(null).si());
    }
}
