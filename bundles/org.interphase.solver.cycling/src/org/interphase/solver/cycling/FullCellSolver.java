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
import org.hipparchus.ode.ODEState;
import org.hipparchus.ode.ODEStateAndDerivative;
import org.hipparchus.ode.OrdinaryDifferentialEquation;
import org.hipparchus.ode.events.Action;
import org.hipparchus.ode.nonstiff.DormandPrince853Integrator;
import org.hipparchus.ode.sampling.ODEStateInterpolator;
import org.hipparchus.ode.sampling.ODEStepHandler;
import org.interphase.model.Cell;
import org.interphase.model.CyclingExperiment;
import org.interphase.model.ElectrodeMaterial;
import org.interphase.model.units.PhysicalConstants;
import org.interphase.model.validation.ModelLabels;
import org.interphase.solver.Arrhenius;
import org.interphase.solver.CellSolver;
import org.interphase.solver.Provenance;
import org.interphase.solver.Solver;
import org.interphase.solver.SolverException;
import org.interphase.solver.cycling.FullCellResult.Cycle;
import org.interphase.solver.cycling.internal.Events;
import org.interphase.solver.cycling.protocol.Protocol;
import org.interphase.solver.cycling.protocol.Protocol.Kind;
import org.interphase.solver.cycling.protocol.Protocol.Step;
import org.interphase.solver.cycling.protocol.ProtocolException;
import org.interphase.solver.mci.CellStack;
import org.interphase.solver.mci.CellStack.ElectrodeKind;
import org.interphase.solver.mci.GrowthKinetics;
import org.interphase.solver.mci.Interphases;
import org.interphase.solver.mci.OpenCircuitVoltage;
import org.osgi.service.component.annotations.Component;

/**
 * A lithium-metal full cell Li | SE | cathode run through a protocol (docs/physics.md 3.2): a 0-D OCV-R model with kinetics,
 *
 * <pre>
 * dx/dt = -I_main / Q_acc                    x: lithiation of the accessible active material, Q_acc = f_acc Q_th m
 * V     = U(x_s) + I ASR / A + eta_cathode(I_main) + eta_Li(I / A)        I > 0 on charge
 * eta   = Butler-Volmer; cathode j0 = k c_e^0.5 c_s^0.5 (c_max - c_s)^0.5 (PyBaMM Prada2013), i_loc = I_main / (a_s m_acc), a_s = 3/(rho R_p)
 * </pre>
 *
 * optionally with solid diffusion in spherical particles (finite volumes; x_s the surface lithiation), the lithium
 * side's interphase growing in series (docs/physics.md 1.2), and ageing bookkeeping: irreversible charge Q_irr in the first
 * charge (I_main = I (1 - f_p)), accessible capacity lost after cycle 1 and then per cycle, ASR rise per cycle. Each
 * step is integrated with Hipparchus' Dormand-Prince 8(5,3) with events for its cut-off voltage, end current (holds),
 * and the ends of the lithiation range; a cycle starts with each charge that follows a discharge.
 */
@Component(service = Solver.class)
public class FullCellSolver extends AbstractCellSolver<FullCellSettings, FullCellResult> {

    public static final String ID = "fullcell";

    /** What the model is valid for, stated in every result. */
    static final String VALIDITY = "validity: a 0-D OCV-R cell with Butler-Volmer kinetics (optionally particle diffusion), uniform current;"
            + " resistances at the cell or step temperature by Arrhenius where activation energies are given; the LFP exchange current follows"
            + " its own activation energy; the ageing bookkeeping (accessible fraction, irreversible loss, fade) is calibrated to the paper's"
            + " cell at 0.1C and 25 degC and does not follow temperature or rate: it is not a prediction elsewhere";

    public FullCellSolver() {
        super(ID, "Full cell (protocol)",
                "Li | SE | cathode through a protocol ('Charge at 0.1C until 4.0 V; ...'): 0-D OCV-R with Butler-Volmer kinetics, optional "
                        + "particle diffusion, ageing bookkeeping; capacity, CE and retention per cycle (docs/physics.md 3.2).",
                FullCellSettings.class, FullCellSettings::new);
    }

