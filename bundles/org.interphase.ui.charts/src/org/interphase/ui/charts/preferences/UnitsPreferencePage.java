/*
 * Copyright (c) 2026 the Interphase contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.interphase.ui.charts.preferences;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.eclipse.jface.preference.PreferencePage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;
import org.interphase.model.units.Dimension;
import org.interphase.model.units.Units;
import org.interphase.ui.charts.DisplayUnits;

/**
 * Window > Preferences > Interphase > Units: per quantity kind the unit charts and tables show (e.g. current density
 * in mA/cm², time in h). Offers the units of the project's units table; stored by {@link DisplayUnits}.
 */
public class UnitsPreferencePage extends PreferencePage implements IWorkbenchPreferencePage {

    /** The quantity kinds offered, in the order shown (those with more than one unit in the units table). */
    public static final List<Dimension> DIMENSIONS = List.of(Dimension.TIME, Dimension.POTENTIAL, Dimension.CURRENT,
            Dimension.CURRENT_DENSITY, Dimension.CHARGE, Dimension.SPECIFIC_CAPACITY, Dimension.AREAL_CHARGE,
            Dimension.RESISTANCE, Dimension.AREA_SPECIFIC_RESISTANCE, Dimension.CONDUCTIVITY, Dimension.CAPACITANCE,
            Dimension.AREA_CAPACITANCE, Dimension.LENGTH, Dimension.FREQUENCY, Dimension.ANGLE, Dimension.TEMPERATURE,
            Dimension.MASS, Dimension.AREA, Dimension.MASS_LOADING, Dimension.DIFFUSIVITY, Dimension.SCAN_RATE);

    private final Map<Dimension, Combo> combos = new EnumMap<>(Dimension.class);

    @Override
    public void init(IWorkbench workbench) {
        setDescription("Units in which charts and tables show values. Models, datasets and solvers stay in SI; "
                + "values are converted only for display and export.");
    }

    @Override
    protected Control createContents(Composite parent) {
        Composite body = new Composite(parent, SWT.NONE);
        body.setLayout(new GridLayout(2, false));
        for (Dimension dimension : DIMENSIONS) {
            List<String> symbols = new ArrayList<>();
            for (Units.Unit unit : Units.of(dimension)) {
                symbols.add(unit.symbol());
            }
            if (symbols.size() < 2) {
                continue;
            }
            Label label = new Label(body, SWT.NONE);
            label.setText(Character.toUpperCase(dimension.displayName().charAt(0)) + dimension.displayName().substring(1) + ":");
            Combo combo = new Combo(body, SWT.READ_ONLY);
            combo.setData("dimension", dimension);
            for (String symbol : symbols) {
                combo.add(DisplayUnits.pretty(symbol));
                combo.setData(DisplayUnits.pretty(symbol), symbol);
            }
            combo.select(Math.max(0, symbols.indexOf(DisplayUnits.unitFor(dimension))));
            combo.setLayoutData(new GridData(SWT.LEFT, SWT.CENTER, false, false));
            combos.put(dimension, combo);
        }
        return body;
    }

    /** The combo of a dimension (for tests). */
    public Combo combo(Dimension dimension) {
        return combos.get(dimension);
    }

    @Override
    protected void performDefaults() {
        for (Map.Entry<Dimension, Combo> e : combos.entrySet()) {
            select(e.getValue(), DisplayUnits.defaultUnit(e.getKey()));
        }
        super.performDefaults();
    }

    @Override
    public boolean performOk() {
        for (Map.Entry<Dimension, Combo> e : combos.entrySet()) {
            Combo combo = e.getValue();
            String symbol = (String) combo.getData(combo.getText());
            if (symbol != null && !symbol.equals(DisplayUnits.unitFor(e.getKey()))) {
                DisplayUnits.set(e.getKey(), symbol.equals(DisplayUnits.defaultUnit(e.getKey())) ? null : symbol);
            }
        }
        return true;
    }

    private static void select(Combo combo, String symbol) {
        String[] items = combo.getItems();
        for (int i = 0; i < items.length; i++) {
            if (symbol.equals(combo.getData(items[i]))) {
                combo.select(i);
                return;
            }
        }
    }
}
