/*
 * Copyright (c) 2026 the Interphase contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.interphase.solver;

import java.time.Instant;
import java.util.Map;

import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/**
 * Where a result comes from: the solver and its version, when, and from which inputs (model file, cell, data,
 * settings as key=value).
 */
public record Provenance(String solverId, String softwareVersion, Instant date, String inputs, Map<String, String> settings) {

    /** The provenance of a run of the solver now, with the version of the bundle that holds the solver's class. */
    public static Provenance of(Solver<?, ?> solver, String inputs, Map<String, String> settings) {
        return new Provenance(solver.id(), versionOf(solver.getClass()), Instant.now(), inputs, Map.copyOf(settings));
    }

    /** The version of the bundle a class comes from, or "unknown" outside OSGi. */
    public static String versionOf(Class<?> type) {
        Bundle bundle = FrameworkUtil.getBundle(type);
        return bundle == null ? "unknown" : bundle.getSymbolicName() + " " + bundle.getVersion();
    }
}