    @Override
    protected Optional<String> unsuitable(CellStack stack) {
        if (stack.side(ElectrodeKind.LITHIUM_METAL) == null || stack.side(ElectrodeKind.INSERTION) == null) {
            return Optional.of("needs a lithium-metal electrode and an insertion (cathode) electrode");
        }
        return Optional.empty();
    }

    /** The protocol the run follows: the setting, else the cell's cycling experiment's, else the paper's. */
    public static String protocolText(FullCellSettings s, Cell cell) {
        if (s.protocol != null && !s.protocol.isBlank()) {
            return s.protocol;
        }
        return Experiments.of(cell, CyclingExperiment.class).map(CyclingExperiment::getProtocol).filter(p -> p != null && !p.isBlank())
                .orElse(FullCellSettings.DEFAULT_PROTOCOL);
    }

    @Override
    public FullCellResult solve(FullCellSettings s, IProgressMonitor monitor) throws SolverException {
        Run run = begin(s, monitor, "Full cell");
        CellStack stack = run.stack();
        Cell cell = run.cell();
        Map<String, String> resolved = run.resolved();
        SubMonitor progress = run.progress();
        String text = protocolText(s, cell);
        Protocol protocol;
        try {
            protocol = Protocol.parse(text);
        } catch (ProtocolException e) {
            throw new SolverException("protocol: " + e.getMessage(), e);
        }
        resolved.put("protocol", text);
        List<Interphases.SideModel> sides = Interphases.sides(stack, s, resolved);
        Model model = new Model(stack, sides, s, resolved);
        return model.run(protocol, progress, this);
    }

    /** The cell's equations, the protocol's steps and the bookkeeping. */
    private static final class Model implements OrdinaryDifferentialEquation {
        private static final int REST = 0;
        private static final int CURRENT = 1;
        private static final int HOLD = 2;

        private final FullCellSettings s;
        private final double area;
        private final double activeMass;
        private final double theoreticalCapacity;
        private final double oneC;
        private final OpenCircuitVoltage ocv;
        private final double cellTemperature;
        private final double baseAsr;
        private final double electrolyteAsr;
        private final CellStack stack;
        private final double contactReference;
        private final double contactActivation;
        private final double interphaseFactor;
        private final double lithiumI0;
        private final GrowthKinetics lithiumGrowth;
        private final boolean kinetics;
        private final double specificArea;
        private final double maxConcentration;
        private final int shells;
        private final double[] shellFraction;
        private final double[] shellArea;
        private final double shellWidth;
        private final double radius;
        private final double diffusion;
        private final List<String> notes = new ArrayList<>();
        private final Map<String, String> resolved;
        private final int dimension;
        private final int iParasitic;
        private final int iCharge;
        private final int iEnergy;
        private final int iThickness;
        private final BracketingNthOrderBrentSolver brent = new BracketingNthOrderBrentSolver(1e-14, 1e-15, 1e-300, 5);

        // the step's conditions
        private int mode;
        private double setCurrent;
        private double holdVoltage;
        private double temperature;
        private double asr;
        private double accessible;
        private double parasiticFraction;
        private double irreversible;
        private boolean parasiticActive;

