/*
 * Copyright (c) 2026 the Interphase contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.interphase.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.interphase.importer.ImportException;
import org.interphase.importer.ImporterDescriptor;
import org.interphase.importer.Importers;

/**
 * Files given to the wrong command: a data table given where a model is needed, a model given where instrument data
 * are needed. Each check reads the first 8 KiB and fails with one line naming what the command needs and what the
 * file looks like ("`simulate` needs a .interphase model; some.csv looks like a data table"), never a parser's message.
 */
public final class InputFiles {

    private static final int HEAD = 8192;

    private InputFiles() {
    }

    /** Fails unless the file exists and looks like an Interphase model (XML naming the Interphase namespace). */
    public static void requireModel(Path file, String command) {
        byte[] head = head(file);
        String text = new String(head, StandardCharsets.ISO_8859_1);
        String start = stripBom(text).stripLeading();
        if (start.startsWith("<")) {
            if (text.contains("interphase.org/model") || text.contains("interphase:Project")) {
                return;
            }
            throw new CommandFailure("`" + command + "` needs a .interphase model; " + file.getFileName()
                    + " is an XML file of another kind (no Interphase project in it)");
        }
        throw new CommandFailure("`" + command + "` needs a .interphase model; " + file.getFileName() + " looks like " + looksLike(file, head));
    }

    /** Fails unless the file exists and is not an Interphase model (instrument data are read by the importers). */
    public static void requireData(Path file, String command) {
        if (Files.isDirectory(file)) {
            return;
        }
        byte[] head = head(file);
        String text = stripBom(new String(head, StandardCharsets.ISO_8859_1)).stripLeading();
        if (text.startsWith("<") && (text.contains("interphase.org/model") || text.contains("interphase:Project"))) {
            throw new CommandFailure("`" + command + "` needs an instrument data file; " + file.getFileName()
                    + " is an Interphase model (.interphase): use `simulate`, `spectrum`, `describe` or `validate` for models");
        }
    }

    private static byte[] head(Path file) {
        if (!Files.exists(file)) {
            throw new CommandFailure(file + ": no such file");
        }
        if (!Files.isRegularFile(file)) {
            throw new CommandFailure(file + ": not a regular file");
        }
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(HEAD);
        } catch (IOException e) {
            throw new CommandFailure(file + ": cannot be read (" + e.getMessage() + ")");
        }
    }

    private static String stripBom(String text) {
        if (text.startsWith("\u00ef\u00bb\u00bf")) {
            return text.substring(3);
        }
        return text.startsWith("\ufeff") ? text.substring(1) : text;
    }

    /** What a file that is not a model looks like, in words. */
    static String looksLike(Path file, byte[] head) {
        try {
            List<ImporterDescriptor> candidates = Importers.candidates(file);
            for (ImporterDescriptor d : candidates) {
                if (d.magicMatches(head)) {
                    return d.vendor() + " instrument data (" + d.name() + ", importer " + d.id() + ")";
                }
            }
        } catch (ImportException | RuntimeException e) {
            // fall through to the generic description
        }
        if (head.length == 0) {
            return "an empty file";
        }
        int binary = 0;
        for (byte b : head) {
            if (b == 0 || (b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f')) {
                binary++;
            }
        }
        if (binary > head.length / 100) {
            return "a binary file";
        }
        String text = new String(head, StandardCharsets.ISO_8859_1);
        long lines = text.lines().count();
        long delimited = text.lines().filter(l -> l.contains(",") || l.contains(";") || l.contains("\t")).count();
        return lines > 0 && delimited * 2 >= lines ? "a data table" : "a text file";
    }
}
