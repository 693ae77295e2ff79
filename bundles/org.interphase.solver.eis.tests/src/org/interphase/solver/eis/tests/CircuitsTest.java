/*
 * Copyright (c) 2026 the Interphase contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.interphase.solver.eis.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.interphase.solver.eis.circuit.CircuitSyntaxException;
import org.interphase.solver.eis.circuit.Circuits;
import org.interphase.solver.eis.circuit.CompiledCircuit;
import org.interphase.solver.eis.circuit.Element;
import org.interphase.solver.eis.circuit.Node;
import org.interphase.solver.eis.circuit.Parallel;
import org.interphase.solver.eis.circuit.Series;
import org.junit.jupiter.api.Test;

/** Both circuit grammars (docs/physics.md 2.2) into one tree, canonical printing, names, and errors with their position. */
class CircuitsTest {

    @Test
    void impedancePyStringsParseIntoTheTreeAndNameParametersLikeImpedancePy() throws Exception {
        Node n = Circuits.parseImpedancePy("R0-p(R1,C1)-p(R2-Wo1,C2)");
        Series s = assertInstanceOf(Series.class, n);
        assertEquals(3, s.children().size());
        Parallel p = assertInstanceOf(Parallel.class, s.children().get(2));
        assertInstanceOf(Series.class, p.children().get(0));
        assertEquals(List.of("R0", "R1", "C1", "R2", "Wo1_0", "Wo1_1", "C2"), Circuits.parameterNames(n));
        assertEquals(List.of("Ohm", "Ohm", "F", "Ohm", "Ohm", "s", "F"), Circuits.parameterUnits(n));
        assertEquals("R0-p(R1,C1)-p(R2-Wo1,C2)", Circuits.toImpedancePy(Circuits.parseImpedancePy(" R0 - p( R1 , C1 ) - p(R2-Wo1, C2) ")));
        assertEquals(List.of("R0", "CPE1_0", "CPE1_1", "La2_0", "La2_1", "TLMQ3_0", "TLMQ3_1", "TLMQ3_2", "Gs4_0", "Gs4_1", "Gs4_2"),
                Circuits.parameterNames(Circuits.parse("R0-CPE1-La2-TLMQ3-Gs4")));
        // nested parallel groups
        assertEquals("p(R1,p(C1,R2-C2))", Circuits.toImpedancePy(Circuits.parse("p(R1,p(C1,R2-C2))")));
    }

    @Test
    void cdcStringsParseIntoTheSameTree() throws Exception {
        Node cdc = Circuits.parseCdc("R(RC)(R[RWo]C)");
        assertEquals("R0-p(R1,C0)-p(R2,R3-Wo0,C1)", Circuits.toImpedancePy(cdc));
        assertEquals("R(RC)(R[RWo]C)", Circuits.toCdc(cdc));
        // Randles R(C[RW]) is R - (C || (R - W))
        Node randles = Circuits.parse("R(C[RW])");
        Series s = assertInstanceOf(Series.class, randles);
        Parallel p = assertInstanceOf(Parallel.class, s.children().get(1));
        assertInstanceOf(Element.class, p.children().get(0));
        assertInstanceOf(Series.class, p.children().get(1));
        // same impedance from both grammars
        double[] values = { 10, 100, 1e-6, 50, 20, 1.0, 1e-4 };
        double[] f = { 1e5, 10, 0.1 };
        var a = CompiledCircuit.parse("R0-p(R1,C1)-p(R2-Wo1,C2)").spectrum(f, values);
        var b = CompiledCircuit.parse("R(RC)([RWo]C)").spectrum(f, values);
        for (int k = 0; k < f.length; k++) {
            assertEquals(a.re()[k], b.re()[k], 1e-12 * Math.abs(a.re()[k]));
            assertEquals(a.im()[k], b.im()[k], 1e-12 * Math.abs(a.im()[k]));
        }
        // the CPE is Q in CDC; round trip through both printers
        Node q = Circuits.parse("R0-p(R1,CPE1)");
        assertEquals("R(RQ)", Circuits.toCdc(q));
        assertEquals("R0-p(R1,CPE0)", Circuits.toImpedancePy(Circuits.parse(Circuits.toCdc(q))));
    }

