/*
 * Copyright (c) 2026 the Interphase contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.interphase.ui.charts;

/** The axes of a chart: one x axis, a y axis on the left and, for kinds that have one, a second y axis on the right. */
public enum ChartAxis {
    X,
    /** The y axis on the left (the first y quantity of the kind). */
    Y_LEFT,
    /** The y axis on the right (the second y quantity of kinds with two, e.g. current in V(t) and I(t)). */
    Y_RIGHT
}
