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
import org.interphase.solver.Arrhenius;
import org.interphase.solver.SolverException;
import org.interphase.solver.eis.circuit.Circuits;
import org.interphase.solver.eis.circuit.Element;
import org.interphase.solver.eis.circuit.Node;
import org.interphase.solver.eis.circuit.Parallel;
import org.interphase.solver.eis.elements.ElementType;
import org.interphase.solver.eis.elements.Elements;

/**
 * Builds the equivalent circuit of a modelled cell, layer by layer along its stack (docs/physics.md 2.6, 2.7, 4.3):
 * <ul>
 * <li>each solid-electrolyte layer: bulk R_b = L/(sigma_b A) parallel to C_b = eps0 eps_r A/L, and, when the material
 * has a grain-boundary conductivity, grain size and boundary thickness, the brick-layer grain boundary R_gb = (L/A)
 * (delta/g)/sigma_gb parallel to C_gb = C_b g/delta;</li>
 * <li>each interlayer: R = d/(sigma A), sigma the wetted conductivity when the film is wetted (LayerByLayerFilm.wetted),
 * else the dry one, parallel to C = eps0 eps_r A/d;</li>
 * <li>each electrode interface: R_ct parallel to C_dl (areal values from {@link CellSettings}; a blocking electrode has
 * C_dl only, in series).</li>
 * </ul>
 * Conductivities and interface resistances hold at the reference temperature (room temperature) and follow the cell's
 * temperature by Arrhenius, sigma(T) = sigma_ref exp(-E_a/k_B (1/T - 1/T_ref)): the bulk with the material's bulk
 * activation energy, the grain boundaries with the one that makes bulk + grain boundaries show the material's total
 * activation energy, interlayers and charge transfer with the settings' (without one: temperature-independent, said in
 * the notes). Capacitances do not change with temperature.
 */
public final class CellCircuits {

    private CellCircuits() {
    }

