/*
 * Copyright (c) 2026 the Interphase contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.interphase.ui.importer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.eclipse.core.resources.IContainer;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IFolder;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IAdaptable;
import org.eclipse.core.runtime.IPath;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IImportWizard;
import org.eclipse.ui.IWorkbench;
import org.interphase.importer.ImportException;
import org.interphase.importer.ImporterDescriptor;
import org.interphase.importer.Importers;
import org.interphase.model.Cell;
import org.interphase.model.Experiment;
import org.interphase.model.Project;
import org.interphase.model.resource.InterphaseModels;
import org.interphase.model.resource.InterphaseResourceFactory;
import org.interphase.model.resource.ModelFileException;
import org.interphase.ui.editor.InterphaseModelEditor;
import org.interphase.ui.importer.DatasetAttachment.Existing;
import org.interphase.ui.importer.DatasetAttachment.NewExperiment;
import org.interphase.ui.importer.DatasetAttachment.Target;
import org.interphase.ui.importer.DatasetAttachment.Unattached;

/**
 * File &gt; Import &gt; Interphase &gt; Instrument data: pick files or a folder, see the format detected for each
 * (by magic bytes, extension and content, without reading the file), choose the model and, per file, the experiment
 * it belongs to (an existing one, a new one on a cell, or none); Finish imports them in a Job
 * ({@link InstrumentImportJob}).
 */
public class InstrumentDataImportWizard extends Wizard implements IImportWizard {

    /** A file to import and what the registry says of it. */
    public static final class Entry {
        final Path file;
        final ImporterDescriptor format;
        final String problem;
        Target target = new Unattached();

        Entry(Path file) {
            this.file = file;
            ImporterDescriptor found = null;
            String why = null;
            try {
                List<ImporterDescriptor> candidates = Importers.candidates(file);
                if (candidates.isEmpty()) {
                    why = "no installed importer recognises it";
                } else {
                    found = candidates.get(0);
                }
            } catch (ImportException e) {
                why = e.reason();
            }
            this.format = found;
            this.problem = why;
        }

        public Path file() {
            return file;
        }

        /** The importer the registry would try first, or null. */
        public ImporterDescriptor format() {
            return format;
        }

        public Target target() {
            return target;
        }
    }

    private final Map<Path, Entry> entries = new LinkedHashMap<>();
    private IFile model;
    private Project project;
    private IContainer copyInto;
    private FilesPage filesPage;
    private AttachPage attachPage;
    private InstrumentImportJob job;

    @Override
    public void init(IWorkbench workbench, IStructuredSelection selection) {
        setWindowTitle("Import Instrument Data");
        setNeedsProgressMonitor(false);
        IEditorPart active = workbench.getActiveWorkbenchWindow() == null || workbench.getActiveWorkbenchWindow().getActivePage() == null
                ? null : workbench.getActiveWorkbenchWindow().getActivePage().getActiveEditor();
        if (active instanceof InterphaseModelEditor editor && editor.file() != null) {
            setModel(editor.file());
        } else if (selection != null && selection.getFirstElement() instanceof IAdaptable adaptable) {
            IResource resource = adaptable.getAdapter(IResource.class);
            if (resource != null) {
                models(resource.getProject()).stream().findFirst().ifPresent(this::setModel);
                if (resource instanceof IFile file && InterphaseResourceFactory.EXTENSION.equals(file.getFileExtension())) {
                    setModel(file);
                }
            }
        }
    }

    @Override
    public void addPages() {
        filesPage = new FilesPage();
        attachPage = new AttachPage();
        addPage(filesPage);
        addPage(attachPage);
    }

    /** Adds files (a folder: every file in it and below, hidden ones and dataset stores left out). */
    public void addFiles(List<Path> files) {
        for (Path path : files) {
            if (Files.isDirectory(path)) {
                try (Stream<Path> walk = Files.walk(path)) {
                    walk.filter(Files::isRegularFile).filter(p -> !p.getFileName().toString().startsWith("."))
                            .filter(p -> p.toString().indexOf(java.io.File.separator + ".") < 0).sorted().forEach(p -> entries.putIfAbsent(p, new Entry(p)));
                } catch (IOException e) {
                    // an unreadable folder adds nothing; its files would fail anyway
                }
            } else {
                entries.computeIfAbsent(path.toAbsolutePath().normalize(), Entry::new);
            }
        }
        if (filesPage != null && filesPage.viewer != null) {
            filesPage.refresh();
        }
    }

