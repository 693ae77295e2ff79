/*
 * Copyright (c) 2026 the Interphase contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.interphase.solver.cycling.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.interphase.data.Column;
import org.interphase.data.Dataset;
import org.interphase.data.QuantityKind;
import org.interphase.importer.ImportException;
import org.interphase.importer.Importers;
import org.interphase.solver.cycling.analytics.CyclingAnalysis;
import org.interphase.solver.cycling.analytics.CyclingAnalysis.HalfCycle;
import org.interphase.solver.cycling.analytics.CyclingAnalysis.Options;
import org.junit.jupiter.api.Test;

/**
 * The analytics on the real GCPL files of the test corpus read through the installed importers (Importers.read), each
 * with time, potential and current columns. References are computed here, independently of the importer and the
 * analytics: from the instrument's own capacity columns read from the text files by this test, or from the EC-Lab
 * text export of the same run.
 */
class ImportedDataTest {

    /** The file read by whichever installed importer reads it, with its time, potential and current columns. */
    static Dataset read(Path file) throws ImportException {
        assumeTrue(Files.isRegularFile(file), "test data missing: " + file);
        Dataset dataset = Importers.read(file, null).dataset();
        for (QuantityKind kind : new QuantityKind[] { QuantityKind.TIME, QuantityKind.POTENTIAL, QuantityKind.CURRENT }) {
            assertTrue(dataset.column(kind).isPresent(), "the importer of " + file.getFileName() + " gives no " + kind + " column");
        }
        return dataset;
    }

    @Test
    void biologicMprGcplMatchesItsEcLabTextExport() throws Exception {
        Dataset mpr = read(Example.data("biologic-mpr", "gcpl.issue_149.mpr"));
        EcLabText mpt = new EcLabText(Example.data("biologic-mpt", "gcpl.issue_149.mpt"));
        CyclingAnalysis fromMpr = CyclingAnalysis.of(mpr, Options.defaults());
        double[] qCharge = mpt.columns.get("Q charge/mA.h");
        double[] qDischarge = mpt.columns.get("Q discharge/mA.h");
        assertEquals(8, fromMpr.halfCycles().size());
        for (HalfCycle h : fromMpr.halfCycles()) {
            double ecLab = (h.isCharge() ? qCharge : qDischarge)[h.lastRow()] * 3.6;
            assertEquals(ecLab, h.charge(), 1e-6 * ecLab, "half cycle " + h.index()); // .mpr stores float32
        }
    }

    /**
     * testdata/README.md calls jdb11 "5 cycles between 2 and 3.8 V" (the file name's loop count); EC-Lab's own half-cycle counter
     * in the file says what was recorded: a first discharge from the rest potential (half cycle 0), then charges
     * (even half cycles 2, 4, ...) and discharges (odd ones) between 2 and 3.8 V. The complete charge/discharge cycles are
     * counted here from that column, independently of the analytics.
     */
    @Test
    void biologicMprCyclesBetweenTwoAndThreePointEightVolt() throws Exception {
        Dataset data = read(Example.data("biologic-mpr", "jdb11-1_c3_gcpl_5cycles_2V-3p8V_C-24_data_C09.mpr"));
        CyclingAnalysis a = CyclingAnalysis.of(data, Options.defaults());
        double[] halfCycle = data.column("half cycle").orElseThrow().toArray();
        java.util.Set<Integer> charges = new java.util.TreeSet<>();
        java.util.Set<Integer> discharges = new java.util.TreeSet<>();
        for (double h : halfCycle) {
            if (h >= 2) {
                ((int) h % 2 == 0 ? charges : discharges).add((int) h);
            }
        }
        int complete = 0;
        for (int c : charges) {
            complete += discharges.contains(c + 1) ? 1 : 0;
        }
        assertEquals(6, complete, "EC-Lab's half-cycle counter: 6 charge/discharge pairs after the first discharge");
        assertEquals(complete, a.cycles().stream().filter(c -> c.second() != null).count(), "complete cycles");
        // EC-Lab's counter: cycle 1 is the first discharge alone (partial), the complete cycles begin with a charge
        assertTrue(a.cycles().get(0).partial() && !a.cycles().get(0).first().isCharge());
        assertTrue(a.cycles().get(1).first().isCharge(), "cycles begin with the charge that follows the first discharge");
        assertTrue(a.notes().stream().anyMatch(n -> n.contains("preparatory")), a.notes().toString());
        double[] v = data.column(QuantityKind.POTENTIAL).orElseThrow().toArray();
        double[] t = data.column(QuantityKind.TIME).orElseThrow().toArray();
        double[] i = data.column(QuantityKind.CURRENT).orElseThrow().toArray();
        for (HalfCycle h : a.halfCycles()) {
            double sum = 0;
            for (int r = Math.max(h.firstRow(), 1); r <= h.lastRow(); r++) {
                // every record of the half cycle's sign counts, also below the rest threshold (the tail of a step)
                if (Math.signum(i[r]) == h.direction()) {
                    sum += Math.abs(i[r]) * (t[r] - t[r - 1]);
                }
                assertTrue(v[r] > 1.95 && v[r] < 3.85, "Ewe " + v[r] + " V outside 2-3.8 V in half cycle " + h.index());
            }
            assertEquals(sum, h.charge(), 1e-9 * sum + 1e-12);
        }
        // the instrument's own charge counter: each half cycle's change of (Q - Qo)
        Column q = data.column("(Q-Qo)").orElseThrow();
        for (HalfCycle h : a.halfCycles()) {
            double change = Math.abs(q.get(h.lastRow()) - q.get(Math.max(h.firstRow() - 1, 0)));
            assertEquals(change, h.charge(), 2e-3 * change, "half cycle " + h.index() + " against " + q.name());
        }
    }