        Model(CellStack stack, List<Interphases.SideModel> sides, FullCellSettings s, Map<String, String> resolved) throws SolverException {
            this.s = s;
            this.resolved = resolved;
            this.area = stack.area();
            CellStack.Electrode cathode = stack.electrode(ElectrodeKind.INSERTION);
            CellStack.Electrode lithium = stack.electrode(ElectrodeKind.LITHIUM_METAL);
            ElectrodeMaterial active = cathode.activeMaterial();
            String where = "electrode '" + cathode.name() + "'";
            if (s.activeMass != null) {
                activeMass = s.activeMass;
            } else if (cathode.activeMass() > 0) {
                activeMass = cathode.activeMass();
                resolved.put("active_mass", ModelLabels.formatNumber(activeMass) + " kg (model: " + where + ")");
            } else {
                throw new SolverException("active_mass: " + where + " has no active mass in the model; C-rates and specific capacities need it");
            }
            double qth = CellStack.si(active.getTheoreticalCapacity());
            if (s.theoreticalCapacity != null) {
                theoreticalCapacity = s.theoreticalCapacity;
            } else if (qth > 0) {
                theoreticalCapacity = qth;
                resolved.put("theoretical_capacity", ModelLabels.formatNumber(qth) + " C/kg (model: '" + active.getName() + "')");
            } else {
                throw new SolverException("theoretical_capacity: material '" + active.getName() + "' has no theoretical capacity in the model");
            }
            oneC = theoreticalCapacity * activeMass / 3600;
            if (cathode.ocv() == null) {
                throw new SolverException("material '" + active.getName() + "' has no open-circuit voltage (OCV table or function) in the model");
            }
            ocv = cathode.ocv();
            resolved.put("ocv", ocv.description() + " (model: '" + active.getName() + "')");
            cellTemperature = s.temperature != null ? s.temperature : stack.temperature();
            this.stack = stack;
            interphaseFactor = Interphases.interphaseFactor(s, stack);
            contactReference = stack.wetted() ? s.contactAsrWetted : s.contactAsrDry;
            contactActivation = s.contactActivationEnergy != null && s.contactActivationEnergy > 0 ? s.contactActivationEnergy : Double.NaN;
            double contact = contactReference * Arrhenius.resistanceFactor(contactActivation, cellTemperature, stack.referenceTemperature());
            electrolyteAsr = stack.electrolyteAsrAt(cellTemperature);
            baseAsr = electrolyteAsr + stack.interlayerIonicAsrAt(cellTemperature) + 2 * contact;
            notes.addAll(stack.temperatureNotes());
            notes.add("contact ASR: " + (Double.isNaN(contactActivation) ? "temperature-independent (no activation energy; set ea_contact)"
                    : Arrhenius.describe(contactActivation, cellTemperature, stack.referenceTemperature()) + ", resistance scales inversely"));
            notes.add(VALIDITY);
            resolved.put("validity", VALIDITY);
            resolved.put("ASR of the cell", ModelLabels.formatNumber(baseAsr) + " Ohm m2 (electrolyte " + ModelLabels.formatNumber(electrolyteAsr)
                    + ", interlayers " + ModelLabels.formatNumber(stack.interlayerIonicAsr()) + ", 2 contacts of " + ModelLabels.formatNumber(contact)
                    + (stack.wetted() ? ", wetted" : ", dry") + ")");
            if (s.lithiumExchangeCurrentDensity != null) {
                lithiumI0 = s.lithiumExchangeCurrentDensity;
            } else if (lithium.exchangeCurrentDensity() > 0) {
                lithiumI0 = lithium.exchangeCurrentDensity();
                resolved.put("i0_li", ModelLabels.formatNumber(lithiumI0) + " A/m2 (model: '" + lithium.material().getName() + "')");
            } else {
                throw new SolverException("i0_li: lithium material '" + lithium.material().getName() + "' has no exchange current density");
            }
            Interphases.SideModel liSide = sides.get(0).side().electrode().kind() == ElectrodeKind.LITHIUM_METAL ? sides.get(0) : sides.get(1);
            lithiumGrowth = s.mciGrowth ? liSide.kinetics() : null;
            double rho = CellStack.si(active.getDensity());
            radius = s.particleRadius != null ? s.particleRadius : CellStack.si(active.getParticleRadius());
            double cmax = CellStack.si(active.getMaximumConcentration());
            maxConcentration = cmax > 0 ? cmax : rho > 0 ? theoreticalCapacity * rho / PhysicalConstants.FARADAY : Double.NaN;
            kinetics = s.j0Coefficient > 0 && rho > 0 && radius > 0 && maxConcentration > 0;
            specificArea = kinetics ? 3 / (rho * radius) : Double.NaN;
            if (!kinetics && s.j0Coefficient > 0) {
                notes.add("cathode kinetics neglected: '" + active.getName() + "' needs a density, a particle radius and a maximum concentration");
            }
            double d = s.diffusionCoefficient != null ? s.diffusionCoefficient : CellStack.si(active.getDiffusionCoefficient());
            boolean spm = s.particleDiffusion;
            if (spm && !(d > 0 && radius > 0)) {
                throw new SolverException("particle_diffusion: '" + active.getName()
                        + "' needs a diffusion coefficient and a particle radius (in the model or the settings)");
            }
            diffusion = d;
            shells = spm ? s.shells : 1;
            shellFraction = new double[shells];
            shellArea = new double[shells];
            shellWidth = spm ? radius / shells : Double.NaN;
            if (spm) {
                for (int j = 0; j < shells; j++) {
                    double r0 = j * shellWidth;
                    double r1 = (j + 1) * shellWidth;
                    shellFraction[j] = (r1 * r1 * r1 - r0 * r0 * r0) / (radius * radius * radius);
                    shellArea[j] = 3 * r1 * r1 / (radius * radius * radius); // outer face area over particle volume x 4 pi / 3... per unit volume
                }
                resolved.put("particle diffusion", shells + " shells, D = " + ModelLabels.formatNumber(d) + " m2/s, R_p = "
                        + ModelLabels.formatNumber(radius) + " m, tau = R^2/D = " + ModelLabels.formatNumber(radius * radius / d) + " s");
            } else {
                shellFraction[0] = 1;
            }
            iParasitic = shells;
            iCharge = shells + 1;
            iEnergy = shells + 2;
            iThickness = shells + 3;
            dimension = shells + 4;
        }

