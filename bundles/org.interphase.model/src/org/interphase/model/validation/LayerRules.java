/*
 * Copyright (c) 2026 the Interphase contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.interphase.model.validation;

import java.util.Map;

import org.eclipse.emf.common.util.DiagnosticChain;
import org.interphase.model.ExponentialGrowth;
import org.interphase.model.InterphasePackage;
import org.interphase.model.Layer;
import org.interphase.model.LayerByLayerFilm;
import org.interphase.model.LinearGrowth;
import org.interphase.model.MaterialLayer;
import org.interphase.model.util.InterphaseValidator;

/** Rules of layers and layer-by-layer films. */
public final class LayerRules {

    /** Relative disagreement allowed between a layer's area and the area of its diameter. */
    public static final double AREA_TOLERANCE = 1e-3;

    private LayerRules() {
    }

    public static boolean hasConsistentGeometry(Layer layer, DiagnosticChain diagnostics, Map<Object, Object> context) {
        double area = Rules.siOrNaN(layer.getArea());
        double diameter = Rules.siOrNaN(layer.getDiameter());
        if (area > 0 && diameter > 0) {
            double fromDiameter = Math.PI * diameter * diameter / 4;
            if (Math.abs(area - fromDiameter) > AREA_TOLERANCE * area) {
                return Rules.error(diagnostics, InterphaseValidator.LAYER__HAS_CONSISTENT_GEOMETRY, layer,
                        ModelLabels.label(layer) + ": area " + ModelLabels.format(layer.getArea()) + " and diameter "
                                + ModelLabels.format(layer.getDiameter()) + " disagree (a disc of that diameter has "
                                + String.format("%.4g", fromDiameter * 1e4) + " cm2); give one of them");
            }
        }
        return true;
    }

    public static boolean isComplete(MaterialLayer layer, DiagnosticChain diagnostics, Map<Object, Object> context) {
        boolean valid = true;
        if (layer.getMaterial() == null) {
            valid = Rules.error(diagnostics, InterphaseValidator.MATERIAL_LAYER__IS_COMPLETE, layer,
                    ModelLabels.label(layer) + " names no material");
        }
        return valid & Rules.requireQuantity(diagnostics, InterphaseValidator.MATERIAL_LAYER__IS_COMPLETE, layer,
                InterphasePackage.Literals.MATERIAL_LAYER__THICKNESS);
    }

    public static boolean hasValidGrowth(LayerByLayerFilm film, DiagnosticChain diagnostics, Map<Object, Object> context) {
        int code = InterphaseValidator.LAYER_BY_LAYER_FILM__HAS_VALID_GROWTH;
        String what = ModelLabels.label(film);
        boolean valid = true;
        if (film.getBilayerCount() < 0) {
            valid = Rules.error(diagnostics, code, film, what + ": bilayer count must be >= 0 (is " + film.getBilayerCount() + ")");
        }
        valid &= Rules.requireQuantity(diagnostics, code, film, InterphasePackage.Literals.LAYER_BY_LAYER_FILM__PRECURSOR_THICKNESS);
        if (film.getGrowthLaw() == null) {
            valid = Rules.error(diagnostics, code, film, what + " has no growth law; choose linear or exponential");
        } else if (film.getGrowthLaw() instanceof LinearGrowth) {
            valid &= Rules.requireQuantity(diagnostics, code, film, InterphasePackage.Literals.LAYER_BY_LAYER_FILM__THICKNESS_PER_BILAYER);
        } else if (film.getGrowthLaw() instanceof ExponentialGrowth exponential) {
            valid &= Rules.requireQuantity(diagnostics, code, exponential, InterphasePackage.Literals.EXPONENTIAL_GROWTH__AMPLITUDE);
            if (!(exponential.getRate() > 0) || !Double.isFinite(exponential.getRate())) {
                valid = Rules.error(diagnostics, code, exponential,
                        ModelLabels.label(exponential) + ": the rate b must be > 0 per bilayer (is " + exponential.getRate() + ")");
            }
            if (exponential.getTransitionBilayers() < 0) {
                valid = Rules.error(diagnostics, code, exponential, ModelLabels.label(exponential)
                        + ": the transition bilayer count n* must be >= 0 (is " + exponential.getTransitionBilayers() + ")");
            }
        }
        if (film.getFilmMaterial() == null) {
            Rules.warning(diagnostics, code, film, what + " names no film material, so its ionic and electronic "
                    + "conductivities are unknown and solvers cannot compute its resistance");
        }
        return valid;
    }
}
