/*
 * Copyright (c) 2026 the Interphase contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.interphase.solver.eis.circuit;

import java.util.ArrayList;
import java.util.List;

import org.interphase.solver.eis.elements.ElementType;
import org.interphase.solver.eis.elements.Elements;

/**
 * A circuit prepared for fast evaluation: Z(omega) and its derivatives with respect to every parameter (chain rule
 * through the tree: a branch i of a parallel group P contributes dZ_P = (Z_P / Z_i)^2 dZ_i). Evaluation does not
 * allocate. Not thread-safe (it keeps scratch arrays): use one instance per thread ({@link #copy()}).
 */
public final class CompiledCircuit {

    private static final int ELEMENT = 0;
    private static final int SERIES = 1;
    private static final int PARALLEL = 2;
    private static final int RESISTOR = 3;
    private static final int CAPACITOR = 4;
    private static final int INDUCTOR = 5;

    private final Node root;
    private final int[] kind;
    private final int[][] children;
    private final ElementType[] types;
    private final int[] offsets;
    private final int parameterCount;
    private final double[] zr;
    private final double[] zi;
    private final double[] tmp = new double[2];
    private final int[] postOrder;

    private CompiledCircuit(Node root) {
        this.root = root;
        List<Node> nodes = new ArrayList<>();
        collect(root, nodes);
        int n = nodes.size();
        kind = new int[n];
        children = new int[n][];
        types = new ElementType[n];
        offsets = new int[n];
        zr = new double[n];
        zi = new double[n];
        int offset = 0;
        for (int k = 0; k < n; k++) {
            Node node = nodes.get(k);
            switch (node) {
            case Element e -> {
                kind[k] = ELEMENT;
                types[k] = e.type();
                offsets[k] = offset;
                offset += e.type().parameterCount();
                children[k] = new int[0];
            }
            case Series s -> {
                kind[k] = SERIES;
                children[k] = s.children().stream().mapToInt(c -> indexOf(nodes, c)).toArray();
            }
            case Parallel p -> {
                kind[k] = PARALLEL;
                children[k] = p.children().stream().mapToInt(c -> indexOf(nodes, c)).toArray();
            }
            }
        }
        parameterCount = offset;
        for (int k = 0; k < n; k++) {
            if (kind[k] == ELEMENT && types[k] == Elements.bySymbol(types[k].symbol()).orElse(null)) {
                switch (types[k].symbol()) {
                case "R" -> kind[k] = RESISTOR;
                case "C" -> kind[k] = CAPACITOR;
                case "L" -> kind[k] = INDUCTOR;
                default -> {
                    // evaluated through its ElementType
                }
                }
            }
        }
        List<Integer> order = new ArrayList<>();
        postOrder(0, order);
        postOrder = order.stream().mapToInt(Integer::intValue).toArray();
    }

    private void postOrder(int n, List<Integer> order) {
        for (int c : children[n]) {
            postOrder(c, order);
        }
        order.add(n);
    }

    private static int indexOf(List<Node> nodes, Node node) {
        for (int k = 0; k < nodes.size(); k++) {
            if (nodes.get(k) == node) {
                return k;
            }
        }
        throw new IllegalStateException();
    }

    private static void collect(Node node, List<Node> nodes) {
        nodes.add(node);
        if (node instanceof Series s) {
            s.children().forEach(c -> collect(c, nodes));
        } else if (node instanceof Parallel p) {
            p.children().forEach(c -> collect(c, nodes));
        }
    }

    /** Prepares a circuit. */
    public static CompiledCircuit of(Node root) {
        return new CompiledCircuit(root);
    }

    /** Parses (either grammar) and prepares a circuit. */
    public static CompiledCircuit parse(String circuit) throws CircuitSyntaxException {
        return new CompiledCircuit(Circuits.parse(circuit));
    }

    /** A new instance over the same circuit, for another thread. */
    public CompiledCircuit copy() {
        return new CompiledCircuit(root);
    }

    /** The syntax tree. */
    public Node root() {
        return root;
    }

    /** The number of parameters. */
    public int parameterCount() {
        return parameterCount;
    }

    /** Z(omega) for the parameters p (in impedance.py order), written as out[0] = Re Z, out[1] = Im Z. */
    public void impedance(double omega, double[] p, double[] out) {
        evaluate(0, omega, p, null, null);
        out[0] = zr[0];
        out[1] = zi[0];
    }

