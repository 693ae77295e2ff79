/*
 * Copyright (c) 2026 the Interphase contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.interphase.solver.cycling.protocol;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.interphase.data.units.UnitTable;
import org.interphase.solver.cycling.protocol.Protocol.Condition;
import org.interphase.solver.cycling.protocol.Protocol.Current;
import org.interphase.solver.cycling.protocol.Protocol.CurrentUnit;
import org.interphase.solver.cycling.protocol.Protocol.Item;
import org.interphase.solver.cycling.protocol.Protocol.Kind;
import org.interphase.solver.cycling.protocol.Protocol.Position;
import org.interphase.solver.cycling.protocol.Protocol.Repeat;
import org.interphase.solver.cycling.protocol.Protocol.Step;

/** Recursive-descent parser of the protocol grammar documented on {@link Protocol}; a tokenizer with positions first. */
final class ProtocolParser {

    /** Largest repeat count accepted (a protocol of more steps is a typing error, not an experiment). */
    static final int MAX_REPEAT = 100_000;

    private enum Type {
        NUMBER, WORD, OPEN, CLOSE, SEPARATOR, TIMES, END
    }

    private record Token(Type type, String text, double number, Position position) {
        String describe() {
            return switch (type) {
            case END -> "the end of the protocol";
            case SEPARATOR -> text.equals(";") ? "';'" : "a new line";
            default -> "'" + text + "'";
            };
        }
    }

    private static final String CURRENT_HINT = "a current such as '0.1C', 'C/10', '2 mA', '1 A' or '1 mA/cm2'";
    private static final String VOLTAGE_HINT = "a voltage such as '4.0 V' or '2500 mV'";
    private static final String DURATION_HINT = "a duration such as '30 minutes', '90 seconds' or '2 hours'";

    private final String text;
    private final List<Token> tokens = new ArrayList<>();
    private int index;

    ProtocolParser(String text) {
        this.text = text == null ? "" : text;
    }

    Protocol parse() throws ProtocolException {
        tokenize();
        List<Item> items = sequence(false);
        Token t = peek();
        if (t.type != Type.END) {
            throw error(t, t.type == Type.CLOSE ? "')' without a matching '('" : "expected ';' or a new line before " + t.describe());
        }
        if (items.isEmpty()) {
            throw error(t, "the protocol has no steps; write e.g. 'Charge at 0.1C until 4.0 V; Discharge at 0.1C until 2.5 V'");
        }
        return new Protocol(text, List.copyOf(items));
    }

    // ------------------------------------------------------------------------------------------------ tokens

