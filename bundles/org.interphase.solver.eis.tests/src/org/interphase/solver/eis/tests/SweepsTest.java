/*
 * Copyright (c) 2026 the Interphase contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.interphase.solver.eis.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.interphase.data.Dataset;
import org.interphase.data.DatasetBuilder;
import org.interphase.data.Datasets;
import org.interphase.data.QuantityKind;
import org.interphase.solver.eis.data.ImpedanceData;
import org.interphase.solver.eis.data.Sweeps;
import org.interphase.testdata.TestCorpus;
import org.junit.jupiter.api.Test;

/** One spectrum at a time: sweeps of real files, rows of other techniques dropped with a count, the impedance columns chosen. */
class SweepsTest {

    private static Sweeps read(String relative) throws Exception {
        return Sweeps.read(TestCorpus.file(relative), null, null, new NullProgressMonitor());
    }

    /** Every sweep runs in one direction (frequencies only fall, or only rise) and holds no frequency twice. */
    private static void monotonic(Sweeps sweeps) {
        for (Sweeps.Sweep s : sweeps.sweeps()) {
            double[] f = s.data().f();
            int direction = 0;
            for (int k = 1; k < f.length; k++) {
                int d = (int) Math.signum(f[k] - f[k - 1]);
                assertTrue(d != 0 && (direction == 0 || d == direction), sweeps.source() + " sweep " + s.number() + " turns at row " + k);
                direction = d;
            }
        }
    }

    @Test
    void parstatMixedFileUsesItsEisRowsAndCountsTheOthers() throws Exception {
        // exampleDataParstat.txt ("MIXED"): 812 rows, of which 31 are an EIS sweep 10 kHz -> 10 Hz and 781 a chronopotentiometry (f = 0)
        Sweeps s = read("parstat-txt/exampleDataParstat.txt");
        assertEquals(1, s.count());
        assertEquals(812, s.rows());
        assertEquals(781, s.droppedRows());
        assertEquals(31, s.sweep(1).data().size());
        assertEquals(10000, s.sweep(1).data().f()[0], 1e-9);
        assertEquals(10, s.sweep(1).data().f()[30], 1e-9);
        assertTrue(s.droppedNote().orElseThrow().startsWith("781 of 812 rows dropped"), s.droppedNote().orElseThrow());
        monotonic(s);
    }

    @Test
    void biologicGcplWithEisHasFiveSweepsByItsZCycleColumn() throws Exception {
        // biol.mpr: a GCPL with an impedance sweep between the half cycles; 310 of its 23,561 rows are EIS rows, in 5 sweeps
        // (z cycle 0..4): 64, 64, 64, 64 points from 100 kHz, the last 54 points from 10 kHz
        Sweeps s = read("biologic-mpr/biol.mpr");
        assertEquals(5, s.count(), s.splitBy());
        assertTrue(s.splitBy().contains("z cycle"), s.splitBy());
        assertEquals(23561, s.rows());
        assertEquals(23561 - 310, s.droppedRows());
        assertEquals(List.of(64, 64, 64, 64, 54), s.sweeps().stream().map(w -> w.data().size()).toList());
        assertEquals(100019.5078125, s.sweep(1).data().f()[0], 1e-6);
        assertEquals(10019.53125, s.sweep(5).data().f()[0], 1e-6);
        assertEquals(List.of("|Z|", "Phase(Z)"), s.zColumns());
        monotonic(s);
        assertEquals(310, s.pooled().size());
    }

    @Test
    void biologicGeisLoopsAreFourSweeps() throws Exception {
        // yadg's geis.issue_149 (GPL: INTERPHASE_EXTRA_TESTDATA): 4 loops of 21 frequencies 200 kHz -> 100 Hz, "cycle number" 1..4
        for (String file : new String[] { "biologic-mpt/geis.issue_149.mpt", "biologic-mpr/geis.issue_149.mpr" }) {
            Sweeps s = read(file);
            assertEquals(4, s.count(), file);
            assertEquals(0, s.droppedRows(), file);
            for (Sweeps.Sweep w : s.sweeps()) {
                assertEquals(21, w.data().size(), file);
            }
            monotonic(s);
        }
    }

