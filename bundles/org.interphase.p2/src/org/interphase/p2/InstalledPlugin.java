/*
 * Copyright (c) 2026 the Interphase contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.interphase.p2;

/**
 * A plugin feature installed into the product by p2 (a root of the product's profile that is a feature).
 *
 * @param id the feature id (without p2's ".feature.group" suffix)
 * @param version the feature version
 * @param name the feature's name, or its id when it has none
 * @param provider the feature's provider, or "" when it names none
 */
public record InstalledPlugin(String id, String version, String name, String provider) {
}
