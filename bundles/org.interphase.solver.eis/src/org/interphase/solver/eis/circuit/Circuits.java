/*
 * Copyright (c) 2026 the Interphase contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.interphase.solver.eis.circuit;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.interphase.solver.eis.elements.ElementType;
import org.interphase.solver.eis.elements.Elements;

/**
 * Parsing and printing circuits. Two grammars parse into one syntax tree ({@link Node}); strings are never evaluated.
 * <ul>
 * <li><b>impedance.py</b>: {@code R0-p(R1,C1)-p(R2-Wo1,C2)}: '-' joins in series, {@code p(a,b,...)} in parallel, an
 * element is its symbol followed by an index of digits and '_' (EBNF in docs/physics.md 2.2).</li>
 * <li><b>Boukamp CDC</b>: {@code R(RC)(R[RW])}: juxtaposition is series, {@code ( )} holds parallel branches,
 * {@code [ ]} a series group; an element is an upper-case letter followed by lower-case letters ("Q" is the CPE, "Wo",
 * "Ws", "Zarc"), optionally followed by values in the extended syntax of pyimpspec:
 * {@code R{R=50:electrolyte}}, {@code C{C=1.5e-6/1e-6/2e-6}} (value/lower/upper, "inf" or "none" for no bound),
 * {@code R{R=50F}} (fixed), {@code Q{Q=1e-6,a=0.9}}. CDC elements are indexed per type in order of appearance (R0,
 * R1, ..., C0, ...).</li>
 * </ul>
 * Parameter names follow impedance.py: {@code R0}, {@code Wo1_0}, {@code Wo1_1}.
 */
public final class Circuits {

    public static final String IMPEDANCE_PY = "impedance.py";
    public static final String CDC = "CDC";

    private Circuits() {
    }

    /** Parses either grammar: CDC when the string has '[' or '{' or juxtaposed elements, impedance.py otherwise. */
    public static Node parse(String circuit) throws CircuitSyntaxException {
        return isCdc(circuit) ? parseCdc(circuit) : parseImpedancePy(circuit);
    }

    /** Which grammar {@link #parse} uses for this string. */
    public static String grammarOf(String circuit) {
        return isCdc(circuit) ? CDC : IMPEDANCE_PY;
    }

    private static boolean isCdc(String circuit) {
        String s = circuit.strip();
        if (s.indexOf('[') >= 0 || s.indexOf('{') >= 0) {
            return true;
        }
        if (s.indexOf('-') >= 0 || s.indexOf(',') >= 0 || s.contains("p(") || s.chars().anyMatch(c -> Character.isDigit(c) || c == '_')) {
            return false;
        }
        return Elements.bySymbol(s).isEmpty() && !s.isEmpty();
    }

    /** Parses an impedance.py circuit string. */
    public static Node parseImpedancePy(String circuit) throws CircuitSyntaxException {
        return new ImpedancePyParser(circuit).parse();
    }

    /** Parses a Boukamp CDC string (with pyimpspec's value extensions). */
    public static Node parseCdc(String circuit) throws CircuitSyntaxException {
        return new CdcParser(circuit).parse();
    }

    /** Canonical impedance.py form: no spaces, e.g. "R0-p(R1,C1)-p(R2-Wo1,C2)". */
    public static String toImpedancePy(Node node) {
        StringBuilder out = new StringBuilder();
        printImpedancePy(node, out);
        return out.toString();
    }

    private static void printImpedancePy(Node node, StringBuilder out) {
        switch (node) {
        case Element e -> out.append(e.name());
        case Series s -> {
            for (int i = 0; i < s.children().size(); i++) {
                if (i > 0) {
                    out.append('-');
                }
                printImpedancePy(s.children().get(i), out);
            }
        }
        case Parallel p -> {
            out.append("p(");
            for (int i = 0; i < p.children().size(); i++) {
                if (i > 0) {
                    out.append(',');
                }
                printImpedancePy(p.children().get(i), out);
            }
            out.append(')');
        }
        }
    }

    /** Canonical CDC form, e.g. "R(RC)(R[RWo])"; values, bounds and labels in braces where the tree has them. */
    public static String toCdc(Node node) {
        StringBuilder out = new StringBuilder();
        if (node instanceof Series s) {
            for (Node child : s.children()) {
                printCdc(child, out);
            }
        } else {
            printCdc(node, out);
        }
        return out.toString();
    }

