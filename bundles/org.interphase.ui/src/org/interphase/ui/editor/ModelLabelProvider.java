/*
 * Copyright (c) 2026 the Interphase contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.interphase.ui.editor;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.swt.graphics.Image;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PlatformUI;
import org.interphase.model.Layer;
import org.interphase.model.LiquidWetting;
import org.interphase.model.Cell;
import org.interphase.model.NamedElement;
import org.interphase.model.Project;
import org.interphase.model.StackEntry;
import org.interphase.model.validation.ModelLabels;
import org.interphase.ui.emf.EmfLabelProvider;

/**
 * Labels of the model tree: EMF.Edit's, with what a scientist looks for first: layers with their thickness
 * (derived for layer-by-layer films), stack positions with their layer, other elements with their kind.
 */
public class ModelLabelProvider extends EmfLabelProvider {

    public ModelLabelProvider(AdapterFactory adapterFactory) {
        super(adapterFactory);
    }

    @Override
    public String getText(Object element) {
        if (element instanceof FeatureGroup group) {
            return group.label();
        }
        if (element instanceof Project project) {
            return project.getName() == null ? "Project" : project.getName();
        }
        if (element instanceof Layer layer) {
            return layer.getName() + "   " + Formats.length(layer.thicknessMetres()) + "   [" + ModelLabels.kind(layer) + "]";
        }
        if (element instanceof Cell cell) {
            return cell.getName();
        }
        if (element instanceof NamedElement named) {
            return named.getName() + "   [" + ModelLabels.kind(named) + "]";
        }
        if (element instanceof LiquidWetting wetting) {
            return "Wetted with " + ModelLabels.format(wetting.getVolume()) + " of "
                    + (wetting.getElectrolyte() == null ? "(no electrolyte)" : wetting.getElectrolyte().getName());
        }
        if (element instanceof StackEntry entry) {
            int position = entry.eContainer() == null ? 0 : ((Cell) entry.eContainer()).getStack().indexOf(entry) + 1;
            Layer layer = entry.getLayer();
            return position + ". " + (layer == null ? "(no layer)" : layer.getName() + "   " + Formats.length(layer.thicknessMetres()));
        }
        return super.getText(element);
    }

    @Override
    public Image getImage(Object element) {
        if (element instanceof FeatureGroup) {
            return PlatformUI.getWorkbench().getSharedImages().getImage(ISharedImages.IMG_OBJ_FOLDER);
        }
        return super.getImage(element);
    }
}
