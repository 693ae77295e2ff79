/*
 * Copyright (c) 2026 the Interphase contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.interphase.solver.cycling.analytics;

import java.util.ArrayList;
import java.util.List;

import org.interphase.data.Column;
import org.interphase.data.Dataset;
import org.interphase.data.Metadata;
import org.interphase.data.QuantityKind;

/**
 * Analytics of measured (or simulated) galvanostatic cycling: the record is cut into half cycles where the current
 * changes direction (rest points, |I| at most {@link Options#restFraction()} of the largest |I|, belong to no half
 * cycle and do not cut one), each half cycle's charge (C) and mean voltage (energy / charge), cycles as pairs of
 * half cycles in the order the record starts with (charge first for a cathode, discharge first for an anode
 * half-cell; a first half cycle of less than half the typical charge is a preparatory step, not a cycle), coulombic efficiency = second half / first half, retention of the second half against a stated
 * reference cycle, per gram when the active mass is known, differential capacity dQ/dV (Savitzky-Golay), and for
 * symmetric cells (voltage of both signs) the overpotential envelope (largest |V| per half cycle) and the time to
 * failure (|V| reaching a limit, or an abrupt drop of |V|: a short).
 * <p>
 * Charge is integrated as potentiostats record it: each record's current is the average over the interval since
 * the previous record (EC-Lab's &lt;I&gt;), so dQ_k = I_k (t_k - t_k-1) goes to record k's half cycle; the trapezoid rule is
 * an option for instantaneous samples. Positive current is charge (oxidation at the working electrode).
 */
public final class CyclingAnalysis {

    /** How charge is integrated from current and time. */
    public enum Integration {
        /** dQ_k = I_k (t_k - t_k-1): the record's current is the average since the previous record (potentiostats). */
        STEP_AVERAGE,
        /** dQ_k = (I_k-1 + I_k)/2 (t_k - t_k-1): instantaneous samples. */
        TRAPEZOID
    }

    /** What kind of cell the record comes from. */
    public enum Kind {
        /** Decide from the voltage: both signs make a symmetric cell. */
        AUTO,
        /** A cell with an open-circuit voltage (full cell, half-cell). */
        FULL,
        /** A symmetric cell (Li | SE | Li): the voltage is the overpotential. */
        SYMMETRIC
    }

    /**
     * Options: active mass (kg; NaN when unknown: then the dataset's metadata, else no per-gram values), reference
     * cycle of the retention, rest threshold as a fraction of the largest |I|, integration rule, Savitzky-Golay window
     * and order and the number of equally spaced charge points for dQ/dV, voltage limit and relative drop of |V| that
     * count as failure of a symmetric cell, and the cell kind.
     */
    public record Options(double activeMass, int referenceCycle, double restFraction, Integration integration, int window, int order,
            int dqdvPoints, double voltageLimit, double shortDrop, Kind kind) {

        /** Defaults: reference cycle 1, rest below 0.1 % of the largest current, step averages, SG 11 points order 3 on 201 points, 5 V, 50 % drop. */
        public static Options defaults() {
            return new Options(Double.NaN, 1, 1e-3, Integration.STEP_AVERAGE, 11, 3, 201, 5, 0.5, Kind.AUTO);
        }

        public Options withActiveMass(double kg) {
            return new Options(kg, referenceCycle, restFraction, integration, window, order, dqdvPoints, voltageLimit, shortDrop, kind);
        }

        public Options withReferenceCycle(int n) {
            return new Options(activeMass, n, restFraction, integration, window, order, dqdvPoints, voltageLimit, shortDrop, kind);
        }

        public Options withKind(Kind k) {
            return new Options(activeMass, referenceCycle, restFraction, integration, window, order, dqdvPoints, voltageLimit, shortDrop, k);
        }

        public Options withIntegration(Integration rule) {
            return new Options(activeMass, referenceCycle, restFraction, rule, window, order, dqdvPoints, voltageLimit, shortDrop, kind);
        }

        public Options withSmoothing(int points, int polynomialOrder) {
            return new Options(activeMass, referenceCycle, restFraction, integration, points, polynomialOrder, dqdvPoints, voltageLimit, shortDrop,
                    kind);
        }

        public Options withFailure(double limit, double drop) {
            return new Options(activeMass, referenceCycle, restFraction, integration, window, order, dqdvPoints, limit, drop, kind);
        }
    }

