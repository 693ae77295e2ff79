/*
 * Copyright (c) 2026 the Interphase contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.interphase.solver.cycling.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.interphase.data.Dataset;
import org.interphase.data.DatasetBuilder;
import org.interphase.data.Datasets;
import org.interphase.data.QuantityKind;
import org.interphase.solver.cycling.analytics.AnalysisException;
import org.interphase.solver.cycling.analytics.CyclingAnalysis;
import org.interphase.solver.cycling.analytics.CyclingAnalysis.Cycle;
import org.interphase.solver.cycling.analytics.CyclingAnalysis.HalfCycle;
import org.interphase.solver.cycling.analytics.CyclingAnalysis.Options;
import org.interphase.solver.cycling.analytics.SavitzkyGolay;
import org.junit.jupiter.api.Test;

/**
 * Analytics of cycling records: Savitzky-Golay against its classic coefficients, a synthetic record with sums known
 * in closed form, and EC-Lab's own text export of a real GCPL run (gcpl.issue_149.mpt) against the capacities and
 * efficiencies EC-Lab computed and wrote into the same file.
 */
class AnalyticsTest {

    @Test
    void savitzkyGolayHasTheClassicCoefficients() {
        double[] impulse = new double[21];
        impulse[10] = 35;
        double[] smooth = new SavitzkyGolay(5, 2).smooth(impulse);
        // window 5, order 2: (-3, 12, 17, 12, -3) / 35 (Savitzky & Golay 1964, table I)
        double[] expected = { -3, 12, 17, 12, -3 };
        for (int k = 0; k < 5; k++) {
            assertEquals(expected[k], smooth[8 + k], 1e-12);
        }
        // first derivative, window 5, order 2: (-2, -1, 0, 1, 2) / 10
        double[] ramp = new double[21];
        ramp[10] = 10;
        double[] slope = new SavitzkyGolay(5, 2).derivative(ramp, 1);
        double[] d = { 2, 1, 0, -1, -2 };
        for (int k = 0; k < 5; k++) {
            assertEquals(d[k], slope[8 + k], 1e-12);
        }
        // polynomials up to the order are kept exactly, ends included
        double[] cubic = new double[30];
        double[] derivative = new double[30];
        for (int k = 0; k < 30; k++) {
            double x = 0.1 * k;
            cubic[k] = 1 - 2 * x + 0.5 * x * x * x;
            derivative[k] = -2 + 1.5 * x * x;
        }
        SavitzkyGolay sg = new SavitzkyGolay(11, 3);
        double[] s = sg.smooth(cubic);
        double[] ds = sg.derivative(cubic, 0.1);
        for (int k = 0; k < 30; k++) {
            assertEquals(cubic[k], s[k], 1e-10);
            assertEquals(derivative[k], ds[k], 1e-9);
        }
        assertThrows(IllegalArgumentException.class, () -> new SavitzkyGolay(4, 2));
    }