    private static void printCdc(Node node, StringBuilder out) {
        switch (node) {
        case Element e -> {
            out.append(e.type().cdcSymbol());
            boolean hints = e.hints().stream().anyMatch(ParameterHint::isPresent);
            if (hints || e.label() != null) {
                out.append('{');
                boolean first = true;
                for (int k = 0; k < e.hints().size(); k++) {
                    ParameterHint h = e.hints().get(k);
                    if (!h.isPresent()) {
                        continue;
                    }
                    if (!first) {
                        out.append(',');
                    }
                    first = false;
                    out.append(e.type().parameters().get(k).name()).append('=');
                    out.append(Double.isNaN(h.value()) ? "none" : number(h.value()));
                    if (h.fixed()) {
                        out.append('F');
                    }
                    if (!Double.isNaN(h.lower()) || !Double.isNaN(h.upper())) {
                        out.append('/').append(bound(h.lower())).append('/').append(bound(h.upper()));
                    }
                }
                if (e.label() != null) {
                    out.append(':').append(e.label());
                }
                out.append('}');
            }
        }
        case Series s -> {
            out.append('[');
            for (Node child : s.children()) {
                printCdc(child, out);
            }
            out.append(']');
        }
        case Parallel p -> {
            out.append('(');
            for (Node child : p.children()) {
                printCdc(child, out);
            }
            out.append(')');
        }
        }
    }

    private static String bound(double v) {
        if (Double.isNaN(v)) {
            return "none";
        }
        return Double.isInfinite(v) ? (v > 0 ? "inf" : "-inf") : number(v);
    }

    /** A number in the shortest form that reads back to the same double, lower-case exponent. */
    static String number(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        return Double.toString(v).toLowerCase(Locale.ROOT);
    }

    /** The parameter names of a circuit in impedance.py order, e.g. [R0, R1, C1, R2, Wo1_0, Wo1_1, C2]. */
    public static List<String> parameterNames(Node node) {
        List<String> names = new ArrayList<>();
        for (Element e : node.elements()) {
            for (int k = 0; k < e.type().parameterCount(); k++) {
                names.add(e.parameterName(k));
            }
        }
        return names;
    }

    /** The SI units of the parameters, in the order of {@link #parameterNames}. */
    public static List<String> parameterUnits(Node node) {
        List<String> units = new ArrayList<>();
        for (Element e : node.elements()) {
            e.type().parameters().forEach(p -> units.add(p.unit()));
        }
        return units;
    }

    /** Builds a series of nodes, flattening nested series; one node stays itself. */
    public static Node series(List<Node> nodes) {
        List<Node> flat = new ArrayList<>();
        for (Node n : nodes) {
            if (n instanceof Series s) {
                flat.addAll(s.children());
            } else {
                flat.add(n);
            }
        }
        return flat.size() == 1 ? flat.get(0) : new Series(flat);
    }

    // ------------------------------------------------------------------------------------------------------------

    /** Recursive-descent parser of impedance.py strings. */
    private static final class ImpedancePyParser {
        private final String s;
        private int i;
        private final Map<String, Integer> names = new HashMap<>();

        ImpedancePyParser(String s) {
            this.s = s;
        }

        Node parse() throws CircuitSyntaxException {
            skip();
            if (i == s.length()) {
                throw error("the circuit is empty", "an element such as R0");
            }
            Node node = series();
            skip();
            if (i < s.length()) {
                throw error("unexpected '" + s.charAt(i) + "'", "'-' or the end");
            }
            return node;
        }

        private Node series() throws CircuitSyntaxException {
            List<Node> terms = new ArrayList<>();
            terms.add(term());
            skip();
            while (i < s.length() && s.charAt(i) == '-') {
                i++;
                terms.add(term());
                skip();
            }
            return Circuits.series(terms);
        }

