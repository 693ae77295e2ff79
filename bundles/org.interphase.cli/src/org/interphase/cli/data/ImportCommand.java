/*
 * Copyright (c) 2026 the Interphase contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.interphase.cli.data;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import java.util.stream.Stream;

import org.interphase.cli.ExitCodes;
import org.interphase.cli.InputFiles;
import org.interphase.data.Column;
import org.interphase.data.Dataset;
import org.interphase.data.DatasetBuilder;
import org.interphase.data.DatasetStore;
import org.interphase.data.Datasets;
import org.interphase.data.ImportWarning;
import org.interphase.data.OwnedFolder;
import org.interphase.importer.ImportException;
import org.interphase.importer.ImportResult;
import org.interphase.importer.Importers;

import com.google.gson.stream.JsonWriter;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * ./interphase import FILE [--format ID] [--json | --csv]: reads an instrument file with the importer the registry
 * chooses (or the one named) and prints what it holds. With a folder, every file in it (and below) is read and
 * reported. Errors go to stderr; the exit code is 1 when a file could not be read.
 */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = { "Read an instrument file (or every file of a folder) and print what it holds: the format, technique, rows, "
                + "columns with units and quantities, and metadata.",
                "--json prints {\"format\", \"technique\", \"rows\", \"columns\": [{\"name\", \"unit\", \"quantity\"}], "
                        + "\"warnings\": [{\"where\", \"what\"}], \"metadata\"}; "
                        + "for a folder, a list of these with \"file\" (and \"error\" for files that could not be read).",
                "What the importer read past without refusing the file (trailing bytes, an unknown section, an extra column) "
                        + "is printed on stderr as 'WARNING file: importer: place: what', and kept in the JSON's \"warnings\".",
                "--csv prints the table, a name/unit header then one line per row, full precision (values in SI units)." })
public class ImportCommand implements Callable<Integer> {

    /**
     * The most values (rows x columns) kept in memory: a quarter of the heap; a dataset that would hold more goes to a
     * temporary on-disk store as it is read (chosen by what the file holds, not by its size).
     */
    static final long MAX_VALUES_IN_MEMORY = Math.max(1L << 20, Runtime.getRuntime().maxMemory() / 4 / Double.BYTES);

    /**
     * A temporary store folder (owned: one left by a killed run goes at the next import) made only when a dataset
     * needs it, deleted when done.
     */
    private static final class Spill implements AutoCloseable {
        private OwnedFolder folder;

        DatasetBuilder builder() {
            return Datasets.bounded(() -> {
                try {
                    if (folder == null) {
                        folder = OwnedFolder.createTemporary(TEMPORARY_PREFIX);
                    }
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException("cannot make a temporary folder for the dataset: " + e.getMessage(), e);
                }
                return DatasetStore.create(folder.path().resolve("dataset"));
            }, MAX_VALUES_IN_MEMORY);
        }

        @Override
        public void close() throws IOException {
            if (folder != null) {
                folder.close();
                folder = null;
            }
        }
    }

