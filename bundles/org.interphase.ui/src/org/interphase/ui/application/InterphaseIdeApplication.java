/*
 * Copyright (c) 2026 the Interphase contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.interphase.ui.application;

import java.io.File;
import java.io.IOException;
import java.net.URL;

import org.eclipse.core.runtime.Platform;
import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.service.datalocation.Location;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.PlatformUI;

/**
 * The IDE (application org.interphase.ui.ide): opens the workspace given with -data, or ~/interphase-workspace,
 * and runs the workbench.
 */
public class InterphaseIdeApplication implements IApplication {

    /** The workspace used when none is given. */
    public static final String DEFAULT_WORKSPACE = "interphase-workspace";

    @Override
    public Object start(IApplicationContext context) throws Exception {
        Display display = PlatformUI.createDisplay();
        try {
            if (!lockWorkspace(display)) {
                return EXIT_OK;
            }
            context.applicationRunning();
            int code = PlatformUI.createAndRunWorkbench(display, new InterphaseWorkbenchAdvisor());
            return code == PlatformUI.RETURN_RESTART ? EXIT_RESTART : EXIT_OK;
        } finally {
            display.dispose();
            Location instance = Platform.getInstanceLocation();
            if (instance != null && instance.isLocked()) {
                instance.release();
            }
        }
    }

    private static boolean lockWorkspace(Display display) throws IOException {
        Location instance = Platform.getInstanceLocation();
        if (!instance.isSet()) {
            File folder = new File(System.getProperty("user.home"), DEFAULT_WORKSPACE);
            instance.set(new URL("file", null, folder.getAbsolutePath() + "/"), false);
        }
        if (instance.lock()) {
            return true;
        }
        Shell shell = new Shell(display);
        MessageDialog.openError(shell, "Workspace in use", "The workspace " + instance.getURL().getFile()
                + " is in use by another Interphase. Close it, or start this one with ./interphase ide --workspace DIR.");
        shell.dispose();
        return false;
    }

    @Override
    public void stop() {
        if (!PlatformUI.isWorkbenchRunning()) {
            return;
        }
        IWorkbench workbench = PlatformUI.getWorkbench();
        Display display = workbench.getDisplay();
        display.syncExec(() -> {
            if (!display.isDisposed()) {
                workbench.close();
            }
        });
    }
}