        private Node term() throws CircuitSyntaxException {
            skip();
            int start = i;
            while (i < s.length() && isAsciiLetter(s.charAt(i))) {
                i++;
            }
            String letters = s.substring(start, i);
            if (letters.isEmpty()) {
                throw error(i < s.length() ? "unexpected '" + s.charAt(i) + "'" : "the text ends", "an element (" + String.join(", ", Elements.symbols()) + ") or p(");
            }
            int afterLetters = i;
            skip();
            if (letters.equals("p") && i < s.length() && s.charAt(i) == '(') {
                i++;
                List<Node> branches = new ArrayList<>();
                branches.add(series());
                skip();
                while (i < s.length() && s.charAt(i) == ',') {
                    i++;
                    branches.add(series());
                    skip();
                }
                if (i >= s.length()) {
                    throw error("the text ends", branches.size() < 2 ? "',' and a second branch" : "',' or ')'");
                }
                if (s.charAt(i) != ')') {
                    throw error("unexpected '" + s.charAt(i) + "'", "',' or ')'");
                }
                if (branches.size() < 2) {
                    throw error("a parallel group p(...) needs at least two branches", "','");
                }
                i++;
                return new Parallel(branches);
            }
            i = afterLetters;
            ElementType type = Elements.bySymbol(letters).orElse(null);
            if (type == null) {
                i = start;
                throw error("unknown element '" + letters + "'", "one of " + String.join(", ", Elements.symbols()) + " or p(");
            }
            int indexStart = i;
            while (i < s.length() && (Character.isDigit(s.charAt(i)) || s.charAt(i) == '_')) {
                i++;
            }
            Element element = new Element(type, s.substring(indexStart, i));
            Integer earlier = names.putIfAbsent(element.name(), start);
            if (earlier != null) {
                i = start;
                throw error("element " + element.name() + " appears twice (first at " + earlier + ")", "a unique name such as " + type.symbol() + (names.size() + 1));
            }
            return element;
        }

        private void skip() {
            while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
                i++;
            }
        }