    @Test
    void newareCsvMatchesNewaresPerStepCapacities() throws Exception {
        Path file = Example.data("neware-csv", "neware_uio.csv");
        Dataset data = read(file);
        CyclingAnalysis a = CyclingAnalysis.of(data, Options.defaults());
        List<double[]> reference = perDirectionFromColumns(Files.readAllLines(file, StandardCharsets.ISO_8859_1), ",", "Current(A)", "Capacity(Ah)",
                "Step Index");
        assumeTrue(!reference.isEmpty());
        assertEquals(reference.size(), a.halfCycles().size(), "half cycles");
        for (int k = 0; k < reference.size(); k++) {
            HalfCycle h = a.halfCycles().get(k);
            assertEquals(reference.get(k)[0], h.direction(), 0, "direction of half cycle " + k);
            assertEquals(reference.get(k)[1], h.charge(), 0.01 * reference.get(k)[1], "half cycle " + k);
        }
        // a graphite | Li half-cell: discharge (lithiation) first, so CE = charge / discharge; cycle 1: 4.249 / 5.086 mAh
        assertTrue(a.cycles().get(0).first().direction() < 0);
        assertEquals(4.24934 / (4.68031 + 0.28183 + 0.12414), a.cycles().get(0).coulombicEfficiency(), 0.01);
    }

    @Test
    void maccorTextMatchesMaccorsPerStepCapacities() throws Exception {
        Path file = Example.data("maccor-txt", "maccor_002.txt");
        Dataset data = read(file);
        double[] i = data.column(QuantityKind.CURRENT).orElseThrow().toArray();
        boolean signed = false;
        for (double x : i) {
            signed |= x < 0;
        }
        assertTrue(signed, "the importer gives Maccor's unsigned current; the analytics need charge positive, discharge negative");
        CyclingAnalysis a = CyclingAnalysis.of(data, Options.defaults());
        List<String> lines = Files.readAllLines(file, StandardCharsets.ISO_8859_1);
        // Maccor: 'Cap. [Ah]' restarts with each step; 'Md' says C (charge), D (discharge) or R (rest)
        int header = 0;
        while (!lines.get(header).startsWith("Rec\t")) {
            header++;
        }
        String[] names = lines.get(header).split("\t");
        int cap = indexOf(names, "Cap. [Ah]");
        int md = indexOf(names, "Md");
        int step = indexOf(names, "Step");
        List<double[]> reference = new ArrayList<>();
        String lastKey = null;
        double lastCap = 0;
        int lastDirection = 0;
        for (String line : lines.subList(header + 1, lines.size())) {
            String[] f = line.split("\t");
            if (f.length <= md || f[0].isBlank()) {
                continue;
            }
            int direction = f[md].equals("C") ? 1 : f[md].equals("D") ? -1 : 0;
            String key = f[step] + f[md];
            if (lastKey != null && !key.equals(lastKey) && lastDirection != 0) {
                add(reference, lastDirection, lastCap * 3600);
            }
            lastKey = key;
            lastDirection = direction;
            lastCap = Double.parseDouble(f[cap]);
        }
        if (lastDirection != 0) {
            add(reference, lastDirection, lastCap * 3600);
        }
        assertEquals(reference.size(), a.halfCycles().size(), "half cycles");
        for (int k = 0; k < reference.size(); k++) {
            assertEquals(reference.get(k)[1], a.halfCycles().get(k).charge(), 0.01 * reference.get(k)[1], "half cycle " + k);
        }
    }

    /** Per half cycle (consecutive steps of one current direction): {direction, sum of the steps' final capacities in C}. */
    static List<double[]> perDirectionFromColumns(List<String> lines, String separator, String currentName, String capacityName, String stepName) {
        String[] names = lines.get(0).split(separator, -1);
        int current = indexOf(names, currentName);
        int capacity = indexOf(names, capacityName);
        int step = indexOf(names, stepName);
        List<double[]> result = new ArrayList<>();
        String lastStep = null;
        double lastCapacity = 0;
        int lastDirection = 0;
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split(separator, -1);
            if (f.length <= Math.max(current, capacity)) {
                continue;
            }
            double i = Double.parseDouble(f[current]);
            int direction = i > 0 ? 1 : i < 0 ? -1 : 0;
            String key = f[step];
            boolean newStep = lastStep == null || !key.equals(lastStep);
            if (newStep && lastStep != null && lastDirection != 0) {
                add(result, lastDirection, lastCapacity * 3600);
            }
            if (newStep) {
                lastDirection = 0;
            }
            if (direction != 0) {
                lastDirection = direction;
            }
            lastStep = key;
            lastCapacity = Double.parseDouble(f[capacity]);
        }
        if (lastDirection != 0) {
            add(result, lastDirection, lastCapacity * 3600);
        }
        return result;
    }

    private static void add(List<double[]> halves, int direction, double coulombs) {
        if (!halves.isEmpty() && halves.get(halves.size() - 1)[0] == direction) {
            halves.get(halves.size() - 1)[1] += coulombs;
        } else {
            halves.add(new double[] { direction, coulombs });
        }
    }

    private static int indexOf(String[] names, String name) {
        for (int k = 0; k < names.length; k++) {
            if (names[k].strip().equals(name)) {
                return k;
            }
        }
        throw new IllegalStateException("no column '" + name + "'");
    }

    private static double maxAbs(double[] values) {
        double m = 0;
        for (double v : values) {
            m = Math.max(m, Math.abs(v));
        }
        return m;
    }
}
