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

    private static String clean(String message) {
        // EMF wraps parser messages as "org.xml.sax.SAXParseException...: text"; keep the text
        int colon = message.lastIndexOf("Exception");
        if (colon >= 0 && message.indexOf(':', colon) > 0) {
            return message.substring(message.indexOf(':', colon) + 1).strip();
        }
        return message;
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
