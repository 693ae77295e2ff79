/*
 * Copyright (c) 2026 the Interphase contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.interphase.solver.eis.elements;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Pattern;

/**
 * The element types the circuit parsers know: the built-in ones (R, C, L, CPE, W, Ws, Wo, G, Gs, K, TLMQ, La, Zarc) and
 * those added with {@link #register(ElementType)} or contributed as OSGi services of type {@link ElementType} (picked up
 * by a Declarative Services component of this bundle). A symbol names one type; a later registration of a taken symbol
 * is refused.
 */
public final class Elements {

    private static final Pattern IMPEDANCE_PY_SYMBOL = Pattern.compile("[A-Za-z]+");
    private static final Pattern CDC_SYMBOL = Pattern.compile("[A-Z][a-z]*");
    private static final List<ElementType> BUILT_IN = StandardElements.all();
    private static final List<ElementType> ADDED = new CopyOnWriteArrayList<>();

    private Elements() {
    }

    /** All known element types, built-in first. */
    public static List<ElementType> all() {
        List<ElementType> all = new ArrayList<>(BUILT_IN);
        all.addAll(ADDED);
        return all;
    }

    /** The type with this impedance.py symbol (case-sensitive, e.g. "CPE", "Wo"). */
    public static Optional<ElementType> bySymbol(String symbol) {
        for (ElementType type : BUILT_IN) {
            if (type.symbol().equals(symbol)) {
                return Optional.of(type);
            }
        }
        return ADDED.stream().filter(t -> t.symbol().equals(symbol)).findFirst();
    }

    /** The type with this CDC symbol (e.g. "Q" for the CPE). */
    public static Optional<ElementType> byCdcSymbol(String symbol) {
        for (ElementType type : BUILT_IN) {
            if (type.cdcSymbol().equals(symbol)) {
                return Optional.of(type);
            }
        }
        return ADDED.stream().filter(t -> t.cdcSymbol().equals(symbol)).findFirst();
    }

    /** The impedance.py symbols, longest first (how a parser that matches prefixes would try them). */
    public static List<String> symbols() {
        return all().stream().map(ElementType::symbol).sorted(Comparator.comparingInt(String::length).reversed()
                .thenComparing(Comparator.naturalOrder())).toList();
    }

    /**
     * Adds an element type. Its impedance.py symbol must be letters only and its CDC symbol an upper-case letter
     * followed by lower-case letters; neither may be taken.
     *
     * @throws IllegalArgumentException naming the rule that the type breaks
     */
    public static void register(ElementType type) {
        if (!IMPEDANCE_PY_SYMBOL.matcher(type.symbol()).matches()) {
            throw new IllegalArgumentException("element symbol '" + type.symbol() + "' must be letters only");
        }
        if (type.symbol().equals("p")) {
            throw new IllegalArgumentException("element symbol 'p' is reserved for parallel groups p(...)");
        }
        if (!CDC_SYMBOL.matcher(type.cdcSymbol()).matches()) {
            throw new IllegalArgumentException("CDC symbol '" + type.cdcSymbol() + "' of element " + type.symbol()
                    + " must be one upper-case letter followed by lower-case letters");
        }
        if (type.parameterCount() < 1) {
            throw new IllegalArgumentException("element " + type.symbol() + " has no parameters");
        }
        synchronized (ADDED) {
            if (bySymbol(type.symbol()).isPresent()) {
                throw new IllegalArgumentException("element symbol '" + type.symbol() + "' is taken");
            }
            if (byCdcSymbol(type.cdcSymbol()).isPresent()) {
                throw new IllegalArgumentException("CDC symbol '" + type.cdcSymbol() + "' is taken");
            }
            ADDED.add(type);
        }
    }

    /** Removes an element type added with {@link #register(ElementType)}; built-in types stay. */
    public static void unregister(ElementType type) {
        ADDED.remove(type);
    }
}
