/*
 * Copyright (c) 2026 the Interphase contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.interphase.ui.eis.preview;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.handlers.HandlerUtil;
import org.interphase.model.CircuitModel;
import org.interphase.ui.editor.InterphaseModelEditor;

/** "Circuit Preview" on a circuit model in the model editor: opens the {@link CircuitPreviewView} on it. */
public class CircuitPreviewHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) {
        IEditorPart part = HandlerUtil.getActiveEditor(event);
        if (!(HandlerUtil.getCurrentSelection(event) instanceof IStructuredSelection s) || !(s.getFirstElement() instanceof CircuitModel model)
                || !(part instanceof InterphaseModelEditor editor)) {
            return null;
        }
        try {
            CircuitPreviewView view = (CircuitPreviewView) editor.getSite().getPage().showView(CircuitPreviewView.ID);
            view.show(model, editor);
        } catch (PartInitException e) {
            org.eclipse.jface.dialogs.MessageDialog.openError(HandlerUtil.getActiveShell(event), "Circuit Preview", e.getMessage());
        }
        return null;
    }
}
