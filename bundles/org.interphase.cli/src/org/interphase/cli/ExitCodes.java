/*
 * Copyright (c) 2026 the Interphase contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.interphase.cli;

/** Exit codes of every ./interphase command. */
public final class ExitCodes {

    /** The command did what was asked. */
    public static final int OK = 0;
    /** The work failed: an invalid model, an unreadable file, a fit that did not converge. */
    public static final int FAILED = 1;
    /** The command line was wrong: unknown command, unknown option, missing argument. */
    public static final int USAGE = 2;

    private ExitCodes() {
    }
}
