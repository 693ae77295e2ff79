/*
 * Copyright (c) 2026 the Interphase contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.interphase.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.interphase.model.ExponentialGrowth;
import org.interphase.model.InterphaseFactory;
import org.interphase.model.LayerByLayerFilm;
import org.interphase.model.Project;
import org.interphase.model.Quantity;
import org.interphase.model.SourceKind;
import org.interphase.model.geometry.LayerGeometry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The film thickness is derived from its growth law (docs/physics.md 4.1, V-LBL-1). */
class LayerByLayerGrowthTest {

    @ParameterizedTest(name = "{0} bilayers -> {1} nm")
    @CsvSource({ "0, 1.7", "10, 26.7", "30, 76.7", "40, 101.7" })
    void linearLawGivesThePaperThicknesses(int bilayers, double expectedNm) throws Exception {
        Project project = ExampleProject.load();
        LayerByLayerFilm film = (LayerByLayerFilm) ExampleProject.layer(project, "IL");
        film.setBilayerCount(bilayers);
        assertEquals(expectedNm * 1e-9, film.thicknessMetres(), 1e-15);
        assertEquals(expectedNm * 1e-9, film.getDerivedThickness(), 1e-15);
    }

    @Test
    void exampleFilmIs76point7Nanometres() throws Exception {
        LayerByLayerFilm film = (LayerByLayerFilm) ExampleProject.layer(ExampleProject.load(), "IL");
        assertEquals(30, film.getBilayerCount());
        assertEquals(76.7e-9, film.thicknessMetres(), 1e-15);
    }

    @Test
    void exponentialLawTurnsLinearAfterTheTransition() {
        // d(n) = d0 + A (e^{b min(n, n*)} - 1) + max(0, n - n*) A b e^{b n*}; A = 1 nm, b = 0.1, n* = 10
        InterphaseFactory f = InterphaseFactory.eINSTANCE;
        ExponentialGrowth law = f.createExponentialGrowth();
        law.setAmplitude(quantity(1, "nm"));
        law.setRate(0.1);
        law.setTransitionBilayers(10);
        double d0 = 1.7e-9;
        assertEquals(1.7e-9, LayerGeometry.filmThickness(law, d0, Double.NaN, 0), 1e-18);
        assertEquals((1.7 + 0.6487212707) * 1e-9, LayerGeometry.filmThickness(law, d0, Double.NaN, 5), 1e-18);
        assertEquals((1.7 + 1.7182818285) * 1e-9, LayerGeometry.filmThickness(law, d0, Double.NaN, 10), 1e-18);
        assertEquals((1.7 + 1.7182818285 + 10 * 0.1 * 2.7182818285) * 1e-9, LayerGeometry.filmThickness(law, d0, Double.NaN, 20), 1e-18);
        assertTrue(Double.isNaN(LayerGeometry.filmThickness(law, d0, Double.NaN, -1)));
    }

    static Quantity quantity(double value, String unit) {
        Quantity q = InterphaseFactory.eINSTANCE.createQuantity();
        q.setValue(value);
        q.setUnit(unit);
        q.setSource(SourceKind.USER);
        return q;
    }
}
