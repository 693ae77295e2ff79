/*
 * Copyright (c) 2026 the Interphase contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.interphase.importer.biologic.tests;

import static org.interphase.importer.biologic.tests.MprAgainstMptTest.shared;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.interphase.data.Column;
import org.interphase.data.Dataset;
import org.interphase.data.Metadata;
import org.interphase.data.QuantityKind;
import org.interphase.data.Technique;
import org.interphase.importer.ImportException;
import org.interphase.importer.Importers;
import org.interphase.importer.biologic.EcLabColumns;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** EC-Lab text exports: Latin-1 units, decimal commas, several spectra in one file, and damaged files. */
class MptFormatTest {

    @TempDir
    Path folder;

    @Test
    void decimalCommaAndLatin1UnitsAreRead() throws Exception {
        // gcpl.issue_149.mpt writes "3,4228721E+000" (a European Windows) and "Capacitance charge/µF" in Latin-1
        Dataset d = Importers.read(shared("biologic-mpt", "gcpl.issue_149.mpt"), null).dataset();
        assertEquals(Technique.GALVANOSTATIC_CYCLING, d.technique());
        assertEquals(131 + 1, d.rows());
        assertEquals(3.4228721, d.column("Ewe").orElseThrow().get(0), 0);
        Column capacitance = d.column("Capacitance charge").orElseThrow();
        assertEquals("F", capacitance.unit(), "µF read as Latin-1 and converted");
        assertEquals(QuantityKind.CAPACITANCE, capacitance.kind());
        assertEquals("2024-01-10T11:02:29.886", d.metadata().get(Metadata.START_TIME));
        assertEquals(0.0, Double.parseDouble(d.metadata().get(Metadata.ELECTRODE_AREA_M2)), "0,000 cm² with a comma");
        assertEquals("Galvanostatic Cycling with Potential Limitation", d.metadata().get(Metadata.TECHNIQUE_NAME));
    }

    @Test
    void severalSpectraInOneFile() throws Exception {
        // geis.issue_149: four GEIS sweeps (cycle number 1 to 4, 21 points each), as the .mpr's loop module also says
        Dataset d = Importers.read(shared("biologic-mpt", "geis.issue_149.mpt"), null).dataset();
        assertEquals(Technique.EIS, d.technique());
        assertEquals(84, d.rows());
        assertEquals("4", d.metadata().get("spectra"));
        Column cycle = d.column(QuantityKind.CYCLE_INDEX).orElseThrow();
        Column f = d.column(QuantityKind.FREQUENCY).orElseThrow();
        for (int s = 0; s < 4; s++) {
            assertEquals(s + 1, cycle.get(21 * s));
            for (int r = 21 * s + 1; r < 21 * (s + 1); r++) {
                assertTrue(f.get(r) < f.get(r - 1), "frequency falls within sweep " + (s + 1));
            }
        }
        Column im = d.column(QuantityKind.IMPEDANCE_IMAGINARY).orElseThrow();
        assertEquals("Im(Z)", im.name());
        assertEquals(2.1745603, im.get(0), 0, "-Im(Z) = -2.1745603 in the file's first row, stored as Im(Z)");
        assertEquals(Math.toRadians(1.2175243E+001), d.column(QuantityKind.IMPEDANCE_PHASE).orElseThrow().get(0), 1e-15);
        assertEquals("1", Importers.read(shared("biologic-mpt", "exampleDataBioLogic.mpt"), null).dataset().metadata().get("spectra"));
        // the header's loops section ("Loop 0 from point number 0 to 20" ...) gives the loop starts the .mpr's loop module gives
        assertEquals(Importers.read(shared("biologic-mpr", "geis.issue_149.mpr"), null).dataset().metadata().get("loop_starts"),
                d.metadata().get("loop_starts"));
        assertEquals("0,21,42,63,84", d.metadata().get("loop_starts"));
    }

