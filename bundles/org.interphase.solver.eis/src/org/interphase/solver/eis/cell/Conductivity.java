/*
 * Copyright (c) 2026 the Interphase contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.interphase.solver.eis.cell;

import org.interphase.model.units.PhysicalConstants;

/** Conductivity, resistance and relaxation frequency of a slab (docs/physics.md 2.6); SI throughout. */
public final class Conductivity {

    private Conductivity() {
    }

    /** sigma = L/(R A), S/m, from thickness L (m), resistance R (Ohm) and area A (m^2). */
    public static double of(double thickness, double resistance, double area) {
        return thickness / (resistance * area);
    }

    /** R = L/(sigma A), Ohm. */
    public static double resistance(double conductivity, double thickness, double area) {
        return thickness / (conductivity * area);
    }

    /** C = eps0 eps_r A/L, F. */
    public static double capacitance(double relativePermittivity, double thickness, double area) {
        return PhysicalConstants.VACUUM_PERMITTIVITY * relativePermittivity * area / thickness;
    }

    /** f = sigma/(2 pi eps0 eps_r), Hz: the geometry-free relaxation frequency of a slab. */
    public static double relaxationFrequency(double conductivity, double relativePermittivity) {
        return conductivity / (2 * Math.PI * PhysicalConstants.VACUUM_PERMITTIVITY * relativePermittivity);
    }

    /**
     * The brick-layer model of a polycrystalline pellet (grains of size g, grain boundaries of thickness delta << g):
     * R_b = L/(sigma_b A), C_b = eps0 eps_r A/L, R_gb = (L/A)(delta/g)/sigma_gb, C_gb = C_b g/delta.
     */
    public static BrickLayer brickLayer(double thickness, double area, double bulkConductivity, double grainBoundaryConductivity,
            double grainSize, double grainBoundaryThickness, double relativePermittivity) {
        double rb = resistance(bulkConductivity, thickness, area);
        double cb = capacitance(relativePermittivity, thickness, area);
        double rgb = thickness / area * (grainBoundaryThickness / grainSize) / grainBoundaryConductivity;
        double cgb = cb * grainSize / grainBoundaryThickness;
        return new BrickLayer(thickness, area, rb, cb, rgb, cgb);
    }

    /** The bulk and grain-boundary elements of a brick-layer pellet. */
    public record BrickLayer(double thickness, double area, double bulkResistance, double bulkCapacitance, double grainBoundaryResistance,
            double grainBoundaryCapacitance) {

        /** f_b = 1/(2 pi R_b C_b), Hz. */
        public double bulkFrequency() {
            return 1 / (2 * Math.PI * bulkResistance * bulkCapacitance);
        }

        /** f_gb = 1/(2 pi R_gb C_gb), Hz. */
        public double grainBoundaryFrequency() {
            return 1 / (2 * Math.PI * grainBoundaryResistance * grainBoundaryCapacitance);
        }

        /** sigma_tot = L/((R_b + R_gb) A), S/m. */
        public double totalConductivity() {
            return Conductivity.of(thickness, bulkResistance + grainBoundaryResistance, area);
        }

        /** Specific grain-boundary conductivity back-calculated from the arcs: (L/(R_gb A)) (C_b/C_gb), S/m. */
        public double specificGrainBoundaryConductivity() {
            return Conductivity.of(thickness, grainBoundaryResistance, area) * bulkCapacitance / grainBoundaryCapacitance;
        }
    }
}
