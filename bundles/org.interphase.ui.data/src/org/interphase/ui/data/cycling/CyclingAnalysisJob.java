/*
 * Copyright (c) 2026 the Interphase contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.interphase.ui.data.cycling;

import java.util.Locale;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.interphase.data.Dataset;
import org.interphase.solver.cycling.analytics.AnalysisException;
import org.interphase.solver.cycling.analytics.CyclingAnalysis;

/**
 * Runs the cycling analytics of {@code org.interphase.solver.cycling.analytics} on a dataset, off the UI thread.
 * The analytics hold time, voltage, current and the running charge in memory (32 bytes a row): a record too large
 * for the heap is refused with a message saying so, instead of running the IDE out of memory. Never an error status:
 * the result is the analysis or the message.
 */
public class CyclingAnalysisJob extends Job {

    /** The family of these jobs (tests wait for it). */
    public static final String FAMILY = "org.interphase.ui.data.cycling";

    /** Bytes of heap the analytics need per row: time, voltage, current, running charge, and the copies they read. */
    static final long BYTES_PER_ROW = 8 * 5;

    /** The analysis, or why there is none. */
    public record Outcome(CyclingAnalysis analysis, String message) {
    }

    private final Dataset dataset;
    private final CyclingAnalysis.Options options;
    private volatile Outcome outcome;

    public CyclingAnalysisJob(String name, Dataset dataset, CyclingAnalysis.Options options) {
        super("Cycling analysis of " + name);
        this.dataset = dataset;
        this.options = options;
        setSystem(false);
    }

    @Override
    public boolean belongsTo(Object family) {
        return FAMILY.equals(family);
    }

    public Outcome outcome() {
        return outcome;
    }

    /** Null when the heap can hold the analytics of this many rows, else why not. */
    public static String tooLarge(long rows) {
        Runtime runtime = Runtime.getRuntime();
        long free = runtime.maxMemory() - (runtime.totalMemory() - runtime.freeMemory());
        long needed = rows * BYTES_PER_ROW;
        if (needed > free / 2) {
            return String.format(Locale.ROOT, "the record has %,d rows: the cycling analysis needs about %,d MB of memory, %,d MB are free "
                    + "(start the IDE with a larger -Xmx)", rows, needed >> 20, free >> 20);
        }
        return null;
    }

    @Override
    protected IStatus run(IProgressMonitor monitor) {
        monitor.beginTask(getName(), IProgressMonitor.UNKNOWN);
        try {
            String refused = tooLarge(dataset.rows());
            if (refused != null) {
                outcome = new Outcome(null, refused);
                return Status.OK_STATUS;
            }
            outcome = new Outcome(CyclingAnalysis.of(dataset, options), null);
        } catch (AnalysisException e) {
            outcome = new Outcome(null, e.getMessage());
        } catch (RuntimeException | OutOfMemoryError e) {
            // the dataset was closed (the file is being read again) or its store went away
            outcome = new Outcome(null, "the analysis failed: " + e);
        } finally {
            monitor.done();
        }
        return monitor.isCanceled() ? Status.CANCEL_STATUS : Status.OK_STATUS;
    }
}
