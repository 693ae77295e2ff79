/*
 * Copyright (c) 2026 the Interphase contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.interphase.solver.mci;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.interphase.model.SolidElectrolyte;
import org.interphase.model.validation.ModelLabels;
import org.interphase.solver.Arrhenius;
import org.interphase.solver.SolverException;
import org.interphase.solver.mci.CellStack.ElectrodeKind;
import org.interphase.solver.settings.SettingsBinder;
import org.interphase.solver.settings.SettingsException;

/**
 * The interphase at each electrode of a cell: the reaction the electrode's potential causes against the adjacent
 * solid electrolyte (from its stability window), the interphase class (from the interphase's conductivities), and
 * for a reduction by lithium the growth kinetics with the side's interlayers (docs/physics.md 1.1-1.2). Shared by the
 * solvers that grow an interphase.
 */
public final class Interphases {

    /**
     * One electrode side: its label, the stack side, the electrode potential (V vs Li/Li+, NaN when undefined), the
     * window (null for an ion-blocking electrode), the reaction and class with the reason in words, and the growth
     * kinetics (null when nothing grows).
     */
    public record SideModel(String label, CellStack.Side side, double potential, StabilityWindow window, StabilityWindow.Reaction reaction,
            InterphaseClass interphaseClass, String reason, GrowthKinetics kinetics) {
    }

    private Interphases() {
    }

    /**
     * The settings as key to "value unit" for a run's provenance; settings left to the model read "(from the model)"
     * (the solvers add what they took from the model under their own keys).
     */
    public static Map<String, String> settingValues(Object settings) {
        Map<String, String> values = new java.util.LinkedHashMap<>(SettingsBinder.values(settings));
        for (SettingsBinder.Descriptor d : SettingsBinder.describe(settings.getClass())) {
            if (SettingsBinder.get(settings, d) == null) {
                values.put(d.key(), "(from the model)");
            }
        }
        return values;
    }

    /** The overrides of the cell's values that the settings carry. */
    public static CellStack.Overrides overrides(InterphaseSettings s) {
        return new CellStack.Overrides(s.interlayerThickness, s.interlayerIonicConductivity, s.interlayerElectronicConductivity,
                s.pinholeFraction, s.electrolyteConductivity, s.temperature, s.referenceTemperature, s.interlayerActivationEnergy);
    }

    /** Validates the settings' ranges and reads the cell with their overrides. */
    public static CellStack stack(InterphaseSettings settings) throws SolverException {
        SettingsBinder.validate(settings);
        return CellStack.of(settings.requireCell(), overrides(settings));
    }

    /**
     * Both sides of the stack. Parameters taken from the model are written to {@code resolved} (key to "value unit
     * (where from)") for the run's provenance.
     */
    public static List<SideModel> sides(CellStack stack, InterphaseSettings s, Map<String, String> resolved) throws SolverException {
        String firstName = stack.first().electrode().name();
        String lastName = stack.last().electrode().name();
        boolean same = firstName != null && firstName.equals(lastName);
        double factor = interphaseFactor(s, stack);
        resolved.put("interphase temperature dependence", s.interphaseActivationEnergy == null || !(s.interphaseActivationEnergy > 0)
                ? "temperature-independent (no activation energy; set ea_mci)"
                : Arrhenius.describe(s.interphaseActivationEnergy, stack.temperature(), stack.referenceTemperature()) + " on sigma_i, sigma_e and 1/r_rxn");
        List<SideModel> sides = new ArrayList<>();
        sides.add(side(same ? firstName + ", first" : firstName, stack.first(), s, resolved, factor));
        sides.add(side(same ? lastName + ", last" : lastName, stack.last(), s, resolved, factor));
        return sides;
    }

    /** sigma(T)/sigma(T_ref) of the interphase's conductivities (1 without an activation energy). */
    public static double interphaseFactor(InterphaseSettings s, CellStack stack) {
        double ea = s.interphaseActivationEnergy != null && s.interphaseActivationEnergy > 0 ? s.interphaseActivationEnergy : Double.NaN;
        return Arrhenius.conductivityFactor(ea, stack.temperature(), stack.referenceTemperature());
    }

