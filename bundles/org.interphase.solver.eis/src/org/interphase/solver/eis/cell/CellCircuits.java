/*
 * Copyright (c) 2026 the Interphase contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.interphase.solver.eis.cell;

import java.util.ArrayList;
import java.util.List;

import org.interphase.model.Cell;
import org.interphase.model.ElectrodeLayer;
import org.interphase.model.Layer;
import org.interphase.model.LayerByLayerFilm;
import org.interphase.model.Material;
import org.interphase.model.MaterialLayer;
import org.interphase.model.Polymer;
import org.interphase.model.Quantity;
import org.interphase.model.SolidElectrolyte;
import org.interphase.model.geometry.CellGeometry;
import org.interphase.model.geometry.LayerGeometry;
import org.interphase.solver.SolverException;
import org.interphase.solver.eis.circuit.Circuits;
import org.interphase.solver.eis.circuit.Element;
import org.interphase.solver.eis.circuit.Node;
import org.interphase.solver.eis.circuit.Parallel;
import org.interphase.solver.eis.elements.ElementType;
import org.interphase.solver.eis.elements.Elements;

/**
 * Builds the equivalent circuit of a modelled cell, layer by layer along its stack (PHYSICS.md 2.6, 2.7, 4.3):
 * <ul>
 * <li>each solid-electrolyte layer: bulk R_b = L/(sigma_b A) parallel to C_b = eps0 eps_r A/L, and, when the material
 * has a grain-boundary conductivity, grain size and boundary thickness, the brick-layer grain boundary R_gb = (L/A)
 * (delta/g)/sigma_gb parallel to C_gb = C_b g/delta;</li>
 * <li>each interlayer: R = d/(sigma A), sigma the wetted conductivity when the film is wetted (LayerByLayerFilm.wetted),
 * else the dry one, parallel to C = eps0 eps_r A/d;</li>
 * <li>each electrode interface: R_ct parallel to C_dl (areal values from {@link CellSettings}; a blocking electrode has
 * C_dl only, in series).</li>
 * </ul>
 */
public final class CellCircuits {

    private CellCircuits() {
    }

