/*
 * Copyright (c) 2026 the Interphase contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.interphase.importer.autolab.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.interphase.data.Column;
import org.interphase.data.Dataset;
import org.interphase.data.Datasets;
import org.interphase.data.QuantityKind;
import org.interphase.data.Technique;
import org.interphase.importer.ImportException;
import org.interphase.importer.ImportResult;
import org.interphase.importer.Importers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.interphase.testdata.TestCorpus;

/**
 * Autolab formats NOVA ASCII and .dfr: a real NOVA export of the corpus, and files this test writes to the layouts
 * NOVA writes (docs/formats.md). (Autolab's Z60W export is ZPlot's layout: its importer and test are in the ZPlot bundles.)
 */
class AutolabTest {

    @TempDir
    Path folder;

    @Test
    void novaAsciiExport() throws Exception {
        Path eis = folder.resolve("nova-eis.txt");
        Files.writeString(eis, "Index;Frequency (Hz);Z' (Ω);-Z'' (Ω);Z (Ω);-Phase (°);Time (s)\n"
                + "1;100000;10,5;2,5;10,79;13,39;0,5\n"
                + "2;10000;12,0;-1,0;12,04;-4,76;1,5\n", StandardCharsets.UTF_8);
        ImportResult r = Importers.read(eis, null);
        assertEquals("autolab.nova", r.importer().id());
        Dataset d = r.dataset();
        assertEquals(Technique.EIS, d.technique());
        assertEquals(2, d.rows());
        assertEquals(10.5, d.column(QuantityKind.IMPEDANCE_REAL).orElseThrow().get(0), 0, "decimal comma");
        Column im = d.column(QuantityKind.IMPEDANCE_IMAGINARY).orElseThrow();
        assertEquals("Z''", im.name());
        assertEquals(-2.5, im.get(0), 0, "-Z'' 2,5 is Im(Z) -2.5");
        assertEquals(Math.toRadians(-13.39), d.column(QuantityKind.IMPEDANCE_PHASE).orElseThrow().get(0), 1e-12);
        assertEquals("Ohm", im.unit());

        Path cv = folder.resolve("nova-cv.txt");
        Files.writeString(cv, "Potential applied (V);Time (s);WE(1).Current (A);Scan;Index;WE(1).Potential (V)\n"
                + "0.1;0.01;1.2E-06;1;1;0.0999\n0.2;0.02;2.4E-06;1;2;0.1999\n0.1;0.03;-1E-06;2;3;0.1001\n", StandardCharsets.UTF_8);
        Dataset c = Importers.read(cv, null).dataset();
        assertEquals(Technique.CYCLIC_VOLTAMMETRY, c.technique());
        assertEquals("WE(1).Potential", c.column(QuantityKind.POTENTIAL).orElseThrow().name());
        assertEquals(QuantityKind.OTHER, c.column("Potential applied").orElseThrow().kind(), "the set potential is not the measured one");
        assertEquals(2.0, c.column(QuantityKind.CYCLE_INDEX).orElseThrow().get(2));

        Path bad = folder.resolve("nova-bad.txt");
        Files.writeString(bad, "Time (s);WE(1).Potential (V);WE(1).Current (A)\n0;1;2\n1;x;3\n", StandardCharsets.UTF_8);
        ImportException e = assertThrows(ImportException.class, () -> Importers.read(bad, "autolab.nova", Datasets::inMemory, null));
        assertEquals(bad + ": autolab.nova: line 3: field 2 (WE(1).Potential (V)) 'x' is not a number", e.getMessage());
    }

    /**
     * A real NOVA 2 export (Envismetrics' hydrodynamic linear sweep at 1000 rpm; the first 100 of its rows, see
     * testdata/PROVENANCE.tsv): text "Current range" column, measured and applied potential. Checked against numbers the
     * program does not make: the index counts 1..100, the time step is constant, and the applied potential's slope is
     * the 5 mV/s of the file's name.
     */
    @Test
    void realNovaLinearSweep() throws Exception {
        ImportResult r = Importers.read(TestCorpus.file("autolab-nova/HDV_G_DMAB_5mVs_1000rpm.first100.txt"), null);
        assertEquals("autolab.nova", r.importer().id());
        Dataset d = r.dataset();
        assertEquals(Technique.LINEAR_SWEEP_VOLTAMMETRY, d.technique());
        assertEquals(100, d.rows());
        Column index = d.column(QuantityKind.RECORD_INDEX).orElseThrow();
        for (int i = 0; i < 100; i++) {
            assertEquals(i + 1, index.get(i), 0);
        }
        Column t = d.column(QuantityKind.TIME).orElseThrow();
        Column applied = d.column("Potential applied").orElseThrow();
        double rate = (applied.get(99) - applied.get(0)) / (t.get(99) - t.get(0));
        assertEquals(5e-3, rate, 1e-7, "5 mV/s as the file name says");
        assertEquals(-7.55615234375E-05, d.column(QuantityKind.CURRENT).orElseThrow().get(0), 0);
        assertEquals(-1.0986328125, d.column(QuantityKind.POTENTIAL).orElseThrow().get(0), 0);
        Column range = d.column("Current range").orElseThrow();
        assertEquals("A", range.unit(), "100 µA read as a current");
        assertEquals(1e-4, range.get(50), 1e-18);
        assertTrue(d.warnings().isEmpty(), d.warnings().toString());
    }

