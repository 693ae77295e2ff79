/*
 * Copyright (c) 2026 the Interphase contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.interphase.solver.eis.fit;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import org.interphase.solver.eis.circuit.Element;
import org.interphase.solver.eis.circuit.Node;
import org.interphase.solver.eis.circuit.Parallel;
import org.interphase.solver.eis.circuit.Series;
import org.interphase.solver.eis.data.ImpedanceData;
import org.interphase.solver.eis.drt.Drt;
import org.interphase.solver.eis.drt.DrtResult;
import org.interphase.solver.eis.elements.ParameterSpec;

/**
 * Starting values from the data when none are given (README, "Fit"). The spectrum is read for: the high-frequency
 * intercept (series resistance), the arcs (the peaks of the distribution of relaxation times, time constant and
 * resistance of each; when the DRT has fewer peaks than the circuit has parallel groups, arcs spread over the measured
 * time constants share the polarisation resistance), the low-frequency tail (Warburg coefficient from -Im Z sqrt(omega),
 * finite diffusion from the resistance left over and the lowest frequency) and a series inductance from positive Im Z at
 * the highest frequencies. Each parallel group at the top level of the circuit is one arc: its resistors take the arc's
 * resistance, its capacitors C = tau/R, its CPEs Q = tau^a/R with a = 0.9.
 * <p>
 * {@link #candidates} gives several such starts (arcs assigned to the parallel groups high frequency first, low
 * frequency first and in the other orders for up to four groups; arcs spread evenly; small arcs at the ends of the
 * measured range; for three or more groups, the smallest arc dropped and another split in two, and, when the DRT
 * separates fewer arcs than there are groups, the largest arcs kept with the others small inside each gap of more than a
 * decade between them): a fit without starting values runs from each and keeps the lowest cost.
 */
public final class InitialGuess {

    private InitialGuess() {
    }

    /** Starting values for the circuit's parameters, in its order: the first of {@link #candidates}. */
    public static double[] of(Node circuit, ImpedanceData data) {
        return candidates(circuit, data).get(0);
    }

    /** One arc: time constant (s) and resistance (Ohm). */
    record Arc(double tau, double r) {
    }

    /** What the spectrum shows, read once. */
    static final class Features {
        double rHigh;
        double rLow;
        double fMin = Double.POSITIVE_INFINITY;
        double fMax;
        double tailA;
        double inductance;
        double lowIm;
        double lowModulus;
        List<Arc> peaks = List.of();

        static Features of(ImpedanceData data) {
            Features x = new Features();
            int n = data.size();
            Integer[] order = new Integer[n];
            for (int k = 0; k < n; k++) {
                order[k] = k;
            }
            Arrays.sort(order, Comparator.comparingDouble(k -> data.f()[k]));
            int lo = order[0];
            int hi = order[n - 1];
            x.fMin = data.f()[lo];
            x.fMax = data.f()[hi];
            // high-frequency intercept: the smallest Re Z among the highest decade with capacitive Im Z (or the smallest Re Z)
            double rHigh = Double.POSITIVE_INFINITY;
            for (int j = n - 1; j >= Math.max(0, n - Math.max(3, n / 8)); j--) {
                rHigh = Math.min(rHigh, data.re()[order[j]]);
            }
            x.rHigh = Math.max(rHigh, 0);
            x.rLow = data.re()[lo];
            x.lowIm = Math.max(-data.im()[lo], 0);
            x.lowModulus = data.modulus(lo);
            // Warburg coefficient from the lowest three points: -Im Z sqrt(omega)
            double[] a = new double[Math.min(3, n)];
            for (int j = 0; j < a.length; j++) {
                int k = order[j];
                a[j] = Math.max(-data.im()[k], 0) * Math.sqrt(2 * Math.PI * data.f()[k]);
            }
            Arrays.sort(a);
            x.tailA = a[a.length / 2];
            double im = data.im()[hi];
            x.inductance = im > 0 ? im / (2 * Math.PI * x.fMax) : 0;
            try {
                DrtResult drt = Drt.compute(data, Drt.Options.automatic(), null);
                x.peaks = drt.peaks().stream().filter(p -> p.resistance() > 0 && Double.isFinite(p.tau())).map(p -> new Arc(p.tau(), p.resistance())).toList();
                if (Double.isFinite(drt.rInf()) && drt.rInf() > 0) {
                    x.rHigh = Math.min(x.rHigh, drt.rInf());
                }
            } catch (Exception | StackOverflowError e) {
                // no DRT for these data (too few points, ...): the arcs are spread evenly instead
            }
            return x;
        }

