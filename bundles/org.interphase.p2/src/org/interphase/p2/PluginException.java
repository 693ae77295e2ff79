/*
 * Copyright (c) 2026 the Interphase contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.interphase.p2;

/**
 * Installing, removing or listing plugins failed; the message says why in the user's terms, with p2's explanation
 * (an unresolvable dependency, unsigned content not trusted, an unreadable site). The product is left as it was.
 */
public class PluginException extends Exception {

    private static final long serialVersionUID = 1L;

    public PluginException(String message) {
        super(message);
    }

    public PluginException(String message, Throwable cause) {
        super(message, cause);
    }
}
