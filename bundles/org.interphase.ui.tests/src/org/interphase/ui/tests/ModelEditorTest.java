/*
 * Copyright (c) 2026 the Interphase contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.interphase.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.util.Arrays;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.views.properties.IPropertyDescriptor;
import org.eclipse.ui.views.properties.IPropertySource;
import org.interphase.model.MaterialLayer;
import org.interphase.model.SolidElectrolyte;
import org.interphase.model.SourceKind;
import org.interphase.ui.application.ExampleProjectInstaller;
import org.interphase.ui.editor.InterphaseModelEditor;
import org.interphase.ui.editor.ModelPropertySourceProvider;
import org.interphase.ui.editor.QuantityPropertyDescriptor;
import org.interphase.ui.project.ValidationMarkers;
import org.junit.jupiter.api.Test;
import org.interphase.ui.testing.Ui;

/** Editing in the model editor: properties with units, undo/redo, dirty state, atomic save, Problems markers. */
class ModelEditorTest {

    private static InterphaseModelEditor open(IFile file) throws Exception {
        IWorkbenchPage page = Ui.window().getActivePage();
        InterphaseModelEditor editor = (InterphaseModelEditor) IDE.openEditor(page, file, InterphaseModelEditor.ID, true);
        Ui.settle();
        return editor;
    }

    /** A project of these tests' own, with the Interphase nature (so its models are validated). */
    private static IProject testProject() throws Exception {
        IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject("editor-tests");
        if (!project.exists()) {
            project.create(null);
            project.open(null);
            org.interphase.ui.project.InterphaseNature.addTo(project, null);
        }
        return project;
    }

    private static IFile copyOfExample(String name) throws Exception {
        IFile copy = testProject().getFile(name);
        if (copy.exists()) {
            copy.delete(true, null);
        }
        copy.create(Files.newInputStream(java.nio.file.Path.of(System.getProperty("interphase.repository"),
                "examples/tolganbek2022", ExampleProjectInstaller.MODEL_FILE)), true, null);
        return copy;
    }

    /** What the Properties view shows for an object. */
    private static IPropertySource properties(Object object) {
        return new ModelPropertySourceProvider(new org.eclipse.emf.edit.provider.ComposedAdapterFactory(
                org.eclipse.emf.edit.provider.ComposedAdapterFactory.Descriptor.Registry.INSTANCE)).getPropertySource(object);
    }

    @Test
    void quantityEditsAreUndoableAndSaveWritesTheFile() throws Exception {
        IFile file = copyOfExample("edit.interphase");
        InterphaseModelEditor editor = open(file);
        SolidElectrolyte latp = (SolidElectrolyte) editor.project().getMaterials().get(0);
        IPropertySource source = properties(latp);
        IPropertyDescriptor conductivity = Arrays.stream(source.getPropertyDescriptors())
                .filter(d -> d.getId().equals("quantity:bulkConductivity")).findFirst().orElseThrow();
        assertEquals("Bulk conductivity [S/cm]", conductivity.getDisplayName());
        assertTrue(conductivity.getLabelProvider().getText(latp.getBulkConductivity()).startsWith("0.001 S/cm   [literature: Kwatek"));

        source.setPropertyValue(conductivity.getId(), "2e-3 S/cm");
        assertEquals(0.2, latp.getBulkConductivity().si(), 1e-15);
        assertEquals(SourceKind.USER, latp.getBulkConductivity().getSource());
        assertTrue(latp.getBulkConductivity().getNote().contains("was 0.001 S/cm (literature"), latp.getBulkConductivity().getNote());
        assertTrue(editor.isDirty());

        editor.getEditingDomain().getCommandStack().undo();
        assertEquals(0.1, latp.getBulkConductivity().si(), 1e-15);
        assertEquals(SourceKind.LITERATURE, latp.getBulkConductivity().getSource());
        assertFalse(editor.isDirty());
        editor.getEditingDomain().getCommandStack().redo();
        assertTrue(editor.isDirty());

        editor.doSave(new NullProgressMonitor());
        assertFalse(editor.isDirty());
        String saved = Files.readString(file.getLocation().toFile().toPath());
        assertTrue(saved.contains("<bulkConductivity value=\"0.002\" unit=\"S/cm\" source=\"user\""), saved);
        Ui.window().getActivePage().closeEditor(editor, false);
    }

