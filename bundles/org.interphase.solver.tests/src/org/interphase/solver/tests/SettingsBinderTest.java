/*
 * Copyright (c) 2026 the Interphase contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.interphase.solver.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.interphase.solver.settings.Setting;
import org.interphase.solver.settings.SettingsBinder;
import org.interphase.solver.settings.SettingsException;
import org.junit.jupiter.api.Test;

/** Settings read from text with units, checked against their ranges, written back as key=value. */
class SettingsBinderTest {

    enum Law {
        LINEAR, PARABOLIC
    }

    static class Example {
        @Setting(key = "sigma_e", label = "Electronic conductivity", unit = "S/m", min = 0, minExclusive = true, source = "docs/physics.md 1.2")
        double electronicConductivity = 1e-3;
        @Setting(key = "e_drive", label = "Driving voltage", unit = "V", min = 0)
        double drivingVoltage = 2.17;
        @Setting(key = "cycles", label = "Cycles", min = 1)
        int cycles = 20;
        @Setting(key = "law", label = "Growth law")
        Law law = Law.LINEAR;
        @Setting(key = "wetted", label = "Wetted")
        boolean wetted = true;
    }

    @Test
    void convertsValuesWithUnitsToTheFieldsSiUnit() throws Exception {
        Example e = new Example();
        SettingsBinder.set(e, List.of("sigma_e=1e-5 S/cm", "e_drive=2500 mV", "cycles=5", "law=parabolic", "wetted=false"));
        assertEquals(1e-3, e.electronicConductivity, 1e-18); // 1e-5 S/cm = 1e-3 S/m (docs/physics.md: S/cm x100)
        assertEquals(2.5, e.drivingVoltage, 1e-15);
        assertEquals(5, e.cycles);
        assertEquals(Law.PARABOLIC, e.law);
        assertEquals(false, e.wetted);
        SettingsBinder.set(e, "sigma_e", "0.2");
        assertEquals(0.2, e.electronicConductivity);
    }

    @Test
    void namesTheSettingAndTheRuleWhenRefusing() {
        Example e = new Example();
        assertMessage(() -> SettingsBinder.set(e, "sigma_e", "-1"), "sigma_e (Electronic conductivity) must be > 0 S/m (is -1 S/m)");
        assertMessage(() -> SettingsBinder.set(e, "sigma_e", "1 mm"), "sigma_e: 'mm' measures length, not conductivity");
        assertMessage(() -> SettingsBinder.set(e, "sigma_e", "fast"), "sigma_e: 'fast' is not a number");
        assertMessage(() -> SettingsBinder.set(e, "cycles", "2.5"), "cycles: '2.5' is not a whole number");
        assertMessage(() -> SettingsBinder.set(e, "law", "cubic"), "law: 'cubic' is not one of [linear, parabolic]");
        assertMessage(() -> SettingsBinder.set(e, "nope", "1"), "unknown setting 'nope'; the settings are [sigma_e, e_drive, cycles, law, wetted]");
        assertMessage(() -> SettingsBinder.set(e, List.of("cycles")), "'cycles' is not KEY=VALUE");
    }

    @Test
    void writesValuesWithTheirUnits() {
        assertEquals("0.001 S/m", SettingsBinder.values(new Example()).get("sigma_e"));
        assertEquals("20", SettingsBinder.values(new Example()).get("cycles"));
        assertEquals("LINEAR", SettingsBinder.values(new Example()).get("law"));
        assertEquals("docs/physics.md 1.2", SettingsBinder.find(Example.class, "sigma_e").orElseThrow().setting().source());
    }

    private static void assertMessage(org.junit.jupiter.api.function.Executable run, String expected) {
        SettingsException e = assertThrows(SettingsException.class, run);
        assertTrue(e.getMessage().startsWith(expected), e.getMessage());
    }
}
