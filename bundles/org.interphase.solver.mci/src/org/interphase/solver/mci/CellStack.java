/*
 * Copyright (c) 2026 the Interphase contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.interphase.solver.mci;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

import org.interphase.model.Cell;
import org.interphase.model.Composite;
import org.interphase.model.CompositeComponent;
import org.interphase.model.ElectrodeLayer;
import org.interphase.model.ElectrodeMaterial;
import org.interphase.model.Layer;
import org.interphase.model.LayerByLayerFilm;
import org.interphase.model.Material;
import org.interphase.model.MaterialLayer;
import org.interphase.model.Metal;
import org.interphase.model.Polymer;
import org.interphase.model.Quantity;
import org.interphase.model.SolidElectrolyte;
import org.interphase.model.geometry.CellGeometry;
import org.interphase.model.geometry.LayerGeometry;
import org.interphase.model.units.PhysicalConstants;
import org.interphase.solver.Arrhenius;
import org.interphase.solver.SolverException;

/**
 * What the interphase and cycling solvers read from a cell, in SI: its two electrodes (lithium metal, insertion
 * electrode or ion-blocking), the interlayers on each side between electrode and solid electrolyte (thickness from
 * the layer or the film's growth law, ionic conductivity wetted or dry, electronic conductivity, pinhole fraction),
 * the solid-electrolyte layers (thickness, conductivity of bulk and grain boundaries in series), active area,
 * temperature and liquid wetting. Everything missing or nonphysical is refused with a {@link SolverException} that
 * names the cell, the layer or the material and what is wrong.
 */
public final class CellStack {

    /** Room temperature, used when the cell gives none. */
    public static final double DEFAULT_TEMPERATURE = 298.15;

    /** What kind of electrode a stack ends with. */
    public enum ElectrodeKind {
        /** Lithium metal: a lithium source at 0 V vs Li/Li+. */
        LITHIUM_METAL,
        /** An insertion electrode (e.g. an LiFePO4 composite) with an open-circuit voltage. */
        INSERTION,
        /** An ion-blocking electrode (stainless steel): no lithium source, potential set by the instrument. */
        BLOCKING
    }

    /**
     * An electrode. {@code exchangeCurrentDensity} (A/m2) is that of the electrode's material when the model gives
     * one, else NaN; {@code activeMass} (kg) that of the layer, else NaN; {@code ocv} is set for insertion electrodes
     * with an OCV in the model.
     */
    public record Electrode(String name, ElectrodeKind kind, Layer layer, Material material, ElectrodeMaterial activeMaterial,
            double exchangeCurrentDensity, double activeMass, OpenCircuitVoltage ocv) {

        /** Potential vs Li/Li+ in V at open circuit: 0 for lithium, U(x = 0.5) for an insertion electrode, else NaN. */
        public double potential() {
            return switch (kind) {
            case LITHIUM_METAL -> 0;
            case INSERTION -> ocv == null ? Double.NaN : ocv.potential(0.5);
            case BLOCKING -> Double.NaN;
            };
        }
    }

    /**
     * An interlayer between an electrode and the solid electrolyte: thickness (m), ionic and electronic conductivity
     * (S/m), uncovered (pinhole) fraction, and where the values come from (e.g. "wetted film, model").
     */
    public record Interlayer(String name, Layer layer, double thickness, double ionicConductivity, double electronicConductivity,
            double pinholeFraction, boolean wetted, String basis, double ionicActivationEnergy, double referenceTemperature,
            double temperature) {

        /** Ionic conductivity (S/m) at another temperature T (K): Arrhenius from the reference temperature (constant without E_a). */
        public double ionicConductivityAt(double t) {
            return ionicConductivity * Arrhenius.conductivityFactor(ionicActivationEnergy, t, referenceTemperature)
                    / Arrhenius.conductivityFactor(ionicActivationEnergy, temperature, referenceTemperature);
        }

        /** Ionic area-specific resistance d/sigma_i in Ohm m2. */
        public double ionicAsr() {
            return thickness / ionicConductivity;
        }

        /** Electronic area-specific resistance d/sigma_e in Ohm m2 (infinite for an electronic insulator). */
        public double electronicAsr() {
            return electronicConductivity == 0 ? Double.POSITIVE_INFINITY : thickness / electronicConductivity;
        }
    }

