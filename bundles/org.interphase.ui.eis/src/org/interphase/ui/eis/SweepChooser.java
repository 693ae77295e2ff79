/*
 * Copyright (c) 2026 the Interphase contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.interphase.ui.eis;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.interphase.solver.eis.data.ImpedanceData;
import org.interphase.solver.eis.data.Sweeps;

/**
 * The sweep of a file to analyse: a combo of the file's sweeps ("Sweep 1 of 5 (64 points, 100 kHz-10 mHz)", ...,
 * "All pooled") and a line on the rows left out (not EIS rows). The default is the first sweep: the first result
 * the command line prints (its default, {@code --sweep all}, gives one result per sweep, in order). The sweeps come
 * from {@link Sweeps}, the one place where files are split.
 */
public final class SweepChooser {

    /** The choice "all sweeps' points as one spectrum". */
    public static final int POOLED = Sweeps.POOLED;

    private final Composite control;
    private final Combo combo;
    private final Label dropped;
    private final List<Runnable> listeners = new ArrayList<>();
    private Sweeps sweeps;

    public SweepChooser(Composite parent) {
        control = new Composite(parent, SWT.NONE);
        GridLayout layout = new GridLayout(3, false);
        layout.marginWidth = 0;
        layout.marginHeight = 0;
        control.setLayout(layout);
        new Label(control, SWT.NONE).setText("Sweep:");
        combo = new Combo(control, SWT.READ_ONLY | SWT.DROP_DOWN);
        combo.setToolTipText("The spectrum analysed: one sweep of the file (split by the loop column the importer declares and by frequency restarts),"
                + " or all sweeps' points pooled as one spectrum");
        combo.setItems("(reading)");
        combo.select(0);
        combo.setEnabled(false);
        combo.addListener(SWT.Selection, e -> listeners.forEach(Runnable::run));
        dropped = new Label(control, SWT.NONE);
        dropped.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
    }

    public Composite control() {
        return control;
    }

    /** Called when the user chooses another sweep. */
    public void onChange(Runnable listener) {
        listeners.add(listener);
    }

    /** Shows the sweeps of a file, the first one chosen. */
    public void setSweeps(Sweeps s) {
        sweeps = s;
        combo.setItems(s.labels().toArray(String[]::new));
        combo.select(0);
        combo.setEnabled(s.count() > 1);
        dropped.setText(s.rowsNote());
        control.layout(true, true);
    }

    public Sweeps sweeps() {
        return sweeps;
    }

    /** The chosen sweep (1-based), or {@link #POOLED}. */
    public int choice() {
        if (sweeps == null) {
            return 1;
        }
        int k = combo.getSelectionIndex();
        return k < 0 || k >= sweeps.count() ? (sweeps.count() == 1 ? 1 : POOLED) : k + 1;
    }

    /** Chooses sweep n (1-based) or {@link #POOLED}, as the user would (listeners are told). */
    public void choose(int n) {
        if (sweeps == null) {
            return;
        }
        combo.select(n == POOLED ? (sweeps.count() == 1 ? 0 : sweeps.count()) : n - 1);
        listeners.forEach(Runnable::run);
    }

    /** The spectrum of the chosen sweep (all points when pooled), or null before the file is read. */
    public ImpedanceData data() {
        return sweeps == null ? null : sweeps.data(choice());
    }

    /** The combo's items, for tests. */
    public List<String> items() {
        return List.of(combo.getItems());
    }

    /** The line on the dropped rows shown beside the combo. */
    public String droppedLine() {
        return dropped.getText();
    }

    /** Which sweep a stored result names, for its description: "sweep 2 of 5", "all sweeps pooled" or "". */
    public static String describe(Integer sweep, Integer count) {
        if (sweep == null) {
            return "";
        }
        if (sweep == POOLED) {
            return count == null ? "all sweeps pooled" : "all " + count + " sweeps pooled";
        }
        return "sweep " + sweep + (count == null ? "" : " of " + count);
    }
}
