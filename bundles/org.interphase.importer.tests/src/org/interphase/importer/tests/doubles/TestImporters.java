/*
 * Copyright (c) 2026 the Interphase contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.interphase.importer.tests.doubles;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.interphase.data.DatasetBuilder;
import org.interphase.data.DatasetBuilder.ColumnWriter;
import org.interphase.data.QuantityKind;
import org.interphase.data.Technique;
import org.interphase.importer.ContentMatcher;
import org.interphase.importer.ImportException;
import org.interphase.importer.Importer;

/**
 * Importers contributed by this test bundle's plugin.xml, to test the registry: what it reads without loading
 * classes, the order of candidates, and how failures are reported. Not real formats.
 */
public final class TestImporters {

    /** How many files {@link MagicNumbers} has read. */
    public static final AtomicInteger READS = new AtomicInteger();

    private TestImporters() {
    }

    static List<String> lines(Path file, String id) throws ImportException {
        try {
            return Files.readAllLines(file, StandardCharsets.ISO_8859_1);
        } catch (IOException e) {
            throw new ImportException(file, id, null, "cannot be read: " + e.getMessage(), e);
        }
    }

    /** test.magic: "IPTEST1" on the first line, then one number per line ('#' lines skipped). */
    public static class MagicNumbers implements Importer {
        @Override
        public void read(Path file, DatasetBuilder builder, IProgressMonitor monitor) throws ImportException {
            if (monitor.isCanceled()) {
                throw new OperationCanceledException();
            }
            READS.incrementAndGet();
            List<String> lines = lines(file, "test.magic");
            builder.technique(Technique.UNKNOWN);
            ColumnWriter x = builder.column("x", "V", QuantityKind.POTENTIAL);
            for (int i = 1; i < lines.size(); i++) {
                String line = lines.get(i).strip();
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                try {
                    x.append(Double.parseDouble(line));
                } catch (NumberFormatException e) {
                    throw ImportException.atLine(file, "test.magic", i + 1, "'" + line + "' is not a number");
                }
            }
        }
    }

    /** test.failing: refuses every file. */
    public static class AlwaysFails implements Importer {
        @Override
        public void read(Path file, DatasetBuilder builder, IProgressMonitor monitor) throws ImportException {
            builder.column("half-written", "", QuantityKind.OTHER).append(1);
            throw ImportException.atByte(file, "test.failing", 0, "always fails");
        }
    }

    /** test.throwing: a bug, an unchecked exception. */
    public static class Throws implements Importer {
        @Override
        public void read(Path file, DatasetBuilder builder, IProgressMonitor monitor) {
            throw new IllegalStateException("a bug in the importer");
        }
    }

    /** test.fallback: reads files that contain "fallback-ok" as one row, refuses the others. */
    public static class Fallback implements Importer {
        @Override
        public void read(Path file, DatasetBuilder builder, IProgressMonitor monitor) throws ImportException {
            if (lines(file, "test.fallback").stream().noneMatch(l -> l.contains("fallback-ok"))) {
                throw new ImportException(file, "test.fallback", null, "no 'fallback-ok' line");
            }
            builder.column("one", "", QuantityKind.OTHER).append(1);
        }
    }

    /** test.lazy: records that its class was loaded. */
    public static class Lazy implements Importer {
        static {
            LoadProbe.LAZY_LOADED.set(true);
        }

        @Override
        public void read(Path file, DatasetBuilder builder, IProgressMonitor monitor) {
            builder.column("lazy", "", QuantityKind.OTHER).append(7);
        }
    }

    /** The content matcher of test.content: files whose head holds "#content-test". */
    public static class ContentTest implements ContentMatcher {
        @Override
        public boolean matches(Path file, byte[] head) {
            return new String(head, StandardCharsets.ISO_8859_1).contains("#content-test");
        }
    }

    /** test.content: one row. */
    public static class Content implements Importer {
        @Override
        public void read(Path file, DatasetBuilder builder, IProgressMonitor monitor) {
            builder.column("content", "", QuantityKind.OTHER).append(2);
        }
    }
}
