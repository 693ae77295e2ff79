/*
 * Copyright (c) 2026 the Interphase contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.interphase.solver.eis.circuit;

import java.util.List;

/** Elements or groups in series: Z = sum of Z_i. Has at least two children. */
public record Series(List<Node> children) implements Node {

    public Series {
        children = List.copyOf(children);
        if (children.size() < 2) {
            throw new IllegalArgumentException("a series group needs at least two members");
        }
    }

    @Override
    public List<Element> elements() {
        return children.stream().flatMap(c -> c.elements().stream()).toList();
    }
}
