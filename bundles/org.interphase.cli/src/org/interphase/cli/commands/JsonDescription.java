/*
 * Copyright (c) 2026 the Interphase contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.interphase.cli.commands;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;

import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EObject;
import org.interphase.model.Cell;
import org.interphase.model.CircuitModel;
import org.interphase.model.CircuitParameter;
import org.interphase.model.CompositeComponent;
import org.interphase.model.Composite;
import org.interphase.model.Experiment;
import org.interphase.model.Layer;
import org.interphase.model.LayerByLayerFilm;
import org.interphase.model.Material;
import org.interphase.model.MaterialLayer;
import org.interphase.model.NamedElement;
import org.interphase.model.Project;
import org.interphase.model.SimulationRun;
import org.interphase.model.SolidElectrolyte;
import org.interphase.model.StabilityWindow;
import org.interphase.model.geometry.CellGeometry;

import com.google.gson.stream.JsonWriter;

/**
 * The --json form of describe. Schema {@value #SCHEMA} (README.md, "describe --json"):
 * <pre>
 * { "schema": "interphase-describe/1", "file": absolute path, "project": {"name", "description"},
 *   "materials": [ {"name", "type", "description"?, "attributes": {feature: value}, "properties": {feature: QUANTITY},
 *                   "stability_window"? {"properties", "attributes"}, "components"? [{"material", "mass_fraction"}]} ],
 *   "layers": [ {"name", "type", "material"?, "thickness_m", "thickness_nm", "thickness_derived", "area_m2",
 *                "attributes", "properties", "film"? {"film_material", "precursor", "bilayer_first", "bilayer_second",
 *                "bilayer_count", "growth_law"}} ],
 *   "cells": [ {"name", "stack": [layer names], "electrodes": [first, last], "electrolytes", "interlayers",
 *               "area_m2", "temperature_K", "wetting": null | {"electrolyte", "volume_m3"}} ],
 *   "experiments": [ {"name", "type", "cell", "instrument", "dataset": null | {"path", "importer"}, "attributes", "properties"} ],
 *   "circuit_models": [ {"name", "circuit", "parameters": [{"name", "value", "unit", "fixed", "lower", "upper"}]} ],
 *   "simulation_runs": [ {"name", "solver", "cell", "status"} ] }
 * QUANTITY = {"value", "unit", "si", "si_unit", "source", "citation"?, "note"?}: value in the unit given, si in SI.
 * Unknown numbers (no area, say) are null.
 * </pre>
 */
final class JsonDescription {

    static final String SCHEMA = "interphase-describe/1";

    private final JsonWriter json;

    JsonDescription(Writer out) {
        json = new JsonWriter(out);
        json.setIndent("  ");
        json.setSerializeNulls(true);
    }

    void write(Path file, Project project) throws IOException {
        json.beginObject();
        json.name("schema").value(SCHEMA);
        json.name("file").value(file.toString());
        json.name("project").beginObject().name("name").value(project.getName()).name("description").value(project.getDescription()).endObject();
        json.name("materials").beginArray();
        for (Material material : project.getMaterials()) {
            material(material);
        }
        json.endArray();
        json.name("layers").beginArray();
        for (Layer layer : project.getLayers()) {
            layer(layer);
        }
        json.endArray();
        json.name("cells").beginArray();
        for (Cell cell : project.getCells()) {
            cell(cell);
        }
        json.endArray();
        json.name("experiments").beginArray();
        for (Experiment experiment : project.getExperiments()) {
            experiment(experiment);
        }
        json.endArray();
        json.name("circuit_models").beginArray();
        for (CircuitModel circuit : project.getCircuitModels()) {
            circuit(circuit);
        }
        json.endArray();
        json.name("simulation_runs").beginArray();
        for (SimulationRun run : project.getSimulationRuns()) {
            json.beginObject().name("name").value(run.getName()).name("solver").value(run.getSolverId())
                    .name("cell").value(name(run.getCell())).name("status").value(literal(run.getStatus())).endObject();
        }
        json.endArray();
        json.endObject();
        json.flush();
    }

    private void material(Material material) throws IOException {
        json.beginObject();
        head(material);
        facts(material);
        if (material instanceof SolidElectrolyte electrolyte && electrolyte.getStabilityWindow() != null) {
            StabilityWindow window = electrolyte.getStabilityWindow();
            json.name("stability_window").beginObject();
            facts(window);
            json.endObject();
        }
        if (material instanceof Composite composite) {
            json.name("components").beginArray();
            for (CompositeComponent component : composite.getComponents()) {
                json.beginObject().name("material").value(name(component.getMaterial()));
                number("mass_fraction", component.getMassFraction() == null ? Double.NaN : component.getMassFraction().si());
                json.endObject();
            }
            json.endArray();
        }
        json.endObject();
    }

