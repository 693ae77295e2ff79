/*
 * Copyright (c) 2026 the Interphase contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.interphase.importer;

import java.util.List;

import org.interphase.data.Dataset;
import org.interphase.data.ImportWarning;

/** A dataset and the importer that read it. */
public record ImportResult(Dataset dataset, ImporterDescriptor importer) {

    /** What the importer read past without refusing the file (see {@link ImportWarning}). */
    public List<ImportWarning> warnings() {
        return dataset.warnings();
    }
}
