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
import org.hipparchus.ode.ODEState;
import org.hipparchus.ode.ODEStateAndDerivative;
import org.hipparchus.ode.OrdinaryDifferentialEquation;
import org.hipparchus.ode.events.Action;
import org.hipparchus.ode.nonstiff.DormandPrince853Integrator;
import org.hipparchus.ode.sampling.ODEStateInterpolator;
import org.hipparchus.ode.sampling.ODEStepHandler;
import org.interphase.model.Cell;
import org.interphase.model.CyclingExperiment;
import org.interphase.model.Layer;
import org.interphase.model.geometry.CellGeometry;
import org.interphase.model.validation.ModelLabels;
import org.interphase.solver.Arrhenius;
import org.interphase.solver.CellSolver;
import org.interphase.solver.Provenance;
import org.interphase.solver.Solver;
import org.interphase.solver.SolverException;
import org.interphase.solver.cycling.SymmetricResult.FailureMode;
import org.interphase.solver.cycling.internal.Events;
import org.interphase.solver.mci.CellStack;
import org.interphase.solver.mci.CellStack.ElectrodeKind;
import org.interphase.solver.mci.GrowthKinetics;
import org.interphase.solver.mci.Interphases;
import org.osgi.service.component.annotations.Component;

/**
 * Galvanostatic stripping/plating of a symmetric lithium cell (docs/physics.md 3.1):
 *
 * <pre>
 * V(t) = s(t) i_ion ASR_ion(t) + eta(s i_ion / phi_1) - eta(-s i_ion / phi_2)       s = +1 / -1 per half cycle
 * ASR_ion = ASR_SE + ASR_IL + sum_k [ASR_c / phi_k + L_k / sigma_i,M] + ASR_formation(t)
 * i_ion   = i / (1 + G_e ASR_ion)                                                   electronic leakage in parallel
 * </pre>
 *
 * with Butler-Volmer eta at each lithium electrode and the degradation options of the settings: MCI growth L_k(t)
 * (docs/physics.md 1.2), voids (contact fraction phi_v,k of the stripping electrode), fracture (phi_f,k = 1/(1 + (L_k/L_c)^2),
 * cracks beta L_k), soft short (G_e rises as the cracks span the pellet) and formation of wetted interlayers. The state
 * (L_1, L_2, phi_v1, phi_v2) is integrated by Hipparchus' Dormand-Prince 8(5,3) one half cycle at a time (the switch is
 * a discontinuity: the integration restarts there), with events for the voltage limit (the cycler stops) and the
 * short (recorded, the run goes on to show the collapse).
 */
@Component(service = Solver.class)
public class SymmetricCellSolver extends AbstractCellSolver<SymmetricSettings, SymmetricResult> {

    public static final String ID = "symmetric";
    /** 0.1 mA/cm2, the paper's current density. */
    public static final double DEFAULT_CURRENT_DENSITY = 1.0;
    /** 1 h, assumed (docs/physics.md 0). */
    public static final double DEFAULT_HALF_CYCLE = 3600;

    public SymmetricCellSolver() {
        super(ID, "Symmetric cell (stripping/plating)",
                "Galvanostatic stripping/plating of Li | SE | Li with interlayers: V(t) with ohmic, Butler-Volmer and interphase terms, "
                        + "degradation by MCI growth, voids, fracture, soft short and formation; overpotential envelope and time to failure (docs/physics.md 3.1).",
                SymmetricSettings.class, SymmetricSettings::new);
    }

    @Override
    public Optional<String> unsuitable(Cell cell) {
        List<Layer> layers = CellGeometry.layers(cell);
        if (layers.size() < 3 || CellGeometry.electrolyteLayers(cell).isEmpty()) {
            return Optional.of("needs electrodes at both ends and a solid electrolyte");
        }
        return super.unsuitable(cell);
    }

    @Override
    protected Optional<String> unsuitable(CellStack stack) {
        if (stack.first().electrode().kind() != ElectrodeKind.LITHIUM_METAL || stack.last().electrode().kind() != ElectrodeKind.LITHIUM_METAL) {
            return Optional.of("needs lithium metal at both ends (a symmetric Li | SE | Li cell)");
        }
        return Optional.empty();
    }

