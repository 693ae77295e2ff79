/*
 * Copyright (c) 2026 the Interphase contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.interphase.solver.cycling;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.hipparchus.analysis.solvers.BracketingNthOrderBrentSolver;
import org.interphase.model.Cell;
import org.interphase.model.LsvExperiment;
import org.interphase.model.units.PhysicalConstants;
import org.interphase.model.validation.ModelLabels;
import org.interphase.solver.CellSolver;
import org.interphase.solver.Provenance;
import org.interphase.solver.Solver;
import org.interphase.solver.SolverException;
import org.interphase.solver.mci.CellStack;
import org.interphase.solver.mci.CellStack.ElectrodeKind;
import org.interphase.solver.mci.Interphases;
import org.interphase.solver.mci.StabilityWindow;
import org.osgi.service.component.annotations.Component;

/**
 * Linear sweep (or cyclic) voltammetry of a cell with an ion-blocking working electrode against lithium (docs/physics.md
 * 3.3): the current is the double-layer charging C_dl dE/dt plus Tafel onsets of the electrolyte's oxidation and
 * reduction at its stability window (where the working electrode touches it: the uncovered fraction directly, the
 * covered part through the interlayer's electronic resistance), the interlayer's own oxidation, and lithium plating
 * below 0 V; the applied potential includes the cell's ohmic drop, E = E_int + i ASR (solved for i at each potential
 * with a bracketing Brent solver). The stability limit is reported at an explicit current threshold.
 */
@Component(service = Solver.class)
public class LsvSolver extends AbstractCellSolver<LsvSettings, LsvResult> {

    public static final String ID = "lsv";
    /** 1 uA/cm2. */
    public static final double DEFAULT_THRESHOLD = 0.01;

    /** What the model is valid for, stated in every result. */
    static final String VALIDITY = "validity: a blocking working electrode swept linearly; Tafel onsets with exchange currents calibrated so that"
            + " the limits at the stated threshold are the paper's 4.4 V (bare) and 5.0 V (coated) at 0.1 mV/s and 25 degC; the ohmic drop follows"
            + " the cell temperature by Arrhenius where activation energies are given, the onsets only through RT/F: not a prediction of the window"
            + " at other temperatures, rates or thresholds";

    public LsvSolver() {
        super(ID, "Voltammetric stability window (LSV/CV)",
                "Linear sweep or cyclic voltammetry of a blocking electrode | SE | Li cell with Tafel onsets at the stability window, "
                        + "interlayer blocking and ohmic drop; the stability limit at a stated current threshold (docs/physics.md 3.3).",
                LsvSettings.class, LsvSettings::new);
    }

    @Override
    protected Optional<String> unsuitable(CellStack stack) {
        if (stack.side(ElectrodeKind.BLOCKING) == null || stack.side(ElectrodeKind.LITHIUM_METAL) == null) {
            return Optional.of("needs an ion-blocking working electrode (e.g. stainless steel) and a lithium electrode");
        }
        return Optional.empty();
    }

