/*
 * Copyright (c) 2026 the Interphase contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.interphase.ui.testing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.BooleanSupplier;

import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;

/**
 * Driving the running workbench from the UI test bundles (whose tests run in the UI thread): waiting while events are
 * dispatched, finding tree items, screenshots for people checking layouts (never compared).
 */
public final class Ui {

    private Ui() {
    }

    /** Dispatches events until the condition holds; fails after the timeout. */
    public static void waitUntil(String what, BooleanSupplier condition, long timeoutMillis) {
        Display display = Display.getCurrent();
        long deadline = System.currentTimeMillis() + timeoutMillis;
        while (!condition.getAsBoolean()) {
            if (System.currentTimeMillis() > deadline) {
                throw new AssertionError("timed out after " + timeoutMillis + " ms waiting for " + what);
            }
            if (!display.readAndDispatch()) {
                try {
                    Thread.sleep(10);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }

    /** Lets pending UI work run. */
    public static void settle() {
        Display display = Display.getCurrent();
        for (int i = 0; i < 50; i++) {
            while (display.readAndDispatch()) {
                // dispatch everything queued
            }
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** Waits until the workspace's builds are done (markers written). */
    public static void waitForBuilds() {
        waitUntil("the workspace build", () -> Job.getJobManager().find(ResourcesPlugin.FAMILY_AUTO_BUILD).length == 0
                && Job.getJobManager().find(ResourcesPlugin.FAMILY_MANUAL_BUILD).length == 0, 60_000);
        settle();
    }

    public static IWorkbenchWindow window() {
        return PlatformUI.getWorkbench().getWorkbenchWindows()[0];
    }

    /** Expands the tree item by item and returns the item whose text starts with the last of the labels. */
    public static TreeItem find(Tree tree, String... labels) {
        TreeItem[] items = tree.getItems();
        TreeItem found = null;
        for (String label : labels) {
            found = null;
            for (TreeItem item : items) {
                if (item.getText().startsWith(label)) {
                    found = item;
                    break;
                }
            }
            if (found == null) {
                return null;
            }
            if (!found.getExpanded()) {
                found.setExpanded(true);
                // JFace fills the children when it sees the expansion event
                Event.expand(tree, found);
            }
            items = found.getItems();
        }
        return found;
    }

    /** Saves a picture of the workbench window as PNG in target/screenshots. */
    public static Path screenshot(String name) throws Exception {
        return screenshot(window().getShell(), name);
    }

    /** Saves a picture of a shell (a dialog, the window) as PNG in target/screenshots. */
    public static Path screenshot(Shell shell, String name) throws Exception {
        Display display = shell.getDisplay();
        settle();
        Rectangle bounds = shell.getBounds();
        Image image = new Image(display, bounds.width, bounds.height);
        GC gc = new GC(display);
        try {
            gc.copyArea(image, bounds.x, bounds.y);
        } finally {
            gc.dispose();
        }
        Path folder = Path.of(System.getProperty("interphase.screenshots", "target/screenshots"));
        Files.createDirectories(folder);
        Path file = folder.resolve(name + ".png");
        ImageLoader loader = new ImageLoader();
        loader.data = new org.eclipse.swt.graphics.ImageData[] { image.getImageData() };
        loader.save(file.toString(), SWT.IMAGE_PNG);
        image.dispose();
        return file;
    }

    /** SWT events the tests send. */
    static final class Event {
        private Event() {
        }

        static void expand(Tree tree, TreeItem item) {
            org.eclipse.swt.widgets.Event event = new org.eclipse.swt.widgets.Event();
            event.item = item;
            tree.notifyListeners(SWT.Expand, event);
            settle();
        }
    }
}
