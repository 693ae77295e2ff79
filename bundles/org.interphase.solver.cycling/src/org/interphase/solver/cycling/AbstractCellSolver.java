/*
 * Copyright (c) 2026 the Interphase contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.interphase.solver.cycling;

import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.interphase.model.Cell;
import org.interphase.model.validation.ModelLabels;
import org.interphase.solver.CellSolver;
import org.interphase.solver.SolverException;
import org.interphase.solver.SolverResult;
import org.interphase.solver.mci.CellStack;
import org.interphase.solver.mci.Interphases;

/**
 * What the cell solvers (symmetric, full cell, LSV) share: their identity, the suitability check on the cell's stack,
 * the start of a run (the stack, the refusal of unsuitable cells, the settings' resolved values, progress) and the
 * choice of a value between the setting, the model's experiment and the default, recorded in the provenance.
 */
public abstract class AbstractCellSolver<S extends CyclingSettings, R extends SolverResult> implements CellSolver<S, R> {

    private final String id;
    private final String name;
    private final String description;
    private final Class<S> settingsType;
    private final Supplier<S> defaults;

    protected AbstractCellSolver(String id, String name, String description, Class<S> settingsType, Supplier<S> defaults) {
        this.id = id;
        this.name = name;
        this.description = description;
        this.settingsType = settingsType;
        this.defaults = defaults;
    }

    @Override
    public final String id() {
        return id;
    }

    @Override
    public final String name() {
        return name;
    }

    @Override
    public final String description() {
        return description;
    }

    @Override
    public final Class<S> settingsType() {
        return settingsType;
    }

    @Override
    public final S defaultSettings() {
        return defaults.get();
    }

    @Override
    public Optional<String> unsuitable(Cell cell) {
        try {
            return unsuitable(CellStack.of(cell));
        } catch (SolverException e) {
            return Optional.of(e.getMessage());
        }
    }

    /** Why the solver cannot simulate this stack, for people, or empty. */
    protected abstract Optional<String> unsuitable(CellStack stack);

    /** A run begun: the cell's stack, the settings' resolved values (for the provenance) and the progress. */
    protected record Run(CellStack stack, Cell cell, Map<String, String> resolved, SubMonitor progress) {
    }

    /** Begins a run: the stack of the settings' cell, refused with the reason when unsuitable. */
    protected Run begin(S settings, IProgressMonitor monitor, String task) throws SolverException {
        SubMonitor progress = SubMonitor.convert(monitor, task, 100);
        CellStack stack = Interphases.stack(settings);
        Cell cell = stack.cell();
        Optional<String> unsuitable = unsuitable(cell);
        if (unsuitable.isPresent()) {
            throw new SolverException("cell '" + cell.getName() + "' " + unsuitable.get());
        }
        return new Run(stack, cell, Interphases.settingValues(settings), progress);
    }

    /**
     * The value a run uses: the setting when given, else the model's (when present and finite), else the default;
     * where it came from is recorded in {@code resolved} under {@code key} ("(model: SOURCE)", "(default)").
     */
    protected static double choose(Double setting, Optional<Double> fromModel, double fallback, String key, String unit, String source,
            Map<String, String> resolved) {
        if (setting != null) {
            resolved.put(key, ModelLabels.formatNumber(setting) + " " + unit + " (setting)");
            return setting;
        }
        if (fromModel.isPresent() && Double.isFinite(fromModel.get())) {
            resolved.put(key, ModelLabels.formatNumber(fromModel.get()) + " " + unit + " (model: " + source + ")");
            return fromModel.get();
        }
        resolved.put(key, ModelLabels.formatNumber(fallback) + " " + unit + " (default)");
        return fallback;
    }
}