    /**
     * A half cycle: its index (0-based), direction (+1 charge, -1 discharge), first and last record (rows), times (s),
     * charge passed (C, positive), energy (J, positive when delivered to the cell on charge and by it on discharge),
     * extreme voltages and the largest |V|.
     */
    public record HalfCycle(int index, int direction, int firstRow, int lastRow, double startTime, double endTime, double charge, double energy,
            double minVoltage, double maxVoltage, double maxAbsVoltage) {

        /** Energy over charge (V). */
        public double meanVoltage() {
            return charge > 0 ? energy / charge : Double.NaN;
        }

        public boolean isCharge() {
            return direction > 0;
        }
    }

    /** A cycle: number (1-based), its first half and its second (null when the record ends first). */
    public record Cycle(int n, HalfCycle first, HalfCycle second) {

        /** The charge half (positive current), or null. */
        public HalfCycle chargeHalf() {
            return first.isCharge() ? first : second;
        }

        /** The discharge half, or null. */
        public HalfCycle dischargeHalf() {
            return first.isCharge() ? second : first;
        }

        /** Charge capacity (C), 0 when missing. */
        public double charge() {
            return chargeHalf() == null ? 0 : chargeHalf().charge();
        }

        /** Discharge capacity (C), 0 when missing. */
        public double discharge() {
            return dischargeHalf() == null ? 0 : dischargeHalf().charge();
        }

        /** Coulombic efficiency: second half over first (discharge / charge for a charge-first record). NaN when incomplete. */
        public double coulombicEfficiency() {
            return second == null || first.charge() == 0 ? Double.NaN : second.charge() / first.charge();
        }
    }

    /** dQ/dV of a half cycle: smoothed voltage (V) and dQ/dV (C/V; negative on discharge) at equally spaced charge. */
    public record DifferentialCapacity(int halfCycle, int cycle, int direction, double[] voltage, double[] dqdv) {

        /** The voltage of the largest |dQ/dV|. */
        public double peakVoltage() {
            int best = 0;
            for (int i = 1; i < dqdv.length; i++) {
                if (Math.abs(dqdv[i]) > Math.abs(dqdv[best])) {
                    best = i;
                }
            }
            return dqdv.length == 0 ? Double.NaN : voltage[best];
        }
    }

    /** Failure of a symmetric cell: when, why ("voltage limit", "short"), and in which half cycle. */
    public record Failure(double time, String mode, int halfCycle) {
    }

    private final List<HalfCycle> halves;
    private final List<Cycle> cycles;
    private final Options options;
    private final double activeMass;
    private final boolean symmetric;
    private final double[] time;
    private final double[] voltage;
    private final double[] current;
    private final double[] cumulative;
    private final List<String> notes;

    private CyclingAnalysis(List<HalfCycle> halves, List<Cycle> cycles, Options options, double activeMass, boolean symmetric, double[] time,
            double[] voltage, double[] current, double[] cumulative, List<String> notes) {
        this.halves = halves;
        this.cycles = cycles;
        this.options = options;
        this.activeMass = activeMass;
        this.symmetric = symmetric;
        this.time = time;
        this.voltage = voltage;
        this.current = current;
        this.cumulative = cumulative;
        this.notes = notes;
    }

    /** Analyses a dataset with columns of time (s), potential (V) and current (A). */
    public static CyclingAnalysis of(Dataset dataset, Options options) throws AnalysisException {
        Column t = dataset.column(QuantityKind.TIME).orElseThrow(() -> new AnalysisException(missing(dataset, "time")));
        Column v = dataset.column(QuantityKind.POTENTIAL).orElseThrow(() -> new AnalysisException(missing(dataset, "potential")));
        Column i = dataset.column(QuantityKind.CURRENT).orElseThrow(() -> new AnalysisException(missing(dataset, "current")));
        double mass = options.activeMass();
        if (Double.isNaN(mass)) {
            String meta = dataset.metadata().get(Metadata.ACTIVE_MASS_KG);
            if (meta != null) {
                try {
                    double m = Double.parseDouble(meta.strip());
                    mass = m > 0 ? m : Double.NaN;
                } catch (NumberFormatException e) {
                    mass = Double.NaN;
                }
            }
        }
        return of(t.toArray(), v.toArray(), i.toArray(), options.withActiveMass(mass));
    }

