/*
 * Copyright (c) 2026 the Interphase contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.interphase.ui.importer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.resources.IContainer;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.dnd.DND;
import org.eclipse.swt.dnd.DropTargetEvent;
import org.eclipse.swt.dnd.FileTransfer;
import org.eclipse.swt.dnd.TransferData;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.navigator.CommonDropAdapter;
import org.eclipse.ui.navigator.CommonDropAdapterAssistant;
import org.interphase.importer.ImportException;
import org.interphase.importer.ImporterDescriptor;
import org.interphase.importer.Importers;

/**
 * Files dropped on a project or folder of the Project Explorer: instrument files (those a vendor importer
 * recognises) open the import wizard with the project's model chosen and the drop target as the folder the files are
 * copied into; other files are copied as the Project Explorer would.
 */
public class InstrumentDropAssistant extends CommonDropAdapterAssistant {

    @Override
    public boolean isSupportedType(TransferData transferType) {
        return FileTransfer.getInstance().isSupportedType(transferType) || super.isSupportedType(transferType);
    }

    @Override
    public IStatus validateDrop(Object target, int operation, TransferData transferType) {
        return target instanceof IContainer && FileTransfer.getInstance().isSupportedType(transferType) ? Status.OK_STATUS : Status.CANCEL_STATUS;
    }

    @Override
    public IStatus handleDrop(CommonDropAdapter adapter, DropTargetEvent event, Object target) {
        if (!(target instanceof IContainer container) || !(event.data instanceof String[] names)) {
            return Status.CANCEL_STATUS;
        }
        List<Path> files = new ArrayList<>();
        for (String name : names) {
            files.add(Path.of(name));
        }
        event.detail = DND.DROP_COPY;
        InstrumentDataImportWizard wizard = drop(container, files);
        if (wizard != null) {
            WizardDialog dialog = new WizardDialog(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell(), wizard);
            dialog.open();
        }
        return Status.OK_STATUS;
    }

    /**
     * Copies the files no vendor importer recognises into the container and returns a wizard for the others (null
     * when there are none), with the container's project's model chosen.
     */
    public static InstrumentDataImportWizard drop(IContainer container, List<Path> files) {
        List<Path> instrument = new ArrayList<>();
        for (Path file : files) {
            if (recognised(file)) {
                instrument.add(file);
            } else {
                try {
                    Files.copy(file, container.getLocation().toFile().toPath().resolve(file.getFileName().toString()),
                            StandardCopyOption.REPLACE_EXISTING);
                } catch (IOException e) {
                    // nothing to copy: the Project Explorer would not have copied it either
                }
            }
        }
        try {
            container.refreshLocal(IResource.DEPTH_ONE, null);
        } catch (CoreException e) {
            // seen at the next refresh
        }
        if (instrument.isEmpty()) {
            return null;
        }
        InstrumentDataImportWizard wizard = new InstrumentDataImportWizard();
        wizard.init(PlatformUI.getWorkbench(), null);
        List<IFile> models = InstrumentDataImportWizard.models(container.getProject());
        if (!models.isEmpty()) {
            wizard.setModel(models.get(0));
        }
        wizard.setCopyInto(container);
        wizard.addFiles(instrument);
        return wizard;
    }

    /** A specific (not generic fallback) importer recognises the file. */
    static boolean recognised(Path file) {
        try {
            return Files.isRegularFile(file) && Importers.candidates(file).stream().anyMatch(d -> !((ImporterDescriptor) d).fallback());
        } catch (ImportException e) {
            return false;
        }
    }
}
