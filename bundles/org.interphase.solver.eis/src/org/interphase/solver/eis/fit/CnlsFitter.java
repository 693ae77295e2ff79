/*
 * Copyright (c) 2026 the Interphase contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.interphase.solver.eis.fit;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.hipparchus.distribution.continuous.TDistribution;
import org.hipparchus.exception.LocalizedCoreFormats;
import org.hipparchus.exception.MathIllegalStateException;
import org.hipparchus.linear.Array2DRowRealMatrix;
import org.hipparchus.linear.ArrayRealVector;
import org.hipparchus.linear.RealMatrix;
import org.hipparchus.linear.RealVector;
import org.hipparchus.linear.SingularValueDecomposition;
import org.hipparchus.optim.nonlinear.vector.leastsquares.LeastSquaresBuilder;
import org.hipparchus.optim.nonlinear.vector.leastsquares.LeastSquaresOptimizer.Optimum;
import org.hipparchus.optim.nonlinear.vector.leastsquares.LeastSquaresProblem;
import org.hipparchus.optim.nonlinear.vector.leastsquares.LevenbergMarquardtOptimizer;
import org.hipparchus.optim.nonlinear.vector.leastsquares.ValueAndJacobianFunction;
import org.hipparchus.util.Pair;
import org.interphase.solver.Provenance;
import org.interphase.solver.SolverException;
import org.interphase.solver.eis.circuit.Circuits;
import org.interphase.solver.eis.circuit.CompiledCircuit;
import org.interphase.solver.eis.circuit.Element;
import org.interphase.solver.eis.circuit.Node;
import org.interphase.solver.eis.circuit.ParameterHint;
import org.interphase.solver.eis.circuit.Spectrum;
import org.interphase.solver.eis.data.ImpedanceData;
import org.interphase.solver.eis.elements.ParameterSpec;

/**
 * Complex nonlinear least squares (docs/physics.md 2.3) with Hipparchus' Levenberg-Marquardt optimiser and the analytic
 * Jacobian of the circuit. Parameters are fitted in transformed coordinates that keep them inside their bounds and make
 * steps scale-free: ln p for [0, inf), ln(p - lo) for [lo, inf), a logistic map for [lo, hi], ln(hi - p) for
 * (-inf, hi], p itself for (-inf, inf). Standard errors come from Cov(ln p) = s^2 (J^T W J)^-1 with J = d r / d ln p
 * and s^2 = S/(2N - P) (p itself for parameters that may be negative), 95 % intervals from Student's t with 2N - P
 * degrees of freedom.
 */
public final class CnlsFitter {

    private static final int LOG = 0;
    private static final int LOG_SHIFTED = 1;
    private static final int LOGISTIC = 2;
    private static final int LOG_FROM_ABOVE = 3;
    private static final int LINEAR = 4;

    /** t(0.975, dof), by degrees of freedom (the inverse distribution function iterates: worth keeping). */
    private static final java.util.concurrent.ConcurrentHashMap<Integer, Double> T975 = new java.util.concurrent.ConcurrentHashMap<>();

    private CnlsFitter() {
    }

    /** Fits the circuit to the data; throws SolverException for inputs that make no fit possible. */
    public static CircuitFit fit(Node circuit, ImpedanceData data, FitOptions options, IProgressMonitor monitor) throws SolverException {
        return new Run(circuit, data, options).fit(monitor == null ? new NullProgressMonitor() : monitor);
    }

    /** The provenance the fit results carry (solver id "eis.fit"); null outside a solver run. */
    static Provenance provenance(Node circuit, ImpedanceData data, FitOptions options) {
        return new Provenance("eis.fit", Provenance.versionOf(CnlsFitter.class), java.time.Instant.now(),
                data.source() == null ? "" : data.source(),
                Map.of("circuit", Circuits.toImpedancePy(circuit), "weighting", options.weighting.key(), "global", Boolean.toString(options.global)));
    }

    private static final class Run {
        final Node circuit;
        final ImpedanceData data;
        final FitOptions options;
        final List<String> names;
        final List<String> units;
        final int n;
        final int m;
        final double[] p0;
        final double[] lo;
        final double[] hi;
        final boolean[] fixed;
        final int[] free;
        final int[] kind;
        final double[] wRe;
        final double[] wIm;
        final double[] omega;
        final CompiledCircuit compiled;

