/*
 * Copyright (c) 2026 the Interphase contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.interphase.importer;

import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

/**
 * What plugin.xml says of an importer, read without loading its class: id, name, vendor, file extensions, magic
 * bytes, whether it has a content matcher, whether it is a generic fallback, and the bundle that contributes it.
 */
public record ImporterDescriptor(String id, String name, String vendor, List<String> extensions, List<Magic> magics,
        boolean hasContentMatcher, String contributor, boolean fallback) {

    /** A specific (not fallback) importer. */
    public ImporterDescriptor(String id, String name, String vendor, List<String> extensions, List<Magic> magics,
            boolean hasContentMatcher, String contributor) {
        this(id, name, vendor, extensions, magics, hasContentMatcher, contributor, false);
    }

    /** Bytes a file of the format has at an offset. */
    public record Magic(int offset, byte[] bytes) {
        public boolean matches(byte[] head) {
            if (head.length < offset + bytes.length) {
                return false;
            }
            for (int i = 0; i < bytes.length; i++) {
                if (head[offset + i] != bytes[i]) {
                    return false;
                }
            }
            return true;
        }

        @Override
        public String toString() {
            return "@" + offset + ":" + HexFormat.ofDelimiter(" ").formatHex(bytes);
        }
    }

    /** True when a magic matches the head of a file. */
    public boolean magicMatches(byte[] head) {
        return magics.stream().anyMatch(m -> m.matches(head));
    }

    /** True when the file name ends with one of the extensions (case-insensitive). */
    public boolean extensionMatches(String fileName) {
        String lower = fileName.toLowerCase(Locale.ROOT);
        return extensions.stream().anyMatch(e -> lower.endsWith("." + e.toLowerCase(Locale.ROOT)));
    }
}