    @Test
    void everyColumnNameYadgKnowsHasItsSiUnit() {
        // yadg's column_units (extractors/eclab/common/mpt_columns.py), read by hand: no name has a unit Interphase does not know
        String[] yadg = { "\"Ri\"/Ohm", "Im(C)/nF", "Im(Conductivity)/mS/cm", "Im(M)", "Im(Permittivity)", "Im(Resistivity)/Ohm.cm",
                "-Im(Z)/Ohm", "-Im(Zce)/Ohm", "-Im(Zwe-ce)/Ohm", "(Q-Qo)/C", "(Q-Qo)/mA.h", "<Ece>/V", "<Ewe>/V", "<I>/mA", "|C|/nF",
                "|Conductivity|/mS/cm", "|Ece|/V", "|Energy|/W.h", "|Ewe|/V", "|I|/A", "|M|", "|Permittivity|", "|Resistivity|/Ohm.cm",
                "|Y|/Ohm-1", "|Z|/Ohm", "|Zce|/Ohm", "|Zwe-ce|/Ohm", "Analog IN 1/V", "Analog IN 2/V", "Capacitance charge/µF",
                "Capacitance discharge/µF", "Capacity/mA.h", "charge time/s", "Conductivity/S.cm-1", "control changes", "control/mA",
                "control/V", "control/V/mA", "counter inc.", "Cp-2/µF-2", "Cp/µF", "Cs-2/µF-2", "Cs/µF", "cycle number", "cycle time/s",
                "d(Q-Qo)/dE/mA.h/V", "dI/dt/mA/s", "discharge time/s", "dQ/C", "dq/mA.h", "dQ/mA.h", "Ece/V", "Ecell/V", "Efficiency/%",
                "Energy charge/W.h", "Energy discharge/W.h", "Energy/W.h", "error", "Ewe-Ece/V", "Ewe/V", "freq/Hz", "half cycle",
                "I Range", "I/mA", "Im(Y)/Ohm-1", "Loss Angle(Delta)/deg", "mode", "Ns changes", "Ns", "NSD Ewe/%", "NSD I/%", "NSR Ewe/%",
                "NSR I/%", "ox/red", "P/W", "Phase(C)/deg", "Phase(Conductivity)/deg", "Phase(M)/deg", "Phase(Permittivity)/deg",
                "Phase(Resistivity)/deg", "Phase(Y)/deg", "Phase(Z)/deg", "Phase(Zce)/deg", "Phase(Zwe-ce)/deg", "Q charge/discharge/mA.h",
                "Q charge/mA.h", "Q charge/mA.h/g", "Q discharge/mA.h", "Q discharge/mA.h/g", "R/Ohm", "Rcmp/Ohm", "Re(C)/nF",
                "Re(Conductivity)/mS/cm", "Re(M)", "Re(Permittivity)", "Re(Resistivity)/Ohm.cm", "Re(Y)/Ohm-1", "Re(Z)/Ohm",
                "Re(Zce)/Ohm", "Re(Zwe-ce)/Ohm", "step time/s", "Tan(Delta)", "THD Ewe/%", "THD I/%", "time/s", "x", "z cycle" };
        for (String name : yadg) {
            assertEquals(java.util.Optional.empty(), EcLabColumns.unknownUnit(name), name);
            EcLabColumns.Spec spec = EcLabColumns.spec(name);
            assertTrue(spec.kind() == QuantityKind.OTHER || spec.kind().siUnit().equals(spec.unit()), name + " " + spec);
        }
        record Expect(String header, String name, String unit, double factor) {
        }
        for (Expect e : java.util.List.of(new Expect("d(Q-Qo)/dE/mA.h/V", "d(Q-Qo)/dE", "C/V", 3.6),
                new Expect("dI/dt/mA/s", "dI/dt", "A/s", 1e-3), new Expect("Q charge/mA.h/g", "Q charge", "C/kg", 3600),
                new Expect("Conductivity/S.cm-1", "Conductivity", "S/m", 100), new Expect("Im(Conductivity)/mS/cm", "Im(Conductivity)", "S/m", 0.1),
                new Expect("Q charge/discharge/mA.h", "Q charge/discharge", "C", 3.6), new Expect("|Y|/Ohm-1", "|Y|", "S", 1),
                new Expect("-Im(Zce)/Ohm", "Im(Zce)", "Ohm", -1), new Expect("Temperature/°C", "Temperature", "K", 1),
                new Expect("I/µA", "I", "A", 1e-6), new Expect("Ecell/V", "Ecell", "V", 1), new Expect("ox/red", "ox/red", "1", 1), new Expect("x", "x", "", 1))) {
            EcLabColumns.Spec spec = EcLabColumns.spec(e.header());
            assertEquals(e.name(), spec.name(), e.header());
            assertEquals(e.unit(), spec.unit(), e.header());
            assertEquals(e.factor(), spec.factor(), Math.abs(e.factor()) * 1e-12, e.header());
        }
        assertEquals(java.util.Optional.of("furlong"), EcLabColumns.unknownUnit("distance/furlong"));
        // BT-Lab's cell voltage is a potential
        assertEquals(QuantityKind.POTENTIAL, EcLabColumns.spec("Ecell/V").kind());
    }