    /**
     * A solid-electrolyte layer: thickness (m) and the conductivity used for its resistance (S/m), with the basis
     * ("bulk and grain boundaries in series (brick layer)", "bulk", "setting").
     */
    public record Electrolyte(String name, MaterialLayer layer, SolidElectrolyte material, double thickness, double conductivity,
            String basis, double bulkReference, double grainBoundaryResistivityReference, double bulkActivationEnergy,
            double grainBoundaryActivationEnergy, double referenceTemperature) {

        /**
         * The conductivity (S/m) at temperature T (K): bulk and grain-boundary terms each scaled by their Arrhenius factor
         * from the reference temperature; a conductivity set by a setting is not scaled (bulkReference NaN).
         */
        public double conductivityAt(double t) {
            if (Double.isNaN(bulkReference)) {
                return conductivity;
            }
            double resistivity = 1 / (bulkReference * Arrhenius.conductivityFactor(bulkActivationEnergy, t, referenceTemperature));
            if (grainBoundaryResistivityReference > 0) {
                resistivity += grainBoundaryResistivityReference / Arrhenius.conductivityFactor(grainBoundaryActivationEnergy, t, referenceTemperature);
            }
            return 1 / resistivity;
        }

        /** Area-specific resistance L/sigma in Ohm m2. */
        public double asr() {
            return thickness / conductivity;
        }
    }

    /** One side of the stack: the electrode, its interlayers from the electrode toward the electrolyte, and that electrolyte. */
    public record Side(Electrode electrode, List<Interlayer> interlayers, Electrolyte electrolyte) {

        /** Sum of d/sigma_i + d/sigma_e of the interlayers (Ohm m2): the interlayer terms of docs/physics.md eq. 1.1. */
        public double interlayerResistance() {
            double r = 0;
            for (Interlayer il : interlayers) {
                r += il.ionicAsr() + il.electronicAsr();
            }
            return r;
        }

        /** Ionic ASR of the interlayers (Ohm m2). */
        public double interlayerIonicAsr() {
            return interlayers.stream().mapToDouble(Interlayer::ionicAsr).sum();
        }

        /** Electronic ASR of the interlayers (Ohm m2). */
        public double interlayerElectronicAsr() {
            return interlayers.stream().mapToDouble(Interlayer::electronicAsr).sum();
        }

        /**
         * The fraction of the electrolyte's face that no interlayer covers: 1 without interlayers, the product of
         * the pinhole fractions otherwise (pinholes of stacked films taken as independent).
         */
        public double uncoveredFraction() {
            double f = 1;
            for (Interlayer il : interlayers) {
                f *= il.pinholeFraction();
            }
            return f;
        }

        /** True when an interlayer of this side is wetted by liquid electrolyte. */
        public boolean wetted() {
            return interlayers.stream().anyMatch(Interlayer::wetted);
        }
    }

    /**
     * Values that replace the model's for every interlayer (null: keep the model's): thickness (m), ionic and
     * electronic conductivity (S/m), pinhole fraction; and the solid electrolyte's conductivity (S/m).
     */
    public record Overrides(Double interlayerThickness, Double interlayerIonicConductivity, Double interlayerElectronicConductivity,
            Double pinholeFraction, Double electrolyteConductivity, Double temperature, Double referenceTemperature,
            Double interlayerActivationEnergy) {

        public static final Overrides NONE = new Overrides(null, null, null, null, null, null, null, null);
    }

    private final Cell cell;
    private final Side first;
    private final Side last;
    private final List<Electrolyte> electrolytes;
    private final List<Interlayer> middle;
    private final double area;
    private final double temperature;
    private final boolean temperatureFromModel;
    private final double referenceTemperature;
    private final List<String> temperatureNotes;

    private CellStack(Cell cell, Side first, Side last, List<Electrolyte> electrolytes, List<Interlayer> middle, double area,
            double temperature, boolean temperatureFromModel, double referenceTemperature, List<String> temperatureNotes) {
        this.referenceTemperature = referenceTemperature;
        this.temperatureNotes = temperatureNotes;
        this.cell = cell;
        this.first = first;
        this.last = last;
        this.electrolytes = electrolytes;
        this.middle = middle;
        this.area = area;
        this.temperature = temperature;
        this.temperatureFromModel = temperatureFromModel;
    }

    /** Reads a cell with the model's values. */
    public static CellStack of(Cell cell) throws SolverException {
        return of(cell, Overrides.NONE);
    }

