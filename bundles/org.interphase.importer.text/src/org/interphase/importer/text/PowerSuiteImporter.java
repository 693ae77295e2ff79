/*
 * Copyright (c) 2026 the Interphase contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.interphase.importer.text;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.eclipse.core.runtime.IProgressMonitor;
import org.interphase.data.DatasetBuilder;
import org.interphase.data.Metadata;
import org.interphase.data.Technique;
import org.interphase.importer.ContentMatcher;
import org.interphase.importer.ImportException;
import org.interphase.importer.Importer;
import org.interphase.importer.support.TextFile;

/**
 * Princeton Applied Research PowerSuite impedance exports: the tab-separated names {@code Frequency}, {@code Zre},
 * {@code Zimg} (no units: Hz and Ohm), then tab-separated rows. Zimg is Im(Z), signed.
 */
public class PowerSuiteImporter implements Importer {

    public static final String ID = "text.powersuite";
    private static final Pattern HEADER = Pattern.compile("Frequency\\s*\\t\\s*Zre\\s*\\t\\s*Zimg.*");

    @Override
    public void read(Path file, DatasetBuilder builder, IProgressMonitor monitor) throws ImportException {
        try (TextFile text = TextFile.open(file, ID)) {
            String header = text.next();
            if (header == null || !HEADER.matcher(header.strip()).matches()) {
                throw text.error(1, "not a PowerSuite export: line 1 is not 'Frequency<tab>Zre<tab>Zimg'");
            }
            List<String> names = new ArrayList<>();
            for (String name : header.split("\t")) {
                if (!name.isBlank()) {
                    names.add(name.strip());
                }
            }
            builder.technique(Technique.EIS);
            builder.metadata(Metadata.SOFTWARE, "PowerSuite");
            SimpleTable table = new SimpleTable(text, builder, names, "\t");
            table.read(text, null, monitor);
            if (table.rows() == 0) {
                throw text.error(text.line() + 1, "no data rows after the column names");
            }
        }
    }

    /** The first line is PowerSuite's names. */
    public static class Content implements ContentMatcher {
        @Override
        public boolean matches(Path file, byte[] head) {
            return HEADER.matcher(TextFile.decodeHead(head).lines().findFirst().orElse("").strip()).matches();
        }
    }
}