    @Override
    public SymmetricResult solve(SymmetricSettings s, IProgressMonitor monitor) throws SolverException {
        Run run = begin(s, monitor, "Symmetric cell");
        CellStack stack = run.stack();
        Cell cell = run.cell();
        Map<String, String> resolved = run.resolved();
        SubMonitor progress = run.progress();
        List<Interphases.SideModel> sides = Interphases.sides(stack, s, resolved);
        Optional<CyclingExperiment> experiment = Experiments.of(cell, CyclingExperiment.class);
        double current = choose(s.currentDensity, experiment.map(e -> CellStack.si(e.getCurrentDensity())).filter(v -> v > 0),
                DEFAULT_CURRENT_DENSITY, "current_density", "A/m2", "the cell's cycling experiment", resolved);
        double halfCycle = choose(s.halfCycle, experiment.map(e -> CellStack.si(e.getHalfCycleDuration())).filter(v -> v > 0),
                DEFAULT_HALF_CYCLE, "half_cycle", "s", "the cell's cycling experiment", resolved);
        Model model = new Model(stack, sides, s, current, resolved);
        List<String> notes = new ArrayList<>();
        if (!stack.temperatureFromModel() && s.temperature == null) {
            notes.add("the cell has no temperature: " + CellStack.DEFAULT_TEMPERATURE + " K assumed");
        }
        notes.addAll(model.temperatureNotes);
        notes.add(VALIDITY);
        resolved.put("validity", VALIDITY);
        return model.run(halfCycle, notes, progress, Provenance.of(this, s.inputs(), resolved));
    }

    /** What the model is valid for, stated in every result. */
    static final String VALIDITY = "validity: a 0-D cell (uniform current density over the area), galvanostatic half cycles; conductivities and"
            + " the contact ASR at the cell temperature by Arrhenius where activation energies are given (no phase changes: roughly -40 to 150 degC"
            + " for LATP); i0 of lithium and the MCI's conductivities do not follow temperature; the degradation closures (fracture length,"
            + " crack ratio, soft short, formation) are calibrated to the paper's 0.1 mA/cm2, 1 h half cycles at 25 degC and are not"
            + " predictions elsewhere; the interphases stop growing when they have consumed the electrolyte";

    /** The cell's equations and their integration. */
    private static final class Model implements OrdinaryDifferentialEquation {
        private final SymmetricSettings s;
        private final double current;
        private final double temperature;
        private final double i0;
        private final double electrolyteAsr;
        private final double interlayerAsr;
        private final double contactAsr;
        private final double electrolyteThickness;
        private final double wettedInterlayers;
        private final GrowthKinetics[] growth = new GrowthKinetics[2];
        private final double initialThickness;
        private final double sigmaI;
        private double sign = 1;
        final List<String> temperatureNotes = new ArrayList<>();
        private double consumedAt = Double.NaN;

        Model(CellStack stack, List<Interphases.SideModel> sides, SymmetricSettings s, double current, Map<String, String> resolved)
                throws SolverException {
            this.s = s;
            this.current = current;
            this.temperature = s.temperature != null ? s.temperature : stack.temperature();
            CellStack.Electrode li = stack.first().electrode();
            if (s.lithiumExchangeCurrentDensity != null) {
                i0 = s.lithiumExchangeCurrentDensity;
            } else if (li.exchangeCurrentDensity() > 0) {
                i0 = li.exchangeCurrentDensity();
                resolved.put("i0_li", ModelLabels.formatNumber(i0) + " A/m2 (model: '" + li.material().getName() + "')");
            } else {
                throw new SolverException("i0_li: lithium material '" + li.material().getName()
                        + "' has no exchange current density in the model; give one or set i0_li");
            }
            electrolyteAsr = stack.electrolyteAsr();
            interlayerAsr = stack.interlayerIonicAsr();
            double eaContact = s.contactActivationEnergy != null && s.contactActivationEnergy > 0 ? s.contactActivationEnergy : Double.NaN;
            double contactFactor = Arrhenius.resistanceFactor(eaContact, temperature, stack.referenceTemperature());
            contactAsr = (stack.wetted() ? s.contactAsrWetted : s.contactAsrDry) * contactFactor;
            temperatureNotes.addAll(stack.temperatureNotes());
            temperatureNotes.add("contact ASR: " + (Double.isNaN(eaContact) ? "temperature-independent (no activation energy; set ea_contact)"
                    : "x" + ModelLabels.formatNumber(contactFactor) + " (" + Arrhenius.describe(eaContact, temperature, stack.referenceTemperature())
                            + ", resistance scales inversely)"));
            temperatureNotes.add("i0 of lithium: temperature-independent (Butler-Volmer uses RT/F at the cell temperature)");
            electrolyteThickness = stack.electrolytes().stream().mapToDouble(CellStack.Electrolyte::thickness).sum();
            wettedInterlayers = stack.sides().stream().flatMap(side -> side.interlayers().stream()).filter(CellStack.Interlayer::wetted).count()
                    + stack.middleInterlayers().stream().filter(CellStack.Interlayer::wetted).count();
            for (int k = 0; k < 2; k++) {
                growth[k] = sides.get(k).kinetics();
            }
            initialThickness = s.initialThickness;
            sigmaI = s.interphaseIonicConductivity * Interphases.interphaseFactor(s, stack);
            resolved.put("ASR of the electrolyte", ModelLabels.formatNumber(electrolyteAsr) + " Ohm m2 ("
                    + stack.electrolytes().get(0).basis() + ")");
            resolved.put("ASR of the interlayers (ionic)", ModelLabels.formatNumber(interlayerAsr) + " Ohm m2");
            resolved.put("contact ASR per interface", ModelLabels.formatNumber(contactAsr) + " Ohm m2 ("
                    + (stack.wetted() ? "wetted cell" : "dry cell") + ")");
            resolved.put("temperature", ModelLabels.formatNumber(temperature) + " K");
        }