        @Override
        public int getDimension() {
            return dimension;
        }

        double meanLithiation(double[] y) {
            if (shells == 1) {
                return y[0];
            }
            double x = 0;
            for (int j = 0; j < shells; j++) {
                x += shellFraction[j] * y[j];
            }
            return x;
        }

        double parasitic(double current, double[] y) {
            return parasiticActive && current > 0 && y[iParasitic] < irreversible ? current * parasiticFraction : 0;
        }

        /** Lithiation at the particles' surface. */
        double surface(double[] y, double main) {
            if (shells == 1) {
                return y[0];
            }
            // flux into the particle per volume (1/s): -main/Q_acc; at the surface D dx/dr = that x R / 3
            double gradient = -main / accessible * radius / (3 * diffusion);
            return y[shells - 1] + gradient * shellWidth / 2;
        }

        double totalAsr(double[] y) {
            return asr + (lithiumGrowth == null ? 0 : Math.max(y[iThickness], 0) / (s.interphaseIonicConductivity * interphaseFactor));
        }

        double voltage(double[] y, double current) {
            double main = current - parasitic(current, y);
            double xs = surface(y, main);
            double v = ocv.potential(xs) + current * totalAsr(y) / area;
            if (kinetics && main != 0) {
                double xc = Math.min(Math.max(xs, 1e-12), 1 - 1e-12);
                double arrhenius = Math.exp(-s.j0ActivationEnergy / PhysicalConstants.BOLTZMANN * (1 / temperature - 1 / 298.15));
                double j0 = s.j0Coefficient * Math.sqrt(s.electrolyteConcentration) * maxConcentration * Math.sqrt(xc * (1 - xc)) * arrhenius;
                double local = main / (specificArea * accessible / theoreticalCapacity);
                v += ButlerVolmer.overpotential(local, j0, temperature, 0.5);
            }
            if (current != 0) {
                v += ButlerVolmer.overpotential(current / area, lithiumI0, temperature, s.transferCoefficient);
            }
            return v;
        }

        double current(double[] y) {
            return switch (mode) {
            case CURRENT -> setCurrent;
            case HOLD -> holdCurrent(y);
            default -> 0;
            };
        }

        double holdCurrent(double[] y) {
            double bound = Math.max(10 * oneC, 1e-12);
            for (int i = 0; i < 60; i++) {
                double lo = voltage(y, -bound) - holdVoltage;
                double hi = voltage(y, bound) - holdVoltage;
                if (lo <= 0 && hi >= 0) {
                    return brent.solve(500, c -> voltage(y, c) - holdVoltage, -bound, bound);
                }
                bound *= 4;
            }
            throw new IllegalStateException("no current holds " + holdVoltage + " V");
        }

        @Override
        public double[] computeDerivatives(double t, double[] y) {
            double[] dy = new double[dimension];
            double current = current(y);
            double parasitic = parasitic(current, y);
            double main = current - parasitic;
            double rate = -main / accessible; // d(mean lithiation)/dt
            if (shells == 1) {
                dy[0] = rate;
            } else {
                // finite volumes: flux between shell j and j+1 through r_{j+1}; volumes as fractions of the particle
                double[] flux = new double[shells]; // out of shell j into j+1, per particle volume
                for (int j = 0; j < shells - 1; j++) {
                    flux[j] = -diffusion * shellArea[j] * (y[j + 1] - y[j]) / shellWidth;
                }
                for (int j = 0; j < shells; j++) {
                    double in = (j > 0 ? flux[j - 1] : 0) - (j < shells - 1 ? flux[j] : 0);
                    if (j == shells - 1) {
                        in += rate; // everything enters through the surface
                    }
                    dy[j] = in / shellFraction[j];
                }
            }
            dy[iParasitic] = parasitic;
            dy[iCharge] = current;
            dy[iEnergy] = current == 0 ? 0 : current * voltage(y, current);
            if (lithiumGrowth != null) {
                dy[iThickness] = lithiumGrowth.rate(Math.max(y[iThickness], 0));
            }
            return dy;
        }

