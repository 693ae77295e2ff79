/*
 * Copyright (c) 2026 the Interphase contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.interphase.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.interphase.cli.tests.CommandLineTest.Run;
import org.junit.jupiter.api.Test;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/** describe on the paper's example: numbers checked against docs/physics.md (V-LBL-1, V-EIS-6) and the paper. */
class DescribeCommandTest {

    @Test
    void textShowsDerivedFilmThicknessAndStacks() {
        Run run = CommandLineTest.run("describe", CommandLineTest.example().toString());
        assertEquals(0, run.exit(), run.err());
        assertTrue(run.out().contains("IL  [layer by layer film]  thickness 76.7 nm  (derived: 1.7 nm precursor + 30 bilayers, linear growth of 2.5 nm, wetted)"),
                run.out());
        assertTrue(run.out().contains("LATP pellet  [material layer]  thickness 1000000 nm"), run.out());
        assertTrue(run.out().contains("Li|IL|LATP|IL|Li  stack: Li | IL | LATP pellet | IL | Li"), run.out());
        assertTrue(run.out().contains("area 0.5027 cm2"), run.out());
    }

    @Test
    void jsonFollowsTheDocumentedSchema() {
        Run run = CommandLineTest.run("describe", CommandLineTest.example().toString(), "--json");
        assertEquals(0, run.exit(), run.err());
        JsonObject root = JsonParser.parseString(run.out()).getAsJsonObject();
        assertEquals("interphase-describe/1", root.get("schema").getAsString());

        JsonObject film = byName(root.getAsJsonArray("layers"), "IL");
        assertEquals(76.7, film.get("thickness_nm").getAsDouble(), 1e-9); // V-LBL-1
        assertTrue(film.get("thickness_derived").getAsBoolean());
        assertEquals(30, film.getAsJsonObject("film").get("bilayer_count").getAsInt());
        assertEquals("linear", film.getAsJsonObject("film").get("growth_law").getAsString());

        JsonObject pellet = byName(root.getAsJsonArray("layers"), "LATP pellet");
        assertEquals(1e-3, pellet.get("thickness_m").getAsDouble(), 1e-15);
        assertEquals("user", pellet.getAsJsonObject("properties").getAsJsonObject("thickness").get("source").getAsString());

        JsonArray cells = root.getAsJsonArray("cells");
        assertEquals(List.of("Li|LATP|Li", "Li|IL|LATP|IL|Li", "SS|LATP|Li", "SS|IL|LATP|IL|Li", "Li|LATP|LFP", "Li|IL|LATP|IL|LFP"), names(cells));
        JsonObject coated = byName(cells, "Li|IL|LATP|IL|Li");
        assertEquals(List.of("Li", "IL", "LATP pellet", "IL", "Li"), strings(coated.getAsJsonArray("stack")));
        assertEquals(List.of("IL", "IL"), strings(coated.getAsJsonArray("interlayers")));
        assertEquals(0.5027e-4, coated.get("area_m2").getAsDouble(), 1e-8); // 8 mm die (V-EIS-6)
        assertEquals(298.15, coated.get("temperature_K").getAsDouble(), 1e-12);
        assertEquals(0.5e-6, coated.getAsJsonObject("wetting").get("volume_m3").getAsDouble(), 1e-18);
        assertTrue(byName(cells, "Li|LATP|Li").get("wetting").isJsonNull());

        JsonObject latp = byName(root.getAsJsonArray("materials"), "LATP");
        JsonObject sigma = latp.getAsJsonObject("properties").getAsJsonObject("bulkConductivity");
        assertEquals(1e-3, sigma.get("value").getAsDouble(), 0);
        assertEquals("S/cm", sigma.get("unit").getAsString());
        assertEquals(0.1, sigma.get("si").getAsDouble(), 1e-15);
        assertEquals("S/m", sigma.get("si_unit").getAsString());
        assertEquals(2.17, latp.getAsJsonObject("stability_window").getAsJsonObject("properties")
                .getAsJsonObject("reductionPotential").get("si").getAsDouble(), 1e-12);
    }

    private static JsonObject byName(JsonArray array, String name) {
        for (JsonElement e : array) {
            if (e.getAsJsonObject().get("name").getAsString().equals(name)) {
                return e.getAsJsonObject();
            }
        }
        throw new AssertionError("no element named " + name);
    }

    private static List<String> names(JsonArray array) {
        List<String> names = new ArrayList<>();
        array.forEach(e -> names.add(e.getAsJsonObject().get("name").getAsString()));
        return names;
    }

    private static List<String> strings(JsonArray array) {
        List<String> values = new ArrayList<>();
        array.forEach(e -> values.add(e.getAsString()));
        return values;
    }
}
