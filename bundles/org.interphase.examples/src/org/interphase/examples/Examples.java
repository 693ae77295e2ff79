/*
 * Copyright (c) 2026 the Interphase contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.interphase.examples;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Collections;
import java.util.List;

import org.eclipse.core.runtime.FileLocator;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/** The example projects shipped with Interphase (the repository's examples/ folder, copied into this bundle). */
public final class Examples {

    /** The paper's example project: Tolganbek et al., Nanoscale Adv. 4 (2022) 4606. */
    public static final String TOLGANBEK_2022 = "tolganbek2022";

    private Examples() {
    }

    /** Copies an example project's files into a folder (created if needed); returns the files copied. */
    public static List<Path> copy(String example, Path folder) throws IOException {
        Bundle bundle = FrameworkUtil.getBundle(Examples.class);
        String root = "examples/" + example + "/";
        List<String> entries = Collections.list(bundle.findEntries(root, "*", true)).stream()
                .map(url -> url.getPath().substring(url.getPath().indexOf(root) + root.length()))
                .filter(p -> !p.isEmpty() && !p.endsWith("/")).sorted().toList();
        if (entries.isEmpty()) {
            throw new IOException("example '" + example + "' is not in bundle " + bundle.getSymbolicName());
        }
        Files.createDirectories(folder);
        List<Path> copied = new java.util.ArrayList<>();
        for (String entry : entries) {
            URL url = FileLocator.find(bundle, new org.eclipse.core.runtime.Path(root + entry));
            Path target = folder.resolve(entry);
            Files.createDirectories(target.getParent());
            try (InputStream in = url.openStream()) {
                Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
            }
            copied.add(target);
        }
        return copied;
    }
}