        double stepTemperatureAsr(double stepTemperature) {
            if (stepTemperature == cellTemperature) {
                return baseAsr;
            }
            // the same Arrhenius scaling as at the cell's temperature (electrolyte bulk and grain boundaries, interlayers, contacts)
            return stack.electrolyteAsrAt(stepTemperature) + stack.interlayerIonicAsrAt(stepTemperature)
                    + 2 * contactReference * Arrhenius.resistanceFactor(contactActivation, stepTemperature, stack.referenceTemperature());
        }

        FullCellResult run(Protocol protocol, SubMonitor progress, FullCellSolver solver) throws SolverException {
            double[] y = new double[dimension];
            for (int j = 0; j < shells; j++) {
                y[j] = s.initialLithiation;
            }
            y[iThickness] = s.initialThickness;
            accessible = s.accessibleFraction * theoreticalCapacity * activeMass;
            irreversible = s.firstChargeLoss * activeMass;
            double agedAsr = 0;
            double limit = s.duration != null ? s.duration : Double.POSITIVE_INFINITY;
            List<double[]> samples = new ArrayList<>(); // t, V, I, x, cycle, qCharge, qDischarge
            List<double[]> cycles = new ArrayList<>(); // charge, discharge, chargeEnergy, dischargeEnergy
            cycles.add(new double[4]);
            int cycle = 1;
            boolean sawDischarge = false;
            double t = 0;
            double initialAsr = baseAsr;
            long total = protocol.stepCount();
            SubMonitor loop = progress.split(100).setWorkRemaining((int) Math.min(total, Integer.MAX_VALUE));
            long index = 0;
            StepRunner runner = new StepRunner();
            for (Step step : protocol.steps()) {
                if (loop.isCanceled()) {
                    throw new OperationCanceledException();
                }
                if (t >= limit) {
                    break;
                }
                index++;
                if (step.kind() == Kind.CHARGE && sawDischarge) {
                    cycle++;
                    sawDischarge = false;
                    cycles.add(new double[4]);
                    double fade = (cycle == 2 ? s.firstCycleFade : s.fadePerCycle) * activeMass;
                    accessible = Math.max(accessible - fade, 1e-6 * theoreticalCapacity * activeMass);
                    agedAsr += s.asrRisePerCycle;
                }
                if (step.kind() == Kind.DISCHARGE) {
                    sawDischarge = true;
                }
                temperature = Double.isNaN(step.temperature()) ? cellTemperature : step.temperature();
                asr = stepTemperatureAsr(temperature) + agedAsr;
                parasiticActive = cycle == 1;
                if (parasiticActive && step.kind() == Kind.CHARGE && y[iParasitic] == 0) {
                    double lithium = meanLithiation(y) * accessible;
                    parasiticFraction = irreversible / (irreversible + lithium);
                }
                double intended = t + (Double.isNaN(step.duration()) ? s.stepTimeLimit : Math.min(step.duration(), s.stepTimeLimit));
                double[] acc = cycles.get(cycles.size() - 1);
                t = runner.run(step, t, intended, Math.min(intended, limit), y, samples, cycle, acc);
                y[iCharge] = 0;
                y[iEnergy] = 0;
                loop.worked(1);
            }
            // pack
            int n = samples.size();
            double[] times = new double[n];
            double[] voltage = new double[n];
            double[] current = new double[n];
            double[] lithiation = new double[n];
            double[] cycleIndex = new double[n];
            for (int i = 0; i < n; i++) {
                double[] row = samples.get(i);
                times[i] = row[0];
                voltage[i] = row[1];
                current[i] = row[2];
                lithiation[i] = row[3];
                cycleIndex[i] = row[4];
            }
            List<Cycle> result = new ArrayList<>();
            for (int c = 0; c < cycles.size(); c++) {
                double[] a = cycles.get(c);
                if (a[0] == 0 && a[1] == 0) {
                    continue;
                }
                result.add(new Cycle(c + 1, a[0], a[1], a[2], a[3], mid(samples, c + 1, true, a[0]), mid(samples, c + 1, false, a[1])));
            }
            if (s.retentionReference > result.size()) {
                notes.add("the retention's reference cycle " + s.retentionReference + " was not reached");
            }
            return new FullCellResult(times, voltage, current, lithiation, cycleIndex, List.copyOf(result), s.retentionReference, activeMass,
                    theoreticalCapacity, oneC, area, initialAsr, List.copyOf(notes), Provenance.of(solver, s.inputs(), resolved));
        }

