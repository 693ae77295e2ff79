/*
 * Copyright (c) 2026 the Interphase contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.interphase.ui.eis.analysis;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.interphase.model.FitResult;
import org.interphase.solver.Provenance;
import org.interphase.solver.eis.circuit.CircuitSyntaxException;
import org.interphase.solver.eis.circuit.CompiledCircuit;
import org.interphase.solver.eis.circuit.Spectrum;
import org.interphase.solver.eis.data.ImpedanceData;
import org.interphase.solver.eis.fit.CircuitFit;
import org.interphase.solver.eis.fit.FittedParameter;
import org.interphase.solver.eis.fit.Weighting;

/**
 * A fit result stored in the model, shown again on the Fit tab: its values, intervals and flags as stored; the
 * fitted spectrum and the residuals recomputed from the stored values at the data's frequencies (residuals as the
 * fitter gives them, (Z_data - Z_fit) / |Z_data|). Flags a file written before they were stored does not hold are
 * reported as unknown ({@link #unknownFlags}), never as false.
 */
final class StoredFit {

    private StoredFit() {
    }

    /** The stored result as a fit over these data; throws IllegalArgumentException when its circuit cannot be read. */
    static CircuitFit toCircuitFit(FitResult stored, ImpedanceData data) {
        CompiledCircuit circuit;
        try {
            circuit = CompiledCircuit.parse(stored.getCircuit());
        } catch (CircuitSyntaxException e) {
            throw new IllegalArgumentException("the stored fit's circuit '" + stored.getCircuit() + "' cannot be read: " + e.getMessage(), e);
        }
        List<FittedParameter> parameters = new ArrayList<>();
        double[] values = new double[stored.getParameters().size()];
        int k = 0;
        for (org.interphase.model.FittedParameter p : stored.getParameters()) {
            parameters.add(new FittedParameter(p.getName(), p.getUnit(), p.getValue(), p.getStandardError(), p.getLower95(), p.getUpper95(), p.isFixed(),
                    Boolean.TRUE.equals(p.getAtBound()), Boolean.TRUE.equals(p.getUnidentifiable())));
            values[k++] = p.getValue();
        }
        if (values.length != circuit.parameterCount()) {
            throw new IllegalArgumentException("the stored fit has " + values.length + " parameters; its circuit '" + stored.getCircuit() + "' has "
                    + circuit.parameterCount());
        }
        int n = data.size();
        double[] re = new double[n];
        double[] im = new double[n];
        double[] resRe = new double[n];
        double[] resIm = new double[n];
        double[] z = new double[2];
        for (int i = 0; i < n; i++) {
            circuit.impedance(2 * Math.PI * data.f()[i], values, z);
            re[i] = z[0];
            im[i] = z[1];
            double mod = data.modulus(i);
            resRe[i] = (data.re()[i] - z[0]) / mod;
            resIm[i] = (data.im()[i] - z[1]) / mod;
        }
        Weighting weighting = stored.getWeighting() == null ? Weighting.MODULUS : Weighting.of(stored.getWeighting().getLiteral());
        int free = (int) stored.getParameters().stream().filter(p -> !p.isFixed()).count();
        int dof = 2 * stored.getPointCount() - free;
        double cost = stored.getCost() != null ? stored.getCost() : stored.getChiSquare() / 2;
        int starts = stored.getStarts() == null ? 0 : stored.getStarts();
        double first = stored.getFirstStartCost() != null ? stored.getFirstStartCost() : cost;
        String message = (stored.getMessage() == null ? "" : stored.getMessage()) + "; stored result" + sweepText(stored)
                + (unknownFlags(stored) ? "; flags not stored (file written before they were): at bound / identifiable unknown" : "");
        var pv = stored.getProvenance();
        Instant date;
        try {
            date = pv == null || pv.getDate() == null ? Instant.EPOCH : Instant.parse(pv.getDate());
        } catch (DateTimeParseException e) {
            date = Instant.EPOCH;
        }
        Provenance provenance = new Provenance(pv == null ? "eis.fit" : pv.getSolverId(), pv == null ? "" : pv.getSoftwareVersion(), date,
                pv == null ? "" : pv.getInputs(), Map.of());
        return new CircuitFit(stored.getCircuit(), weighting, stored.getPointCount(), stored.isConverged(), message, stored.getChiSquare(),
                stored.getReducedChiSquare(), dof, List.copyOf(parameters), List.of(), new double[0][0], List.of(), resRe, resIm,
                new Spectrum(data.f().clone(), re, im), 0, 0, starts, provenance, first, Boolean.TRUE.equals(stored.getMultiStart()),
                Boolean.TRUE.equals(stored.getMultiStartFoundLower()));
    }

    /** True when the result does not say whether its parameters were at a bound or identifiable (an older file). */
    static boolean unknownFlags(FitResult stored) {
        return stored.getFlagged() == null || stored.getParameters().stream().anyMatch(p -> p.getAtBound() == null || p.getUnidentifiable() == null);
    }

    private static String sweepText(FitResult stored) {
        String s = org.interphase.ui.eis.SweepChooser.describe(stored.getSweep(), stored.getSweepCount());
        return s.isEmpty() ? "" : " (" + s + ")";
    }
}
