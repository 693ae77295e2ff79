/*
 * Copyright (c) 2026 the Interphase contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.interphase.ui.simulation;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.interphase.data.Column;
import org.interphase.data.Datasets;
import org.interphase.data.QuantityKind;
import org.interphase.model.Cell;
import org.interphase.model.InterphaseFactory;
import org.interphase.model.InterphasePackage;
import org.interphase.model.Project;
import org.interphase.model.ResultReference;
import org.interphase.model.ResultValue;
import org.interphase.model.RunStatus;
import org.interphase.model.Setting;
import org.interphase.model.SimulationRun;
import org.interphase.model.resource.AtomicFileWriter;
import org.interphase.solver.Provenance;
import org.interphase.solver.SolverResult;

/**
 * Stores a solver run in the model as a {@link SimulationRun}: solver, cell, status and message, the settings and
 * the parameters it took from the model (key to "value unit (where from)"), the scalar results with units, the
 * provenance (solver, version, date, user, inputs), and its series and further tables (per cycle, per half cycle)
 * written as CSV beside the model file ({@code <model>-runs/<run>[-table].csv}, SI units in the headers), referenced by
 * paths relative to the model. The run is
 * added with an EMF command, so Edit > Undo removes it.
 */
public final class RunRecorder {

    private static final DateTimeFormatter NAME_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private RunRecorder() {
    }

    /** A new run object (not yet in the model). {@code result} is null for a failed or cancelled run. */
    public static SimulationRun create(Project project, Cell cell, String solverId, RunStatus status, String message, SolverResult result,
            Provenance provenance, Path modelFile) {
        InterphaseFactory f = InterphaseFactory.eINSTANCE;
        SimulationRun run = f.createSimulationRun();
        run.setName(uniqueName(project, solverId + " " + cell.getName() + " " + LocalDateTime.now().format(NAME_TIME)));
        run.setSolverId(solverId);
        run.setCell(cell);
        run.setStatus(status);
        run.setMessage(message);
        if (provenance != null) {
            for (Map.Entry<String, String> e : new TreeMap<>(provenance.settings()).entrySet()) {
                Setting setting = f.createSetting();
                setting.setKey(e.getKey());
                setting.setValue(e.getValue());
                setting.setUnit("");
                run.getSettings().add(setting);
            }
            org.interphase.model.Provenance p = f.createProvenance();
            p.setSolverId(provenance.solverId());
            p.setSoftwareVersion(provenance.softwareVersion());
            p.setDate(provenance.date().toString());
            p.setUser(System.getProperty("user.name"));
            p.setInputs(provenance.inputs());
            run.setProvenance(p);
        }
        if (result != null) {
            for (SolverResult.Scalar s : result.scalars()) {
                ResultValue value = f.createResultValue();
                value.setName(s.name());
                value.setValue(s.value());
                value.setUnit(s.unit());
                run.getResults().add(value);
            }
            List<SolverResult.Table> tables = new java.util.ArrayList<>();
            if (!result.series().isEmpty()) {
                tables.add(new SolverResult.Table("series", result.series()));
            }
            tables.addAll(result.tables());
            if (modelFile != null) {
                String folder = modelFile.getFileName().toString().replaceFirst("\\.interphase$", "") + "-runs";
                String stem = run.getName().replaceAll("[^A-Za-z0-9._-]+", "_");
                for (SolverResult.Table table : tables) {
                    if (table.columns().isEmpty()) {
                        continue;
                    }
                    String file = stem + (table.name().equals("series") ? "" : "-" + table.name().replaceAll("[^A-Za-z0-9._-]+", "_")) + ".csv";
                    Path target = modelFile.resolveSibling(folder).resolve(file);
                    try {
                        writeCsv(target, table.columns());
                        ResultReference reference = f.createResultReference();
                        reference.setName(table.name());
                        reference.setPath(folder + "/" + file);
                        reference.setFormat("csv");
                        run.getResultReferences().add(reference);
                    } catch (IOException e) {
                        run.setMessage((run.getMessage() == null ? "" : run.getMessage() + "; ") + "the " + table.name()
                                + " could not be written to " + target + ": " + e.getMessage());
                    }
                }
            }
        }
        return run;
    }

    /** The command that adds the run to the project. */
    public static Command add(EditingDomain domain, Project project, SimulationRun run) {
        return AddCommand.create(domain, project, InterphasePackage.Literals.PROJECT__SIMULATION_RUNS, run);
    }

    private static String uniqueName(Project project, String base) {
        String name = base;
        int n = 2;
        while (exists(project, name)) {
            name = base + " (" + n++ + ")";
        }
        return name;
    }

    private static boolean exists(Project project, String name) {
        return project.getSimulationRuns().stream().anyMatch(r -> name.equals(r.getName()));
    }

    /**
     * Writes series as CSV through the project's CSV writer: "name/unit" headers (quoted as needed), full-precision
     * numbers. As the model save: a uniquely named temporary file, forced to disk, renamed over the target
     * (AtomicFileWriter).
     */
    static void writeCsv(Path file, List<SolverResult.Series> series) throws IOException {
        Files.createDirectories(file.getParent());
        List<Column> columns = series.stream().map(s -> Datasets.column(s.name(), s.unit(), QuantityKind.OTHER, s.values())).toList();
        try (AtomicFileWriter writer = new AtomicFileWriter(file)) {
            BufferedWriter out = new BufferedWriter(new OutputStreamWriter(writer.stream(), StandardCharsets.UTF_8));
            Datasets.writeCsv(columns, c -> c.unit().isEmpty() ? c.name() : c.name() + "/" + c.unit(), out);
            out.flush();
            writer.commit();
        }
    }
}
