/*
 * Copyright (c) 2026 the Interphase contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.interphase.ui.eis;

import org.interphase.model.CircuitModel;
import org.interphase.solver.eis.circuit.Node;
import org.interphase.solver.eis.fit.FitOptions;

/**
 * What the dialog asks for: the circuit (parsed), the circuit model it comes from (null when typed), the fit options
 * and the data selection (NaN: no limit).
 */
public record FitRequest(Node circuit, CircuitModel circuitModel, FitOptions options, double fMin, double fMax, boolean dropPositiveImaginary) {
}
