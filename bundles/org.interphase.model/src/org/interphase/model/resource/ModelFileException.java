/*
 * Copyright (c) 2026 the Interphase contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.interphase.model.resource;

import java.io.IOException;
import java.nio.file.Path;

import org.eclipse.emf.ecore.resource.Resource;

/** A model file that cannot be read, with the file and the place (line, column; 0 when unknown) named. */
public class ModelFileException extends Exception {

    private static final long serialVersionUID = 1L;

    private final Path file;
    private final int line;
    private final int column;
    private final String reason;

    public ModelFileException(Path file, int line, int column, String reason) {
        super(file + (line > 0 ? ":" + line + ":" + column : "") + ": " + reason);
        this.file = file;
        this.line = line;
        this.column = column;
        this.reason = reason;
    }

    static ModelFileException from(Path file, Resource resource, IOException cause) {
        if (!resource.getErrors().isEmpty()) {
            Resource.Diagnostic first = resource.getErrors().get(0);
            String more = resource.getErrors().size() > 1 ? " (and " + (resource.getErrors().size() - 1) + " more errors)" : "";
            ModelFileException e = new ModelFileException(file, first.getLine(), first.getColumn(), clean(first.getMessage()) + more);
            if (cause != null) {
                e.initCause(cause);
            }
            return e;
        }
        ModelFileException e = new ModelFileException(file, 0, 0, cause == null ? "unreadable" : clean(String.valueOf(cause.getMessage())));
        e.initCause(cause);
        return e;
    }

    /**
     * The parser's own words: EMF wraps them as "file:...; systemId: ...; lineNumber: 3; columnNumber: 1; text
     * (file:..., 3, 1)" or "org.xml.sax.SAXParseException...: text"; the file and place are reported separately.
     */
    static String clean(String message) {
        String text = message.replaceFirst("\\s*\\([^()]*, -?\\d+, -?\\d+\\)\\s*$", "");
        text = text.replaceFirst("^.*columnNumber: -?\\d+;\\s*", "");
        int exception = text.lastIndexOf("Exception");
        if (exception >= 0 && text.indexOf(':', exception) > 0) {
            text = text.substring(text.indexOf(':', exception) + 1);
        }
        return text.strip();
    }

    public Path file() {
        return file;
    }

    public int line() {
        return line;
    }

    public int column() {
        return column;
    }

    public String reason() {
        return reason;
    }
}