    /** The cell's circuit; throws naming what the model lacks (area, thickness, conductivity, ...). */
    public static CellCircuit build(Cell cell, CellSettings settings) throws SolverException {
        String name = cell.getName();
        List<Layer> stack = CellGeometry.layers(cell);
        if (stack.size() < 3 || !CellGeometry.isElectrode(stack.get(0)) || !CellGeometry.isElectrode(stack.get(stack.size() - 1))) {
            throw new SolverException("cell '" + name + "': the stack " + CellGeometry.describeStack(cell) + " must run from an electrode to an electrode");
        }
        double area = CellGeometry.activeAreaSquareMetres(cell);
        if (!(area > 0)) {
            throw new SolverException("cell '" + name + "': no active area (give the cell an area or its electrolyte layer a diameter or area)");
        }
        List<Node> nodes = new ArrayList<>();
        List<Double> values = new ArrayList<>();
        List<CellCircuit.Part> parts = new ArrayList<>();
        int[] counter = { 0 };
        double total = 0;
        double electrolyteThickness = 0;
        boolean blocking = false;
        ElementType r = Elements.bySymbol("R").orElseThrow();
        ElementType c = Elements.bySymbol("C").orElseThrow();
        for (int i = 0; i < stack.size(); i++) {
            Layer layer = stack.get(i);
            String what = "'" + layer.getName() + "'";
            if (CellGeometry.isElectrode(layer)) {
                Layer neighbour = i == 0 ? stack.get(1) : stack.get(i - 1);
                boolean film = !CellGeometry.isElectrolyte(neighbour) && !CellGeometry.isElectrode(neighbour);
                double cdl = settings.doubleLayerCapacitance * area;
                String iface = "interface " + layer.getName() + " | " + neighbour.getName();
                if (layer instanceof ElectrodeLayer electrode && electrode.isBlocking()) {
                    blocking = true;
                    int k = counter[0]++;
                    nodes.add(new Element(c, Integer.toString(k)));
                    values.add(cdl);
                    parts.add(new CellCircuit.Part(iface, "blocking electrode: double-layer capacitance only", null, "C" + k, 0, cdl, Double.NaN,
                            "C_dl: setting cdl"));
                    continue;
                }
                double asr = film ? settings.electrodeFilmAsr : settings.electrodeElectrolyteAsr;
                double rct = asr / area;
                total += rct;
                addRc(nodes, values, parts, counter, r, c, rct, cdl, iface, "charge transfer R_ct parallel to the double layer C_dl",
                        "R_ct: setting " + (film ? "rct_electrode_film" : "rct_electrode_electrolyte") + " (calibrated); C_dl: setting cdl");
                continue;
            }
            double d = LayerGeometry.thicknessMetres(layer);
            if (!(d > 0)) {
                throw new SolverException("cell '" + name + "': layer " + what + " has no thickness");
            }
            if (CellGeometry.isElectrolyte(layer)) {
                SolidElectrolyte se = (SolidElectrolyte) ((MaterialLayer) layer).getMaterial();
                electrolyteThickness += d;
                double sb = si(se.getBulkConductivity());
                if (!(sb > 0)) {
                    throw new SolverException("cell '" + name + "': the electrolyte '" + se.getName() + "' of layer " + what + " has no bulk conductivity");
                }
                double epsR = permittivity(se, settings.electrolytePermittivity);
                String epsSource = se.getRelativePermittivity() != null ? "eps_r from the model" : "eps_r: setting eps_r_electrolyte";
                double sgb = si(se.getGrainBoundaryConductivity());
                double g = si(se.getGrainSize());
                double delta = si(se.getGrainBoundaryThickness());
                if (sgb > 0 && g > 0 && delta > 0) {
                    Conductivity.BrickLayer brick = Conductivity.brickLayer(d, area, sb, sgb, g, delta, epsR);
                    total += brick.bulkResistance() + brick.grainBoundaryResistance();
                    addRc(nodes, values, parts, counter, r, c, brick.bulkResistance(), brick.bulkCapacitance(), what + " bulk",
                            "R_b = L/(sigma_b A), C_b = eps0 eps_r A/L", "sigma_b, L, A from the model; " + epsSource);
                    addRc(nodes, values, parts, counter, r, c, brick.grainBoundaryResistance(), brick.grainBoundaryCapacitance(),
                            what + " grain boundaries", "brick layer: R_gb = (L/A)(delta/g)/sigma_gb, C_gb = C_b g/delta",
                            "sigma_gb, g, delta from the model; " + epsSource);
                } else {
                    double rb = Conductivity.resistance(sb, d, area);
                    total += rb;
                    addRc(nodes, values, parts, counter, r, c, rb, Conductivity.capacitance(epsR, d, area), what + " bulk",
                            "R_b = L/(sigma_b A), C_b = eps0 eps_r A/L (no grain-boundary data in the model)", "sigma_b, L, A from the model; " + epsSource);
                }
                continue;
            }
            // an interlayer
            Material material = layer instanceof LayerByLayerFilm film ? film.getFilmMaterial()
                    : layer instanceof MaterialLayer ml ? ml.getMaterial() : null;
            boolean wetted = layer instanceof LayerByLayerFilm film && film.isWetted();
            double sigma = Double.NaN;
            String state;
            if (material instanceof Polymer polymer) {
                sigma = si(wetted ? polymer.getIonicConductivityWetted() : polymer.getIonicConductivityDry());
                state = wetted ? "wetted" : "dry";
            } else if (material instanceof SolidElectrolyte se) {
                sigma = si(se.getBulkConductivity());
                state = "solid electrolyte";
            } else {
                state = "?";
            }
            if (!(sigma > 0)) {
                throw new SolverException("cell '" + name + "': interlayer " + what + " has no " + (state.equals("?") ? "" : state + " ")
                        + "ionic conductivity in the model" + (material == null ? " (no material)" : " (material '" + material.getName() + "')"));
            }
            double epsR = material != null && material.getRelativePermittivity() != null ? si(material.getRelativePermittivity()) : settings.interlayerPermittivity;
            double ril = Conductivity.resistance(sigma, d, area);
            total += ril;
            addRc(nodes, values, parts, counter, r, c, ril, Conductivity.capacitance(epsR, d, area), what + " interlayer (" + state + ")",
                    "R = d/(sigma A), C = eps0 eps_r A/d", "d, sigma (" + state + ") from the model; "
                            + (material != null && material.getRelativePermittivity() != null ? "eps_r from the model" : "eps_r: setting eps_r_interlayer"));
        }
        if (electrolyteThickness == 0) {
            throw new SolverException("cell '" + name + "' has no solid-electrolyte layer");
        }
        double[] v = values.stream().mapToDouble(Double::doubleValue).toArray();
        return new CellCircuit(name, Circuits.series(nodes), v, List.copyOf(parts), area, electrolyteThickness, total, blocking);
    }

    private static void addRc(List<Node> nodes, List<Double> values, List<CellCircuit.Part> parts, int[] counter, ElementType r, ElementType c,
            double resistance, double capacitance, String what, String physics, String source) {
        int k = counter[0]++;
        nodes.add(new Parallel(List.of(new Element(r, Integer.toString(k)), new Element(c, Integer.toString(k)))));
        values.add(resistance);
        values.add(capacitance);
        parts.add(new CellCircuit.Part(what, physics, "R" + k, "C" + k, resistance, capacitance, 1 / (2 * Math.PI * resistance * capacitance), source));
    }

    private static double permittivity(Material material, double fallback) {
        double v = si(material.getRelativePermittivity());
        return v > 0 ? v : fallback;
    }

    private static double si(Quantity q) {
        if (q == null) {
            return Double.NaN;
        }
        try {
            return q.si();
        } catch (IllegalStateException e) {
            return Double.NaN;
        }
    }
}
