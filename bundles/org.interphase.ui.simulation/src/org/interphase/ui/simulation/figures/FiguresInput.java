/*
 * Copyright (c) 2026 the Interphase contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.interphase.ui.simulation.figures;

import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IPersistableElement;
import org.interphase.ui.simulation.figures.ReproduceJob.Reproduction;

/** The input of the figures editor: a reproduction of a model's experiments (in memory; not restored on restart). */
public final class FiguresInput implements IEditorInput {

    private final Reproduction reproduction;

    public FiguresInput(Reproduction reproduction) {
        this.reproduction = reproduction;
    }

    public Reproduction reproduction() {
        return reproduction;
    }

    @Override
    public <T> T getAdapter(Class<T> adapter) {
        return null;
    }

    @Override
    public boolean exists() {
        return false;
    }

    @Override
    public ImageDescriptor getImageDescriptor() {
        return ImageDescriptor.getMissingImageDescriptor();
    }

    @Override
    public String getName() {
        return "Figures: " + reproduction.modelFile().getFileName();
    }

    @Override
    public IPersistableElement getPersistable() {
        return null;
    }

    @Override
    public String getToolTipText() {
        return "The paper's figures reproduced from " + reproduction.modelFile();
    }
}