    /** Reads a cell; the overrides replace the model's values. */
    public static CellStack of(Cell cell, Overrides overrides) throws SolverException {
        String cellName = "cell '" + cell.getName() + "'";
        List<Layer> layers = CellGeometry.layers(cell);
        if (layers.size() < 3) {
            throw new SolverException(cellName + ": the stack has " + layers.size()
                    + " layer(s); it needs an electrode at each end and a solid electrolyte between them");
        }
        if (!CellGeometry.isElectrode(layers.get(0)) || !CellGeometry.isElectrode(layers.get(layers.size() - 1))) {
            throw new SolverException(cellName + ": the stack must start and end with an electrode layer (it is "
                    + CellGeometry.describeStack(cell) + ")");
        }
        int firstSe = -1;
        int lastSe = -1;
        for (int i = 0; i < layers.size(); i++) {
            if (CellGeometry.isElectrolyte(layers.get(i))) {
                firstSe = firstSe < 0 ? i : firstSe;
                lastSe = i;
            }
        }
        if (firstSe < 0) {
            throw new SolverException(cellName + ": the stack has no solid-electrolyte layer (" + CellGeometry.describeStack(cell) + ")");
        }
        double cellTemperature = si(cell.getTemperature());
        boolean fromModel = cellTemperature > 0;
        if (cell.getTemperature() != null && !fromModel) {
            throw new SolverException(cellName + ": temperature must be > 0 K (is " + cellTemperature + " K)");
        }
        double temperature = overrides.temperature() != null ? overrides.temperature() : fromModel ? cellTemperature : DEFAULT_TEMPERATURE;
        double reference = overrides.referenceTemperature() != null ? overrides.referenceTemperature() : Arrhenius.ROOM_TEMPERATURE;
        if (!(temperature > 0) || !(reference > 0)) {
            throw new SolverException(cellName + ": temperatures must be > 0 K (T = " + temperature + " K, T_ref = " + reference + " K)");
        }
        Temperatures t = new Temperatures(temperature, reference, new java.util.LinkedHashSet<>());
        boolean cellWetted = cell.getWetting() != null;
        List<Electrolyte> electrolytes = new ArrayList<>();
        List<Interlayer> middle = new ArrayList<>();
        for (int i = firstSe; i <= lastSe; i++) {
            Layer layer = layers.get(i);
            if (CellGeometry.isElectrolyte(layer)) {
                electrolytes.add(electrolyte(cellName, (MaterialLayer) layer, overrides, t));
            } else if (CellGeometry.isElectrode(layer)) {
                throw new SolverException(cellName + ": electrode layer '" + layer.getName() + "' lies inside the stack");
            } else {
                middle.add(interlayer(cellName, layer, cellWetted, overrides, t));
            }
        }
        List<Interlayer> firstInterlayers = new ArrayList<>();
        for (int i = 1; i < firstSe; i++) {
            firstInterlayers.add(interlayer(cellName, layers.get(i), cellWetted, overrides, t));
        }
        List<Interlayer> lastInterlayers = new ArrayList<>();
        for (int i = layers.size() - 2; i > lastSe; i--) {
            lastInterlayers.add(interlayer(cellName, layers.get(i), cellWetted, overrides, t));
        }
        Side first = new Side(electrode(cellName, (ElectrodeLayer) layers.get(0)), List.copyOf(firstInterlayers), electrolytes.get(0));
        Side last = new Side(electrode(cellName, (ElectrodeLayer) layers.get(layers.size() - 1)), List.copyOf(lastInterlayers),
                electrolytes.get(electrolytes.size() - 1));
        double area = CellGeometry.activeAreaSquareMetres(cell);
        if (!(area > 0)) {
            throw new SolverException(cellName + ": the active area is unknown; give the cell an area or its electrolyte layer a diameter or area");
        }
        return new CellStack(cell, first, last, List.copyOf(electrolytes), List.copyOf(middle), area, temperature,
                fromModel || overrides.temperature() != null, reference, List.copyOf(t.notes()));
    }

    /** The temperature of the stack, the reference temperature of the model's values, and notes on the scaling. */
    private record Temperatures(double temperature, double reference, java.util.Set<String> notes) {
    }

