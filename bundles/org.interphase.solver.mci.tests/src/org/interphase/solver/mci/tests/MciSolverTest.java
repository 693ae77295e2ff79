/*
 * Copyright (c) 2026 the Interphase contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.interphase.solver.mci.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.interphase.model.Cell;
import org.interphase.model.LayerByLayerFilm;
import org.interphase.model.Project;
import org.interphase.solver.SolverException;
import org.interphase.solver.Solvers;
import org.interphase.solver.mci.CellStack;
import org.interphase.solver.mci.GrowthKinetics;
import org.interphase.solver.mci.InterphaseClass;
import org.interphase.solver.mci.MciResult;
import org.interphase.solver.mci.MciSettings;
import org.interphase.solver.mci.MciSolver;
import org.interphase.solver.mci.StabilityWindow;
import org.interphase.solver.settings.SettingsBinder;
import org.interphase.solver.settings.SettingsException;
import org.junit.jupiter.api.Test;

/**
 * The MCI solver on cells read from the model: the paper's example (LATP window 2.17-4.21 V, the 76.7 nm LbL film)
 * and cells built with the reference script's numbers; V-MCI-1 of docs/physics.md through the model.
 */
class MciSolverTest {

    final MciSolver solver = new MciSolver();

    @Test
    void isAnOsgiServiceWithIdMci() throws Exception {
        long deadline = System.currentTimeMillis() + 5000;
        while (Solvers.find("mci").isEmpty() && System.currentTimeMillis() < deadline) {
            Thread.sleep(20);
        }
        assertTrue(Solvers.find("mci").isPresent(), "no solver 'mci' among " + Solvers.all());
    }

    @Test
    void bareExampleCellGrows24point6MicrometresIn40Hours() throws Exception {
        Project project = Models.example();
        MciSettings settings = solver.defaultSettings(Models.cell(project, "Li|LATP|Li"));
        MciResult result = solver.solve(settings, null);
        assertEquals(601, result.times().length);
        assertEquals(40 * 3600.0, result.times()[40], 1e-9);
        // V-MCI-1: 24.6 um at 40 h (the model's density 2.926 g/cm3 against the script's 2.9263: 1e-4 apart)
        assertEquals(24.6279e-6, result.thickness()[40], 0.003e-6);
        assertEquals(318.585e-6, result.thickness()[600], 0.05e-6);
        // ASR_MCI at 40 h = 2.46e3 Ohm cm2 = 0.246 Ohm m2
        assertEquals(0.2463, result.asr()[40], 0.0005);
        assertEquals(InterphaseClass.MCI, result.interphaseClass());
        assertEquals(1, result.protectionFactor(), 1e-12);
        for (MciResult.Side side : result.sides()) {
            assertEquals(CellStack.ElectrodeKind.LITHIUM_METAL, side.kind());
            assertEquals(StabilityWindow.Reaction.REDUCTION, side.reaction());
            assertEquals(2.17, side.window().reduction(), 1e-12);
            assertEquals(4.21, side.window().oxidation(), 1e-12);
            assertEquals(-1.56 * 1.602176634e-19, side.window().decompositionEnergyAtLithium(), 1e-24);
            assertTrue(side.window().reductionProducts().contains("LiTiPO5"));
            assertTrue(side.reason().contains("below the reduction limit 2.17 V"), side.reason());
        }
        assertEquals("Li, first", result.sides().get(0).label());
        assertEquals("mci", result.provenance().solverId());
        assertTrue(result.provenance().settings().get("e_drive (Li, first)").startsWith("2.17 V (model"),
                result.provenance().settings().toString());
        assertTrue(result.provenance().inputs().contains("Li|LATP|Li"), result.provenance().inputs());
    }

