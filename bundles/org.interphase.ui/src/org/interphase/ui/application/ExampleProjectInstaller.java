/*
 * Copyright (c) 2026 the Interphase contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.interphase.ui.application;

import java.io.IOException;
import java.nio.file.Path;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IProjectDescription;
import org.eclipse.core.resources.IWorkspace;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.navigator.CommonNavigator;
import org.interphase.examples.Examples;
import org.osgi.service.prefs.BackingStoreException;

/**
 * On the first start in an empty workspace, imports the paper's example project and opens its model, so that a
 * new user sees the paper's cells at once. Happens once per workspace: a deleted example is not brought back.
 */
public final class ExampleProjectInstaller {

    private static final String PREFERENCE = "exampleProjectOffered";
    /** The example model inside the example project. */
    public static final String MODEL_FILE = Examples.TOLGANBEK_2022 + ".interphase";

    private ExampleProjectInstaller() {
    }

    public static void installOnFirstStart(IWorkbenchWindow window) {
        IWorkspace workspace = ResourcesPlugin.getWorkspace();
        IEclipsePreferences preferences = InstanceScope.INSTANCE.getNode("org.interphase.ui");
        if (workspace.getRoot().getProjects().length > 0 || preferences.getBoolean(PREFERENCE, false)) {
            return;
        }
        try {
            IProject project = install(workspace);
            preferences.putBoolean(PREFERENCE, true);
            preferences.flush();
            open(window, project.getFile(MODEL_FILE));
        } catch (CoreException | IOException | BackingStoreException e) {
            ILog.of(ExampleProjectInstaller.class).error("The example project could not be imported", e);
            MessageDialog.openError(window.getShell(), "Example project", "The paper's example project could not be imported:\n"
                    + e.getMessage() + "\n\nEverything else works; you can create a project with File > New > Interphase Project.");
        }
    }

    /** Copies the example into the workspace folder and creates the project there; returns it. */
    public static IProject install(IWorkspace workspace) throws CoreException, IOException {
        Path folder = workspace.getRoot().getLocation().toFile().toPath().resolve(Examples.TOLGANBEK_2022);
        Examples.copy(Examples.TOLGANBEK_2022, folder);
        IProjectDescription description = workspace.loadProjectDescription(
                org.eclipse.core.runtime.Path.fromOSString(folder.resolve(".project").toString()));
        description.setLocation(null); // the default location: the folder just written
        IProject project = workspace.getRoot().getProject(description.getName());
        workspace.run(monitor -> {
            if (!project.exists()) {
                project.create(description, monitor);
            }
            project.open(monitor);
        }, null);
        return project;
    }

    private static void open(IWorkbenchWindow window, IFile model) throws PartInitException {
        IWorkbenchPage page = window.getActivePage();
        if (page == null) {
            return;
        }
        IDE.openEditor(page, model, true);
        if (page.findView(IPageLayout.ID_PROJECT_EXPLORER) instanceof CommonNavigator explorer) {
            explorer.selectReveal(new StructuredSelection(model));
        }
    }
}
