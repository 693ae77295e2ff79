/*
 * Copyright (c) 2026 the Interphase contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.interphase.ui.wizards;

import java.io.IOException;
import java.io.InputStream;

import org.eclipse.core.resources.IFile;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.INewWizard;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.dialogs.WizardNewFileCreationPage;
import org.eclipse.ui.ide.IDE;
import org.interphase.model.resource.InterphaseResourceFactory;

/** File > New > Interphase Model: a new .interphase file, empty or a copy of the paper's example, opened in the editor. */
public class NewInterphaseModelWizard extends Wizard implements INewWizard {

    private IWorkbench workbench;
    private IStructuredSelection selection;
    private ModelFilePage page;

    @Override
    public void init(IWorkbench workbench, IStructuredSelection selection) {
        this.workbench = workbench;
        this.selection = selection;
        setWindowTitle("New Interphase Model");
        setNeedsProgressMonitor(true);
    }

    @Override
    public void addPages() {
        page = new ModelFilePage(selection);
        addPage(page);
    }

    @Override
    public boolean performFinish() {
        IFile file = page.createNewFile();
        if (file == null) {
            return false;
        }
        try {
            IDE.openEditor(workbench.getActiveWorkbenchWindow().getActivePage(), file, true);
        } catch (PartInitException e) {
            MessageDialog.openError(getShell(), "New Interphase Model", "The model was created but cannot be opened: " + e.getMessage());
        }
        return true;
    }

    /** The file page, with the choice of content. */
    static final class ModelFilePage extends WizardNewFileCreationPage {
        private Button copyExample;

        ModelFilePage(IStructuredSelection selection) {
            super("model", selection);
            setTitle("Interphase Model");
            setDescription("A model of materials, layers, cells and experiments (an .interphase file).");
            setFileExtension(InterphaseResourceFactory.EXTENSION);
            setFileName("model." + InterphaseResourceFactory.EXTENSION);
        }

        @Override
        protected void createAdvancedControls(Composite parent) {
            copyExample = new Button(parent, SWT.CHECK);
            copyExample.setText("Start from the paper's example (Tolganbek et al. 2022: LATP, the LbL film and six cells)");
            copyExample.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
            super.createAdvancedControls(parent);
        }

        @Override
        protected InputStream getInitialContents() {
            try {
                if (copyExample != null && copyExample.getSelection()) {
                    return NewModels.example();
                }
                String name = getFileName().replaceFirst("\\.interphase$", "");
                return NewModels.empty(name);
            } catch (IOException e) {
                setErrorMessage("The model could not be written: " + e.getMessage());
                return null;
            }
        }
    }
}
