/*
 * Copyright (c) 2026 the Interphase contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.interphase.solver.eis.data;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.eclipse.core.runtime.IProgressMonitor;
import org.interphase.data.Column;
import org.interphase.data.Dataset;
import org.interphase.data.Datasets;
import org.interphase.data.Metadata;
import org.interphase.data.QuantityKind;
import org.interphase.importer.ImportException;
import org.interphase.importer.ImportResult;
import org.interphase.importer.Importers;

/**
 * The impedance spectra of a dataset, one per sweep (the one place where files are split into sweeps).
 * <p>
 * Rows without an impedance (frequency <= 0 or missing, or a missing Re Z / Im Z: the rows of other techniques in a
 * mixed file such as Parstat's "MIXED" export or an EC-Lab GCPL with EIS) are dropped and counted. The others are
 * split into sweeps where the column the importer declares as {@link Metadata#SWEEP_COLUMN} (else the first column of
 * kind CYCLE_INDEX) changes its value, and where the frequency restarts: it moves against the direction of the sweep
 * (a descending sweep that jumps back up, or an ascending one that falls back). Repeated frequencies inside a sweep
 * (equal values) do not split it.
 * <p>
 * The impedance columns: given by name (Re Z and Im Z in Ohm, Im signed as importers store it, or |Z| and phase), else
 * the importer's default set, the first columns of kind IMPEDANCE_REAL and IMPEDANCE_IMAGINARY (e.g. Gamry's
 * uncorrected Zreal/Zimag; its drift-corrected ZrealDrCor/ZimagDrCor on request), else IMPEDANCE_MODULUS and
 * IMPEDANCE_PHASE.
 *
 * @param source          where the data come from (a file name)
 * @param sweeps          the sweeps, numbered from 1 in the file's order
 * @param rows            the rows of the dataset
 * @param droppedRows     rows without an impedance (not EIS rows), left out
 * @param splitBy         how sweeps were told apart ("column NAME and frequency restarts", "frequency restarts")
 * @param zColumns        the two columns read as impedance (Re, Im or |Z|, phase)
 */
public record Sweeps(String source, List<Sweep> sweeps, int rows, int droppedRows, String splitBy, List<String> zColumns) {

    /** One sweep: its number (1-based), its spectrum and the dataset rows it spans (0-based, inclusive). */
    public record Sweep(int number, ImpedanceData data, int firstRow, int lastRow) {
    }

    /** The number of sweeps. */
    public int count() {
        return sweeps.size();
    }

    /** Sweep number n (1-based). */
    public Sweep sweep(int n) {
        if (n < 1 || n > sweeps.size()) {
            throw new IllegalArgumentException(source + " has " + sweeps.size() + (sweeps.size() == 1 ? " sweep" : " sweeps") + "; there is no sweep " + n);
        }
        return sweeps.get(n - 1);
    }

    /** All sweeps' points as one spectrum, in the file's order (what the program did before it told sweeps apart). */
    public ImpedanceData pooled() {
        int n = 0;
        boolean sigma = true;
        for (Sweep s : sweeps) {
            n += s.data().size();
            sigma &= s.data().hasSigma();
        }
        double[] f = new double[n];
        double[] re = new double[n];
        double[] im = new double[n];
        double[] sr = sigma ? new double[n] : null;
        double[] si = sigma ? new double[n] : null;
        int k = 0;
        for (Sweep s : sweeps) {
            ImpedanceData d = s.data();
            System.arraycopy(d.f(), 0, f, k, d.size());
            System.arraycopy(d.re(), 0, re, k, d.size());
            System.arraycopy(d.im(), 0, im, k, d.size());
            if (sigma) {
                System.arraycopy(d.sigmaRe(), 0, sr, k, d.size());
                System.arraycopy(d.sigmaIm(), 0, si, k, d.size());
            }
            k += d.size();
        }
        return new ImpedanceData(source, f, re, im, sr, si);
    }

