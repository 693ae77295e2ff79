/*
 * Copyright (c) 2026 the Interphase contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.interphase.cli.commands;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;

import org.interphase.cli.ExitCodes;
import org.interphase.model.validation.ModelLabels;
import org.interphase.benchmark.Benchmark;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** ./interphase benchmark [ID...] [--list]: runs the installed speed benchmarks (all, or those whose id starts with an ID). */
@Command(name = "benchmark", mixinStandardHelpOptions = true,
        description = { "Run the installed speed benchmarks and print what they measured next to their goals.",
                "IDs select benchmarks by id or id prefix (e.g. 'eis' runs eis.fit, eis.kk, ...); without IDs all run." })
public class BenchmarkCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "ID", arity = "0..*", description = "Benchmark ids or id prefixes.")
    List<String> ids = new ArrayList<>();

    @Option(names = "--list", description = "List the benchmarks instead of running them.")
    boolean list;

    @Override
    public Integer call() throws InvalidSyntaxException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        BundleContext context = FrameworkUtil.getBundle(getClass()).getBundleContext();
        List<Benchmark> benchmarks = new ArrayList<>();
        for (ServiceReference<Benchmark> reference : context.getServiceReferences(Benchmark.class, null)) {
            Benchmark benchmark = context.getService(reference);
            if (benchmark != null && (ids.isEmpty() || ids.stream().anyMatch(id -> benchmark.id().startsWith(id)))) {
                benchmarks.add(benchmark);
            }
        }
        benchmarks.sort(Comparator.comparing(Benchmark::id));
        if (benchmarks.isEmpty()) {
            err.println(ids.isEmpty() ? "interphase benchmark: no benchmarks are installed" : "interphase benchmark: no benchmark matches " + ids);
            return ExitCodes.USAGE;
        }
        int failed = 0;
        for (Benchmark benchmark : benchmarks) {
            out.println(benchmark.id() + ": " + benchmark.description());
            if (list) {
                continue;
            }
            out.flush();
            try {
                for (Benchmark.Measurement m : benchmark.run()) {
                    out.printf("  %-45s %12s %-6s goal %s%n", m.name(), ModelLabels.formatNumber(m.value()), m.unit(), m.goal());
                }
            } catch (Exception e) {
                failed++;
                err.println("  failed: " + e);
            }
            out.flush();
        }
        return failed == 0 ? ExitCodes.OK : ExitCodes.FAILED;
    }
}
