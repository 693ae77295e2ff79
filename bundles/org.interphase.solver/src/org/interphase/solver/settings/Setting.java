/*
 * Copyright (c) 2026 the Interphase contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.interphase.solver.settings;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a field of a solver's settings class as a setting: what the CLI's {@code --set KEY=VALUE}, the IDE's run
 * dialog and a stored simulation run read and write (see {@link SettingsBinder}). The field holds the value in SI
 * (double, int, boolean, String or an enum); its initial value is the default, and {@link #source()} says where that
 * default comes from.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.FIELD)
public @interface Setting {

    /** Key on command lines and in stored runs, e.g. "r_rxn". */
    String key();

    /** Label for people, e.g. "Interfacial reaction resistance". */
    String label();

    /** SI unit of the value ("Ohm m2", "S/m", "V", "s"); empty for numbers without unit, flags and names. */
    String unit() default "";

    /** What the setting means. */
    String description() default "";

    /** Where the default comes from, e.g. "docs/physics.md 1.2 (calibration knob)" or "Tolganbek 2022 [paper]". */
    String source() default "";

    /** Smallest allowed value (numbers). */
    double min() default Double.NEGATIVE_INFINITY;

    /** Whether the smallest value itself is excluded (e.g. conductivities > 0). */
    boolean minExclusive() default false;

    /** Largest allowed value (numbers). */
    double max() default Double.POSITIVE_INFINITY;
}
