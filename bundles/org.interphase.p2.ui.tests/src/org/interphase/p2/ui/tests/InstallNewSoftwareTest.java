/*
 * Copyright (c) 2026 the Interphase contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.interphase.p2.ui.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;
import org.interphase.ui.testing.Ui;
import org.junit.jupiter.api.Test;

/**
 * Help > Install New Software...: p2's wizard, given the example vendor plugin's update site in "Work with", lists the
 * plugin's feature. The wizard is modal, so it is driven by a timer in the UI thread while the command runs.
 */
class InstallNewSoftwareTest {

    static final String COMMAND = "org.eclipse.equinox.p2.ui.sdk.install";
    static final String FEATURE = "BaSyTec importer for Interphase (example)";

    private Shell wizard;
    private boolean typed;
    private boolean ungrouped;
    private boolean done;
    private String failure;
    private long deadline;
    private List<String> seen = new ArrayList<>();

    @Test
    void theWizardListsTheFeatureOfAPluginSite() throws Exception {
        Path site = Path.of(System.getProperty("interphase.repository", "../..")).resolve("examples/vendor-plugin/site/target/repository");
        assertTrue(Files.isDirectory(site), site + " is missing: it is built by releng/org.interphase.product's plugin-install-test "
                + "(./mvnw verify builds the product before this module)");
        Display display = Display.getCurrent();
        deadline = System.currentTimeMillis() + 120_000;
        display.timerExec(200, () -> step(display, site));
        PlatformUI.getWorkbench().getService(IHandlerService.class).executeCommand(COMMAND, null);
        Ui.waitUntil("the install wizard to be driven", () -> done, 150_000);
        if (failure != null) {
            fail(failure);
        }
        assertTrue(seen.contains(FEATURE), "the wizard lists " + seen + ", not " + FEATURE);
    }

    /** One step of driving the wizard; reschedules itself until done. */
    private void step(Display display, Path site) {
        if (done) {
            return;
        }
        try {
            if (System.currentTimeMillis() > deadline) {
                failure = "timed out: the wizard " + (wizard == null ? "did not open (shells: " + shells(display) + ")"
                        : "lists " + seen + "; its messages: " + labels(wizard));
                finish();
                return;
            }
            if (wizard == null) {
                for (Shell shell : display.getShells()) {
                    if (shell.isVisible() && !find(shell, Combo.class).isEmpty() && !find(shell, Tree.class).isEmpty()) {
                        wizard = shell;
                    } else if (shell.isVisible() && shell != PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell()
                            && find(shell, Tree.class).isEmpty() && !shell.getText().isEmpty() && !shell.getText().startsWith("Install")) {
                        failure = "p2 showed '" + shell.getText() + "': " + labels(shell);
                        shell.close();
                        finish();
                        return;
                    }
                }
            } else if (!typed) {
                Combo workWith = find(wizard, Combo.class).get(0);
                workWith.setText(site.toUri().toString());
                workWith.notifyListeners(SWT.DefaultSelection, new Event());
                typed = true;
            } else if (!ungrouped) {
                for (Button button : find(wizard, Button.class)) {
                    if ((button.getStyle() & SWT.CHECK) != 0 && button.getText().replace("&", "").startsWith("Group items by category")) {
                        button.setSelection(false);
                        button.notifyListeners(SWT.Selection, new Event());
                    }
                }
                ungrouped = true;
            } else {
                seen.clear();
                for (Tree tree : find(wizard, Tree.class)) {
                    for (TreeItem item : tree.getItems()) {
                        seen.add(item.getText());
                    }
                }
                if (seen.contains(FEATURE)) {
                    Ui.screenshot(wizard, "install-new-software");
                    finish();
                    return;
                }
            }
        } catch (Exception | AssertionError e) {
            failure = "driving the wizard failed: " + e;
            finish();
            return;
        }
        display.timerExec(200, () -> step(display, site));
    }

    private void finish() {
        done = true;
        if (wizard != null && !wizard.isDisposed()) {
            wizard.close();
        }
    }

    private static <T extends Control> List<T> find(Composite parent, Class<T> type) {
        List<T> found = new ArrayList<>();
        for (Control child : parent.getChildren()) {
            if (type.isInstance(child)) {
                found.add(type.cast(child));
            }
            if (child instanceof Composite composite) {
                found.addAll(find(composite, type));
            }
        }
        return found;
    }

    private static List<String> labels(Shell shell) {
        List<String> texts = new ArrayList<>();
        for (Label label : find(shell, Label.class)) {
            if (!label.getText().isBlank()) {
                texts.add(label.getText());
            }
        }
        return texts;
    }

    private static List<String> shells(Display display) {
        List<String> names = new ArrayList<>();
        for (Shell shell : display.getShells()) {
            names.add(shell.getText());
        }
        return names;
    }
}