        double polarisation() {
            return Math.max(rLow - rHigh, Math.max(Math.abs(rLow), Math.abs(rHigh)) * 1e-3 + 1e-12);
        }
    }

    /** Starting vectors, most plausible first; every vector has the circuit's parameter count and lies inside the default bounds. */
    public static List<double[]> candidates(Node circuit, ImpedanceData data) {
        Features x = Features.of(data);
        List<Node> top = circuit instanceof Series s ? s.children() : List.of(circuit);
        int groups = (int) top.stream().filter(Parallel.class::isInstance).count();
        boolean diffusion = top.stream().anyMatch(c -> c instanceof Element e && isDiffusion(e));
        double tauMin = 1 / (2 * Math.PI * x.fMax);
        double tauMax = 1 / (2 * Math.PI * x.fMin);
        // arcs from the DRT: the largest ones, by time constant (peaks beyond the lowest frequency belong to a diffusion tail)
        List<Arc> peaks = new ArrayList<>(x.peaks);
        if (diffusion) {
            peaks.removeIf(p -> p.tau > tauMax);
        }
        peaks.sort(Comparator.comparingDouble(Arc::r).reversed());
        List<List<Arc>> arcSets = new ArrayList<>();
        if (groups > 0) {
            List<Arc> fromDrt = new ArrayList<>(peaks.subList(0, Math.min(groups, peaks.size())));
            double rp = x.polarisation();
            double used = fromDrt.stream().mapToDouble(Arc::r).sum();
            double spare = Math.max(rp - used, rp * 0.1) / Math.max(groups - fromDrt.size(), 1);
            List<Arc> missing = spread(groups - fromDrt.size(), tauMin, tauMax, spare);
            fromDrt.addAll(missing);
            fromDrt.sort(Comparator.comparingDouble(Arc::tau));
            for (int[] perm : permutations(groups)) {
                List<Arc> set = new ArrayList<>();
                for (int g = 0; g < groups; g++) {
                    set.add(fromDrt.get(perm[g]));
                }
                arcSets.add(set);
            }
            if (fromDrt.size() > missing.size() && !missing.isEmpty()) {
                // small arcs the DRT did not separate: at the ends of the measured range instead of spread between
                List<Arc> ends = new ArrayList<>(peaks.subList(0, groups - missing.size()));
                for (int k = 0; k < missing.size(); k++) {
                    ends.add(new Arc(k % 2 == 0 ? tauMax : tauMin, 0.02 * rp));
                }
                ends.sort(Comparator.comparingDouble(Arc::tau));
                arcSets.add(ends);
            }
            if (groups >= 3) {
                // two arcs the DRT merged into one: drop the smallest arc and split arc i in two, half a decade either side
                List<Arc> bySize = new ArrayList<>(fromDrt);
                bySize.sort(Comparator.comparingDouble(Arc::r));
                for (int i = 1; i < bySize.size(); i++) {
                    List<Arc> split = new ArrayList<>(bySize.subList(1, bySize.size()));
                    Arc a = split.remove(i - 1);
                    split.add(new Arc(a.tau / Math.sqrt(10), a.r / 2));
                    split.add(new Arc(a.tau * Math.sqrt(10), a.r / 2));
                    split.sort(Comparator.comparingDouble(Arc::tau));
                    arcSets.add(split);
                }
            }
            long separable = peaks.stream().filter(p -> p.r >= 0.05 * rp).count();
            if (groups >= 3 && separable < groups) {
                // fewer separable DRT peaks (at least 5 % of the polarisation resistance) than arcs: small arcs the DRT did not
                // separate, perhaps with a spurious or merged peak in their place. Keep the largest separable peaks (and one
                // fewer) and spread the other arcs, small, inside one gap of more than a decade between the kept ones and the
                // ends of the measured range (each gap in turn)
                int most = (int) Math.min(separable, groups - 1);
                for (int keep = most; keep >= Math.max(1, most - 1); keep--) {
                    List<Arc> kept = new ArrayList<>(peaks.subList(0, keep));
                    int m = groups - keep;
                    double small = Math.max(rp - kept.stream().mapToDouble(Arc::r).sum(), 0.02 * rp) / m;
                    List<Double> edges = new ArrayList<>(List.of(tauMin, tauMax));
                    kept.forEach(a -> edges.add(a.tau));
                    edges.sort(null);
                    for (int g = 0; g + 1 < edges.size(); g++) {
                        if (edges.get(g + 1) < 10 * edges.get(g)) {
                            continue;
                        }
                        List<Arc> set = new ArrayList<>(kept);
                        set.addAll(spread(m, edges.get(g), edges.get(g + 1), small));
                        set.sort(Comparator.comparingDouble(Arc::tau));
                        arcSets.add(set);
                    }
                }
            }
            arcSets.add(spread(groups, tauMin, tauMax, rp / groups));
            List<Arc> reversed = new ArrayList<>(spread(groups, tauMin, tauMax, rp / groups));
            java.util.Collections.reverse(reversed);
            arcSets.add(reversed);
        } else {
            arcSets.add(List.of());
        }
        List<double[]> out = new ArrayList<>();
        for (List<Arc> arcs : arcSets) {
            out.add(assign(circuit, top, arcs, x));
        }
        return out;
    }

