/*
 * Copyright (c) 2026 the Interphase contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.interphase.model.units;

import org.eclipse.emf.ecore.EAnnotation;
import org.eclipse.emf.ecore.EStructuralFeature;

/**
 * What a quantity-valued feature of the metamodel expects, read from its annotation
 * ({@value #SOURCE}: {@code dimension}, {@code range}, {@code unit}).
 *
 * @param dimension what the quantity measures
 * @param range     the values it may take
 * @param unit      the unit it is usually given in (the UI's default)
 */
public record QuantitySpec(Dimension dimension, Range range, String unit) {

    /** Source of the annotation on quantity-valued features in interphase.ecore. */
    public static final String SOURCE = "http://interphase.org/model/quantity";

    /** The values a quantity may take, checked in SI. */
    public enum Range {
        ANY("any", "any finite value"),
        POSITIVE("positive", "> 0"),
        NON_NEGATIVE("nonNegative", ">= 0"),
        FRACTION("fraction", "within [0, 1]");

        private final String key;
        private final String rule;

        Range(String key, String rule) {
            this.key = key;
            this.rule = rule;
        }

        /** The rule in words, e.g. "> 0". */
        public String rule() {
            return rule;
        }

        public boolean accepts(double si) {
            if (!Double.isFinite(si)) {
                return false;
            }
            return switch (this) {
                case ANY -> true;
                case POSITIVE -> si > 0;
                case NON_NEGATIVE -> si >= 0;
                case FRACTION -> si >= 0 && si <= 1;
            };
        }

        static Range byKey(String key) {
            for (Range r : values()) {
                if (r.key.equals(key)) {
                    return r;
                }
            }
            throw new IllegalArgumentException("unknown quantity range '" + key + "'");
        }
    }

    /** The spec of a feature, or null when the feature carries no quantity annotation. */
    public static QuantitySpec of(EStructuralFeature feature) {
        EAnnotation annotation = feature == null ? null : feature.getEAnnotation(SOURCE);
        if (annotation == null) {
            return null;
        }
        Dimension dimension = Dimension.byKey(annotation.getDetails().get("dimension"));
        if (dimension == null) {
            throw new IllegalStateException("feature " + feature.getName() + " names unknown dimension '"
                    + annotation.getDetails().get("dimension") + "'");
        }
        String range = annotation.getDetails().get("range");
        return new QuantitySpec(dimension, range == null ? Range.ANY : Range.byKey(range),
                annotation.getDetails().get("unit"));
    }
}
