/*
 * Copyright (c) 2026 the Interphase contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.interphase.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;
import org.interphase.model.Cell;
import org.interphase.model.Composite;
import org.interphase.model.LayerByLayerFilm;
import org.interphase.model.MaterialLayer;
import org.interphase.model.Polymer;
import org.interphase.model.Project;
import org.interphase.model.Quantity;
import org.interphase.model.SolidElectrolyte;
import org.interphase.model.SourceKind;
import org.interphase.model.geometry.CellGeometry;
import org.interphase.model.validation.ModelValidation;
import org.junit.jupiter.api.Test;

/** The paper's example project: complete, sourced, valid (docs/physics.md 0, 4, 5). */
class ExampleProjectTest {

    @Test
    void validatesWithoutAnyIssue() throws Exception {
        List<ModelValidation.Issue> issues = ModelValidation.check(ExampleProject.load());
        assertEquals(List.of(), issues.stream().map(Object::toString).toList());
    }

    @Test
    void hasThePaperCellsWithTheirStacks() throws Exception {
        Project project = ExampleProject.load();
        assertEquals(List.of("Li|LATP|Li", "Li|IL|LATP|IL|Li", "SS|LATP|Li", "SS|IL|LATP|IL|Li", "Li|LATP|LFP", "Li|IL|LATP|IL|LFP"),
                project.getCells().stream().map(Cell::getName).toList());
        for (Cell cell : project.getCells()) {
            // the cell's name spells its stack: Li|IL|LATP|IL|Li
            String stack = cell.layers().stream().map(l -> l.getName().replace(" pellet", "")).collect(Collectors.joining("|"));
            assertEquals(cell.getName(), stack);
        }
    }

    @Test
    void everyQuantityNamesItsSource() throws Exception {
        Project project = ExampleProject.load();
        for (TreeIterator<EObject> it = project.eAllContents(); it.hasNext();) {
            if (it.next() instanceof Quantity q) {
                assertNotNull(q.getSource(), () -> "no source: " + org.interphase.model.validation.ModelPaths.path(q));
                if (q.getSource() == SourceKind.LITERATURE) {
                    assertTrue(q.getCitation() != null && !q.getCitation().isBlank(), "literature value without citation: "
                            + org.interphase.model.validation.ModelPaths.path(q));
                }
                if (q.getSource() == SourceKind.USER || q.getSource() == SourceKind.COMPUTED) {
                    assertTrue(q.getNote() != null && !q.getNote().isBlank(), "assumption without a note: "
                            + org.interphase.model.validation.ModelPaths.path(q));
                }
            }
        }
    }

    @Test
    void pelletIsAnAssumedMillimetreOfEightMillimetreDiameter() throws Exception {
        Project project = ExampleProject.load();
        MaterialLayer pellet = (MaterialLayer) ExampleProject.layer(project, "LATP pellet");
        assertEquals(1.0e-3, pellet.thicknessMetres(), 1e-15);
        assertEquals(SourceKind.USER, pellet.getThickness().getSource());
        // V-EIS-6: A = 0.5027 cm2 for the 8 mm die
        assertEquals(0.5027e-4, pellet.areaSquareMetres(), 1e-8);
        assertEquals(0.5027e-4, ExampleProject.cell(project, "Li|LATP|Li").activeAreaSquareMetres(), 1e-8);
    }

    @Test
    void carriesThePaperValues() throws Exception {
        Project project = ExampleProject.load();
        SolidElectrolyte latp = (SolidElectrolyte) ExampleProject.material(project, "LATP");
        assertEquals(2.17, latp.getStabilityWindow().getReductionPotential().si(), 1e-12);
        assertEquals(4.21, latp.getStabilityWindow().getOxidationPotential().si(), 1e-12);
        Polymer film = ((LayerByLayerFilm) ExampleProject.layer(project, "IL")).getFilmMaterial();
        assertEquals(2.3e-2, film.getIonicConductivityWetted().si(), 1e-15); // 2.3e-4 S/cm
        Composite cathode = (Composite) ExampleProject.material(project, "LFP:AB:PVdF 65:20:15");
        assertEquals(List.of(0.65, 0.20, 0.15), cathode.getComponents().stream().map(c -> c.getMassFraction().si()).toList());
    }

    @Test
    void coatedCellsAreWettedWithHalfAMillilitre() throws Exception {
        Project project = ExampleProject.load();
        Cell coated = ExampleProject.cell(project, "Li|IL|LATP|IL|Li");
        assertNotNull(coated.getWetting());
        assertEquals(0.5e-6, coated.getWetting().getVolume().si(), 1e-18);
        assertEquals("LiPF6", ((org.interphase.model.LiquidElectrolyte) coated.getWetting().getElectrolyte()).getSalt());
        assertEquals(2, CellGeometry.interlayers(coated).size());
        assertEquals(1, CellGeometry.electrolyteLayers(coated).size());
    }
}