    /** n arcs with time constants evenly spread (in log) inside [tauMin, tauMax], resistance r each. */
    static List<Arc> spread(int n, double tauMin, double tauMax, double r) {
        List<Arc> arcs = new ArrayList<>();
        double l0 = Math.log(tauMin);
        double l1 = Math.log(tauMax);
        for (int k = 0; k < n; k++) {
            arcs.add(new Arc(Math.exp(l0 + (l1 - l0) * (k + 1) / (n + 1)), r));
        }
        return arcs;
    }

    /** The identity first, then the reverse, then the rest (all orders for up to four groups). */
    static List<int[]> permutations(int n) {
        List<int[]> all = new ArrayList<>();
        int[] id = new int[n];
        for (int k = 0; k < n; k++) {
            id[k] = k;
        }
        all.add(id.clone());
        if (n < 2) {
            return all;
        }
        int[] rev = new int[n];
        for (int k = 0; k < n; k++) {
            rev[k] = n - 1 - k;
        }
        all.add(rev);
        if (n > 4) {
            return all;
        }
        permute(id, 0, all);
        return all;
    }

    private static void permute(int[] a, int k, List<int[]> out) {
        if (k == a.length) {
            if (out.stream().noneMatch(p -> Arrays.equals(p, a))) {
                out.add(a.clone());
            }
            return;
        }
        for (int i = k; i < a.length; i++) {
            int t = a[k];
            a[k] = a[i];
            a[i] = t;
            permute(a, k + 1, out);
            a[i] = a[k];
            a[k] = t;
        }
    }

    static boolean isDiffusion(Element e) {
        return e.type().symbol().startsWith("W") || e.type().symbol().startsWith("G");
    }

