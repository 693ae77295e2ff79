/*
 * Copyright (c) 2026 the Interphase contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.interphase.solver.cycling.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.interphase.solver.cycling.protocol.Protocol;
import org.interphase.solver.cycling.protocol.Protocol.CurrentUnit;
import org.interphase.solver.cycling.protocol.Protocol.Kind;
import org.interphase.solver.cycling.protocol.Protocol.Repeat;
import org.interphase.solver.cycling.protocol.Protocol.Step;
import org.interphase.solver.cycling.protocol.ProtocolException;
import org.junit.jupiter.api.Test;

/** The protocol language: PyBaMM-like step strings, ';' or new lines, repeated groups, errors with line and column. */
class ProtocolTest {

    @Test
    void parsesThePybammStyleSteps() throws Exception {
        Protocol p = Protocol.parse("Charge at 0.1C until 4.0 V; Hold at 4.0 V until C/50; Rest for 30 minutes; Discharge at 0.1C until 2.5 V");
        List<Step> steps = steps(p);
        assertEquals(4, steps.size());
        Step charge = steps.get(0);
        assertEquals(Kind.CHARGE, charge.kind());
        assertEquals(0.1, charge.current().value(), 1e-15);
        assertEquals(CurrentUnit.C_RATE, charge.current().unit());
        assertEquals(4.0, charge.until().voltage(), 0);
        assertTrue(Double.isNaN(charge.duration()));
        Step hold = steps.get(1);
        assertEquals(Kind.HOLD, hold.kind());
        assertEquals(4.0, hold.voltage(), 0);
        assertEquals(0.02, hold.current().value(), 1e-15); // C/50
        assertEquals(1800, steps.get(2).duration(), 0);
        assertEquals(Kind.REST, steps.get(2).kind());
        assertEquals(2.5, steps.get(3).until().voltage(), 0);
        assertEquals("Hold at 4.0 V until C/50", hold.text());
        assertEquals(1, hold.position().line());
        assertEquals(29, hold.position().column());
    }

    @Test
    void repeatsGroupsAndAcceptsNewLines() throws Exception {
        Protocol p = Protocol.parse("Rest for 1 hour\n(Charge at 0.1C until 4.0 V\n Discharge at 0.1C until 2.5 V) x 20\nRest for 10 min");
        assertEquals(42, p.stepCount());
        assertEquals(3, p.items().size());
        assertEquals(20, ((Repeat) p.items().get(1)).count());
        List<Step> steps = steps(p);
        assertEquals(42, steps.size());
        assertEquals(Kind.REST, steps.get(0).kind());
        assertEquals(Kind.CHARGE, steps.get(1).kind());
        assertEquals(Kind.DISCHARGE, steps.get(40).kind());
        assertEquals(600, steps.get(41).duration(), 0);
        // nested groups and the other repeat signs
        assertEquals(2 * (1 + 3 * 2), Protocol.parse("(Rest for 1 s; (Charge at 1 A for 1 s; Discharge at 1 A for 1 s) * 3) \u00d7 2").stepCount());
    }

    @Test
    void readsUnitsDurationsPeriodsAndTemperatures() throws Exception {
        List<Step> steps = steps(Protocol.parse("Discharge at 1 A for 90 seconds or until 2.5 V (1 minute period) at 25oC; "
                + "Charge at 2 mA for 1.5 hours; Charge at 1 mA/cm2 until 4.1 V; Hold at 4100 mV for 2 h or until 50 uA; Charge at C/10 until 4 V at 318.15 K"));
        Step d = steps.get(0);
        assertEquals(1, d.current().value(), 0);
        assertEquals(CurrentUnit.AMPERE, d.current().unit());
        assertEquals(90, d.duration(), 0);
        assertEquals(2.5, d.until().voltage(), 0);
        assertEquals(60, d.period(), 0);
        assertEquals(298.15, d.temperature(), 1e-12);
        assertEquals(2e-3, steps.get(1).current().value(), 1e-18);
        assertEquals(5400, steps.get(1).duration(), 0);
        assertEquals(10, steps.get(2).current().value(), 1e-12); // 1 mA/cm2 = 10 A/m2
        assertEquals(CurrentUnit.AMPERE_PER_SQUARE_METRE, steps.get(2).current().unit());
        assertEquals(4.1, steps.get(3).voltage(), 1e-12);
        assertEquals(7200, steps.get(3).duration(), 0);
        assertEquals(50e-6, steps.get(3).current().value(), 1e-18);
        assertEquals(0.1, steps.get(4).current().value(), 1e-15);
        assertEquals(318.15, steps.get(4).temperature(), 0);
        assertNull(steps.get(1).until());
    }

    @Test
    void errorsNameLineColumnAndWhatWasExpected() {
        assertError("Charge at fast until 4 V", "line 1, column 11: expected a current such as '0.1C', 'C/10', '2 mA', '1 A' or '1 mA/cm2' after 'at', found 'fast'");
        assertError("Charge at 0.1C until 4.0 V\nDischarge at 0.1C untill 2.5 V",
                "line 2, column 19: a discharge step needs 'for DURATION' or 'until VOLTAGE' (e.g. 'Discharge at 0.1C until 2.5 V'), found 'untill'");
        assertError("(Charge at 0.1C until 4.0 V; Discharge at 0.1C until 2.5 V x 20",
                "line 1, column 60: expected ';' or a new line after the step, found 'x'");
        assertError("(Charge at 0.1C until 4.0 V) x 2.5", "line 1, column 32: expected a whole number of repeats after 'x', found '2.5'");
        assertError("Rest 30 minutes", "line 1, column 6: expected 'for' after 'Rest' (e.g. 'Rest for 30 minutes'), found '30'");
        assertError("Charge at 0.1C until 4.0 X", "line 1, column 22: expected a voltage such as '4.0 V' or '2500 mV' or a current such as");
        assertError("Charge at 0.1C for 3 fortnights", "line 1, column 22: expected a time unit (seconds, minutes, hours, days) after '3', found 'fortnights'");
        assertError("Hold at 4.0 V", "line 1, column 14: a hold step needs 'until CURRENT' or 'for DURATION'");
        assertError("Charge at 2 W for 1 h", "line 1, column 13: power steps are not supported; give a current");
        assertError("Charge at 0.1C until 4 V)", "line 1, column 25: ')' without a matching '('");
        assertError("  ;  \n ", "line 2, column 2: the protocol has no steps");
        assertError("Charge at 0.1C until 4 V; Fly at 1 A", "line 1, column 27: expected a step ('Charge', 'Discharge', 'Hold', 'Rest'), found 'Fly'");
        assertError("Charge at 0.1C until 4 V # comment", "line 1, column 26: unexpected character '#'");
    }

    private static void assertError(String text, String start) {
        ProtocolException e = assertThrows(ProtocolException.class, () -> Protocol.parse(text));
        assertTrue(e.getMessage().startsWith(start), e.getMessage());
    }

    private static List<Step> steps(Protocol p) {
        List<Step> steps = new ArrayList<>();
        p.steps().forEach(steps::add);
        return steps;
    }
}
