/*
 * Copyright (c) 2026 the Interphase contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.interphase.cli.commands;

import java.io.PrintWriter;
import java.nio.file.Path;

import org.interphase.model.Cell;
import org.interphase.model.CircuitModel;
import org.interphase.model.Experiment;
import org.interphase.model.ExponentialGrowth;
import org.interphase.model.GrowthLaw;
import org.interphase.model.Layer;
import org.interphase.model.LayerByLayerFilm;
import org.interphase.model.LinearGrowth;
import org.interphase.model.Material;
import org.interphase.model.MaterialLayer;
import org.interphase.model.NamedElement;
import org.interphase.model.Project;
import org.interphase.model.Quantity;
import org.interphase.model.geometry.CellGeometry;
import org.interphase.model.validation.ModelLabels;

/** The text form of describe, for people. */
final class TextDescription {

    private final PrintWriter out;

    TextDescription(PrintWriter out) {
        this.out = out;
    }

    void write(Path file, Project project) {
        out.println("Model   " + file);
        out.println("Project " + project.getName());
        out.println();
        out.println("Materials (" + project.getMaterials().size() + ")");
        for (Material material : project.getMaterials()) {
            out.println("  " + material.getName() + "  [" + ModelLabels.kind(material) + "]"
                    + (material.getFormula() == null ? "" : "  " + material.getFormula()));
            for (ModelFacts.QuantityFact fact : ModelFacts.quantities(material)) {
                out.println("      " + ModelLabels.words(fact.feature()) + " = " + quantity(fact.quantity()));
            }
        }
        out.println();
        out.println("Layers (" + project.getLayers().size() + ")");
        for (Layer layer : project.getLayers()) {
            out.println("  " + layer.getName() + "  [" + ModelLabels.kind(layer) + "]  thickness " + nanometres(layer.thicknessMetres())
                    + thicknessOrigin(layer));
        }
        out.println();
        out.println("Cells (" + project.getCells().size() + ")");
        for (Cell cell : project.getCells()) {
            double area = cell.activeAreaSquareMetres();
            out.println("  " + cell.getName() + "  stack: " + CellGeometry.describeStack(cell));
            out.println("      area " + (Double.isFinite(area) ? String.format("%.4f cm2", area * 1e4) : "unknown")
                    + (cell.getTemperature() == null ? "" : ", " + quantity(cell.getTemperature()))
                    + (cell.getWetting() == null ? ", dry" : ", wetted with " + ModelLabels.format(cell.getWetting().getVolume())
                            + " " + name(cell.getWetting().getElectrolyte())));
        }
        out.println();
        out.println("Experiments (" + project.getExperiments().size() + ")");
        for (Experiment experiment : project.getExperiments()) {
            out.println("  " + experiment.getName() + "  [" + ModelLabels.kind(experiment) + "]  on " + name(experiment.getCell())
                    + (experiment.getDataset() == null ? "  (no data attached)" : "  data: " + experiment.getDataset().getPath()));
        }
        out.println();
        out.println("Circuit models (" + project.getCircuitModels().size() + ")");
        for (CircuitModel circuit : project.getCircuitModels()) {
            out.println("  " + circuit.getName() + "  " + circuit.getCircuit() + "  (" + circuit.getParameters().size() + " parameters)");
        }
        if (!project.getSimulationRuns().isEmpty()) {
            out.println();
            out.println("Simulation runs (" + project.getSimulationRuns().size() + ")");
            project.getSimulationRuns().forEach(r -> out.println("  " + r.getName() + "  " + r.getSolverId() + "  " + r.getStatus()));
        }
    }

    private static String thicknessOrigin(Layer layer) {
        if (layer instanceof LayerByLayerFilm film) {
            return "  (derived: " + ModelLabels.format(film.getPrecursorThickness()) + " precursor + " + film.getBilayerCount()
                    + " bilayers, " + (film.getGrowthLaw() == null ? "no growth law" : lawName(film.getGrowthLaw()) + " growth")
                    + (film.getGrowthLaw() instanceof LinearGrowth ? " of " + ModelLabels.format(film.getThicknessPerBilayer()) : "")
                    + (film.isWetted() ? ", wetted" : ", dry") + ")";
        }
        if (layer instanceof MaterialLayer materialLayer && materialLayer.getThickness() != null) {
            return "  (" + quantity(materialLayer.getThickness()) + ")";
        }
        return "";
    }

    static String lawName(GrowthLaw law) {
        return law instanceof ExponentialGrowth ? "exponential" : law instanceof LinearGrowth ? "linear" : law.eClass().getName();
    }

    private static String nanometres(double metres) {
        return Double.isFinite(metres) ? ModelLabels.formatNumber(metres * 1e9) + " nm" : "unknown";
    }

    private static String quantity(Quantity q) {
        StringBuilder s = new StringBuilder(ModelLabels.format(q));
        if (q.getSource() != null) {
            s.append("  [").append(q.getSource().getLiteral());
            if (q.getCitation() != null) {
                s.append(": ").append(q.getCitation());
            }
            s.append(']');
        }
        return s.toString();
    }

    private static String name(NamedElement element) {
        return element == null ? "(none)" : element.getName();
    }
}