    /** Values for every parameter: top-level elements from the intercept, tail and inductance; parallel groups from their arc. */
    static double[] assign(Node circuit, List<Node> top, List<Arc> arcs, Features x) {
        double[] p = new double[circuit.parameterCount()];
        int offset = 0;
        int arc = 0;
        long seriesResistors = top.stream().filter(c -> c instanceof Element e && e.type().symbol().equals("R")).count();
        double arcsR = arcs.stream().mapToDouble(Arc::r).sum();
        // what the low-frequency end has beyond the intercept and the arcs: a finite diffusion's resistance
        double leftover = Math.max(x.rLow - x.rHigh - arcsR, 0.1 * x.polarisation());
        double omegaMin = 2 * Math.PI * x.fMin;
        for (Node node : top) {
            if (node instanceof Element e) {
                offset = element(e, p, offset, x, x.rHigh / Math.max(seriesResistors, 1), leftover, omegaMin);
            } else {
                Arc a = arc < arcs.size() ? arcs.get(arc) : new Arc(1 / omegaMin, x.polarisation());
                arc++;
                offset = group(node, p, offset, a, x, omegaMin);
            }
        }
        return p;
    }

    private static int element(Element e, double[] p, int offset, Features x, double seriesR, double leftover, double omegaMin) {
        List<ParameterSpec> specs = e.type().parameters();
        String symbol = e.type().symbol();
        for (int j = 0; j < specs.size(); j++) {
            ParameterSpec spec = specs.get(j);
            double v = switch (symbol) {
            case "R" -> seriesR;
            case "L" -> x.inductance > 0 ? x.inductance : 1e-3 / (2 * Math.PI * x.fMax) * Math.max(x.rHigh, 1e-9);
            case "C" -> 1 / (omegaMin * Math.max(x.lowIm, 1e-300));
            case "CPE" -> j == 0 ? 1 / (Math.max(x.lowModulus, 1e-300) * Math.pow(omegaMin, 0.9)) : 0.9;
            case "W" -> x.tailA > 0 ? x.tailA : leftover * Math.sqrt(omegaMin);
            case "Ws", "Wo" -> j == 0 ? leftover : 1 / omegaMin;
            default -> spec.unit().equals("Ohm") ? leftover : spec.unit().equals("s") ? 1 / omegaMin : spec.typical();
            };
            p[offset + j] = inside(v, spec);
        }
        return offset + specs.size();
    }

    /** A parallel group (or anything nested) as one arc of time constant tau and resistance r. */
    private static int group(Node node, double[] p, int offset, Arc arc, Features x, double omegaMin) {
        List<Element> elements = node.elements();
        long resistors = elements.stream().filter(e -> e.type().parameters().get(0).unit().equals("Ohm")).count();
        double r = arc.r / Math.max(resistors, 1);
        for (Element e : elements) {
            List<ParameterSpec> specs = e.type().parameters();
            String symbol = e.type().symbol();
            for (int j = 0; j < specs.size(); j++) {
                ParameterSpec spec = specs.get(j);
                double v = switch (symbol) {
                case "R" -> r;
                case "C" -> arc.tau / arc.r;
                case "CPE" -> j == 0 ? Math.pow(arc.tau, 0.9) / arc.r : 0.9;
                case "L" -> arc.r * arc.tau * 1e-3;
                case "W" -> r * Math.sqrt(omegaMin);
                case "Ws", "Wo" -> j == 0 ? r : 1 / omegaMin;
                default -> spec.unit().equals("Ohm") ? r : spec.unit().equals("s") ? arc.tau : spec.typical();
                };
                p[offset + j] = inside(v, spec);
            }
            offset += specs.size();
        }
        return offset;
    }

    private static double inside(double v, ParameterSpec spec) {
        if (!Double.isFinite(v) || v <= spec.lower() || v >= spec.upper()) {
            double t = spec.typical();
            if (t > spec.lower() && t < spec.upper()) {
                return t;
            }
            return Double.isFinite(spec.upper()) && Double.isFinite(spec.lower()) ? (spec.lower() + spec.upper()) / 2 : spec.lower() + 1;
        }
        return v;
    }
}