        @Override
        public int getDimension() {
            return 4;
        }

        double thickness(double[] y, int k) {
            return growth[k] == null ? 0 : Math.min(Math.max(y[k], 0), electrolyteThickness);
        }

        /** True when the two interphases together have consumed the electrolyte: nothing is left to react. */
        boolean consumed(double[] y) {
            return thickness(y, 0) + thickness(y, 1) >= electrolyteThickness;
        }

        double contactFraction(double[] y, int k) {
            double phi = s.contactLoss ? Math.min(Math.max(y[2 + k], 1e-9), 1) : 1;
            if (s.fracture) {
                double x = thickness(y, k) / s.fractureLength;
                phi /= 1 + x * x;
            }
            return phi;
        }

        double ionicAsr(double t, double[] y) {
            double asr = electrolyteAsr + interlayerAsr;
            for (int k = 0; k < 2; k++) {
                asr += contactAsr / contactFraction(y, k) + thickness(y, k) / sigmaI;
            }
            if (s.formation) {
                asr += wettedInterlayers * s.formationAsr * Math.exp(-t / s.formationTime);
            }
            return asr;
        }

        double leakage(double[] y) {
            if (!s.softShort) {
                return 0;
            }
            double cracks = s.crackRatio * (thickness(y, 0) + thickness(y, 1));
            double w = s.shortWidth * electrolyteThickness;
            double x = -(cracks - electrolyteThickness) / w;
            return x > 700 ? 0 : 1 / (s.shortAsr * (1 + Math.exp(x)));
        }

        double ionicCurrent(double t, double[] y) {
            return current / (1 + leakage(y) * ionicAsr(t, y));
        }

        double voltage(double t, double[] y) {
            double asr = ionicAsr(t, y);
            double ionic = current / (1 + leakage(y) * asr);
            double eta1 = ButlerVolmer.overpotential(sign * ionic / contactFraction(y, 0), i0, temperature, s.transferCoefficient);
            double eta2 = ButlerVolmer.overpotential(-sign * ionic / contactFraction(y, 1), i0, temperature, s.transferCoefficient);
            return sign * ionic * asr + eta1 - eta2;
        }

        @Override
        public double[] computeDerivatives(double t, double[] y) {
            double[] dy = new double[4];
            boolean used = consumed(y);
            if (used && Double.isNaN(consumedAt)) {
                consumedAt = t;
            }
            for (int k = 0; k < 2; k++) {
                if (s.mciGrowth && growth[k] != null && !used) {
                    dy[k] = growth[k].rate(Math.max(y[k], 0));
                }
            }
            if (s.contactLoss) {
                double ionic = ionicCurrent(t, y);
                for (int k = 0; k < 2; k++) {
                    boolean stripping = (k == 0) == (sign > 0);
                    double loss = stripping ? Math.max(0, ionic - s.criticalCurrent) / s.voidCharge : 0;
                    dy[2 + k] = -loss + (1 - y[2 + k]) / s.creepTime;
                }
            }
            return dy;
        }

