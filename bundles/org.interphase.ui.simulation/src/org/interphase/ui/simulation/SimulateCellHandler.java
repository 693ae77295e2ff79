/*
 * Copyright (c) 2026 the Interphase contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.interphase.ui.simulation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.handlers.HandlerUtil;
import org.interphase.model.Cell;
import org.interphase.solver.CellSolver;
import org.interphase.solver.Solver;
import org.interphase.solver.Solvers;
import org.interphase.ui.editor.InterphaseModelEditor;

/** Simulate... on a cell of the model editor: the run dialog, then the run as a Job stored in the model. */
public class SimulateCellHandler extends AbstractHandler {

    /** The order solvers are offered in: the most specific for a cell first, interphase growth (any cell) last. */
    private static final List<String> ORDER = List.of("symmetric", "fullcell", "lsv", "mci");

    @Override
    public Object execute(ExecutionEvent event) throws ExecutionException {
        IEditorPart part = HandlerUtil.getActiveEditor(event);
        Object selected = HandlerUtil.getCurrentStructuredSelection(event).getFirstElement();
        if (!(part instanceof InterphaseModelEditor editor) || !(selected instanceof Cell cell) || editor.project() == null) {
            return null;
        }
        List<CellSolver<?, ?>> solvers = cellSolvers();
        if (solvers.isEmpty()) {
            MessageDialog.openInformation(HandlerUtil.getActiveShell(event), "Simulate", "No cell solvers are installed.");
            return null;
        }
        SimulationDialog dialog = new SimulationDialog(HandlerUtil.getActiveShell(event), cell, solvers);
        if (dialog.open() == Window.OK) {
            SimulationLauncher.launch(editor, cell, dialog.solver(), dialog.settings(), null);
        }
        return null;
    }

    /** The installed cell solvers, in the order offered. */
    public static List<CellSolver<?, ?>> cellSolvers() {
        List<CellSolver<?, ?>> solvers = new ArrayList<>();
        for (Solver<?, ?> solver : Solvers.all()) {
            if (solver instanceof CellSolver<?, ?> cellSolver) {
                solvers.add(cellSolver);
            }
        }
        solvers.sort(Comparator.comparingInt(s -> {
            int index = ORDER.indexOf(s.id());
            return index < 0 ? ORDER.size() : index;
        }));
        return solvers;
    }
}
