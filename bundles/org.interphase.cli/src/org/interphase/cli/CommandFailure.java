/*
 * Copyright (c) 2026 the Interphase contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.interphase.cli;

/**
 * The work of a command failed for a reason the user can act on (a file of the wrong kind, an invalid model, data that
 * cannot be analysed): the command line prints "interphase COMMAND: message" as one line on stderr, without the usage
 * text, and exits with {@link ExitCodes#FAILED}. Thrown from a command's call().
 */
public class CommandFailure extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public CommandFailure(String message) {
        super(message);
    }
}