        SymmetricResult run(double halfCycle, List<String> notes, SubMonitor progress, Provenance provenance) {
            int halfCycles = (int) Math.ceil(s.duration / halfCycle - 1e-9);
            int m = s.samplesPerHalfCycle;
            List<double[]> samples = new ArrayList<>(); // t, V, ASR, L1, L2
            double[] envelopeTimes = new double[halfCycles];
            double[] envelope = new double[halfCycles];
            double[] failure = { Double.NaN };
            FailureMode[] mode = { null };
            boolean[] stopped = { false };
            double[] y = { initialThickness, initialThickness, 1, 1 };
            double initialAsr = ionicAsr(0, y);

            DormandPrince853Integrator integrator = new DormandPrince853Integrator(1e-6, halfCycle,
                    new double[] { 1e-13, 1e-13, 1e-10, 1e-10 }, new double[] { 1e-9, 1e-9, 1e-9, 1e-9 });
            integrator.addEventDetector(new Events(state -> s.voltageLimit - Math.abs(voltage(state.getTime(), state.getPrimaryState())),
                    (state, detector, increasing) -> {
                        if (mode[0] == null) {
                            failure[0] = state.getTime();
                            mode[0] = FailureMode.VOLTAGE_LIMIT;
                        }
                        stopped[0] = true;
                        return Action.STOP;
                    }, halfCycle / 8, 1e-3));
            if (s.softShort) {
                integrator.addEventDetector(new Events(state -> {
                    double[] state0 = state.getPrimaryState();
                    return 1 - leakage(state0) * ionicAsr(state.getTime(), state0);
                }, (state, detector, increasing) -> {
                    if (mode[0] == null && !increasing) {
                        failure[0] = state.getTime();
                        mode[0] = FailureMode.SHORT;
                    }
                    return Action.CONTINUE;
                }, halfCycle / 8, 1e-3));
            }
            double[] sampleTimes = new double[m + 1];
            int[] next = { 0 };
            double[] max = { 0 };
            integrator.addStepHandler(new ODEStepHandler() {
                @Override
                public void init(ODEStateAndDerivative initial, double finalTime) {
                    record(initial.getTime(), initial.getPrimaryState());
                    next[0] = 1;
                }

                @Override
                public void handleStep(ODEStateInterpolator interpolator) {
                    double end = interpolator.getCurrentState().getTime();
                    while (next[0] <= m && sampleTimes[next[0]] <= end + 1e-9) {
                        ODEStateAndDerivative state = interpolator.getInterpolatedState(Math.min(sampleTimes[next[0]], end));
                        record(state.getTime(), state.getPrimaryState());
                        next[0]++;
                    }
                }

                @Override
                public void finish(ODEStateAndDerivative last) {
                    if (next[0] <= m) { // stopped early by an event: the last state is a sample too
                        record(last.getTime(), last.getPrimaryState());
                    }
                }

                private void record(double t, double[] state) {
                    double v = voltage(t, state);
                    max[0] = Math.max(max[0], Math.abs(v));
                    samples.add(new double[] { t, v, ionicAsr(t, state), thickness(state, 0), thickness(state, 1) });
                }
            });

            int completed = 0;
            SubMonitor loop = progress.split(100).setWorkRemaining(halfCycles);
            for (int n = 0; n < halfCycles && !stopped[0]; n++) {
                if (loop.isCanceled()) {
                    throw new OperationCanceledException();
                }
                double t0 = n * halfCycle;
                double t1 = Math.min((n + 1) * halfCycle, s.duration);
                sign = n % 2 == 0 ? 1 : -1;
                for (int j = 0; j <= m; j++) {
                    sampleTimes[j] = t0 + (t1 - t0) * j / m;
                }
                max[0] = 0;
                ODEStateAndDerivative end = integrator.integrate(this, new ODEState(t0, y), t1);
                y = end.getPrimaryState().clone();
                envelopeTimes[n] = end.getTime();
                envelope[n] = max[0];
                completed = n + 1;
                loop.worked(1);
            }
            int count = samples.size();
            double[] t = new double[count];
            double[] v = new double[count];
            double[] asr = new double[count];
            double[] l1 = new double[count];
            double[] l2 = new double[count];
            for (int i = 0; i < count; i++) {
                double[] row = samples.get(i);
                t[i] = row[0];
                v[i] = row[1];
                asr[i] = row[2];
                l1[i] = row[3];
                l2[i] = row[4];
            }
            if (!Double.isNaN(consumedAt)) {
                notes.add("the interphases consumed the whole electrolyte (" + ModelLabels.formatNumber(electrolyteThickness) + " m) by "
                        + ModelLabels.formatNumber(consumedAt / 3600) + " h: growth stops there; the cell has failed");
            }
            if (mode[0] == FailureMode.VOLTAGE_LIMIT) {
                notes.add("|V| reached the voltage limit " + ModelLabels.formatNumber(s.voltageLimit) + " V at "
                        + ModelLabels.formatNumber(failure[0] / 3600) + " h: the cycler stops");
            } else if (mode[0] == FailureMode.SHORT) {
                notes.add("soft short at " + ModelLabels.formatNumber(failure[0] / 3600)
                        + " h: the electronic leakage through the cracked interphase carries more current than the ions");
            }
            return new SymmetricResult(t, v, asr, l1, l2, java.util.Arrays.copyOf(envelopeTimes, completed),
                    java.util.Arrays.copyOf(envelope, completed), failure[0], mode[0], current, halfCycle, initialAsr, List.copyOf(notes),
                    provenance);
        }
    }
}
