/*
 * Copyright (c) 2026 the Interphase contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.interphase.ui.data.content;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IExtension;
import org.eclipse.core.runtime.IExtensionPoint;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IRegistryEventListener;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.content.IContentType;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.ui.IStartup;
import org.interphase.importer.ImporterDescriptor;
import org.interphase.importer.Importers;

/**
 * Keeps the file extensions of the content type {@value #CONTENT_TYPE} equal to those the installed importers
 * declare in their plugin.xml (read without loading an importer class): added at start, and again when importer
 * bundles are installed or removed. They are file associations of the workspace's content type settings, so
 * Window &gt; Preferences &gt; Content Types shows them; extensions of importers that are gone are removed.
 */
public final class InstrumentFileAssociations {

    /** The content type bound to the dataset editor. */
    public static final String CONTENT_TYPE = "org.interphase.ui.data.instrumentFile";

    private static volatile boolean listening;

    private InstrumentFileAssociations() {
    }

    /** Runs at workbench start. */
    public static final class Startup implements IStartup {
        @Override
        public void earlyStartup() {
            update();
        }
    }

    /** The extensions the installed importers declare, in lower case. */
    public static Set<String> importerExtensions() {
        Set<String> extensions = new TreeSet<>();
        for (ImporterDescriptor importer : Importers.installed()) {
            importer.extensions().forEach(e -> extensions.add(e.toLowerCase(Locale.ROOT)));
        }
        return extensions;
    }

    /** Makes the content type's file extensions those of the installed importers. */
    public static synchronized void update() {
        listen();
        IContentType type = Platform.getContentTypeManager().getContentType(CONTENT_TYPE);
        if (type == null) {
            return;
        }
        Set<String> wanted = importerExtensions();
        Set<String> present = new TreeSet<>();
        for (String spec : type.getFileSpecs(IContentType.FILE_EXTENSION_SPEC | IContentType.IGNORE_PRE_DEFINED)) {
            present.add(spec.toLowerCase(Locale.ROOT));
        }
        try {
            for (String extension : present) {
                if (!wanted.contains(extension)) {
                    type.removeFileSpec(extension, IContentType.FILE_EXTENSION_SPEC);
                }
            }
            for (String extension : wanted) {
                if (!present.contains(extension)) {
                    type.addFileSpec(extension, IContentType.FILE_EXTENSION_SPEC);
                }
            }
        } catch (CoreException e) {
            ILog.of(InstrumentFileAssociations.class).warn("file extensions of instrument data could not be associated: " + e.getMessage(), e);
        }
    }

    private static void listen() {
        if (listening) {
            return;
        }
        listening = true;
        Platform.getExtensionRegistry().addListener(new IRegistryEventListener() {
            @Override
            public void added(IExtension[] extensions) {
                later();
            }

            @Override
            public void removed(IExtension[] extensions) {
                later();
            }

            @Override
            public void added(IExtensionPoint[] points) {
                // only the importers matter
            }

            @Override
            public void removed(IExtensionPoint[] points) {
                // only the importers matter
            }
        }, "org.interphase.importer.importers");
    }

    /** After the importer registry has forgotten what it read (it listens too). */
    private static void later() {
        Job.createSystem("Associating instrument file extensions", (org.eclipse.core.runtime.ICoreRunnable) monitor -> update()).schedule(200);
    }

    /** For tests: the content type's extensions now. */
    public static Set<String> associated() {
        IContentType type = Platform.getContentTypeManager().getContentType(CONTENT_TYPE);
        return type == null ? Set.of() : new TreeSet<>(Arrays.asList(type.getFileSpecs(IContentType.FILE_EXTENSION_SPEC)));
    }
}
