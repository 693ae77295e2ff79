/*
 * Copyright (c) 2026 the Interphase contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.interphase.model.geometry;

import org.interphase.model.ExponentialGrowth;
import org.interphase.model.GrowthLaw;
import org.interphase.model.Layer;
import org.interphase.model.LayerByLayerFilm;
import org.interphase.model.LinearGrowth;
import org.interphase.model.MaterialLayer;
import org.interphase.model.Quantity;

/** Thickness and area of layers in SI, including the growth laws of layer-by-layer films (docs/physics.md 4.1). */
public final class LayerGeometry {

    private LayerGeometry() {
    }

    /** Thickness in m: typed for a material layer, from the growth law for a layer-by-layer film; NaN when unknown. */
    public static double thicknessMetres(Layer layer) {
        if (layer instanceof MaterialLayer materialLayer) {
            return si(materialLayer.getThickness());
        }
        if (layer instanceof LayerByLayerFilm film) {
            return filmThickness(film.getGrowthLaw(), si(film.getPrecursorThickness()), si(film.getThicknessPerBilayer()),
                    film.getBilayerCount());
        }
        return Double.NaN;
    }

    /**
     * Thickness in m of a film of {@code bilayers} bilayers on a precursor of thickness {@code precursor} (m).
     * Linear: d = d_p + n d_bl. Exponential: d = d_p + A (exp(b n) - 1) for n <= n*, then growing linearly
     * with the slope at n*, A b exp(b n*). NaN when the law or a needed parameter is missing or n < 0.
     */
    public static double filmThickness(GrowthLaw law, double precursor, double perBilayer, int bilayers) {
        if (bilayers < 0) {
            return Double.NaN;
        }
        if (law instanceof LinearGrowth) {
            return precursor + bilayers * perBilayer;
        }
        if (law instanceof ExponentialGrowth exponential) {
            double a = si(exponential.getAmplitude());
            double b = exponential.getRate();
            int nStar = exponential.getTransitionBilayers();
            int n = Math.min(bilayers, nStar);
            double d = precursor + a * Math.expm1(b * n);
            if (bilayers > nStar) {
                d += (bilayers - nStar) * a * b * Math.exp(b * nStar);
            }
            return d;
        }
        return Double.NaN;
    }

    /** Area in m^2 from the area, else from the diameter of a disc; NaN when neither is given. */
    public static double areaSquareMetres(Layer layer) {
        if (layer.getArea() != null) {
            return si(layer.getArea());
        }
        if (layer.getDiameter() != null) {
            double d = si(layer.getDiameter());
            return Math.PI * d * d / 4;
        }
        return Double.NaN;
    }

    static double si(Quantity quantity) {
        if (quantity == null) {
            return Double.NaN;
        }
        try {
            return quantity.si();
        } catch (IllegalStateException unknownUnit) {
            return Double.NaN;
        }
    }
}