    private static String missing(Dataset dataset, String what) {
        String file = dataset.metadata().getOrDefault(Metadata.SOURCE_FILE, "the dataset");
        return file + ": no " + what + " column (columns: " + dataset.columns().stream().map(c -> c.name() + " [" + c.kind() + "]").toList() + ")";
    }

    /** Analyses arrays of time (s), voltage (V) and current (A, positive on charge). */
    public static CyclingAnalysis of(double[] t, double[] v, double[] i, Options options) throws AnalysisException {
        int n = t.length;
        if (v.length != n || i.length != n) {
            throw new AnalysisException("time, voltage and current have different lengths (" + n + ", " + v.length + ", " + i.length + ")");
        }
        if (n < 2) {
            throw new AnalysisException("the record has " + n + " point(s); cycling analytics need at least 2");
        }
        List<String> notes = new ArrayList<>();
        double largest = 0;
        for (double c : i) {
            if (Double.isFinite(c)) {
                largest = Math.max(largest, Math.abs(c));
            }
        }
        if (largest == 0) {
            throw new AnalysisException("the current is zero throughout: no charge or discharge to analyse");
        }
        double rest = options.restFraction() * largest;
        int backwards = 0;
        // half cycles
        List<HalfCycle> halves = new ArrayList<>();
        double[] cumulative = new double[n]; // charge passed within the current half cycle (C), for dQ/dV
        int direction = 0;
        int first = -1;
        int last = -1;
        double charge = 0;
        double energy = 0;
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        double maxAbs = 0;
        for (int k = 0; k < n; k++) {
            double ik = i[k];
            int d = !Double.isFinite(ik) || Math.abs(ik) <= rest ? 0 : ik > 0 ? 1 : -1;
            double dt = k == 0 ? 0 : t[k] - t[k - 1];
            if (dt < 0) {
                backwards++;
                dt = 0;
            }
            if (d != 0 && d != direction) {
                if (direction != 0) {
                    halves.add(new HalfCycle(halves.size(), direction, first, last, t[first], t[last], charge, energy, min, max, maxAbs));
                }
                direction = d;
                first = k;
                charge = 0;
                energy = 0;
                min = Double.POSITIVE_INFINITY;
                max = Double.NEGATIVE_INFINITY;
                maxAbs = 0;
            }
            if (d != 0) {
                double dq;
                double de;
                if (options.integration() == Integration.TRAPEZOID) {
                    // the previous sample counts when it flows the same way; after a rest or a reversal the current ramps from 0
                    double previousCurrent = k > 0 && Math.signum(i[k - 1]) == d ? i[k - 1] : 0;
                    dq = 0.5 * (previousCurrent + i[k]) * dt;
                    de = 0.5 * (previousCurrent * (k > 0 ? v[k - 1] : v[k]) + i[k] * v[k]) * dt;
                } else {
                    dq = i[k] * dt;
                    de = i[k] * v[k] * dt;
                }
                charge += d * dq;
                energy += d * de;
                last = k;
                min = Math.min(min, v[k]);
                max = Math.max(max, v[k]);
                maxAbs = Math.max(maxAbs, Math.abs(v[k]));
                cumulative[k] = charge;
            }
        }
        if (direction != 0) {
            halves.add(new HalfCycle(halves.size(), direction, first, last, t[first], t[last], charge, energy, min, max, maxAbs));
        }
        if (backwards > 0) {
            notes.add("time runs backwards at " + backwards + " record(s); those intervals count as 0 s");
        }
        int start = preparatory(halves) ? 1 : 0;
        if (start == 1) {
            HalfCycle p = halves.get(0);
            notes.add("the record starts with a partial " + (p.isCharge() ? "charge" : "discharge") + " (" + String.format(java.util.Locale.ROOT,
                    "%.4g", p.charge() / 3.6) + " mAh, less than half of the typical one): taken as a preparatory step, not a cycle; cycles begin with the following "
                    + (p.isCharge() ? "discharge" : "charge"));
        }
        List<Cycle> cycles = new ArrayList<>();
        for (int h = start; h < halves.size(); h += 2) {
            cycles.add(new Cycle(cycles.size() + 1, halves.get(h), h + 1 < halves.size() ? halves.get(h + 1) : null));
        }
        boolean symmetric = switch (options.kind()) {
        case SYMMETRIC -> true;
        case FULL -> false;
        case AUTO -> bothSigns(v);
        };
        return new CyclingAnalysis(List.copyOf(halves), List.copyOf(cycles), options, options.activeMass(), symmetric, t, v, i, cumulative,
                notes);
    }