        /** The voltage at half the charge (or discharge) of a cycle, interpolated between samples. */
        private static double mid(List<double[]> samples, int cycle, boolean charge, double total) {
            if (!(total > 0)) {
                return Double.NaN;
            }
            double half = total / 2;
            int column = charge ? 5 : 6;
            double[] previous = null;
            for (double[] row : samples) {
                if (row[4] != cycle || (charge ? row[2] <= 0 : row[2] >= 0)) {
                    continue;
                }
                if (row[column] >= half) {
                    if (previous == null || row[column] == previous[column]) {
                        return row[1];
                    }
                    double w = (half - previous[column]) / (row[column] - previous[column]);
                    return previous[1] + w * (row[1] - previous[1]);
                }
                previous = row;
            }
            return Double.NaN;
        }

        /** Integrates one step with its events and samples. */
        private final class StepRunner {
            private final DormandPrince853Integrator integrator;
            private double cutoff;
            private boolean hasCutoff;
            private double endCurrent;
            private String ended;
            private double nextSample;
            private double period;
            private List<double[]> samples;
            private int cycle;
            private double[] acc;

            StepRunner() {
                double[] abs = new double[dimension];
                double[] rel = new double[dimension];
                for (int j = 0; j < dimension; j++) {
                    abs[j] = 1e-10;
                    rel[j] = 1e-9;
                }
                abs[iParasitic] = 1e-12 * Math.max(oneC, 1e-12) * 3600;
                abs[iCharge] = abs[iParasitic];
                abs[iEnergy] = abs[iParasitic];
                abs[iThickness] = 1e-13;
                integrator = new DormandPrince853Integrator(1e-8, 1e9, abs, rel);
                integrator.addEventDetector(new Events(state -> hasCutoff ? voltage(state.getPrimaryState(), current(state.getPrimaryState())) - cutoff : 1,
                        (state, detector, increasing) -> {
                            ended = "cut-off";
                            return Action.STOP;
                        }, 60, 1e-3));
                integrator.addEventDetector(new Events(state -> mode == HOLD ? Math.abs(current(state.getPrimaryState())) - endCurrent : 1,
                        (state, detector, increasing) -> {
                            ended = "end current";
                            return Action.STOP;
                        }, 60, 1e-3));
                integrator.addEventDetector(new Events(state -> {
                    double x = meanLithiation(state.getPrimaryState());
                    return mode == CURRENT ? (setCurrent > 0 ? x : 1 - x) : 1;
                }, (state, detector, increasing) -> {
                    ended = setCurrent > 0 ? "fully delithiated" : "fully lithiated";
                    return Action.STOP;
                }, 60, 1e-3));
                integrator.addStepHandler(new ODEStepHandler() {
                    @Override
                    public void handleStep(ODEStateInterpolator interpolator) {
                        double end = interpolator.getCurrentState().getTime();
                        while (nextSample < end) {
                            ODEStateAndDerivative state = interpolator.getInterpolatedState(nextSample);
                            record(state.getTime(), state.getPrimaryState());
                            nextSample += period;
                        }
                    }
                });
            }

            void record(double time, double[] y) {
                double current = current(y);
                double q = y[iCharge];
                double qc = acc[0] + Math.max(q, 0);
                double qd = acc[1] + Math.max(-q, 0);
                samples.add(new double[] { time, voltage(y, current), current, meanLithiation(y), cycle, qc, qd });
            }

