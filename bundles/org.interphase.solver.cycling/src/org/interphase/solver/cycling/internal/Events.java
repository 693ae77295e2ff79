/*
 * Copyright (c) 2026 the Interphase contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.interphase.solver.cycling.internal;

import java.util.function.ToDoubleFunction;

import org.hipparchus.analysis.UnivariateFunction;
import org.hipparchus.analysis.solvers.BracketedUnivariateSolver;
import org.hipparchus.analysis.solvers.BracketingNthOrderBrentSolver;
import org.hipparchus.ode.ODEStateAndDerivative;
import org.hipparchus.ode.events.AdaptableInterval;
import org.hipparchus.ode.events.ODEEventDetector;
import org.hipparchus.ode.events.ODEEventHandler;

/** A Hipparchus event detector from a switching function and a handler (cut-offs, limits, thresholds). */
public final class Events implements ODEEventDetector {

    private final ToDoubleFunction<ODEStateAndDerivative> g;
    private final ODEEventHandler handler;
    private final double maxCheck;
    private final BracketedUnivariateSolver<UnivariateFunction> solver;

    /**
     * @param g         the switching function; an event is where it changes sign
     * @param handler   what happens then
     * @param maxCheck  largest time (s) between two checks of the sign inside a step
     * @param accuracy  time accuracy (s) of the located event
     */
    public Events(ToDoubleFunction<ODEStateAndDerivative> g, ODEEventHandler handler, double maxCheck, double accuracy) {
        this.g = g;
        this.handler = handler;
        this.maxCheck = maxCheck;
        this.solver = new BracketingNthOrderBrentSolver(1e-13, accuracy, 1e-300, 5);
    }

    @Override
    public AdaptableInterval getMaxCheckInterval() {
        return AdaptableInterval.of(maxCheck);
    }

    @Override
    public int getMaxIterationCount() {
        return 200;
    }

    @Override
    public BracketedUnivariateSolver<UnivariateFunction> getSolver() {
        return solver;
    }

    @Override
    public ODEEventHandler getHandler() {
        return handler;
    }

    @Override
    public double g(ODEStateAndDerivative state) {
        return g.applyAsDouble(state);
    }
}
