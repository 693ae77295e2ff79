/*
 * Copyright (c) 2026 the Interphase contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.interphase.model.validation;

import java.util.Map;
import java.util.Optional;

import org.eclipse.emf.common.util.DiagnosticChain;
import org.interphase.model.Quantity;
import org.interphase.model.units.QuantitySpec;
import org.interphase.model.units.Units;
import org.interphase.model.util.InterphaseValidator;

/** Rules of a {@link Quantity}, driven by the quantity annotation of the feature that contains it. */
public final class QuantityRules {

    private QuantityRules() {
    }

    public static boolean hasKnownUnit(Quantity quantity, DiagnosticChain diagnostics, Map<Object, Object> context) {
        QuantitySpec spec = QuantitySpec.of(quantity.eContainingFeature());
        Optional<Units.Unit> unit = Units.find(quantity.getUnit());
        String what = ModelLabels.label(quantity);
        if (unit.isEmpty()) {
            String expected = spec == null ? String.join(", ", Units.symbols()) : unitsOf(spec);
            return Rules.error(diagnostics, InterphaseValidator.QUANTITY__HAS_KNOWN_UNIT, quantity,
                    what + ": unit '" + (quantity.getUnit() == null ? "" : quantity.getUnit()) + "' is not known; use one of " + expected);
        }
        if (spec != null && unit.get().dimension() != spec.dimension()) {
            return Rules.error(diagnostics, InterphaseValidator.QUANTITY__HAS_KNOWN_UNIT, quantity,
                    what + ": unit '" + quantity.getUnit() + "' measures " + unit.get().dimension().displayName()
                            + ", not " + spec.dimension().displayName() + "; use one of " + unitsOf(spec));
        }
        return true;
    }

    public static boolean isInRange(Quantity quantity, DiagnosticChain diagnostics, Map<Object, Object> context) {
        String what = ModelLabels.label(quantity);
        if (!Double.isFinite(quantity.getValue())) {
            return Rules.error(diagnostics, InterphaseValidator.QUANTITY__IS_IN_RANGE, quantity,
                    what + " is not a finite number (" + quantity.getValue() + ")");
        }
        QuantitySpec spec = QuantitySpec.of(quantity.eContainingFeature());
        Optional<Units.Unit> unit = Units.find(quantity.getUnit());
        if (spec == null || unit.isEmpty()) {
            return true; // an unknown unit is reported by hasKnownUnit; its range cannot be judged
        }
        if (!spec.range().accepts(unit.get().toSI(quantity.getValue()))) {
            return Rules.error(diagnostics, InterphaseValidator.QUANTITY__IS_IN_RANGE, quantity,
                    what + " must be " + spec.range().rule() + " (is " + ModelLabels.format(quantity) + ")");
        }
        return true;
    }

    private static String unitsOf(QuantitySpec spec) {
        return Units.symbolsOf(spec.dimension());
    }
}
