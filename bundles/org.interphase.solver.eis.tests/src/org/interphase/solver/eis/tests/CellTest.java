/*
 * Copyright (c) 2026 the Interphase contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.interphase.solver.eis.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.interphase.model.Cell;
import org.interphase.model.LayerByLayerFilm;
import org.interphase.model.Project;
import org.interphase.model.resource.InterphaseModels;
import org.interphase.solver.eis.cell.CellCircuit;
import org.interphase.solver.eis.cell.CellCircuits;
import org.interphase.solver.eis.cell.CellSettings;
import org.interphase.solver.eis.cell.Conductivity;
import org.interphase.solver.eis.circuit.Spectrum;
import org.junit.jupiter.api.Test;

/** V-EIS-6 and the brick-layer numbers (docs/physics.md 6, EIS-6), and cell-to-circuit on the example. */
class CellTest {

    static final double AREA_8MM = Math.PI * 4e-3 * 4e-3;

    static void assertRel(double expected, double actual, double tol, String what) {
        assertTrue(Math.abs(actual / expected - 1) <= tol, what + ": expected " + expected + " got " + actual);
    }

    @Test
    void veis6PaperConductivitiesToResistances() {
        double[] lmm = { 0.5, 1.0, 1.5, 2.0 };
        double[] bare = { 5526.2, 11052.4, 16578.6, 22104.9 };
        double[] coated = { 621.7, 1243.4, 1865.1, 2486.8 };
        double[] asrBare = { 2777.8, 5555.6, 8333.3, 11111.1 };
        for (int i = 0; i < lmm.length; i++) {
            double l = lmm[i] * 1e-3;
            double rb = Conductivity.resistance(1.8e-5 * 100, l, AREA_8MM);
            double rc = Conductivity.resistance(1.6e-4 * 100, l, AREA_8MM);
            assertRel(bare[i], rb, 1e-5, "R bare " + lmm[i]);
            assertRel(coated[i], rc, 1e-4, "R coated " + lmm[i]);
            assertRel(asrBare[i], rb * AREA_8MM * 1e4, 1e-5, "ASR bare");
            assertRel(1.8e-3, Conductivity.of(l, rb, AREA_8MM), 1e-12, "round trip");
        }
        // 7.5 mm after shrinkage: R larger by 1.138
        assertRel(12575.2, Conductivity.resistance(1.8e-3, 1e-3, Math.PI * 3.75e-3 * 3.75e-3), 1e-5, "7.5 mm");
        // relaxation frequencies f = sigma/(2 pi eps0 eps_r)
        assertRel(1.798e8, Conductivity.relaxationFrequency(0.1, 10), 3e-4, "1e-3 S/cm eps 10");
        assertRel(5.992e7, Conductivity.relaxationFrequency(0.1, 30), 1e-4, "1e-3 S/cm eps 30");
        assertRel(1.798e5, Conductivity.relaxationFrequency(1e-4, 10), 3e-4, "1e-6 S/cm eps 10");
    }

    @Test
    void brickLayerNumbers() {
        Conductivity.BrickLayer b = Conductivity.brickLayer(1e-3, AREA_8MM, 0.1, 1e-4, 5e-6, 5e-9, 20);
        assertRel(198.94, b.bulkResistance(), 3e-5, "R_b");
        assertRel(198.94, b.grainBoundaryResistance(), 3e-5, "R_gb");
        assertRel(8.901e-12, b.bulkCapacitance(), 1e-4, "C_b");
        assertRel(8.901e-9, b.grainBoundaryCapacitance(), 1e-4, "C_gb");
        assertRel(8.988e7, b.bulkFrequency(), 1e-4, "f_b");
        assertRel(8.988e4, b.grainBoundaryFrequency(), 1e-4, "f_gb");
        assertRel(5.0e-4 * 100, b.totalConductivity(), 1e-9, "sigma_tot");
        assertRel(1.0e-6 * 100, b.specificGrainBoundaryConductivity(), 1e-9, "sigma_gb back-calculated");
    }

    static Project example() throws Exception {
        return InterphaseModels.load(TestData.repository("examples/tolganbek2022/tolganbek2022.interphase"));
    }

