/*
 * Copyright (c) 2026 the Interphase contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.interphase.ui.importer;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.interphase.data.Metadata;
import org.interphase.data.Technique;
import org.interphase.model.Cell;
import org.interphase.model.DatasetReference;
import org.interphase.model.Experiment;
import org.interphase.model.InterphaseFactory;
import org.interphase.model.InterphasePackage;
import org.interphase.model.Project;
import org.interphase.model.resource.DatasetFiles;

/**
 * Attaching imported files to experiments of a model, as one EMF command (one undo step): an existing experiment
 * gets a dataset reference (the file's path relative to the model file, the importer's id, the file's SHA-256), and
 * its instrument and date when it has none; a new experiment of the technique's kind (EIS, cycling, LSV, CV) is made
 * on a cell. No SWT here.
 */
public final class DatasetAttachment {

    /** Where an imported file goes in the model. */
    public sealed interface Target permits Existing, NewExperiment, Unattached {
    }

    /** Attach to this experiment. */
    public record Existing(Experiment experiment) implements Target {
    }

    /** A new experiment of the file's technique, on this cell. */
    public record NewExperiment(Cell cell, String name) implements Target {
    }

    /** Only read into the dataset store, not attached. */
    public record Unattached() implements Target {
    }

    /** A file read: where it is (relative to the model), by which importer, its hash, and what it says. */
    public record Imported(Path file, String relativePath, String importerId, String sha256, Technique technique,
            Map<String, String> metadata, Target target) {
    }

    private DatasetAttachment() {
    }

    /** The path of a data file relative to the model file's folder, with '/' separators (absolute when not below a common root). */
    public static String relativePath(Path modelFile, Path dataFile) {
        Path folder = modelFile.toAbsolutePath().normalize().getParent();
        Path data = dataFile.toAbsolutePath().normalize();
        if (folder.getRoot() != null && folder.getRoot().equals(data.getRoot())) {
            return folder.relativize(data).toString().replace('\\', '/');
        }
        return data.toString();
    }

    /** SHA-256 of a file, hexadecimal (recorded in the model; checked when the file is read again). */
    public static String sha256(Path file) throws IOException {
        return DatasetFiles.sha256(file);
    }

    /** A new experiment for a technique, or null when the model has no experiment of that kind. */
    public static Experiment newExperiment(Technique technique) {
        InterphaseFactory factory = InterphaseFactory.eINSTANCE;
        return switch (technique) {
        case EIS -> factory.createEisExperiment();
        case GALVANOSTATIC_CYCLING -> factory.createCyclingExperiment();
        case LINEAR_SWEEP_VOLTAMMETRY -> factory.createLsvExperiment();
        case CYCLIC_VOLTAMMETRY -> factory.createCvExperiment();
        default -> null;
        };
    }

    /**
     * The command that attaches the imported files (Unattached ones are left out); null when there is nothing to
     * do. A file whose technique has no kind of experiment in the model (a new experiment was asked) is left out,
     * with the reason added to problems.
     */
    public static Command command(EditingDomain domain, Project project, List<Imported> files, List<String> problems) {
        InterphasePackage p = InterphasePackage.eINSTANCE;
        CompoundCommand command = new CompoundCommand("Attach instrument data");
        for (Imported file : files) {
            DatasetReference reference = InterphaseFactory.eINSTANCE.createDatasetReference();
            reference.setPath(file.relativePath());
            reference.setImporterId(file.importerId());
            reference.setSha256(file.sha256());
            String instrument = file.metadata().getOrDefault(Metadata.INSTRUMENT, file.metadata().get(Metadata.SOFTWARE));
            String date = file.metadata().get(Metadata.START_TIME);
            switch (file.target()) {
            case Existing existing -> {
                Experiment e = existing.experiment();
                command.append(SetCommand.create(domain, e, p.getExperiment_Dataset(), reference));
                if ((e.getInstrument() == null || e.getInstrument().isBlank()) && instrument != null) {
                    command.append(SetCommand.create(domain, e, p.getExperiment_Instrument(), instrument));
                }
                if ((e.getDate() == null || e.getDate().isBlank()) && date != null) {
                    command.append(SetCommand.create(domain, e, p.getExperiment_Date(), date));
                }
            }
            case NewExperiment created -> {
                Experiment e = newExperiment(file.technique());
                if (e == null) {
                    problems.add(file.file() + " is " + file.technique() + " data, read into the dataset store but not attached: the model "
                            + "has no experiment of that kind (attach it to an existing experiment)");
                    continue;
                }
                e.setName(created.name());
                e.setCell(created.cell());
                e.setInstrument(instrument);
                e.setDate(date);
                e.setDataset(reference);
                command.append(AddCommand.create(domain, project, p.getProject_Experiments(), e));
            }
            case Unattached unattached -> {
                // read into the store only
            }
            }
        }
        return command.isEmpty() ? null : command.unwrap();
    }
}
