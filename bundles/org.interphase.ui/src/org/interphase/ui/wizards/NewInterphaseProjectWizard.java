/*
 * Copyright (c) 2026 the Interphase contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.interphase.ui.wizards;

import java.io.IOException;
import java.lang.reflect.InvocationTargetException;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IProjectDescription;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExecutableExtension;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.ui.INewWizard;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.actions.WorkspaceModifyOperation;
import org.eclipse.ui.dialogs.WizardNewProjectCreationPage;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.wizards.newresource.BasicNewProjectResourceWizard;
import org.interphase.ui.project.InterphaseNature;

/**
 * File > New > Interphase Project: a project with the Interphase nature (its models are validated on every
 * change) and a first, empty model named after it, opened in the model editor.
 */
public class NewInterphaseProjectWizard extends Wizard implements INewWizard, IExecutableExtension {

    private IWorkbench workbench;
    private IConfigurationElement configuration;
    private WizardNewProjectCreationPage page;

    @Override
    public void init(IWorkbench workbench, IStructuredSelection selection) {
        this.workbench = workbench;
        setWindowTitle("New Interphase Project");
        setNeedsProgressMonitor(true);
    }

    @Override
    public void setInitializationData(IConfigurationElement config, String propertyName, Object data) {
        this.configuration = config;
    }

    @Override
    public void addPages() {
        page = new WizardNewProjectCreationPage("project");
        page.setTitle("Interphase Project");
        page.setDescription("A project for one study: its models, instrument data and results.");
        addPage(page);
    }

    @Override
    public boolean performFinish() {
        IProject project = page.getProjectHandle();
        IProjectDescription description = ResourcesPlugin.getWorkspace().newProjectDescription(project.getName());
        if (!page.useDefaults()) {
            description.setLocationURI(page.getLocationURI());
        }
        IFile model = project.getFile(project.getName() + ".interphase");
        try {
            getContainer().run(true, true, new WorkspaceModifyOperation() {
                @Override
                protected void execute(org.eclipse.core.runtime.IProgressMonitor monitor) throws CoreException {
                    SubMonitor progress = SubMonitor.convert(monitor, "Creating " + project.getName(), 4);
                    project.create(description, progress.split(1));
                    project.open(progress.split(1));
                    InterphaseNature.addTo(project, progress.split(1));
                    try {
                        model.create(NewModels.empty(project.getName()), false, progress.split(1));
                    } catch (IOException e) {
                        throw new CoreException(Status.error("The first model could not be written", e));
                    }
                }
            });
        } catch (InvocationTargetException e) {
            Throwable cause = e.getCause();
            MessageDialog.openError(getShell(), "New Interphase Project", "The project could not be created: "
                    + (cause instanceof CoreException core ? core.getStatus().getMessage() : String.valueOf(cause)));
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
        BasicNewProjectResourceWizard.updatePerspective(configuration);
        try {
            IDE.openEditor(workbench.getActiveWorkbenchWindow().getActivePage(), model, true);
        } catch (PartInitException e) {
            return true; // the project exists; the model opens from Project Explorer
        }
        return true;
    }

}
