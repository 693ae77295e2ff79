/*
 * Copyright (c) 2026 the Interphase contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.interphase.ui.eis;

import org.interphase.model.CircuitModel;
import org.interphase.solver.eis.circuit.Node;
import org.interphase.solver.eis.fit.FitOptions;

/**
 * What the dialog asks for: the circuit (parsed), the circuit model it comes from (null when typed), the fit options,
 * the data selection (NaN: no limit) and the sweep of the file (1-based; {@link SweepChooser#POOLED}: all pooled).
 */
public record FitRequest(Node circuit, CircuitModel circuitModel, FitOptions options, double fMin, double fMax, boolean dropPositiveImaginary,
        int sweep) {

    /** On the first sweep (the default, as the command line's first result). */
    public FitRequest(Node circuit, CircuitModel circuitModel, FitOptions options, double fMin, double fMax, boolean dropPositiveImaginary) {
        this(circuit, circuitModel, options, fMin, fMax, dropPositiveImaginary, 1);
    }
}