            double run(Step step, double t0, double intended, double end, double[] y, List<double[]> samples, int cycle, double[] acc)
                    throws SolverException {
                this.samples = samples;
                this.cycle = cycle;
                this.acc = acc;
                ended = null;
                hasCutoff = false;
                switch (step.kind()) {
                case CHARGE, DISCHARGE -> {
                    mode = CURRENT;
                    double magnitude = amps(step.current());
                    setCurrent = step.kind() == Kind.CHARGE ? magnitude : -magnitude;
                    if (step.until() != null) {
                        if (!step.until().isVoltage()) {
                            throw new SolverException("protocol: " + step.position() + ": a " + step.kind().name().toLowerCase()
                                    + " step ends at a voltage or after a duration, not at a current ('" + step.text() + "')");
                        }
                        hasCutoff = true;
                        cutoff = step.until().voltage();
                    }
                }
                case HOLD -> {
                    mode = HOLD;
                    holdVoltage = step.voltage();
                    endCurrent = step.current() == null ? 0 : amps(step.current());
                }
                case REST -> {
                    mode = REST;
                    setCurrent = 0;
                    if (step.until() != null) {
                        hasCutoff = true;
                        cutoff = step.until().voltage();
                    }
                }
                }
                period = Double.isNaN(step.period()) ? s.period : step.period();
                record(t0, y);
                nextSample = t0 + period;
                if (hasCutoff) {
                    double v = voltage(y, current(y));
                    boolean beyond = mode == CURRENT ? (setCurrent > 0 ? v >= cutoff : v <= cutoff) : false;
                    if (beyond) {
                        notes.add("step '" + step.text() + "' (" + step.position() + ") starts beyond its cut-off (" + ModelLabels.formatNumber(v)
                                + " V): skipped");
                        return t0;
                    }
                }
                if (mode == HOLD && Math.abs(current(y)) <= endCurrent) {
                    notes.add("step '" + step.text() + "' (" + step.position() + ") starts below its end current: skipped");
                    return t0;
                }
                if (mode == CURRENT) {
                    double x = meanLithiation(y);
                    if (setCurrent > 0 ? x <= 0 : x >= 1) {
                        notes.add("step '" + step.text() + "' (" + step.position() + "): the cathode is already "
                                + (setCurrent > 0 ? "fully delithiated" : "fully lithiated") + ": skipped");
                        return t0;
                    }
                }
                ODEStateAndDerivative last;
                try {
                    last = integrator.integrate(Model.this, new ODEState(t0, y), end);
                } catch (RuntimeException e) {
                    throw new SolverException("step '" + step.text() + "' (" + step.position() + ") could not be integrated: " + e.getMessage(), e);
                }
                double[] yEnd = last.getPrimaryState();
                System.arraycopy(yEnd, 0, y, 0, dimension);
                double time = last.getTime();
                if (samples.isEmpty() || samples.get(samples.size() - 1)[0] < time) {
                    record(time, y);
                }
                double q = y[iCharge];
                double e = y[iEnergy];
                if (q > 0) {
                    acc[0] += q;
                    acc[2] += e;
                } else {
                    acc[1] += -q;
                    acc[3] += -e;
                }
                if (ended != null) {
                    if (!ended.equals("cut-off") && !ended.equals("end current")) {
                        notes.add("step '" + step.text() + "' (" + step.position() + ") ended " + ended + " at "
                                + ModelLabels.formatNumber(voltage(y, current(y))) + " V before its cut-off");
                    }
                } else if (end < intended) {
                    notes.add("stopped at the longest simulated time, " + ModelLabels.formatNumber(end / 3600) + " h, in step '" + step.text()
                            + "' (" + step.position() + ")");
                } else if (Double.isNaN(step.duration()) || step.duration() > s.stepTimeLimit) {
                    notes.add("step '" + step.text() + "' (" + step.position() + ") did not meet its end condition within "
                            + ModelLabels.formatNumber(s.stepTimeLimit / 3600) + " h (step_time_limit)");
                }
                return time;
            }

            double amps(Protocol.Current current) {
                return switch (current.unit()) {
                case AMPERE -> current.value();
                case AMPERE_PER_SQUARE_METRE -> current.value() * area;
                case C_RATE -> current.value() * oneC;
                };
            }
        }
    }
}
