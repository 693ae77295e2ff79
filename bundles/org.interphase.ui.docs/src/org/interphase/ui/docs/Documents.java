/*
 * Copyright (c) 2026 the Interphase contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.interphase.ui.docs;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/** The documents the IDE shows: the repository's docs/, LICENSE and NOTICE, copied into this bundle by the build. */
public final class Documents {

    /** A document: its key (for the command parameter), its title, and its file in the bundle. */
    public record Document(String key, String title, String file, boolean markdown) {
    }

    /** In the order the view lists them. */
    public static final List<Document> ALL = List.of(
            new Document("physics", "Physics: equations, parameters, validation (docs/physics.md)", "docs/physics.md", true),
            new Document("formats", "Instrument file formats (docs/formats.md)", "docs/formats.md", true),
            new Document("license", "Licence: Eclipse Public License 2.0 (LICENSE)", "docs/LICENSE", true),
            new Document("notice", "Third-party bundles and their licences (NOTICE)", "docs/NOTICE", false));

    private Documents() {
    }

    /** The document of a key, or the first one. */
    public static Document byKey(String key) {
        return ALL.stream().filter(d -> d.key().equals(key)).findFirst().orElse(ALL.get(0));
    }

    /** The text of a document; throws naming the file when the bundle lacks it (a build without docs/). */
    public static String text(Document document) throws IOException {
        Bundle bundle = FrameworkUtil.getBundle(Documents.class);
        URL url = bundle == null ? null : bundle.getEntry(document.file());
        if (url == null) {
            throw new IOException(document.file() + " is not in bundle org.interphase.ui.docs (the build copies it from the repository)");
        }
        try (InputStream in = url.openStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
