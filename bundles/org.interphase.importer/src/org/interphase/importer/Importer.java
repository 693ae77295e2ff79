/*
 * Copyright (c) 2026 the Interphase contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.interphase.importer;

import java.nio.file.Path;

import org.eclipse.core.runtime.IProgressMonitor;
import org.interphase.data.DatasetBuilder;

/**
 * Reads one instrument file format into a dataset. Contributed to the extension point
 * {@code org.interphase.importer.importers} (see its schema); created only when a file of its format is read.
 * <p>
 * An importer converts to the units of {@link org.interphase.data.QuantityKind} (SI, Im(Z) signed), fills the
 * technique and what metadata the file has, and refuses bad input with an {@link ImportException} that names the
 * file, the importer, the place (byte offset or line) and the reason: never a hang, an unchecked exception, a
 * silently misaligned read or a dataset with garbage. It never executes anything from a file (no Java
 * deserialisation, XML without DTDs or external entities).
 */
public interface Importer {

    /**
     * Reads the file into the builder, checking the monitor for cancellation now and then.
     *
     * @throws ImportException when the file is not of this format or is damaged
     */
    void read(Path file, DatasetBuilder builder, IProgressMonitor monitor) throws ImportException;
}