    private static SideModel side(String label, CellStack.Side side, InterphaseSettings s, Map<String, String> resolved, double factor)
            throws SolverException {
        CellStack.Electrode electrode = side.electrode();
        SolidElectrolyte material = side.electrolyte().material();
        if (electrode.kind() == ElectrodeKind.BLOCKING) {
            return new SideModel(label, side, Double.NaN, null, StabilityWindow.Reaction.NONE, InterphaseClass.STABLE,
                    "'" + electrode.name() + "' blocks lithium ions: no lithium source, no reaction at open circuit", null);
        }
        double potential = electrode.potential();
        if (Double.isNaN(potential)) {
            throw new SolverException("electrode '" + electrode.name() + "' has no open-circuit voltage in the model; its potential vs Li/Li+ is needed");
        }
        StabilityWindow window;
        try {
            window = StabilityWindow.of(material);
        } catch (SolverException e) {
            if (s.drivingVoltage == null) {
                throw e;
            }
            window = null;
        }
        StabilityWindow.Reaction reaction = window == null ? StabilityWindow.Reaction.REDUCTION : window.reactionAt(potential);
        String at = "'" + electrode.name() + "' at " + ModelLabels.formatNumber(potential) + " V vs Li/Li+";
        if (reaction == StabilityWindow.Reaction.NONE) {
            return new SideModel(label, side, potential, window, reaction, InterphaseClass.STABLE,
                    at + " lies inside the stability window of '" + material.getName() + "' (" + ModelLabels.formatNumber(window.reduction())
                            + "-" + ModelLabels.formatNumber(window.oxidation()) + " V)", null);
        }
        if (reaction == StabilityWindow.Reaction.OXIDATION) {
            return new SideModel(label, side, potential, window, reaction, InterphaseClass.OXIDATION,
                    at + " lies above the oxidation limit " + ModelLabels.formatNumber(window.oxidation()) + " V of '" + material.getName()
                            + "': it decomposes into " + String.join(", ", window.oxidationProducts()) + " (growth not modelled)", null);
        }
        // a lithiated insertion electrode below the reduction limit is a lithium source as well: it grows the same way
        GrowthKinetics kinetics = kinetics(side, potential, window, s, resolved, label, factor);
        InterphaseClass interphaseClass = InterphaseClass.ofReductionInterphase(s.interphaseElectronicConductivity, s.classificationThreshold);
        String reason = at + " lies below the reduction limit" + (window == null ? "" : " " + ModelLabels.formatNumber(window.reduction())
                + " V of '" + material.getName() + "'") + ": it is reduced"
                + (window == null || window.reductionProducts().isEmpty() ? "" : " (" + String.join(", ", window.reductionProducts()) + ")")
                + "; the interphase's electronic conductivity " + ModelLabels.formatNumber(s.interphaseElectronicConductivity) + " S/m "
                + (interphaseClass == InterphaseClass.MCI ? "makes it a mixed conductor that keeps growing"
                        : "makes it an electronic insulator that limits itself");
        return new SideModel(label, side, potential, window, reaction, interphaseClass, reason, kinetics);
    }

    private static GrowthKinetics kinetics(CellStack.Side side, double potential, StabilityWindow window, InterphaseSettings s,
            Map<String, String> resolved, String label, double factor) throws SolverException {
        SolidElectrolyte material = side.electrolyte().material();
        double drive;
        if (s.drivingVoltage != null) {
            drive = s.drivingVoltage;
            resolved.put("e_drive (" + label + ")", ModelLabels.formatNumber(drive) + " V (setting)");
        } else {
            drive = window.reduction() - potential;
            resolved.put("e_drive (" + label + ")", ModelLabels.formatNumber(drive) + " V (model: reduction limit of '" + material.getName()
                    + "' " + ModelLabels.formatNumber(window.reduction()) + " V minus electrode potential " + ModelLabels.formatNumber(potential) + " V)");
        }
        double omega;
        if (s.omega != null) {
            omega = s.omega;
            resolved.put("omega (" + label + ")", ModelLabels.formatNumber(omega) + " m3/mol (setting)");
        } else {
            double molarMass = CellStack.si(material.getMolarMass());
            double density = CellStack.si(material.getDensity());
            if (!(molarMass > 0) || !(density > 0)) {
                throw new SettingsException("omega: material '" + material.getName()
                        + "' needs a molar mass and a density in the model to derive Omega = M / (rho x_max); or set omega");
            }
            omega = molarMass / (density * s.lithiumPerFormulaUnit);
            resolved.put("omega (" + label + ")", ModelLabels.formatNumber(omega) + " m3/mol (model: " + ModelLabels.formatNumber(molarMass * 1e3)
                    + " g/mol / (" + ModelLabels.formatNumber(density / 1e3) + " g/cm3 x " + ModelLabels.formatNumber(s.lithiumPerFormulaUnit) + "))");
        }
        omega *= 1 + s.volumeExpansion;
        GrowthKinetics.Parameters p = new GrowthKinetics.Parameters(drive, omega, s.reactionResistance / factor, s.interphaseIonicConductivity * factor,
                s.interphaseElectronicConductivity * factor, s.initialThickness);
        for (CellStack.Interlayer il : side.interlayers()) {
            resolved.put("interlayer '" + il.name() + "' (" + label + ")", "d = " + ModelLabels.formatNumber(il.thickness()) + " m, sigma_i = "
                    + ModelLabels.formatNumber(il.ionicConductivity()) + " S/m, sigma_e = " + ModelLabels.formatNumber(il.electronicConductivity())
                    + " S/m, pinholes " + ModelLabels.formatNumber(il.pinholeFraction()) + " (" + il.basis() + ")");
        }
        return new GrowthKinetics(p, side.interlayerResistance(), side.uncoveredFraction());
    }
}