    /** The files and their detected formats. */
    public List<Entry> entries() {
        return List.copyOf(entries.values());
    }

    /** The model the files are attached to: its experiments and cells are read (from its open editor if any). */
    public void setModel(IFile file) {
        model = file;
        project = null;
        InterphaseModelEditor editor = InstrumentImportJob.openEditor(file);
        if (editor != null) {
            project = editor.project();
        } else if (file.getLocation() != null) {
            try {
                project = InterphaseModels.load(file.getLocation().toFile().toPath());
            } catch (ModelFileException e) {
                project = null;
            }
        }
        if (copyInto == null || !copyInto.getProject().equals(file.getProject())) {
            copyInto = file.getParent().getFolder(IPath.fromOSString("data"));
        }
        for (Entry entry : entries.values()) {
            entry.target = new Unattached();
        }
    }

    public Project project() {
        return project;
    }

    /** Where files from outside the workspace are copied (null: not copied). */
    public void setCopyInto(IContainer folder) {
        copyInto = folder;
    }

    /** Sets where a file goes in the model. */
    public void setTarget(Path file, Target target) {
        Entry entry = entries.get(file.toAbsolutePath().normalize());
        if (entry != null) {
            entry.target = target;
        }
    }

    /** The job Finish scheduled, or null. */
    public InstrumentImportJob job() {
        return job;
    }

    /** The .interphase files of a project. */
    static List<IFile> models(IProject project) {
        List<IFile> files = new ArrayList<>();
        try {
            if (project != null && project.isOpen()) {
                project.accept(resource -> {
                    if (resource instanceof IFile f && InterphaseResourceFactory.EXTENSION.equals(f.getFileExtension())) {
                        files.add(f);
                    }
                    return !(resource instanceof IFolder folder && folder.getName().startsWith("."));
                });
            }
        } catch (CoreException e) {
            // a project that cannot be walked has no models to offer
        }
        return files;
    }

    static List<IFile> workspaceModels() {
        List<IFile> files = new ArrayList<>();
        for (IProject p : ResourcesPlugin.getWorkspace().getRoot().getProjects()) {
            files.addAll(models(p));
        }
        return files;
    }

    @Override
    public boolean canFinish() {
        return model != null && entries.values().stream().anyMatch(e -> e.format != null);
    }

    @Override
    public boolean performFinish() {
        List<InstrumentImportJob.Request> requests = new ArrayList<>();
        for (Entry entry : entries.values()) {
            if (entry.format != null) {
                requests.add(new InstrumentImportJob.Request(entry.file, null, entry.target));
            }
        }
        job = new InstrumentImportJob(model, requests, copyInto, true);
        job.schedule();
        return true;
    }

    static String label(Target target) {
        return switch (target) {
        case Existing e -> "experiment '" + e.experiment().getName() + "'";
        case NewExperiment n -> "new experiment '" + n.name() + "' on cell '" + n.cell().getName() + "'";
        case Unattached u -> "not attached (read into the dataset store only)";
        };
    }

    /** Page 1: the files and the formats detected. */
    final class FilesPage extends WizardPage {
        TableViewer viewer;

        FilesPage() {
            super("files");
            setTitle("Instrument files");
            setDescription("Pick the files (or a folder of them). The format is detected from each file's first bytes, name and content.");
        }