    private static Electrolyte electrolyte(String cellName, MaterialLayer layer, Overrides overrides, Temperatures t) throws SolverException {
        SolidElectrolyte material = (SolidElectrolyte) layer.getMaterial();
        String where = cellName + ": electrolyte layer '" + layer.getName() + "'";
        double thickness = LayerGeometry.thicknessMetres(layer);
        if (!(thickness > 0)) {
            throw new SolverException(where + " needs a thickness > 0" + (Double.isNaN(thickness) ? " (none is given)" : ""));
        }
        if (overrides.electrolyteConductivity() != null) {
            t.notes().add("electrolyte '" + layer.getName() + "': conductivity from the setting, taken at the cell's temperature (not scaled)");
            return new Electrolyte(layer.getName(), layer, material, thickness, overrides.electrolyteConductivity(), "setting", Double.NaN, 0,
                    Double.NaN, Double.NaN, t.reference());
        }
        double bulk = si(material.getBulkConductivity());
        if (!(bulk > 0)) {
            throw new SolverException(where + ": material '" + material.getName()
                    + "' has no bulk conductivity > 0; give one in the model or set the electrolyte conductivity");
        }
        double gb = si(material.getGrainBoundaryConductivity());
        double grain = si(material.getGrainSize());
        double delta = si(material.getGrainBoundaryThickness());
        double eaBulk = positive(si(material.getBulkActivationEnergy()));
        double eaTotal = positive(si(material.getTotalActivationEnergy()));
        String name = "'" + material.getName() + "'";
        if (gb > 0 && grain > 0 && delta > 0) {
            // brick layer: resistances of bulk and grain boundaries in series
            double gbResistivity = (delta / grain) / gb;
            double eaGb = Arrhenius.grainBoundaryActivation(eaBulk, eaTotal, 1 / bulk, gbResistivity);
            if (Double.isNaN(eaBulk) && !Double.isNaN(eaTotal)) {
                eaBulk = eaTotal;
                eaGb = eaTotal;
                t.notes().add(name + ": no bulk activation energy; bulk and grain boundaries both take the total " + Arrhenius.electronVolts(eaTotal));
            }
            t.notes().add(name + " bulk conductivity: " + Arrhenius.describe(eaBulk, t.temperature(), t.reference()));
            t.notes().add(name + " grain-boundary conductivity: " + (Double.isNaN(eaGb) ? "temperature-independent (no total activation energy to derive"
                    + " one from)" : Arrhenius.describe(eaGb, t.temperature(), t.reference()) + " (E_gb derived so that bulk + grain boundaries show the"
                            + " total " + Arrhenius.electronVolts(eaTotal) + " at " + t.reference() + " K)"));
            Electrolyte e = new Electrolyte(layer.getName(), layer, material, thickness, Double.NaN,
                    "bulk and grain boundaries in series (brick layer)", bulk, gbResistivity, eaBulk, eaGb, t.reference());
            return withConductivityAt(e, t.temperature());
        }
        double ea = Double.isNaN(eaBulk) ? eaTotal : eaBulk;
        t.notes().add(name + " conductivity: " + Arrhenius.describe(ea, t.temperature(), t.reference()));
        return withConductivityAt(new Electrolyte(layer.getName(), layer, material, thickness, Double.NaN, "bulk conductivity", bulk, 0, ea, Double.NaN,
                t.reference()), t.temperature());
    }

    private static Electrolyte withConductivityAt(Electrolyte e, double temperature) {
        Electrolyte reference = new Electrolyte(e.name(), e.layer(), e.material(), e.thickness(), Double.NaN, e.basis(), e.bulkReference(),
                e.grainBoundaryResistivityReference(), e.bulkActivationEnergy(), e.grainBoundaryActivationEnergy(), e.referenceTemperature());
        double sigma = reference.conductivityAt(temperature);
        return new Electrolyte(e.name(), e.layer(), e.material(), e.thickness(), sigma, e.basis(), e.bulkReference(),
                e.grainBoundaryResistivityReference(), e.bulkActivationEnergy(), e.grainBoundaryActivationEnergy(), e.referenceTemperature());
    }

    private static double positive(double v) {
        return v > 0 ? v : Double.NaN;
    }

