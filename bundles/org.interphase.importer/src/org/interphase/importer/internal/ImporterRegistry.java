/*
 * Copyright (c) 2026 the Interphase contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.interphase.importer.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtension;
import org.eclipse.core.runtime.IExtensionPoint;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IRegistryEventListener;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Platform;
import org.interphase.data.Dataset;
import org.interphase.data.DatasetBuilder;
import org.interphase.data.Metadata;
import org.interphase.importer.ContentMatcher;
import org.interphase.importer.ImportException;
import org.interphase.importer.ImportResult;
import org.interphase.importer.Importer;
import org.interphase.importer.ImporterDescriptor;

/**
 * The importers contributed to {@code org.interphase.importer.importers}. Reads their metadata (and magic bytes)
 * without loading their classes; loads an importer's class only to read a file, and a content matcher's class only
 * when it must be asked. Follows bundles that come and go (the registry is read again after a change).
 */
public final class ImporterRegistry {

    public static final String EXTENSION_POINT = "org.interphase.importer.importers";

    private static final ImporterRegistry INSTANCE = new ImporterRegistry();

    private volatile Map<String, Entry> entries;
    private volatile boolean listening;
    private final Map<String, ContentMatcher> matchers = new ConcurrentHashMap<>();

    private record Entry(ImporterDescriptor descriptor, IConfigurationElement element) {
    }

    private ImporterRegistry() {
    }

    public static ImporterRegistry instance() {
        return INSTANCE;
    }

    private Map<String, Entry> entries() {
        Map<String, Entry> result = entries;
        if (result == null) {
            listen();
            result = new LinkedHashMap<>();
            IConfigurationElement[] elements = Platform.getExtensionRegistry().getConfigurationElementsFor(EXTENSION_POINT);
            Arrays.sort(elements, Comparator.comparing(e -> String.valueOf(e.getAttribute("id"))));
            for (IConfigurationElement element : elements) {
                if (!"importer".equals(element.getName())) {
                    continue;
                }
                try {
                    ImporterDescriptor descriptor = descriptor(element);
                    if (result.containsKey(descriptor.id())) {
                        ILog.of(getClass()).warn("importer " + descriptor.id() + " of " + descriptor.contributor() + " ignored: "
                                + result.get(descriptor.id()).descriptor().contributor() + " contributes it too");
                        continue;
                    }
                    result.put(descriptor.id(), new Entry(descriptor, element));
                } catch (IllegalArgumentException e) {
                    ILog.of(getClass()).error("importer of " + element.getContributor().getName() + " ignored: " + e.getMessage());
                }
            }
            entries = result;
        }
        return result;
    }

    /** Forgets what was read when importer bundles are installed or removed. */
    private synchronized void listen() {
        if (listening) {
            return;
        }
        listening = true;
        Platform.getExtensionRegistry().addListener(new IRegistryEventListener() {
            @Override
            public void added(IExtension[] extensions) {
                reset();
            }

            @Override
            public void removed(IExtension[] extensions) {
                reset();
            }

            @Override
            public void added(IExtensionPoint[] extensionPoints) {
                // only this extension point's extensions matter
            }

            @Override
            public void removed(IExtensionPoint[] extensionPoints) {
                // only this extension point's extensions matter
            }
        }, EXTENSION_POINT);
    }

    private void reset() {
        entries = null;
        matchers.clear();
    }

    static ImporterDescriptor descriptor(IConfigurationElement element) {
        String id = required(element, "id");
        List<String> extensions = new ArrayList<>();
        String declared = element.getAttribute("extensions");
        if (declared != null) {
            for (String e : declared.split(",")) {
                if (!e.isBlank()) {
                    extensions.add(e.strip().replaceFirst("^\\.", ""));
                }
            }
        }
        List<ImporterDescriptor.Magic> magics = new ArrayList<>();
        for (IConfigurationElement magic : element.getChildren("magic")) {
            int offset;
            try {
                offset = magic.getAttribute("offset") == null ? 0 : Integer.parseInt(magic.getAttribute("offset").strip());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(id + ": magic offset '" + magic.getAttribute("offset") + "' is not a number");
            }
            String hex = magic.getAttribute("bytes");
            String text = magic.getAttribute("text");
            byte[] bytes;
            if (hex != null) {
                try {
                    bytes = HexFormat.of().parseHex(hex.replaceAll("\\s+", ""));
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException(id + ": magic bytes '" + hex + "' are not hexadecimal");
                }
            } else if (text != null) {
                bytes = text.getBytes(StandardCharsets.ISO_8859_1);
            } else {
                throw new IllegalArgumentException(id + ": a magic element needs bytes or text");
            }
            if (bytes.length == 0 || offset < 0 || offset + bytes.length > ContentMatcher.HEAD_SIZE) {
                throw new IllegalArgumentException(id + ": magic bytes must be non-empty and lie within the first "
                        + ContentMatcher.HEAD_SIZE + " bytes");
            }
            magics.add(new ImporterDescriptor.Magic(offset, bytes));
        }
        return new ImporterDescriptor(id, required(element, "name"), required(element, "vendor"), List.copyOf(extensions),
                List.copyOf(magics), element.getChildren("contentMatcher").length > 0, element.getContributor().getName(),
                Boolean.parseBoolean(element.getAttribute("fallback")));
    }