        @Override
        public void createControl(Composite parent) {
            Composite c = new Composite(parent, SWT.NONE);
            GridLayoutFactory.fillDefaults().numColumns(2).applyTo(c);
            viewer = new TableViewer(c, SWT.MULTI | SWT.FULL_SELECTION | SWT.BORDER);
            viewer.getTable().setHeaderVisible(true);
            viewer.getTable().setLinesVisible(true);
            GridDataFactory.fillDefaults().grab(true, true).hint(640, 260).applyTo(viewer.getTable());
            column("File", 320, e -> e.file.toString());
            column("Format (importer)", 260, e -> e.format == null ? "not importable: " + e.problem
                    : e.format.name() + " [" + e.format.id() + "]");
            column("Size", 80, e -> {
                try {
                    return String.format("%,d kB", (Files.size(e.file) + 1023) / 1024);
                } catch (IOException x) {
                    return "?";
                }
            });
            viewer.setContentProvider(ArrayContentProvider.getInstance());
            Composite buttons = new Composite(c, SWT.NONE);
            GridLayoutFactory.fillDefaults().applyTo(buttons);
            GridDataFactory.fillDefaults().align(SWT.FILL, SWT.TOP).applyTo(buttons);
            Button addFiles = button(buttons, "Add Files...");
            addFiles.addListener(SWT.Selection, e -> {
                FileDialog dialog = new FileDialog(getShell(), SWT.OPEN | SWT.MULTI);
                dialog.setText("Instrument files");
                if (dialog.open() != null) {
                    List<Path> picked = new ArrayList<>();
                    for (String name : dialog.getFileNames()) {
                        picked.add(Path.of(dialog.getFilterPath(), name));
                    }
                    addFiles(picked);
                }
            });
            Button addFolder = button(buttons, "Add Folder...");
            addFolder.addListener(SWT.Selection, e -> {
                DirectoryDialog dialog = new DirectoryDialog(getShell());
                dialog.setText("A folder of instrument files");
                String folder = dialog.open();
                if (folder != null) {
                    addFiles(List.of(Path.of(folder)));
                }
            });
            Button remove = button(buttons, "Remove");
            remove.addListener(SWT.Selection, e -> {
                for (Object o : viewer.getStructuredSelection().toList()) {
                    entries.remove(((Entry) o).file);
                }
                refresh();
            });
            setControl(c);
            refresh();
        }

        private void column(String title, int width, java.util.function.Function<Entry, String> text) {
            TableViewerColumn column = new TableViewerColumn(viewer, SWT.LEFT);
            column.getColumn().setText(title);
            column.getColumn().setWidth(width);
            column.setLabelProvider(new ColumnLabelProvider() {
                @Override
                public String getText(Object element) {
                    return text.apply((Entry) element);
                }
            });
        }

        void refresh() {
            viewer.setInput(entries.values().toArray());
            long importable = entries.values().stream().filter(e -> e.format != null).count();
            setPageComplete(importable > 0);
            setMessage(entries.isEmpty() ? null : importable + " of " + entries.size() + " files can be imported");
            getContainer().updateButtons();
        }
    }

    private static Button button(Composite parent, String text) {
        Button b = new Button(parent, SWT.PUSH);
        b.setText(text);
        GridDataFactory.fillDefaults().applyTo(b);
        return b;
    }

    /** Page 2: the model and, for the selected files, where they go. */
    final class AttachPage extends WizardPage {
        private Combo models;
        private TableViewer viewer;
        private Combo experiments;
        private Combo cells;
        private Button attachExisting;
        private Button attachNew;
        private Button attachNone;
        private Text copyFolder;
        private Button copy;
        private List<IFile> modelFiles = List.of();

        AttachPage() {
            super("attach");
            setTitle("Experiments");
            setDescription("Choose the model and, for the selected files, the experiment each belongs to. The data stay outside the model; "
                    + "the experiment refers to the file by its path relative to the model.");
        }

