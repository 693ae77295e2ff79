/*
 * Copyright (c) 2026 the Interphase contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.interphase.model.validation;

import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.DiagnosticChain;
import org.interphase.model.Composite;
import org.interphase.model.CompositeComponent;
import org.interphase.model.InterphasePackage;
import org.interphase.model.OcvPoint;
import org.interphase.model.OcvTable;
import org.interphase.model.StabilityWindow;
import org.interphase.model.util.InterphaseValidator;

/** Rules of materials: stability windows, OCV tables, composites. */
public final class MaterialRules {

    /** How far the mass fractions of a composite may add up away from 1. */
    public static final double FRACTION_SUM_TOLERANCE = 1e-6;

    private MaterialRules() {
    }

    public static boolean isWindowOrdered(StabilityWindow window, DiagnosticChain diagnostics, Map<Object, Object> context) {
        double reduction = Rules.siOrNaN(window.getReductionPotential());
        double oxidation = Rules.siOrNaN(window.getOxidationPotential());
        if (reduction >= oxidation) {
            return Rules.error(diagnostics, InterphaseValidator.STABILITY_WINDOW__IS_ORDERED, window,
                    ModelLabels.label(window) + ": the reduction potential (" + ModelLabels.format(window.getReductionPotential())
                            + ") must lie below the oxidation potential (" + ModelLabels.format(window.getOxidationPotential()) + ")");
        }
        return true;
    }

    public static boolean isOcvTableValid(OcvTable table, DiagnosticChain diagnostics, Map<Object, Object> context) {
        List<OcvPoint> points = table.getPoints();
        String what = ModelLabels.label(table);
        if (points.size() < 2) {
            return Rules.error(diagnostics, InterphaseValidator.OCV_TABLE__IS_MONOTONE, table,
                    what + " has " + points.size() + " point(s); an OCV table needs at least 2");
        }
        for (int i = 0; i < points.size(); i++) {
            OcvPoint p = points.get(i);
            if (!(p.getStoichiometry() >= 0 && p.getStoichiometry() <= 1) || !Double.isFinite(p.getPotential())) {
                return Rules.error(diagnostics, InterphaseValidator.OCV_TABLE__IS_MONOTONE, table,
                        what + ": point " + (i + 1) + " (x = " + p.getStoichiometry() + ", U = " + p.getPotential()
                                + " V) needs x within [0, 1] and a finite potential");
            }
            if (i > 0 && p.getStoichiometry() <= points.get(i - 1).getStoichiometry()) {
                return Rules.error(diagnostics, InterphaseValidator.OCV_TABLE__IS_MONOTONE, table,
                        what + ": stoichiometry must increase strictly; point " + (i + 1) + " (x = " + p.getStoichiometry()
                                + ") does not exceed point " + i + " (x = " + points.get(i - 1).getStoichiometry() + ")");
            }
        }
        return true;
    }

    public static boolean hasFractionsSummingToOne(Composite composite, DiagnosticChain diagnostics, Map<Object, Object> context) {
        boolean valid = true;
        double sum = 0;
        for (CompositeComponent component : composite.getComponents()) {
            if (component.getMaterial() == null) {
                valid = Rules.error(diagnostics, InterphaseValidator.COMPOSITE__HAS_FRACTIONS_SUMMING_TO_ONE, component,
                        ModelLabels.label(component) + " names no material");
            }
            valid &= Rules.requireQuantity(diagnostics, InterphaseValidator.COMPOSITE__HAS_FRACTIONS_SUMMING_TO_ONE, component,
                    InterphasePackage.Literals.COMPOSITE_COMPONENT__MASS_FRACTION);
            sum += Rules.siOrNaN(component.getMassFraction());
        }
        if (composite.getComponents().isEmpty()) {
            return Rules.error(diagnostics, InterphaseValidator.COMPOSITE__HAS_FRACTIONS_SUMMING_TO_ONE, composite,
                    ModelLabels.label(composite) + " has no components");
        }
        if (valid && !(Math.abs(sum - 1) <= FRACTION_SUM_TOLERANCE)) {
            valid = Rules.error(diagnostics, InterphaseValidator.COMPOSITE__HAS_FRACTIONS_SUMMING_TO_ONE, composite,
                    ModelLabels.label(composite) + ": the mass fractions add up to " + ModelLabels.formatNumber(sum) + ", not 1");
        }
        return valid;
    }
}
