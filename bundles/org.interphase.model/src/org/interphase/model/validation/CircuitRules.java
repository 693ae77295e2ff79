/*
 * Copyright (c) 2026 the Interphase contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.interphase.model.validation;

import java.util.Map;
import java.util.regex.Pattern;

import org.eclipse.emf.common.util.DiagnosticChain;
import org.interphase.model.CircuitParameter;
import org.interphase.model.util.InterphaseValidator;

/** Rules of equivalent-circuit parameters. */
public final class CircuitRules {

    /**
     * Parameters that are constant-phase exponents, by impedance.py's naming: element type, label, "_", index.
     * CPE (Q, alpha), La (L, alpha), Zarc (R, tau, alpha), TLMQ (R_ion, Q, gamma).
     */
    public static final Pattern EXPONENT_PARAMETER = Pattern.compile("(CPE|La)\\w*?_1|(Zarc|TLMQ)\\w*?_2");

    private CircuitRules() {
    }

    public static boolean isWithinBounds(CircuitParameter parameter, DiagnosticChain diagnostics, Map<Object, Object> context) {
        int code = InterphaseValidator.CIRCUIT_PARAMETER__IS_WITHIN_BOUNDS;
        String what = "circuit parameter '" + parameter.getName() + "'" + owner(parameter);
        double value = parameter.getValue();
        Double lower = parameter.getLowerBound();
        Double upper = parameter.getUpperBound();
        if (!Double.isFinite(value)) {
            return Rules.error(diagnostics, code, parameter, what + " is not a finite number (" + value + ")");
        }
        if (lower != null && upper != null && !(lower < upper)) {
            return Rules.error(diagnostics, code, parameter, what + ": lower bound " + lower + " must lie below upper bound " + upper);
        }
        if ((lower != null && value < lower) || (upper != null && value > upper)) {
            return Rules.error(diagnostics, code, parameter, what + " = " + value + " lies outside its bounds ["
                    + (lower == null ? "-inf" : lower) + ", " + (upper == null ? "inf" : upper) + "]");
        }
        return true;
    }

    public static boolean hasValidExponent(CircuitParameter parameter, DiagnosticChain diagnostics, Map<Object, Object> context) {
        String name = parameter.getName();
        if (name != null && EXPONENT_PARAMETER.matcher(name).matches() && !(parameter.getValue() > 0 && parameter.getValue() <= 1)) {
            return Rules.error(diagnostics, InterphaseValidator.CIRCUIT_PARAMETER__HAS_VALID_EXPONENT, parameter,
                    "circuit parameter '" + name + "'" + owner(parameter) + " is a constant-phase exponent and must lie in (0, 1] (is "
                            + parameter.getValue() + ")");
        }
        return true;
    }

    private static String owner(CircuitParameter parameter) {
        return parameter.eContainer() == null ? "" : " of " + ModelLabels.label(parameter.eContainer());
    }
}
