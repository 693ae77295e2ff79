/*
 * Copyright (c) 2026 the Interphase contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.interphase.importer.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

import org.interphase.importer.support.ZipPlaces;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** ZIP members are bounded by the bytes actually inflated, whatever their headers declare. */
class ZipPlacesTest {

    @TempDir
    Path folder;

    @Test
    void theBytesInflatedAreCountedNotTheDeclaredSize() throws Exception {
        Path zip = folder.resolve("bomb.zip");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            out.putNextEntry(new ZipEntry("part.xml"));
            out.write(new byte[1 << 20]); // 1 MiB of zeros: a few KiB compressed
        }
        // the central directory's uncompressed size is made to lie (1 KiB declared)
        byte[] bytes = Files.readAllBytes(zip);
        for (int p = bytes.length - 22; p >= 0; p--) {
            if (bytes[p] == 'P' && bytes[p + 1] == 'K' && bytes[p + 2] == 1 && bytes[p + 3] == 2) {
                java.nio.ByteBuffer.wrap(bytes).order(java.nio.ByteOrder.LITTLE_ENDIAN).putInt(p + 24, 1024);
                break;
            }
        }
        Files.write(zip, bytes);
        ZipPlaces places = new ZipPlaces(zip);
        try (ZipFile file = new ZipFile(zip.toFile())) {
            ZipEntry entry = file.getEntry("part.xml");
            assertEquals(1024, entry.getSize());
            try (InputStream in = places.wrap("part.xml", file.getInputStream(entry), 64 << 10)) {
                ZipPlaces.MemberException e = assertThrows(ZipPlaces.MemberException.class, () -> in.transferTo(java.io.OutputStream.nullOutputStream()));
                assertTrue(e.getMessage().contains("inflates to more than 65536 bytes"), e.getMessage());
                assertEquals("part.xml", e.member);
            }
        }
    }

    @Test
    void aRunOfTextWithoutMarkupIsBounded() throws Exception {
        byte[] xml = ("<a>" + "9".repeat(5000) + "</a>").getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        ZipPlaces places = new ZipPlaces(folder.resolve("none.zip"));
        try (InputStream in = places.markupRuns("x.xml", new java.io.ByteArrayInputStream(xml), 4096)) {
            assertThrows(ZipPlaces.MemberException.class, () -> in.transferTo(java.io.OutputStream.nullOutputStream()));
        }
        try (InputStream in = places.markupRuns("x.xml", new java.io.ByteArrayInputStream(xml), 8192)) {
            assertEquals(xml.length, in.transferTo(java.io.OutputStream.nullOutputStream()));
        }
    }
}
