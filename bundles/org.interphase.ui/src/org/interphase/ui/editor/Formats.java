/*
 * Copyright (c) 2026 the Interphase contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.interphase.ui.editor;

import org.interphase.model.validation.ModelLabels;

/** Numbers with units for the UI. */
public final class Formats {

    private Formats() {
    }

    /** A length in the unit that reads best: nm below 1 um, um below 1 mm, else mm; "?" when unknown. */
    public static String length(double metres) {
        if (!Double.isFinite(metres)) {
            return "?";
        }
        double magnitude = Math.abs(metres);
        if (magnitude < 1e-6) {
            return ModelLabels.formatNumber(round(metres * 1e9)) + " nm";
        }
        if (magnitude < 1e-3) {
            return ModelLabels.formatNumber(round(metres * 1e6)) + " µm";
        }
        return ModelLabels.formatNumber(round(metres * 1e3)) + " mm";
    }

    private static double round(double value) {
        return Double.parseDouble(String.format(java.util.Locale.ROOT, "%.4g", value));
    }
}
