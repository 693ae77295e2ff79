/*
 * Copyright (c) 2026 the Interphase contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.interphase.ui.data.compare;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.handlers.HandlerUtil;

/** Compare: the instrument files selected in the Project Explorer, overlaid in one chart ({@link CompareEditor}). */
public class CompareHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) throws ExecutionException {
        List<IFile> files = files(HandlerUtil.getCurrentSelection(event));
        if (files.size() < 2) {
            return null;
        }
        try {
            HandlerUtil.getActiveWorkbenchWindowChecked(event).getActivePage().openEditor(new CompareInput(files), CompareEditor.ID);
        } catch (PartInitException e) {
            throw new ExecutionException("the comparison could not be opened: " + e.getMessage(), e);
        }
        return null;
    }

    /** The files of a selection. */
    static List<IFile> files(ISelection selection) {
        List<IFile> files = new ArrayList<>();
        if (selection instanceof IStructuredSelection structured) {
            for (Object o : structured.toList()) {
                IFile file = Adapters.adapt(o, IFile.class);
                if (file != null) {
                    files.add(file);
                }
            }
        }
        return files;
    }
}
