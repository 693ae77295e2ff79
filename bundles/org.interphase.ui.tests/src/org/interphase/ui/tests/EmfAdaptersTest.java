/*
 * Copyright (c) 2026 the Interphase contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.interphase.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.ui.views.properties.IPropertyDescriptor;
import org.eclipse.ui.views.properties.IPropertySource;
import org.interphase.model.Cell;
import org.interphase.model.LayerByLayerFilm;
import org.interphase.model.Project;
import org.interphase.model.provider.InterphaseItemProviderAdapterFactory;
import org.interphase.model.resource.InterphaseModels;
import org.interphase.ui.editor.FeatureGroup;
import org.interphase.ui.editor.ModelContentProvider;
import org.interphase.ui.editor.ModelLabelProvider;
import org.interphase.ui.editor.ModelPropertySourceProvider;
import org.junit.jupiter.api.Test;

/** The JFace adapters written over EMF.Edit (content, labels, properties) on the paper's example. */
class EmfAdaptersTest {

    private final ComposedAdapterFactory adapterFactory = new ComposedAdapterFactory(new InterphaseItemProviderAdapterFactory());

    private Project example(AdapterFactoryEditingDomain domain) throws Exception {
        Path file = Path.of(System.getProperty("interphase.repository"), "examples/tolganbek2022/tolganbek2022.interphase");
        return InterphaseModels.load(domain.getResourceSet(), file);
    }

    @Test
    void treeGroupsTheProjectAndShowsStacks() throws Exception {
        AdapterFactoryEditingDomain domain = new AdapterFactoryEditingDomain(adapterFactory, new BasicCommandStack());
        Project project = example(domain);
        ModelContentProvider content = new ModelContentProvider(adapterFactory);
        ModelLabelProvider labels = new ModelLabelProvider(adapterFactory);
        Object[] groups = content.getElements(project);
        assertEquals(List.of("Materials (12)", "Layers (5)", "Cells (6)", "Experiments (7)", "Circuit models (1)", "Simulation runs (0)"),
                Arrays.stream(groups).map(labels::getText).toList());
        FeatureGroup cells = (FeatureGroup) groups[2];
        Cell coated = (Cell) content.getChildren(cells)[1];
        assertEquals("Li|IL|LATP|IL|Li", labels.getText(coated));
        assertEquals(cells, content.getParent(coated));
        List<String> stack = Arrays.stream(content.getChildren(coated)).map(labels::getText).toList();
        assertEquals(List.of("1. Li   450 µm", "2. IL   76.7 nm", "3. LATP pellet   1 mm", "4. IL   76.7 nm", "5. Li   450 µm",
                "Wetted with 0.5 mL of LiPF6 liquid electrolyte"), stack);
        assertNotNull(labels.getImage(coated));
        labels.dispose();
        content.dispose();
    }

    @Test
    void propertiesOfAFilmShowItsDerivedThicknessReadOnly() throws Exception {
        AdapterFactoryEditingDomain domain = new AdapterFactoryEditingDomain(adapterFactory, new BasicCommandStack());
        Project project = example(domain);
        LayerByLayerFilm film = (LayerByLayerFilm) project.getLayers().get(1);
        IPropertySource source = new ModelPropertySourceProvider(adapterFactory).getPropertySource(film);
        IPropertyDescriptor derived = Arrays.stream(source.getPropertyDescriptors())
                .filter(d -> d.getDisplayName().equals("Derived Thickness")).findFirst().orElseThrow();
        assertEquals(76.7e-9, (Double) source.getPropertyValue(derived.getId()), 1e-15);
        assertEquals(null, derived.createPropertyEditor(null), "a derived thickness is not typed in");
        IPropertyDescriptor count = Arrays.stream(source.getPropertyDescriptors())
                .filter(d -> d.getDisplayName().equals("Bilayer Count")).findFirst().orElseThrow();
        source.setPropertyValue(count.getId(), 40);
        assertEquals(101.7e-9, film.thicknessMetres(), 1e-15); // V-LBL-1
        domain.getCommandStack().undo();
        assertEquals(30, film.getBilayerCount());
        assertTrue(Arrays.stream(source.getPropertyDescriptors()).anyMatch(d -> d.getId().equals("quantity:precursorThickness")));
    }
}
