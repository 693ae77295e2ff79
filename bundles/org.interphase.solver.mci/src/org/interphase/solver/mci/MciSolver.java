/*
 * Copyright (c) 2026 the Interphase contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.interphase.solver.mci;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.interphase.model.Cell;
import org.interphase.model.geometry.CellGeometry;
import org.interphase.solver.CellSolver;
import org.interphase.solver.Provenance;
import org.interphase.solver.Solver;
import org.interphase.solver.SolverException;
import org.osgi.service.component.annotations.Component;

/**
 * Interphase formation and growth at both electrodes of a cell (docs/physics.md section 1): the electrolyte's stability
 * window decides whether an electrode reduces or oxidises it, the interphase's conductivities decide its class, and
 * a reduction by lithium grows by eq. 1.1-1.3 through the side's interlayers, with pinholes. Reports L(t), the
 * interphase's ASR L/sigma_i and the interlayers' protection factor.
 */
@Component(service = Solver.class)
public class MciSolver implements CellSolver<MciSettings, MciResult> {

    public static final String ID = "mci";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String name() {
        return "Interphase growth (MCI)";
    }

    @Override
    public String description() {
        return "Stability window, interphase class and growth L(t) of the interphase at each electrode through its interlayers "
                + "(docs/physics.md 1.1-1.2: Wagner / Deal-Grove kinetics, pinholes, ASR, protection factor).";
    }

    @Override
    public Class<MciSettings> settingsType() {
        return MciSettings.class;
    }

    @Override
    public MciSettings defaultSettings() {
        return new MciSettings();
    }

    @Override
    public Optional<String> unsuitable(Cell cell) {
        if (CellGeometry.electrolyteLayers(cell).isEmpty()) {
            return Optional.of("the cell has no solid-electrolyte layer");
        }
        List<org.interphase.model.Layer> layers = CellGeometry.layers(cell);
        if (layers.size() < 3 || !CellGeometry.isElectrode(layers.get(0)) || !CellGeometry.isElectrode(layers.get(layers.size() - 1))) {
            return Optional.of("the stack must have an electrode at each end");
        }
        return Optional.empty();
    }

    @Override
    public MciResult solve(MciSettings settings, IProgressMonitor monitor) throws SolverException {
        SubMonitor progress = SubMonitor.convert(monitor, "Interphase growth", 3);
        CellStack stack = Interphases.stack(settings);
        Map<String, String> resolved = Interphases.settingValues(settings);
        List<Interphases.SideModel> models = Interphases.sides(stack, settings, resolved);
        progress.worked(1);
        double[] times = new double[settings.points];
        for (int i = 0; i < times.length; i++) {
            times[i] = settings.duration * i / (times.length - 1);
        }
        List<MciResult.Side> sides = new ArrayList<>();
        List<double[]> grown = new ArrayList<>();
        for (Interphases.SideModel m : models) {
            if (progress.isCanceled()) {
                throw new OperationCanceledException();
            }
            GrowthKinetics k = m.kinetics();
            double[] thickness = null;
            double[] asr = null;
            String method = "";
            if (k != null) {
                if (settings.method == GrowthKinetics.Method.CLOSED_FORM && !k.closedFormValid()) {
                    throw new SolverException("method: the closed form (eq. 1.3) is not valid on the side of '" + m.side().electrode().name()
                            + "' with a pinhole fraction of " + k.uncoveredFraction() + "; use auto or ode");
                }
                thickness = k.thickness(times, settings.method, progress.split(1));
                grown.add(thickness);
                asr = new double[thickness.length];
                for (int i = 0; i < asr.length; i++) {
                    asr[i] = thickness[i] / (settings.interphaseIonicConductivity * Interphases.interphaseFactor(settings, stack));
                }
                boolean closed = settings.method == GrowthKinetics.Method.CLOSED_FORM
                        || (settings.method == GrowthKinetics.Method.AUTO && k.closedFormValid());
                method = closed ? "closed form (docs/physics.md eq. 1.3)" : "ODE (eq. 1.2, Hipparchus Dormand-Prince 8(5,3))";
                resolved.put("method (" + m.label() + ")", method);
            }
            sides.add(new MciResult.Side(m.label(), m.side().electrode().name(), m.side().electrode().kind(), m.potential(), m.window(),
                    m.reaction(), m.interphaseClass(), m.reason(), k, thickness, asr, method));
        }
        progress.setWorkRemaining(0);
        List<String> notes = new ArrayList<>(stack.temperatureNotes());
        notes.add("interphase sigma_i, sigma_e and r_rxn: " + resolved.get("interphase temperature dependence"));
        double consumed = stopAtElectrolyte(stack, times, grown, notes);
        if (!Double.isNaN(consumed)) {
            List<MciResult.Side> capped = new ArrayList<>();
            for (MciResult.Side side : sides) {
                double[] asr = side.thickness() == null ? null : new double[side.thickness().length];
                for (int i = 0; asr != null && i < asr.length; i++) {
                    asr[i] = side.thickness()[i] / (settings.interphaseIonicConductivity * Interphases.interphaseFactor(settings, stack));
                }
                capped.add(new MciResult.Side(side.label(), side.electrode(), side.kind(), side.electrodePotential(), side.window(), side.reaction(),
                        side.interphaseClass(), side.reason(), side.kinetics(), side.thickness(), asr, side.method()));
            }
            sides = capped;
        }
        notes.add(VALIDITY);
        resolved.put("validity", VALIDITY);
        return new MciResult(times, sides, Provenance.of(this, settings.inputs(), resolved), notes, consumed);
    }