    private void tokenize() throws ProtocolException {
        int line = 1;
        int lineStart = 0;
        int i = 0;
        int n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            Position pos = new Position(line, i - lineStart + 1, i);
            if (c == '\n') {
                tokens.add(new Token(Type.SEPARATOR, "\n", 0, pos));
                line++;
                lineStart = i + 1;
                i++;
            } else if (Character.isWhitespace(c)) {
                i++;
            } else if (c == ';') {
                tokens.add(new Token(Type.SEPARATOR, ";", 0, pos));
                i++;
            } else if (c == '(') {
                tokens.add(new Token(Type.OPEN, "(", 0, pos));
                i++;
            } else if (c == ')') {
                tokens.add(new Token(Type.CLOSE, ")", 0, pos));
                i++;
            } else if (c == '*' || c == '\u00d7') {
                tokens.add(new Token(Type.TIMES, String.valueOf(c), 0, pos));
                i++;
            } else if (Character.isDigit(c) || (c == '.' && i + 1 < n && Character.isDigit(text.charAt(i + 1)))) {
                int start = i;
                while (i < n && Character.isDigit(text.charAt(i))) {
                    i++;
                }
                if (i < n && text.charAt(i) == '.') {
                    i++;
                    while (i < n && Character.isDigit(text.charAt(i))) {
                        i++;
                    }
                }
                if (i + 1 < n && (text.charAt(i) == 'e' || text.charAt(i) == 'E')
                        && (Character.isDigit(text.charAt(i + 1)) || ((text.charAt(i + 1) == '-' || text.charAt(i + 1) == '+') && i + 2 < n
                                && Character.isDigit(text.charAt(i + 2))))) {
                    i += 2;
                    while (i < n && Character.isDigit(text.charAt(i))) {
                        i++;
                    }
                }
                String number = text.substring(start, i);
                tokens.add(new Token(Type.NUMBER, number, Double.parseDouble(number), pos));
            } else if (Character.isLetter(c) || c == '\u00b5' || c == '\u00b0') {
                int start = i;
                while (i < n && (Character.isLetter(text.charAt(i)) || text.charAt(i) == '\u00b5' || text.charAt(i) == '\u00b0')) {
                    i++;
                }
                if (i < n && text.charAt(i) == '/' && i + 1 < n && Character.isLetterOrDigit(text.charAt(i + 1))) {
                    i++;
                    while (i < n && Character.isLetterOrDigit(text.charAt(i))) {
                        i++;
                    }
                }
                tokens.add(new Token(Type.WORD, text.substring(start, i), 0, pos));
            } else {
                throw new ProtocolException(pos, "unexpected character '" + c + "'");
            }
        }
        tokens.add(new Token(Type.END, "", 0, new Position(line, n - lineStart + 1, n)));
    }

    private Token peek() {
        return tokens.get(index);
    }

    private Token peek(int ahead) {
        return tokens.get(Math.min(index + ahead, tokens.size() - 1));
    }

    private Token next() {
        Token t = tokens.get(index);
        if (t.type != Type.END) {
            index++;
        }
        return t;
    }

    private boolean isWord(Token t, String word) {
        return t.type == Type.WORD && t.text.equalsIgnoreCase(word);
    }

    private ProtocolException error(Token t, String reason) {
        return new ProtocolException(t.position, reason);
    }

    private void expectWord(String word, String context) throws ProtocolException {
        Token t = next();
        if (!isWord(t, word)) {
            throw error(t, "expected '" + word + "' " + context + ", found " + t.describe());
        }
    }

    // ------------------------------------------------------------------------------------------------ grammar

    private List<Item> sequence(boolean inGroup) throws ProtocolException {
        List<Item> items = new ArrayList<>();
        skipSeparators();
        while (peek().type != Type.END && !(inGroup && peek().type == Type.CLOSE)) {
            items.add(item());
            Token t = peek();
            if (t.type == Type.SEPARATOR) {
                skipSeparators();
            } else if (!inGroup && t.type == Type.CLOSE) {
                throw error(t, "')' without a matching '('");
            } else if (t.type != Type.END && !(inGroup && t.type == Type.CLOSE)) {
                throw error(t, "expected ';' or a new line after the step, found " + t.describe());
            }
        }
        return items;
    }

    private void skipSeparators() {
        while (peek().type == Type.SEPARATOR) {
            next();
        }
    }

    private Item item() throws ProtocolException {
        Token t = peek();
        if (t.type == Type.OPEN) {
            next();
            List<Item> items = sequence(true);
            Token close = next();
            if (close.type != Type.CLOSE) {
                throw error(close, "expected ')' to close the group opened at " + t.position + ", found " + close.describe());
            }
            if (items.isEmpty()) {
                throw error(t, "the group is empty");
            }
            int count = 1;
            Token times = peek();
            if (times.type == Type.TIMES || isWord(times, "x")) {
                next();
                Token number = next();
                if (number.type != Type.NUMBER || number.number != Math.rint(number.number) || number.number < 1) {
                    throw error(number, "expected a whole number of repeats after '" + times.text + "', found " + number.describe());
                }
                if (number.number > MAX_REPEAT) {
                    throw error(number, "at most " + MAX_REPEAT + " repeats, found " + number.text);
                }
                count = (int) number.number;
            }
            return new Repeat(List.copyOf(items), count, t.position);
        }
        if (t.type != Type.WORD) {
            throw error(t, "expected a step ('Charge', 'Discharge', 'Hold', 'Rest') or '(', found " + t.describe());
        }
        return step();
    }

    private Step step() throws ProtocolException {
        Token first = next();
        String keyword = first.text.toLowerCase(Locale.ROOT);
        Kind kind = switch (keyword) {
        case "charge" -> Kind.CHARGE;
        case "discharge" -> Kind.DISCHARGE;
        case "hold" -> Kind.HOLD;
        case "rest" -> Kind.REST;
        default -> throw error(first, "expected a step ('Charge', 'Discharge', 'Hold', 'Rest'), found " + first.describe());
        };
        Current current = null;
        double voltage = Double.NaN;
        double duration = Double.NaN;
        Condition until = null;
        switch (kind) {
        case CHARGE, DISCHARGE -> {
            expectWord("at", "after '" + first.text + "'");
            current = current("after 'at'");
            if (isWord(peek(), "for")) {
                next();
                duration = duration("after 'for'");
            }
            until = until(true, true);
            if (Double.isNaN(duration) && until == null) {
                throw error(peek(), "a " + keyword + " step needs 'for DURATION' or 'until VOLTAGE' (e.g. '" + first.text
                        + (kind == Kind.CHARGE ? " at 0.1C until 4.0 V" : " at 0.1C until 2.5 V") + "'), found " + peek().describe());
            }
        }
        case HOLD -> {
            expectWord("at", "after 'Hold'");
            voltage = voltage("after 'at'");
            if (isWord(peek(), "for")) {
                next();
                duration = duration("after 'for'");
            }
            until = until(false, true);
            if (Double.isNaN(duration) && until == null) {
                throw error(peek(), "a hold step needs 'until CURRENT' or 'for DURATION' (e.g. 'Hold at 4.0 V until C/50'), found "
                        + peek().describe());
            }
            if (until != null) {
                current = until.current();
            }
        }
        case REST -> {
            Token t = next();
            if (!isWord(t, "for")) {
                throw error(t, "expected 'for' after 'Rest' (e.g. 'Rest for 30 minutes'), found " + t.describe());
            }
            duration = duration("after 'for'");
            until = until(true, false);
        }
        }
        double period = Double.NaN;
        double temperature = Double.NaN;
        while (true) {
            if (peek().type == Type.OPEN && peek(1).type == Type.NUMBER) {
                Token open = next();
                period = duration("in the period");
                expectWord("period", "after the period's duration");
                Token close = next();
                if (close.type != Type.CLOSE) {
                    throw error(close, "expected ')' to close the period opened at " + open.position + ", found " + close.describe());
                }
            } else if (isWord(peek(), "at")) {
                next();
                temperature = temperature();
            } else {
                break;
            }
        }
        if (!Double.isNaN(period) && !(period > 0)) {
            throw error(first, "the period must be > 0");
        }
        int end = peek().type == Type.END ? text.length() : peek().position.offset();
        String stepText = text.substring(first.position.offset(), end).strip();
        return new Step(kind, current, voltage, duration, until, period, temperature, stepText, first.position);
    }

    private Condition until(boolean allowVoltage, boolean allowCurrent) throws ProtocolException {
        Token t = peek();
        if (isWord(t, "or") && isWord(peek(1), "until")) {
            next();
            t = peek();
        }
        if (!isWord(t, "until")) {
            return null;
        }
        next();
        Token value = peek();
        if (allowVoltage && value.type == Type.NUMBER && peek(1).type == Type.WORD && isVoltageUnit(peek(1).text)) {
            return new Condition(voltage("after 'until'"), null);
        }
        if (allowCurrent) {
            boolean currentUnit = peek(1).type == Type.WORD && currentUnit(peek(1).text) != null;
            if (value.type == Type.NUMBER && !currentUnit) {
                throw error(value, "expected " + (allowVoltage ? VOLTAGE_HINT + " or " : "") + CURRENT_HINT + " after 'until', found "
                        + describeValue(value, peek(1)));
            }
            return new Condition(null, current("after 'until'"));
        }
        throw error(value, "expected " + VOLTAGE_HINT + " after 'until', found " + describeValue(value, peek(1)));
    }

    private String describeValue(Token value, Token unit) {
        return value.type == Type.NUMBER && unit.type == Type.WORD ? "'" + value.text + " " + unit.text + "'" : value.describe();
    }

    private Current current(String context) throws ProtocolException {
        Token t = next();
        if (t.type == Type.WORD && t.text.regionMatches(true, 0, "C/", 0, 2)) {
            String rest = t.text.substring(2);
            try {
                double divisor = Double.parseDouble(rest);
                if (divisor > 0) {
                    return new Current(1 / divisor, CurrentUnit.C_RATE);
                }
            } catch (NumberFormatException e) {
                // reported below
            }
            throw error(t, "expected " + CURRENT_HINT + " " + context + ", found " + t.describe());
        }
        if (t.type != Type.NUMBER) {
            throw error(t, "expected " + CURRENT_HINT + " " + context + ", found " + t.describe());
        }
        Token unit = next();
        if (unit.type == Type.WORD && unit.text.equalsIgnoreCase("W")) {
            throw error(unit, "power steps are not supported; give a current");
        }
        Current current = unit.type == Type.WORD ? currentOf(t.number, unit.text) : null;
        if (current == null) {
            throw error(unit, "expected a current unit (C, A, mA, uA, A/m2, mA/cm2, uA/cm2) after '" + t.text + "', found " + unit.describe());
        }
        if (!(current.value() > 0)) {
            throw error(t, "the current must be > 0 (the step's kind gives the direction)");
        }
        return current;
    }

    private static Current currentOf(double value, String unit) {
        double[] factor = currentUnit(unit);
        return factor == null ? null : new Current(value * factor[0], CurrentUnit.values()[(int) factor[1]]);
    }

    /** {factor to SI, ordinal of the CurrentUnit}, or null when not a current unit (C-rates aside, the shared table's). */
    private static double[] currentUnit(String unit) {
        if (unit.equals("C") || unit.equals("c")) {
            return new double[] { 1, CurrentUnit.C_RATE.ordinal() };
        }
        UnitTable.Unit u = UnitTable.get(unit);
        if (u == null || unit.isBlank()) {
            return null;
        }
        return switch (u.quantity()) {
        case "current" -> new double[] { u.factor(), CurrentUnit.AMPERE.ordinal() };
        case "currentDensity" -> new double[] { u.factor(), CurrentUnit.AMPERE_PER_SQUARE_METRE.ordinal() };
        default -> null;
        };
    }

    /** A voltage unit of the shared table ("v" read as V), or null. */
    private static UnitTable.Unit voltageUnit(String unit) {
        return unit.isBlank() ? null : UnitTable.get(unit.equals("v") ? "V" : unit, "potential");
    }

    private static boolean isVoltageUnit(String unit) {
        return voltageUnit(unit) != null;
    }

    private double voltage(String context) throws ProtocolException {
        Token t = next();
        if (t.type != Type.NUMBER) {
            throw error(t, "expected " + VOLTAGE_HINT + " " + context + ", found " + t.describe());
        }
        Token unit = next();
        if (unit.type != Type.WORD || !isVoltageUnit(unit.text)) {
            throw error(unit, "expected a voltage unit (V, mV) after '" + t.text + "', found " + unit.describe());
        }
        return voltageUnit(unit.text).toSI(t.number);
    }

    private double duration(String context) throws ProtocolException {
        Token t = next();
        if (t.type != Type.NUMBER) {
            throw error(t, "expected " + DURATION_HINT + " " + context + ", found " + t.describe());
        }
        Token unit = next();
        UnitTable.Unit time = unit.type == Type.WORD ? UnitTable.get(unit.text.toLowerCase(Locale.ROOT), "time") : null;
        if (time == null) {
            throw error(unit, "expected a time unit (seconds, minutes, hours, days) after '" + t.text + "', found " + unit.describe());
        }
        double seconds = time.toSI(t.number);
        if (!(seconds > 0)) {
            throw error(t, "the duration must be > 0");
        }
        return seconds;
    }

    private double temperature() throws ProtocolException {
        Token t = next();
        if (t.type != Type.NUMBER) {
            throw error(t, "expected a temperature such as '25oC' or '298 K' after 'at', found " + t.describe());
        }
        Token unit = next();
        String u = unit.type == Type.WORD ? unit.text : "";
        // "oC" and "C" are the protocol language's; every other unit is the shared table's
        UnitTable.Unit temperature = u.isEmpty() ? null : UnitTable.get(u.equals("oC") || u.equals("C") ? "degC" : u, "temperature");
        if (temperature == null) {
            throw error(unit, "expected a temperature unit (oC, degC, K) after '" + t.text + "', found " + unit.describe());
        }
        double kelvin = temperature.toSI(t.number);
        if (!(kelvin > 0)) {
            throw error(t, "the temperature must be above 0 K");
        }
        return kelvin;
    }
}