    @Test
    void coatedExampleCellReadsTheFilmFromItsGrowthLaw() throws Exception {
        Project project = Models.example();
        Cell coated = Models.cell(project, "Li|IL|LATP|IL|Li");
        CellStack stack = CellStack.of(coated);
        CellStack.Interlayer film = stack.first().interlayers().get(0);
        assertEquals(76.7e-9, film.thickness(), 1e-15); // V-LBL-1: 1.7 + 30 x 2.5 nm
        assertEquals(2.3e-2, film.ionicConductivity(), 1e-15); // wetted: 2.3e-4 S/cm
        assertEquals(1e-12, film.electronicConductivity(), 1e-27); // 1e-14 S/cm
        assertEquals(0.03043e-4 * 76.7 / 70, film.ionicAsr(), 2e-9); // V-LBL-2 scaled from 70 to 76.7 nm
        // with the film at 70 nm the model's cell reproduces the reference table: L(600 h) = 0.05448 um (1e-14 S/cm)
        MciSettings settings = solver.defaultSettings(coated);
        settings.interlayerThickness = 70e-9;
        MciResult at70 = solver.solve(settings, null);
        assertEquals(0.05448e-6, at70.thickness()[600], 0.00002e-6);
        assertEquals(0.00457e-6, at70.thickness()[40], 0.00002e-6);
        assertEquals(7.0e3, at70.protectionFactor(), 70);
        // the model's own film (76.7 nm): P = 1 + 76.7e-9 / (1e-12 x 10) = 7671; linear regime L(600 h) ~ L0 + v t
        MciResult own = solver.solve(solver.defaultSettings(coated), null);
        assertEquals(7671, own.protectionFactor(), 1);
        double v = 7.707e-5 * 2.17 / (96485.33212 * (10 + 76.7e-9 / 2.3e-2 + 76.7e-9 / 1e-12));
        assertEquals(1e-9 + v * 600 * 3600, own.thickness()[600], 0.01 * own.thickness()[600]);
        assertTrue(own.thickness()[600] < 60e-9, "coated L(600 h) = " + own.thickness()[600]);
        // dry film: the same electronic blocking (protection does not depend on the ionic conductivity)
        ((LayerByLayerFilm) film.layer()).setWetted(false);
        MciResult dry = solver.solve(solver.defaultSettings(coated), null);
        assertEquals(own.protectionFactor(), dry.protectionFactor(), 0.01 * own.protectionFactor());
    }

    @Test
    void pinholesSwitchToTheOdeAndBringBackBareGrowth() throws Exception {
        Cell coated = Models.cell(Models.example(), "Li|IL|LATP|IL|Li");
        MciSettings settings = solver.defaultSettings(coated);
        settings.pinholeFraction = 0.01;
        MciResult leaky = solver.solve(settings, null);
        assertTrue(leaky.reported().method().startsWith("ODE"), leaky.reported().method());
        MciResult bare = solver.solve(solver.defaultSettings(Models.cell(Models.example(), "Li|LATP|Li")), null);
        double ratio = (leaky.thickness()[10] - 1e-9) / (bare.thickness()[10] - 1e-9);
        assertEquals(0.01, ratio, 0.001); // 1 % pinholes: about 1 % of the bare growth
        settings.method = GrowthKinetics.Method.CLOSED_FORM;
        SolverException e = assertThrows(SolverException.class, () -> solver.solve(settings, null));
        assertTrue(e.getMessage().contains("not valid") && e.getMessage().contains("pinhole"), e.getMessage());
    }