        @Override
        public void createControl(Composite parent) {
            Composite c = new Composite(parent, SWT.NONE);
            GridLayoutFactory.fillDefaults().numColumns(3).applyTo(c);
            new Label(c, SWT.NONE).setText("Model:");
            models = new Combo(c, SWT.READ_ONLY);
            GridDataFactory.fillDefaults().grab(true, false).span(2, 1).applyTo(models);
            models.addListener(SWT.Selection, e -> {
                setModel(modelFiles.get(models.getSelectionIndex()));
                fill();
            });
            viewer = new TableViewer(c, SWT.MULTI | SWT.FULL_SELECTION | SWT.BORDER);
            viewer.getTable().setHeaderVisible(true);
            GridDataFactory.fillDefaults().grab(true, true).span(3, 1).hint(640, 180).applyTo(viewer.getTable());
            TableViewerColumn file = new TableViewerColumn(viewer, SWT.LEFT);
            file.getColumn().setText("File");
            file.getColumn().setWidth(300);
            file.setLabelProvider(ColumnLabelProvider.createTextProvider(o -> ((Entry) o).file.getFileName().toString()));
            TableViewerColumn target = new TableViewerColumn(viewer, SWT.LEFT);
            target.getColumn().setText("Attached to");
            target.getColumn().setWidth(340);
            target.setLabelProvider(ColumnLabelProvider.createTextProvider(o -> label(((Entry) o).target)));
            viewer.setContentProvider(ArrayContentProvider.getInstance());

            attachExisting = new Button(c, SWT.RADIO);
            attachExisting.setText("Existing experiment:");
            experiments = new Combo(c, SWT.READ_ONLY);
            GridDataFactory.fillDefaults().grab(true, false).span(2, 1).applyTo(experiments);
            attachNew = new Button(c, SWT.RADIO);
            attachNew.setText("New experiment on cell:");
            cells = new Combo(c, SWT.READ_ONLY);
            GridDataFactory.fillDefaults().grab(true, false).span(2, 1).applyTo(cells);
            attachNone = new Button(c, SWT.RADIO);
            attachNone.setText("Do not attach (read only)");
            attachNone.setSelection(true);
            Button apply = new Button(c, SWT.PUSH);
            apply.setText("Apply to Selected Files");
            GridDataFactory.fillDefaults().span(2, 1).align(SWT.END, SWT.CENTER).applyTo(apply);
            apply.addListener(SWT.Selection, e -> applyToSelection());

            copy = new Button(c, SWT.CHECK);
            copy.setText("Copy files from outside the workspace into:");
            copy.setSelection(true);
            copyFolder = new Text(c, SWT.BORDER);
            GridDataFactory.fillDefaults().grab(true, false).span(2, 1).applyTo(copyFolder);
            copy.addListener(SWT.Selection, e -> updateCopy());
            copyFolder.addListener(SWT.Modify, e -> updateCopy());
            setControl(c);
        }

        @Override
        public void setVisible(boolean visible) {
            if (visible) {
                modelFiles = workspaceModels();
                models.setItems(modelFiles.stream().map(f -> f.getFullPath().toString()).toArray(String[]::new));
                if (model != null && modelFiles.contains(model)) {
                    models.select(modelFiles.indexOf(model));
                }
                fill();
            }
            super.setVisible(visible);
        }

        private void fill() {
            viewer.setInput(entries.values().stream().filter(e -> e.format != null).toArray());
            experiments.removeAll();
            cells.removeAll();
            if (project != null) {
                for (Experiment e : project.getExperiments()) {
                    experiments.add(e.getName() + (e.getCell() == null ? "" : "  (" + e.getCell().getName() + ")")
                            + (e.getDataset() == null ? "" : "  [has data: " + e.getDataset().getPath() + "]"));
                }
                for (Cell cell : project.getCells()) {
                    cells.add(cell.getName());
                }
                experiments.select(0);
                cells.select(0);
            }
            copyFolder.setText(copyInto == null ? "" : copyInto.getFullPath().toString());
            setPageComplete(model != null);
            setErrorMessage(model == null ? "Choose a model (an .interphase file in the workspace)"
                    : project == null ? model.getFullPath() + " cannot be read: fix the model first" : null);
        }

        private void applyToSelection() {
            if (project == null) {
                return;
            }
            for (Object o : viewer.getStructuredSelection().toList()) {
                Entry entry = (Entry) o;
                if (attachExisting.getSelection() && experiments.getSelectionIndex() >= 0) {
                    entry.target = new Existing(project.getExperiments().get(experiments.getSelectionIndex()));
                } else if (attachNew.getSelection() && cells.getSelectionIndex() >= 0) {
                    String name = entry.file.getFileName().toString().replaceFirst("\\.[^.]+$", "");
                    entry.target = new NewExperiment(project.getCells().get(cells.getSelectionIndex()), name);
                } else {
                    entry.target = new Unattached();
                }
            }
            viewer.refresh();
        }

        private void updateCopy() {
            if (!copy.getSelection() || copyFolder.getText().isBlank()) {
                copyInto = null;
                return;
            }
            IPath path = IPath.fromOSString(copyFolder.getText().strip());
            IResource found = ResourcesPlugin.getWorkspace().getRoot().findMember(path);
            copyInto = found instanceof IContainer container ? container
                    : path.segmentCount() >= 2 ? ResourcesPlugin.getWorkspace().getRoot().getFolder(path) : null;
        }
    }
}
