/*
 * Copyright (c) 2026 the Interphase contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.interphase.importer;

import org.interphase.data.Dataset;

/** A dataset and the importer that read it. */
public record ImportResult(Dataset dataset, ImporterDescriptor importer) {
}