    /**
     * Variants NOVA writes: a UTF-8 byte order mark, tabs, decimal commas, sparse columns, several measurements each
     * with its line of names, words in a column, chronoamperometry, chronopotentiometry and open circuit inferred.
     */
    @Test
    void novaVariants() throws Exception {
        Path tabs = folder.resolve("nova-tabs.txt");
        Files.writeString(tabs, "\uFEFFTime (s)\tWE(1).Current (A)\tWE(1).Potential (V)\tPotential applied (V)\tIndex\n"
                + "0,1\t1,5E-06\t0,2001\t0,2\t1\n"
                + "0,2\t\t0,2002\t0,2\t2\n"
                + "0,3\t1,3E-06\t\t0,2\t3\n", StandardCharsets.UTF_8);
        Dataset ca = Importers.read(tabs, null).dataset();
        assertEquals(Technique.CHRONOAMPEROMETRY, ca.technique());
        assertEquals(3, ca.rows());
        assertTrue(Double.isNaN(ca.column(QuantityKind.CURRENT).orElseThrow().get(1)), "an empty field is a missing value");
        assertEquals(1.3e-6, ca.column(QuantityKind.CURRENT).orElseThrow().get(2), 1e-20);
        assertEquals(0.3, ca.column(QuantityKind.TIME).orElseThrow().get(2), 1e-15);

        Path two = folder.resolve("nova-two.txt");
        Files.writeString(two, "Time (s);WE(1).Potential (V);WE(1).Current (A);Current applied (A);Step\n"
                + "0;3.1;1E-3;1E-3;1\n1;3.2;1E-3;1E-3;1\n\nCP 2\n"
                + "Time (s);WE(1).Potential (V);WE(1).Current (A);Current applied (A);Step;Corrected time (s)\n"
                + "0;3.2;-1E-3;-1E-3;2;10\n1;3.1;-1E-3;-1E-3;2;11\n", StandardCharsets.UTF_8);
        Dataset cp = Importers.read(two, null).dataset();
        assertEquals(4, cp.rows());
        assertEquals(Technique.CHRONOPOTENTIOMETRY, cp.technique(), "each measurement holds one current");
        assertEquals("2", cp.metadata().get("measurements"));
        assertEquals(2.0, cp.column("measurement").orElseThrow().get(3), 0);
        assertTrue(Double.isNaN(cp.column("Corrected time").orElseThrow().get(0)), "a column only the second measurement has");
        assertEquals(QuantityKind.OTHER, cp.column("Corrected time").orElseThrow().kind(), "Time is the time");
        assertEquals("line 5", cp.warnings().get(0).where());
        assertEquals("'CP 2' read as a title, not values", cp.warnings().get(0).what());

        Path ocp = folder.resolve("nova-ocp.txt");
        Files.writeString(ocp, "Time (s);WE(1).Potential (V);Remark;Time (s)\n0;0.51;start;10\n1;0.52;;11\n2;0.52;end;12\n", StandardCharsets.ISO_8859_1);
        Dataset o = Importers.read(ocp, "autolab.nova", Datasets::inMemory, null).dataset();
        assertEquals(Technique.OPEN_CIRCUIT_VOLTAGE, o.technique());
        assertEquals("0=start; 1=end", o.metadata().get("Remark.codes"));
        assertEquals(12.0, o.column("Time #2").orElseThrow().get(2), 0, "a name written twice is two columns");
        assertEquals(2.0, o.column(QuantityKind.TIME).orElseThrow().get(2), 0);

        Path other = folder.resolve("other.txt");
        Files.writeString(other, "a;b\n1;2\n", StandardCharsets.UTF_8);
        ImportException notNova = assertThrows(ImportException.class, () -> Importers.read(other, "autolab.nova", Datasets::inMemory, null));
        assertTrue(notNova.reason().startsWith("not a NOVA export"), notNova.reason());
    }