    private static Interlayer interlayer(String cellName, Layer layer, boolean cellWetted, Overrides overrides, Temperatures t) throws SolverException {
        String where = cellName + ": interlayer '" + layer.getName() + "'";
        Material material;
        boolean wetted;
        String state;
        if (layer instanceof LayerByLayerFilm film) {
            material = film.getFilmMaterial();
            wetted = film.isWetted();
            state = wetted ? "wetted film" : "dry film";
            if (material == null) {
                throw new SolverException(where + " has no film material; its conductivities come from the film material");
            }
        } else if (layer instanceof MaterialLayer materialLayer) {
            material = materialLayer.getMaterial();
            wetted = cellWetted;
            state = wetted ? "wetted (the cell is wetted)" : "dry";
            if (material == null) {
                throw new SolverException(where + " has no material");
            }
        } else {
            throw new SolverException(where + " is of an unsupported kind");
        }
        double thickness = overrides.interlayerThickness() != null ? overrides.interlayerThickness() : LayerGeometry.thicknessMetres(layer);
        if (!(thickness > 0)) {
            throw new SolverException(where + " needs a thickness > 0" + (Double.isNaN(thickness) ? " (none is given or derivable)" : ""));
        }
        double ionic;
        double electronic;
        if (material instanceof Polymer polymer) {
            Quantity ionicQuantity = wetted ? polymer.getIonicConductivityWetted() : polymer.getIonicConductivityDry();
            ionic = si(ionicQuantity);
            electronic = si(polymer.getElectronicConductivity());
        } else if (material instanceof SolidElectrolyte se) {
            ionic = si(se.getBulkConductivity());
            electronic = si(se.getElectronicConductivity());
        } else {
            ionic = Double.NaN;
            electronic = material instanceof Metal metal ? si(metal.getElectronicConductivity()) : Double.NaN;
        }
        String basis = state + ", conductivities of '" + material.getName() + "'";
        if (overrides.interlayerIonicConductivity() != null) {
            ionic = overrides.interlayerIonicConductivity();
            basis += "; ionic conductivity from the setting";
        }
        if (overrides.interlayerElectronicConductivity() != null) {
            electronic = overrides.interlayerElectronicConductivity();
            basis += "; electronic conductivity from the setting";
        }
        if (!(ionic > 0)) {
            throw new SolverException(where + ": material '" + material.getName() + "' has no " + (wetted ? "wetted" : "dry")
                    + " ionic conductivity > 0; give one in the model or set the interlayer ionic conductivity");
        }
        if (!(electronic >= 0)) {
            throw new SolverException(where + ": material '" + material.getName()
                    + "' has no electronic conductivity; give one in the model or set the interlayer electronic conductivity");
        }
        double pinholes = overrides.pinholeFraction() != null ? overrides.pinholeFraction()
                : layer.getPinholeFraction() == null ? 0 : si(layer.getPinholeFraction());
        if (!(pinholes >= 0 && pinholes <= 1)) {
            throw new SolverException(where + ": pinhole fraction must lie within [0, 1] (is " + pinholes + ")");
        }
        double ea = overrides.interlayerActivationEnergy() != null && overrides.interlayerActivationEnergy() > 0 ? overrides.interlayerActivationEnergy()
                : Double.NaN;
        if (overrides.interlayerIonicConductivity() == null) {
            ionic *= Arrhenius.conductivityFactor(ea, t.temperature(), t.reference());
        }
        t.notes().add("interlayer '" + layer.getName() + "' ionic conductivity: " + (overrides.interlayerIonicConductivity() != null
                ? "from the setting, at the cell's temperature" : Double.isNaN(ea) ? "temperature-independent (the model has no activation energy"
                        + " for it; set ea_interlayer)" : Arrhenius.describe(ea, t.temperature(), t.reference()) + " (setting ea_interlayer)")
                + "; electronic conductivity temperature-independent");
        return new Interlayer(layer.getName(), layer, thickness, ionic, electronic, pinholes, wetted, basis, ea, t.reference(), t.temperature());
    }

    private static Electrode electrode(String cellName, ElectrodeLayer layer) throws SolverException {
        Material material = layer.getMaterial();
        String where = cellName + ": electrode '" + layer.getName() + "'";
        double activeMass = si(layer.getActiveMass());
        if (layer.isBlocking()) {
            return new Electrode(layer.getName(), ElectrodeKind.BLOCKING, layer, material, null, Double.NaN, activeMass, null);
        }
        if (material instanceof Metal metal) {
            if (isLithium(metal)) {
                return new Electrode(layer.getName(), ElectrodeKind.LITHIUM_METAL, layer, metal, null,
                        si(metal.getExchangeCurrentDensity()), activeMass, null);
            }
            return new Electrode(layer.getName(), ElectrodeKind.BLOCKING, layer, metal, null, Double.NaN, activeMass, null);
        }
        ElectrodeMaterial active = activeMaterial(material);
        if (active == null) {
            throw new SolverException(where + ": material '" + (material == null ? "none" : material.getName())
                    + "' is neither lithium, an electrode material, a composite with one, nor marked ion-blocking");
        }
        return new Electrode(layer.getName(), ElectrodeKind.INSERTION, layer, material, active, si(active.getExchangeCurrentDensity()),
                activeMass, OpenCircuitVoltage.of(active));
    }