    /**
     * Z(omega) into out and dZ/dp_k into dRe[k], dIm[k] (derivatives with respect to the parameters themselves, not
     * their logarithms).
     */
    public void impedanceAndDerivatives(double omega, double[] p, double[] out, double[] dRe, double[] dIm) {
        evaluate(0, omega, p, dRe, dIm);
        out[0] = zr[0];
        out[1] = zi[0];
        propagate(0, 1, 0, dRe, dIm);
    }

    /** The spectrum at frequencies f (Hz). */
    public Spectrum spectrum(double[] f, double[] p) {
        checkCount(p);
        double[] re = new double[f.length];
        double[] im = new double[f.length];
        for (int k = 0; k < f.length; k++) {
            evaluate(0, 2 * Math.PI * f[k], p, null, null);
            re[k] = zr[0];
            im[k] = zi[0];
        }
        return new Spectrum(f.clone(), re, im);
    }

    private void checkCount(double[] p) {
        if (p.length != parameterCount) {
            throw new IllegalArgumentException("the circuit " + Circuits.toImpedancePy(root) + " has " + parameterCount
                    + " parameters " + Circuits.parameterNames(root) + ", but " + p.length + " values were given");
        }
    }

    /**
     * Z of node n (0: the whole circuit) into zr, zi, children before parents (post-order, no recursion); with
     * dRe != null also the elements' own derivatives (unscaled) into dRe, dIm.
     */
    private void evaluate(int root, double omega, double[] p, double[] dRe, double[] dIm) {
        for (int n : postOrder) {
            switch (kind[n]) {
            case RESISTOR -> {
                // R, C and L inline: no interface call in the innermost loop
                int o = offsets[n];
                zr[n] = p[o];
                zi[n] = 0;
                if (dRe != null) {
                    dRe[o] = 1;
                    dIm[o] = 0;
                }
            }
            case CAPACITOR -> {
                int o = offsets[n];
                double c = p[o];
                zr[n] = 0;
                zi[n] = -1 / (omega * c);
                if (dRe != null) {
                    dRe[o] = 0;
                    dIm[o] = 1 / (omega * c * c);
                }
            }
            case INDUCTOR -> {
                int o = offsets[n];
                zr[n] = 0;
                zi[n] = omega * p[o];
                if (dRe != null) {
                    dRe[o] = 0;
                    dIm[o] = omega;
                }
            }
            case ELEMENT -> {
                if (dRe != null) {
                    types[n].impedanceAndDerivatives(omega, p, offsets[n], tmp, dRe, dIm, offsets[n]);
                } else {
                    types[n].impedance(omega, p, offsets[n], tmp);
                }
                zr[n] = tmp[0];
                zi[n] = tmp[1];
            }
            case SERIES -> {
                double r = 0;
                double i = 0;
                for (int c : children[n]) {
                    r += zr[c];
                    i += zi[c];
                }
                zr[n] = r;
                zi[n] = i;
            }
            default -> {
                double yr = 0;
                double yi = 0;
                for (int c : children[n]) {
                    double m = zr[c] * zr[c] + zi[c] * zi[c];
                    yr += zr[c] / m;
                    yi -= zi[c] / m;
                }
                double m = yr * yr + yi * yi;
                zr[n] = yr / m;
                zi[n] = -yi / m;
            }
            }
        }
    }

    private void propagate(int n, double fr, double fi, double[] dRe, double[] dIm) {
        switch (kind[n]) {
        case ELEMENT, RESISTOR, CAPACITOR, INDUCTOR -> {
            int o = offsets[n];
            for (int k = o; k < o + types[n].parameterCount(); k++) {
                double r = dRe[k];
                double i = dIm[k];
                dRe[k] = fr * r - fi * i;
                dIm[k] = fr * i + fi * r;
            }
        }
        case SERIES -> {
            for (int c : children[n]) {
                propagate(c, fr, fi, dRe, dIm);
            }
        }
        default -> {
            for (int c : children[n]) {
                // q = Z_P / Z_c ; factor *= q^2
                double m = zr[c] * zr[c] + zi[c] * zi[c];
                double qr = (zr[n] * zr[c] + zi[n] * zi[c]) / m;
                double qi = (zi[n] * zr[c] - zr[n] * zi[c]) / m;
                double q2r = qr * qr - qi * qi;
                double q2i = 2 * qr * qi;
                propagate(c, fr * q2r - fi * q2i, fr * q2i + fi * q2r, dRe, dIm);
            }
        }
        }
    }
}
