/*
 * Copyright (c) 2026 the Interphase contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.interphase.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.interphase.model.EisExperiment;
import org.interphase.model.FitResult;
import org.interphase.model.FittedParameter;
import org.interphase.model.InterphaseFactory;
import org.interphase.model.Project;
import org.interphase.model.Weighting;
import org.interphase.model.resource.InterphaseModels;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A fit result's flags are stored in the model (converged, flagged, per parameter at a bound and not identifiable, the
 * 95 % intervals, cost and multi-start, the sweep), survive a save and load, and a file written before they were stored
 * still loads with them unset (unknown), never as false.
 */
class FitResultFlagsTest {

    @TempDir
    Path folder;

    private static EisExperiment eis(Project project) {
        return (EisExperiment) project.getExperiments().stream().filter(e -> e instanceof EisExperiment).findFirst().orElseThrow();
    }

    @Test
    void flagsRoundTrip() throws Exception {
        Project project = ExampleProject.load();
        InterphaseFactory f = InterphaseFactory.eINSTANCE;
        FitResult fit = f.createFitResult();
        fit.setCircuit("R0-p(R1,CPE1)");
        fit.setWeighting(Weighting.MODULUS);
        fit.setChiSquare(0.25);
        fit.setReducedChiSquare(0.002);
        fit.setPointCount(64);
        fit.setConverged(false);
        fit.setMessage("did not converge: iteration limit");
        fit.setFlagged(true);
        fit.setCost(0.125);
        fit.setStarts(10);
        fit.setFirstStartCost(0.5);
        fit.setMultiStart(true);
        fit.setMultiStartFoundLower(true);
        fit.setSweep(2);
        fit.setSweepCount(5);
        FittedParameter r0 = f.createFittedParameter();
        r0.setName("R0");
        r0.setUnit("Ohm");
        r0.setValue(0);
        r0.setStandardError(Double.POSITIVE_INFINITY);
        r0.setLower95(0);
        r0.setUpper95(1.5);
        r0.setAtBound(true);
        r0.setUnidentifiable(false);
        FittedParameter n = f.createFittedParameter();
        n.setName("CPE1_1");
        n.setUnit("1");
        n.setValue(0.8);
        n.setStandardError(0.01);
        n.setLower95(0.78);
        n.setUpper95(0.82);
        n.setAtBound(false);
        n.setUnidentifiable(true);
        fit.getParameters().add(r0);
        fit.getParameters().add(n);
        eis(project).getFitResults().add(fit);
        Path file = folder.resolve("flags.interphase");
        InterphaseModels.saveAs(project, file);

        FitResult back = eis(InterphaseModels.load(file)).getFitResults().get(0);
        assertFalse(back.isConverged());
        assertEquals(Boolean.TRUE, back.getFlagged());
        assertEquals(0.125, back.getCost());
        assertEquals(10, back.getStarts());
        assertEquals(0.5, back.getFirstStartCost());
        assertEquals(Boolean.TRUE, back.getMultiStart());
        assertEquals(Boolean.TRUE, back.getMultiStartFoundLower());
        assertEquals(2, back.getSweep());
        assertEquals(5, back.getSweepCount());
        assertEquals("did not converge: iteration limit", back.getMessage());
        FittedParameter r0Back = back.getParameters().get(0);
        assertEquals(Boolean.TRUE, r0Back.getAtBound());
        assertEquals(Boolean.FALSE, r0Back.getUnidentifiable(), "false is stored as false, not as unknown");
        assertEquals(Double.POSITIVE_INFINITY, r0Back.getStandardError());
        assertEquals(0, r0Back.getLower95());
        assertEquals(1.5, r0Back.getUpper95());
        FittedParameter nBack = back.getParameters().get(1);
        assertEquals(Boolean.FALSE, nBack.getAtBound());
        assertEquals(Boolean.TRUE, nBack.getUnidentifiable());
        assertEquals(0.78, nBack.getLower95());
        assertEquals(0.82, nBack.getUpper95());
    }

    /** A fit result as the program wrote it before the flags were stored: no flagged, cost, starts, sweep, at-bound. */
    private static final String OLD_FIT = """
                <fitResults circuit="R0-p(R1,CPE1)" weighting="modulus" chiSquare="0.5" reducedChiSquare="0.01" pointCount="57" converged="true"
                    message="converged (stationary)">
                  <parameters name="R0" value="0.0165" unit="Ohm" standardError="1.0E-4" lower95="0.0163" upper95="0.0167"/>
                  <parameters name="R1" value="0.0087" unit="Ohm" standardError="2.0E-4" lower95="0.0083" upper95="0.0091" fixed="true"/>
                  <provenance solverId="eis.fit" softwareVersion="1.0.0" date="2026-12-02T10:00:00Z" user="someone" inputs="data=exampleData.csv"/>
                </fitResults>
            """;

    @Test
    void oldFileWithoutFlagsLoadsWithThemUnknown() throws Exception {
        String text = Files.readString(ExampleProject.file(), StandardCharsets.UTF_8);
        String anchor = "<frequencyMax value=\"1\" unit=\"MHz\" source=\"paper\"/>\n";
        int at = text.indexOf(anchor);
        assertTrue(at > 0, "the example model's first EIS experiment");
        String old = text.substring(0, at + anchor.length()) + OLD_FIT + text.substring(at + anchor.length());
        Path file = folder.resolve("old.interphase");
        Files.writeString(file, old, StandardCharsets.UTF_8);

        FitResult fit = eis(InterphaseModels.load(file)).getFitResults().get(0);
        assertTrue(fit.isConverged());
        assertEquals(57, fit.getPointCount());
        assertEquals(0.0163, fit.getParameters().get(0).getLower95());
        assertNull(fit.getFlagged(), "unknown, not false");
        assertNull(fit.getCost());
        assertNull(fit.getStarts());
        assertNull(fit.getFirstStartCost());
        assertNull(fit.getMultiStart());
        assertNull(fit.getMultiStartFoundLower());
        assertNull(fit.getSweep());
        assertNull(fit.getSweepCount());
        for (FittedParameter p : fit.getParameters()) {
            assertNull(p.getAtBound(), p.getName());
            assertNull(p.getUnidentifiable(), p.getName());
        }
        // saved again, it stays an old-style result: nothing unknown is written as false
        Path again = folder.resolve("again.interphase");
        InterphaseModels.saveAs(fit.eResource().getContents().get(0) instanceof Project p ? p : null, again);
        String written = Files.readString(again, StandardCharsets.UTF_8);
        assertFalse(written.contains("atBound") || written.contains("unidentifiable") || written.contains("flagged"), "unset flags are not written");
    }
}
