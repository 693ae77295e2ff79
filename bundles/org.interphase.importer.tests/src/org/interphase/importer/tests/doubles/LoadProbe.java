/*
 * Copyright (c) 2026 the Interphase contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.interphase.importer.tests.doubles;

import java.util.concurrent.atomic.AtomicBoolean;

/** Set by the static initialiser of {@link TestImporters.Lazy}: its class has been loaded. */
public final class LoadProbe {

    public static final AtomicBoolean LAZY_LOADED = new AtomicBoolean();

    private LoadProbe() {
    }
}
