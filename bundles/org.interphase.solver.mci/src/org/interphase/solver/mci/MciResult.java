/*
 * Copyright (c) 2026 the Interphase contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.interphase.solver.mci;

import java.util.ArrayList;
import java.util.List;

import org.interphase.solver.Provenance;
import org.interphase.solver.SolverResult;

/**
 * Interphase growth at both electrodes of a cell: per side the electrode, the reaction its potential causes, the
 * interphase class, and where an interphase grows its thickness L(t) (m), its ionic ASR L/sigma_i (Ohm m2) and the
 * interlayer's protection factor. The side that grows most is the {@link #reported()} one (its values are the
 * result's headline numbers).
 */
public final class MciResult implements SolverResult {

    /**
     * One electrode side. {@code window} is null when the side has no reaction to judge (ion-blocking electrode);
     * {@code kinetics}, {@code thickness} and {@code asr} are null when nothing grows. {@code reason} says why in
     * words. {@code label} tells the sides apart ("Li, first" when both electrodes have the same name).
     */
    public record Side(String label, String electrode, CellStack.ElectrodeKind kind, double electrodePotential, StabilityWindow window,
            StabilityWindow.Reaction reaction, InterphaseClass interphaseClass, String reason, GrowthKinetics kinetics,
            double[] thickness, double[] asr, String method) {

        /** True when an interphase grows on this side. */
        public boolean grows() {
            return thickness != null;
        }

        /** Protection factor of the side's interlayers (1 when bare or nothing grows). */
        public double protectionFactor() {
            return kinetics == null ? 1 : kinetics.protectionFactor();
        }

        /** Thickness at the end (m), 0 when nothing grows. */
        public double finalThickness() {
            return thickness == null ? 0 : thickness[thickness.length - 1];
        }
    }

    private final double[] times;
    private final List<Side> sides;
    private final Provenance provenance;

    private final List<String> notes;
    private final double consumedAt;

    public MciResult(double[] times, List<Side> sides, Provenance provenance) {
        this(times, sides, provenance, List.of(), Double.NaN);
    }

    /**
     * @param notes      what the result does not show by its numbers (temperature dependence, validity, consumption)
     * @param consumedAt time (s) at which the interphases consumed the electrolyte and stopped, NaN when they did not
     */
    public MciResult(double[] times, List<Side> sides, Provenance provenance, List<String> notes, double consumedAt) {
        this.times = times;
        this.sides = List.copyOf(sides);
        this.provenance = provenance;
        this.notes = List.copyOf(notes);
        this.consumedAt = consumedAt;
    }

    /** Times in s. */
    /** Notes on the result: temperature dependence, validity range, and consumption of the electrolyte. */
    public List<String> notes() {
        return notes;
    }

    /** Time (s) at which the interphases consumed the electrolyte and stopped growing; NaN when they did not. */
    public double consumedAt() {
        return consumedAt;
    }

    public double[] times() {
        return times;
    }

    /** Both sides, first electrode of the stack first. */
    public List<Side> sides() {
        return sides;
    }

    /** The side whose interphase is thickest at the end (the first side when none grows). */
    public Side reported() {
        Side best = sides.get(0);
        for (Side side : sides) {
            if (side.finalThickness() > best.finalThickness()) {
                best = side;
            }
        }
        return best;
    }

    /** Thickness of the reported side (m) at each time; zeros when nothing grows. */
    public double[] thickness() {
        Side side = reported();
        return side.thickness == null ? new double[times.length] : side.thickness;
    }

    /** Ionic ASR of the reported side's interphase (Ohm m2) at each time. */
    public double[] asr() {
        Side side = reported();
        return side.asr == null ? new double[times.length] : side.asr;
    }

    /** Protection factor of the reported side. */
    public double protectionFactor() {
        return reported().protectionFactor();
    }

    /** Class of the reported side's interphase. */
    public InterphaseClass interphaseClass() {
        return reported().interphaseClass();
    }

    @Override
    public Provenance provenance() {
        return provenance;
    }

    @Override
    public List<Scalar> scalars() {
        List<Scalar> scalars = new ArrayList<>();
        Side r = reported();
        scalars.add(new Scalar("protection factor (" + r.label() + ")", r.protectionFactor(), ""));
        for (Side side : sides) {
            String who = " (" + side.label() + ")";
            scalars.add(new Scalar("interphase thickness at end" + who, side.finalThickness(), "m"));
            if (side.grows()) {
                scalars.add(new Scalar("interphase ASR at end" + who, side.asr()[side.asr().length - 1], "Ohm m2"));
                GrowthKinetics.Parameters p = side.kinetics().parameters();
                scalars.add(new Scalar("driving voltage" + who, p.drivingVoltage(), "V"));
                scalars.add(new Scalar("parabolic rate constant k_p" + who, p.parabolicRateConstant(), "m2/s"));
                scalars.add(new Scalar("initial growth rate" + who, side.kinetics().rate(p.initialThickness()), "m/s"));
                scalars.add(new Scalar("linear/parabolic crossover thickness" + who, side.kinetics().crossoverThickness(), "m"));
            }
        }
        return scalars;
    }

    @Override
    public List<Series> series() {
        List<Series> series = new ArrayList<>();
        series.add(new Series("t", "s", times));
        for (Side side : sides) {
            if (side.grows()) {
                series.add(new Series("L (" + side.label() + ")", "m", side.thickness()));
                series.add(new Series("ASR (" + side.label() + ")", "Ohm m2", side.asr()));
            }
        }
        return series;
    }
}
