/*
 * Copyright (c) 2026 the Interphase contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.interphase.ui.simulation;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.core.runtime.IProgressMonitor;
import org.interphase.data.Column;
import org.interphase.data.Dataset;
import org.interphase.data.Datasets;
import org.interphase.data.QuantityKind;
import org.interphase.importer.ImportException;
import org.interphase.importer.Importers;
import org.interphase.model.Cell;
import org.interphase.model.CyclingExperiment;
import org.interphase.model.EisExperiment;
import org.interphase.model.Experiment;
import org.interphase.model.LsvExperiment;
import org.interphase.model.Project;
import org.interphase.solver.cycling.analytics.AnalysisException;
import org.interphase.solver.cycling.analytics.CyclingAnalysis;
import org.interphase.ui.charts.ChartKind;
import org.interphase.ui.charts.ChartSeries;
import org.interphase.ui.charts.SeriesStyle;
import org.interphase.ui.data.cycling.CyclingCharts;
import org.interphase.ui.data.plot.DatasetCharts;

/**
 * The measurement that a simulation run stands beside: the experiment of the run's cell that the solver simulates
 * (an EIS experiment for {@code spectrum}, a cycling experiment for {@code symmetric} and {@code fullcell}, an LSV
 * experiment for {@code lsv}) when it refers to a data file, read with the importers, and its series for the run's
 * charts (simulation against measurement on the same axes).
 */
public final class Measurement {

    /** What was drawn: per chart id, the measured series; and notes of what could not be drawn. */
    public record Overlay(Map<String, List<ChartSeries>> series, List<String> notes) {
    }

    private Measurement() {
    }

    /** The experiment of the cell that a solver's run simulates and that has a data file, if any. */
    public static Optional<Experiment> experiment(Cell cell, String solverId) {
        if (cell == null || !(cell.eContainer() instanceof Project project) || solverId == null) {
            return Optional.empty();
        }
        for (Experiment e : project.getExperiments()) {
            boolean fits = switch (solverId) {
            case "spectrum" -> e instanceof EisExperiment;
            case "symmetric", "fullcell" -> e instanceof CyclingExperiment;
            case "lsv" -> e instanceof LsvExperiment;
            default -> false;
            };
            if (fits && e.getCell() == cell && e.getDataset() != null && e.getDataset().getPath() != null && !e.getDataset().getPath().isBlank()) {
                return Optional.of(e);
            }
        }
        return Optional.empty();
    }

    /** The data file of an experiment: its path, relative to the model file's folder unless absolute. */
    public static Path file(Experiment experiment, Path modelFile) {
        Path path = Path.of(experiment.getDataset().getPath());
        return path.isAbsolute() || modelFile == null ? path : modelFile.resolveSibling(path.toString()).normalize();
    }

    /** Reads a data file into memory with the given importer (null: the first that can). */
    public static Dataset read(Path file, String importerId, IProgressMonitor monitor) throws ImportException {
        return Importers.read(file, importerId, Datasets::inMemory, monitor).dataset();
    }

    /**
     * The measured series for each of the run's charts (named "measured ..."), drawn in grey: V(t) as recorded, V(Q)
     * of the same cycles and capacity/CE per cycle from the cycling analysis (per gram with the run's active mass),
     * I(V) as current density (the current divided by the cell's area, m2, when the file has no density), Nyquist
     * points. Reads no model object (it runs in a Job).
     */
    public static Overlay overlay(List<RunCharts.Figure> figures, Dataset dataset, double area, RunData run) {
        Map<String, List<ChartSeries>> series = new LinkedHashMap<>();
        List<String> notes = new ArrayList<>();
        CyclingAnalysis analysis = null;
        for (RunCharts.Figure figure : figures) {
            try {
                switch (figure.id()) {
                case RunCharts.VOLTAGE_TIME -> series.put(figure.id(), DatasetCharts.series(ChartKind.VOLTAGE_CURRENT_TIME, "measured", dataset, true)
                        .stream().map(s -> s.withStyle(grey(SeriesStyle.line().withLineWidth(1)))).toList());
                case RunCharts.NYQUIST -> series.put(figure.id(), List.of(ChartSeries.nyquist("measured", dataset).withStyle(grey(SeriesStyle.points()))));
                case RunCharts.CURRENT_VOLTAGE -> series.put(figure.id(), List.of(currentDensity(dataset, area).withStyle(grey(SeriesStyle.line()))));
                case RunCharts.VOLTAGE_CAPACITY, RunCharts.CAPACITY_CE -> {
                    if (analysis == null) {
                        CyclingAnalysis.Options options = CyclingAnalysis.Options.defaults();
                        double mass = run.scalar("active mass");
                        analysis = CyclingAnalysis.of(dataset, mass > 0 ? options.withActiveMass(mass) : options);
                    }
                    List<ChartSeries> list = new ArrayList<>();
                    List<ChartSeries> measured = figure.id().equals(RunCharts.VOLTAGE_CAPACITY) ? CyclingCharts.voltageCapacity(analysis, figure.cycles())
                            : CyclingCharts.capacityAndCe(analysis);
                    for (ChartSeries s : measured) {
                        SeriesStyle style = s.style() == null ? SeriesStyle.line() : s.style();
                        list.add(s.named("measured " + s.name()).withStyle(figure.id().equals(RunCharts.VOLTAGE_CAPACITY) ? style.withDashes() : grey(style)));
                    }
                    series.put(figure.id(), list);
                }
                default -> {
                    // no measurement for this chart
                }
                }
            } catch (IllegalArgumentException | AnalysisException e) {
                notes.add(figure.title() + ": the measurement cannot be drawn: " + e.getMessage());
            }
        }
        return new Overlay(series, notes);
    }

    private static SeriesStyle grey(SeriesStyle style) {
        return style.withColor(RunCharts.MEASURED_COLOR);
    }

    /** Potential against current density: the file's density column, else its current over the cell's area. */
    static ChartSeries currentDensity(Dataset dataset, double area) {
        Column e = dataset.column(QuantityKind.POTENTIAL).orElseThrow(() -> new IllegalArgumentException("the data file has no potential column"));
        Optional<Column> j = dataset.column(QuantityKind.CURRENT_DENSITY);
        if (j.isPresent()) {
            return ChartSeries.of("measured", e, j.get());
        }
        Column i = dataset.column(QuantityKind.CURRENT).orElseThrow(() -> new IllegalArgumentException("the data file has no current column"));
        if (!(area > 0)) {
            throw new IllegalArgumentException("the cell has no area to turn the measured current into a current density");
        }
        double[] density = i.toArray();
        double factor = org.interphase.model.units.Units.find(i.unit()).map(u -> u.toSI(1)).orElseThrow(
                () -> new IllegalArgumentException("the measured current's unit '" + i.unit() + "' is not a unit Interphase knows"));
        for (int k = 0; k < density.length; k++) {
            density[k] = density[k] * factor / area;
        }
        return ChartSeries.of("measured", e.toArray(), e.unit(), density, "A/m2");
    }
}
