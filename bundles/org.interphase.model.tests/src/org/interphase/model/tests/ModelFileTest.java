/*
 * Copyright (c) 2026 the Interphase contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.interphase.model.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.content.IContentType;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.interphase.model.InterphaseFactory;
import org.interphase.model.MaterialLayer;
import org.interphase.model.Project;
import org.interphase.model.resource.AtomicFileWriter;
import org.interphase.model.resource.InterphaseModels;
import org.interphase.model.resource.InterphaseResource;
import org.interphase.model.resource.InterphaseResourceFactory;
import org.interphase.model.resource.ModelFileException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading and writing .interphase files: lossless round trips, atomic saves, clear load errors, registrations. */
class ModelFileTest {

    @TempDir
    Path folder;

    @Test
    void roundTripIsLossless() throws Exception {
        Project original = ExampleProject.load();
        Path copy = folder.resolve("copy.interphase");
        InterphaseModels.saveAs(ExampleProject.load(), copy);
        Project reloaded = InterphaseModels.load(copy);
        assertTrue(new EcoreUtil.EqualityHelper().equals(original, reloaded), "reloaded model differs from the original");
        // identities survive, so references from other files stay valid
        assertEquals(original.eResource().getURIFragment(original.getCells().get(1)),
                reloaded.eResource().getURIFragment(reloaded.getCells().get(1)));
        // and a second save writes the same bytes
        Path again = folder.resolve("again.interphase");
        InterphaseModels.saveAs(reloaded, again);
        assertArrayEquals(Files.readAllBytes(copy), Files.readAllBytes(again));
    }

    @Test
    void newObjectsGetStableIdentities() throws Exception {
        Project project = ExampleProject.load();
        MaterialLayer layer = InterphaseFactory.eINSTANCE.createMaterialLayer();
        layer.setName("new layer");
        project.getLayers().add(layer);
        Path file = folder.resolve("new.interphase");
        InterphaseModels.saveAs(project, file);
        String id = project.eResource().getURIFragment(layer);
        assertTrue(id.startsWith("_") && id.length() > 20, id); // an EMF UUID
        Project reloaded = InterphaseModels.load(file);
        assertEquals("new layer", ((MaterialLayer) reloaded.eResource().getEObject(id)).getName());
    }

    @Test
    void failedSaveLeavesThePreviousFileIntact() throws Exception {
        Path file = folder.resolve("model.interphase");
        Files.copy(ExampleProject.file(), file);
        byte[] before = Files.readAllBytes(file);
        Resource resource = new InterphaseResource(URI.createFileURI(file.toString())) {
            @Override
            public void doSave(java.io.OutputStream out, Map<?, ?> options) throws IOException {
                out.write("<?xml version=\"1.0\"?>\n<interphase:Project half-written".getBytes(StandardCharsets.UTF_8));
                throw new IOException("disk full (simulated)");
            }
        };
        resource.getContents().add(InterphaseFactory.eINSTANCE.createProject());
        IOException e = assertThrows(IOException.class, () -> resource.save(null));
        assertEquals("disk full (simulated)", e.getMessage());
        assertArrayEquals(before, Files.readAllBytes(file));
        try (var files = Files.list(folder)) {
            assertEquals(List.of(file), files.toList(), "the temporary file must be gone");
        }
    }

    /**
     * A crash or kill during save: a child JVM saves the model over and over and is killed with SIGKILL at
     * random moments; after each kill the file still loads completely.
     */
    @Test
    void killDuringSaveNeverTruncatesTheFile() throws Exception {
        Path file = folder.resolve("killed.interphase");
        Files.copy(ExampleProject.file(), file);
        String classpath = String.join(java.io.File.pathSeparator, SaveLoop.classpath());
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        java.util.Random random = new java.util.Random(20221104);
        for (int round = 0; round < 6; round++) {
            Process child = new ProcessBuilder(java, "-cp", classpath, SaveLoop.class.getName(), file.toString())
                    .redirectErrorStream(true).start();
            InputStream out = child.getInputStream();
            // wait until it has saved at least a few times, then kill it at a random moment
            int saves = 0;
            long deadline = System.nanoTime() + 60_000_000_000L;
            while (saves < 3 && System.nanoTime() < deadline) {
                int c = out.read();
                if (c == -1) {
                    break;
                }
                if (c == '.') {
                    saves++;
                }
            }
            assertTrue(saves >= 3, "the save loop did not run; exit " + (child.isAlive() ? "running" : child.exitValue()));
            Thread.sleep(random.nextInt(40));
            child.destroyForcibly().waitFor();
            Project project = InterphaseModels.load(file);
            assertEquals(6, project.getCells().size());
            // a killed writer may leave its temporary file; the next save removes it
            project.eResource().save(null);
            assertEquals(List.of(), savingFiles(), "the next save removes what the killed one left");
        }
    }

    private List<Path> savingFiles() throws IOException {
        try (var files = Files.list(folder)) {
            return files.filter(p -> p.getFileName().toString().startsWith(".") && p.getFileName().toString().endsWith(".saving")).sorted().toList();
        }
    }