        Run(Node circuit, ImpedanceData data, FitOptions options) throws SolverException {
            this.circuit = circuit;
            this.data = data;
            this.options = options;
            this.compiled = CompiledCircuit.of(circuit);
            this.names = Circuits.parameterNames(circuit);
            this.units = Circuits.parameterUnits(circuit);
            this.n = data.size();
            this.m = names.size();
            if (n == 0) {
                throw new SolverException("no data points to fit" + (data.source() == null ? "" : " in " + data.source()));
            }
            List<ParameterSpec> specs = new ArrayList<>();
            List<ParameterHint> hints = new ArrayList<>();
            for (Element e : circuit.elements()) {
                specs.addAll(e.type().parameters());
                hints.addAll(e.hints());
            }
            double[] guess = options.initial != null ? options.initial : InitialGuess.of(circuit, data);
            if (guess.length != m) {
                throw new SolverException("the circuit " + Circuits.toImpedancePy(circuit) + " has " + m + " parameters " + names + ", but "
                        + guess.length + " starting values were given");
            }
            checkLength(options.lower, "lower bounds");
            checkLength(options.upper, "upper bounds");
            p0 = guess.clone();
            lo = new double[m];
            hi = new double[m];
            fixed = new boolean[m];
            for (int k = 0; k < m; k++) {
                ParameterHint h = hints.get(k);
                if (options.initial == null && !Double.isNaN(h.value())) {
                    p0[k] = h.value();
                }
                lo[k] = pick(options.lower, k, h.lower(), specs.get(k).lower());
                hi[k] = pick(options.upper, k, h.upper(), specs.get(k).upper());
                fixed[k] = h.fixed();
            }
            for (Map.Entry<String, Double> e : options.fixed.entrySet()) {
                int k = names.indexOf(e.getKey());
                if (k < 0) {
                    throw new SolverException("cannot fix " + e.getKey() + ": the circuit " + Circuits.toImpedancePy(circuit) + " has the parameters " + names);
                }
                fixed[k] = true;
                p0[k] = e.getValue();
            }
            List<Integer> freeList = new ArrayList<>();
            kind = new int[m];
            for (int k = 0; k < m; k++) {
                if (!Double.isFinite(p0[k])) {
                    throw new SolverException("the starting value of " + names.get(k) + " is " + p0[k]);
                }
                if (lo[k] >= hi[k] && !fixed[k]) {
                    throw new SolverException("the bounds of " + names.get(k) + " are empty: lower " + lo[k] + " >= upper " + hi[k]);
                }
                if (fixed[k]) {
                    continue;
                }
                freeList.add(k);
                if (p0[k] < lo[k] || p0[k] > hi[k]) {
                    throw new SolverException("the starting value of " + names.get(k) + " (" + p0[k] + " " + units.get(k) + ") lies outside its bounds ["
                            + lo[k] + ", " + hi[k] + "]");
                }
                boolean finiteLo = lo[k] > Double.NEGATIVE_INFINITY;
                boolean finiteHi = hi[k] < Double.POSITIVE_INFINITY;
                kind[k] = finiteLo && finiteHi ? LOGISTIC : finiteLo ? (lo[k] == 0 ? LOG : LOG_SHIFTED) : finiteHi ? LOG_FROM_ABOVE : LINEAR;
                // a start exactly on a bound has no transformed coordinate: move it inside by a tiny fraction
                double span = finiteLo && finiteHi ? hi[k] - lo[k] : Math.max(Math.abs(p0[k]), 1e-12);
                if (finiteLo && p0[k] <= lo[k]) {
                    p0[k] = lo[k] + 1e-6 * span;
                }
                if (finiteHi && p0[k] >= hi[k]) {
                    p0[k] = hi[k] - 1e-6 * span;
                }
            }
            free = freeList.stream().mapToInt(Integer::intValue).toArray();
            if (free.length == 0) {
                throw new SolverException("all parameters are fixed: nothing to fit");
            }
            if (2 * n <= free.length) {
                throw new SolverException(free.length + " free parameters cannot be fitted to " + n + " frequencies (" + 2 * n
                        + " values): need more data than parameters");
            }
            omega = new double[n];
            wRe = new double[n];
            wIm = new double[n];
            for (int k = 0; k < n; k++) {
                omega[k] = 2 * Math.PI * data.f()[k];
                double mod = data.modulus(k);
                switch (options.weighting) {
                case UNIT -> {
                    wRe[k] = 1;
                    wIm[k] = 1;
                }
                case MODULUS -> {
                    wRe[k] = 1 / mod;
                    wIm[k] = 1 / mod;
                }
                case PROPORTIONAL -> {
                    wRe[k] = 1 / Math.max(Math.abs(data.re()[k]), 1e-300);
                    wIm[k] = 1 / Math.max(Math.abs(data.im()[k]), 1e-300);
                }
                case SIGMA -> {
                    if (!data.hasSigma()) {
                        throw new SolverException("weighting 'sigma' needs standard deviations of Re Z and Im Z; " + data.source() + " has none");
                    }
                    if (!(data.sigmaRe()[k] > 0) || !(data.sigmaIm()[k] > 0)) {
                        throw new SolverException("weighting 'sigma': the standard deviation at " + data.f()[k] + " Hz is not > 0");
                    }
                    wRe[k] = 1 / data.sigmaRe()[k];
                    wIm[k] = 1 / data.sigmaIm()[k];
                }
                }
            }
        }

