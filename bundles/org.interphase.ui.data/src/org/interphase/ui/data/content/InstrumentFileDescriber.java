/*
 * Copyright (c) 2026 the Interphase contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.interphase.ui.data.content;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;

import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExecutableExtension;
import org.eclipse.core.runtime.QualifiedName;
import org.eclipse.core.runtime.content.IContentDescriber;
import org.eclipse.core.runtime.content.IContentDescription;
import org.interphase.importer.ContentMatcher;
import org.interphase.importer.ImporterDescriptor;
import org.interphase.importer.Importers;

/**
 * Describes a file as instrument data by asking the installed importers about its first bytes: VALID when an
 * importer's magic bytes (confirmed by its content matcher when it has one) or its content matcher recognise them.
 * A describer gets no file name, so extensions decide nothing here; the parameter {@code unrecognised}
 * ({@code invalid} or {@code indeterminate}) says what an unrecognised head is, and {@code fallback} whether the
 * generic (fallback) importers count ({@code true} for the content type bound to the importers' extensions only).
 */
public class InstrumentFileDescriber implements IContentDescriber, IExecutableExtension {

    private int unrecognised = INVALID;
    private boolean fallbacksCount;

    @Override
    public void setInitializationData(IConfigurationElement config, String propertyName, Object data) {
        if (data instanceof Map<?, ?> parameters) {
            unrecognised = "indeterminate".equals(parameters.get("unrecognised")) ? INDETERMINATE : INVALID;
            fallbacksCount = unrecognised == INDETERMINATE;
        }
    }

    @Override
    public int describe(InputStream contents, IContentDescription description) throws IOException {
        byte[] head = contents.readNBytes(ContentMatcher.HEAD_SIZE);
        if (head.length == 0) {
            return unrecognised;
        }
        return recognised(head, fallbacksCount) ? VALID : unrecognised;
    }

    /** True when an installed importer recognises the head by its magic bytes or its content matcher. */
    static boolean recognised(byte[] head, boolean fallbacksCount) {
        for (ImporterDescriptor candidate : Importers.candidates(null, head)) {
            if (fallbacksCount || !candidate.fallback()) {
                return true;
            }
        }
        return false;
    }

    @Override
    public QualifiedName[] getSupportedOptions() {
        return new QualifiedName[0];
    }
}