    @Override
    public LsvResult solve(LsvSettings s, IProgressMonitor monitor) throws SolverException {
        Run run = begin(s, monitor, "Voltammetric sweep");
        CellStack stack = run.stack();
        Cell cell = run.cell();
        Map<String, String> resolved = run.resolved();
        SubMonitor progress = run.progress();
        Optional<LsvExperiment> experiment = Experiments.of(cell, LsvExperiment.class);
        double start = choose(s.startPotential, experiment.map(e -> CellStack.si(e.getStartPotential())), -1, "start_potential", "V", LSV_SOURCE, resolved);
        double end = choose(s.endPotential, experiment.map(e -> CellStack.si(e.getEndPotential())), 5.5, "end_potential", "V", LSV_SOURCE, resolved);
        double rate = choose(s.scanRate, experiment.map(e -> CellStack.si(e.getScanRate())), 1e-4, "scan_rate", "V/s", LSV_SOURCE, resolved);
        double threshold = choose(s.threshold, experiment.map(e -> CellStack.si(e.getCurrentThreshold())), DEFAULT_THRESHOLD, "threshold", "A/m2", LSV_SOURCE, resolved);
        if (start == end) {
            throw new SolverException("start_potential and end_potential are equal (" + start + " V): nothing to sweep");
        }
        if (!(rate > 0)) {
            throw new SolverException("scan_rate must be > 0 (is " + rate + " V/s)");
        }
        CellStack.Side working = stack.side(ElectrodeKind.BLOCKING);
        StabilityWindow window = StabilityWindow.of(working.electrolyte().material());
        Kinetics k = new Kinetics(stack, working, window, s, rate, resolved);

        List<double[]> segments = new ArrayList<>();
        int cycles = s.mode == LsvSettings.Mode.CV ? s.cycles : 1;
        for (int c = 0; c < cycles; c++) {
            segments.add(new double[] { start, end });
            if (s.mode == LsvSettings.Mode.CV) {
                segments.add(new double[] { end, start });
            }
        }
        int perSegment = (int) Math.max(2, Math.round(Math.abs(end - start) / s.potentialStep) + 1);
        int count = segments.size() * perSegment - (segments.size() - 1);
        double[] times = new double[count];
        double[] potential = new double[count];
        double[] current = new double[count];
        double oxidationLimit = Double.NaN;
        double reductionLimit = Double.NaN;
        SubMonitor loop = progress.split(100).setWorkRemaining(segments.size());
        int n = 0;
        double t = 0;
        for (double[] segment : segments) {
            if (loop.isCanceled()) {
                throw new OperationCanceledException();
            }
            double direction = Math.signum(segment[1] - segment[0]);
            for (int j = n == 0 ? 0 : 1; j < perSegment; j++) {
                double e = segment[0] + (segment[1] - segment[0]) * j / (perSegment - 1);
                if (n > 0) {
                    t += Math.abs(e - potential[n - 1]) / rate;
                }
                times[n] = t;
                potential[n] = e;
                current[n] = k.current(e, direction);
                if (n > 0) {
                    double previous = current[n - 1];
                    if (direction > 0 && Double.isNaN(oxidationLimit) && previous < threshold && current[n] >= threshold) {
                        oxidationLimit = crossing(potential[n - 1], previous, e, current[n], threshold);
                    }
                    boolean downward = direction < 0 && previous > -threshold && current[n] <= -threshold;
                    boolean upward = direction > 0 && previous <= -threshold && current[n] > -threshold;
                    if (Double.isNaN(reductionLimit) && (downward || upward)) {
                        reductionLimit = crossing(potential[n - 1], previous, e, current[n], -threshold);
                    }
                }
                n++;
            }
            loop.worked(1);
        }
        List<String> notes = new ArrayList<>();
        notes.addAll(stack.temperatureNotes());
        notes.add(VALIDITY);
        resolved.put("validity", VALIDITY);
        if (Double.isNaN(oxidationLimit)) {
            notes.add("the current stays below " + ModelLabels.formatNumber(threshold) + " A/m2 up to " + ModelLabels.formatNumber(Math.max(start, end))
                    + " V: no oxidation limit within the sweep");
        }
        return new LsvResult(times, potential, current, oxidationLimit, reductionLimit, threshold, window.reduction(), window.oxidation(),
                List.copyOf(notes), Provenance.of(this, s.inputs(), resolved));
    }

    /** Where the current crosses the level between two samples: linear in ln|i| when both are on the same side of 0, else in i. */
    static double crossing(double e0, double i0, double e1, double i1, double level) {
        double w;
        if (i0 * level > 0 && i1 * level > 0) {
            w = (Math.log(Math.abs(level)) - Math.log(Math.abs(i0))) / (Math.log(Math.abs(i1)) - Math.log(Math.abs(i0)));
        } else {
            w = (level - i0) / (i1 - i0);
        }
        return e0 + w * (e1 - e0);
    }

    private static final String LSV_SOURCE = "the cell's LSV experiment";

    /** The current-potential relation of the cell. */
    private static final class Kinetics {
        private final LsvSettings s;
        private final double f;
        private final double alpha;
        private final double asr;
        private final double uncovered;
        private final double filmElectronicAsr;
        private final boolean film;
        private final double oxidation;
        private final double reduction;
        private final double lithiumI0;
        private final double charging;
        private final BracketingNthOrderBrentSolver brent = new BracketingNthOrderBrentSolver(1e-15, 1e-12, 1e-300, 5);

        Kinetics(CellStack stack, CellStack.Side working, StabilityWindow window, LsvSettings s, double rate, Map<String, String> resolved)
                throws SolverException {
            this.s = s;
            double temperature = s.temperature != null ? s.temperature : stack.temperature();
            f = PhysicalConstants.FARADAY / (PhysicalConstants.GAS_CONSTANT * temperature);
            alpha = s.transferCoefficient;
            double contact = stack.wetted() ? s.contactAsrWetted : s.contactAsrDry;
            asr = stack.electrolyteAsr() + stack.interlayerIonicAsr() + 2 * contact;
            film = !working.interlayers().isEmpty();
            uncovered = working.uncoveredFraction();
            filmElectronicAsr = working.interlayerElectronicAsr();
            oxidation = window.oxidation();
            reduction = window.reduction();
            charging = s.doubleLayerCapacitance * rate;
            CellStack.Electrode li = stack.electrode(ElectrodeKind.LITHIUM_METAL);
            if (s.lithiumExchangeCurrentDensity != null) {
                lithiumI0 = s.lithiumExchangeCurrentDensity;
            } else if (li.exchangeCurrentDensity() > 0) {
                lithiumI0 = li.exchangeCurrentDensity();
            } else {
                throw new SolverException("i0_li: lithium material '" + li.material().getName() + "' has no exchange current density");
            }
            resolved.put("ASR of the cell", ModelLabels.formatNumber(asr) + " Ohm m2");
            resolved.put("stability window", ModelLabels.formatNumber(reduction) + "-" + ModelLabels.formatNumber(oxidation) + " V (model: '"
                    + window.material() + "')");
            resolved.put("working electrode", "'" + working.electrode().name() + "'" + (film ? ", covered by "
                    + working.interlayers().stream().map(CellStack.Interlayer::name).toList() + " (uncovered fraction "
                    + ModelLabels.formatNumber(uncovered) + ", electronic ASR " + ModelLabels.formatNumber(filmElectronicAsr) + " Ohm m2)" : ", bare"));
        }