    private static String required(IConfigurationElement element, String attribute) {
        String value = element.getAttribute(attribute);
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("attribute " + attribute + " is missing");
        }
        return value.strip();
    }

    public List<ImporterDescriptor> descriptors() {
        return entries().values().stream().map(Entry::descriptor).toList();
    }

    /** The importer of that id, or null. */
    public ImporterDescriptor descriptor(String id) {
        Entry entry = entries().get(id);
        return entry == null ? null : entry.descriptor();
    }

    /**
     * The importers that may read the file: magic bytes first, then extension (confirmed by the content matcher when
     * there is one), then content matchers alone; fallback (generic) importers after all specific ones, in the same
     * order. An importer with magic bytes that the file lacks is not a candidate unless its content matcher says so.
     */
    public List<ImporterDescriptor> candidates(Path file) throws ImportException {
        return candidates(file.getFileName().toString(), head(file));
    }

    /**
     * The same order for a file known only by its name (null: unknown, then extensions decide nothing) and its first
     * bytes (at most {@link ContentMatcher#HEAD_SIZE}), e.g. for a content describer that gets a stream.
     */
    public List<ImporterDescriptor> candidates(String fileName, byte[] head) {
        Path file = Path.of(fileName == null ? "" : fileName);
        String name = fileName == null ? "" : fileName;
        List<ImporterDescriptor> byMagic = new ArrayList<>();
        List<ImporterDescriptor> byExtension = new ArrayList<>();
        List<ImporterDescriptor> byContent = new ArrayList<>();
        List<ImporterDescriptor> fallbacks = new ArrayList<>();
        for (int pass = 0; pass < 2; pass++) {
            boolean fallbackPass = pass == 1;
            for (Entry entry : entries().values()) {
                ImporterDescriptor d = entry.descriptor();
                if (d.fallback() != fallbackPass) {
                    continue;
                }
                List<ImporterDescriptor> group = null;
                if (d.magicMatches(head)) {
                    if (d.hasContentMatcher() && !contentMatches(entry, file, head)) {
                        continue; // a magic many formats share (a ZIP signature): the content matcher decides
                    }
                    group = byMagic;
                } else if (!d.magics().isEmpty() && !d.hasContentMatcher()) {
                    continue; // a binary format whose magic is absent: not this format, whatever the extension says
                } else if (!name.isEmpty() && d.extensionMatches(name)) {
                    if (!d.hasContentMatcher() || contentMatches(entry, file, head)) {
                        group = byExtension;
                    }
                } else if (d.hasContentMatcher() && contentMatches(entry, file, head)) {
                    group = byContent;
                }
                if (group != null) {
                    (fallbackPass ? fallbacks : group).add(d);
                }
            }
        }
        List<ImporterDescriptor> candidates = new ArrayList<>(byMagic);
        candidates.addAll(byExtension);
        candidates.addAll(byContent);
        candidates.addAll(fallbacks);
        return candidates;
    }

    private boolean contentMatches(Entry entry, Path file, byte[] head) {
        try {
            ContentMatcher matcher = matchers.get(entry.descriptor().id());
            if (matcher == null) {
                matcher = (ContentMatcher) entry.element().getChildren("contentMatcher")[0].createExecutableExtension("class");
                matchers.put(entry.descriptor().id(), matcher);
            }
            return matcher.matches(file, head.clone());
        } catch (CoreException | RuntimeException | LinkageError e) {
            ILog.of(getClass()).warn("content matcher of importer " + entry.descriptor().id() + " (plugin "
                    + entry.descriptor().contributor() + ") failed on " + file + ": " + e);
            return false;
        }
    }

    private static byte[] head(Path file) throws ImportException {
        if (!Files.exists(file)) {
            throw new ImportException(file, null, null, "no such file");
        }
        if (!Files.isRegularFile(file)) {
            throw new ImportException(file, null, null, Files.isDirectory(file) ? "a folder, not a file" : "not a regular file");
        }
        try (InputStream in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(ContentMatcher.HEAD_SIZE);
            if (head.length == 0) {
                throw new ImportException(file, null, null, "the file is empty");
            }
            return head;
        } catch (IOException e) {
            throw new ImportException(file, null, null, "cannot be read: " + e.getMessage(), e);
        }
    }

    /**
     * What a file that no importer reads is, when its first bytes say so: a container or document format, named so
     * that the user knows what to export instead; null when the bytes say nothing known.
     */
    static String recognisedFormat(byte[] head) {
        String text = new String(head, 0, Math.min(head.length, 64), java.nio.charset.StandardCharsets.ISO_8859_1);
        if (head.length >= 8 && (head[0] & 0xFF) == 0xD0 && (head[1] & 0xFF) == 0xCF && (head[2] & 0xFF) == 0x11 && (head[3] & 0xFF) == 0xE0) {
            return "an OLE2 compound document (a legacy Excel .xls workbook, or another Office or vendor file of that container): "
                    + "no installed importer reads it; export the data as .xlsx or CSV";
        }
        if (text.startsWith("\u0089HDF")) {
            return "an HDF5 file: no installed importer reads it; export the data as CSV";
        }
        if (text.startsWith("SQLite format 3")) {
            return "an SQLite database: no installed importer reads it; export the data as CSV";
        }
        if (text.startsWith("%PDF")) {
            return "a PDF document, not instrument data";
        }
        if (text.startsWith("\u0089PNG") || text.startsWith("GIF8") || head.length > 2 && (head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xD8) {
            return "an image, not instrument data";
        }
        if (text.startsWith("PK\u0003\u0004")) {
            return "a ZIP archive whose parts no installed importer knows (not an .xlsx workbook or an .ndax archive)";
        }
        return null;
    }

    /**
     * A new instance of the importer of that id (its class is loaded now).
     *
     * @throws CoreException when the class cannot be loaded or made
     * @throws IllegalArgumentException when no importer has that id
     */
    public Importer create(String id) throws CoreException {
        Entry entry = entries().get(id);
        if (entry == null) {
            throw new IllegalArgumentException("no importer '" + id + "' is installed");
        }
        Object created = entry.element().createExecutableExtension("class");
        if (!(created instanceof Importer importer)) {
            throw new IllegalArgumentException("the class of importer '" + id + "' does not implement " + Importer.class.getName());
        }
        return importer;
    }

    /** Reads the file with the named importer, or with the candidates in turn. */
    public ImportResult read(Path file, String importerId, Supplier<DatasetBuilder> builders, IProgressMonitor monitor)
            throws ImportException {
        IProgressMonitor progress = monitor == null ? new NullProgressMonitor() : monitor;
        List<ImporterDescriptor> candidates;
        if (importerId != null) {
            Entry entry = entries().get(importerId);
            if (entry == null) {
                throw new ImportException(file, importerId, null, "no importer '" + importerId + "' is installed; installed: "
                        + String.join(", ", entries().keySet()));
            }
            head(file);
            candidates = List.of(entry.descriptor());
        } else {
            candidates = candidates(file);
        }
        if (candidates.isEmpty()) {
            String known = recognisedFormat(head(file));
            throw ImportException.noImporter(file, known != null ? known
                    : "no installed importer recognises this file (by magic bytes, extension or content)", List.of());
        }
        List<ImportException> failures = new ArrayList<>();
        for (ImporterDescriptor candidate : candidates) {
            if (progress.isCanceled()) {
                throw new OperationCanceledException();
            }
            DatasetBuilder builder = builders.get();
            boolean done = false;
            try {
                Importer importer;
                try {
                    importer = create(candidate.id());
                } catch (CoreException | IllegalArgumentException e) {
                    failures.add(new ImportException(file, candidate.id(), null, "the importer cannot be loaded (plugin "
                            + candidate.contributor() + "): " + e.getMessage(), e));
                    continue;
                }
                importer.read(file, builder, progress);
                builder.metadata(Metadata.SOURCE_FILE, file.toAbsolutePath().toString());
                builder.metadata(Metadata.IMPORTER, candidate.id());
                Dataset dataset = builder.build();
                done = true;
                return new ImportResult(dataset, candidate);
            } catch (ImportException e) {
                failures.add(e);
            } catch (UncheckedIOException e) {
                throw new ImportException(file, candidate.id(), null, e.getMessage(), e);
            } catch (OperationCanceledException e) {
                throw e;
            } catch (OutOfMemoryError e) {
                // the builder's buffers are dropped with it (finally below); the heap is usable again for the message
                failures.add(new ImportException(file, candidate.id(), null, "the file needs more memory than this Java heap has ("
                        + (Runtime.getRuntime().maxMemory() >> 20) + " MiB): its declared sizes or counts are implausible, or it is too "
                        + "large to read in memory", null));
            } catch (RuntimeException | Error e) {
                // a bug of the importer's plugin (possibly a third party's): the import fails, naming the plugin
                ILog.of(getClass()).error("importer " + candidate.id() + " of plugin " + candidate.contributor() + " failed on " + file, e);
                failures.add(new ImportException(file, candidate.id(), null, "internal error of the importer (plugin "
                        + candidate.contributor() + "): " + e, e));
            } finally {
                if (!done) {
                    builder.discard();
                }
            }
        }
        if (failures.size() == 1) {
            throw failures.get(0);
        }
        // a file that a specific importer recognised and refused gets that importer's reason: the generic fallbacks'
        // failures on it (they try any text) would only hide where the file is damaged
        List<ImportException> specific = new ArrayList<>();
        for (ImportException failure : failures) {
            if (failure.importer() != null && candidates.stream().anyMatch(c -> c.id().equals(failure.importer()) && !c.fallback())) {
                specific.add(failure);
            }
        }
        if (specific.size() == 1) {
            throw specific.get(0);
        }
        throw ImportException.noImporter(file, "none of the " + failures.size() + " candidate importers could read it", failures);
    }
}
