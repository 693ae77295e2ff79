/*
 * Copyright (c) 2026 the Interphase contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.interphase.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;

import org.interphase.model.DatasetReference;
import org.interphase.model.Experiment;
import org.interphase.model.InterphaseFactory;
import org.interphase.model.Project;
import org.interphase.model.resource.DatasetFiles;
import org.interphase.model.validation.ModelValidation;
import org.interphase.model.validation.ModelValidation.Issue;
import org.interphase.model.validation.ModelValidation.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Attached data files: paths that leave the project are flagged, and a file changed since it was attached is reported. */
class DatasetFilesTest {

    @TempDir
    Path folder;

    @Test
    void sha256IsTheStandardDigest() throws Exception {
        Path file = Files.writeString(folder.resolve("abc.txt"), "abc", StandardCharsets.US_ASCII);
        // FIPS 180-2, appendix B.1: SHA-256("abc")
        assertEquals("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", DatasetFiles.sha256(file));
    }

    @Test
    void pathsThatLeaveTheModelsFolderAreRecognised() {
        for (String inside : List.of("data/peis.mpr", "peis.mpr", "./data/../peis.mpr", "a/b/../../c.mpr", "data\\peis.mpr")) {
            assertFalse(DatasetFiles.leavesFolder(inside), inside);
        }
        for (String outside : List.of("../peis.mpr", "data/../../peis.mpr", "/home/me/peis.mpr", "C:\\data\\peis.mpr", "..\\x.mpr")) {
            assertTrue(DatasetFiles.leavesFolder(outside), outside);
        }
    }

    @Test
    void aChangedFileIsReportedNotUsed() throws Exception {
        Path model = folder.resolve("cell.interphase");
        Path data = Files.createDirectories(folder.resolve("data")).resolve("peis.txt");
        Files.writeString(data, "1e3\t10\t-5\n");
        DatasetReference reference = InterphaseFactory.eINSTANCE.createDatasetReference();
        reference.setPath("data/peis.txt");
        reference.setSha256(DatasetFiles.sha256(data));
        assertEquals(data, DatasetFiles.verified(reference, model));

        Files.writeString(data, "1e3\t10\t-6\n"); // one digit changed, same size
        DatasetFiles.ChangedException changed = assertThrows(DatasetFiles.ChangedException.class, () -> DatasetFiles.verified(reference, model));
        assertEquals(reference.getSha256(), changed.recorded());
        assertTrue(changed.getMessage().startsWith(data + " has changed since it was attached (SHA-256 recorded "), changed.getMessage());
        assertTrue(changed.getMessage().contains("attach it again"), changed.getMessage());
        assertFalse(changed.getMessage().contains("\n"));

        reference.setSha256(null); // nothing recorded (a hand-written model): nothing to compare
        assertEquals(data, DatasetFiles.verified(reference, model));

        reference.setPath("data/gone.txt");
        assertThrows(NoSuchFileException.class, () -> DatasetFiles.verified(reference, model));
    }

    @Test
    void validationWarnsAboutDataOutsideTheProject() throws Exception {
        Project project = ExampleProject.load();
        Experiment experiment = project.getExperiments().get(0);
        DatasetReference reference = InterphaseFactory.eINSTANCE.createDatasetReference();
        reference.setPath("../elsewhere/peis.mpr");
        experiment.setDataset(reference);
        List<Issue> issues = ModelValidation.check(project);
        List<Issue> warnings = issues.stream().filter(i -> i.message().contains("outside the project")).toList();
        assertEquals(1, warnings.size(), issues::toString);
        assertEquals(Severity.WARNING, warnings.get(0).severity());
        assertTrue(warnings.get(0).message().contains("../elsewhere/peis.mpr"), warnings.get(0).message());

        reference.setPath("data/peis.mpr");
        assertTrue(ModelValidation.check(project).stream().noneMatch(i -> i.message().contains("outside the project")));
    }
}