        private CircuitSyntaxException error(String problem, String expected) {
            return new CircuitSyntaxException(IMPEDANCE_PY, s, i, problem, expected);
        }
    }

    private static boolean isAsciiLetter(char c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
    }

    /** Recursive-descent parser of Boukamp CDC strings with the value extensions. */
    private static final class CdcParser {
        private final String s;
        private int i;
        private final Map<String, Integer> counters = new HashMap<>();

        CdcParser(String s) {
            this.s = s;
        }

        Node parse() throws CircuitSyntaxException {
            skip();
            if (i == s.length()) {
                throw error("the circuit is empty", "an element such as R");
            }
            List<Node> items = new ArrayList<>();
            while (true) {
                skip();
                if (i >= s.length()) {
                    break;
                }
                char c = s.charAt(i);
                if (c == ')' || c == ']') {
                    throw error("unexpected '" + c + "' without its opening bracket", "an element, '(' or '['");
                }
                items.add(item());
            }
            return Circuits.series(items);
        }

        private Node item() throws CircuitSyntaxException {
            skip();
            if (i >= s.length()) {
                throw error("the text ends", "an element, '(' or '['");
            }
            char c = s.charAt(i);
            if (c == '(' || c == '[') {
                char close = c == '(' ? ')' : ']';
                int open = i;
                i++;
                List<Node> items = new ArrayList<>();
                while (true) {
                    skip();
                    if (i >= s.length()) {
                        throw error("the text ends; '" + c + "' at " + open + " is not closed", "an element or '" + close + "'");
                    }
                    char d = s.charAt(i);
                    if (d == close) {
                        i++;
                        break;
                    }
                    if (d == ')' || d == ']') {
                        throw error("unexpected '" + d + "'", "'" + close + "' to close '" + c + "' at " + open);
                    }
                    items.add(item());
                }
                if (items.isEmpty()) {
                    i--;
                    throw error("empty group", "an element");
                }
                if (c == '[') {
                    return Circuits.series(items);
                }
                return items.size() == 1 ? items.get(0) : new Parallel(items);
            }
            if (c < 'A' || c > 'Z') {
                throw error("unexpected '" + c + "'", "an element symbol (upper-case letter, e.g. R, C, Q, Wo), '(' or '['");
            }
            int start = i;
            i++;
            while (i < s.length() && s.charAt(i) >= 'a' && s.charAt(i) <= 'z') {
                i++;
            }
            String symbol = s.substring(start, i);
            ElementType type = Elements.byCdcSymbol(symbol).orElse(null);
            if (type == null) {
                i = start;
                throw error("unknown element '" + symbol + "'", "one of " + Elements.all().stream().map(ElementType::cdcSymbol).toList());
            }
            int n = counters.merge(type.symbol(), 1, Integer::sum) - 1;
            List<ParameterHint> hints = new ArrayList<>(java.util.Collections.nCopies(type.parameterCount(), ParameterHint.NONE));
            String label = null;
            skip();
            if (i < s.length() && s.charAt(i) == '{') {
                i++;
                label = values(type, hints);
            }
            return new Element(type, Integer.toString(n), label, hints);
        }

        /** Reads "name=value[F][/lower/upper],...[:label]}" after '{'; returns the label. */
        private String values(ElementType type, List<ParameterHint> hints) throws CircuitSyntaxException {
            while (true) {
                skip();
                if (i >= s.length()) {
                    throw error("the text ends", "a parameter (" + paramNames(type) + "), ':' or '}'");
                }
                char c = s.charAt(i);
                if (c == '}') {
                    i++;
                    return null;
                }
                if (c == ':') {
                    int start = ++i;
                    while (i < s.length() && s.charAt(i) != '}') {
                        i++;
                    }
                    if (i >= s.length()) {
                        throw error("the text ends", "'}' after the label");
                    }
                    String label = s.substring(start, i).strip();
                    i++;
                    return label.isEmpty() ? null : label;
                }
                int start = i;
                while (i < s.length() && (Character.isLetterOrDigit(s.charAt(i)) || s.charAt(i) == '_')) {
                    i++;
                }
                String name = s.substring(start, i);
                int k = -1;
                for (int j = 0; j < type.parameterCount(); j++) {
                    if (type.parameters().get(j).name().equals(name)) {
                        k = j;
                    }
                }
                if (k < 0) {
                    i = start;
                    throw error(name.isEmpty() ? "unexpected '" + c + "'" : "element " + type.cdcSymbol() + " has no parameter '" + name + "'",
                            "a parameter of " + type.cdcSymbol() + " (" + paramNames(type) + ")");
                }
                skip();
                expect('=');
                double value = number(true);
                boolean fixed = false;
                if (i < s.length() && (s.charAt(i) == 'F' || s.charAt(i) == 'f')) {
                    fixed = true;
                    i++;
                }
                double lower = Double.NaN;
                double upper = Double.NaN;
                skip();
                if (i < s.length() && s.charAt(i) == '/') {
                    i++;
                    lower = number(false);
                    skip();
                    expect('/');
                    upper = number(false);
                }
                if (!Double.isNaN(lower) && !Double.isNaN(upper) && lower > upper) {
                    throw error("lower bound " + Circuits.number(lower) + " above upper bound " + Circuits.number(upper), null);
                }
                hints.set(k, new ParameterHint(value, lower, upper, fixed));
                skip();
                if (i < s.length() && s.charAt(i) == ',') {
                    i++;
                } else if (i < s.length() && s.charAt(i) != '}' && s.charAt(i) != ':') {
                    throw error("unexpected '" + s.charAt(i) + "'", "',', ':' or '}'");
                }
            }
        }

        private double number(boolean valueOnly) throws CircuitSyntaxException {
            skip();
            int start = i;
            for (String word : new String[] { "-inf", "+inf", "inf", "none" }) {
                if (s.regionMatches(true, i, word, 0, word.length())) {
                    if (valueOnly && !word.equals("none")) {
                        throw error("a value cannot be infinite", "a number");
                    }
                    i += word.length();
                    return word.equals("none") ? Double.NaN : word.startsWith("-") ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
                }
            }
            if (i < s.length() && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
                i++;
            }
            while (i < s.length() && (Character.isDigit(s.charAt(i)) || s.charAt(i) == '.')) {
                i++;
            }
            if (i < s.length() && (s.charAt(i) == 'e' || s.charAt(i) == 'E')) {
                int e = i++;
                if (i < s.length() && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
                    i++;
                }
                if (i >= s.length() || !Character.isDigit(s.charAt(i))) {
                    i = e;
                }
                while (i < s.length() && Character.isDigit(s.charAt(i))) {
                    i++;
                }
            }
            try {
                return Double.parseDouble(s.substring(start, i));
            } catch (NumberFormatException e) {
                i = start;
                throw error(i < s.length() ? "'" + s.charAt(i) + "' does not start a number" : "the text ends", valueOnly ? "a number" : "a number, inf or none");
            }
        }

        private void expect(char c) throws CircuitSyntaxException {
            skip();
            if (i >= s.length() || s.charAt(i) != c) {
                throw error(i >= s.length() ? "the text ends" : "unexpected '" + s.charAt(i) + "'", "'" + c + "'");
            }
            i++;
        }

        private void skip() {
            while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
                i++;
            }
        }

        private CircuitSyntaxException error(String problem, String expected) {
            return new CircuitSyntaxException(CDC, s, i, problem, expected);
        }
    }

    private static String paramNames(ElementType type) {
        return String.join(", ", type.parameters().stream().map(p -> p.name()).toList());
    }
}