    @Test
    void classifiesEachSide() throws Exception {
        Project project = Models.example();
        // Li | LATP | LFP: reduction at Li, LFP (3.4 V) inside the window
        MciResult full = solver.solve(solver.defaultSettings(Models.cell(project, "Li|LATP|LFP")), null);
        assertEquals(InterphaseClass.MCI, full.sides().get(0).interphaseClass());
        assertEquals(InterphaseClass.STABLE, full.sides().get(1).interphaseClass());
        assertEquals(StabilityWindow.Reaction.NONE, full.sides().get(1).reaction());
        assertEquals(3.398, full.sides().get(1).electrodePotential(), 0.001); // U_Afshar(0.5)
        assertFalse(full.sides().get(1).grows());
        assertTrue(full.sides().get(1).reason().contains("inside the stability window"), full.sides().get(1).reason());
        // SS | LATP | Li: the blocking electrode has no lithium source; the reported side is the lithium one
        MciResult blocking = solver.solve(solver.defaultSettings(Models.cell(project, "SS|LATP|Li")), null);
        assertEquals(InterphaseClass.STABLE, blocking.sides().get(0).interphaseClass());
        assertNull(blocking.sides().get(0).window());
        assertEquals("Li", blocking.reported().electrode());
        // an electronically insulating interphase is SEI-like and stays at L0
        MciSettings insulating = solver.defaultSettings(Models.cell(project, "Li|LATP|Li"));
        insulating.interphaseElectronicConductivity = 0;
        MciResult sei = solver.solve(insulating, null);
        assertEquals(InterphaseClass.SEI_LIKE, sei.interphaseClass());
        assertEquals(1e-9, sei.thickness()[600], 0);
        // the classification threshold (1e-10 S/cm)
        insulating.interphaseElectronicConductivity = 2e-8;
        assertEquals(InterphaseClass.MCI, solver.solve(insulating, null).interphaseClass());
        insulating.interphaseElectronicConductivity = 0.5e-8;
        assertEquals(InterphaseClass.SEI_LIKE, solver.solve(insulating, null).interphaseClass());
    }

    @Test
    void codeBuiltCellsReproduceTheReferenceTableThroughTheModel() throws Exception {
        MciResult bare = solver.solve(solver.defaultSettings(Models.lithiumCell(0, 0, 0)), null);
        assertEquals(24.62789e-6, bare.thickness()[40], 0.00001e-6);
        MciResult coated = solver.solve(solver.defaultSettings(Models.lithiumCell(70e-9, 2.3e-2, 1e-10)), null);
        assertEquals(0.35256e-6, coated.thickness()[40], 0.000005e-6);
        assertEquals(5.27413e-6, coated.thickness()[600], 0.000005e-6);
        assertEquals(71, coated.protectionFactor(), 0.05);
    }

    @Test
    void refusesBadSettingsAndIncompleteModelsNamingTheProblem() throws Exception {
        MciSettings settings = solver.defaultSettings();
        SolverException noCell = assertThrows(SolverException.class, () -> solver.solve(settings, null));
        assertTrue(noCell.getMessage().contains("no cell"), noCell.getMessage());
        assertMessage(() -> SettingsBinder.set(settings, "sigma_i_mci", "-1e-6 S/cm"), "sigma_i_mci (Ionic conductivity of the interphase) must be > 0");
        assertMessage(() -> SettingsBinder.set(settings, "interlayer_thickness", "-70 nm"), "interlayer_thickness (Interlayer thickness (all interlayers)) must be > 0");
        assertMessage(() -> SettingsBinder.set(settings, "pinhole_fraction", "1.5"), "pinhole_fraction (Pinhole fraction (all interlayers)) must be >= 0 and <= 1 (is 1.5)");
        assertMessage(() -> SettingsBinder.set(settings, "r_rxn", "10 S/m"), "r_rxn: 'S/m' measures conductivity, not area specific resistance");
        SettingsBinder.set(settings, "sigma_i_mci", "1e-6 S/cm");
        assertEquals(1e-4, settings.interphaseIonicConductivity, 1e-18);
        // a set field out of range is caught when solving too
        settings.setCell(Models.cell(Models.example(), "Li|LATP|Li"));
        settings.reactionResistance = -1;
        assertThrows(SettingsException.class, () -> solver.solve(settings, null));
        // a film material without electronic conductivity
        Cell coated = Models.cell(Models.example(), "Li|IL|LATP|IL|Li");
        ((LayerByLayerFilm) CellStack.of(coated).first().interlayers().get(0).layer()).getFilmMaterial().setElectronicConductivity(null);
        SolverException missing = assertThrows(SolverException.class, () -> solver.solve(solver.defaultSettings(coated), null));
        assertEquals("cell 'Li|IL|LATP|IL|Li': interlayer 'IL': material '(PAA/PEO) LbL film, cross-linked' has no electronic conductivity; "
                + "give one in the model or set the interlayer electronic conductivity", missing.getMessage());
    }

