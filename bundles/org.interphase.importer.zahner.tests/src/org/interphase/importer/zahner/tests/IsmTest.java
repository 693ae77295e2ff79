/*
 * Copyright (c) 2026 the Interphase contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.interphase.importer.zahner.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import org.interphase.data.Column;
import org.interphase.data.Dataset;
import org.interphase.data.Metadata;
import org.interphase.data.QuantityKind;
import org.interphase.data.Technique;
import org.interphase.importer.ImportException;
import org.interphase.importer.ImportResult;
import org.interphase.importer.Importers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.interphase.testdata.TestCorpus;

/**
 * Zahner .ism: Zahner-Analysis's example spectrum (no published numbers: checked against the physics of a Li-ion cell
 * and the file's own arrays), and the overlapping sweep start, from a file written to the stated layout. docs/formats.md
 * says value 25 of the 32 acquisition values is the amplitude in mV; in li-ion-battery.ism it is 0.005, which reads as
 * volts (5 mV), not millivolts: the unit being unsure, the amplitude is not reported.
 */
class IsmTest {

    @TempDir
    Path folder;

    static Path shared() {
        return TestCorpus.file(String.join("/", "zahner-ism", "li-ion-battery.ism"));
    }

    @Test
    void liIonBatterySpectrum() throws Exception {
        ImportResult r = Importers.read(shared(), null);
        assertEquals("zahner.ism", r.importer().id());
        Dataset d = r.dataset();
        assertEquals(Technique.EIS, d.technique());
        assertEquals(128, d.rows(), "128 samples, the sample count + 1 of the file; none overlap");
        Column f = d.column(QuantityKind.FREQUENCY).orElseThrow();
        assertEquals(5e-4, f.get(0), 1e-15);
        assertEquals(5000, f.get(127), 1e-9);
        Column re = d.column(QuantityKind.IMPEDANCE_REAL).orElseThrow();
        Column im = d.column(QuantityKind.IMPEDANCE_IMAGINARY).orElseThrow();
        Column mod = d.column(QuantityKind.IMPEDANCE_MODULUS).orElseThrow();
        for (int i = 0; i < d.rows(); i++) {
            assertTrue(re.get(i) > 0, "Re(Z) > 0 at " + i);
            assertEquals(mod.get(i), Math.hypot(re.get(i), im.get(i)), 1e-12 * mod.get(i));
            if (i > 0) {
                assertTrue(f.get(i) > f.get(i - 1), "one rising sweep");
            }
        }
        assertTrue(im.get(0) < 0, "capacitive at 0.5 mHz");
        // the file's first |Z| and phase (big-endian f8 at 12 + 8 n and 12 + 16 n)
        byte[] bytes = Files.readAllBytes(shared());
        ByteBuffer b = ByteBuffer.wrap(bytes);
        assertEquals(b.getDouble(12 + 8 * 128), mod.get(0), 0);
        assertEquals(b.getDouble(12 + 16 * 128), d.column(QuantityKind.IMPEDANCE_PHASE).orElseThrow().get(0), 0);
        assertEquals("Zahner (Simulation)", d.metadata().get(Metadata.INSTRUMENT));
        assertEquals("Lithium Ionen Akku\nBasis Frau Krauss", d.metadata().get(Metadata.COMMENTS), "case-swapped strings");
        assertEquals("2009-05-25T11:11:11", d.metadata().get(Metadata.START_TIME));
    }

    /** Writes an .ism of these samples, with empty strings and flag 256. */
    static byte[] ism(double[] f, double[] z, double[] phase) {
        int n = f.length;
        ByteBuffer b = ByteBuffer.allocate(12 + 34 * n + 12 * 2 + 2 + 256);
        b.put(new byte[] { 0, 0, (byte) 0xFF, (byte) 0xFF, (byte) 0xFF, (byte) 0xFE, 0, 0, 0, 0, 0, (byte) (n - 1) });
        for (double v : f) {
            b.putDouble(v);
        }
        for (double v : z) {
            b.putDouble(v);
        }
        for (double v : phase) {
            b.putDouble(v);
        }
        for (int i = 0; i < n; i++) {
            b.putDouble(100 + i);
        }
        for (int i = 0; i < n; i++) {
            b.putShort((short) 1000);
        }
        for (int s = 0; s < 12; s++) {
            b.putShort((short) 0);
        }
        b.putShort((short) 256);
        return b.array();
    }

    @Test
    void theOverlappingStartOfASweepIsLeftOut() throws Exception {
        // a Zahner sweep: from 100 Hz up to 1 kHz, then down over the whole range to 1 Hz
        double[] f = { 100, 316, 1000, 316, 100, 31.6, 10, 3.16, 1 };
        double[] z = new double[f.length];
        double[] phase = new double[f.length];
        Arrays.fill(z, 2.0);
        Arrays.fill(phase, -0.1);
        Path file = folder.resolve("sweep.ism");
        Files.write(file, ism(f, z, phase));
        Dataset d = Importers.read(file, null).dataset();
        assertEquals(7, d.rows(), "from the 1 kHz sample to the 1 Hz sample");
        assertEquals(1000, d.column(QuantityKind.FREQUENCY).orElseThrow().get(0));
        assertEquals(1, d.column(QuantityKind.FREQUENCY).orElseThrow().get(6));
        assertEquals("3-9", d.metadata().get("zahner.kept_samples"));
        assertEquals(0.0, d.column(QuantityKind.TIME).orElseThrow().get(0));
    }

    @Test
    void damagedFilesNameTheByte() throws Exception {
        byte[] bytes = Files.readAllBytes(shared());
        Path cut = folder.resolve("cut.ism");
        Files.write(cut, Arrays.copyOf(bytes, 3000));
        ImportException e = assertThrows(ImportException.class, () -> Importers.read(cut, null));
        assertEquals("zahner.ism", e.importer());
        assertEquals("a count of 128 samples does not fit the file's 3000 bytes", e.reason());
        byte[] more = Arrays.copyOf(bytes, bytes.length + 10);
        Path tail = folder.resolve("tail.ism");
        Files.write(tail, more);
        // bytes after the acquisition settings (newer versions add sections) are reported, the samples are read
        org.interphase.data.Dataset t = Importers.read(tail, null).dataset();
        assertEquals(Importers.read(shared(), null).dataset().rows(), t.rows());
        assertEquals(1, t.warnings().size());
        assertTrue(t.warnings().get(0).what().startsWith("10 bytes after the acquisition settings"), t.warnings().toString());
        assertEquals("byte " + bytes.length + " (0x" + Integer.toHexString(bytes.length) + ")", t.warnings().get(0).where());
        byte[] negative = bytes.clone();
        ByteBuffer.wrap(negative).putDouble(12 + 8 * 5, -1);
        Path nf = folder.resolve("negative.ism");
        Files.write(nf, negative);
        assertEquals("frequency of sample 6 is -1.0 Hz", assertThrows(ImportException.class, () -> Importers.read(nf, null)).reason());
    }
}