    /** What the model is valid for, stated in every result. */
    static final String VALIDITY = "validity: 1-D planar growth of each electrode's interphase (Wagner / Deal-Grove, eq. 1.1-1.3) with constant"
            + " conductivities, r_rxn and E_drive (the DFT window); pinholes as parallel channels; the interphase's conductivities are calibration"
            + " knobs without measured values for LATP; growth stops when the interphases have consumed the electrolyte between the electrodes";

    /**
     * Growth stops at the layer it consumes: when the interphases of both sides (growing into the same electrolyte) or of one
     * side (into its own) reach the electrolyte's thickness, the thickness arrays are frozen from then on (in place) and a
     * note says when. Returns that time (s), NaN when the electrolyte is not consumed within the run.
     */
    static double stopAtElectrolyte(CellStack stack, double[] times, List<double[]> grown, List<String> notes) {
        if (grown.isEmpty()) {
            return Double.NaN;
        }
        boolean shared = stack.first().electrolyte() == stack.last().electrolyte() || stack.electrolytes().size() == 1;
        double limit = shared ? stack.electrolytes().stream().mapToDouble(CellStack.Electrolyte::thickness).sum()
                : stack.first().electrolyte().thickness();
        if (!shared) {
            // sides grow into different electrolytes: each is bounded by its own (the first side's bound used for both as the conservative one)
            limit = Math.min(stack.first().electrolyte().thickness(), stack.last().electrolyte().thickness());
        }
        for (int i = 0; i < times.length; i++) {
            double total = 0;
            for (double[] l : grown) {
                total = shared ? total + l[i] : Math.max(total, l[i]);
            }
            if (total >= limit) {
                double previous = 0;
                for (double[] l : grown) {
                    previous = shared ? previous + (i > 0 ? l[i - 1] : 0) : Math.max(previous, i > 0 ? l[i - 1] : 0);
                }
                double at = i == 0 ? times[0] : times[i - 1] + (times[i] - times[i - 1]) * (limit - previous) / (total - previous);
                double scale = limit / total;
                for (double[] l : grown) {
                    double frozen = l[i] * scale;
                    for (int j = i; j < l.length; j++) {
                        l[j] = frozen;
                    }
                }
                notes.add(String.format(java.util.Locale.ROOT, "the interphase%s consumed the whole electrolyte (%.4g mm) at about %.4g h: growth stops"
                        + " there and the cell has failed (the mixed conductor spans the electrolyte: an electronic short)",
                        grown.size() > 1 && shared ? "s of both sides" : "", limit * 1e3, at / 3600));
                return at;
            }
        }
        return Double.NaN;
    }
}