    /** The cell's circuit; throws naming what the model lacks (area, thickness, conductivity, ...). */
    public static CellCircuit build(Cell cell, CellSettings settings) throws SolverException {
        String name = cell.getName();
        if (cell.getStack().size() > MAX_STACK) {
            throw new SolverException("cell '" + name + "': the stack has " + cell.getStack().size() + " entries; the cell-to-circuit model takes at most "
                    + MAX_STACK + " (one R || C per layer and interface; a real cell has a handful)");
        }
        List<Layer> stack = CellGeometry.layers(cell);
        if (stack.size() < 3 || !CellGeometry.isElectrode(stack.get(0)) || !CellGeometry.isElectrode(stack.get(stack.size() - 1))) {
            throw new SolverException("cell '" + name + "': the stack " + CellGeometry.describeStack(cell) + " must run from an electrode to an electrode");
        }
        double area = CellGeometry.activeAreaSquareMetres(cell);
        if (!(area > 0)) {
            throw new SolverException("cell '" + name + "': no active area (give the cell an area or its electrolyte layer a diameter or area)");
        }
        double cellTemperature = si(cell.getTemperature());
        double temperature = settings.temperature != null ? settings.temperature : cellTemperature > 0 ? cellTemperature : Arrhenius.ROOM_TEMPERATURE;
        double reference = settings.referenceTemperature;
        java.util.Set<String> notes = new java.util.LinkedHashSet<>();
        if (settings.temperature == null && !(cellTemperature > 0)) {
            notes.add("the cell has no temperature: " + Arrhenius.ROOM_TEMPERATURE + " K assumed");
        }
        double eaRct = settings.chargeTransferActivationEnergy != null && settings.chargeTransferActivationEnergy > 0
                ? settings.chargeTransferActivationEnergy : Double.NaN;
        double rctFactor = Arrhenius.resistanceFactor(eaRct, temperature, reference);
        double eaInterlayer = settings.interlayerActivationEnergy != null && settings.interlayerActivationEnergy > 0 ? settings.interlayerActivationEnergy
                : Double.NaN;
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
                double asr = (film ? settings.electrodeFilmAsr : settings.electrodeElectrolyteAsr) * rctFactor;
                double rct = asr / area;
                notes.add("charge-transfer resistances: " + (Double.isNaN(eaRct) ? "temperature-independent (no activation energy; set ea_rct)"
                        : Arrhenius.describe(eaRct, temperature, reference) + ", resistance scales inversely"));
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
                double eaBulk = positive(si(se.getBulkActivationEnergy()));
                double eaTotal = positive(si(se.getTotalActivationEnergy()));
                double epsR = permittivity(se, settings.electrolytePermittivity);
                String epsSource = se.getRelativePermittivity() != null ? "eps_r from the model" : "eps_r: setting eps_r_electrolyte";
                double sgb = si(se.getGrainBoundaryConductivity());
                double g = si(se.getGrainSize());
                double delta = si(se.getGrainBoundaryThickness());
                if (sgb > 0 && g > 0 && delta > 0) {
                    double eaGb = Arrhenius.grainBoundaryActivation(eaBulk, eaTotal, 1 / sb, (delta / g) / sgb);
                    if (Double.isNaN(eaBulk) && !Double.isNaN(eaTotal)) {
                        eaBulk = eaTotal;
                        eaGb = eaTotal;
                    }
                    notes.add("'" + se.getName() + "' bulk conductivity: " + Arrhenius.describe(eaBulk, temperature, reference));
                    notes.add("'" + se.getName() + "' grain-boundary conductivity: " + (Double.isNaN(eaGb) ? "temperature-independent (no total activation"
                            + " energy to derive one from)" : Arrhenius.describe(eaGb, temperature, reference) + " (derived so that bulk + grain"
                                    + " boundaries show the total " + Arrhenius.electronVolts(eaTotal) + ")"));
                    sb *= Arrhenius.conductivityFactor(eaBulk, temperature, reference);
                    sgb *= Arrhenius.conductivityFactor(eaGb, temperature, reference);
                    Conductivity.BrickLayer brick = Conductivity.brickLayer(d, area, sb, sgb, g, delta, epsR);
                    total += brick.bulkResistance() + brick.grainBoundaryResistance();
                    addRc(nodes, values, parts, counter, r, c, brick.bulkResistance(), brick.bulkCapacitance(), what + " bulk",
                            "R_b = L/(sigma_b A), C_b = eps0 eps_r A/L", "sigma_b, L, A from the model; " + epsSource);
                    addRc(nodes, values, parts, counter, r, c, brick.grainBoundaryResistance(), brick.grainBoundaryCapacitance(),
                            what + " grain boundaries", "brick layer: R_gb = (L/A)(delta/g)/sigma_gb, C_gb = C_b g/delta",
                            "sigma_gb, g, delta from the model; " + epsSource);
                } else {
                    double ea = Double.isNaN(eaBulk) ? eaTotal : eaBulk;
                    notes.add("'" + se.getName() + "' conductivity: " + Arrhenius.describe(ea, temperature, reference));
                    sb *= Arrhenius.conductivityFactor(ea, temperature, reference);
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
            notes.add("interlayer " + what + " ionic conductivity: " + (Double.isNaN(eaInterlayer) ? "temperature-independent (the model has no"
                    + " activation energy for it; set ea_interlayer)" : Arrhenius.describe(eaInterlayer, temperature, reference) + " (setting ea_interlayer)"));
            sigma *= Arrhenius.conductivityFactor(eaInterlayer, temperature, reference);
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
        notes.add(VALIDITY);
        return new CellCircuit(name, Circuits.series(nodes), v, List.copyOf(parts), area, electrolyteThickness, total, blocking, temperature,
                List.copyOf(notes));
    }

    private static void addRc(List<Node> nodes, List<Double> values, List<CellCircuit.Part> parts, int[] counter, ElementType r, ElementType c,
            double resistance, double capacitance, String what, String physics, String source) {
        int k = counter[0]++;
        nodes.add(new Parallel(List.of(new Element(r, Integer.toString(k)), new Element(c, Integer.toString(k)))));
        values.add(resistance);
        values.add(capacitance);
        parts.add(new CellCircuit.Part(what, physics, "R" + k, "C" + k, resistance, capacitance, 1 / (2 * Math.PI * resistance * capacitance), source));
    }

    /**
     * The longest stack turned into a circuit: every layer and interface adds an R || C, and circuits of thousands of
     * elements are beyond what a spectrum of a real cell resolves (and what the circuit compiler is made for).
     */
    public static final int MAX_STACK = 1000;

    /** What the cell-to-circuit model is valid for, stated with every circuit. */
    public static final String VALIDITY = "validity: ideal R || C per layer and interface (no CPE dispersion, no diffusion or MCI transmission"
            + " line); the brick-layer model for thin grain boundaries (delta << g); the two interface resistances are calibrated to the paper's"
            + " cells at 25 degC; temperatures where the Arrhenius form holds (no phase change)";

    private static double positive(double v) {
        return v > 0 ? v : Double.NaN;
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
