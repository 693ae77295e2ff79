/*
 * Copyright (c) 2026 the Interphase contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.interphase.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.function.Consumer;

import org.interphase.model.CircuitModel;
import org.interphase.model.CircuitParameter;
import org.interphase.model.Composite;
import org.interphase.model.EisExperiment;
import org.interphase.model.Experiment;
import org.interphase.model.InterphaseFactory;
import org.interphase.model.LayerByLayerFilm;
import org.interphase.model.MaterialLayer;
import org.interphase.model.OcvPoint;
import org.interphase.model.OcvTable;
import org.interphase.model.Project;
import org.interphase.model.SolidElectrolyte;
import org.interphase.model.validation.ModelValidation;
import org.interphase.model.validation.ModelValidation.Issue;
import org.interphase.model.validation.ModelValidation.Severity;
import org.junit.jupiter.api.Test;

/**
 * Each rule fires on a model broken in exactly one way, with a message that names the object and the rule,
 * and stays quiet on the example (ExampleProjectTest).
 */
class ValidationRulesTest {

    private static List<Issue> errorsAfter(Consumer<Project> breakIt) throws Exception {
        Project project = ExampleProject.load();
        breakIt.accept(project);
        return ModelValidation.check(project).stream().filter(i -> i.severity() == Severity.ERROR).toList();
    }

    private static Issue single(List<Issue> issues) {
        assertEquals(1, issues.size(), () -> "expected one error, got " + issues);
        return issues.get(0);
    }

    private static void assertMentions(Issue issue, String... words) {
        for (String word : words) {
            assertTrue(issue.message().contains(word), () -> "'" + word + "' missing in: " + issue);
        }
    }

    @Test
    void thicknessMustBePositive() throws Exception {
        Issue issue = single(errorsAfter(p -> ((MaterialLayer) ExampleProject.layer(p, "LATP pellet")).getThickness().setValue(0)));
        assertMentions(issue, "thickness", "LATP pellet", "> 0", "0 mm");
        assertEquals("layers[LATP pellet]/thickness", issue.path());
    }

    @Test
    void thicknessMustBeGiven() throws Exception {
        Issue issue = single(errorsAfter(p -> ((MaterialLayer) ExampleProject.layer(p, "LATP pellet")).setThickness(null)));
        assertMentions(issue, "LATP pellet", "has no thickness");
    }

    @Test
    void conductivityMustBePositive() throws Exception {
        Issue issue = single(errorsAfter(p -> ((SolidElectrolyte) ExampleProject.material(p, "LATP")).getBulkConductivity().setValue(-1e-3)));
        assertMentions(issue, "bulk conductivity", "LATP", "> 0", "-0.001 S/cm");
        assertEquals("materials[LATP]/bulkConductivity", issue.path());
    }

    @Test
    void unitMustMeasureTheRightThing() throws Exception {
        Issue issue = single(errorsAfter(p -> ((SolidElectrolyte) ExampleProject.material(p, "LATP")).getBulkConductivity().setUnit("mm")));
        assertMentions(issue, "bulk conductivity", "'mm'", "measures length, not conductivity", "S/cm");
    }

    @Test
    void unitMustBeKnown() throws Exception {
        Issue issue = single(errorsAfter(p -> ((SolidElectrolyte) ExampleProject.material(p, "LATP")).getBulkConductivity().setUnit("S/furlong")));
        assertMentions(issue, "'S/furlong'", "is not known");
    }

    @Test
    void valueMustBeFinite() throws Exception {
        Issue issue = single(errorsAfter(p -> ((SolidElectrolyte) ExampleProject.material(p, "LATP")).getDensity().setValue(Double.NaN)));
        assertMentions(issue, "density", "not a finite number");
    }

    @Test
    void cpeExponentMustLieInZeroOne() throws Exception {
        for (double alpha : new double[] { 0, -0.2, 1.2 }) {
            Issue issue = single(errorsAfter(p -> {
                CircuitParameter exponent = parameter(p, "CPE1_1");
                exponent.setLowerBound(null); // so that only the exponent rule speaks
                exponent.setUpperBound(null);
                exponent.setValue(alpha);
            }));
            assertMentions(issue, "CPE1_1", "(0, 1]", "exponent");
        }
        assertTrue(errorsAfter(p -> parameter(p, "CPE1_1").setValue(1.0)).isEmpty());
    }

    @Test
    void parameterMustLieWithinItsBounds() throws Exception {
        Issue issue = single(errorsAfter(p -> parameter(p, "R1").setValue(-5)));
        assertMentions(issue, "R1", "outside its bounds");
    }

    @Test
    void bilayerCountMustNotBeNegative() throws Exception {
        Issue issue = single(errorsAfter(p -> ((LayerByLayerFilm) ExampleProject.layer(p, "IL")).setBilayerCount(-1)));
        assertMentions(issue, "IL", "bilayer count must be >= 0", "-1");
    }

