/*
 * Copyright (c) 2026 the Interphase contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.interphase.ui.importer.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IFolder;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.interphase.data.DatasetStore;
import org.interphase.data.Metadata;
import org.interphase.data.Technique;
import org.interphase.model.CyclingExperiment;
import org.interphase.model.Experiment;
import org.interphase.model.Project;
import org.interphase.model.provider.InterphaseItemProviderAdapterFactory;
import org.interphase.model.resource.DatasetFiles;
import org.interphase.model.resource.InterphaseModels;
import org.interphase.ui.editor.InterphaseModelEditor;
import org.interphase.ui.importer.DatasetAttachment;
import org.interphase.ui.importer.InstrumentDataImportWizard;
import org.interphase.ui.importer.InstrumentDropAssistant;
import org.interphase.ui.importer.InstrumentImportJob;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.interphase.testdata.TestCorpus;

/**
 * The instrument data import in the running IDE: File &gt; Import's wizard (files, detected formats, experiments),
 * the Job that reads the files into the dataset store and attaches them with one EMF command (through the open
 * editor, undoable, or on the file), failures listed per file with the rest imported, and files dropped on a project.
 */
class InstrumentImportTest {

    private IProject project;
    private IFile model;

    static Path shared(String dir, String file) {
        return TestCorpus.file(String.join("/", dir, file));
    }

    @BeforeEach
    void project() throws Exception {
        project = ResourcesPlugin.getWorkspace().getRoot().getProject("import-test");
        if (project.exists()) {
            project.delete(true, true, null);
        }
        project.create(null);
        project.open(null);
        model = project.getFile("cells.interphase");
        Path example = Path.of(System.getProperty("interphase.repository"), "examples/tolganbek2022/tolganbek2022.interphase");
        try (var in = Files.newInputStream(example)) {
            model.create(in, true, null);
        }
    }

    @AfterEach
    void cleanUp() throws Exception {
        PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage().closeAllEditors(false);
        project.delete(true, true, null);
    }

    static Project load(IFile file) throws Exception {
        return InterphaseModels.load(file.getLocation().toFile().toPath());
    }

    static Experiment experiment(Project project, String name) {
        return project.getExperiments().stream().filter(e -> name.equals(e.getName())).findFirst().orElseThrow();
    }

    static void waitFor(InstrumentImportJob job) throws Exception {
        Display display = Display.getCurrent();
        long deadline = System.currentTimeMillis() + 120_000;
        while (job.getResult() == null) {
            if (System.currentTimeMillis() > deadline) {
                throw new AssertionError("the import job did not finish");
            }
            if (!display.readAndDispatch()) {
                Thread.sleep(10);
            }
        }
        while (display.readAndDispatch()) {
            // let the job's UI work run
        }
    }

    @Test
    void theWizardIsUnderFileImport() {
        assertNotNull(PlatformUI.getWorkbench().getImportWizardRegistry().findWizard("org.interphase.ui.importer.instrumentData"));
    }

    @Test
    void attachingIsOneUndoableCommand() throws Exception {
        AdapterFactoryEditingDomain domain = new AdapterFactoryEditingDomain(new ComposedAdapterFactory(new InterphaseItemProviderAdapterFactory()),
                new BasicCommandStack());
        Project p = InterphaseModels.load(domain.getResourceSet(), model.getLocation().toFile().toPath());
        Experiment eis = experiment(p, "EIS Li|LATP|Li");
        List<String> problems = new ArrayList<>();
        Command command = DatasetAttachment.command(domain, p, List.of(
                new DatasetAttachment.Imported(Path.of("/x/data/peis.mpr"), "data/peis.mpr", "biologic.mpr", "ab".repeat(32), Technique.EIS,
                        Map.of(Metadata.START_TIME, "2021-03-02T16:17:59"), new DatasetAttachment.Existing(eis)),
                new DatasetAttachment.Imported(Path.of("/x/data/gcpl.mpr"), "data/gcpl.mpr", "biologic.mpr", "cd".repeat(32),
                        Technique.GALVANOSTATIC_CYCLING, Map.of(Metadata.INSTRUMENT, "VMP3"), new DatasetAttachment.NewExperiment(p.getCells().get(0), "gcpl")),
                new DatasetAttachment.Imported(Path.of("/x/data/ocv.mpr"), "data/ocv.mpr", "biologic.mpr", "ef".repeat(32),
                        Technique.OPEN_CIRCUIT_VOLTAGE, Map.of(), new DatasetAttachment.NewExperiment(p.getCells().get(0), "ocv"))), problems);
        int experiments = p.getExperiments().size();
        domain.getCommandStack().execute(command);
        assertEquals("data/peis.mpr", eis.getDataset().getPath());
        assertEquals("biologic.mpr", eis.getDataset().getImporterId());
        assertEquals("Metrohm Autolab", eis.getInstrument(), "an instrument the model has is kept");
        assertEquals("2021-03-02T16:17:59", eis.getDate(), "a date the model lacks is taken from the file");
        assertEquals(experiments + 1, p.getExperiments().size(), "the OCV file has no kind of experiment: not added");
        CyclingExperiment gcpl = (CyclingExperiment) experiment(p, "gcpl");
        assertEquals(p.getCells().get(0), gcpl.getCell());
        assertEquals("VMP3", gcpl.getInstrument());
        assertEquals(1, problems.size());
        assertTrue(problems.get(0).contains("OPEN_CIRCUIT_VOLTAGE data, read into the dataset store but not attached"), problems.get(0));
        domain.getCommandStack().undo();
        assertNull(eis.getDataset(), "one undo takes every change back");
        assertNull(eis.getDate());
        assertEquals(experiments, p.getExperiments().size());
    }