        private void checkLength(double[] values, String what) throws SolverException {
            if (values != null && values.length != m) {
                throw new SolverException("the circuit has " + m + " parameters " + names + ", but " + values.length + " " + what + " were given");
            }
        }

        private static double pick(double[] given, int k, double hint, double spec) {
            if (given != null && !Double.isNaN(given[k])) {
                return given[k];
            }
            return Double.isNaN(hint) ? spec : hint;
        }

        // ---- transforms -------------------------------------------------------------------------------------

        double toU(int k, double p) {
            return switch (kind[k]) {
            case LOG -> Math.log(p);
            case LOG_SHIFTED -> Math.log(p - lo[k]);
            case LOGISTIC -> {
                double s = (p - lo[k]) / (hi[k] - lo[k]);
                yield Math.log(s / (1 - s));
            }
            case LOG_FROM_ABOVE -> Math.log(hi[k] - p);
            default -> p / scale(k);
            };
        }

        double scale(int k) {
            return Math.max(Math.abs(p0[k]), 1e-12);
        }

        double toP(int k, double u) {
            return switch (kind[k]) {
            case LOG -> Math.exp(u);
            case LOG_SHIFTED -> lo[k] + Math.exp(u);
            case LOGISTIC -> lo[k] + (hi[k] - lo[k]) / (1 + Math.exp(-u));
            case LOG_FROM_ABOVE -> hi[k] - Math.exp(u);
            default -> u * scale(k);
            };
        }

        double dPdU(int k, double u) {
            return switch (kind[k]) {
            case LOG -> Math.exp(u);
            case LOG_SHIFTED -> Math.exp(u);
            case LOGISTIC -> {
                double e = Math.exp(-Math.abs(u));
                yield (hi[k] - lo[k]) * e / ((1 + e) * (1 + e));
            }
            case LOG_FROM_ABOVE -> -Math.exp(u);
            default -> scale(k);
            };
        }

        // ---- the problem --------------------------------------------------------------------------------------

        /**
         * The residuals r = sqrt(w) (Zfit - Z) and their Jacobian with respect to the transformed coordinates u. Value and
         * Jacobian are computed separately (lazy evaluation: the optimiser asks for the Jacobian only at accepted steps).
         */
        final class Problem implements ValueAndJacobianFunction {
            final CompiledCircuit c = compiled.copy();
            final double[] p = p0.clone();
            final double[] z = new double[2];
            final double[] dRe = new double[m];
            final double[] dIm = new double[m];
            final double[] dpdu = new double[free.length];
            double bestCost = Double.POSITIVE_INFINITY;
            double[] bestU;
            int evaluations;

            private void setPoint(double[] u) {
                for (int j = 0; j < free.length; j++) {
                    p[free[j]] = toP(free[j], u[j]);
                }
            }

