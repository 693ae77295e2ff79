/*
 * Copyright (c) 2026 the Interphase contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.interphase.solver.mci;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.hipparchus.ode.ODEState;
import org.hipparchus.ode.OrdinaryDifferentialEquation;
import org.hipparchus.ode.nonstiff.DormandPrince853Integrator;
import org.hipparchus.ode.sampling.ODEStateInterpolator;
import org.hipparchus.ode.sampling.ODEStepHandler;
import org.interphase.model.units.PhysicalConstants;

/**
 * Growth of a reduction interphase at one electrode (docs/physics.md 1.2, Wagner / Deal-Grove form). Neutral lithium
 * crosses everything between the lithium electrode and the reaction front, a short-circuited galvanic cell of EMF
 * E_drive:
 *
 * <pre>
 * i_chem(L) = E_drive / (r_rxn + R_IL + L/sigma_i + L/sigma_e)      R_IL = sum of d/sigma_i + d/sigma_e of the interlayers  (1.1)
 * dL/dt     = Omega i_chem(L) / F                                                                                        (1.2)
 * L(t)      = -r0 s + sqrt((r0 s + L0)^2 + 2 s Omega E_drive t / F),  r0 = r_rxn + R_IL, s = sigma_i sigma_e/(sigma_i+sigma_e) (1.3)
 * </pre>
 *
 * With a pinhole fraction theta of the interlayer the rate is the area average theta rate_bare(L) + (1 - theta)
 * rate_covered(L) of one front L (docs/physics.md 1.2): no closed form, so the ODE is integrated (Hipparchus
 * Dormand-Prince 8(5,3), tolerances 1e-11 relative). Everything in SI.
 */
public final class GrowthKinetics {

    /** How L(t) is computed. */
    public enum Method {
        /** Eq. 1.3 where valid (no pinholes, or no cover), the ODE otherwise. */
        AUTO,
        /** Eq. 1.3; refused where it is not valid. */
        CLOSED_FORM,
        /** The ODE (eq. 1.2), always. */
        ODE
    }

    /**
     * The growth parameters: driving voltage (V), volume of electrolyte converted per mole of lithium Omega (m3/mol),
     * interfacial reaction resistance r_rxn (Ohm m2), ionic and electronic conductivity of the interphase (S/m),
     * initial thickness L0 (m).
     */
    public record Parameters(double drivingVoltage, double omega, double reactionResistance, double ionicConductivity,
            double electronicConductivity, double initialThickness) {

        /** sigma_i sigma_e / (sigma_i + sigma_e) in S/m (0 when either is 0). */
        public double ambipolarConductivity() {
            double sum = ionicConductivity + electronicConductivity;
            return sum == 0 ? 0 : ionicConductivity * electronicConductivity / sum;
        }

        /** Wagner's parabolic rate constant k_p = Omega sigma_amb E_drive / F in m2/s (L^2 = L0^2 + 2 k_p t). */
        public double parabolicRateConstant() {
            return omega * ambipolarConductivity() * drivingVoltage / PhysicalConstants.FARADAY;
        }

        /** The reaction-limited (linear) growth rate Omega E_drive / (F r) in m/s for a series resistance r (Ohm m2). */
        public double linearRate(double resistance) {
            return omega * drivingVoltage / (PhysicalConstants.FARADAY * resistance);
        }
    }

    private final Parameters p;
    private final double interlayerResistance;
    private final double uncovered;
    private final double s;

    /**
     * @param parameters           the interphase's parameters
     * @param interlayerResistance sum of d/sigma_i + d/sigma_e of the interlayers on this side (Ohm m2; 0 when bare)
     * @param uncoveredFraction    the area fraction the interlayer does not cover (1 when bare)
     */
    public GrowthKinetics(Parameters parameters, double interlayerResistance, double uncoveredFraction) {
        this.p = parameters;
        this.interlayerResistance = interlayerResistance;
        this.uncovered = interlayerResistance == 0 ? 1 : uncoveredFraction;
        this.s = parameters.ambipolarConductivity();
    }

    public Parameters parameters() {
        return p;
    }

    /** The fraction of the face without cover. */
    public double uncoveredFraction() {
        return uncovered;
    }

    /** The interlayer terms of eq. 1.1 (Ohm m2). */
    public double interlayerResistance() {
        return interlayerResistance;
    }

    /** Growth rate dL/dt (m/s) at thickness L through a series resistance r0 (Ohm m2): eq. 1.1-1.2. */
    public double rate(double thickness, double r0) {
        if (p.drivingVoltage() <= 0 || s == 0) {
            return 0; // no driving force, or an electronic (or ionic) insulator: no neutral lithium reaches the front
        }
        double r = r0 + thickness / p.ionicConductivity() + thickness / p.electronicConductivity();
        return r <= 0 ? Double.POSITIVE_INFINITY : p.omega() * p.drivingVoltage() / (PhysicalConstants.FARADAY * r);
    }

