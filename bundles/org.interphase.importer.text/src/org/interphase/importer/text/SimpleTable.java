/*
 * Copyright (c) 2026 the Interphase contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.interphase.importer.text;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.interphase.data.DatasetBuilder;
import org.interphase.data.DatasetBuilder.ColumnWriter;
import org.interphase.data.QuantityKind;
import org.interphase.importer.ImportException;
import org.interphase.importer.support.Numbers;
import org.interphase.importer.support.TextFile;

/**
 * The rows of a vendor's text table whose column names are known: numbers separated by one delimiter (a trailing
 * delimiter allowed; a decimal comma recognised when the delimiter is not a comma), converted to SI through
 * {@link TextColumns}; blank lines skipped; the table ends at the end of the file or at a line the caller names.
 */
final class SimpleTable {

    private final List<TextColumns.Spec> specs = new ArrayList<>();
    private final List<ColumnWriter> writers = new ArrayList<>();
    private final String delimiter;
    private int rows;
    private int positiveFrequencies;

    /** Declares the columns of these names in the builder; names with control characters are refused. */
    SimpleTable(TextFile text, DatasetBuilder builder, List<String> names, String delimiter) throws ImportException {
        this.delimiter = delimiter;
        for (String name : names) {
            if (!TextFile.isPrintable(name) || name.isBlank()) {
                throw text.error("a column name is blank or holds control characters: a damaged file");
            }
            TextColumns.Spec spec = TextColumns.spec(name);
            specs.add(spec);
            writers.add(builder.column(spec.name(), spec.unit(), spec.kind()));
        }
    }

    List<TextColumns.Spec> specs() {
        return specs;
    }

    int rows() {
        return rows;
    }

    /** Rows whose frequency is above 0 (impedance points in a file that mixes them with DC points). */
    int positiveFrequencies() {
        return positiveFrequencies;
    }

    /** Reads rows until the end of the file or a line that starts with end (not null); returns that line or null. */
    String read(TextFile text, String end, IProgressMonitor monitor) throws ImportException {
        Boolean comma = null;
        int frequency = -1;
        for (int c = 0; c < specs.size(); c++) {
            if (specs.get(c).kind() == QuantityKind.FREQUENCY && frequency < 0) {
                frequency = c;
            }
        }
        for (String line = text.next(); line != null; line = text.next()) {
            if (end != null && line.strip().startsWith(end)) {
                return line;
            }
            if (line.isBlank()) {
                continue;
            }
            if ((rows & 0xFFF) == 0 && monitor != null && monitor.isCanceled()) {
                throw new OperationCanceledException();
            }
            String[] fields = DelimitedTextImporter.split(line, delimiter);
            int n = fields.length == specs.size() + 1 && fields[fields.length - 1].isBlank() ? specs.size() : fields.length;
            if (n != specs.size()) {
                throw text.error(n + " fields, the " + specs.size() + " column names need as many");
            }
            if (comma == null) {
                comma = !",".equals(delimiter) && line.matches(".*\\d,\\d.*");
            }
            for (int c = 0; c < n; c++) {
                double v;
                try {
                    v = specs.get(c).convert(Numbers.parse(fields[c], comma));
                } catch (NumberFormatException e) {
                    throw text.error("field " + (c + 1) + " (" + specs.get(c).name() + ") '" + fields[c].strip() + "' is not a number");
                }
                writers.get(c).append(v);
                if (c == frequency && v > 0) {
                    positiveFrequencies++;
                }
            }
            rows++;
        }
        if (end != null) {
            throw text.error(text.line() + 1, "the file ends before '" + end + "'");
        }
        return null;
    }
}