    /** The temporary folders of large imports, in java.io.tmpdir; those left by killed runs go at the next import. */
    public static final String TEMPORARY_PREFIX = "interphase-import";

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "An instrument file, or a folder of them.")
    Path file;

    @Option(names = "--format", paramLabel = "ID", description = "The importer to use (see ./interphase formats); chosen from the file when omitted.")
    String format;

    @Option(names = "--json", description = "Print JSON.")
    boolean json;

    @Option(names = "--csv", description = "Print the table as CSV (a file only).")
    boolean csv;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        OwnedFolder.removeOrphans(Path.of(System.getProperty("java.io.tmpdir")), TEMPORARY_PREFIX);
        if (json && csv) {
            err.println("interphase import: --json and --csv exclude each other");
            err.println(spec.commandLine().getUsageMessage());
            err.flush();
            return ExitCodes.USAGE;
        }
        if (format != null && Importers.find(format).isEmpty()) {
            err.println("interphase import: no importer '" + format + "' is installed; ./interphase formats lists them");
            err.flush();
            return ExitCodes.USAGE;
        }
        if (!Files.exists(file)) {
            err.println("ERROR " + file + ": no such file or folder");
            err.flush();
            return ExitCodes.FAILED;
        }
        if (Files.isDirectory(file)) {
            if (csv) {
                err.println("interphase import: --csv prints one table: give a file, not a folder");
                err.flush();
                return ExitCodes.USAGE;
            }
            return folder(out, err);
        }
        InputFiles.requireData(file, "import");
        try (Spill temporary = new Spill(); Dataset dataset = read(file, temporary, err)) {
            if (dataset == null) {
                return ExitCodes.FAILED;
            }
            if (json) {
                // the document is printed once complete: a failure while writing it leaves stdout empty, never half a document
                java.io.StringWriter buffer = new java.io.StringWriter();
                JsonWriter w = json(new PrintWriter(buffer));
                describe(w, dataset, null);
                w.flush();
                out.println(buffer);
            } else if (csv) {
                Datasets.writeCsv(dataset, out);
            } else {
                summary(out, file, dataset);
            }
            out.flush();
            return ExitCodes.OK;
        }
    }

    private int folder(PrintWriter out, PrintWriter err) throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(file)) {
            files = walk.filter(Files::isRegularFile).filter(ImportCommand::isData).sorted().toList();
        }
        int failed = 0;
        java.io.StringWriter buffer = new java.io.StringWriter();
        JsonWriter w = json ? json(new PrintWriter(buffer)) : null;
        if (w != null) {
            w.beginArray();
        }
        for (Path f : files) {
            List<String> errors = new ArrayList<>();
            try (Spill temporary = new Spill(); Dataset dataset = read(f, temporary, err, errors)) {
                if (dataset == null) {
                    failed++;
                    if (w != null) {
                        w.beginObject().name("file").value(f.toString()).name("error").value(String.join("\n", errors)).endObject();
                    }
                    continue;
                }
                if (w != null) {
                    describe(w, dataset, f);
                } else {
                    out.println(f + ": " + dataset.metadata().get(org.interphase.data.Metadata.IMPORTER) + ", " + dataset.technique() + ", "
                            + dataset.rows() + " rows, " + dataset.columns().size() + " columns");
                }
            }
        }
        if (w != null) {
            w.endArray();
            w.flush();
            out.println(buffer);
        }
        out.flush();
        err.println(files.size() - failed + " of " + files.size() + " files read" + (failed > 0 ? "; " + failed + " could not be read (above)" : ""));
        err.flush();
        return failed == 0 ? ExitCodes.OK : ExitCodes.FAILED;
    }

    /** Not instrument data: hidden files and folders, dataset stores, column mappings. */
    static boolean isData(Path f) {
        for (Path part : f) {
            if (part.toString().startsWith(".") && !part.toString().equals(".") && !part.toString().equals("..")) {
                return false;
            }
        }
        return !f.getFileName().toString().endsWith(".columns");
    }

    private Dataset read(Path f, Spill temporary, PrintWriter err) {
        return read(f, temporary, err, new ArrayList<>());
    }

    /** The dataset, or null after printing the error (each candidate's failure) to err. */
    private Dataset read(Path f, Spill temporary, PrintWriter err, List<String> errors) {
        Supplier<DatasetBuilder> builders = temporary::builder;
        try {
            ImportResult result = Importers.read(f, format, builders, null);
            for (ImportWarning w : result.warnings()) {
                err.println("WARNING " + f + ": " + result.importer().id() + ": " + w);
            }
            err.flush();
            return result.dataset();
        } catch (ImportException e) {
            err.println("ERROR " + e.getMessage());
            err.flush();
            errors.add(e.getMessage());
            return null;
        }
    }

    private static JsonWriter json(PrintWriter out) {
        JsonWriter w = new JsonWriter(out);
        w.setIndent("  ");
        w.setSerializeNulls(true);
        return w;
    }

    /** {"file"?, "format", "technique", "rows", "columns": [{"name", "unit", "quantity"}], "metadata": {...}} */
    static void describe(JsonWriter w, Dataset dataset, Path file) throws IOException {
        w.beginObject();
        if (file != null) {
            w.name("file").value(file.toString());
        }
        w.name("format").value(dataset.metadata().get(org.interphase.data.Metadata.IMPORTER));
        w.name("technique").value(dataset.technique().name());
        w.name("rows").value(dataset.rows());
        w.name("columns").beginArray();
        for (Column c : dataset.columns()) {
            w.beginObject().name("name").value(c.name()).name("unit").value(c.unit()).name("quantity")
                    .value(c.kind().name().toLowerCase(Locale.ROOT)).endObject();
        }
        w.endArray();
        w.name("warnings").beginArray();
        for (ImportWarning warning : dataset.warnings()) {
            w.beginObject().name("where").value(warning.where()).name("what").value(warning.what()).endObject();
        }
        w.endArray();
        w.name("metadata").beginObject();
        for (Map.Entry<String, String> m : dataset.metadata().entrySet()) {
            if (!m.getKey().equals(org.interphase.data.Metadata.WARNINGS)) {
                w.name(m.getKey()).value(m.getValue());
            }
        }
        w.endObject();
        w.endObject();
    }

    private static void summary(PrintWriter out, Path file, Dataset dataset) {
        out.println(file + ": " + dataset.metadata().get(org.interphase.data.Metadata.IMPORTER) + ", " + dataset.technique() + ", "
                + dataset.rows() + " rows");
        for (Column c : dataset.columns()) {
            out.printf("  %-28s %-8s %s%n", c.name(), c.unit().isEmpty() ? "-" : c.unit(), c.kind().name().toLowerCase(Locale.ROOT));
        }
        for (Map.Entry<String, String> m : dataset.metadata().entrySet()) {
            if (!m.getKey().equals(org.interphase.data.Metadata.WARNINGS)) {
                out.println("  " + m.getKey() + " = " + m.getValue().replace("\n", " / "));
            }
        }
        for (ImportWarning w : dataset.warnings()) {
            out.println("  warning: " + w);
        }
    }
}
