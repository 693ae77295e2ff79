/*
 * Copyright (c) 2026 the Interphase contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.interphase.solver.cycling.protocol;

import org.interphase.solver.SolverException;

/**
 * A protocol that cannot be read: the message starts with the place ("line 1, column 23: ...") and says what was
 * expected and what was found.
 */
public class ProtocolException extends SolverException {

    private static final long serialVersionUID = 1L;

    private final transient Protocol.Position position;
    private final String reason;

    public ProtocolException(Protocol.Position position, String reason) {
        super(position + ": " + reason);
        this.position = position;
        this.reason = reason;
    }

    /** Where in the protocol's text. */
    public Protocol.Position position() {
        return position;
    }

    /** What is wrong, without the place. */
    public String reason() {
        return reason;
    }
}
