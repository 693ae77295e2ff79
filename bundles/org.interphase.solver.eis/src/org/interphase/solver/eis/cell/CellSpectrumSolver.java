/*
 * Copyright (c) 2026 the Interphase contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.interphase.solver.eis.cell;

import java.util.List;
import java.util.Optional;

import org.eclipse.core.runtime.IProgressMonitor;
import org.interphase.model.Cell;
import org.interphase.model.Layer;
import org.interphase.model.geometry.CellGeometry;
import org.interphase.solver.CellSolver;
import org.interphase.solver.Provenance;
import org.interphase.solver.Solver;
import org.interphase.solver.SolverException;
import org.interphase.solver.eis.circuit.Spectrum;
import org.interphase.solver.settings.SettingsBinder;
import org.interphase.solver.settings.SettingsException;
import org.osgi.service.component.annotations.Component;

/**
 * The impedance spectrum of a modelled cell as a cell solver (id {@code spectrum}): the circuit of
 * {@link CellCircuits#build} evaluated on log-spaced frequencies, so that the IDE can run it on a cell like the other
 * solvers (Simulate..., Reproduce All Experiments) and store it as a simulation run. The same numbers as
 * {@code ./interphase spectrum}.
 */
@Component(service = Solver.class)
public class CellSpectrumSolver implements CellSolver<CellSettings, CellSpectrumResult> {

    public static final String ID = "spectrum";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String name() {
        return "Impedance spectrum of the cell";
    }

    @Override
    public String description() {
        return "The equivalent circuit of the cell layer by layer (bulk and brick-layer grain boundary of each solid electrolyte, each "
                + "interlayer wetted or dry, each electrode interface) and its impedance spectrum; the apparent conductivity L/(R A).";
    }

    @Override
    public Class<CellSettings> settingsType() {
        return CellSettings.class;
    }

    @Override
    public CellSettings defaultSettings() {
        return new CellSettings();
    }

    @Override
    public Optional<String> unsuitable(Cell cell) {
        List<Layer> stack = CellGeometry.layers(cell);
        if (stack.size() < 3 || !CellGeometry.isElectrode(stack.get(0)) || !CellGeometry.isElectrode(stack.get(stack.size() - 1))) {
            return Optional.of("needs a stack from an electrode to an electrode with a layer between them");
        }
        if (CellGeometry.electrolyteLayers(cell).isEmpty()) {
            return Optional.of("needs a solid-electrolyte layer");
        }
        return Optional.empty();
    }

    @Override
    public CellSpectrumResult solve(CellSettings settings, IProgressMonitor monitor) throws SolverException {
        Cell cell = settings.requireCell();
        try {
            SettingsBinder.validate(settings);
        } catch (SettingsException e) {
            throw new SolverException(e.getMessage());
        }
        if (!(settings.fMin < settings.fMax)) {
            throw new SolverException("fmin (" + settings.fMin + " Hz) must be below fmax (" + settings.fMax + " Hz)");
        }
        CellCircuit circuit = CellCircuits.build(cell, settings);
        Spectrum spectrum = circuit.spectrum(settings.fMin, settings.fMax, settings.points);
        return new CellSpectrumResult(circuit, spectrum, Provenance.of(this, settings.inputs(), SettingsBinder.values(settings)));
    }
}
