/*
 * Copyright (c) 2026 the Interphase contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.interphase.solver.settings;

import org.interphase.solver.SolverException;

/** A setting that is unknown, unreadable or out of its range; the message names the setting and the rule. */
public class SettingsException extends SolverException {

    private static final long serialVersionUID = 1L;

    public SettingsException(String message) {
        super(message);
    }
}
