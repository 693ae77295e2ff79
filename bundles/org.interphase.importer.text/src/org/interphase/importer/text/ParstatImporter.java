/*
 * Copyright (c) 2026 the Interphase contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.interphase.importer.text;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.interphase.data.DatasetBuilder;
import org.interphase.data.Metadata;
import org.interphase.data.Technique;
import org.interphase.importer.ContentMatcher;
import org.interphase.importer.ImportException;
import org.interphase.importer.Importer;
import org.interphase.importer.support.TextFile;

/**
 * Princeton Applied Research Parstat text exports: one tab-separated line of names with units
 * ({@code Potential (V)}, {@code Current (A)}, {@code Elapsed Time (s)}, {@code Frequency (Hz)}, {@code Zre (ohms)},
 * {@code Zim (ohms)}, {@code |Vac| (V)}, {@code |Iac| (A)}), then tab-separated rows (a trailing tab on each).
 * A run that mixes DC points (frequency 0) with an impedance sweep is technique MIXED: its impedance spectrum is the
 * rows with a frequency above 0 (metadata "impedance_rows"). Zim is Im(Z), signed.
 */
public class ParstatImporter implements Importer {

    public static final String ID = "text.parstat";

    @Override
    public void read(Path file, DatasetBuilder builder, IProgressMonitor monitor) throws ImportException {
        try (TextFile text = TextFile.open(file, ID)) {
            String header = text.next();
            if (header == null || !isHeader(header)) {
                throw text.error(1, "not a Parstat export: line 1 is not the tab-separated names 'Potential (V)', ..., 'Zre (ohms)', ...");
            }
            List<String> names = new ArrayList<>(List.of(header.split("\t")));
            while (!names.isEmpty() && names.get(names.size() - 1).isBlank()) {
                names.remove(names.size() - 1);
            }
            SimpleTable table = new SimpleTable(text, builder, names, "\t");
            table.read(text, null, monitor);
            if (table.rows() == 0) {
                throw text.error(text.line() + 1, "no data rows after the column names");
            }
            int impedance = table.positiveFrequencies();
            builder.metadata("impedance_rows", Integer.toString(impedance));
            builder.metadata(Metadata.INSTRUMENT, "Princeton Applied Research Parstat");
            builder.technique(impedance == table.rows() ? Technique.EIS : impedance > 0 ? Technique.MIXED : Technique.UNKNOWN);
        }
    }

    static boolean isHeader(String line) {
        return line.contains("\t") && line.contains("Zre (ohms)") && line.contains("Frequency (Hz)");
    }

    /** The first line is Parstat's names. */
    public static class Content implements ContentMatcher {
        @Override
        public boolean matches(Path file, byte[] head) {
            return isHeader(TextFile.decodeHead(head).lines().findFirst().orElse(""));
        }
    }
}
