/*
 * Copyright (c) 2026 the Interphase contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.interphase.model.geometry;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

import org.eclipse.emf.common.util.BasicEList;
import org.eclipse.emf.common.util.ECollections;
import org.eclipse.emf.common.util.EList;
import org.interphase.model.Cell;
import org.interphase.model.ElectrodeLayer;
import org.interphase.model.Layer;
import org.interphase.model.MaterialLayer;
import org.interphase.model.SolidElectrolyte;
import org.interphase.model.StackEntry;

/** The roles of the layers in a cell's stack and the cell's active area. */
public final class CellGeometry {

    private CellGeometry() {
    }

    /** The layers of the cell's stack in order; a layer may appear twice (the same film on both faces). */
    public static EList<Layer> layers(Cell cell) {
        return ECollections.unmodifiableEList(
                new BasicEList<>(cell.getStack().stream().map(StackEntry::getLayer).filter(Objects::nonNull).toList()));
    }

    /** True for an electrode layer (Li foil, stainless steel, composite cathode). */
    public static boolean isElectrode(Layer layer) {
        return layer instanceof ElectrodeLayer;
    }

    /** True for a layer of solid electrolyte. */
    public static boolean isElectrolyte(Layer layer) {
        return !isElectrode(layer) && layer instanceof MaterialLayer materialLayer
                && materialLayer.getMaterial() instanceof SolidElectrolyte;
    }

    /** The solid-electrolyte layers of the stack, in order. */
    public static List<Layer> electrolyteLayers(Cell cell) {
        return layers(cell).stream().filter(CellGeometry::isElectrolyte).toList();
    }

    /** Interlayers between an electrode and the electrolyte: every layer that is neither electrode nor electrolyte. */
    public static List<Layer> interlayers(Cell cell) {
        return layers(cell).stream().filter(l -> !isElectrode(l) && !isElectrolyte(l)).toList();
    }

    /** Active area in m^2: the cell's own area, else the area of its first solid-electrolyte layer; NaN when unknown. */
    public static double activeAreaSquareMetres(Cell cell) {
        if (cell.getArea() != null) {
            return LayerGeometry.si(cell.getArea());
        }
        return electrolyteLayers(cell).stream().map(LayerGeometry::areaSquareMetres).filter(a -> a > 0).findFirst()
                .orElse(Double.NaN);
    }

    /** The stack in words, e.g. "Li foil | LbL film | LATP pellet | LbL film | Li foil". */
    public static String describeStack(Cell cell) {
        return layers(cell).stream().map(l -> l.getName() == null ? "?" : l.getName()).collect(Collectors.joining(" | "));
    }
}