            @Override
            public RealVector computeValue(double[] u) {
                if (monitorRef.isCanceled()) {
                    throw new OperationCanceledException();
                }
                evaluations++;
                setPoint(u);
                double[] r = new double[2 * n];
                double cost = 0;
                for (int k = 0; k < n; k++) {
                    c.impedance(omega[k], p, z);
                    double rr = wRe[k] * (z[0] - data.re()[k]);
                    double ri = wIm[k] * (z[1] - data.im()[k]);
                    r[k] = rr;
                    r[n + k] = ri;
                    cost += rr * rr + ri * ri;
                }
                if (!Double.isFinite(cost)) {
                    // outside where the circuit is finite: a huge cost that makes the optimiser step back
                    java.util.Arrays.fill(r, 1e150 / Math.sqrt(2 * n));
                } else if (cost < bestCost) {
                    bestCost = cost;
                    bestU = u.clone();
                }
                return new ArrayRealVector(r, false);
            }

            @Override
            public RealMatrix computeJacobian(double[] u) {
                setPoint(u);
                int f = free.length;
                for (int j = 0; j < f; j++) {
                    dpdu[j] = dPdU(free[j], u[j]);
                }
                double[][] jac = new double[2 * n][f];
                for (int k = 0; k < n; k++) {
                    c.impedanceAndDerivatives(omega[k], p, z, dRe, dIm);
                    double[] rowRe = jac[k];
                    double[] rowIm = jac[n + k];
                    double wr = wRe[k];
                    double wi = wIm[k];
                    for (int j = 0; j < f; j++) {
                        int q = free[j];
                        rowRe[j] = wr * dRe[q] * dpdu[j];
                        rowIm[j] = wi * dIm[q] * dpdu[j];
                    }
                }
                for (double[] row : jac) {
                    for (int j = 0; j < f; j++) {
                        if (!Double.isFinite(row[j])) {
                            row[j] = 0;
                        }
                    }
                }
                return new Array2DRowRealMatrix(jac, false);
            }

            @Override
            public Pair<RealVector, RealMatrix> value(RealVector point) {
                double[] u = point.toArray();
                return new Pair<>(computeValue(u), computeJacobian(u));
            }
        }

        IProgressMonitor monitorRef = new NullProgressMonitor();

        /** One local optimisation from start u0. */
        record Local(double[] u, double cost, boolean converged, String message, int iterations, int evaluations) {
        }

        Local local(double[] u0) {
            Problem problem = new Problem();
            LevenbergMarquardtOptimizer lm = new LevenbergMarquardtOptimizer().withCostRelativeTolerance(options.tolerance)
                    .withParameterRelativeTolerance(options.tolerance).withOrthoTolerance(options.tolerance);
            LeastSquaresProblem lsp = new LeastSquaresBuilder().model(problem).target(new double[2 * n]).start(u0)
                    .maxEvaluations(options.maxIterations * 4).maxIterations(options.maxIterations).lazyEvaluation(true).build();
            try {
                Optimum optimum = lm.optimize(lsp);
                double[] u = optimum.getPoint().toArray();
                double cost = optimum.getCost() * optimum.getCost();
                if (problem.bestU != null && problem.bestCost < cost) {
                    u = problem.bestU;
                    cost = problem.bestCost;
                }
                return new Local(u, cost, Double.isFinite(cost) && cost < 1e290, Double.isFinite(cost) && cost < 1e290 ? "converged"
                        : "the circuit gives no finite impedance near the start", optimum.getIterations(), optimum.getEvaluations());
            } catch (MathIllegalStateException e) {
                var specifier = e.getSpecifier();
                if (problem.bestU == null) {
                    return new Local(u0, Double.POSITIVE_INFINITY, false, "the circuit gives no finite impedance at the start values", 0, problem.evaluations);
                }
                if (specifier == LocalizedCoreFormats.MAX_COUNT_EXCEEDED) {
                    return new Local(problem.bestU, problem.bestCost, false, "no convergence within " + options.maxIterations
                            + " iterations (" + problem.evaluations + " evaluations): the cost was still decreasing or oscillating; try other starting values, --global, or fewer free parameters",
                            options.maxIterations, problem.evaluations);
                }
                // the tolerances cannot be met because the cost or the step reached machine precision: converged there
                return new Local(problem.bestU, problem.bestCost, true, "converged to machine precision", 0, problem.evaluations);
            }
        }

