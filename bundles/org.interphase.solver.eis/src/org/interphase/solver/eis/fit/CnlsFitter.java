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
 * <p>
 * Standard errors and 95 % intervals are computed in the transformed coordinates u (Cov(u) = s^2 (J_u^T J_u)^-1, J_u =
 * dr/du, s^2 = S/(2N - P)) and the interval u -+ t(0.975, 2N - P) se(u) is mapped back, so it never leaves the
 * parameter's allowed range (asymmetric in p; the reported standard error is |dp/du| se(u)).
 * <p>
 * A fit is converged only when the optimiser stopped with a point where the cost has no slope (largest cosine between
 * the residual vector and a Jacobian column at most {@value #OPTIMALITY}), it did not stop at the start values without
 * being at a minimum there, and no free parameter ended at a bound, outside the data's scale (see
 * {@link Run.Assessment}) or undetermined (a rank-deficient Jacobian in its direction). Otherwise the result says
 * {@code converged = false} and why. Without starting values the fit runs from each of {@link InitialGuess#candidates}
 * and then, while the best result is flagged, from up to {@link FitOptions#unaidedStarts(int)} seeded random starts
 * around it; the result reports the cost of the first start and whether the multi-start found a lower one.
 *
 * <p>Reached through {@link EisFitSolver#fit}: the one entry the IDE and the command line use.
 */
final class CnlsFitter {

    /** Largest cosine between the residual vector and a Jacobian column at a minimum (first-order optimality). */
    static final double OPTIMALITY = 1e-4;
    /** A cost below this fraction of the cost of Z = 0 is an exact fit (relative residuals about 1e-7). */
    static final double EXACT = 1e-14;
    /** Iterations of each further start of a multi-start (the best one continues with the full count). */
    static final int EXPLORING_ITERATIONS = 200;

    private static final int LOG = 0;
    private static final int LOG_SHIFTED = 1;
    private static final int LOGISTIC = 2;
    private static final int LOG_FROM_ABOVE = 3;
    private static final int LINEAR = 4;

    /** t(0.975, dof), by degrees of freedom (the inverse distribution function iterates: worth keeping). */
    private static final java.util.concurrent.ConcurrentHashMap<Integer, Double> T975 = new java.util.concurrent.ConcurrentHashMap<>();

    private CnlsFitter() {
    }

    /** Fits the circuit to the data; throws SolverException for inputs that make no fit possible (use {@link EisFitSolver#fit}). */
    static CircuitFit fit(Node circuit, ImpedanceData data, FitOptions options, IProgressMonitor monitor) throws SolverException {
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
        /** The starts derived from the data when no starting values were given (null otherwise). */
        final List<double[]> guessed;

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
            guessed = options.initial != null ? null : InitialGuess.candidates(circuit, data);
            double[] guess = options.initial != null ? options.initial : guessed.get(0);
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
                    for (double[] c : guessed) {
                        c[k] = h.value();
                    }
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

        /** One local optimisation: where it ended, its cost S, whether Levenberg-Marquardt's own test passed, why it stopped. */
        record Local(double[] u0, double[] u, double cost, boolean optimiserConverged, String message, int iterations, int evaluations) {
        }

        Local local(double[] u0) {
            return local(u0, options.maxIterations);
        }

        /** One local optimisation with at most maxIterations iterations. */
        Local local(double[] u0, int maxIterations) {
            Problem problem = new Problem();
            LevenbergMarquardtOptimizer lm = new LevenbergMarquardtOptimizer().withCostRelativeTolerance(options.tolerance)
                    .withParameterRelativeTolerance(options.tolerance).withOrthoTolerance(options.tolerance);
            LeastSquaresProblem lsp = new LeastSquaresBuilder().model(problem).target(new double[2 * n]).start(u0)
                    .maxEvaluations(maxIterations * 4).maxIterations(maxIterations).lazyEvaluation(true).build();
            try {
                Optimum optimum = lm.optimize(lsp);
                double[] u = optimum.getPoint().toArray();
                double cost = optimum.getCost() * optimum.getCost();
                if (problem.bestU != null && problem.bestCost < cost) {
                    u = problem.bestU;
                    cost = problem.bestCost;
                }
                boolean finite = Double.isFinite(cost) && cost < 1e290;
                return new Local(u0, u, finite ? cost : Double.POSITIVE_INFINITY, finite, finite ? "the optimiser's convergence test passed"
                        : "the circuit gives no finite impedance near the start", optimum.getIterations(), optimum.getEvaluations());
            } catch (OperationCanceledException e) {
                throw e;
            } catch (MathIllegalStateException e) {
                if (problem.bestU == null) {
                    return new Local(u0, u0, Double.POSITIVE_INFINITY, false, "the circuit gives no finite impedance at the start values", 0, problem.evaluations);
                }
                if (e.getSpecifier() == LocalizedCoreFormats.MAX_COUNT_EXCEEDED) {
                    return new Local(u0, problem.bestU, problem.bestCost, false, "no convergence within " + maxIterations
                            + " iterations (" + problem.evaluations + " evaluations): the cost was still decreasing or oscillating; try other starting values, --global, or fewer free parameters",
                            maxIterations, problem.evaluations);
                }
                // the tolerances could not be met (cost or step at machine precision): the optimality test below decides
                return new Local(u0, problem.bestU, problem.bestCost, false, "the optimiser stopped: " + e.getMessage(), 0, problem.evaluations);
            } catch (RuntimeException e) {
                if (problem.bestU == null) {
                    return new Local(u0, u0, Double.POSITIVE_INFINITY, false, "the optimiser failed at the start values: " + e, 0, problem.evaluations);
                }
                return new Local(u0, problem.bestU, problem.bestCost, false, "the optimiser failed: " + e, 0, problem.evaluations);
            }
        }

        double[] toU(double[] p) {
            double[] u = new double[free.length];
            for (int j = 0; j < free.length; j++) {
                int k = free[j];
                double v = Math.min(Math.max(p[k], lo[k]), hi[k]);
                double span = Double.isFinite(hi[k] - lo[k]) ? hi[k] - lo[k] : Math.max(Math.abs(v), 1e-12);
                if (lo[k] > Double.NEGATIVE_INFINITY && v <= lo[k]) {
                    v = lo[k] + 1e-6 * span;
                }
                if (hi[k] < Double.POSITIVE_INFINITY && v >= hi[k]) {
                    v = hi[k] - 1e-6 * span;
                }
                u[j] = toU(k, v);
            }
            return u;
        }

        /** A random start: log-uniform within +-spread decades of p (uniform inside finite bounds). */
        double[] randomStart(double[] p, double spread, SplittableRandom random) {
            double[] u = new double[free.length];
            for (int j = 0; j < free.length; j++) {
                int k = free[j];
                double v = p[k];
                double trial;
                if (kind[k] == LOGISTIC) {
                    trial = lo[k] + (hi[k] - lo[k]) * (0.05 + 0.9 * random.nextDouble());
                } else if (kind[k] == LINEAR) {
                    trial = v * (1 + (random.nextDouble() * 2 - 1));
                } else {
                    trial = v * Math.pow(10, spread * (random.nextDouble() * 2 - 1));
                    trial = Math.min(Math.max(trial, lo[k] + 1e-9 * Math.abs(v)), hi[k] - 1e-9 * Math.abs(v));
                }
                u[j] = toU(k, trial);
            }
            return u;
        }

        double[] parameters(double[] u) {
            double[] p = p0.clone();
            for (int j = 0; j < free.length; j++) {
                p[free[j]] = toP(free[j], u[j]);
            }
            return p;
        }

        CircuitFit fit(IProgressMonitor monitor) throws SolverException {
            boolean unaided = options.initial == null;
            List<double[]> candidates = unaided && guessed != null ? guessed : List.of();
            int planned = 1 + (options.global ? options.starts : 0) + Math.max(candidates.size() - 1, 0);
            SubMonitor sub = SubMonitor.convert(monitor, "Fitting " + Circuits.toImpedancePy(circuit), planned + (unaided ? options.unaidedStarts : 0));
            monitorRef = sub;
            Local first = local(toU(p0));
            Assessment firstAssessment = assess(first);
            Local best = first;
            Assessment bestAssessment = firstAssessment;
            int tried = 1;
            sub.worked(1);
            SplittableRandom random = new SplittableRandom(options.seed);
            // the other starts explore with fewer iterations; the best of them continues with the full count
            int exploring = Math.min(options.maxIterations, EXPLORING_ITERATIONS);
            List<double[]> starts = new ArrayList<>();
            for (int c = 1; c < candidates.size(); c++) {
                starts.add(toU(candidates.get(c)));
            }
            if (options.global) {
                for (int s = 0; s < options.starts; s++) {
                    starts.add(randomStart(p0, 1, random));
                }
            }
            for (double[] u : starts) {
                checkCanceled(sub);
                sub.subTask("start " + (tried + 1) + " of " + planned + "; best S = " + best.cost);
                Local l = local(u, exploring);
                tried++;
                if (l.cost < best.cost * (1 - 1e-12)) {
                    best = l;
                    bestAssessment = null;
                }
                sub.worked(1);
            }
            if (bestAssessment == null) {
                bestAssessment = assess(best);
            }
            if (unaided && !options.global) {
                // a bounded multi-start around the best point while the result is flagged
                for (int s = 0; s < options.unaidedStarts && bestAssessment.flagged(); s++) {
                    checkCanceled(sub);
                    Local l = local(randomStart(parameters(best.u), s % 2 == 0 ? 1 : 2, random), exploring);
                    tried++;
                    if (l.cost < best.cost * (1 - 1e-12)) {
                        best = l;
                        bestAssessment = assess(best);
                    }
                    sub.worked(1);
                }
            }
            if (!best.optimiserConverged && Double.isFinite(best.cost) && best.iterations >= Math.min(exploring, options.maxIterations) && best != first) {
                // the best start ran out of (exploring) iterations: continue from where it stopped
                Local more = local(best.u);
                tried++;
                if (more.cost <= best.cost) {
                    best = more;
                    bestAssessment = assess(best);
                }
            }
            if (!Double.isFinite(best.cost) || best.cost >= 1e290) {
                throw new SolverException("the fit failed: " + best.message + " (circuit " + Circuits.toImpedancePy(circuit) + ", start " + names + " = "
                        + java.util.Arrays.toString(p0) + ")");
            }
            boolean multiStart = tried > 1;
            boolean lower = multiStart && best != first && best.cost < first.cost * (1 - 1e-9);
            return result(best, bestAssessment, tried, first.cost, multiStart, lower);
        }

        private static void checkCanceled(IProgressMonitor monitor) {
            if (monitor.isCanceled()) {
                throw new OperationCanceledException();
            }
        }

        /** What a local result is worth: its parameters, Jacobian in u at the end, first-order optimality and the flags. */
        final class Assessment {
            final double[] p;
            final double[][] jac;
            final double[] r;
            final double chi2;
            final boolean moved;
            final double maxCosine;
            final boolean optimal;
            final boolean[] atBound;
            final boolean[] offScale;
            final String[] offScaleWhy;
            final boolean[] undetermined;
            final double[] sv;
            final RealMatrix v;
            final double cutoff;
            final boolean converged;
            final String reason;

            Assessment(Local l) {
                int f = free.length;
                p = parameters(l.u);
                jac = new double[2 * n][f];
                r = new double[2 * n];
                double[] z = new double[2];
                double[] dRe = new double[m];
                double[] dIm = new double[m];
                double[] dpdu = new double[f];
                for (int j = 0; j < f; j++) {
                    dpdu[j] = dPdU(free[j], l.u[j]);
                }
                CompiledCircuit c = compiled.copy();
                double s = 0;
                for (int k = 0; k < n; k++) {
                    c.impedanceAndDerivatives(omega[k], p, z, dRe, dIm);
                    r[k] = wRe[k] * (z[0] - data.re()[k]);
                    r[n + k] = wIm[k] * (z[1] - data.im()[k]);
                    s += r[k] * r[k] + r[n + k] * r[n + k];
                    for (int j = 0; j < f; j++) {
                        int q = free[j];
                        double a = wRe[k] * dRe[q] * dpdu[j];
                        double b = wIm[k] * dIm[q] * dpdu[j];
                        jac[k][j] = Double.isFinite(a) ? a : 0;
                        jac[n + k][j] = Double.isFinite(b) ? b : 0;
                    }
                }
                chi2 = s;
                // first-order optimality: the cosine between the residual vector and each column of the Jacobian
                double rNorm = Math.sqrt(s);
                double cos = 0;
                for (int j = 0; j < f; j++) {
                    double dot = 0;
                    double col = 0;
                    for (int i = 0; i < 2 * n; i++) {
                        dot += jac[i][j] * r[i];
                        col += jac[i][j] * jac[i][j];
                    }
                    if (col > 0 && rNorm > 0) {
                        cos = Math.max(cos, Math.abs(dot) / (Math.sqrt(col) * rNorm));
                    }
                }
                maxCosine = cos;
                // an exact fit (residuals at rounding level, noise-free data) has no meaningful residual direction
                double zero = 0;
                for (int k = 0; k < n; k++) {
                    zero += wRe[k] * wRe[k] * data.re()[k] * data.re()[k] + wIm[k] * wIm[k] * data.im()[k] * data.im()[k];
                }
                optimal = cos <= OPTIMALITY || s <= EXACT * zero;
                double step = 0;
                for (int j = 0; j < f; j++) {
                    step = Math.max(step, Math.abs(l.u[j] - l.u0[j]));
                }
                moved = step > 1e-8;
                atBound = new boolean[m];
                offScale = new boolean[m];
                offScaleWhy = new String[m];
                for (int j = 0; j < f; j++) {
                    atBound[free[j]] = atBound(free[j], l.u[j], p[free[j]]);
                }
                scaleChecks();
                SingularValueDecomposition svd = new SingularValueDecomposition(new Array2DRowRealMatrix(jac, false));
                sv = svd.getSingularValues();
                v = svd.getV();
                cutoff = sv[0] * 1e-12 * Math.max(2 * n, f);
                undetermined = new boolean[m];
                for (int q = 0; q < sv.length; q++) {
                    if (sv[q] <= cutoff) {
                        for (int a = 0; a < f; a++) {
                            if (Math.abs(v.getEntry(a, q)) > 1e-3) {
                                undetermined[free[a]] = true;
                            }
                        }
                    }
                }
                String why;
                if (!Double.isFinite(l.cost)) {
                    why = l.message;
                } else if (!l.optimiserConverged && l.iterations >= options.maxIterations) {
                    why = l.message;
                } else if (!moved && !optimal) {
                    why = "the fit did not move from the start values (" + (l.optimiserConverged ? "the optimiser stopped at once" : l.message) + ")";
                } else if (!optimal) {
                    why = "not at a minimum: " + (l.optimiserConverged ? "the optimiser stopped" : l.message) + " where the cost still has a slope (largest gradient cosine "
                            + String.format(java.util.Locale.ROOT, "%.2g", cos) + ")";
                } else {
                    why = null;
                }
                boolean flaggedParameter = false;
                for (int k : free) {
                    flaggedParameter |= atBound[k] || offScale[k] || undetermined[k];
                }
                converged = why == null && !flaggedParameter;
                reason = why;
            }

            boolean flagged() {
                return !converged;
            }

            /**
             * Parameters running to 0 or infinity relative to the data's scale: an element whose |Z| is below 1e-6 of the
             * smallest or above 1e6 of the largest measured |Z| at every measured frequency, a time constant tau with omega tau
             * below 1e-5 at the highest or above 1e5 at the lowest measured frequency.
             */
            private void scaleChecks() {
                double minZ = Double.POSITIVE_INFINITY;
                double maxZ = 0;
                double wMin = Double.POSITIVE_INFINITY;
                double wMax = 0;
                for (int k = 0; k < n; k++) {
                    double mod = data.modulus(k);
                    if (mod > 0) {
                        minZ = Math.min(minZ, mod);
                    }
                    maxZ = Math.max(maxZ, mod);
                    wMin = Math.min(wMin, omega[k]);
                    wMax = Math.max(wMax, omega[k]);
                }
                double[] z = new double[2];
                int offset = 0;
                for (Element e : circuit.elements()) {
                    int count = e.type().parameterCount();
                    double small = Double.POSITIVE_INFINITY;
                    double large = 0;
                    for (int k = 0; k < n; k++) {
                        e.type().impedance(omega[k], p, offset, z);
                        double mod = Math.hypot(z[0], z[1]);
                        if (Double.isNaN(mod)) {
                            continue;
                        }
                        small = Math.min(small, mod);
                        large = Math.max(large, mod);
                    }
                    String element = e.name();
                    String why = large < 1e-6 * minZ ? element + " has |Z| < 1e-6 of the data's smallest |Z| at every frequency (running to 0)"
                            : small > 1e6 * maxZ ? element + " has |Z| > 1e6 of the data's largest |Z| at every frequency (running to infinity)" : null;
                    for (int j = 0; j < count; j++) {
                        int q = offset + j;
                        if (fixed[q]) {
                            continue;
                        }
                        String w = why;
                        if (w == null && units.get(q).equals("s")) {
                            double tau = p[q];
                            w = tau * wMax < 1e-5 ? names.get(q) + " = " + fmt(tau) + " s is far below the measured time constants (running to 0)"
                                    : tau * wMin > 1e5 ? names.get(q) + " = " + fmt(tau) + " s is far beyond the measured time constants (running to infinity)" : null;
                        }
                        if (w != null) {
                            offScale[q] = true;
                            offScaleWhy[q] = w;
                        }
                    }
                    offset += count;
                }
            }
        }

        Assessment assess(Local l) {
            return Double.isFinite(l.cost) ? new Assessment(l) : null;
        }

        CircuitFit result(Local best, Assessment a, int tried, double firstCost, boolean multiStart, boolean lower) {
            double[] p = a.p;
            int f = free.length;
            double[] z = new double[2];
            double[] resRe = new double[n];
            double[] resIm = new double[n];
            double[] fitRe = new double[n];
            double[] fitIm = new double[n];
            CompiledCircuit c = compiled.copy();
            for (int k = 0; k < n; k++) {
                c.impedance(omega[k], p, z);
                fitRe[k] = z[0];
                fitIm[k] = z[1];
                double mod = data.modulus(k);
                resRe[k] = (data.re()[k] - z[0]) / mod;
                resIm[k] = (data.im()[k] - z[1]) / mod;
            }
            double chi2 = a.chi2;
            int dof = 2 * n - f;
            double s2 = chi2 / dof;
            double t = T975.computeIfAbsent(dof, d -> new TDistribution(d).inverseCumulativeProbability(0.975));
            // covariance of the transformed coordinates u: s2 V diag(1/sigma^2) V^T from the SVD of J = dr/du
            double[][] cov = new double[f][f];
            for (int i = 0; i < f; i++) {
                for (int j = 0; j < f; j++) {
                    double sum = 0;
                    for (int q = 0; q < a.sv.length; q++) {
                        if (a.sv[q] > a.cutoff) {
                            sum += a.v.getEntry(i, q) * a.v.getEntry(j, q) / (a.sv[q] * a.sv[q]);
                        }
                    }
                    cov[i][j] = s2 * sum;
                }
            }
            List<FittedParameter> parameters = new ArrayList<>();
            List<String> warnings = new ArrayList<>();
            for (int k = 0; k < m; k++) {
                if (fixed[k]) {
                    parameters.add(new FittedParameter(names.get(k), units.get(k), p[k], 0, p[k], p[k], true, false, false));
                    continue;
                }
                int j = indexOf(free, k);
                boolean undetermined = a.undetermined[k];
                boolean unidentifiable = undetermined || a.offScale[k];
                double seU = Math.sqrt(Math.max(cov[j][j], 0));
                double se = undetermined ? Double.POSITIVE_INFINITY : seU * Math.abs(dPdU(k, best.u[j]));
                double lower95;
                double upper95;
                if (undetermined) {
                    lower95 = lo[k];
                    upper95 = hi[k];
                } else {
                    // the interval in u, mapped back: inside the allowed range by construction
                    double x1 = toP(k, best.u[j] - t * seU);
                    double x2 = toP(k, best.u[j] + t * seU);
                    lower95 = Math.max(Math.min(x1, x2), lo[k]);
                    upper95 = Math.min(Math.max(x1, x2), hi[k]);
                }
                if (a.atBound[k]) {
                    warnings.add(names.get(k) + " ended at its " + (Math.abs(p[k] - lo[k]) <= Math.abs(hi[k] - p[k]) ? "lower bound " + fmt(lo[k]) : "upper bound " + fmt(hi[k]))
                            + "; its interval does not describe it");
                }
                if (a.offScale[k]) {
                    warnings.add(a.offScaleWhy[k]);
                } else if (undetermined) {
                    warnings.add(names.get(k) + " is not determined by the data");
                }
                parameters.add(new FittedParameter(names.get(k), units.get(k), p[k], se, lower95, upper95, false, a.atBound[k], unidentifiable));
            }
            double[][] corr = new double[f][f];
            List<String> strong = new ArrayList<>();
            List<String> freeNames = new ArrayList<>();
            for (int i = 0; i < f; i++) {
                freeNames.add(names.get(free[i]));
            }
            for (int i = 0; i < f; i++) {
                for (int j = 0; j < f; j++) {
                    double d = Math.sqrt(cov[i][i] * cov[j][j]);
                    corr[i][j] = i == j ? 1 : d > 0 && !a.undetermined[free[i]] && !a.undetermined[free[j]] ? cov[i][j] / d : 0;
                    if (j > i && Math.abs(corr[i][j]) > CircuitFit.STRONG_CORRELATION) {
                        strong.add(freeNames.get(i) + "/" + freeNames.get(j) + " rho = " + String.format(java.util.Locale.ROOT, "%.3f", corr[i][j]));
                    }
                }
            }
            String message;
            if (a.converged) {
                message = "converged";
            } else if (a.reason != null) {
                message = "not converged: " + a.reason;
            } else {
                message = "flagged: the optimiser stopped at a minimum, but a parameter is at a bound or not identifiable";
            }
            if (!warnings.isEmpty()) {
                message += "; " + String.join("; ", warnings);
            }
            if (!strong.isEmpty()) {
                message += "; strongly correlated (|rho| > 0.95): " + String.join(", ", strong);
            }
            if (multiStart) {
                message += lower ? "; multi-start (" + tried + " starts) found a lower cost than the first start (S/2 " + fmt(best.cost / 2) + " < " + fmt(firstCost / 2) + ")"
                        : "; multi-start (" + tried + " starts) found no lower cost than the first start";
            }
            return new CircuitFit(Circuits.toImpedancePy(circuit), options.weighting, n, a.converged, message, chi2, s2, dof, List.copyOf(parameters),
                    List.copyOf(freeNames), corr, List.copyOf(strong), resRe, resIm, new Spectrum(data.f().clone(), fitRe, fitIm), best.iterations,
                    best.evaluations, tried, provenance(circuit, data, options), firstCost / 2, multiStart, lower);
        }

        private static String fmt(double v) {
            return String.format(java.util.Locale.ROOT, "%.6g", v);
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