    /** Leftovers of killed saves go at the next save in their folder; those of live saves, here or in another process, stay. */
    @Test
    void orphanedSavingFilesGoAtTheNextSaveLiveOnesStay() throws Exception {
        Path file = folder.resolve("model.interphase");
        Files.copy(ExampleProject.file(), file);
        Path orphan = Files.writeString(folder.resolve(".model.interphase.123456789.saving"), "<?xml half");
        Path otherOrphan = Files.writeString(folder.resolve(".other.interphase.42.saving"), "");
        Path unrelated = Files.writeString(folder.resolve("notes.saving"), "not ours: no leading dot");
        try (AtomicFileWriter live = new AtomicFileWriter(folder.resolve("other.interphase"))) {
            assertEquals(List.of(), List.of(orphan, otherOrphan).stream().filter(Files::exists).toList(), "opening a writer cleans the folder");
            Path liveTemporary = savingFiles().get(0);
            InterphaseModels.saveAs(ExampleProject.load(), file);
            assertEquals(List.of(liveTemporary), savingFiles(), "a live writer's file stays");
        }
        assertEquals(List.of(), savingFiles());
        assertTrue(Files.exists(unrelated));

        // a live writer in another process
        String classpath = String.join(java.io.File.pathSeparator, SaveLoop.classpath());
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process child = new ProcessBuilder(java, "-cp", classpath, SaveLoop.class.getName(), folder.resolve("held.interphase").toString(), "hold")
                .redirectErrorStream(true).start();
        try {
            java.io.BufferedReader out = new java.io.BufferedReader(new java.io.InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
            String held = out.readLine();
            assertEquals("holding", out.readLine(), "the holding process did not start: " + held);
            InterphaseModels.saveAs(ExampleProject.load(), file);
            assertEquals(List.of(folder.resolve(held)), savingFiles(), "another process' live save stays");
        } finally {
            child.destroyForcibly().waitFor();
        }
        InterphaseModels.saveAs(ExampleProject.load(), file);
        assertEquals(List.of(), savingFiles(), "once that process is dead, its file goes at the next save");
    }

    @Test
    void brokenXmlIsReportedWithFileLineAndColumn() throws Exception {
        Path file = folder.resolve("broken.interphase");
        List<String> lines = Files.readAllLines(ExampleProject.file());
        int broken = 0;
        while (!lines.get(broken).contains("<density")) {
            broken++;
        }
        lines.set(broken, lines.get(broken).replace("<density", "<density <"));
        Files.write(file, lines);
        int line = broken + 1;
        ModelFileException e = assertThrows(ModelFileException.class, () -> InterphaseModels.load(file));
        assertEquals(file, e.file());
        assertEquals(line, e.line());
        assertTrue(e.getMessage().startsWith(file + ":" + line + ":"), e.getMessage());
        assertTrue(!e.reason().contains("file:") && !e.reason().contains("lineNumber") && !e.reason().isBlank(), e.reason());
    }

    @Test
    void missingAndForeignFilesAreReported() throws Exception {
        ModelFileException missing = assertThrows(ModelFileException.class, () -> InterphaseModels.load(folder.resolve("none.interphase")));
        assertTrue(missing.getMessage().endsWith("no such file"), missing.getMessage());
        Path foreign = folder.resolve("foreign.interphase");
        Files.writeString(foreign, "<?xml version=\"1.0\"?><html><body/></html>");
        ModelFileException e = assertThrows(ModelFileException.class, () -> InterphaseModels.load(foreign));
        assertTrue(e.getMessage().contains(foreign.toString()), e.getMessage());
    }

    @Test
    void doctypesAndExternalEntitiesAreRefused() throws Exception {
        Path secret = folder.resolve("secret.txt");
        Files.writeString(secret, "TOP SECRET");
        Path file = folder.resolve("xxe.interphase");
        Files.writeString(file, "<?xml version=\"1.0\"?>\n<!DOCTYPE p [<!ENTITY x SYSTEM \"" + secret.toUri() + "\">]>\n"
                + "<interphase:Project xmlns:xmi=\"http://www.omg.org/XMI\" xmlns:interphase=\"http://interphase.org/model/1.0\" name=\"&x;\"/>");
        ModelFileException e = assertThrows(ModelFileException.class, () -> InterphaseModels.load(file));
        assertTrue(e.getMessage().contains("DOCTYPE"), e.getMessage());
    }

    @Test
    void contentTypeAndFactoryAreRegistered() throws Exception {
        IContentType type = Platform.getContentTypeManager().findContentTypeFor("anything.interphase");
        assertNotNull(type);
        assertEquals("org.interphase.model.contentType", type.getId());
        try (InputStream in = Files.newInputStream(ExampleProject.file())) {
            IContentType described = Platform.getContentTypeManager().findContentTypeFor(in, "example.interphase");
            assertEquals("org.interphase.model.contentType", described.getId());
        }
        assertInstanceOf(InterphaseResourceFactory.class,
                Resource.Factory.Registry.INSTANCE.getFactory(URI.createFileURI("/some/model.interphase")));
    }
}
