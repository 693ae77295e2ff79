/*
 * Copyright (c) 2026 the Interphase contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.interphase.solver.eis.fit;

import org.interphase.solver.settings.Setting;

/** Settings of the {@code eis.fit} solver: which data, which circuit, how to fit. */
public class EisFitSettings {

    @Setting(key = "data", label = "Data file", description = "Impedance spectrum, read with the installed importers (f, Re Z, Im Z)")
    public String data = "";

    @Setting(key = "circuit", label = "Circuit", description = "impedance.py string (R0-p(R1,C1)) or Boukamp CDC (R(RC))")
    public String circuit = "";

    @Setting(key = "guess", label = "Starting values", description = "comma-separated, in the circuit's parameter order, SI; empty: guessed from the data")
    public String guess = "";

    @Setting(key = "weighting", label = "Weighting", source = "modulus weighting (Boukamp) is the usual choice for spectra spanning decades of |Z| (docs/physics.md 2.3)")
    public Weighting weighting = Weighting.MODULUS;

    @Setting(key = "global", label = "Multi-start search", description = "also start from 24 seeded random points one decade around the start")
    public boolean global;

    @Setting(key = "fmin", label = "Lowest frequency fitted", unit = "Hz", description = "0: no limit", min = 0)
    public double fMin;

    @Setting(key = "fmax", label = "Highest frequency fitted", unit = "Hz", description = "0: no limit", min = 0)
    public double fMax;

    @Setting(key = "drop_positive_imag", label = "Drop points with Im Z >= 0", description = "drops inductive high-frequency points, as impedance.py's ignoreBelowX")
    public boolean dropPositiveImaginary;
}