    /** The sweep number that stands for all sweeps' points pooled as one spectrum (in {@link #data(int)}, {@link #label(int)}). */
    public static final int POOLED = 0;

    /** The spectrum of sweep n (1-based), or all points pooled for {@link #POOLED}. */
    public ImpedanceData data(int n) {
        return n == POOLED ? pooled() : sweep(n).data();
    }

    /** For people choosing a sweep: one label per sweep, then "All pooled" when there is more than one. */
    public List<String> labels() {
        List<String> labels = new ArrayList<>();
        for (Sweep w : sweeps) {
            labels.add(label(w.number()));
        }
        if (sweeps.size() > 1) {
            labels.add(label(POOLED));
        }
        return labels;
    }

    /** "Sweep 1 of 5 (64 points, 100 kHz-10 mHz)", or for {@link #POOLED} "All pooled (310 points of 5 sweeps)". */
    public String label(int n) {
        if (n == POOLED) {
            int points = sweeps.stream().mapToInt(w -> w.data().size()).sum();
            return String.format(Locale.ROOT, "All pooled (%d points of %d sweeps)", points, sweeps.size());
        }
        ImpedanceData d = sweep(n).data();
        double[] f = d.f();
        return String.format(Locale.ROOT, "Sweep %d of %d (%d points, %s-%s)", n, sweeps.size(), d.size(), frequency(f[0]), frequency(f[f.length - 1]));
    }

    /** What was left out, "23251 of 23561 rows dropped (no impedance: not EIS rows)", or that all rows are EIS rows. */
    public String rowsNote() {
        return droppedRows == 0 ? rows + " rows, all EIS rows"
                : String.format(Locale.ROOT, "%d of %d rows dropped (no impedance: not EIS rows)", droppedRows, rows);
    }

    /** A frequency for people: 100 kHz, 10 mHz, 1.5 Hz (three significant digits at most). */
    public static String frequency(double hz) {
        double a = Math.abs(hz);
        double v;
        String unit;
        if (a >= 1e6) {
            v = hz / 1e6;
            unit = "MHz";
        } else if (a >= 1e3) {
            v = hz / 1e3;
            unit = "kHz";
        } else if (a >= 1 || a == 0) {
            v = hz;
            unit = "Hz";
        } else if (a >= 1e-3) {
            v = hz * 1e3;
            unit = "mHz";
        } else {
            v = hz * 1e6;
            unit = "uHz";
        }
        return new java.math.BigDecimal(v).round(new java.math.MathContext(3)).stripTrailingZeros().toPlainString() + " " + unit;
    }

    /** A sentence on the dropped rows, or empty when none were. */
    public Optional<String> droppedNote() {
        if (droppedRows == 0) {
            return Optional.empty();
        }
        return Optional.of(String.format(Locale.ROOT, "%d of %d rows dropped: no impedance (frequency <= 0 or missing, or Z missing): not EIS rows",
                droppedRows, rows));
    }

    /** Reads a file with the importer of this id (null or blank: the first that can) and splits it; zColumns null for the default. */
    public static Sweeps read(Path file, String importerId, List<String> zColumns, IProgressMonitor monitor) throws ImportException {
        ImportResult result = Importers.read(file, importerId == null || importerId.isBlank() ? null : importerId, Datasets::inMemory, monitor);
        try (Dataset dataset = result.dataset()) {
            return of(file.toString(), dataset, zColumns);
        }
    }

