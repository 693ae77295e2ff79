/*
 * Copyright (c) 2026 the Interphase contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.interphase.solver.cycling.analytics;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.interphase.data.Column;
import org.interphase.data.Dataset;
import org.interphase.data.Metadata;
import org.interphase.data.QuantityKind;

/**
 * Analytics of measured (or simulated) galvanostatic cycling: the record is cut into half cycles where the current
 * changes direction (rest points, |I| at most {@link Options#restFraction()} of the largest |I|, belong to no half
 * cycle and do not cut one), each half cycle's charge (C) and mean voltage (energy / charge), cycles as the instrument
 * counts them where the record has a cycle counter (Neware's and Arbin's cycle index, EC-Lab's half-cycle counter) or
 * as pairs of half cycles ({@link Pairing}), coulombic efficiency = second direction / first direction of a cycle,
 * retention of the second direction against a stated reference cycle, per gram when the active mass is known and
 * plausible (1 ug to 100 g). A first or last half cycle with less than half the median charge of the other half cycles
 * of its direction is <em>partial</em> (a preparatory step, a truncated end): its cycle is marked partial and left
 * out of CE and retention unless {@link Options#includePartial()}. Only measured columns are used, never a
 * set-point (control) column, and the columns used are reported ({@link #columnsUsed()}).
 * Also differential capacity dQ/dV (Savitzky-Golay), and for
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
        /**
         * By the instrument, as its own capacity counter integrates: {@link #SAMPLED} for Neware records (instantaneous
         * samples: the trapezoid rule reproduces BTS's capacity columns, e.g. 5811.2 against 5811.0 mAh over a CC-CV charge
         * where the step rule gives 5810.0), {@link #STEP_AVERAGE} for the others (EC-Lab's current is the average since
         * the previous point; Arbin's and Maccor's capacity columns agree with it).
         */
        AUTO,
        /** dQ_k = I_k (t_k - t_k-1): the record's current is the average since the previous record (potentiostats). */
        STEP_AVERAGE,
        /** dQ_k = (I_k-1 + I_k)/2 (t_k - t_k-1): instantaneous samples; after a rest or a reversal the current ramps from 0. */
        TRAPEZOID,
        /**
         * Instantaneous samples of a cycler that steps its current: the trapezoid rule between samples of one direction, and
         * I_k (t_k - t_k-1) for the first sample after a rest or a reversal (the step's current flowed since the previous record).
         */
        SAMPLED
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

    /** How half cycles are paired into cycles. */
    public enum Pairing {
        /** The instrument's cycle counter where the record has one, else {@link #RECORD}. */
        AUTO,
        /** The instrument's cycle counter (an error when the record has none). */
        INSTRUMENT,
        /** Pairs in the order the record starts with (after a partial first half cycle). */
        RECORD,
        /** A cycle starts with each charge. */
        CHARGE_FIRST,
        /** A cycle starts with each discharge. */
        DISCHARGE_FIRST
    }

    /** Plausible active masses (kg): 1 ug to 100 g; outside, a mass is a placeholder or a typing error. */
    public static final double MIN_PLAUSIBLE_MASS = 1e-9;
    public static final double MAX_PLAUSIBLE_MASS = 0.1;

    /**
     * Plausible specific capacities (mAh/g) of a half cycle: from a thin or barely cycled electrode to above Li metal's
     * 3860 and silicon's about 4200; outside, the active mass is in another unit or belongs to another electrode.
     */
    public static final double MIN_PLAUSIBLE_SPECIFIC_CAPACITY = 1;
    public static final double MAX_PLAUSIBLE_SPECIFIC_CAPACITY = 5000;

    /**
     * Options: active mass (kg; NaN when unknown: then the dataset's metadata, else no per-gram values), reference
     * cycle of the retention, rest threshold as a fraction of the largest |I|, integration rule, Savitzky-Golay window
     * and order and the number of equally spaced charge points for dQ/dV, voltage limit and relative drop of |V| that
     * count as failure of a symmetric cell, the cell kind, the pairing of half cycles into cycles, and whether partial
     * cycles count in CE and retention.
     */
    public record Options(double activeMass, int referenceCycle, double restFraction, Integration integration, int window, int order,
            int dqdvPoints, double voltageLimit, double shortDrop, Kind kind, Pairing pairing, boolean includePartial) {

        /** Defaults: reference cycle 0 (the first complete cycle that counts), rest below 0.1 % of the largest current, step averages, SG 11 points order 3 on 201 points, 5 V, 50 % drop, the instrument's cycles, partial cycles left out. */
        public static Options defaults() {
            return new Options(Double.NaN, 0, 1e-3, Integration.AUTO, 11, 3, 201, 5, 0.5, Kind.AUTO, Pairing.AUTO, false);
        }

        public Options withActiveMass(double kg) {
            return new Options(kg, referenceCycle, restFraction, integration, window, order, dqdvPoints, voltageLimit, shortDrop, kind, pairing,
                    includePartial);
        }

        public Options withReferenceCycle(int n) {
            return new Options(activeMass, n, restFraction, integration, window, order, dqdvPoints, voltageLimit, shortDrop, kind, pairing,
                    includePartial);
        }

        public Options withKind(Kind k) {
            return new Options(activeMass, referenceCycle, restFraction, integration, window, order, dqdvPoints, voltageLimit, shortDrop, k, pairing,
                    includePartial);
        }

        public Options withIntegration(Integration rule) {
            return new Options(activeMass, referenceCycle, restFraction, rule, window, order, dqdvPoints, voltageLimit, shortDrop, kind, pairing,
                    includePartial);
        }

        public Options withSmoothing(int points, int polynomialOrder) {
            return new Options(activeMass, referenceCycle, restFraction, integration, points, polynomialOrder, dqdvPoints, voltageLimit, shortDrop,
                    kind, pairing, includePartial);
        }

        public Options withFailure(double limit, double drop) {
            return new Options(activeMass, referenceCycle, restFraction, integration, window, order, dqdvPoints, limit, drop, kind, pairing,
                    includePartial);
        }

        public Options withPairing(Pairing p) {
            return new Options(activeMass, referenceCycle, restFraction, integration, window, order, dqdvPoints, voltageLimit, shortDrop, kind, p,
                    includePartial);
        }

        public Options withIncludePartial(boolean include) {
            return new Options(activeMass, referenceCycle, restFraction, integration, window, order, dqdvPoints, voltageLimit, shortDrop, kind,
                    pairing, include);
        }
    }

    /**
     * The columns an analysis used (names as in the dataset; {@code cycle} null without a cycle counter) and the
     * set-point columns it left out.
     */
    public record ColumnsUsed(String time, String potential, String current, String cycle, List<String> ignored) {
    }

    /**
     * A half cycle: its index (0-based), direction (+1 charge, -1 discharge), first and last record (rows), times (s),
     * charge passed (C, positive), energy (J, positive when delivered to the cell on charge and by it on discharge),
     * extreme voltages, the largest |V|, and whether it is partial (a first or last half cycle with less than half the
     * median charge of the others of its direction).
     */
    public record HalfCycle(int index, int direction, int firstRow, int lastRow, double startTime, double endTime, double charge, double energy,
            double minVoltage, double maxVoltage, double maxAbsVoltage, boolean partial) {

        HalfCycle asPartial() {
            return new HalfCycle(index, direction, firstRow, lastRow, startTime, endTime, charge, energy, minVoltage, maxVoltage, maxAbsVoltage, true);
        }

        /** Energy over charge (V). */
        public double meanVoltage() {
            return charge > 0 ? energy / charge : Double.NaN;
        }

        public boolean isCharge() {
            return direction > 0;
        }
    }

    /**
     * A cycle: number (1-based, in record order), the instrument's cycle number (NaN without a counter), its half
     * cycles in record order (the first gives the cycle's first direction), whether it is partial (a partial half
     * cycle, or one direction missing) and whether it counts in CE and retention (complete, or partial cycles asked for).
     */
    public record Cycle(int n, double instrumentCycle, List<HalfCycle> halves, boolean partial, boolean counted) {

        /** The first half cycle. */
        public HalfCycle first() {
            return halves.get(0);
        }

        /** The first half cycle of the other direction than the first, or null. */
        public HalfCycle second() {
            return halves.stream().filter(h -> h.direction() != first().direction()).findFirst().orElse(null);
        }

        /** The first charge half (positive current), or null. */
        public HalfCycle chargeHalf() {
            return halves.stream().filter(HalfCycle::isCharge).findFirst().orElse(null);
        }

        /** The first discharge half, or null. */
        public HalfCycle dischargeHalf() {
            return halves.stream().filter(h -> !h.isCharge()).findFirst().orElse(null);
        }

        /** Charge passed in the direction (C, sum over the cycle's half cycles of that direction). */
        public double capacity(int direction) {
            return halves.stream().filter(h -> h.direction() == direction).mapToDouble(HalfCycle::charge).sum();
        }

        /** Mean voltage of a direction: energy over charge (V), NaN without it. */
        public double meanVoltage(int direction) {
            double q = capacity(direction);
            double e = halves.stream().filter(h -> h.direction() == direction).mapToDouble(HalfCycle::energy).sum();
            return q > 0 ? e / q : Double.NaN;
        }

        /** Charge capacity (C), 0 when missing. */
        public double charge() {
            return capacity(1);
        }

        /** Discharge capacity (C), 0 when missing. */
        public double discharge() {
            return capacity(-1);
        }

        /** True when both directions are there. */
        public boolean complete() {
            return second() != null;
        }

        /**
         * Coulombic efficiency: the second direction's charge over the first's (discharge / charge for a charge-first
         * record). NaN when incomplete, or partial and not counted.
         */
        public double coulombicEfficiency() {
            int d = first().direction();
            double in = capacity(d);
            return !complete() || !counted || in == 0 ? Double.NaN : capacity(-d) / in;
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
    private final boolean implausibleMassKept;
    private final ColumnsUsed columns;
    private final String pairingUsed;
    private final int[] cycleOfHalf;

    private CyclingAnalysis(List<HalfCycle> halves, List<Cycle> cycles, Options options, double activeMass, boolean symmetric, double[] time,
            double[] voltage, double[] current, double[] cumulative, List<String> notes, ColumnsUsed columns, String pairingUsed,
            boolean implausibleMassKept) {
        this.implausibleMassKept = implausibleMassKept;
        this.columns = columns;
        this.pairingUsed = pairingUsed;
        this.cycleOfHalf = new int[halves.size()];
        java.util.Arrays.fill(cycleOfHalf, 0);
        for (Cycle c : cycles) {
            for (HalfCycle h : c.halves()) {
                cycleOfHalf[h.index()] = c.n();
            }
        }
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

    /**
     * Analyses a dataset with columns of time (s), potential (V) and current (A): the first measured column of each kind
     * (set-point columns such as EC-Lab's control/V and control/mA are never used), and the instrument's cycle counter
     * when it has one (EC-Lab's "half cycle", else a cycle-index column).
     */
    public static CyclingAnalysis of(Dataset dataset, Options options) throws AnalysisException {
        List<String> ignored = new ArrayList<>();
        Column t = dataset.column(QuantityKind.TIME).orElseThrow(() -> new AnalysisException(missing(dataset, "time")));
        Column v = measured(dataset, QuantityKind.POTENTIAL, "potential", ignored);
        Column i = measured(dataset, QuantityKind.CURRENT, "current", ignored);
        Column counter = dataset.column(HALF_CYCLE_COUNTER).orElse(null);
        boolean halfCounter = counter != null;
        if (counter == null) {
            counter = dataset.column(QuantityKind.CYCLE_INDEX).orElse(null);
        }
        double mass = options.activeMass();
        String massSource = "--mass-g";
        if (Double.isNaN(mass)) {
            massSource = "the file's active mass";
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
        ColumnsUsed used = new ColumnsUsed(t.name(), v.name(), i.name(), counter == null ? null : counter.name(), List.copyOf(ignored));
        double[] key = null;
        if (counter != null) {
            key = counter.toArray();
            if (halfCounter) {
                for (int k = 0; k < key.length; k++) {
                    key[k] = Math.floor(key[k] / 2) + 1; // EC-Lab: half cycles 0 and 1 make cycle 1
                }
            }
        }
        double[] current = i.toArray();
        double[] time = t.toArray();
        List<String> notes = new ArrayList<>();
        Column increment = dataset.column(CHARGE_INCREMENT).filter(c -> c.kind() == QuantityKind.CHARGE).orElse(null);
        if (increment != null && !i.name().startsWith("<")) {
            // EC-Lab's dq: the instrument's own charge per record; I is a sample at the record's end (a decaying current is underestimated)
            int replaced = 0;
            for (int k = 1; k < current.length; k++) {
                double dt = time[k] - time[k - 1];
                double dq = increment.get(k);
                if (dt > 0 && Double.isFinite(dq) && Double.isFinite(current[k])) {
                    current[k] = dq / dt;
                    replaced++;
                }
            }
            if (replaced > 0) {
                notes.add("charge from the instrument's increment per record '" + increment.name() + "' (the current of each interval is dq/dt)");
            }
        }
        Column frequency = dataset.column(QuantityKind.FREQUENCY).orElse(null);
        if (frequency != null) {
            // impedance measurements inside a cycling record (EC-Lab's MB with GEIS/PEIS): a sinusoidal current, not charge or discharge
            int eis = 0;
            for (int k = 0; k < current.length; k++) {
                if (frequency.get(k) > 0) {
                    current[k] = Double.NaN;
                    eis++;
                }
            }
            if (eis > 0) {
                notes.add(eis + " impedance record(s) (column '" + frequency.name() + "' > 0) left out of the charge: their current is a sinusoidal perturbation");
            }
        }
        if (options.integration() == Integration.AUTO) {
            String importer = dataset.metadata().getOrDefault(Metadata.IMPORTER, "");
            boolean samples = importer.startsWith("neware.");
            options = options.withIntegration(samples ? Integration.SAMPLED : Integration.STEP_AVERAGE);
            notes.add("charge integrated " + (samples ? "by the trapezoid rule between samples of one direction, as the instrument's capacity counter"
                    + " (Neware: current samples)"
                    : "as I_k (t_k - t_k-1), as the instrument's capacity counter (each record's current over the interval since the previous one)"));
        }
        return analyse(time, v.toArray(), current, key, options.withActiveMass(mass), massSource, used, notes);
    }

    /** EC-Lab's charge increment per record (C), the instrument's own counter. */
    public static final String CHARGE_INCREMENT = "dq";

    /** EC-Lab's half-cycle counter (0, 1, 2, ...: cycle = half / 2 + 1). */
    public static final String HALF_CYCLE_COUNTER = "half cycle";

    /** True for a set-point (control, command) column rather than a measured one. */
    public static boolean isSetPoint(String columnName) {
        String n = columnName.toLowerCase(java.util.Locale.ROOT).strip();
        return n.startsWith("control") || n.startsWith("ctrl") || n.contains("setpoint") || n.contains("set point") || n.contains("set-point")
                || n.startsWith("command") || n.startsWith("applied");
    }

    private static Column measured(Dataset dataset, QuantityKind kind, String what, List<String> ignored) throws AnalysisException {
        Column found = null;
        for (Column c : dataset.columns()) {
            if (c.kind() != kind) {
                continue;
            }
            if (isSetPoint(c.name())) {
                ignored.add(c.name());
            } else if (found == null) {
                found = c;
            }
        }
        if (found == null) {
            throw new AnalysisException(missing(dataset, "measured " + what) + (ignored.isEmpty() ? "" : "; set-point columns are never used"));
        }
        return found;
    }

    private static String missing(Dataset dataset, String what) {
        String file = dataset.metadata().getOrDefault(Metadata.SOURCE_FILE, "the dataset");
        return file + ": no " + what + " column (columns: " + dataset.columns().stream().map(c -> c.name() + " [" + c.kind() + "]").toList() + ")";
    }

    /** Analyses arrays of time (s), voltage (V) and current (A, positive on charge), without a cycle counter. */
    public static CyclingAnalysis of(double[] t, double[] v, double[] i, Options options) throws AnalysisException {
        return of(t, v, i, null, options);
    }

    /**
     * Analyses arrays of time (s), voltage (V), current (A, positive on charge) and the instrument's cycle number of
     * each record (null when there is none).
     */
    public static CyclingAnalysis of(double[] t, double[] v, double[] i, double[] cycleNumber, Options options) throws AnalysisException {
        return analyse(t, v, i, cycleNumber, options, "the given mass", new ColumnsUsed("time", "voltage", "current",
                cycleNumber == null ? null : "cycle", List.of()), new ArrayList<>());
    }

    private static CyclingAnalysis analyse(double[] t, double[] v, double[] i, double[] cycleNumber, Options options, String massSource,
            ColumnsUsed columns, List<String> notes) throws AnalysisException {
        if (options.integration() == Integration.AUTO) {
            options = options.withIntegration(Integration.STEP_AVERAGE);
        }
        int n = t.length;
        if (v.length != n || i.length != n || (cycleNumber != null && cycleNumber.length != n)) {
            throw new AnalysisException("time, voltage and current have different lengths (" + n + ", " + v.length + ", " + i.length + ")");
        }
        if (n < 2) {
            throw new AnalysisException("the record has " + n + " point(s); cycling analytics need at least 2");
        }
        double mass = options.activeMass();
        // EC-Lab's placeholder 0.001 mg is the lower bound itself (read from float32: 1.0000000000000002e-9 kg): it counts as implausible
        if (mass > 0 && (mass < MIN_PLAUSIBLE_MASS * (1 + 1e-6) || mass > MAX_PLAUSIBLE_MASS)) {
            notes.add("warning: " + massSource + " " + grams(mass) + " is not a plausible active mass (1 ug to 100 g; EC-Lab writes 0.001 mg "
                    + "when none was entered): specific capacities are left out; give --mass-g");
            mass = Double.NaN;
        }
        options = options.withActiveMass(mass);
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
                    halves.add(new HalfCycle(halves.size(), direction, first, last, t[first], t[last], charge, energy, min, max, maxAbs, false));
                }
                direction = d;
                first = k;
                charge = 0;
                energy = 0;
                min = Double.POSITIVE_INFINITY;
                max = Double.NEGATIVE_INFINITY;
                maxAbs = 0;
            }
            // below the rest threshold a current of the half cycle's own sign (the tail of a constant-voltage step) still counts
            boolean counts = d != 0 || (direction != 0 && Double.isFinite(ik) && ik != 0 && (ik > 0 ? 1 : -1) == direction);
            if (counts) {
                int sign = direction;
                double dq;
                double de;
                if (options.integration() == Integration.TRAPEZOID || options.integration() == Integration.SAMPLED) {
                    // the previous sample counts when it flows the same way; after a rest or a reversal the current ramps from 0
                    // (TRAPEZOID) or was already flowing at the step's set value (SAMPLED)
                    boolean same = k > 0 && Math.signum(i[k - 1]) == sign;
                    double previousCurrent = same ? i[k - 1] : options.integration() == Integration.SAMPLED ? i[k] : 0;
                    double previousVoltage = same ? v[k - 1] : v[k];
                    dq = 0.5 * (previousCurrent + i[k]) * dt;
                    de = 0.5 * (previousCurrent * previousVoltage + i[k] * v[k]) * dt;
                } else {
                    dq = i[k] * dt;
                    de = i[k] * v[k] * dt;
                }
                charge += sign * dq;
                energy += sign * de;
                last = k;
                min = Math.min(min, v[k]);
                max = Math.max(max, v[k]);
                maxAbs = Math.max(maxAbs, Math.abs(v[k]));
                cumulative[k] = charge;
            }
        }
        if (direction != 0) {
            halves.add(new HalfCycle(halves.size(), direction, first, last, t[first], t[last], charge, energy, min, max, maxAbs, false));
        }
        if (backwards > 0) {
            notes.add("time runs backwards at " + backwards + " record(s); those intervals count as 0 s");
        }
        // partial first and last half cycles
        for (int end : halves.size() < 3 ? new int[0] : new int[] { 0, halves.size() - 1 }) {
            HalfCycle h = halves.get(end);
            double median = medianOfOthers(halves, h);
            if (median > 0 && h.charge() < 0.5 * median) {
                halves.set(end, h.asPartial());
                notes.add("the " + (end == 0 ? "first" : "last") + " half cycle (" + (h.isCharge() ? "charge" : "discharge") + ", "
                        + String.format(java.util.Locale.ROOT, "%.4g", h.charge() / 3.6) + " mAh, " + String.format(java.util.Locale.ROOT, "%.3g",
                                100 * h.charge() / median) + " % of the median " + (h.isCharge() ? "charge" : "discharge") + ") is partial ("
                        + (end == 0 ? "a preparatory step" : "the record ends inside it") + "): its cycle is "
                        + (options.includePartial() ? "counted in CE and retention as asked" : "left out of CE and retention (--include-partial counts it)"));
            }
        }
        // pairing
        Pairing pairing = options.pairing();
        if (pairing == Pairing.INSTRUMENT && cycleNumber == null) {
            throw new AnalysisException("the record has no cycle counter of the instrument; choose --pairing record, charge-first or discharge-first");
        }
        if (pairing == Pairing.AUTO) {
            pairing = cycleNumber != null ? Pairing.INSTRUMENT : Pairing.RECORD;
        }
        String pairingUsed;
        List<List<HalfCycle>> groups = new ArrayList<>();
        List<Double> numbers = new ArrayList<>();
        if (pairing == Pairing.INSTRUMENT) {
            pairingUsed = "instrument (column '" + columns.cycle() + "'" + (HALF_CYCLE_COUNTER.equals(columns.cycle()) ? ": half cycles 2k-2 and 2k-1 make cycle k" : "")
                    + ")";
            double previous = Double.NaN;
            List<Double> split = new ArrayList<>();
            for (HalfCycle h : halves) {
                double key = cycleNumber[h.firstRow()];
                List<HalfCycle> current = groups.isEmpty() ? null : groups.get(groups.size() - 1);
                boolean newKey = current == null || Double.compare(key, previous) != 0;
                // a counter that counts schedule loops, not cycles, puts several pairs in one number: each pair is a cycle of its own
                boolean again = !newKey && h.direction() == current.get(0).direction() && current.stream().anyMatch(x -> x.direction() != h.direction());
                if (newKey || again) {
                    groups.add(new ArrayList<>());
                    numbers.add(key);
                    if (again && !split.contains(key)) {
                        split.add(key);
                    }
                }
                groups.get(groups.size() - 1).add(h);
                previous = key;
            }
            if (!split.isEmpty()) {
                notes.add("the instrument's cycle number" + (split.size() == 1 ? " " : "s ") + split.stream().map(x -> x == Math.rint(x) ? Long.toString((long) x.doubleValue())
                        : Double.toString(x)).collect(java.util.stream.Collectors.joining(", ")) + " hold" + (split.size() == 1 ? "s" : "")
                        + " several charge/discharge pairs (a loop of the schedule): each pair is counted as a cycle of its own");
            }
        } else {
            int start = 0;
            int leading;
            if (pairing == Pairing.RECORD) {
                start = !halves.isEmpty() && halves.get(0).partial() && halves.size() > 1 ? 1 : 0;
                leading = halves.isEmpty() ? 1 : halves.get(start).direction();
                pairingUsed = "record order (" + (leading > 0 ? "charge" : "discharge") + " first" + (start == 1 ? ", after the partial first half cycle" : "")
                        + ")";
            } else {
                leading = pairing == Pairing.CHARGE_FIRST ? 1 : -1;
                pairingUsed = pairing == Pairing.CHARGE_FIRST ? "charge first" : "discharge first";
            }
            for (int h = start; h < halves.size(); h++) {
                HalfCycle half = halves.get(h);
                List<HalfCycle> current = groups.isEmpty() ? null : groups.get(groups.size() - 1);
                boolean open = current == null || (half.direction() == leading && current.stream().anyMatch(x -> x.direction() != leading))
                        || (half.direction() == leading && current.stream().anyMatch(x -> x.direction() == leading));
                if (open) {
                    groups.add(new ArrayList<>());
                    numbers.add(Double.NaN);
                }
                groups.get(groups.size() - 1).add(half);
            }
        }
        List<Cycle> cycles = new ArrayList<>();
        for (int g = 0; g < groups.size(); g++) {
            List<HalfCycle> members = List.copyOf(groups.get(g));
            boolean both = members.stream().map(HalfCycle::direction).distinct().count() == 2;
            boolean partial = !both || members.stream().anyMatch(HalfCycle::partial);
            cycles.add(new Cycle(g + 1, numbers.get(g), members, partial, !partial || options.includePartial()));
        }
        boolean symmetric = switch (options.kind()) {
        case SYMMETRIC -> true;
        case FULL -> false;
        case AUTO -> bothSigns(v);
        };
        // a plausible mass can still be in the wrong unit (7000 typed for 7 mg): the specific capacity it gives tells
        double[] complete = halves.stream().filter(h -> !h.partial()).mapToDouble(HalfCycle::charge).sorted().toArray();
        boolean implausibleMassKept = false;
        if (options.activeMass() > 0 && complete.length > 0) {
            double specific = complete[complete.length / 2] / options.activeMass() / 3600; // C/kg -> mAh/g
            if (specific < MIN_PLAUSIBLE_SPECIFIC_CAPACITY || specific > MAX_PLAUSIBLE_SPECIFIC_CAPACITY) {
                // a mass the file gives is dropped; one the user gives is kept (a test cell's nominal mass), with the warning
                boolean fromFile = massSource.startsWith("the file");
                notes.add(String.format(Locale.ROOT, "warning: with %s %s the median half cycle holds %.4g mAh/g, not a plausible specific "
                        + "capacity of an electrode material (%.0f to %.0f mAh/g; Li metal 3860, Si about 4200): the mass may be in "
                        + "another unit%s", massSource, grams(options.activeMass()), specific, MIN_PLAUSIBLE_SPECIFIC_CAPACITY,
                        MAX_PLAUSIBLE_SPECIFIC_CAPACITY, fromFile ? "; specific capacities are left out; give --mass-g" : ""));
                if (fromFile) {
                    options = options.withActiveMass(Double.NaN);
                } else {
                    implausibleMassKept = true;
                }
            }
        }
        return new CyclingAnalysis(List.copyOf(halves), List.copyOf(cycles), options, options.activeMass(), symmetric, t, v, i, cumulative,
                notes, columns, pairingUsed, implausibleMassKept);
    }

    private static double medianOfOthers(List<HalfCycle> halves, HalfCycle of) {
        double[] same = halves.stream().filter(h -> h != of && h.direction() == of.direction()).mapToDouble(HalfCycle::charge).sorted().toArray();
        if (same.length == 0) {
            return Double.NaN;
        }
        return same.length % 2 == 1 ? same[same.length / 2] : (same[same.length / 2 - 1] + same[same.length / 2]) / 2;
    }

    /** A mass in kg for people: mg or g, four significant digits. */
    static String grams(double kg) {
        double g = kg * 1e3;
        return g < 1 ? String.format(java.util.Locale.ROOT, "%.4g mg", g * 1e3) : String.format(java.util.Locale.ROOT, "%.4g g", g);
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

    /**
     * True when the numbers claim more than they are: a partial cycle counted (Options.includePartial), or specific
     * capacities from a given mass that makes them implausible (kept, with a warning in {@link #notes()}).
     */
    public boolean flagged() {
        return implausibleMassKept || cycles.stream().anyMatch(c -> c.partial() && c.counted());
    }

    /** A charge (C) per gram of active material in mAh/g, NaN without mass. */
    public double perGram(double coulombs) {
        return activeMass > 0 ? coulombs / activeMass / 3600 : Double.NaN;
    }

    /**
     * The reference cycle's number: the option, or when it is 0 the first complete cycle that counts (1 when there is
     * none).
     */
    public int referenceCycle() {
        if (options.referenceCycle() > 0) {
            return options.referenceCycle();
        }
        return cycles.stream().filter(c -> c.complete() && c.counted()).mapToInt(Cycle::n).findFirst().orElse(1);
    }

    /**
     * Why the reference cycle cannot serve (it does not exist, is incomplete, or is partial and partial cycles are not
     * counted), or empty when it can.
     */
    public java.util.Optional<String> referenceProblem() {
        if (options.referenceCycle() == 0 && cycles.stream().noneMatch(c -> c.complete() && c.counted())) {
            return java.util.Optional.empty(); // not asked for: no retention, no error
        }
        int ref = referenceCycle();
        if (ref < 1 || ref > cycles.size()) {
            return java.util.Optional.of("reference cycle " + ref + " does not exist: the record has " + cycles.size() + " cycle"
                    + (cycles.size() == 1 ? "" : "s") + (cycles.isEmpty() ? "" : " (1 to " + cycles.size() + ")"));
        }
        Cycle c = cycles.get(ref - 1);
        if (!c.complete()) {
            return java.util.Optional.of("reference cycle " + ref + " has no " + (c.first().isCharge() ? "discharge" : "charge")
                    + ": choose a complete cycle");
        }
        if (!c.counted()) {
            return java.util.Optional.of("reference cycle " + ref + " is partial: choose another or give --include-partial");
        }
        return java.util.Optional.empty();
    }

    /** The columns used (and the set-point columns left out). */
    public ColumnsUsed columnsUsed() {
        return columns;
    }

    /** How half cycles were paired into cycles, in words (e.g. "instrument (column 'Cycle')"). */
    public String pairingUsed() {
        return pairingUsed;
    }

    /** The cycle (1-based) a half cycle belongs to; 0 when it belongs to none (a partial first half left out of record pairing). */
    public int cycleOf(HalfCycle half) {
        return cycleOfHalf[half.index()];
    }

    /**
     * The capacity of cycle n in the reference cycle's second direction over that of the reference cycle. NaN when
     * either is missing, the reference cannot serve ({@link #referenceProblem()}) or cycle n is partial and not counted.
     */
    public double retention(int n) {
        int ref = referenceCycle();
        if (n < 1 || n > cycles.size() || ref > cycles.size() || referenceProblem().isPresent()) {
            return Double.NaN;
        }
        Cycle reference = cycles.get(ref - 1);
        if (!reference.complete() || !reference.counted()) {
            return Double.NaN;
        }
        Cycle cycle = cycles.get(n - 1);
        int d = -reference.first().direction();
        double r = reference.capacity(d);
        double q = cycle.capacity(d);
        return !cycle.counted() || q == 0 || r == 0 ? Double.NaN : q / r;
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
        int cycle = cycleOfHalf[half.index()];
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