    @Test
    void headerVariantsLoopsUnknownUnitsAndTechniquesAreWarnedNotRefused() throws Exception {
        // BT-Lab's magic, the technique after two blank lines, a loops section, a column with a unit no table knows, a
        // quantity named twice and a technique name Interphase does not know (with a frequency column: impedance)
        String text = String.join("\r\n", "BT-Lab ASCII FILE", "Nb header lines : 12", "", "", "Frobnicating Impedance Sweep",
                "Run on channel : 3 (SN 0042)", "Acquisition started on : 03.15.2023 12:00:00.000", "Number of loops : 2",
                "Loop 0 from point number 0 to 1", "Loop 1 from point number 2 to 3", "",
                "freq/Hz\tRe(Z)/Ohm\t-Im(Z)/Ohm\tdistance/furlong\tRe(Z)/Ohm\t", "1000\t1\t-2\t7\t1.5\t", "100\t2\t-3\t7\t2.5\t",
                "1000\t3\t-4\t7\t3.5\t", "100\t4\t-5\t7\t4.5\t", "");
        Path file = folder.resolve("variant.mpt");
        Files.write(file, text.getBytes(StandardCharsets.ISO_8859_1));
        org.interphase.importer.ImportResult r = Importers.read(file, null);
        Dataset d = r.dataset();
        assertEquals("biologic.mpt", r.importer().id());
        assertEquals(Technique.EIS, d.technique());
        assertEquals("Frobnicating Impedance Sweep", d.metadata().get(Metadata.TECHNIQUE_NAME));
        assertEquals(4, d.rows());
        assertEquals("0,2,4", d.metadata().get("loop_starts"));
        assertEquals("3", d.metadata().get(Metadata.CHANNEL));
        assertEquals("2023-03-15T12:00", d.metadata().get(Metadata.START_TIME));
        assertEquals(7.0, d.column("distance/furlong").orElseThrow().get(0));
        assertEquals(4.5, d.column("Re(Z) 2").orElseThrow().get(3));
        String warnings = r.warnings().toString();
        assertTrue(r.warnings().stream().anyMatch(w -> w.what().equals("column 4 'distance/furlong': unit 'furlong' unknown, its values are kept as written")), warnings);
        assertTrue(r.warnings().stream().anyMatch(w -> w.what().startsWith("technique 'Frobnicating Impedance Sweep' unknown")), warnings);
        assertEquals(2, r.warnings().size(), warnings);

        // an export without header (EC-Lab's option; yadg reads them): the column names on line 1, a warning
        Path bare = folder.resolve("bare.mpt");
        Files.write(bare, String.join("\r\n", "freq/Hz\tRe(Z)/Ohm\t-Im(Z)/Ohm\ttime/s\t", "1000\t1\t-2\t0\t", "100\t2\t-3\t1\t", "")
                .getBytes(StandardCharsets.ISO_8859_1));
        org.interphase.importer.ImportResult b = Importers.read(bare, null);
        assertEquals("biologic.mpt", b.importer().id());
        assertEquals(Technique.EIS, b.dataset().technique());
        assertEquals(2, b.dataset().rows());
        assertEquals(3.0, b.dataset().column(QuantityKind.IMPEDANCE_IMAGINARY).orElseThrow().get(1));
        assertTrue(b.warnings().stream().anyMatch(w -> w.what().startsWith("no EC-Lab header")), b.warnings().toString());

        // a declared loop count that the list does not match: a warning, the loops left out
        Path loops = folder.resolve("loops.mpt");
        Files.write(loops, text.replace("Number of loops : 2", "Number of loops : 3").getBytes(StandardCharsets.ISO_8859_1));
        org.interphase.importer.ImportResult l = Importers.read(loops, null);
        assertEquals(null, l.dataset().metadata().get("loop_starts"));
        assertTrue(l.warnings().stream().anyMatch(w -> w.what().startsWith("the header declares 3 loops and lists 2")), l.warnings().toString());
    }

    /** The file over docs/formats.md: ocv.mpt ends its lines with LF, not CRLF; both are read. */
    @Test
    void damagedExportsNameTheLine() throws Exception {
        Path real = shared("biologic-mpt", "ocv.mpt");
        String text = Files.readString(real, StandardCharsets.ISO_8859_1);
        Path bad = folder.resolve("bad.mpt");
        Files.writeString(bad, text.replace("3\t0\t5.999999848427251E+001", "3\t0\t5.99999x848427251E+001"), StandardCharsets.ISO_8859_1);
        ImportException e = assertThrows(ImportException.class, () -> Importers.read(bad, null));
        assertEquals(bad + ": biologic.mpt: line 55: field 3 (time/s) '5.99999x848427251E+001' is not a number", e.getMessage());

        Path headerOnly = folder.resolve("header.mpt");
        Files.writeString(headerOnly, text.substring(0, text.indexOf("mode\terror")), StandardCharsets.ISO_8859_1);
        ImportException h = assertThrows(ImportException.class, () -> Importers.read(headerOnly, null));
        assertEquals("line 53", h.location());

        Path count = folder.resolve("count.mpt");
        Files.writeString(count, text.replace("Nb header lines : 53", "Nb header lines : 52"), StandardCharsets.ISO_8859_1);
        ImportException c = assertThrows(ImportException.class, () -> Importers.read(count, null));
        assertEquals("line 52", c.location());
        assertTrue(c.reason().contains("column names on line 52 (where line 2 puts them) are missing or blank"), c.reason());
    }
}