        CircuitFit fit(IProgressMonitor monitor) throws SolverException {
            SubMonitor sub = SubMonitor.convert(monitor, "Fitting " + Circuits.toImpedancePy(circuit), options.global ? options.starts + 1 : 1);
            monitorRef = sub;
            double[] u0 = new double[free.length];
            for (int j = 0; j < free.length; j++) {
                u0[j] = toU(free[j], p0[free[j]]);
            }
            Local best = local(u0);
            int tried = 1;
            sub.worked(1);
            if (options.global) {
                SplittableRandom random = new SplittableRandom(options.seed);
                for (int s = 0; s < options.starts; s++) {
                    if (sub.isCanceled()) {
                        throw new OperationCanceledException();
                    }
                    sub.subTask("start " + (s + 2) + " of " + (options.starts + 1) + "; best S = " + best.cost);
                    double[] u = new double[free.length];
                    for (int j = 0; j < free.length; j++) {
                        int k = free[j];
                        double p = p0[k];
                        double trial;
                        if (kind[k] == LOGISTIC) {
                            trial = lo[k] + (hi[k] - lo[k]) * (0.05 + 0.9 * random.nextDouble());
                        } else if (kind[k] == LINEAR) {
                            trial = p * (1 + (random.nextDouble() * 2 - 1));
                        } else {
                            trial = p * Math.pow(10, random.nextDouble() * 2 - 1);
                            trial = Math.min(Math.max(trial, lo[k] + 1e-9 * Math.abs(p)), hi[k] - 1e-9 * Math.abs(p));
                        }
                        u[j] = toU(k, trial);
                    }
                    Local l = local(u);
                    tried++;
                    if (l.cost < best.cost * (1 - 1e-12) && (l.converged || !best.converged)) {
                        best = l;
                    }
                    sub.worked(1);
                }
            }
            if (!Double.isFinite(best.cost) || best.cost >= 1e290) {
                throw new SolverException("the fit failed: " + best.message + " (circuit " + Circuits.toImpedancePy(circuit) + ", start " + names + " = "
                        + java.util.Arrays.toString(p0) + ")");
            }
            return result(best, tried);
        }

