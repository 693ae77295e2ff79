/*
 * Copyright (c) 2026 the Interphase contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.interphase.data.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.interphase.data.Column;
import org.interphase.data.Dataset;
import org.interphase.data.DatasetBuilder;
import org.interphase.data.ImportWarning;
import org.interphase.data.QuantityKind;
import org.interphase.data.Technique;

/**
 * Keeps a dataset in memory while it is small and moves it to another builder (an on-disk store) as soon as its
 * values would pass a bound: when the rows an importer expects times the columns pass it, or when the values
 * appended do. The choice is by what the dataset holds, not by the file's size: a small file of many short records
 * (a sparse .mpr of one-byte records) is large in memory, a large file of few values is not.
 */
public final class SpillingDatasetBuilder implements DatasetBuilder {

    private final Supplier<DatasetBuilder> disk;
    private final long maxValues;
    private MemoryDatasetBuilder memory = new MemoryDatasetBuilder();
    private DatasetBuilder target = memory;
    private final List<Proxy> columns = new ArrayList<>();
    private final Map<String, String> metadata = new LinkedHashMap<>();
    private final List<ImportWarning> warnings = new ArrayList<>();
    private Technique technique = Technique.UNKNOWN;
    private long expected = -1;
    private long values;

    /**
     * @param disk where the dataset goes when it passes the bound (called at most once)
     * @param maxValues the most values (rows x columns) kept in memory
     */
    public SpillingDatasetBuilder(Supplier<DatasetBuilder> disk, long maxValues) {
        this.disk = disk;
        this.maxValues = maxValues;
    }

    /** Whether the dataset went to the other builder. */
    public boolean spilled() {
        return memory == null;
    }

    @Override
    public void technique(Technique technique) {
        this.technique = technique;
    }

    @Override
    public void metadata(String key, String value) {
        metadata.put(key, value);
    }

    @Override
    public void warning(ImportWarning warning) {
        warnings.add(warning);
    }

    @Override
    public void expectRows(long rows) {
        expected = rows;
        if (memory != null && rows * Math.max(1, columns.size()) > maxValues) {
            spill();
        }
        target.expectRows(rows);
    }

    @Override
    public ColumnWriter column(String name, String unit, QuantityKind kind) {
        if (memory != null && expected > 0 && expected * (columns.size() + 1) > maxValues) {
            spill();
        }
        Proxy proxy = new Proxy(name, unit, kind, target.column(name, unit, kind));
        columns.add(proxy);
        return proxy;
    }

    private void spill() {
        DatasetBuilder to = disk.get();
        if (expected > 0) {
            to.expectRows(expected);
        }
        for (Proxy p : columns) {
            ColumnWriter w = to.column(p.name, p.unit, p.kind);
            Column held = (Column) p.writer; // the memory builder's writers are its columns
            for (int k = 0; k < held.size(); k++) {
                w.append(held.get(k));
            }
            p.writer = w;
        }
        memory = null;
        target = to;
    }

    @Override
    public Dataset build() {
        target.technique(technique);
        metadata.forEach(target::metadata);
        warnings.forEach(target::warning);
        return target.build();
    }

    @Override
    public void discard() {
        target.discard();
    }

    private final class Proxy implements ColumnWriter {
        final String name;
        final String unit;
        final QuantityKind kind;
        ColumnWriter writer;

        Proxy(String name, String unit, QuantityKind kind, ColumnWriter writer) {
            this.name = name;
            this.unit = unit;
            this.kind = kind;
            this.writer = writer;
        }

        @Override
        public void append(double value) {
            writer.append(value);
            if (memory != null && ++values > maxValues) {
                spill();
            }
        }

        @Override
        public int size() {
            return writer.size();
        }
    }
}