    /** The electrode material of a material: itself, or the first electrode-material component of a composite. */
    public static ElectrodeMaterial activeMaterial(Material material) {
        if (material instanceof ElectrodeMaterial em) {
            return em;
        }
        if (material instanceof Composite composite) {
            for (CompositeComponent component : composite.getComponents()) {
                ElectrodeMaterial em = activeMaterial(component.getMaterial());
                if (em != null) {
                    return em;
                }
            }
        }
        return null;
    }

    private static boolean isLithium(Metal metal) {
        String formula = metal.getFormula() == null ? "" : metal.getFormula().strip();
        String name = metal.getName() == null ? "" : metal.getName().strip().toLowerCase(Locale.ROOT);
        return formula.equals("Li") || name.equals("li") || name.equals("lithium");
    }

    /** SI value of a quantity, NaN when absent or of an unknown unit. */
    public static double si(Quantity quantity) {
        if (quantity == null) {
            return Double.NaN;
        }
        try {
            return quantity.si();
        } catch (RuntimeException unknownUnit) {
            return Double.NaN;
        }
    }

    public Cell cell() {
        return cell;
    }

    /** The side of the first electrode of the stack. */
    public Side first() {
        return first;
    }

    /** The side of the last electrode of the stack. */
    public Side last() {
        return last;
    }

    /** Both sides, first then last. */
    public List<Side> sides() {
        return List.of(first, last);
    }

    /** The solid-electrolyte layers in stack order. */
    public List<Electrolyte> electrolytes() {
        return electrolytes;
    }

    /** Interlayers between solid-electrolyte layers (rare: a stack of two electrolytes with a film between). */
    public List<Interlayer> middleInterlayers() {
        return Collections.unmodifiableList(middle);
    }

    /** Active area in m2. */
    public double area() {
        return area;
    }

    /** Temperature in K: the cell's, else {@link #DEFAULT_TEMPERATURE}. */
    public double temperature() {
        return temperature;
    }

    /** The temperature (K) at which the model's conductivities hold (room temperature unless set). */
    public double referenceTemperature() {
        return referenceTemperature;
    }

    /** How each conductivity depends on temperature (Arrhenius with its activation energy, or temperature-independent). */
    public List<String> temperatureNotes() {
        return temperatureNotes;
    }

    /** Sum of L/sigma of the solid-electrolyte layers (Ohm m2) at temperature T (K). */
    public double electrolyteAsrAt(double t) {
        return electrolytes.stream().mapToDouble(e -> e.thickness() / e.conductivityAt(t)).sum();
    }

    /** Ionic ASR of all interlayers (Ohm m2) at temperature T (K). */
    public double interlayerIonicAsrAt(double t) {
        return java.util.stream.Stream.of(first.interlayers(), last.interlayers(), middle).flatMap(List::stream)
                .mapToDouble(il -> il.thickness() / il.ionicConductivityAt(t)).sum();
    }

    /** True when the temperature comes from the cell (or a setting). */
    public boolean temperatureFromModel() {
        return temperatureFromModel;
    }

    /** True when liquid electrolyte wets the cell (a hybrid cell, as the paper's coated cells). */
    public boolean wetted() {
        return cell.getWetting() != null;
    }

    /** Sum of L/sigma of the solid-electrolyte layers (Ohm m2). */
    public double electrolyteAsr() {
        return electrolytes.stream().mapToDouble(Electrolyte::asr).sum();
    }

    /** Ionic ASR of all interlayers of both sides and between electrolytes (Ohm m2). */
    public double interlayerIonicAsr() {
        return first.interlayerIonicAsr() + last.interlayerIonicAsr() + middle.stream().mapToDouble(Interlayer::ionicAsr).sum();
    }

    /** The electrode of a kind, first side first; null when there is none. */
    public Electrode electrode(ElectrodeKind kind) {
        return first.electrode().kind() == kind ? first.electrode() : last.electrode().kind() == kind ? last.electrode() : null;
    }

    /** The side whose electrode is of the kind, first side first; null when there is none. */
    public Side side(ElectrodeKind kind) {
        return first.electrode().kind() == kind ? first : last.electrode().kind() == kind ? last : null;
    }

    /** The thermal voltage RT/F at the cell's temperature. */
    public double thermalVoltage() {
        return PhysicalConstants.GAS_CONSTANT * temperature / PhysicalConstants.FARADAY;
    }
}
