/*
 * Copyright (c) 2026 the Interphase contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.interphase.solver.mci;

import java.util.List;
import java.util.Map;
import java.util.function.DoubleUnaryOperator;

import org.interphase.model.ElectrodeMaterial;
import org.interphase.model.OcvCurve;
import org.interphase.model.OcvFunction;
import org.interphase.model.OcvPoint;
import org.interphase.model.OcvTable;
import org.interphase.solver.SolverException;

/**
 * The open-circuit voltage U(x) vs Li/Li+ of an insertion electrode as a function of its lithiation x in [0, 1]:
 * a named function of the literature (plus the model's offset) or the model's table (linear interpolation, constant
 * slope continued outside the table). Values outside [0, 1] stay finite and monotone so that event detection in the
 * solvers can cross the ends.
 */
public final class OpenCircuitVoltage {

    /**
     * LiFePO4 after Afshar 2017 as used by PyBaMM's Prada2013 set (docs/physics.md 3.2):
     * U(x) = 3.4077 - 0.020269 x + 0.5 exp(-150 x) - 0.9 exp(-30 (1 - x)); U(0.5) = 3.398 V.
     */
    public static final String AFSHAR_2017_LFP = "afshar2017-lfp";

    private static final Map<String, DoubleUnaryOperator> FUNCTIONS = Map.of(AFSHAR_2017_LFP,
            x -> 3.4077 - 0.020269 * x + 0.5 * Math.exp(-150 * x) - 0.9 * Math.exp(-30 * (1 - x)));

    private final DoubleUnaryOperator function;
    private final String description;

    private OpenCircuitVoltage(DoubleUnaryOperator function, String description) {
        this.function = function;
        this.description = description;
    }

    /** A named function of the literature, shifted by an offset (V). */
    public static OpenCircuitVoltage function(String name, double offset) throws SolverException {
        DoubleUnaryOperator f = FUNCTIONS.get(name);
        if (f == null) {
            throw new SolverException("OCV function '" + name + "' is not known; the known functions are " + FUNCTIONS.keySet());
        }
        return new OpenCircuitVoltage(x -> f.applyAsDouble(x) + offset, name + (offset == 0 ? "" : " + " + offset + " V"));
    }

    /** A table of (x, U) points with x strictly increasing. */
    public static OpenCircuitVoltage table(double[] x, double[] u) throws SolverException {
        if (x.length < 2 || x.length != u.length) {
            throw new SolverException("an OCV table needs at least 2 points of (x, U)");
        }
        for (int i = 1; i < x.length; i++) {
            if (!(x[i] > x[i - 1])) {
                throw new SolverException("OCV table: x must increase strictly (point " + (i + 1) + ")");
            }
        }
        double[] xs = x.clone();
        double[] us = u.clone();
        return new OpenCircuitVoltage(v -> interpolate(xs, us, v), "table of " + xs.length + " points");
    }

    /** The OCV of an electrode material in the model, or null when it has none. */
    public static OpenCircuitVoltage of(ElectrodeMaterial material) throws SolverException {
        OcvCurve curve = material.getOcv();
        if (curve instanceof OcvFunction f) {
            double offset = f.getOffset() == null ? 0 : CellStack.si(f.getOffset());
            return function(f.getFunctionName(), Double.isNaN(offset) ? 0 : offset);
        }
        if (curve instanceof OcvTable table) {
            List<OcvPoint> points = table.getPoints();
            double[] x = new double[points.size()];
            double[] u = new double[points.size()];
            for (int i = 0; i < x.length; i++) {
                x[i] = points.get(i).getStoichiometry();
                u[i] = points.get(i).getPotential();
            }
            try {
                return table(x, u);
            } catch (SolverException e) {
                throw new SolverException("material '" + material.getName() + "': " + e.getMessage());
            }
        }
        return null;
    }

    /** U(x) in V vs Li/Li+. */
    public double potential(double x) {
        return function.applyAsDouble(x);
    }

    /** What the curve is, e.g. "afshar2017-lfp". */
    public String description() {
        return description;
    }

    private static double interpolate(double[] x, double[] u, double v) {
        int n = x.length;
        int i;
        if (v <= x[0]) {
            i = 0;
        } else if (v >= x[n - 1]) {
            i = n - 2;
        } else {
            int lo = 0;
            int hi = n - 1;
            while (hi - lo > 1) {
                int mid = (lo + hi) >>> 1;
                if (x[mid] <= v) {
                    lo = mid;
                } else {
                    hi = mid;
                }
            }
            i = lo;
        }
        return u[i] + (u[i + 1] - u[i]) * (v - x[i]) / (x[i + 1] - x[i]);
    }
}
