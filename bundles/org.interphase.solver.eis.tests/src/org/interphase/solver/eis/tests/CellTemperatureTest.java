/*
 * Copyright (c) 2026 the Interphase contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.interphase.solver.eis.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.interphase.model.Cell;
import org.interphase.model.Project;
import org.interphase.model.resource.InterphaseModels;
import org.interphase.solver.eis.cell.CellCircuit;
import org.interphase.solver.eis.cell.CellCircuits;
import org.interphase.solver.eis.cell.CellSettings;
import org.junit.jupiter.api.Test;

/**
 * The cell-to-circuit step follows temperature by Arrhenius (issue 9, item 6): each resistance at 60 degC and -20 degC
 * against 25 degC by the factor computed here by hand from the example's activation energies (LATP bulk 0.25 eV; the
 * grain boundaries 0.45 eV, which makes bulk + grain boundaries, 100 + 100 Ohm cm2 at 25 degC, show the total 0.35 eV),
 * and the settings' for interlayers and charge transfer; capacitances do not change.
 */
class CellTemperatureTest {

    static final double K_B = 1.380649e-23;
    static final double EV = 1.602176634e-19;

    static double resistanceFactor(double ev, double t) {
        return Math.exp(ev * EV / K_B * (1 / t - 1 / 298.15));
    }

    static Project example() throws Exception {
        return InterphaseModels.load(TestData.repository("examples/tolganbek2022/tolganbek2022.interphase"));
    }

    static CellCircuit.Part part(CellCircuit c, String what) {
        return c.parts().stream().filter(p -> p.what().contains(what)).findFirst().orElseThrow(() -> new AssertionError(what + " in " + c.parts()));
    }

    @Test
    void resistancesFollowTheActivationEnergies() throws Exception {
        Project p = example();
        Cell bare = p.getCells().stream().filter(c -> c.getName().equals("Li|LATP|Li")).findFirst().orElseThrow();
        CellCircuit room = CellCircuits.build(bare, new CellSettings());
        for (double t : new double[] { 333.15, 253.15 }) {
            CellSettings s = new CellSettings();
            s.temperature = t;
            CellCircuit hot = CellCircuits.build(bare, s);
            assertEquals(t, hot.temperature(), 0);
            assertEquals(resistanceFactor(0.25, t), part(hot, "bulk").resistance() / part(room, "bulk").resistance(), 1e-9);
            assertEquals(resistanceFactor(0.45, t), part(hot, "grain boundaries").resistance() / part(room, "grain boundaries").resistance(), 1e-9);
            assertEquals(part(room, "bulk").capacitance(), part(hot, "bulk").capacitance(), 0);
            // charge transfer without an activation energy: unchanged, and said so
            assertEquals(part(room, "interface").resistance(), part(hot, "interface").resistance(), 0);
            assertTrue(hot.notes().stream().anyMatch(n -> n.startsWith("charge-transfer resistances: temperature-independent")), hot.notes().toString());
            s.chargeTransferActivationEnergy = 0.3 * EV;
            CellCircuit withRct = CellCircuits.build(bare, s);
            assertEquals(resistanceFactor(0.3, t), part(withRct, "interface").resistance() / part(room, "interface").resistance(), 1e-9);
        }
        // the total of LATP at 25 degC: 200 Ohm cm2 over 0.5027 cm2, and its apparent activation energy is the total 0.35 eV
        double rLatp = part(room, "bulk").resistance() + part(room, "grain boundaries").resistance();
        assertEquals(200 / (Math.PI * 0.4 * 0.4), rLatp, 1e-6 * rLatp);
        CellSettings near = new CellSettings();
        near.temperature = 298.15 + 0.01;
        CellCircuit warm = CellCircuits.build(bare, near);
        double rWarm = part(warm, "bulk").resistance() + part(warm, "grain boundaries").resistance();
        double apparent = K_B * Math.log(rWarm / rLatp) / (1 / near.temperature - 1 / 298.15) / EV;
        assertEquals(0.35, apparent, 1e-4);
    }

    @Test
    void interlayersFollowTheirSettingOrSayTheyAreTemperatureIndependent() throws Exception {
        Project p = example();
        Cell coated = p.getCells().stream().filter(c -> c.getName().equals("Li|IL|LATP|IL|Li")).findFirst().orElseThrow();
        CellSettings s = new CellSettings();
        CellCircuit room = CellCircuits.build(coated, s);
        s.temperature = 253.15;
        CellCircuit cold = CellCircuits.build(coated, s);
        assertEquals(part(room, "interlayer").resistance(), part(cold, "interlayer").resistance(), 0);
        assertTrue(cold.notes().stream().anyMatch(n -> n.contains("ionic conductivity: temperature-independent")), cold.notes().toString());
        s.interlayerActivationEnergy = 0.5 * EV;
        CellCircuit activated = CellCircuits.build(coated, s);
        assertEquals(resistanceFactor(0.5, 253.15), part(activated, "interlayer").resistance() / part(room, "interlayer").resistance(), 1e-9);
    }
}