    /** Area-averaged growth rate dL/dt (m/s) at thickness L, pinholes included. */
    public double rate(double thickness) {
        double bare = uncovered > 0 ? rate(thickness, p.reactionResistance()) : 0;
        double covered = uncovered < 1 ? rate(thickness, p.reactionResistance() + interlayerResistance) : 0;
        return uncovered * bare + (1 - uncovered) * covered;
    }

    /** True when eq. 1.3 is exact: a single channel (no interlayer, or no pinholes). */
    public boolean closedFormValid() {
        return uncovered == 0 || uncovered == 1;
    }

    /**
     * The protection factor: initial growth rate of the bare interface over that of this one. Without pinholes it is
     * (r_rxn + R_IL)/r_rxn when L0 is negligible (docs/physics.md 1.2): controlled by the interlayer's electronic
     * resistance d/sigma_e; with pinholes it tends to 1/theta.
     */
    public double protectionFactor() {
        double bare = rate(p.initialThickness(), p.reactionResistance());
        double protectedRate = rate(p.initialThickness());
        if (bare == 0) {
            return 1;
        }
        return protectedRate == 0 ? Double.POSITIVE_INFINITY : bare / protectedRate;
    }

    /** The thickness (m) where transport through the interphase starts to dominate: r0 sigma_amb (linear below, parabolic above). */
    public double crossoverThickness() {
        return (p.reactionResistance() + (uncovered == 1 ? 0 : interlayerResistance)) * s;
    }

    /** Eq. 1.3 at time t (s); only where {@link #closedFormValid()}. */
    public double closedForm(double t) {
        if (!closedFormValid()) {
            throw new IllegalStateException("eq. 1.3 is not valid with a partial cover (pinhole fraction " + uncovered + ")");
        }
        double l0 = p.initialThickness();
        if (p.drivingVoltage() <= 0 || s == 0) {
            return l0;
        }
        double r0 = p.reactionResistance() + (uncovered == 1 ? 0 : interlayerResistance);
        double a = r0 * s;
        double b = 2 * s * p.omega() * p.drivingVoltage() * t / PhysicalConstants.FARADAY;
        // written to avoid cancellation when b is small against (a + L0)^2: L - L0 = b / (sqrt((a+L0)^2 + b) + a + L0)
        double c = a + l0;
        return l0 + b / (Math.sqrt(c * c + b) + c);
    }

    /** L at the given times (s, increasing from >= 0), by the requested method. */
    public double[] thickness(double[] times, Method method, IProgressMonitor monitor) {
        boolean closed = switch (method) {
        case AUTO -> closedFormValid();
        case CLOSED_FORM -> {
            if (!closedFormValid()) {
                throw new IllegalArgumentException("the closed form (eq. 1.3) is not valid with a pinhole fraction of " + uncovered
                        + "; use the ODE");
            }
            yield true;
        }
        case ODE -> false;
        };
        if (closed) {
            double[] l = new double[times.length];
            for (int i = 0; i < times.length; i++) {
                l[i] = closedForm(times[i]);
            }
            return l;
        }
        return integrate(times, monitor);
    }

    /** Integrates eq. 1.2 with Hipparchus' Dormand-Prince 8(5,3) and samples L at the given times (s, increasing from >= 0). */
    public double[] integrate(double[] times, IProgressMonitor monitor) {
        double[] l = new double[times.length];
        if (times.length == 0) {
            return l;
        }
        double end = times[times.length - 1];
        double l0 = p.initialThickness();
        int k = 0;
        while (k < times.length && times[k] <= 0) {
            l[k++] = l0;
        }
        if (k == times.length || rate(l0) == 0) {
            java.util.Arrays.fill(l, k, l.length, l0);
            return l;
        }
        OrdinaryDifferentialEquation ode = new OrdinaryDifferentialEquation() {
            @Override
            public int getDimension() {
                return 1;
            }

            @Override
            public double[] computeDerivatives(double t, double[] y) {
                return new double[] { rate(Math.max(y[0], 0)) };
            }
        };
        // relative tolerance 1e-11; the absolute one (1e-12 of L0) only matters while L is near L0
        double absolute = 1e-12 * Math.max(l0, 1e-12);
        DormandPrince853Integrator integrator = new DormandPrince853Integrator(1e-9, end, new double[] { absolute }, new double[] { 1e-11 });
        int[] next = { k };
        integrator.addStepHandler(new ODEStepHandler() {
            @Override
            public void handleStep(ODEStateInterpolator interpolator) {
                if (monitor != null && monitor.isCanceled()) {
                    throw new OperationCanceledException();
                }
                double t1 = interpolator.getCurrentState().getTime();
                while (next[0] < times.length && times[next[0]] <= t1) {
                    l[next[0]] = interpolator.getInterpolatedState(times[next[0]]).getPrimaryState()[0];
                    next[0]++;
                }
            }
        });
        integrator.integrate(ode, new ODEState(0, new double[] { l0 }), end);
        for (int i = next[0]; i < times.length; i++) {
            l[i] = l[Math.max(next[0] - 1, 0)];
        }
        return l;
    }
}