    /**
     * The sweeps of a dataset.
     *
     * @param zColumns two column names (Re Z, Im Z or |Z|, phase), or null/empty for the default
     * @throws IllegalArgumentException naming the source and the problem: no impedance columns, an unknown or unsuitable
     *                                  column, no EIS rows
     */
    public static Sweeps of(String source, Dataset dataset, List<String> zColumns) {
        Optional<Column> fc = dataset.column(QuantityKind.FREQUENCY);
        if (fc.isEmpty()) {
            throw new IllegalArgumentException(source + ": no impedance spectrum: no column of frequency; it has " + describe(dataset));
        }
        Column first;
        Column second;
        boolean polar;
        if (zColumns == null || zColumns.isEmpty()) {
            Optional<Column> re = firstOf(dataset, QuantityKind.IMPEDANCE_REAL);
            Optional<Column> im = firstOf(dataset, QuantityKind.IMPEDANCE_IMAGINARY);
            Optional<Column> mod = dataset.column(QuantityKind.IMPEDANCE_MODULUS);
            Optional<Column> phase = dataset.column(QuantityKind.IMPEDANCE_PHASE);
            if (re.isPresent() && im.isPresent()) {
                first = re.get();
                second = im.get();
                polar = false;
            } else if (mod.isPresent() && phase.isPresent()) {
                first = mod.get();
                second = phase.get();
                polar = true;
            } else {
                throw new IllegalArgumentException(source + ": no impedance spectrum: needs columns of frequency and Re(Z), Im(Z) (or |Z| and phase); it has "
                        + describe(dataset));
            }
        } else {
            if (zColumns.size() != 2) {
                throw new IllegalArgumentException("--z-columns needs two column names (Re Z and Im Z, or |Z| and phase); " + zColumns.size() + " given");
            }
            first = named(source, dataset, zColumns.get(0));
            second = named(source, dataset, zColumns.get(1));
            polar = first.kind() == QuantityKind.IMPEDANCE_MODULUS && (second.kind() == QuantityKind.IMPEDANCE_PHASE || second.unit().equals("rad"));
            if (!polar && !(ohm(first) && ohm(second))) {
                throw new IllegalArgumentException(source + ": --z-columns " + first.name() + "," + second.name()
                        + ": needs two columns in Ohm (Re Z, then Im Z signed) or |Z| and a phase in rad; they are " + first.name() + " [" + first.unit()
                        + "] and " + second.name() + " [" + second.unit() + "]; the impedance columns are " + impedanceColumns(dataset));
            }
        }
        double[] fv = fc.get().toArray();
        double[] a = first.toArray();
        double[] b = second.toArray();
        double[] sigmaRe = null;
        double[] sigmaIm = null;
        if (!polar) {
            var reals = dataset.columns().stream().filter(c -> c.kind() == QuantityKind.IMPEDANCE_REAL && isSigma(c)).toList();
            var imags = dataset.columns().stream().filter(c -> c.kind() == QuantityKind.IMPEDANCE_IMAGINARY && isSigma(c)).toList();
            if (!reals.isEmpty() && !imags.isEmpty() && (zColumns == null || zColumns.isEmpty())) {
                sigmaRe = reals.get(0).toArray();
                sigmaIm = imags.get(0).toArray();
            }
        }
        Column sweepColumn = sweepColumn(dataset);
        double[] sv = sweepColumn == null ? null : sweepColumn.toArray();
        int n = fv.length;
        List<Sweep> sweeps = new ArrayList<>();
        List<Integer> rowsOf = new ArrayList<>();
        int dropped = 0;
        int direction = 0;
        int previous = -1;
        for (int k = 0; k <= n; k++) {
            boolean valid = false;
            double re = 0;
            double im = 0;
            if (k < n) {
                if (polar) {
                    re = a[k] * Math.cos(b[k]);
                    im = a[k] * Math.sin(b[k]);
                } else {
                    re = a[k];
                    im = b[k];
                }
                valid = fv[k] > 0 && Double.isFinite(fv[k]) && Double.isFinite(re) && Double.isFinite(im);
                if (!valid) {
                    dropped++;
                    continue;
                }
            }
            boolean split = k == n;
            if (!split && previous >= 0) {
                double step = fv[k] - fv[previous];
                if (sv != null && Double.compare(sv[k], sv[previous]) != 0) {
                    split = true;
                } else if (direction != 0 && step * direction < 0) {
                    split = true;
                }
            }
            if (split && !rowsOf.isEmpty()) {
                sweeps.add(sweep(source, sweeps.size() + 1, rowsOf, fv, a, b, polar, sigmaRe, sigmaIm));
                rowsOf.clear();
                direction = 0;
            }
            if (k == n) {
                break;
            }
            if (!rowsOf.isEmpty() && direction == 0 && fv[k] != fv[previous]) {
                direction = fv[k] > fv[previous] ? 1 : -1;
            }
            rowsOf.add(k);
            previous = k;
        }
        if (sweeps.isEmpty()) {
            throw new IllegalArgumentException(source + ": no EIS rows: " + (n == 0 ? "the dataset is empty"
                    : "all " + n + " rows have a frequency <= 0 or a missing impedance (" + first.name() + ", " + second.name() + ")"));
        }
        String splitBy = sweepColumn == null ? "frequency restarts" : "column " + sweepColumn.name() + " and frequency restarts";
        return new Sweeps(source, List.copyOf(sweeps), n, dropped, splitBy, List.of(first.name(), second.name()));
    }