    @Test
    void theWizardImportsEachFileAndListsTheOnesThatFail() throws Exception {
        Path outside = Files.createTempDirectory("instrument-files");
        Files.copy(shared("biologic-mpr", "peis.mpr"), outside.resolve("peis.mpr"));
        Files.copy(shared("biologic-mpr", "gcpl.issue_149.mpr"), outside.resolve("gcpl.issue_149.mpr"));
        byte[] peis = Files.readAllBytes(shared("biologic-mpr", "peis.mpr"));
        Files.write(outside.resolve("cut.mpr"), Arrays.copyOf(peis, 9000));
        Files.writeString(outside.resolve("notes.bin"), "\u0001\u0002");

        InstrumentDataImportWizard wizard = new InstrumentDataImportWizard();
        wizard.init(PlatformUI.getWorkbench(), null);
        wizard.setModel(model);
        WizardDialog dialog = new WizardDialog(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell(), wizard);
        dialog.setBlockOnOpen(false);
        dialog.open();
        wizard.addFiles(List.of(outside));
        List<InstrumentDataImportWizard.Entry> entries = wizard.entries();
        assertEquals(4, entries.size());
        assertEquals("biologic.mpr", entry(entries, "peis.mpr").format().id(), "detected from the magic bytes");
        assertEquals("biologic.mpr", entry(entries, "cut.mpr").format().id(), "a damaged file is detected, and fails when read");
        assertNull(entry(entries, "notes.bin").format(), "not importable");
        Project p = wizard.project();
        wizard.setTarget(outside.resolve("peis.mpr"), new DatasetAttachment.Existing(experiment(p, "EIS Li|LATP|Li")));
        wizard.setTarget(outside.resolve("gcpl.issue_149.mpr"), new DatasetAttachment.NewExperiment(p.getCells().get(0), "gcpl.issue_149"));
        wizard.setTarget(outside.resolve("cut.mpr"), new DatasetAttachment.Existing(experiment(p, "EIS Li|IL|LATP|IL|Li")));
        assertTrue(wizard.canFinish());
        assertTrue(wizard.performFinish());
        dialog.close();
        InstrumentImportJob job = wizard.job();
        waitFor(job);

        List<InstrumentImportJob.Outcome> outcomes = job.outcomes();
        assertEquals(3, outcomes.size(), "the importable files");
        InstrumentImportJob.Outcome cut = outcomes.stream().filter(o -> o.request().file().endsWith("cut.mpr")).findFirst().orElseThrow();
        assertTrue(cut.error().contains("biologic.mpr") && cut.error().contains("claims 3926 bytes"), cut.error());
        IStatus summary = job.summary();
        assertEquals("2 of 3 files imported; 1 could not be read", summary.getMessage());
        assertEquals(1, summary.getChildren().length);

        Project saved = load(model);
        Experiment eis = experiment(saved, "EIS Li|LATP|Li");
        assertEquals("data/peis.mpr", eis.getDataset().getPath(), "copied into the project, referred to relative to the model");
        assertEquals("biologic.mpr", eis.getDataset().getImporterId());
        assertTrue(eis.getDataset().getSha256().startsWith("5b81b818a22e851e"), "testdata/PROVENANCE.tsv: sha256 of peis.mpr starts 5b81b818a22e851e");
        assertNull(experiment(saved, "EIS Li|IL|LATP|IL|Li").getDataset(), "the damaged file is not attached");
        assertTrue(experiment(saved, "gcpl.issue_149") instanceof CyclingExperiment);
        IFolder data = project.getFolder("data");
        assertTrue(data.getFile("peis.mpr").exists(), "the workspace sees the copied file");
        Path store = DatasetStore.folderFor(model.getLocation().toFile().toPath(), "data/peis.mpr");
        try (var dataset = DatasetStore.open(store)) {
            assertEquals(32, dataset.rows(), "read into the store beside the model");
        }
        assertTrue(project.getFolder(DatasetStore.STORE_FOLDER).isDerived());

        // the recorded SHA-256 is the file's: reading it again passes; once the file changes, it is reported, not used
        Path modelFile = model.getLocation().toFile().toPath();
        Path copied = modelFile.resolveSibling("data/peis.mpr");
        assertEquals(copied, DatasetFiles.verified(eis.getDataset(), modelFile));
        Files.write(copied, new byte[] { 0 }, java.nio.file.StandardOpenOption.APPEND);
        DatasetFiles.ChangedException changed = org.junit.jupiter.api.Assertions.assertThrows(DatasetFiles.ChangedException.class,
                () -> DatasetFiles.verified(eis.getDataset(), modelFile));
        assertTrue(changed.getMessage().contains("SHA-256 recorded 5b81b818a22e851e"), changed.getMessage());
    }