    static Cell cell(Project p, String name) {
        return p.getCells().stream().filter(c -> c.getName().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void symmetricCellsOfThePaperPredictTheirApparentConductivities() throws Exception {
        Project p = example();
        CellSettings settings = new CellSettings();
        CellCircuit bare = CellCircuits.build(cell(p, "Li|LATP|Li"), settings);
        CellCircuit coated = CellCircuits.build(cell(p, "Li|IL|LATP|IL|Li"), settings);
        // structure: interface, bulk, grain boundary, interface / interface, film, bulk, grain boundary, film, interface
        assertEquals("p(R0,C0)-p(R1,C1)-p(R2,C2)-p(R3,C3)", bare.circuitString());
        assertEquals("p(R0,C0)-p(R1,C1)-p(R2,C2)-p(R3,C3)-p(R4,C4)-p(R5,C5)", coated.circuitString());
        // bulk and grain boundary from the model's LATP (the brick-layer example of docs/physics.md 6)
        assertRel(198.94, bare.parts().get(1).resistance(), 3e-5, "R_b");
        assertRel(198.94, bare.parts().get(2).resistance(), 3e-5, "R_gb");
        assertRel(8.901e-12, bare.parts().get(1).capacitance(), 1e-4, "C_b");
        // the wetted film: R = d/(sigma A) with d = 76.7 nm (linear growth), sigma = 2.3e-4 S/cm (V-LBL-2: 0.03043 Ohm cm2 at 70 nm)
        double rFilm = 76.7e-9 / (2.3e-2 * AREA_8MM);
        assertRel(rFilm, coated.parts().get(1).resistance(), 1e-9, "film");
        // the interface resistances are calibrated against the paper (CellSettings): the paper's apparent conductivities come out
        assertRel(1.8e-5 * 100, bare.apparentConductivity(), 1e-3, "bare sigma_app");
        assertRel(1.6e-4 * 100, coated.apparentConductivity(), 1e-3, "coated sigma_app");
        assertRel(11052.4, bare.totalResistance(), 1e-3, "bare R (V-EIS-6, 1 mm)");
        assertRel(1243.4, coated.totalResistance(), 1e-3, "coated R (V-EIS-6, 1 mm)");
        // the predicted spectra: low-frequency real part -> total resistance, high frequency -> 0 (bulk capacitance shorts all)
        Spectrum s = bare.spectrum(1e-4, 1e11, 151);
        assertRel(bare.totalResistance(), s.re()[s.size() - 1], 1e-4, "low-f intercept");
        assertTrue(s.re()[0] < 0.01 * bare.totalResistance());
        // the bare interface arc relaxes in the paper's window (1 Hz - 1 MHz), the bulk far above it
        assertTrue(bare.parts().get(0).frequency() > 1 && bare.parts().get(0).frequency() < 1e6, bare.parts().get(0).toString());
        assertTrue(bare.parts().get(1).frequency() > 1e7);
    }

    @Test
    void aDryFilmDominatesTheCoatedCell() throws Exception {
        Project p = example();
        Cell coated = cell(p, "Li|IL|LATP|IL|Li");
        CellCircuit wet = CellCircuits.build(coated, new CellSettings());
        ((LayerByLayerFilm) coated.getStack().get(1).getLayer()).setWetted(false);
        CellCircuit dry = CellCircuits.build(coated, new CellSettings());
        // two films at the dry 1e-8 S/cm: 2 d/(sigma_dry A) - 2 d/(sigma_wet A)
        double expected = 2 * 76.7e-9 / (1e-6 * AREA_8MM) - 2 * 76.7e-9 / (2.3e-2 * AREA_8MM);
        assertRel(expected, dry.totalResistance() - wet.totalResistance(), 1e-9, "dry - wet");
        assertTrue(dry.apparentConductivity() < 0.5 * wet.apparentConductivity());
    }

    @Test
    void aBlockingElectrodeAddsACapacitiveTail() throws Exception {
        CellCircuit ss = CellCircuits.build(cell(example(), "SS|LATP|Li"), new CellSettings());
        assertTrue(ss.blocking());
        assertEquals("C0-p(R1,C1)-p(R2,C2)-p(R3,C3)", ss.circuitString());
        Spectrum s = ss.spectrum(1e-3, 1e9, 61);
        assertTrue(-s.im()[s.size() - 1] > 10 * s.re()[s.size() - 1], "capacitive tail at low f");
    }
}
