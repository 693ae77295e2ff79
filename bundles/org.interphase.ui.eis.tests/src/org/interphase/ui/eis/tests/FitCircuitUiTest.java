/*
 * Copyright (c) 2026 the Interphase contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.interphase.ui.eis.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.commands.Command;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.commands.ICommandService;
import org.eclipse.ui.ide.IDE;
import org.interphase.model.EisExperiment;
import org.interphase.model.FitResult;
import org.interphase.model.FittedParameter;
import org.interphase.solver.eis.circuit.Circuits;
import org.interphase.solver.eis.fit.FitOptions;
import org.interphase.solver.eis.fit.Weighting;
import org.interphase.ui.editor.InterphaseModelEditor;
import org.interphase.ui.eis.FitCircuitDialog;
import org.interphase.ui.eis.FitJob;
import org.interphase.ui.eis.FitRequest;
import org.junit.jupiter.api.Test;
import org.interphase.ui.testing.Ui;
import org.interphase.testdata.TestCorpus;

/**
 * Fitting from the model editor: the command is enabled on an EIS experiment, the dialog offers the project's circuit
 * models and refuses a bad circuit, the job reads the experiment's data file and stores the fit as an undoable fit
 * result with the testdata/README.md minimum of exampleData.csv (the Fit tab of the impedance analysis, which shows it,
 * is checked in ImpedanceAnalysisUiTest).
 */
class FitCircuitUiTest {




    /** A project with a copy of the example model whose bare EIS experiment names exampleData.csv (copied beside it). */
    static IFile model() throws Exception {
        IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject("eis-ui-tests");
        if (!project.exists()) {
            project.create(null);
            project.open(null);
        }
        Path repository = Path.of(System.getProperty("interphase.repository"));
        IFile data = project.getFile("exampleData.csv");
        if (!data.exists()) {
            data.create(Files.newInputStream(TestCorpus.file("csv-eis/exampleData.csv")), true, null);
        }
        String xml = Files.readString(repository.resolve("examples/tolganbek2022/tolganbek2022.interphase"));
        String marker = "description=\"Reported apparent conductivity 1.8e-5 S/cm [paper].\">";
        assertTrue(xml.contains(marker));
        xml = xml.replace(marker, marker + "\n    <dataset path=\"exampleData.csv\"/>");
        IFile file = project.getFile("fit.interphase");
        if (file.exists()) {
            file.delete(true, null);
        }
        file.create(new java.io.ByteArrayInputStream(xml.getBytes(java.nio.charset.StandardCharsets.UTF_8)), true, null);
        return file;
    }

    @Test
    void fitFromTheEditorIsStoredAsAnUndoableFitResult() throws Exception {
        System.setProperty("interphase.ui.eis.noResultsDialog", "true");
        IWorkbenchPage page = PlatformUI.getWorkbench().getWorkbenchWindows()[0].getActivePage();
        InterphaseModelEditor editor = (InterphaseModelEditor) IDE.openEditor(page, model(), InterphaseModelEditor.ID, true);
        Ui.settle();
        EisExperiment experiment = (EisExperiment) editor.project().getExperiments().stream().filter(e -> e.getName().equals("EIS Li|LATP|Li"))
                .findFirst().orElseThrow();
        assertNotNull(experiment.getDataset());

        // the command is enabled on the experiment (its menu item shows in the editor's context menu)
        editor.viewer().setSelection(new StructuredSelection(experiment), true);
        Ui.settle();
        Command command = PlatformUI.getWorkbench().getService(ICommandService.class).getCommand("org.interphase.ui.eis.fitCircuit");
        assertTrue(command.isDefined());
        Ui.waitUntil("the fit command to be enabled", command::isEnabled, 5000);

        // the dialog offers the project's circuit model and refuses a circuit that does not parse
        FitCircuitDialog dialog = new FitCircuitDialog(editor.getSite().getShell(), editor.project(), experiment,
                TestCorpus.file("csv-eis/exampleData.csv"));
        dialog.setBlockOnOpen(false);
        dialog.open();
        Ui.settle();
        assertTrue(List.of(dialog.offeredCircuits()).contains("Symmetric Li | LATP | Li: R0-p(R1,CPE1)-p(R2,CPE2)"), List.of(dialog.offeredCircuits()).toString());
        assertTrue(dialog.canFit());
        Ui.screenshot(dialog.getShell(), "fit-dialog");
        dialog.typeCircuit("R0-p(R1,C1");
        Ui.settle();
        assertFalse(dialog.canFit());
        assertTrue(dialog.getErrorMessage().contains("at 10"), dialog.getErrorMessage());
        Ui.screenshot(dialog.getShell(), "fit-dialog-error");
        dialog.typeCircuit("R0-p(R1,C1)-p(R2-Wo1,C2)");
        Ui.settle();
        assertTrue(dialog.canFit());
        dialog.close();

        // the job: data through the importers, the fit, the result stored through an EMF command
        FitRequest request = new FitRequest(Circuits.parse("R0-p(R1,C1)-p(R2-Wo1,C2)"), null,
                new FitOptions().weighting(Weighting.UNIT).initial(.01, .01, 100, .01, .05, 100, 1), Double.NaN, Double.NaN, true);
        FitJob job = new FitJob(editor, experiment, Path.of(model().getParent().getLocation().toOSString(), "exampleData.csv"), request);
        job.schedule();
        Ui.waitUntil("the fit job", () -> job.getResult() != null && job.stored() != null, 60_000);
        assertTrue(job.getResult().isOK(), job.getResult().toString());
        assertEquals(1, experiment.getFitResults().size());
        FitResult result = experiment.getFitResults().get(0);
        assertEquals(57, result.getPointCount());
        assertTrue(result.isConverged());
        assertEquals("unit", result.getWeighting().getLiteral());
        FittedParameter tau = result.getParameters().get(5);
        assertEquals("Wo1_1", tau.getName());
        assertEquals(237.847, tau.getValue(), 0.237847); // testdata/README.md converged minimum, 0.1 %
        assertTrue(tau.getLower95() < tau.getValue() && tau.getValue() < tau.getUpper95());
        assertEquals("eis.fit", result.getProvenance().getSolverId());
        assertTrue(result.getProvenance().getInputs().contains("data=exampleData.csv"), result.getProvenance().getInputs());
        assertTrue(editor.isDirty());

        editor.getEditingDomain().getCommandStack().undo();
        assertEquals(0, experiment.getFitResults().size());
        editor.getEditingDomain().getCommandStack().redo();
        assertEquals(1, experiment.getFitResults().size());
        assertEquals(0, Job.getJobManager().find(FitJob.FAMILY).length);
        page.closeEditor(editor, false);
    }
}