    /**
     * True when the first half cycle is a preparatory partial step (e.g. a first discharge from the open-circuit voltage
     * before charge/discharge cycles): less than half of the median charge of the later half cycles of its direction.
     */
    private static boolean preparatory(List<HalfCycle> halves) {
        if (halves.size() < 3) {
            return false;
        }
        HalfCycle first = halves.get(0);
        double[] same = halves.stream().skip(1).filter(h -> h.direction() == first.direction()).mapToDouble(HalfCycle::charge).sorted().toArray();
        if (same.length == 0) {
            return false;
        }
        double median = same.length % 2 == 1 ? same[same.length / 2] : (same[same.length / 2 - 1] + same[same.length / 2]) / 2;
        return first.charge() < 0.5 * median;
    }

    /** Voltage of both signs, each reaching at least a quarter of the largest |V| (a full or half-cell stays positive). */
    private static boolean bothSigns(double[] v) {
        double max = Double.NEGATIVE_INFINITY;
        double min = Double.POSITIVE_INFINITY;
        for (double x : v) {
            if (Double.isFinite(x)) {
                max = Math.max(max, x);
                min = Math.min(min, x);
            }
        }
        double largest = Math.max(Math.abs(max), Math.abs(min));
        return max > 0 && min < 0 && Math.min(max, -min) > 0.25 * largest;
    }

    public List<HalfCycle> halfCycles() {
        return halves;
    }

    public List<Cycle> cycles() {
        return cycles;
    }

    public Options options() {
        return options;
    }

    /** Active mass in kg, NaN when unknown. */
    public double activeMass() {
        return activeMass;
    }

    /** True for a symmetric cell (given, or voltage of both signs, each reaching a quarter of the largest |V|). */
    public boolean symmetric() {
        return symmetric;
    }

    /** Notes on the record (e.g. time running backwards). */
    public List<String> notes() {
        return notes;
    }

    /** A charge (C) per gram of active material in mAh/g, NaN without mass. */
    public double perGram(double coulombs) {
        return activeMass > 0 ? coulombs / activeMass / 3600 : Double.NaN;
    }

    /** The reference cycle's number as used (the option, or the last cycle when the record is shorter). */
    public int referenceCycle() {
        return options.referenceCycle();
    }

    /** Capacity of the second half of cycle n over that of the reference cycle (NaN when either is missing). */
    public double retention(int n) {
        int ref = options.referenceCycle();
        if (n < 1 || n > cycles.size() || ref < 1 || ref > cycles.size()) {
            return Double.NaN;
        }
        HalfCycle reference = cycles.get(ref - 1).second();
        HalfCycle half = cycles.get(n - 1).second();
        return reference == null || half == null || reference.charge() == 0 ? Double.NaN : half.charge() / reference.charge();
    }

    /**
     * The voltage curve of a half cycle against the charge passed within it: {charge (C, from 0), voltage (V)} at the
     * records where its current flows (rest records inside it are left out), e.g. for V(Q) plots.
     */
    public double[][] capacityCurve(HalfCycle half) {
        int n = 0;
        for (int k = half.firstRow(); k <= half.lastRow(); k++) {
            if (inHalf(half, k)) {
                n++;
            }
        }
        double[] q = new double[n];
        double[] v = new double[n];
        int j = 0;
        for (int k = half.firstRow(); k <= half.lastRow(); k++) {
            if (inHalf(half, k)) {
                q[j] = cumulative[k];
                v[j] = voltage[k];
                j++;
            }
        }
        return new double[][] { q, v };
    }

