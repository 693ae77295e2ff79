/*
 * Copyright (c) 2026 the Interphase contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.interphase.solver.eis.fit;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.interphase.importer.ImportException;
import org.interphase.solver.Solver;
import org.interphase.solver.SolverException;
import org.interphase.solver.Solvers;
import org.interphase.solver.eis.circuit.CircuitSyntaxException;
import org.interphase.solver.eis.circuit.Circuits;
import org.interphase.solver.eis.circuit.Node;
import org.interphase.solver.eis.data.ImpedanceData;
import org.osgi.service.component.annotations.Component;

/**
 * The equivalent-circuit fit (id {@value #ID}), the one entry to it: the IDE's fit job and the command line's
 * {@code fit} call {@link #fit(Node, ImpedanceData, FitOptions, IProgressMonitor)} on the installed service
 * ({@link #installed()}); as a generic solver it reads the data file and parses the circuit from its settings first.
 */
@Component(service = Solver.class)
public class EisFitSolver implements Solver<EisFitSettings, CircuitFit> {

    public static final String ID = "eis.fit";

    /** The installed fit service (the OSGi service registered with the solvers); SolverException when none is installed. */
    public static EisFitSolver installed() throws SolverException {
        return Solvers.find(ID).filter(EisFitSolver.class::isInstance).map(EisFitSolver.class::cast)
                .orElseThrow(() -> new SolverException("the EIS fit (solver " + ID + ") is not installed"));
    }

    /**
     * Fits the circuit to the data (CNLS, {@link CnlsFitter}): the result says whether it converged and why not, flags
     * parameters at bounds or not identifiable, and reports its cost and what a multi-start found. Throws
     * SolverException for inputs that make no fit possible; OperationCanceledException when the monitor is canceled.
     */
    public CircuitFit fit(Node circuit, ImpedanceData data, FitOptions options, IProgressMonitor monitor) throws SolverException {
        return CnlsFitter.fit(circuit, data, options, monitor);
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String name() {
        return "Equivalent-circuit fit (CNLS)";
    }

    @Override
    public String description() {
        return "Fits an equivalent circuit to an impedance spectrum by complex nonlinear least squares (Levenberg-Marquardt in log-parameters), "
                + "with standard errors, 95 % confidence intervals and the correlation matrix; without starting values they come from the data "
                + "and a bounded multi-start; a fit at a bound, not identifiable or not at a minimum says so.";
    }

    @Override
    public Class<EisFitSettings> settingsType() {
        return EisFitSettings.class;
    }

    @Override
    public EisFitSettings defaultSettings() {
        return new EisFitSettings();
    }

    @Override
    public CircuitFit solve(EisFitSettings settings, IProgressMonitor monitor) throws SolverException {
        SubMonitor sub = SubMonitor.convert(monitor, "Fitting " + settings.circuit, 10);
        Node circuit;
        try {
            circuit = Circuits.parse(settings.circuit);
        } catch (CircuitSyntaxException e) {
            throw new SolverException(e.getMessage(), e);
        }
        if (settings.data == null || settings.data.isBlank()) {
            throw new SolverException("data: no data file given");
        }
        Path file = Path.of(settings.data);
        if (!Files.isRegularFile(file)) {
            throw new SolverException("data: " + file + " is not a file");
        }
        ImpedanceData data;
        try {
            data = ImpedanceData.read(file, sub.split(2));
        } catch (ImportException e) {
            throw new SolverException(e.getMessage(), e);
        } catch (IllegalArgumentException e) {
            throw new SolverException(e.getMessage(), e);
        }
        data = data.select(settings.fMin > 0 ? settings.fMin : Double.NaN, settings.fMax > 0 ? settings.fMax : Double.NaN, settings.dropPositiveImaginary);
        FitOptions options = new FitOptions().weighting(settings.weighting).global(settings.global);
        if (settings.guess != null && !settings.guess.isBlank()) {
            try {
                options.initial(Arrays.stream(settings.guess.split("[,\\s]+")).filter(s -> !s.isEmpty()).mapToDouble(Double::parseDouble).toArray());
            } catch (NumberFormatException e) {
                throw new SolverException("guess: '" + settings.guess + "' is not a list of numbers");
            }
        }
        return fit(circuit, data, options, sub.split(8));
    }
}
