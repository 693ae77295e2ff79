/*
 * Copyright (c) 2026 the Interphase contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.interphase.importer.neware;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.interphase.importer.ContentMatcher;

/**
 * A ZIP archive whose first local headers name Neware members (.ndc files, VersionInfo.xml, TestInfo.xml, Step.xml):
 * tells a Neware archive from other ZIP-based files (spreadsheets, ...).
 */
public class NdaxMatcher implements ContentMatcher {

    @Override
    public boolean matches(Path file, byte[] head) {
        if (head.length < 30 || head[0] != 'P' || head[1] != 'K' || head[2] != 3 || head[3] != 4) {
            return false;
        }
        String text = new String(head, StandardCharsets.ISO_8859_1);
        return text.contains(".ndc") || text.contains("VersionInfo.xml") || text.contains("TestInfo.xml");
    }
}
