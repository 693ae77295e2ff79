/*
 * Copyright (c) 2026 the Interphase contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.interphase.data.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.interphase.data.ImportWarning;
import org.interphase.data.Metadata;

/**
 * The warnings a builder collects: the same warning once, at most {@link ImportWarning#MAX}, the rest counted; written
 * into the metadata under {@link Metadata#WARNINGS} when the dataset is built.
 */
public final class WarningList {

    private final Set<ImportWarning> warnings = new LinkedHashSet<>();
    private long dropped;

    public void add(ImportWarning warning) {
        if (warnings.contains(warning)) {
            return;
        }
        if (warnings.size() < ImportWarning.MAX) {
            warnings.add(warning);
        } else {
            dropped++;
        }
    }

    public List<ImportWarning> list() {
        List<ImportWarning> all = new ArrayList<>(warnings);
        if (dropped > 0) {
            all.add(ImportWarning.ofFile(dropped + " more warning(s) not kept (at most " + ImportWarning.MAX + " are)"));
        }
        return all;
    }

    /** Puts the warnings into the metadata (after those an importer may have written there itself). */
    public void into(Map<String, String> metadata) {
        List<ImportWarning> all = list();
        if (all.isEmpty()) {
            return;
        }
        StringBuilder text = new StringBuilder();
        String earlier = metadata.get(Metadata.WARNINGS);
        if (earlier != null && !earlier.isBlank()) {
            text.append(earlier.strip());
        }
        for (ImportWarning w : all) {
            text.append(text.isEmpty() ? "" : "\n").append(w);
        }
        metadata.put(Metadata.WARNINGS, text.toString());
    }
}
