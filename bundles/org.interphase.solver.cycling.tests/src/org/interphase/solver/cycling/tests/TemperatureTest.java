/*
 * Copyright (c) 2026 the Interphase contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.interphase.solver.cycling.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.interphase.solver.cycling.FullCellResult;
import org.interphase.solver.cycling.FullCellSettings;
import org.interphase.solver.cycling.FullCellSolver;
import org.interphase.solver.cycling.SymmetricCellSolver;
import org.interphase.solver.cycling.SymmetricResult;
import org.interphase.solver.cycling.SymmetricSettings;
import org.junit.jupiter.api.Test;

/**
 * Cells at 60 degC and -20 degC against 25 degC (issue 9, item 6). The expected values are computed here by hand from
 * the Arrhenius form sigma(T) = sigma_ref exp(-E_a/k_B (1/T - 1/T_ref)) and the example's numbers (LATP: bulk 1e-3 S/cm
 * with E_a 0.25 eV, specific grain boundary 1e-6 S/cm with 5 nm boundaries around 5 um grains, total E_a 0.35 eV;
 * 1 mm pellet; contacts 0.2678 Ohm m2 dry, 0.02125 Ohm m2 wetted), never by running the solver at two temperatures and
 * comparing it with itself.
 */
class TemperatureTest {

    static final double K_B = 1.380649e-23;
    static final double EV = 1.602176634e-19;
    static final double T_REF = 298.15;
    static final double HOT = 333.15;
    static final double COLD = 253.15;

    /** L/sigma(T) of the example's 1 mm LATP pellet, Ohm m2, bulk and grain boundaries in series, each with its activation energy. */
    static double latpAsr(double t) {
        double rhoBulk = 1 / 0.1; // 1e-3 S/cm = 0.1 S/m
        double rhoGb = (5e-9 / 5e-6) / 1e-4; // (delta/g)/sigma_gb, 1e-6 S/cm = 1e-4 S/m
        double eBulk = 0.25 * EV;
        double eTotal = 0.35 * EV;
        // the grain boundaries' energy makes the series show the total energy at T_ref: (rb Eb + rgb Egb)/(rb + rgb) = Et
        double eGb = (eTotal * (rhoBulk + rhoGb) - rhoBulk * eBulk) / rhoGb; // 0.45 eV here
        assertEquals(0.45 * EV, eGb, 1e-9 * EV);
        double x = 1 / t - 1 / T_REF;
        return 1e-3 * (rhoBulk * Math.exp(eBulk / K_B * x) + rhoGb * Math.exp(eGb / K_B * x));
    }

    final SymmetricCellSolver symmetric = new SymmetricCellSolver();

    private SymmetricResult bare(double temperature, Double contactEnergy) throws Exception {
        SymmetricSettings s = SymmetricCellTest.withoutDegradation(symmetric.defaultSettings(Example.cell("Li|LATP|Li")));
        s.duration = 2 * 3600.0;
        s.temperature = temperature;
        s.contactActivationEnergy = contactEnergy;
        return symmetric.solve(s, null);
    }

    @Test
    void symmetricCellAsrFollowsTheActivationEnergies() throws Exception {
        assertEquals(0.02, latpAsr(T_REF), 1e-15); // 100 + 100 Ohm cm2
        double contact = 0.2678;
        double initialInterphases = 2 * 1e-9 / 1e-4; // L0 = 1 nm on each side at sigma_i,M = 1e-6 S/cm, temperature-independent
        for (double t : new double[] { T_REF, HOT, COLD }) {
            SymmetricResult r = bare(t, null);
            // contacts have no activation energy by default: temperature-independent, and the notes say so
            assertEquals(latpAsr(t) + 2 * contact + initialInterphases, r.initialAsr(), 1e-9, "at " + t + " K");
            assertTrue(r.notes().stream().anyMatch(n -> n.startsWith("contact ASR: temperature-independent")), r.notes().toString());
            assertTrue(r.notes().stream().anyMatch(n -> n.startsWith("validity:")), r.notes().toString());
            double ea = 0.3 * EV;
            SymmetricResult withContact = bare(t, ea);
            assertEquals(latpAsr(t) + 2 * contact * Math.exp(ea / K_B * (1 / t - 1 / T_REF)) + initialInterphases, withContact.initialAsr(), 1e-9,
                    "at " + t + " K");
        }
        // direction and size: hotter conducts better
        assertTrue(bare(HOT, null).initialAsr() < bare(T_REF, null).initialAsr());
        assertTrue(bare(COLD, null).initialAsr() > bare(T_REF, null).initialAsr());
        // the LATP part alone: x0.2593 at 60 degC and x14.07 at -20 degC (by hand above)
        assertEquals(0.2593, latpAsr(HOT) / latpAsr(T_REF), 5e-4);
        assertEquals(14.07, latpAsr(COLD) / latpAsr(T_REF), 5e-3);
    }

    /**
     * The full cell's voltage gap at mid-capacity is 2 (I/A) ASR at 0.1C (docs/physics.md 3.2, V-CYC-3) once the cathode
     * kinetics are switched off and lithium's exchange current is large: its change with temperature is 2 (I/A) times
     * the change of the electrolyte's ASR computed by hand.
     */
    @Test
    void fullCellVoltageGapFollowsTheElectrolyte() throws Exception {
        FullCellSolver solver = new FullCellSolver();
        double[] gap = new double[3];
        double[] temperatures = { T_REF, HOT, COLD };
        double oneC = Double.NaN;
        for (int k = 0; k < 3; k++) {
            FullCellSettings s = solver.defaultSettings(Example.cell("Li|IL|LATP|IL|LFP"));
            s.protocol = "Charge at 0.1C until 4.2 V; Discharge at 0.1C until 2.0 V";
            s.j0Coefficient = 0;
            s.lithiumExchangeCurrentDensity = 1e6;
            s.temperature = temperatures[k];
            FullCellResult r = solver.solve(s, null);
            FullCellResult.Cycle c = r.cycles().get(0);
            gap[k] = c.midChargeVoltage() - c.midDischargeVoltage();
            oneC = r.oneC();
            assertTrue(r.notes().stream().anyMatch(n -> n.contains("'LATP' bulk conductivity: Arrhenius, E_a 0.25 eV")), r.notes().toString());
        }
        double area = Math.PI * 0.004 * 0.004; // the 8 mm die
        double i = 0.1 * oneC / area;
        assertEquals(2 * i * (latpAsr(HOT) - latpAsr(T_REF)), gap[1] - gap[0], 0.01 * Math.abs(gap[1] - gap[0]));
        assertEquals(2 * i * (latpAsr(COLD) - latpAsr(T_REF)), gap[2] - gap[0], 0.01 * Math.abs(gap[2] - gap[0]));
        assertTrue(gap[1] < gap[0] && gap[2] > gap[0]);
    }
}
