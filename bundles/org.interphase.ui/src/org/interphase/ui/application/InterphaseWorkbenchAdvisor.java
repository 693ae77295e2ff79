/*
 * Copyright (c) 2026 the Interphase contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.interphase.ui.application;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IAdaptable;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.application.IWorkbenchConfigurer;
import org.eclipse.ui.application.IWorkbenchWindowConfigurer;
import org.eclipse.ui.application.WorkbenchAdvisor;
import org.eclipse.ui.application.WorkbenchWindowAdvisor;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.plugin.AbstractUIPlugin;

/** The workbench of the IDE: the Interphase perspective, the workspace as input, the example on first start. */
public class InterphaseWorkbenchAdvisor extends WorkbenchAdvisor {

    /** System property: print how long start-up took, once the workbench handles events (benchmark). */
    public static final String REPORT_STARTUP = "interphase.startup.report";
    /** System property: close the workbench right after start-up (benchmark). */
    public static final String EXIT_AFTER_STARTUP = "interphase.startup.exit";

    @Override
    public void initialize(IWorkbenchConfigurer configurer) {
        super.initialize(configurer);
        configurer.setSaveAndRestore(true);
        IDE.registerAdapters();
        declare(configurer, IDE.SharedImages.IMG_OBJ_PROJECT, "icons/full/obj16/prj_obj.png");
        declare(configurer, IDE.SharedImages.IMG_OBJ_PROJECT_CLOSED, "icons/full/obj16/cprj_obj.png");
    }

    private static void declare(IWorkbenchConfigurer configurer, String key, String path) {
        ImageDescriptor image = AbstractUIPlugin.imageDescriptorFromPlugin("org.eclipse.ui.ide", path);
        if (image != null) {
            configurer.declareImage(key, image, true);
        }
    }

    /**
     * Opens the windows as the platform does, with a timer ticking on the UI thread meanwhile. The platform restores
     * the workbench on a second thread and then wakes the UI thread with {@link Display#wake()}; on GTK that wake
     * is lost when it comes just before the UI thread sleeps, and the UI thread then slept until the next event
     * (about 6 s later under Xvfb: warm starts of 9.3 s instead of 3.4 s, one in two or three). The tick ends such
     * a sleep within {@value #WAKE_TICK_MS} ms.
     */
    @Override
    public boolean openWindows() {
        Display display = getWorkbenchConfigurer().getWorkbench().getDisplay();
        boolean[] opened = {false};
        Runnable tick = new Runnable() {
            @Override
            public void run() {
                if (!opened[0] && !display.isDisposed()) {
                    display.timerExec(WAKE_TICK_MS, this);
                }
            }
        };
        display.timerExec(WAKE_TICK_MS, tick);
        try {
            return super.openWindows();
        } finally {
            opened[0] = true;
        }
    }

    private static final int WAKE_TICK_MS = 50;

    @Override
    public String getInitialWindowPerspectiveId() {
        return InterphasePerspective.ID;
    }

    @Override
    public IAdaptable getDefaultPageInput() {
        return ResourcesPlugin.getWorkspace().getRoot();
    }

    @Override
    public WorkbenchWindowAdvisor createWorkbenchWindowAdvisor(IWorkbenchWindowConfigurer configurer) {
        return new InterphaseWorkbenchWindowAdvisor(configurer);
    }

    @Override
    public void postStartup() {
        super.postStartup();
        IWorkbenchWindow window = getWorkbenchConfigurer().getWorkbench().getActiveWorkbenchWindow();
        ExampleProjectInstaller.installOnFirstStart(window);
        // runs once the event loop handles events: the workbench is usable
        getWorkbenchConfigurer().getWorkbench().getDisplay().asyncExec(() -> {
            long millis = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
            if (Boolean.getBoolean(REPORT_STARTUP)) {
                System.out.println("interphase: workbench ready " + millis + " ms after the JVM started" + cpuSoFar());
            }
            if (Boolean.getBoolean(EXIT_AFTER_STARTUP)) {
                // a moment later, so that start-up listeners still queued do not meet a closing workbench
                getWorkbenchConfigurer().getWorkbench().getDisplay().timerExec(500, () -> getWorkbenchConfigurer().getWorkbench().close());
            }
        });
    }

    /**
     * The CPU time used so far, for the start-up report: the whole process (all threads, the JIT compilers among them;
     * read from /proc/self/stat, so only on Linux) and the UI thread; empty when not known.
     */
    private static String cpuSoFar() {
        StringBuilder text = new StringBuilder();
        try {
            String stat = Files.readString(Path.of("/proc/self/stat"));
            // the fields after the command name (in parentheses, which may hold spaces): utime is the 14th field
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            long ticks = Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
            text.append(String.format(Locale.ROOT, "; CPU %.2f s", ticks / 100.0)); // USER_HZ is 100 on Linux
        } catch (IOException | RuntimeException e) {
            // not Linux: the process's CPU time is not reported
        }
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        if (threads.isCurrentThreadCpuTimeSupported()) {
            text.append(text.length() == 0 ? "; " : ", ").append(String.format(Locale.ROOT, "UI thread %.2f s",
                    threads.getCurrentThreadCpuTime() / 1e9));
        }
        return text.toString();
    }

    @Override
    public void postShutdown() {
        try {
            ResourcesPlugin.getWorkspace().save(true, new NullProgressMonitor());
        } catch (CoreException e) {
            ILog.of(getClass()).error("The workspace could not be saved", e);
        }
        super.postShutdown();
    }
}