    @Test
    void withTheModelOpenTheEditorGetsTheChangeAsAnUndoableCommand() throws Exception {
        IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        InterphaseModelEditor editor = (InterphaseModelEditor) IDE.openEditor(page, model, true);
        Experiment lsv = experiment(editor.project(), "LSV SS|LATP|Li");
        InstrumentImportJob job = new InstrumentImportJob(model,
                List.of(new InstrumentImportJob.Request(shared("biologic-mpr", "lsv.mpr"), null, new DatasetAttachment.Existing(lsv))), null, false);
        job.schedule();
        waitFor(job);
        assertEquals(List.of(), job.outcomes().stream().filter(o -> o.error() != null).toList());
        assertTrue(lsv.getDataset().getPath().endsWith("biologic-mpr/lsv.mpr"), lsv.getDataset().getPath());
        assertTrue(editor.isDirty(), "the editor holds the change; the user saves it");
        editor.getEditingDomain().getCommandStack().undo();
        assertNull(lsv.getDataset());
        assertNull(load(model).getExperiments().get(4).getDataset(), "the file was not written behind the editor's back");
    }

    @Test
    void filesDroppedOnAProjectOpenTheWizardForTheInstrumentFiles() throws Exception {
        Path outside = Files.createTempDirectory("dropped");
        Files.copy(shared("zplot-z", "Circuit1_EIS_1.z"), outside.resolve("Circuit1_EIS_1.z"));
        Files.writeString(outside.resolve("readme.md"), "# lab notes\n");
        InstrumentDataImportWizard wizard = InstrumentDropAssistant.drop(project,
                List.of(outside.resolve("Circuit1_EIS_1.z"), outside.resolve("readme.md")));
        assertTrue(project.getFile("readme.md").exists(), "a file no importer recognises is copied as usual");
        assertNotNull(wizard);
        assertEquals(1, wizard.entries().size());
        assertEquals("zplot.z", wizard.entries().get(0).format().id());
        assertNotNull(wizard.project(), "the project's model is chosen");
        project.refreshLocal(1, new NullProgressMonitor());
    }

    @Test
    void theProjectExplorerAsksTheDropAssistantForDroppedFiles() {
        org.eclipse.ui.navigator.INavigatorContentService service = org.eclipse.ui.navigator.NavigatorContentServiceFactory.INSTANCE
                .createContentService("org.eclipse.ui.navigator.ProjectExplorer");
        org.eclipse.swt.dnd.TransferData files = org.eclipse.swt.dnd.FileTransfer.getInstance().getSupportedTypes()[0];
        org.eclipse.ui.navigator.CommonDropAdapterAssistant[] assistants = service.getDnDService().findCommonDropAdapterAssistants(project, files);
        InstrumentDropAssistant assistant = (InstrumentDropAssistant) Arrays.stream(assistants).filter(a -> a instanceof InstrumentDropAssistant)
                .findFirst().orElseThrow(() -> new AssertionError("no instrument drop assistant among " + Arrays.toString(assistants)));
        assertTrue(assistant.validateDrop(project, org.eclipse.swt.dnd.DND.DROP_COPY, files).isOK());
        service.dispose();
    }

    private static InstrumentDataImportWizard.Entry entry(List<InstrumentDataImportWizard.Entry> entries, String name) {
        return entries.stream().filter(e -> e.file().getFileName().toString().equals(name)).findFirst().orElseThrow();
    }
}
