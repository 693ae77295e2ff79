/*
 * Copyright (c) 2026 the Interphase contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.interphase.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IEditorReference;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.navigator.CommonNavigator;
import org.interphase.ui.application.InterphasePerspective;
import org.interphase.ui.editor.InterphaseModelEditor;
import org.interphase.ui.project.InterphaseNature;
import org.interphase.ui.project.ValidationMarkers;
import org.junit.jupiter.api.Test;
import org.interphase.ui.testing.Ui;

/**
 * The product starts on an empty workspace: the Interphase perspective with its views, the paper's example project
 * imported and its model open with the paper's cells visible, no problems; a screenshot is saved.
 */
class IdeSmokeTest {

    @Test
    void workbenchShowsTheExampleProjectAndItsCells() throws Exception {
        IWorkbenchPage page = Ui.window().getActivePage();
        assertEquals(InterphasePerspective.ID, page.getPerspective().getId());
        for (String view : new String[] { IPageLayout.ID_PROJECT_EXPLORER, IPageLayout.ID_OUTLINE, IPageLayout.ID_PROP_SHEET,
                IPageLayout.ID_PROBLEM_VIEW, IPageLayout.ID_PROGRESS_VIEW }) {
            assertNotNull(page.findViewReference(view), view + " is not in the perspective");
        }

        IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject("tolganbek2022");
        Ui.waitUntil("the example project", () -> project.isOpen(), 30_000);
        assertTrue(project.hasNature(InterphaseNature.ID));
        assertTrue(Arrays.stream(project.getDescription().getBuildSpec())
                .anyMatch(c -> c.getBuilderName().equals(org.interphase.ui.project.ModelValidationBuilder.ID)));

        // opened at start-up (other tests may have opened more editors since)
        Ui.waitUntil("the example model in the editor", () -> exampleEditor(page) != null, 30_000);
        InterphaseModelEditor editor = exampleEditor(page);

        Tree tree = editor.viewer().getTree();
        TreeItem cell = Ui.find(tree, "Cells (6)", "Li|LATP|Li");
        assertNotNull(cell, "the cell Li|LATP|Li is not in the editor's tree");
        TreeItem film = Ui.find(tree, "Layers (5)", "IL");
        assertNotNull(film);
        assertTrue(film.getText().contains("76.7 nm"), film.getText());

        CommonNavigator explorer = (CommonNavigator) page.showView(IPageLayout.ID_PROJECT_EXPLORER);
        Ui.settle();
        Tree explorerTree = explorer.getCommonViewer().getTree();
        assertTrue(Arrays.stream(explorerTree.getItems()).anyMatch(i -> i.getText().startsWith("tolganbek2022")),
                "Project Explorer does not show the example project");

        Ui.waitForBuilds();
        IMarker[] problems = project.getFile("tolganbek2022.interphase").findMarkers(ValidationMarkers.TYPE, true, IResource.DEPTH_ZERO);
        assertEquals(0, problems.length, () -> "the example has problems: " + Arrays.toString(problems));

        page.activate(editor);
        editor.viewer().setSelection(new org.eclipse.jface.viewers.StructuredSelection(
                editor.project().getCells().get(1)), true);
        Path screenshot = Ui.screenshot("ide");
        assertTrue(Files.size(screenshot) > 10_000, "the screenshot is suspiciously small: " + Files.size(screenshot));
    }

    private static InterphaseModelEditor exampleEditor(IWorkbenchPage page) {
        for (IEditorReference reference : page.getEditorReferences()) {
            if (reference.getName().equals("tolganbek2022.interphase") && reference.getEditor(true) instanceof InterphaseModelEditor editor) {
                return editor;
            }
        }
        return null;
    }
}
