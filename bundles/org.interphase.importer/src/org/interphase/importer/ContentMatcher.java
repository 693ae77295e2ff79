/*
 * Copyright (c) 2026 the Interphase contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.interphase.importer;

import java.nio.file.Path;

/**
 * An optional, cheap check that a file is of an importer's format, for formats without magic bytes (text exports):
 * it looks at the first bytes of the file only.
 */
public interface ContentMatcher {

    /** How many bytes of the file's head the matcher gets (at most). */
    int HEAD_SIZE = 8192;

    /**
     * True when the head of the file looks like this format. Decide from the head: {@code file} may be the bare file
     * name (empty when unknown) when a file is described from a stream, e.g. by the IDE's content type.
     */
    boolean matches(Path file, byte[] head);
}