    @Test
    void cdcValueSyntaxCarriesValuesBoundsFixedAndLabels() throws Exception {
        Node n = Circuits.parseCdc("R{R=50:electrolyte}(R{R=100/10/1000}Q{Q=1e-6,a=0.9F})");
        List<Element> e = n.elements();
        assertEquals("electrolyte", e.get(0).label());
        assertEquals(50, e.get(0).hints().get(0).value());
        assertEquals(10, e.get(1).hints().get(0).lower());
        assertEquals(1000, e.get(1).hints().get(0).upper());
        assertTrue(e.get(2).hints().get(1).fixed());
        assertEquals(0.9, e.get(2).hints().get(1).value());
        assertFalse(e.get(2).hints().get(0).fixed());
        String printed = Circuits.toCdc(n);
        assertEquals("R{R=50:electrolyte}(R{R=100/10/1000}Q{Q=1.0e-6,a=0.9F})", printed);
        assertEquals(printed, Circuits.toCdc(Circuits.parseCdc(printed)));
        assertEquals("C{C=1.5e-6/1.0e-6/inf}", Circuits.toCdc(Circuits.parseCdc("C{C=1.5e-6/1e-6/inf}")));
    }

    @Test
    void errorsNameThePositionAndWhatWasExpected() {
        CircuitSyntaxException e = assertThrows(CircuitSyntaxException.class, () -> Circuits.parseImpedancePy("R0-p(R1,C1"));
        assertEquals(10, e.position());
        assertTrue(e.expected().contains("')'"), e.getMessage());
        assertTrue(e.getMessage().startsWith("impedance.py circuit \"R0-p(R1,C1\": at 10"), e.getMessage());

        e = assertThrows(CircuitSyntaxException.class, () -> Circuits.parseImpedancePy("R0-X1"));
        assertEquals(3, e.position());
        assertTrue(e.getMessage().contains("unknown element 'X'"), e.getMessage());
        assertTrue(e.expected().contains("CPE"), e.getMessage());

        e = assertThrows(CircuitSyntaxException.class, () -> Circuits.parseImpedancePy("R0-p(R1)"));
        assertTrue(e.getMessage().contains("at least two branches"), e.getMessage());

        e = assertThrows(CircuitSyntaxException.class, () -> Circuits.parseImpedancePy("R0-R0"));
        assertEquals(3, e.position());
        assertTrue(e.getMessage().contains("R0 appears twice"), e.getMessage());

        e = assertThrows(CircuitSyntaxException.class, () -> Circuits.parseImpedancePy("R0--C1"));
        assertEquals(3, e.position());

        e = assertThrows(CircuitSyntaxException.class, () -> Circuits.parseCdc("R(RC"));
        assertEquals(4, e.position());
        assertTrue(e.getMessage().contains("not closed"), e.getMessage());

        e = assertThrows(CircuitSyntaxException.class, () -> Circuits.parseCdc("R(RP)"));
        assertEquals(3, e.position());
        assertTrue(e.getMessage().contains("unknown element 'P'"), e.getMessage());

        e = assertThrows(CircuitSyntaxException.class, () -> Circuits.parseCdc("R{X=5}"));
        assertEquals(2, e.position());
        assertTrue(e.getMessage().contains("no parameter 'X'"), e.getMessage());

        e = assertThrows(CircuitSyntaxException.class, () -> Circuits.parseCdc("R{R=5/10/1}"));
        assertTrue(e.getMessage().contains("above upper bound"), e.getMessage());

        e = assertThrows(CircuitSyntaxException.class, () -> Circuits.parse(""));
        assertEquals(0, e.position());

        e = assertThrows(CircuitSyntaxException.class, () -> Circuits.parseCdc("R(RC))"));
        assertEquals(5, e.position());
    }

    @Test
    void grammarIsRecognised() {
        assertEquals(Circuits.IMPEDANCE_PY, Circuits.grammarOf("R0-p(R1,C1)"));
        assertEquals(Circuits.IMPEDANCE_PY, Circuits.grammarOf("CPE"));
        assertEquals(Circuits.CDC, Circuits.grammarOf("R(RC)"));
        assertEquals(Circuits.CDC, Circuits.grammarOf("RC"));
        assertEquals(Circuits.CDC, Circuits.grammarOf("R{R=5}"));
    }
}
