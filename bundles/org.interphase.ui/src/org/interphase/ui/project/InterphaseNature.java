/*
 * Copyright (c) 2026 the Interphase contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.interphase.ui.project;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.eclipse.core.resources.ICommand;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IProjectDescription;
import org.eclipse.core.resources.IProjectNature;
import org.eclipse.core.runtime.CoreException;

/** The nature of an Interphase project: its .interphase models are validated on every change (Problems view). */
public class InterphaseNature implements IProjectNature {

    public static final String ID = "org.interphase.ui.interphaseNature";

    private IProject project;

    /**
     * Gives a project the Interphase nature (which adds the model validator to its builders). A nature listed in the
     * description a project is created with is not configured; this sets it on the open project, which is.
     */
    public static void addTo(IProject project, org.eclipse.core.runtime.IProgressMonitor monitor) throws CoreException {
        IProjectDescription description = project.getDescription();
        if (!Arrays.asList(description.getNatureIds()).contains(ID)) {
            List<String> natures = new ArrayList<>(Arrays.asList(description.getNatureIds()));
            natures.add(ID);
            description.setNatureIds(natures.toArray(String[]::new));
            project.setDescription(description, monitor);
        }
    }

    @Override
    public void configure() throws CoreException {
        IProjectDescription description = project.getDescription();
        List<ICommand> commands = new ArrayList<>(Arrays.asList(description.getBuildSpec()));
        if (commands.stream().noneMatch(c -> ModelValidationBuilder.ID.equals(c.getBuilderName()))) {
            ICommand command = description.newCommand();
            command.setBuilderName(ModelValidationBuilder.ID);
            commands.add(command);
            description.setBuildSpec(commands.toArray(ICommand[]::new));
            project.setDescription(description, null);
        }
    }

    @Override
    public void deconfigure() throws CoreException {
        IProjectDescription description = project.getDescription();
        ICommand[] commands = Arrays.stream(description.getBuildSpec())
                .filter(c -> !ModelValidationBuilder.ID.equals(c.getBuilderName())).toArray(ICommand[]::new);
        description.setBuildSpec(commands);
        project.setDescription(description, null);
        project.deleteMarkers(ValidationMarkers.TYPE, true, org.eclipse.core.resources.IResource.DEPTH_INFINITE);
    }

    @Override
    public IProject getProject() {
        return project;
    }

    @Override
    public void setProject(IProject project) {
        this.project = project;
    }
}
