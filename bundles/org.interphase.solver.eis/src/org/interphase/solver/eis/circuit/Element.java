/*
 * Copyright (c) 2026 the Interphase contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.interphase.solver.eis.circuit;

import java.util.List;

import org.interphase.solver.eis.elements.ElementType;

/**
 * An element: its type, its index (the digits/underscore label of impedance.py, "1" in "CPE1"; may be empty), an
 * optional free-text label (the ":label" of CDC's value syntax) and, per parameter, what the circuit string said of
 * its value and bounds (CDC's {@code {R=50/10/100}}; {@link ParameterHint#NONE} when nothing).
 */
public record Element(ElementType type, String index, String label, List<ParameterHint> hints) implements Node {

    public Element {
        hints = hints == null || hints.isEmpty() ? java.util.Collections.nCopies(type.parameterCount(), ParameterHint.NONE) : List.copyOf(hints);
        if (hints.size() != type.parameterCount()) {
            throw new IllegalArgumentException("element " + type.symbol() + index + " has " + type.parameterCount() + " parameters, not " + hints.size());
        }
    }

    /** An element without label or hints. */
    public Element(ElementType type, String index) {
        this(type, index, null, null);
    }

    /** The element's name in impedance.py form, e.g. "CPE1". */
    public String name() {
        return type.symbol() + index;
    }

    /** The name of parameter k as impedance.py names it: "R0" for one-parameter elements, else "Wo1_0", "Wo1_1". */
    public String parameterName(int k) {
        return type.parameterCount() == 1 ? name() : name() + "_" + k;
    }

    @Override
    public List<Element> elements() {
        return List.of(this);
    }
}
