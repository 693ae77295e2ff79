/*
 * Copyright (c) 2026 the Interphase contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.interphase.model.validation;

import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.DiagnosticChain;
import org.interphase.model.Cell;
import org.interphase.model.Layer;
import org.interphase.model.StackEntry;
import org.interphase.model.geometry.CellGeometry;
import org.interphase.model.util.InterphaseValidator;

/** Rules of cells: electrodes at both ends of the stack, an electrolyte between them. */
public final class CellRules {

    private CellRules() {
    }

    public static boolean hasElectrodesAtBothEnds(Cell cell, DiagnosticChain diagnostics, Map<Object, Object> context) {
        int code = InterphaseValidator.CELL__HAS_ELECTRODES_AT_BOTH_ENDS;
        String what = ModelLabels.label(cell);
        for (StackEntry entry : cell.getStack()) {
            if (entry.getLayer() == null) {
                return Rules.error(diagnostics, code, cell, what + ": stack position " + (cell.getStack().indexOf(entry) + 1)
                        + " names no layer");
            }
        }
        List<Layer> layers = cell.layers();
        if (layers.size() < 3) {
            return Rules.error(diagnostics, code, cell, what + " has " + layers.size()
                    + " layer(s); a cell needs an electrode at each end and an electrolyte between them");
        }
        boolean valid = true;
        if (!CellGeometry.isElectrode(layers.get(0))) {
            valid = Rules.error(diagnostics, code, cell, what + " must start with an electrode layer, not with "
                    + ModelLabels.label(layers.get(0)));
        }
        if (!CellGeometry.isElectrode(layers.get(layers.size() - 1))) {
            valid = Rules.error(diagnostics, code, cell, what + " must end with an electrode layer, not with "
                    + ModelLabels.label(layers.get(layers.size() - 1)));
        }
        for (int i = 1; i < layers.size() - 1; i++) {
            if (CellGeometry.isElectrode(layers.get(i))) {
                valid = Rules.error(diagnostics, code, cell, what + " has an electrode inside its stack (layer " + (i + 1)
                        + ", " + ModelLabels.label(layers.get(i)) + "); electrodes belong at the ends");
            }
        }
        return valid;
    }

    public static boolean hasElectrolyte(Cell cell, DiagnosticChain diagnostics, Map<Object, Object> context) {
        if (cell.getStack().size() >= 3 && CellGeometry.electrolyteLayers(cell).isEmpty()) {
            return Rules.error(diagnostics, InterphaseValidator.CELL__HAS_ELECTROLYTE, cell, ModelLabels.label(cell)
                    + " has no solid-electrolyte layer between its electrodes");
        }
        if (cell.getWetting() != null && cell.getWetting().getElectrolyte() == null) {
            return Rules.error(diagnostics, InterphaseValidator.CELL__HAS_ELECTROLYTE, cell.getWetting(),
                    ModelLabels.label(cell.getWetting()) + " names no liquid electrolyte");
        }
        return true;
    }
}