        private static double exp(double x) {
            return Math.exp(Math.min(x, 300));
        }

        /**
         * Tafel current magnitude at potential e through a series electronic resistance r (Ohm m2): i = i0 exp(+-a f (e - E) - a f i r),
         * i.e. i = W(a f r i_direct) / (a f r) with Lambert's W.
         */
        private double throughResistance(double i0, double a, double e, double onset, double r, boolean anodic) {
            if (i0 == 0 || r == Double.POSITIVE_INFINITY) {
                return 0;
            }
            double logDirect = Math.log(i0) + (anodic ? 1 : -1) * a * f * (e - onset);
            if (r == 0) {
                return exp(logDirect);
            }
            double afr = a * f * r;
            return lambertW(Math.log(afr) + logDirect) / afr;
        }

        /** Lambert's W(x) (principal branch) for x = exp(logX) >= 0, from the logarithm so that huge x do not overflow. */
        static double lambertW(double logX) {
            if (logX < 1) {
                double x = Math.exp(logX);
                double w = x < 1e-8 ? x : Math.log1p(x);
                for (int k = 0; k < 60; k++) {
                    double ew = Math.exp(w);
                    double g = w * ew - x;
                    double step = g / (ew * (w + 1) - (w + 2) * g / (2 * w + 2));
                    w -= step;
                    if (Math.abs(step) <= 1e-15 * Math.max(Math.abs(w), 1e-300)) {
                        break;
                    }
                }
                return w;
            }
            double w = logX - Math.log(logX) + 0.5 * Math.log(logX) / logX;
            for (int k = 0; k < 60; k++) {
                double step = (w + Math.log(w) - logX) / (1 + 1 / w);
                w -= step;
                if (Math.abs(step) <= 1e-15 * w) {
                    break;
                }
            }
            return w;
        }

        /** Current density at the interface potential (V vs Li) for a sweep direction (+1 anodic). */
        double interfaceCurrent(double e, double direction) {
            double i = charging * direction;
            double cover = film ? 1 - uncovered : 0;
            double open = film ? uncovered : 1;
            // the electrolyte's oxidation and reduction where the working electrode touches it, and through the film
            i += open * throughResistance(s.oxidationExchangeCurrentDensity, alpha, e, oxidation, 0, true);
            i -= open * throughResistance(s.reductionExchangeCurrentDensity, 1 - alpha, e, reduction, 0, false);
            if (cover > 0) {
                i += cover * throughResistance(s.oxidationExchangeCurrentDensity, alpha, e, oxidation, filmElectronicAsr, true);
                i -= cover * throughResistance(s.reductionExchangeCurrentDensity, 1 - alpha, e, reduction, filmElectronicAsr, false);
                i += cover * s.filmExchangeCurrentDensity * exp(alpha * f * (e - s.filmOxidationPotential));
            }
            if (s.lithiumPlating && e < 0) {
                i -= lithiumI0 * (exp(-(1 - alpha) * f * e) - exp(alpha * f * e));
            }
            return i;
        }

        /** Current density at the applied potential: solves e_applied = e_int + i(e_int) ASR. */
        double current(double applied, double direction) {
            double width = 1;
            for (int k = 0; k < 40; k++) {
                double lo = applied - width;
                double hi = applied + width;
                double gLo = lo + interfaceCurrent(lo, direction) * asr - applied;
                double gHi = hi + interfaceCurrent(hi, direction) * asr - applied;
                if (gLo <= 0 && gHi >= 0) {
                    double e = brent.solve(500, x -> x + interfaceCurrent(x, direction) * asr - applied, lo, hi);
                    return interfaceCurrent(e, direction);
                }
                width *= 2;
            }
            throw new IllegalStateException("no interface potential for " + applied + " V");
        }
    }
}