    @Test
    void unitsOfTheWrongKindAreRefused() throws Exception {
        IFile file = copyOfExample("units.interphase");
        InterphaseModelEditor editor = open(file);
        MaterialLayer pellet = (MaterialLayer) editor.project().getLayers().get(0);
        QuantityPropertyDescriptor thickness = new QuantityPropertyDescriptor(pellet,
                org.interphase.model.InterphasePackage.Literals.MATERIAL_LAYER__THICKNESS);
        var cellEditor = thickness.createPropertyEditor(editor.viewer().getTree());
        assertNotNull(cellEditor);
        assertFalse(cellEditor.isValueValid() && cellEditor.getValidator().isValid("1 S/cm") == null);
        assertTrue(cellEditor.getValidator().isValid("1 S/cm").contains("measures conductivity, not length"));
        assertEquals(null, cellEditor.getValidator().isValid("1.5 mm"));
        cellEditor.dispose();
        Ui.window().getActivePage().closeEditor(editor, false);
    }

    @Test
    void savedErrorsBecomeProblemsMarkersAndGoToTheObject() throws Exception {
        IFile file = copyOfExample("broken.interphase");
        InterphaseModelEditor editor = open(file);
        MaterialLayer pellet = (MaterialLayer) editor.project().getLayers().get(0);
        IPropertySource source = properties(pellet);
        source.setPropertyValue("quantity:thickness", "-1 mm");
        editor.doSave(new NullProgressMonitor());
        Ui.waitForBuilds();
        IMarker[] markers = file.findMarkers(ValidationMarkers.TYPE, false, IResource.DEPTH_ZERO);
        assertEquals(1, markers.length, Arrays.toString(markers));
        assertEquals("thickness of material layer 'LATP pellet' must be > 0 (is -1 mm)", markers[0].getAttribute(IMarker.MESSAGE));
        assertEquals("layers[LATP pellet]/thickness", markers[0].getAttribute(IMarker.LOCATION));
        editor.viewer().setSelection(org.eclipse.jface.viewers.StructuredSelection.EMPTY);
        editor.gotoMarker(markers[0]);
        assertEquals(pellet, editor.viewer().getStructuredSelection().getFirstElement());

        editor.getEditingDomain().getCommandStack().undo();
        editor.doSave(new NullProgressMonitor());
        Ui.waitForBuilds();
        assertEquals(0, file.findMarkers(ValidationMarkers.TYPE, false, IResource.DEPTH_ZERO).length);
        Ui.window().getActivePage().closeEditor(editor, false);
    }

    @Test
    void unreadableFileOpensAsAnErrorPageAndIsNeverWritten() throws Exception {
        IFile file = testProject().getFile("unreadable.interphase");
        byte[] content = "<?xml version=\"1.0\"?>\n<interphase:Project xmlns:interphase=\"http://interphase.org/model/1.0\" name=\"x\"\n".getBytes();
        if (file.exists()) {
            file.delete(true, null);
        }
        file.create(new java.io.ByteArrayInputStream(content), true, null);
        InterphaseModelEditor editor = open(file);
        assertEquals(null, editor.project());
        assertFalse(editor.isSaveAsAllowed());
        Ui.waitForBuilds();
        IMarker[] markers = file.findMarkers(ValidationMarkers.TYPE, false, IResource.DEPTH_ZERO);
        assertEquals(1, markers.length);
        assertTrue(((String) markers[0].getAttribute(IMarker.MESSAGE)).startsWith("cannot read the model"));
        Ui.window().getActivePage().closeEditor(editor, false);
        assertEquals(new String(content), Files.readString(file.getLocation().toFile().toPath()));
    }
}
