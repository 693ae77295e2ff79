/*
 * Copyright (c) 2026 the Interphase contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.interphase.solver.eis.circuit;

import java.util.List;

/** Branches in parallel: 1/Z = sum of 1/Z_i. Has at least two branches. */
public record Parallel(List<Node> children) implements Node {

    public Parallel {
        children = List.copyOf(children);
        if (children.size() < 2) {
            throw new IllegalArgumentException("a parallel group needs at least two branches");
        }
    }

    @Override
    public List<Element> elements() {
        return children.stream().flatMap(c -> c.elements().stream()).toList();
    }
}