    @Test
    void novaVoltammogramWithItsCharges() throws Exception {
        // the layout of NOVA's CV export (ComPlat/chemotion-converter-app, test_files/ChemConverter/CV/Metrohm/NOVA-txt/
        // File021_CV.txt: semicolons, decimal commas, Q+ and Q- named without their unit, a current range and an overload
        // flag); its first three rows
        String text = String.join("\r\n", "Potential applied (V);Time (s);WE(1).Current (A);WE(1).Potential (V);Scan;Index;Q+;Q-;"
                + "Current range;Overload",
                "0,5010986328125;6,43711798374784;1E-05;0,50250244140625;1;1;3,32857083100825E-05;-2,27712796861306E-05;1 \u00B5A;"
                        + "Current overload",
                "0,502166748046875;6,44779898372087;9,3109130859375E-06;0,503570556640625;1;2;3,32857083100825E-05;-2,27712796861306E-05;"
                        + "10 \u00B5A;",
                "0,50323486328125;6,45847998369391;8,7432861328125E-06;0,50457763671875;1;3;3,32857083100825E-05;-2,27712796861306E-05;"
                        + "10 \u00B5A;", "");
        Path file = folder.resolve("File021_CV.txt");
        Files.writeString(file, text, StandardCharsets.UTF_8);
        ImportResult r = Importers.read(file, null);
        assertEquals("autolab.nova", r.importer().id());
        Dataset d = r.dataset();
        assertEquals(Technique.CYCLIC_VOLTAMMETRY, d.technique());
        assertEquals(3, d.rows());
        assertEquals("C", d.column("Q+").orElseThrow().unit());
        assertEquals(3.32857083100825E-05, d.column("Q+").orElseThrow().get(0), 1e-18);
        assertEquals("C", d.column("Q-").orElseThrow().unit());
        assertEquals(-2.27712796861306E-05, d.column("Q-").orElseThrow().get(2), 1e-18);
        assertEquals(9.3109130859375E-06, d.column(QuantityKind.CURRENT).orElseThrow().get(1), 1e-18);
    }

    static String dfr(String version, int declared, double[][] points) {
        StringBuilder s = new StringBuilder("VERSION" + version + "\r\n" + declared + "\r\n0\r\n");
        for (double[] p : points) {
            for (double v : p) {
                s.append(v).append("\r\n");
            }
        }
        return s.toString();
    }

    @Test
    void dfrFile() throws Exception {
        double[][] points = { { 1e5, 10.0, 2.0, 0.1, 1e-6, 1.0, 0, 0, 0 }, { 1e3, 12.0, 5.0, 0.1, 2e-6, 2.0, 0, 0, 0 } };
        Path file = folder.resolve("spectrum.dfr");
        Files.writeString(file, dfr("2.2", 2, points), StandardCharsets.ISO_8859_1);
        ImportResult r = Importers.read(file, null);
        assertEquals("autolab.dfr", r.importer().id());
        Dataset d = r.dataset();
        assertEquals(2, d.rows());
        assertEquals("2.2", d.metadata().get("dfr_version"));
        assertEquals(-5.0, d.column(QuantityKind.IMPEDANCE_IMAGINARY).orElseThrow().get(1), 0, "Z'' is stored negated");
        assertEquals(2e-6, d.column(QuantityKind.CURRENT).orElseThrow().get(1), 0);
        assertEquals(2.0, d.column(QuantityKind.TIME).orElseThrow().get(1), 0);

        Path shortFile = folder.resolve("short.dfr");
        Files.writeString(shortFile, dfr("2.2", 3, points), StandardCharsets.ISO_8859_1);
        ImportException e = assertThrows(ImportException.class, () -> Importers.read(shortFile, null));
        assertEquals("the file ends inside point 3 of 3", e.reason());
        assertEquals("line 22", e.location());

        Path longFile = folder.resolve("long.dfr");
        Files.writeString(longFile, dfr("2.2", 1, points), StandardCharsets.ISO_8859_1);
        // lines after the declared points (newer versions write settings there) are reported, not read
        Dataset longer = Importers.read(longFile, null).dataset();
        assertEquals(1, longer.rows());
        assertEquals("line 13", longer.warnings().get(0).where());
        assertTrue(longer.warnings().get(0).what().startsWith("9 lines after the 1 declared points"), longer.warnings().toString());
    }
}