    /** A record counted in the half cycle: current in its direction above the rest threshold (its charge then grew from 0). */
    private boolean inHalf(HalfCycle half, int k) {
        return Math.signum(current[k]) == half.direction() && (k == half.firstRow() || cumulative[k] > 0);
    }

    /** dQ/dV of every half cycle with enough points. */
    public List<DifferentialCapacity> differentialCapacity() {
        List<DifferentialCapacity> result = new ArrayList<>();
        SavitzkyGolay sg = new SavitzkyGolay(options.window(), options.order());
        for (HalfCycle half : halves) {
            DifferentialCapacity d = differentialCapacity(half, sg);
            if (d != null) {
                result.add(d);
            }
        }
        return result;
    }

    private DifferentialCapacity differentialCapacity(HalfCycle half, SavitzkyGolay sg) {
        // the half cycle's (Q, V) with Q strictly increasing
        List<double[]> points = new ArrayList<>();
        double previous = -1;
        for (int k = half.firstRow(); k <= half.lastRow(); k++) {
            if (Math.signum(current[k]) != half.direction() || !(cumulative[k] > previous)) {
                continue;
            }
            points.add(new double[] { cumulative[k], voltage[k] });
            previous = cumulative[k];
        }
        int m = options.dqdvPoints();
        if (points.size() < Math.max(sg.window(), 3) || half.charge() <= 0) {
            return null;
        }
        double q0 = points.get(0)[0];
        double q1 = points.get(points.size() - 1)[0];
        if (!(q1 > q0)) {
            return null;
        }
        int count = Math.max(Math.min(m, points.size()), sg.window());
        double h = (q1 - q0) / (count - 1);
        double[] resampled = new double[count];
        int j = 0;
        for (int k = 0; k < count; k++) {
            double q = q0 + k * h;
            while (j < points.size() - 2 && points.get(j + 1)[0] < q) {
                j++;
            }
            double[] a = points.get(j);
            double[] b = points.get(j + 1);
            double w = (q - a[0]) / (b[0] - a[0]);
            resampled[k] = a[1] + Math.min(Math.max(w, 0), 1) * (b[1] - a[1]);
        }
        double[] smooth = sg.smooth(resampled);
        double[] slope = sg.derivative(resampled, h);
        double[] dqdv = new double[count];
        for (int k = 0; k < count; k++) {
            dqdv[k] = slope[k] == 0 ? Double.NaN : 1 / slope[k];
        }
        int cycle = half.index() / 2 + 1;
        return new DifferentialCapacity(half.index(), cycle, half.direction(), smooth, dqdv);
    }

    /** Times (s) at the ends of the half cycles. */
    public double[] envelopeTimes() {
        return halves.stream().mapToDouble(HalfCycle::endTime).toArray();
    }

    /** Largest |V| of each half cycle (V): the overpotential envelope of a symmetric cell. */
    public double[] envelope() {
        return halves.stream().mapToDouble(HalfCycle::maxAbsVoltage).toArray();
    }

    /**
     * Failure of a symmetric cell: the first time |V| reaches the voltage limit, or the first half cycle whose largest
     * |V| falls below (1 - shortDrop) of the previous one (an abrupt decline: a short). Null when neither happens.
     */
    public Failure failure() {
        for (HalfCycle half : halves) {
            if (half.maxAbsVoltage() >= options.voltageLimit()) {
                for (int k = half.firstRow(); k <= half.lastRow(); k++) {
                    if (Math.abs(voltage[k]) >= options.voltageLimit()) {
                        return new Failure(time[k], "voltage limit", half.index());
                    }
                }
            }
            if (half.index() > 0) {
                double before = halves.get(half.index() - 1).maxAbsVoltage();
                if (half.maxAbsVoltage() < (1 - options.shortDrop()) * before) {
                    return new Failure(half.startTime(), "short", half.index());
                }
            }
        }
        return null;
    }
}