    private static void assertMessage(org.junit.jupiter.api.function.Executable run, String start) {
        SolverException e = assertThrows(SolverException.class, run);
        assertTrue(e.getMessage().startsWith(start), e.getMessage());
    }

    /**
     * Growth stops at the layer it consumes (issue 9, item 6; before: 5000 h gave 1.64 mm per side of a 1 mm pellet).
     * Each side of the bare cell grows by eq. 1.3; the two fronts meet when each is 0.5 mm thick, at
     * t = F/(2 s Omega E) ((L + r0 s)^2 - (r0 s + L0)^2), computed here from docs/physics.md's parameters.
     */
    @Test
    void growthStopsWhenTheElectrolyteIsConsumed() throws Exception {
        MciSettings settings = solver.defaultSettings(Models.cell(Models.example(), "Li|LATP|Li"));
        settings.duration = 5000 * 3600.0;
        MciResult r = solver.solve(settings, null);
        double f = 96485.33212;
        double s = 1e-4 * 1e-3 / (1e-4 + 1e-3);
        double omega = 0.38340 / (2926 * 1.7);
        double r0 = 10;
        double meet = f / (2 * s * omega * 2.17) * (Math.pow(0.5e-3 + r0 * s, 2) - Math.pow(r0 * s + 1e-9, 2));
        double step = settings.duration / (settings.points - 1);
        assertEquals(meet, r.consumedAt(), step, "met at " + meet / 3600 + " h");
        int last = r.times().length - 1;
        double total = r.sides().get(0).thickness()[last] + r.sides().get(1).thickness()[last];
        assertEquals(1e-3, total, 1e-12);
        assertTrue(r.notes().stream().anyMatch(n -> n.contains("consumed the whole electrolyte")), r.notes().toString());
        assertTrue(r.notes().stream().anyMatch(n -> n.startsWith("validity:")), r.notes().toString());
        // 600 h (the paper's run): 2 x 319 um, not consumed
        settings.duration = 600 * 3600.0;
        assertEquals(Double.NaN, solver.solve(settings, null).consumedAt());
    }

    /** With an activation energy for the interphase, growth follows temperature; without, the notes say it does not. */
    @Test
    void interphaseGrowthFollowsItsActivationEnergy() throws Exception {
        MciSettings cold = solver.defaultSettings(Models.cell(Models.example(), "Li|LATP|Li"));
        cold.temperature = 253.15;
        MciResult independent = solver.solve(cold, null);
        assertEquals(24.6279e-6, independent.thickness()[40], 0.003e-6);
        assertTrue(independent.notes().stream().anyMatch(n -> n.contains("temperature-independent (no activation energy; set ea_mci)")),
                independent.notes().toString());
        cold.interphaseActivationEnergy = 0.3 * 1.602176634e-19;
        double factor = Math.exp(-0.3 * 1.602176634e-19 / 1.380649e-23 * (1 / 253.15 - 1 / 298.15));
        // early growth is reaction-limited: rate Omega E / (F r_rxn) scales with 1/r_rxn, i.e. with the factor
        MciResult slow = solver.solve(cold, null);
        double rate0 = independent.sides().get(0).kinetics().rate(1e-9);
        assertEquals(rate0 * factor, slow.sides().get(0).kinetics().rate(1e-9), 1e-6 * rate0 * factor);
    }
}