    private static Sweep sweep(String source, int number, List<Integer> rows, double[] f, double[] a, double[] b, boolean polar, double[] sigmaRe,
            double[] sigmaIm) {
        int m = rows.size();
        double[] f2 = new double[m];
        double[] re = new double[m];
        double[] im = new double[m];
        double[] sr = sigmaRe == null ? null : new double[m];
        double[] si = sigmaIm == null ? null : new double[m];
        for (int j = 0; j < m; j++) {
            int k = rows.get(j);
            f2[j] = f[k];
            re[j] = polar ? a[k] * Math.cos(b[k]) : a[k];
            im[j] = polar ? a[k] * Math.sin(b[k]) : b[k];
            if (sr != null) {
                sr[j] = sigmaRe[k];
                si[j] = sigmaIm[k];
            }
        }
        return new Sweep(number, new ImpedanceData(source, f2, re, im, sr, si), rows.get(0), rows.get(m - 1));
    }

    private static Column sweepColumn(Dataset dataset) {
        String declared = dataset.metadata().get(Metadata.SWEEP_COLUMN);
        if (declared != null) {
            Optional<Column> c = dataset.column(declared);
            if (c.isPresent()) {
                return c.get();
            }
        }
        return dataset.column(QuantityKind.CYCLE_INDEX).orElse(null);
    }

    private static Optional<Column> firstOf(Dataset dataset, QuantityKind kind) {
        return dataset.columns().stream().filter(c -> c.kind() == kind && !isSigma(c)).findFirst();
    }

    private static boolean isSigma(Column c) {
        return c.name().toLowerCase(Locale.ROOT).contains("sigma");
    }

    private static boolean ohm(Column c) {
        return c.unit().equals("Ohm") || c.kind() == QuantityKind.IMPEDANCE_REAL || c.kind() == QuantityKind.IMPEDANCE_IMAGINARY;
    }

    private static Column named(String source, Dataset dataset, String name) {
        String n = name.strip();
        return dataset.column(n).or(() -> dataset.columns().stream().filter(c -> c.name().equalsIgnoreCase(n)).findFirst())
                .orElseThrow(() -> new IllegalArgumentException(source + ": --z-columns: no column '" + n + "'; the impedance columns are " + impedanceColumns(dataset)));
    }

    private static List<String> impedanceColumns(Dataset dataset) {
        return dataset.columns().stream().filter(c -> c.unit().equals("Ohm") || c.kind() == QuantityKind.IMPEDANCE_PHASE).map(Column::name).toList();
    }

    private static List<String> describe(Dataset dataset) {
        return dataset.columns().stream().map(c -> c.name() + " [" + c.kind().name().toLowerCase(Locale.ROOT) + "]").toList();
    }
}
