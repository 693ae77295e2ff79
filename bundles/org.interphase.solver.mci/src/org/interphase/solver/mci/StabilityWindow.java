/*
 * Copyright (c) 2026 the Interphase contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.interphase.solver.mci;

import java.util.Arrays;
import java.util.List;

import org.interphase.model.Quantity;
import org.interphase.model.SolidElectrolyte;
import org.interphase.solver.SolverException;

/**
 * The thermodynamic electrochemical stability window of a solid electrolyte vs Li/Li+ (docs/physics.md 1.1, grand-potential
 * construction): below {@code reduction} (V) it is reduced, above {@code oxidation} (V) it is oxidised; the products of
 * each and the decomposition energy against lithium metal (J per atom; NaN when unknown). LATP: 2.17-4.21 V,
 * -1.56 eV/atom (Zhu, He, Mo, ACS Appl. Mater. Interfaces 7 (2015) 23685).
 */
public record StabilityWindow(String material, double reduction, double oxidation, List<String> reductionProducts,
        List<String> oxidationProducts, double decompositionEnergyAtLithium, String citation) {

    /** What decomposes the electrolyte at an electrode potential. */
    public enum Reaction {
        /** The potential lies inside the window. */
        NONE,
        /** Below the reduction limit: the electrolyte is reduced (lithiated). */
        REDUCTION,
        /** Above the oxidation limit: the electrolyte is oxidised (delithiated). */
        OXIDATION
    }

    /** The window of a material; throws naming the material when it has none or it is incomplete. */
    public static StabilityWindow of(SolidElectrolyte material) throws SolverException {
        org.interphase.model.StabilityWindow w = material.getStabilityWindow();
        if (w == null) {
            throw new SolverException("material '" + material.getName()
                    + "' has no stability window; give one (reduction and oxidation potential vs Li/Li+) in the model");
        }
        double red = CellStack.si(w.getReductionPotential());
        double ox = CellStack.si(w.getOxidationPotential());
        if (Double.isNaN(red) || Double.isNaN(ox)) {
            throw new SolverException("material '" + material.getName() + "': the stability window needs both a reduction and an oxidation potential");
        }
        if (!(red < ox)) {
            throw new SolverException("material '" + material.getName() + "': the reduction potential (" + red
                    + " V) must lie below the oxidation potential (" + ox + " V)");
        }
        return new StabilityWindow(material.getName(), red, ox, products(w.getReductionProducts()), products(w.getOxidationProducts()),
                CellStack.si(w.getDecompositionEnergyAtLithium()), citation(w.getReductionPotential()));
    }

    private static List<String> products(String text) {
        return text == null || text.isBlank() ? List.of() : Arrays.stream(text.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private static String citation(Quantity q) {
        return q == null || q.getCitation() == null ? "" : q.getCitation();
    }

    /** Width of the window in V. */
    public double width() {
        return oxidation - reduction;
    }

    /** The reaction at an electrode potential (V vs Li/Li+). */
    public Reaction reactionAt(double potential) {
        if (potential < reduction) {
            return Reaction.REDUCTION;
        }
        if (potential > oxidation) {
            return Reaction.OXIDATION;
        }
        return Reaction.NONE;
    }
}
