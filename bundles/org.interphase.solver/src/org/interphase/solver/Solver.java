/*
 * Copyright (c) 2026 the Interphase contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.interphase.solver;

import org.eclipse.core.runtime.IProgressMonitor;

/**
 * A solver: turns validated settings (which name the cell, the parameters and the protocol) into a typed result.
 * Solvers are OSGi services ({@code @Component(service = Solver.class)}); {@link Solvers} finds them. A solver runs
 * in the caller's thread, reports progress and checks for cancellation through the monitor (an Eclipse Job in the
 * IDE, the console in the headless application), and never returns NaN as a result: it throws
 * {@link SolverException} with a message for people instead.
 *
 * @param <S> the settings type: a class whose fields carry {@link org.interphase.solver.settings.Setting} annotations
 * @param <R> the result type
 */
public interface Solver<S, R extends SolverResult> {

    /** Stable id, e.g. "mci", "symmetric", "fullcell", "eis.fit". */
    String id();

    /** Name for people, e.g. "Interphase growth (MCI)". */
    String name();

    /** One or two sentences: what the solver computes and from what. */
    String description();

    /** The settings type. */
    Class<S> settingsType();

    /** Settings with the documented defaults (each default's source is named in its annotation). */
    S defaultSettings();

    /**
     * Solves. Throws {@link SolverException} for invalid settings (naming the setting and the rule), for a run that
     * fails (naming why), and {@link org.eclipse.core.runtime.OperationCanceledException} when cancelled.
     */
    R solve(S settings, IProgressMonitor monitor) throws SolverException;
}
