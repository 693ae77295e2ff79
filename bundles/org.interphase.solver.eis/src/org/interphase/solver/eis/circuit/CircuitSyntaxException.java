/*
 * Copyright (c) 2026 the Interphase contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.interphase.solver.eis.circuit;

/**
 * A circuit string that does not parse: the message names the grammar, the position (0-based character index), what
 * was found and what was expected, e.g. {@code impedance.py circuit "R0-p(R1,C1": at 10: expected ',' or ')' but the
 * text ends}.
 */
public class CircuitSyntaxException extends Exception {

    private static final long serialVersionUID = 1L;

    private final String circuit;
    private final int position;
    private final String expected;

    public CircuitSyntaxException(String grammar, String circuit, int position, String problem, String expected) {
        super(grammar + " circuit \"" + circuit + "\": at " + position + ": " + problem
                + (expected == null ? "" : "; expected " + expected) + "\n  " + circuit + "\n  " + " ".repeat(Math.max(0, position)) + "^");
        this.circuit = circuit;
        this.position = position;
        this.expected = expected;
    }

    /** The circuit string. */
    public String circuit() {
        return circuit;
    }

    /** 0-based index of the character where parsing failed (the length of the string when it ended too early). */
    public int position() {
        return position;
    }

    /** What the parser expected there, e.g. "',' or ')'"; null when nothing in particular. */
    public String expected() {
        return expected;
    }
}