        CircuitFit result(Local best, int tried) {
            double[] p = p0.clone();
            for (int j = 0; j < free.length; j++) {
                p[free[j]] = toP(free[j], best.u[j]);
            }
            int f = free.length;
            // Jacobian with respect to theta = ln p (p > 0) or p (p <= 0), residuals, fitted spectrum
            double[][] jac = new double[2 * n][f];
            double[] z = new double[2];
            double[] dRe = new double[m];
            double[] dIm = new double[m];
            double[] resRe = new double[n];
            double[] resIm = new double[n];
            double[] fitRe = new double[n];
            double[] fitIm = new double[n];
            double chi2 = 0;
            CompiledCircuit c = compiled.copy();
            for (int k = 0; k < n; k++) {
                c.impedanceAndDerivatives(omega[k], p, z, dRe, dIm);
                fitRe[k] = z[0];
                fitIm[k] = z[1];
                double mod = data.modulus(k);
                resRe[k] = (data.re()[k] - z[0]) / mod;
                resIm[k] = (data.im()[k] - z[1]) / mod;
                double rr = wRe[k] * (z[0] - data.re()[k]);
                double ri = wIm[k] * (z[1] - data.im()[k]);
                chi2 += rr * rr + ri * ri;
                for (int j = 0; j < f; j++) {
                    int q = free[j];
                    double s = p[q] > 0 ? p[q] : 1;
                    jac[k][j] = wRe[k] * dRe[q] * s;
                    jac[n + k][j] = wIm[k] * dIm[q] * s;
                }
            }
            int dof = 2 * n - f;
            double s2 = chi2 / dof;
            double t = T975.computeIfAbsent(dof, d -> new TDistribution(d).inverseCumulativeProbability(0.975));
            // covariance of theta: s2 V diag(1/sigma^2) V^T from the SVD of J; directions with tiny singular values are undetermined
            SingularValueDecomposition svd = new SingularValueDecomposition(new Array2DRowRealMatrix(jac, false));
            double[] sv = svd.getSingularValues();
            RealMatrix v = svd.getV();
            double cutoff = sv[0] * 1e-12 * Math.max(2 * n, f);
            double[][] cov = new double[f][f];
            boolean[] undetermined = new boolean[f];
            for (int a = 0; a < f; a++) {
                for (int b = 0; b < f; b++) {
                    double sum = 0;
                    for (int s = 0; s < sv.length; s++) {
                        if (sv[s] > cutoff) {
                            sum += v.getEntry(a, s) * v.getEntry(b, s) / (sv[s] * sv[s]);
                        }
                    }
                    cov[a][b] = s2 * sum;
                }
            }
            for (int s = 0; s < sv.length; s++) {
                if (sv[s] <= cutoff) {
                    for (int a = 0; a < f; a++) {
                        if (Math.abs(v.getEntry(a, s)) > 1e-3) {
                            undetermined[a] = true;
                        }
                    }
                }
            }
            List<FittedParameter> parameters = new ArrayList<>();
            List<String> warnings = new ArrayList<>();
            for (int k = 0; k < m; k++) {
                if (fixed[k]) {
                    parameters.add(new FittedParameter(names.get(k), units.get(k), p[k], 0, p[k], p[k], true, false));
                    continue;
                }
                int j = indexOf(free, k);
                double se = undetermined[j] ? Double.POSITIVE_INFINITY : Math.sqrt(Math.max(cov[j][j], 0)) * (p[k] > 0 ? p[k] : 1);
                boolean atBound = atBound(k, best.u[j], p[k]);
                if (undetermined[j]) {
                    warnings.add(names.get(k) + " is not determined by the data");
                }
                if (atBound) {
                    warnings.add(names.get(k) + " ended at a bound (" + (Math.abs(p[k] - lo[k]) <= Math.abs(hi[k] - p[k]) ? "lower " + lo[k] : "upper " + hi[k])
                            + "); its interval does not describe it");
                }
                double lower = undetermined[j] ? Double.NEGATIVE_INFINITY : p[k] - t * se;
                double upper = undetermined[j] ? Double.POSITIVE_INFINITY : p[k] + t * se;
                parameters.add(new FittedParameter(names.get(k), units.get(k), p[k], se, lower, upper, false, atBound));
            }
            double[][] corr = new double[f][f];
            List<String> strong = new ArrayList<>();
            List<String> freeNames = new ArrayList<>();
            for (int a = 0; a < f; a++) {
                freeNames.add(names.get(free[a]));
            }
            for (int a = 0; a < f; a++) {
                for (int b = 0; b < f; b++) {
                    double d = Math.sqrt(cov[a][a] * cov[b][b]);
                    corr[a][b] = a == b ? 1 : d > 0 && !undetermined[a] && !undetermined[b] ? cov[a][b] / d : 0;
                    if (b > a && Math.abs(corr[a][b]) > CircuitFit.STRONG_CORRELATION) {
                        strong.add(freeNames.get(a) + "/" + freeNames.get(b) + " rho = " + String.format(java.util.Locale.ROOT, "%.3f", corr[a][b]));
                    }
                }
            }
            String message = best.message;
            if (!warnings.isEmpty()) {
                message += "; " + String.join("; ", warnings);
            }
            if (!strong.isEmpty()) {
                message += "; strongly correlated (|rho| > 0.95): " + String.join(", ", strong);
            }
            return new CircuitFit(Circuits.toImpedancePy(circuit), options.weighting, n, best.converged, message, chi2, s2, dof, List.copyOf(parameters),
                    List.copyOf(freeNames), corr, List.copyOf(strong), resRe, resIm, new Spectrum(data.f().clone(), fitRe, fitIm), best.iterations,
                    best.evaluations, tried, provenance(circuit, data, options));
        }

        private boolean atBound(int k, double u, double p) {
            return switch (kind[k]) {
            case LOGISTIC -> Math.abs(u) > 18;
            case LOG_SHIFTED -> (p - lo[k]) < 1e-9 * Math.max(Math.abs(lo[k]), 1e-300);
            case LOG_FROM_ABOVE -> (hi[k] - p) < 1e-9 * Math.max(Math.abs(hi[k]), 1e-300);
            default -> false;
            };
        }

        private static int indexOf(int[] a, int v) {
            for (int j = 0; j < a.length; j++) {
                if (a[j] == v) {
                    return j;
                }
            }
            return -1;
        }
    }
}