    @Test
    void syntheticRecordWithKnownSums() throws Exception {
        // 3 cycles: charge 1 mA for 1 h (V from 3.0 to 3.5 V linearly in Q), rest 10 min, discharge 0.9 mA for 1 h (3.4 -> 2.9 V), rest
        int perHour = 360; // every 10 s
        DatasetBuilder b = Datasets.inMemory();
        DatasetBuilder.ColumnWriter t = b.column("t", "s", QuantityKind.TIME);
        DatasetBuilder.ColumnWriter v = b.column("V", "V", QuantityKind.POTENTIAL);
        DatasetBuilder.ColumnWriter i = b.column("I", "A", QuantityKind.CURRENT);
        double time = 0;
        t.append(0);
        v.append(3.0);
        i.append(0);
        for (int c = 0; c < 3; c++) {
            for (int k = 1; k <= perHour; k++) {
                time += 10;
                t.append(time);
                v.append(3.0 + 0.5 * k / perHour);
                i.append(1e-3);
            }
            for (int k = 1; k <= 60; k++) {
                time += 10;
                t.append(time);
                v.append(3.45);
                i.append(0);
            }
            for (int k = 1; k <= perHour; k++) {
                time += 10;
                t.append(time);
                v.append(3.4 - 0.5 * k / perHour);
                i.append(-0.9e-3);
            }
            for (int k = 1; k <= 60; k++) {
                time += 10;
                t.append(time);
                v.append(3.0);
                i.append(0);
            }
        }
        Dataset data = b.build();
        CyclingAnalysis a = CyclingAnalysis.of(data, Options.defaults().withActiveMass(10e-6));
        assertEquals(6, a.halfCycles().size());
        assertEquals(3, a.cycles().size());
        assertTrue(!a.symmetric());
        for (Cycle c : a.cycles()) {
            assertEquals(3.6, c.charge(), 1e-12); // 1 mA x 3600 s
            assertEquals(3.24, c.discharge(), 1e-12); // 0.9 mA x 3600 s
            assertEquals(0.9, c.coulombicEfficiency(), 1e-12);
            assertEquals(100, a.perGram(c.charge()), 1e-9); // 3.6 C = 1 mAh over 10 mg
            // mean voltage of V = 3.0 + 0.5 k/n sampled at k = 1..n: 3.25 + 0.25/n
            assertEquals(3.25 + 0.25 / perHour, c.chargeHalf().meanVoltage(), 1e-12);
            assertEquals(3.15 - 0.25 / perHour, c.dischargeHalf().meanVoltage(), 1e-12);
        }
        assertEquals(1, a.referenceCycle());
        assertEquals(1, a.retention(3), 1e-12);
        // dQ/dV of a voltage linear in charge: 3.6 C / 0.5 V = 7.2 C/V on charge, -3.24 / 0.5 = -6.48 C/V on discharge
        List<CyclingAnalysis.DifferentialCapacity> dqdv = a.differentialCapacity();
        assertEquals(6, dqdv.size());
        for (double x : dqdv.get(0).dqdv()) {
            assertEquals(3.6 * (perHour - 1) / perHour / (0.5 * (perHour - 1) / perHour), x, 1e-6);
        }
        for (double x : dqdv.get(1).dqdv()) {
            assertEquals(-6.48, x, 1e-6);
        }
        // V(Q) of each half cycle: the records of its current only (no rest), charge from 3.6/360 C up to the half's charge
        for (CyclingAnalysis.HalfCycle half : a.halfCycles()) {
            double[][] curve = a.capacityCurve(half);
            assertEquals(perHour, curve[0].length);
            assertEquals(half.charge(), curve[0][perHour - 1], 1e-12);
            assertEquals(half.charge() / perHour, curve[0][0], 1e-12);
            assertEquals(half.isCharge() ? 3.5 : 2.9, curve[1][perHour - 1], 1e-12);
        }
        // step averages against the trapezoid: the first point after a rest ramps from 0
        CyclingAnalysis trapezoid = CyclingAnalysis.of(data, Options.defaults().withIntegration(CyclingAnalysis.Integration.TRAPEZOID));
        assertEquals(3.6 - 0.5 * 1e-3 * 10, trapezoid.cycles().get(0).charge(), 1e-12);
    }

    @Test
    void symmetricEnvelopeAndFailure() throws Exception {
        // +-1 mA half cycles of 1 h; |V| = 0.1 V + 0.01 V per half cycle; after 8 half cycles it drops to 1 mV (a short)
        int halves = 12;
        double[] t = new double[halves * 11];
        double[] v = new double[t.length];
        double[] i = new double[t.length];
        for (int h = 0; h < halves; h++) {
            double magnitude = h < 8 ? 0.1 + 0.01 * h : 0.001;
            for (int k = 0; k < 11; k++) {
                int n = h * 11 + k;
                t[n] = h * 3600 + k * 360.0;
                double sign = h % 2 == 0 ? 1 : -1;
                v[n] = sign * magnitude;
                i[n] = sign * 1e-3;
            }
        }
        CyclingAnalysis a = CyclingAnalysis.of(t, v, i, Options.defaults());
        assertTrue(a.symmetric());
        double[] envelope = a.envelope();
        assertEquals(halves, envelope.length);
        assertEquals(0.17, envelope[7], 1e-12);
        CyclingAnalysis.Failure f = a.failure();
        assertEquals("short", f.mode());
        assertEquals(8 * 3600.0, f.time(), 1e-9);
        // a voltage limit below the envelope's peak fails first
        CyclingAnalysis limited = CyclingAnalysis.of(t, v, i, Options.defaults().withFailure(0.15, 0.5));
        assertEquals("voltage limit", limited.failure().mode());
        assertEquals(5 * 3600.0, limited.failure().time(), 1e-9);
        // a healthy record does not fail
        double[] healthy = v.clone();
        for (int n = 0; n < healthy.length; n++) {
            healthy[n] = Math.signum(v[n]) * 0.1;
        }
        assertNull(CyclingAnalysis.of(t, healthy, i, Options.defaults()).failure());
    }

