/*
 * Copyright (c) 2026 the Interphase contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.interphase.importer.zplot;

import java.nio.file.Path;

import org.eclipse.core.runtime.IProgressMonitor;
import org.interphase.data.DatasetBuilder;
import org.interphase.importer.ImportException;
import org.interphase.importer.Importer;

/** Scribner ZPlot/ZView .z files, both text layouts (see {@link ZPlotText}). */
public class ZPlotImporter implements Importer {

    public static final String ID = "zplot.z";

    @Override
    public void read(Path file, DatasetBuilder builder, IProgressMonitor monitor) throws ImportException {
        ZPlotText.read(file, ID, builder, monitor);
    }
}
