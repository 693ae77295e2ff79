/*
 * Copyright (c) 2026 the Interphase contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.interphase.ui.docs;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.handlers.HandlerUtil;

/** Help > Documentation: opens the Documentation view, on the document named by the command's parameter if any. */
public class ShowDocumentationHandler extends AbstractHandler {

    /** The command's optional parameter: a document key ("physics", "formats", "license", "notice"). */
    public static final String DOCUMENT = "org.interphase.ui.docs.document";

    @Override
    public Object execute(ExecutionEvent event) throws ExecutionException {
        IWorkbenchPage page = HandlerUtil.getActiveWorkbenchWindowChecked(event).getActivePage();
        try {
            DocumentationView view = (DocumentationView) page.showView(DocumentationView.ID);
            String key = event.getParameter(DOCUMENT);
            if (key != null) {
                view.show(Documents.byKey(key));
            }
            return view;
        } catch (PartInitException e) {
            throw new ExecutionException("cannot open the Documentation view: " + e.getMessage(), e);
        }
    }
}