    @Test
    void filmNeedsAGrowthLaw() throws Exception {
        Issue issue = single(errorsAfter(p -> ((LayerByLayerFilm) ExampleProject.layer(p, "IL")).setGrowthLaw(null)));
        assertMentions(issue, "IL", "no growth law");
    }

    @Test
    void cellNeedsElectrodesAtBothEnds() throws Exception {
        Issue issue = single(errorsAfter(p -> ExampleProject.cell(p, "Li|LATP|Li").getStack().remove(2)));
        assertMentions(issue, "Li|LATP|Li", "2 layer(s)", "electrode at each end");
        Issue last = single(errorsAfter(p -> {
            var layers = ExampleProject.cell(p, "Li|IL|LATP|IL|Li").getStack();
            layers.remove(4);
        }));
        assertMentions(last, "Li|IL|LATP|IL|Li", "must end with an electrode layer", "IL");
    }

    @Test
    void cellNeedsAnElectrolyte() throws Exception {
        Issue issue = single(errorsAfter(p -> {
            var layers = ExampleProject.cell(p, "Li|IL|LATP|IL|Li").getStack();
            layers.remove(2);
        }));
        assertMentions(issue, "Li|IL|LATP|IL|Li", "no solid-electrolyte layer");
    }

    @Test
    void experimentNeedsACell() throws Exception {
        Issue issue = single(errorsAfter(p -> p.getExperiments().get(0).setCell(null)));
        assertMentions(issue, "EIS Li|LATP|Li", "names no cell");
    }

    @Test
    void frequenciesMustBeOrdered() throws Exception {
        Issue issue = single(errorsAfter(p -> ((EisExperiment) experiment(p, "EIS Li|LATP|Li")).getFrequencyMin().setValue(2e6)));
        assertMentions(issue, "lowest frequency", "2000000 Hz", "1 MHz");
    }

    @Test
    void stabilityWindowMustBeOrdered() throws Exception {
        Issue issue = single(errorsAfter(p -> ((SolidElectrolyte) ExampleProject.material(p, "LATP")).getStabilityWindow()
                .getReductionPotential().setValue(4.5)));
        assertMentions(issue, "reduction potential (4.5 V)", "below the oxidation potential (4.21 V)");
    }

    @Test
    void compositeFractionsMustAddUpToOne() throws Exception {
        Issue issue = single(errorsAfter(p -> ((Composite) ExampleProject.material(p, "LFP:AB:PVdF 65:20:15")).getComponents()
                .get(0).getMassFraction().setValue(0.7)));
        assertMentions(issue, "LFP:AB:PVdF 65:20:15", "add up to 1.05");
    }

    @Test
    void fractionMustLieWithinZeroOne() throws Exception {
        Issue issue = single(errorsAfter(p -> ExampleProject.layer(p, "IL").getPinholeFraction().setValue(1.5)));
        assertMentions(issue, "pinhole fraction", "within [0, 1]");
    }

    @Test
    void areaAndDiameterMustAgree() throws Exception {
        Issue issue = single(errorsAfter(p -> ExampleProject.layer(p, "LATP pellet").setArea(LayerByLayerGrowthTest.quantity(1, "cm2"))));
        assertMentions(issue, "LATP pellet", "disagree", "0.5027 cm2");
    }

    @Test
    void ocvTableMustIncrease() throws Exception {
        Issue issue = single(errorsAfter(p -> {
            OcvTable table = InterphaseFactory.eINSTANCE.createOcvTable();
            table.getPoints().add(point(0.5, 3.4));
            table.getPoints().add(point(0.4, 3.45));
            ((org.interphase.model.ElectrodeMaterial) ExampleProject.material(p, "LiFePO4")).setOcv(table);
        }));
        assertMentions(issue, "stoichiometry must increase strictly");
    }

    @Test
    void namesMustBeGivenAndUnique() throws Exception {
        Issue unnamed = single(errorsAfter(p -> ExampleProject.material(p, "PEI").setName(" ")));
        assertMentions(unnamed, "has no name");
        Issue twice = single(errorsAfter(p -> ExampleProject.material(p, "PEI").setName("PAA")));
        assertMentions(twice, "two materials are named 'PAA'");
    }

    private static CircuitParameter parameter(Project p, String name) {
        CircuitModel model = p.getCircuitModels().get(0);
        return model.getParameters().stream().filter(x -> x.getName().equals(name)).findFirst().orElseThrow();
    }

    private static Experiment experiment(Project p, String name) {
        return p.getExperiments().stream().filter(x -> x.getName().equals(name)).findFirst().orElseThrow();
    }

    private static OcvPoint point(double x, double u) {
        OcvPoint point = InterphaseFactory.eINSTANCE.createOcvPoint();
        point.setStoichiometry(x);
        point.setPotential(u);
        return point;
    }
}