    @Test
    void refusesRecordsWithoutTheNeededColumns() {
        DatasetBuilder b = Datasets.inMemory();
        b.column("t", "s", QuantityKind.TIME).append(0);
        b.column("V", "V", QuantityKind.POTENTIAL).append(3);
        AnalysisException e = assertThrows(AnalysisException.class, () -> CyclingAnalysis.of(b.build(), Options.defaults()));
        assertEquals("the dataset: no measured current column (columns: [t [TIME], V [POTENTIAL]])", e.getMessage());
    }

    @Test
    void ecLabTextExportMatchesEcLabsOwnCapacities() throws Exception {
        EcLabText mpt = new EcLabText(Example.data("biologic-mpt", "gcpl.issue_149.mpt"));
        CyclingAnalysis a = CyclingAnalysis.of(mpt.dataset, Options.defaults().withActiveMass(mpt.characteristicMassKg));
        assertEquals(1e-6, a.activeMass(), 1e-18); // "Characteristic mass : 0,001 g"
        // 4 cycles of 10 s at +30 uA then -30 uA (the file's settings)
        assertEquals(8, a.halfCycles().size());
        assertEquals(4, a.cycles().size());
        double[] halfCycle = mpt.columns.get("half cycle");
        double[] qCharge = mpt.columns.get("Q charge/mA.h");
        double[] qDischarge = mpt.columns.get("Q discharge/mA.h");
        double[] dq = mpt.columns.get("dq/mA.h");
        double[] ewe = mpt.columns.get("Ewe/V");
        double[] current = mpt.columns.get("<I>/mA");
        for (HalfCycle h : a.halfCycles()) {
            // EC-Lab's own capacity at the half cycle's last record, and the sum of its per-record dq over that half cycle
            double ecLab = (h.isCharge() ? qCharge : qDischarge)[h.lastRow()] * 3.6;
            double sum = 0;
            double energy = 0;
            for (int r = 0; r < halfCycle.length; r++) {
                if (halfCycle[r] == h.index() && current[r] != 0) {
                    sum += Math.abs(dq[r]) * 3.6;
                    energy += Math.abs(dq[r]) * 3.6 * ewe[r];
                }
            }
            assertEquals(ecLab, h.charge(), 1e-9 * ecLab, "half cycle " + h.index());
            assertEquals(sum, h.charge(), 1e-9 * sum);
            assertEquals(energy / sum, h.meanVoltage(), 1e-9);
            assertEquals(h.index() % 2 == 0 ? 1 : -1, h.direction());
        }
        // EC-Lab's efficiencies (discharge / charge), written with two decimals: 99.94, 99.96, 99.98, 99.97 %
        double[] efficiency = { 99.94, 99.96, 99.98, 99.97 };
        for (Cycle c : a.cycles()) {
            assertEquals(efficiency[c.n() - 1], 100 * c.coulombicEfficiency(), 0.006, "cycle " + c.n());
        }
        // per gram: 8.336e-5 mAh over 1 mg
        assertEquals(0.08336, a.perGram(a.cycles().get(0).charge()), 0.00001);
        assertEquals(qDischarge[131] / qDischarge[32], a.retention(4), 1e-9);
        assertTrue(a.differentialCapacity().size() >= 8);
    }
}
