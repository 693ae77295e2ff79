/*
 * Copyright (c) 2026 the Interphase contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.interphase.solver.eis.fit;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.interphase.model.CircuitModel;
import org.interphase.model.CircuitParameter;
import org.interphase.model.FitResult;
import org.interphase.model.InterphaseFactory;
import org.interphase.model.Provenance;

/** Between fits and the model: a {@link CircuitFit} as the model's FitResult, and fit options from a CircuitModel. */
public final class FitResults {

    private FitResults() {
    }

    /**
     * The fit as a new (uncontained) FitResult: values, standard errors and 95 % intervals (SI), chi-square, weighting,
     * point count, convergence and message, the flags (flagged; per parameter at a bound, not identifiable), the cost
     * S/2 and the multi-start (starts tried, first start's cost, whether a later start found a lower one), and provenance (solver, version, date, user, inputs: the data file as the
     * experiment names it and the settings).
     */
    public static FitResult toModel(CircuitFit fit, CircuitModel startedFrom, String dataPath) {
        InterphaseFactory factory = InterphaseFactory.eINSTANCE;
        FitResult result = factory.createFitResult();
        result.setCircuitModel(startedFrom);
        result.setCircuit(fit.circuit());
        result.setWeighting(org.interphase.model.Weighting.get(fit.weighting().key()));
        for (FittedParameter p : fit.parameters()) {
            org.interphase.model.FittedParameter fp = factory.createFittedParameter();
            fp.setName(p.name());
            fp.setUnit(p.unit());
            fp.setValue(p.value());
            fp.setStandardError(p.standardError());
            fp.setLower95(p.lower95());
            fp.setUpper95(p.upper95());
            fp.setFixed(p.fixed());
            fp.setAtBound(p.atBound());
            fp.setUnidentifiable(p.unidentifiable());
            result.getParameters().add(fp);
        }
        result.setChiSquare(fit.chiSquare());
        result.setReducedChiSquare(fit.reducedChiSquare());
        result.setPointCount(fit.points());
        result.setConverged(fit.converged());
        result.setMessage(fit.message());
        result.setFlagged(fit.flagged());
        result.setCost(fit.cost());
        result.setStarts(fit.startsTried());
        result.setFirstStartCost(fit.firstStartCost());
        result.setMultiStart(fit.multiStart());
        result.setMultiStartFoundLower(fit.multiStartFoundLower());
        Provenance provenance = factory.createProvenance();
        org.interphase.solver.Provenance source = fit.provenance();
        provenance.setSolverId(source.solverId());
        provenance.setSoftwareVersion(source.softwareVersion());
        provenance.setDate(source.date().toString());
        provenance.setUser(System.getProperty("user.name"));
        Map<String, String> settings = new java.util.TreeMap<>(source.settings());
        provenance.setInputs("data=" + dataPath + "; " + settings.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining("; ")));
        result.setProvenance(provenance);
        return result;
    }

    /** Starting values, bounds and fixed parameters of a circuit model, by parameter name, for the fit's circuit order. */
    public static FitOptions optionsFrom(CircuitModel model, List<String> names, FitOptions options) {
        double[] initial = new double[names.size()];
        double[] lower = new double[names.size()];
        double[] upper = new double[names.size()];
        boolean complete = true;
        for (int k = 0; k < names.size(); k++) {
            CircuitParameter p = find(model, names.get(k));
            lower[k] = Double.NaN;
            upper[k] = Double.NaN;
            if (p == null) {
                complete = false;
                continue;
            }
            initial[k] = p.getValue();
            if (p.getLowerBound() != null) {
                lower[k] = p.getLowerBound();
            }
            if (p.getUpperBound() != null) {
                upper[k] = p.getUpperBound();
            }
            if (p.isFixed()) {
                options.fix(p.getName(), p.getValue());
            }
        }
        if (complete) {
            options.initial(initial);
        }
        return options.lower(lower).upper(upper);
    }

    /** The parameter names of a circuit model that its circuit does not have (a mismatch to report). */
    public static List<String> unknownParameters(CircuitModel model, List<String> names) {
        List<String> unknown = new ArrayList<>();
        for (CircuitParameter p : model.getParameters()) {
            if (!names.contains(p.getName())) {
                unknown.add(p.getName());
            }
        }
        return unknown;
    }

    private static CircuitParameter find(CircuitModel model, String name) {
        return model.getParameters().stream().filter(p -> name.equals(p.getName())).findFirst().orElse(null);
    }
}
