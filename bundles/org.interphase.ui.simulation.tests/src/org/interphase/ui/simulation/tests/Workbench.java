/*
 * Copyright (c) 2026 the Interphase contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.interphase.ui.simulation.tests;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Control;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.interphase.ui.editor.InterphaseModelEditor;
import org.interphase.ui.testing.Ui;

/** The example project copied into the test workspace, and pictures of controls. */
final class Workbench {

    private Workbench() {
    }

    static Path example(String name) {
        return Path.of(System.getProperty("interphase.repository"), "examples/tolganbek2022", name);
    }

    /** A copy of the example model (and its reported values) in a workspace project; {@code edit} changes the XML. */
    static IFile copyOfExample(String projectName, java.util.function.UnaryOperator<String> edit) throws Exception {
        IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject(projectName);
        if (!project.exists()) {
            project.create(null);
        }
        project.open(null);
        String stem = "example-" + System.nanoTime();
        IFile model = project.getFile(stem + ".interphase");
        String xml = Files.readString(example("tolganbek2022.interphase"), StandardCharsets.UTF_8);
        model.create(new ByteArrayInputStream(edit.apply(xml).getBytes(StandardCharsets.UTF_8)), true, null);
        IFile reported = project.getFile(stem + ".reported.tsv");
        reported.create(Files.newInputStream(example("tolganbek2022.reported.tsv")), true, null);
        return model;
    }

    static InterphaseModelEditor open(IFile model) throws Exception {
        IWorkbenchPage page = page();
        InterphaseModelEditor editor = (InterphaseModelEditor) IDE.openEditor(page, model, InterphaseModelEditor.ID, true);
        Ui.settle();
        return editor;
    }

    static IWorkbenchPage page() {
        return PlatformUI.getWorkbench().getWorkbenchWindows()[0].getActivePage();
    }

    /** A picture of a control as drawn (also parts scrolled out of view), saved as PNG in target/screenshots. */
    static Path print(Control control, String name) throws Exception {
        Ui.settle();
        Point size = control.getSize();
        Image image = new Image(control.getDisplay(), Math.max(1, size.x), Math.max(1, size.y));
        GC gc = new GC(image);
        try {
            control.print(gc);
        } finally {
            gc.dispose();
        }
        Path folder = Path.of(System.getProperty("interphase.screenshots", "target/screenshots"));
        Files.createDirectories(folder);
        Path file = folder.resolve(name + ".png");
        ImageLoader loader = new ImageLoader();
        loader.data = new org.eclipse.swt.graphics.ImageData[] { image.getImageData() };
        loader.save(file.toString(), SWT.IMAGE_PNG);
        image.dispose();
        return file;
    }
}