    private void layer(Layer layer) throws IOException {
        json.beginObject();
        head(layer);
        if (layer instanceof MaterialLayer materialLayer) {
            json.name("material").value(name(materialLayer.getMaterial()));
        }
        double thickness = layer.thicknessMetres();
        number("thickness_m", thickness);
        number("thickness_nm", thickness * 1e9);
        json.name("thickness_derived").value(layer instanceof LayerByLayerFilm);
        number("area_m2", layer.areaSquareMetres());
        facts(layer);
        if (layer instanceof LayerByLayerFilm film) {
            json.name("film").beginObject();
            json.name("film_material").value(name(film.getFilmMaterial()));
            json.name("precursor").value(name(film.getPrecursor()));
            json.name("bilayer_first").value(name(film.getBilayerFirst()));
            json.name("bilayer_second").value(name(film.getBilayerSecond()));
            json.name("bilayer_count").value(film.getBilayerCount());
            json.name("growth_law").value(film.getGrowthLaw() == null ? null : TextDescription.lawName(film.getGrowthLaw()));
            json.endObject();
        }
        json.endObject();
    }

    private void cell(Cell cell) throws IOException {
        json.beginObject();
        head(cell);
        names("stack", cell.layers());
        json.name("electrodes").beginArray();
        if (!cell.layers().isEmpty()) {
            json.value(name(cell.layers().get(0))).value(name(cell.layers().get(cell.layers().size() - 1)));
        }
        json.endArray();
        names("electrolytes", CellGeometry.electrolyteLayers(cell));
        names("interlayers", CellGeometry.interlayers(cell));
        number("area_m2", cell.activeAreaSquareMetres());
        number("temperature_K", cell.getTemperature() == null ? Double.NaN : si(cell.getTemperature()));
        json.name("wetting");
        if (cell.getWetting() == null) {
            json.nullValue();
        } else {
            json.beginObject().name("electrolyte").value(name(cell.getWetting().getElectrolyte()));
            number("volume_m3", cell.getWetting().getVolume() == null ? Double.NaN : si(cell.getWetting().getVolume()));
            json.endObject();
        }
        json.endObject();
    }

    private void experiment(Experiment experiment) throws IOException {
        json.beginObject();
        head(experiment);
        json.name("cell").value(name(experiment.getCell()));
        json.name("dataset");
        if (experiment.getDataset() == null) {
            json.nullValue();
        } else {
            json.beginObject().name("path").value(experiment.getDataset().getPath())
                    .name("importer").value(experiment.getDataset().getImporterId()).endObject();
        }
        facts(experiment);
        json.endObject();
    }

    private void circuit(CircuitModel circuit) throws IOException {
        json.beginObject();
        head(circuit);
        json.name("circuit").value(circuit.getCircuit());
        json.name("parameters").beginArray();
        for (CircuitParameter p : circuit.getParameters()) {
            json.beginObject().name("name").value(p.getName());
            number("value", p.getValue());
            json.name("unit").value(p.getUnit()).name("fixed").value(p.isFixed());
            json.name("lower").value(p.getLowerBound());
            json.name("upper").value(p.getUpperBound());
            json.endObject();
        }
        json.endArray();
        json.endObject();
    }

    private void head(NamedElement element) throws IOException {
        json.name("name").value(element.getName());
        json.name("type").value(element.eClass().getName());
        if (element.getDescription() != null) {
            json.name("description").value(element.getDescription());
        }
    }

    private void facts(EObject object) throws IOException {
        json.name("attributes").beginObject();
        for (ModelFacts.AttributeFact fact : ModelFacts.attributes(object)) {
            json.name(fact.feature());
            Object value = fact.value();
            if (value instanceof Number n) {
                number(n.doubleValue());
            } else if (value instanceof Boolean b) {
                json.value(b);
            } else if (value instanceof Enumerator e) {
                json.value(e.getLiteral());
            } else {
                json.value(String.valueOf(value));
            }
        }
        json.endObject();
        json.name("properties").beginObject();
        for (ModelFacts.QuantityFact fact : ModelFacts.quantities(object)) {
            json.name(fact.feature()).beginObject();
            number("value", fact.quantity().getValue());
            json.name("unit").value(fact.quantity().getUnit());
            number("si", fact.si());
            json.name("si_unit").value(fact.spec() == null ? null : fact.spec().dimension().siUnit());
            json.name("source").value(literal(fact.quantity().getSource()));
            if (fact.quantity().getCitation() != null) {
                json.name("citation").value(fact.quantity().getCitation());
            }
            if (fact.quantity().getNote() != null) {
                json.name("note").value(fact.quantity().getNote());
            }
            json.endObject();
        }
        json.endObject();
    }

    private void names(String key, java.util.List<? extends NamedElement> elements) throws IOException {
        json.name(key).beginArray();
        for (NamedElement element : elements) {
            json.value(element.getName());
        }
        json.endArray();
    }

    private void number(String key, double value) throws IOException {
        json.name(key);
        number(value);
    }

    private void number(double value) throws IOException {
        if (Double.isFinite(value)) {
            json.value(value);
        } else {
            json.nullValue();
        }
    }

    private static double si(org.interphase.model.Quantity quantity) {
        try {
            return quantity.si();
        } catch (IllegalStateException e) {
            return Double.NaN;
        }
    }

    private static String name(NamedElement element) {
        return element == null ? null : element.getName();
    }

    private static String literal(Enumerator e) {
        return e == null ? null : e.getLiteral();
    }
}
