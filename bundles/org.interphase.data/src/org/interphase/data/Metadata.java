/*
 * Copyright (c) 2026 the Interphase contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.interphase.data;

/** Metadata keys that importers fill when the file says them. */
public final class Metadata {

    /** Path of the file read. */
    public static final String SOURCE_FILE = "source_file";
    /** Id of the importer that read it. */
    public static final String IMPORTER = "importer";
    /** Instrument (make, model, software version). */
    public static final String INSTRUMENT = "instrument";
    /** Software and version that wrote the file. */
    public static final String SOFTWARE = "software";
    /** Channel of the instrument. */
    public static final String CHANNEL = "channel";
    /** Start of the measurement, ISO 8601. */
    public static final String START_TIME = "start_time";
    /** Active-material mass in kg. */
    public static final String ACTIVE_MASS_KG = "active_mass_kg";
    /** Electrode area in m^2. */
    public static final String ELECTRODE_AREA_M2 = "electrode_area_m2";
    /** The instrument software's own name for the technique, e.g. "GCPL", "PEIS", "Potentiostatic EIS". */
    public static final String TECHNIQUE_NAME = "technique_name";
    /** Free comments of the operator. */
    public static final String COMMENTS = "comments";
    /** Set to "true" when the run ended early (e.g. an aborted Gamry run). */
    public static final String ABORTED = "aborted";
    /**
     * What the importer read past without refusing the file, one {@link ImportWarning} a line ({@code where: what});
     * see {@link Dataset#warnings()}.
     */
    public static final String WARNINGS = "warnings";

    private Metadata() {
    }
}