    @Test
    void singleSpectrumFilesAreOneSweep() throws Exception {
        for (String file : new String[] { "csv-eis/exampleData.csv", "gamry-dta/exampleDataGamry.DTA", "zplot-z/exampleDataZPlot.z",
                "biologic-mpt/exampleDataBioLogic.mpt", "autolab-z60w/exampleDataAutolab.txt", "chinstruments-txt/exampleDataCHInstruments.txt",
                "versastudio-par/exampleDataVersaStudio.par", "zahner-ism/li-ion-battery.ism", "powersuite-txt/exampleDataPowersuite.txt",
                "drt-txt/LIB_data.txt" }) {
            if (!TestCorpus.has(file)) {
                continue; // read by an importer bundle this test runtime may lack
            }
            Sweeps s;
            try {
                s = read(file);
            } catch (org.interphase.importer.ImportException e) {
                continue; // no importer installed in this test runtime for the format
            }
            assertEquals(1, s.count(), file + ": " + s.sweeps().stream().map(w -> w.data().size()).toList());
            assertEquals(0, s.droppedRows(), file);
            Path path = TestCorpus.file(file);
            assertEquals(ImpedanceData.read(path, new NullProgressMonitor()).size(), s.sweep(1).data().size(), file);
        }
    }

    /** A dataset of two columns sets and two sweeps, the second after two rows of another technique (f = 0). */
    private static Dataset gamryLike() {
        DatasetBuilder b = Datasets.inMemory();
        Map<String, QuantityKind> kinds = new java.util.LinkedHashMap<>();
        kinds.put("Freq", QuantityKind.FREQUENCY);
        kinds.put("Zreal", QuantityKind.IMPEDANCE_REAL);
        kinds.put("Zimag", QuantityKind.IMPEDANCE_IMAGINARY);
        kinds.put("ZrealDrCor", QuantityKind.IMPEDANCE_REAL);
        kinds.put("ZimagDrCor", QuantityKind.IMPEDANCE_IMAGINARY);
        var writers = new java.util.ArrayList<DatasetBuilder.ColumnWriter>();
        for (var e : kinds.entrySet()) {
            writers.add(b.column(e.getKey(), e.getKey().equals("Freq") ? "Hz" : "Ohm", e.getValue()));
        }
        double[][] rows = { { 1000, 1, -1, 1.1, -1.1 }, { 100, 2, -2, 2.1, -2.1 }, { 10, 3, -3, 3.1, -3.1 }, { 0, 0, 0, 0, 0 }, { 0, 0, 0, 0, 0 },
                { 1000, 4, -4, 4.1, -4.1 }, { 100, 5, -5, 5.1, -5.1 }, { 10, 6, -6, 6.1, -6.1 } };
        for (double[] row : rows) {
            for (int c = 0; c < row.length; c++) {
                writers.get(c).append(row[c]);
            }
        }
        return b.build();
    }

    @Test
    void frequencyRestartsSplitAndTheColumnSetIsChosen() {
        Sweeps s = Sweeps.of("gamry-like", gamryLike(), null);
        assertEquals(2, s.count());
        assertEquals(2, s.droppedRows());
        assertEquals("frequency restarts", s.splitBy());
        assertEquals(List.of("Zreal", "Zimag"), s.zColumns());
        assertEquals(4, s.sweep(2).data().re()[0]);
        assertEquals(5, s.sweep(2).firstRow());
        Sweeps corrected = Sweeps.of("gamry-like", gamryLike(), List.of("ZrealDrCor", "zimagdrcor"));
        assertEquals(List.of("ZrealDrCor", "ZimagDrCor"), corrected.zColumns());
        assertEquals(-4.1, corrected.sweep(2).data().im()[0]);
        IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class, () -> Sweeps.of("gamry-like", gamryLike(), List.of("Zre", "Zimag")));
        assertTrue(unknown.getMessage().contains("no column 'Zre'") && unknown.getMessage().contains("ZrealDrCor"), unknown.getMessage());
        IllegalArgumentException noSweep = assertThrows(IllegalArgumentException.class, () -> s.sweep(3));
        assertTrue(noSweep.getMessage().contains("has 2 sweeps"), noSweep.getMessage());
    }
}
