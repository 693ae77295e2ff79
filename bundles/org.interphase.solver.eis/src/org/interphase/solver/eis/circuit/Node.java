/*
 * Copyright (c) 2026 the Interphase contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.interphase.solver.eis.circuit;

import java.util.List;

/** A node of a circuit's syntax tree: a series group, a parallel group or an element. Both grammars parse into it. */
public sealed interface Node permits Series, Parallel, Element {

    /** The elements of this subtree, depth-first, left to right: the order impedance.py consumes parameters in. */
    List<Element> elements();

    /** The number of parameters of this subtree. */
    default int parameterCount() {
        return elements().stream().mapToInt(e -> e.type().parameterCount()).sum();
    }
}
