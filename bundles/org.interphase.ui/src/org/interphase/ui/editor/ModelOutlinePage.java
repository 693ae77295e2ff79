/*
 * Copyright (c) 2026 the Interphase contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.interphase.ui.editor;

import java.util.List;

import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.views.contentoutline.ContentOutlinePage;
import org.interphase.model.Cell;
import org.interphase.model.Project;
import org.interphase.model.StackEntry;
import org.interphase.model.geometry.CellGeometry;

/**
 * The Outline of a model: its cells and, under each, the stack from one electrode to the other with every layer's
 * thickness. Selecting a cell or a position selects it in the editor.
 */
public class ModelOutlinePage extends ContentOutlinePage {

    private final InterphaseModelEditor editor;

    public ModelOutlinePage(InterphaseModelEditor editor) {
        this.editor = editor;
    }

    @Override
    public void createControl(Composite parent) {
        super.createControl(parent);
        TreeViewer tree = getTreeViewer();
        tree.setContentProvider(new ITreeContentProvider() {
            @Override
            public Object[] getElements(Object input) {
                return ((Project) input).getCells().toArray();
            }

            @Override
            public Object[] getChildren(Object parent) {
                return parent instanceof Cell cell ? cell.getStack().toArray() : new Object[0];
            }

            @Override
            public Object getParent(Object element) {
                return element instanceof StackEntry entry ? entry.eContainer() : null;
            }

            @Override
            public boolean hasChildren(Object element) {
                return element instanceof Cell cell && !cell.getStack().isEmpty();
            }
        });
        tree.setLabelProvider(new LabelProvider() {
            @Override
            public String getText(Object element) {
                if (element instanceof Cell cell) {
                    double area = cell.activeAreaSquareMetres();
                    return cell.getName() + (Double.isFinite(area) ? String.format("   %.4f cm²", area * 1e4) : "")
                            + (cell.getWetting() != null ? "   wetted" : "");
                }
                if (element instanceof StackEntry entry && entry.getLayer() != null) {
                    String role = CellGeometry.isElectrode(entry.getLayer()) ? "electrode"
                            : CellGeometry.isElectrolyte(entry.getLayer()) ? "electrolyte" : "interlayer";
                    return entry.getLayer().getName() + "   " + Formats.length(entry.getLayer().thicknessMetres()) + "   " + role;
                }
                return "(no layer)";
            }
        });
        tree.setInput(editor.project());
        tree.expandAll();
    }

    @Override
    public void selectionChanged(org.eclipse.jface.viewers.SelectionChangedEvent event) {
        super.selectionChanged(event);
        List<?> selected = getTreeViewer().getStructuredSelection().toList();
        if (!selected.isEmpty()) {
            editor.select(selected);
        }
    }

    /** Shows the model's current state. */
    public void refresh() {
        TreeViewer tree = getTreeViewer();
        if (tree != null && !tree.getControl().isDisposed()) {
            tree.refresh();
        }
    }
}
