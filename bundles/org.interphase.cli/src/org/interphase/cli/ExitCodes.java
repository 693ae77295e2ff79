/*
 * Copyright (c) 2026 the Interphase contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.interphase.cli;

/** Exit codes of every ./interphase command. */
public final class ExitCodes {

    /** The command did what was asked. */
    public static final int OK = 0;
    /** The work failed: an invalid model, an unreadable file, a fit that could not be run. */
    public static final int FAILED = 1;
    /** The command line was wrong: unknown command, unknown option, missing argument. */
    public static final int USAGE = 2;
    /**
     * The work gave a result that must not be taken at face value: a fit that did not converge, or with a parameter
     * at a bound or not identifiable (the result is printed and says why).
     */
    public static final int FLAGGED = 3;

    private ExitCodes() {
    }
}
