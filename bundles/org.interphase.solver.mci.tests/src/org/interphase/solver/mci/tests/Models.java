/*
 * Copyright (c) 2026 the Interphase contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.interphase.solver.mci.tests;

import java.nio.file.Path;

import org.interphase.model.Cell;
import org.interphase.model.ElectrodeLayer;
import org.interphase.model.InterphaseFactory;
import org.interphase.model.Layer;
import org.interphase.model.MaterialLayer;
import org.interphase.model.Metal;
import org.interphase.model.Polymer;
import org.interphase.model.Project;
import org.interphase.model.Quantity;
import org.interphase.model.SolidElectrolyte;
import org.interphase.model.StabilityWindow;
import org.interphase.model.StackEntry;
import org.interphase.model.resource.InterphaseModels;

/** The paper's example model, and small cells built in code with docs/physics.md's numbers. */
final class Models {

    static final InterphaseFactory F = InterphaseFactory.eINSTANCE;

    private Models() {
    }

    static Path examplePath() {
        return Path.of(System.getProperty("interphase.repository", "../.."), "examples", "tolganbek2022", "tolganbek2022.interphase");
    }

    static Project example() throws Exception {
        return InterphaseModels.load(examplePath());
    }

    static Cell cell(Project project, String name) {
        return project.getCells().stream().filter(c -> name.equals(c.getName())).findFirst().orElseThrow();
    }

    static Quantity q(double value, String unit) {
        Quantity q = F.createQuantity();
        q.setValue(value);
        q.setUnit(unit);
        return q;
    }

    /**
     * Li | [film d, sigma_i, sigma_e] | LATP 1 mm | [film] | Li with the MCI-1 numbers of docs/physics.md 1.2:
     * LATP with Omega given by M / (rho x 1.7), window 2.17-4.21 V. {@code filmThickness} <= 0 builds the bare cell.
     */
    static Cell lithiumCell(double filmThickness, double filmIonic, double filmElectronic) {
        Project project = F.createProject();
        SolidElectrolyte latp = F.createSolidElectrolyte();
        latp.setName("LATP");
        latp.setFormula("Li1.3Al0.3Ti1.7(PO4)3");
        // Omega = M / (rho 1.7) = 7.707119747982014e-5 m3/mol as the reference script computes it from the lattice
        latp.setMolarMass(q(383.4018, "g/mol"));
        latp.setDensity(q(383.4018 / (7.707119747982014e-5 * 1.7) / 1e6, "g/cm3"));
        latp.setBulkConductivity(q(1e-3, "S/cm"));
        StabilityWindow window = F.createStabilityWindow();
        window.setReductionPotential(q(2.17, "V"));
        window.setOxidationPotential(q(4.21, "V"));
        window.setReductionProducts("P, LiTiPO5, AlPO4, Li3PO4");
        latp.setStabilityWindow(window);
        Metal li = F.createMetal();
        li.setName("Li");
        li.setFormula("Li");
        li.setExchangeCurrentDensity(q(7.06, "mA/cm2"));
        Polymer film = F.createPolymer();
        film.setName("film");
        film.setIonicConductivityDry(q(filmIonic, "S/m"));
        film.setIonicConductivityWetted(q(filmIonic, "S/m"));
        film.setElectronicConductivity(q(filmElectronic, "S/m"));
        project.getMaterials().add(latp);
        project.getMaterials().add(li);
        project.getMaterials().add(film);
        MaterialLayer pellet = F.createMaterialLayer();
        pellet.setName("pellet");
        pellet.setMaterial(latp);
        pellet.setThickness(q(1, "mm"));
        pellet.setDiameter(q(8, "mm"));
        ElectrodeLayer foil = F.createElectrodeLayer();
        foil.setName("Li");
        foil.setMaterial(li);
        foil.setThickness(q(450, "um"));
        MaterialLayer il = F.createMaterialLayer();
        il.setName("film");
        il.setMaterial(film);
        il.setThickness(q(filmThickness > 0 ? filmThickness : 1e-9, "m"));
        project.getLayers().add(pellet);
        project.getLayers().add(foil);
        project.getLayers().add(il);
        Cell cell = F.createCell();
        cell.setName(filmThickness > 0 ? "coated" : "bare");
        Layer[] stack = filmThickness > 0 ? new Layer[] { foil, il, pellet, il, foil } : new Layer[] { foil, pellet, foil };
        for (Layer layer : stack) {
            StackEntry entry = F.createStackEntry();
            entry.setLayer(layer);
            cell.getStack().add(entry);
        }
        project.getCells().add(cell);
        return cell;
    }
}
