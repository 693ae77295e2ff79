/*
 * Copyright (c) 2026 the Interphase contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.interphase.importer.zplot;

import java.nio.file.Path;

import org.eclipse.core.runtime.IProgressMonitor;
import org.interphase.data.DatasetBuilder;
import org.interphase.data.Metadata;
import org.interphase.importer.ImportException;
import org.interphase.importer.Importer;

/**
 * Autolab's "Z60W" text export of an impedance spectrum: ZPlot's quoted layout ({@code "Z60W Data File: Version
 * 1.1"}, UTF-8 with a byte order mark, quoted lines, a line of numbers, the point count, the quoted column names,
 * comma-separated rows), read with {@link ZPlotText}. It lives with the ZPlot reader because the layout is ZPlot's; its
 * metadata still names Metrohm Autolab as the vendor.
 */
public class Z60wImporter implements Importer {

    public static final String ID = "autolab.z60w";

    @Override
    public void read(Path file, DatasetBuilder builder, IProgressMonitor monitor) throws ImportException {
        ZPlotText.read(file, ID, "Z60W", builder, monitor);
        builder.metadata(Metadata.INSTRUMENT, "Metrohm Autolab");
    }
}
