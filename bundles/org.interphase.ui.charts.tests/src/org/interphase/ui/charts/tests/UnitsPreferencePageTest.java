/*
 * Copyright (c) 2026 the Interphase contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.interphase.ui.charts.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;

import org.eclipse.jface.preference.PreferenceDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.dialogs.PreferencesUtil;
import org.interphase.model.units.Dimension;
import org.interphase.ui.charts.ChartAxis;
import org.interphase.ui.charts.ChartKind;
import org.interphase.ui.charts.ChartSeries;
import org.interphase.ui.charts.ChartWidget;
import org.interphase.ui.charts.DisplayUnits;
import org.interphase.ui.charts.preferences.UnitsPreferencePage;
import org.interphase.ui.testing.Ui;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Window > Preferences > Interphase > Units: a choice there changes the axis titles and values of open charts. */
public class UnitsPreferencePageTest {

    @AfterEach
    public void defaults() {
        for (Dimension d : Dimension.values()) {
            DisplayUnits.set(d, null);
        }
    }

    @Test
    public void choosingAUnitRelabelsOpenCharts() throws Exception {
        Shell shell = new Shell(Ui.window().getShell());
        shell.setLayout(new FillLayout());
        shell.setSize(700, 450);
        shell.open();
        try {
            ChartWidget chart = new ChartWidget(shell, SWT.NONE, ChartKind.IV);
            shell.layout(true, true);
            chart.addSeries(ChartSeries.of("LSV", new double[] { 3, 4, 5 }, "V", new double[] { 0.01, 0.1, 10 }, "A/m2"));
            chart.refresh();
            assertEquals("j (mA/cm²)", chart.axisTitle(ChartAxis.Y_LEFT), "the default a battery scientist reads");
            assertEquals(1.0, chart.plottedPoints("LSV")[1][2], 1e-12, "10 A/m2 = 1 mA/cm2");

            PreferenceDialog dialog = PreferencesUtil.createPreferenceDialogOn(Ui.window().getShell(), "org.interphase.ui.charts.units",
                    null, null);
            dialog.setBlockOnOpen(false);
            dialog.open();
            Ui.settle();
            UnitsPreferencePage page = (UnitsPreferencePage) dialog.getSelectedPage();
            Combo combo = page.combo(Dimension.CURRENT_DENSITY);
            assertTrue(Arrays.asList(combo.getItems()).contains("µA/cm²"), Arrays.toString(combo.getItems()));
            assertEquals("mA/cm²", combo.getText());
            combo.select(Arrays.asList(combo.getItems()).indexOf("µA/cm²"));
            page.combo(Dimension.POTENTIAL).select(Arrays.asList(page.combo(Dimension.POTENTIAL).getItems()).indexOf("mV"));
            Ui.screenshot(dialog.getShell(), "charts-units-preferences");
            assertTrue(page.performOk());
            dialog.close();

            assertEquals("uA/cm2", DisplayUnits.unitFor(Dimension.CURRENT_DENSITY));
            Ui.waitUntil("the chart to follow the preference", () -> chart.axisTitle(ChartAxis.Y_LEFT).equals("j (µA/cm²)"), 5000);
            assertEquals("E (mV)", chart.axisTitle(ChartAxis.X));
            assertEquals(1000.0, chart.plottedPoints("LSV")[1][2], 1e-9, "10 A/m2 = 1000 uA/cm2");
            assertEquals(5000.0, chart.plottedPoints("LSV")[0][2], 1e-9, "5 V = 5000 mV");
            Ui.screenshot(shell, "charts-units-applied");
        } finally {
            shell.dispose();
        }
    }
}
