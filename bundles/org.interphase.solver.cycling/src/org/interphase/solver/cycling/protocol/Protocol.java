/*
 * Copyright (c) 2026 the Interphase contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.interphase.solver.cycling.protocol;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * A cycling protocol in words, close to PyBaMM's {@code Experiment} strings: steps separated by ';' or new lines,
 * groups in parentheses repeated with {@code x N}:
 *
 * <pre>
 * (Charge at 0.1C until 4.0 V; Hold at 4.0 V until C/50; Rest for 30 minutes; Discharge at 0.1C until 2.5 V) x 20
 * </pre>
 *
 * Grammar (keywords and units are case-insensitive, except the unit symbols' m/M):
 *
 * <pre>
 * protocol  := item ( (';' | NEWLINE) item )*
 * item      := '(' protocol ')' [ ('x' | '*' | '×') INTEGER ]  |  step
 * step      := ('Charge' | 'Discharge') 'at' current [ 'for' duration ] [ ['or'] 'until' (voltage | current) ] modifier*
 *            | 'Hold' 'at' voltage ( 'until' current | 'for' duration [ ['or'] 'until' current ] ) modifier*
 *            | 'Rest' 'for' duration [ ['or'] 'until' voltage ] modifier*
 * modifier  := '(' NUMBER time-unit 'period' ')'  |  'at' NUMBER ('oC' | '°C' | 'degC' | 'K')
 * current   := NUMBER ('A' | 'mA' | 'uA' | 'A/m2' | 'mA/cm2' | 'uA/cm2' | 'C')  |  'C/' NUMBER
 * voltage   := NUMBER ('V' | 'mV')
 * duration  := NUMBER ('s' | 'sec' | 'second(s)' | 'min' | 'minute(s)' | 'h' | 'hour(s)' | 'day(s)')
 * </pre>
 *
 * Currents in C are multiples of the cathode's theoretical capacity per hour (C-rate); a charge or discharge step
 * needs 'for' or 'until', a rest needs 'for'. Values are stored in SI (A, A/m2, V, s, K).
 */
public record Protocol(String text, List<Item> items) {

    /** Where in the text (1-based line and column, 0-based offset). */
    public record Position(int line, int column, int offset) {
        @Override
        public String toString() {
            return "line " + line + ", column " + column;
        }
    }

    /** A step or a repeated group. */
    public sealed interface Item permits Step, Repeat {
        Position position();
    }

    /** A group of items repeated {@code count} times. */
    public record Repeat(List<Item> items, int count, Position position) implements Item {
    }

    /** What a step does. */
    public enum Kind {
        CHARGE, DISCHARGE, HOLD, REST
    }

    /** How a current is given. */
    public enum CurrentUnit {
        /** A. */
        AMPERE,
        /** A/m2 of the cell's area. */
        AMPERE_PER_SQUARE_METRE,
        /** Multiples of the theoretical capacity per hour. */
        C_RATE
    }

    /** A current magnitude (always >= 0; the step's kind gives the sign). */
    public record Current(double value, CurrentUnit unit) {
        @Override
        public String toString() {
            return switch (unit) {
            case AMPERE -> value + " A";
            case AMPERE_PER_SQUARE_METRE -> value + " A/m2";
            case C_RATE -> value + "C";
            };
        }
    }

    /** An end condition: a voltage (V) or a current magnitude. */
    public record Condition(Double voltage, Current current) {
        public boolean isVoltage() {
            return voltage != null;
        }
    }

    /**
     * One step. {@code current} is the set current (charge/discharge) or the end current (hold, as its condition);
     * {@code voltage} the held voltage (V, NaN otherwise); {@code duration} (s) and {@code period} (s) are NaN when not
     * given; {@code until} is null when there is none; {@code temperature} (K) is NaN when not given.
     */
    public record Step(Kind kind, Current current, double voltage, double duration, Condition until, double period, double temperature,
            String text, Position position) implements Item {

        /** True for a step at a set current (charge, discharge). */
        public boolean galvanostatic() {
            return kind == Kind.CHARGE || kind == Kind.DISCHARGE;
        }
    }

    /** Parses a protocol; throws {@link ProtocolException} naming the line, the column and what was expected. */
    public static Protocol parse(String text) throws ProtocolException {
        return new ProtocolParser(text).parse();
    }

    /** The number of steps run, repeats expanded. */
    public long stepCount() {
        return count(items);
    }

    private static long count(List<Item> items) {
        long n = 0;
        for (Item item : items) {
            n += item instanceof Repeat r ? r.count() * count(r.items()) : 1;
        }
        return n;
    }

    /** The steps in the order they run, repeats expanded lazily. */
    public Iterable<Step> steps() {
        return () -> new Iterator<>() {
            private final Deque<Frame> stack = new ArrayDeque<>(List.of(new Frame(items, 1)));
            private Step next = advance();

            private Step advance() {
                while (!stack.isEmpty()) {
                    Frame frame = stack.peek();
                    if (frame.index == frame.items.size()) {
                        frame.round++;
                        frame.index = 0;
                        if (frame.round >= frame.count || frame.items.isEmpty()) {
                            stack.pop();
                        }
                        continue;
                    }
                    Item item = frame.items.get(frame.index++);
                    if (item instanceof Step step) {
                        return step;
                    }
                    Repeat repeat = (Repeat) item;
                    if (repeat.count() > 0) {
                        stack.push(new Frame(repeat.items(), repeat.count()));
                    }
                }
                return null;
            }

            @Override
            public boolean hasNext() {
                return next != null;
            }

            @Override
            public Step next() {
                if (next == null) {
                    throw new NoSuchElementException();
                }
                Step result = next;
                next = advance();
                return result;
            }
        };
    }

    private static final class Frame {
        final List<Item> items;
        final int count;
        int index;
        int round;

        Frame(List<Item> items, int count) {
            this.items = items;
            this.count = count;
        }
    }
}
