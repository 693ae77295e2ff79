/*
 * Copyright (c) 2026 the Interphase contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.interphase.importer.internal;

import java.io.IOException;
import java.io.InputStream;
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
import java.util.function.Supplier;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IProgressMonitor;
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
 * when neither magic bytes nor extension decided.
 */
public final class ImporterRegistry {

    public static final String EXTENSION_POINT = "org.interphase.importer.importers";

    private static final ImporterRegistry INSTANCE = new ImporterRegistry();

    private volatile Map<String, Entry> entries;

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
            result = new LinkedHashMap<>();
            IConfigurationElement[] elements = Platform.getExtensionRegistry().getConfigurationElementsFor(EXTENSION_POINT);
            Arrays.sort(elements, Comparator.comparing(e -> String.valueOf(e.getAttribute("id"))));
            for (IConfigurationElement element : elements) {
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
            int offset = magic.getAttribute("offset") == null ? 0 : Integer.parseInt(magic.getAttribute("offset").strip());
            String hex = magic.getAttribute("bytes");
            String text = magic.getAttribute("text");
            byte[] bytes;
            if (hex != null) {
                bytes = HexFormat.of().parseHex(hex.replaceAll("\\s+", ""));
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
                List.copyOf(magics), element.getChildren("contentMatcher").length > 0, element.getContributor().getName());
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

    /** The importers that may read the file: magic bytes first, then extension, then content matchers. */
    public List<ImporterDescriptor> candidates(Path file) throws ImportException {
        byte[] head = head(file);
        List<ImporterDescriptor> byMagic = new ArrayList<>();
        List<ImporterDescriptor> byExtension = new ArrayList<>();
        List<ImporterDescriptor> byContent = new ArrayList<>();
        String name = file.getFileName().toString();
        for (Entry entry : entries().values()) {
            ImporterDescriptor d = entry.descriptor();
            if (d.magicMatches(head)) {
                byMagic.add(d);
            } else if (!d.magics().isEmpty() && d.extensionMatches(name) && !d.hasContentMatcher()) {
                continue; // a binary format whose magic is absent: not this format, whatever the extension says
            } else if (d.extensionMatches(name) && (!d.hasContentMatcher() || contentMatches(entry, file, head))) {
                byExtension.add(d);
            } else if (d.hasContentMatcher() && !d.extensionMatches(name) && contentMatches(entry, file, head)) {
                byContent.add(d);
            }
        }
        List<ImporterDescriptor> candidates = new ArrayList<>(byMagic);
        candidates.addAll(byExtension);
        candidates.addAll(byContent);
        return candidates;
    }

    private boolean contentMatches(Entry entry, Path file, byte[] head) {
        try {
            ContentMatcher matcher = (ContentMatcher) entry.element().getChildren("contentMatcher")[0].createExecutableExtension("class");
            return matcher.matches(file, head);
        } catch (CoreException | RuntimeException e) {
            ILog.of(getClass()).warn("content matcher of importer " + entry.descriptor().id() + " failed: " + e);
            return false;
        }
    }

    private static byte[] head(Path file) throws ImportException {
        if (!Files.exists(file)) {
            throw new ImportException(file, null, null, "no such file");
        }
        if (!Files.isRegularFile(file)) {
            throw new ImportException(file, null, null, "not a regular file");
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

    /** Reads the file with the named importer, or with the candidates in turn. */
    public ImportResult read(Path file, String importerId, Supplier<DatasetBuilder> builders, IProgressMonitor monitor)
            throws ImportException {
        IProgressMonitor progress = monitor == null ? new NullProgressMonitor() : monitor;
        List<ImporterDescriptor> candidates;
        if (importerId != null) {
            Entry entry = entries().get(importerId);
            if (entry == null) {
                throw new ImportException(file, importerId, null, "no importer '" + importerId + "' is installed; installed: "
                        + entries().keySet());
            }
            head(file);
            candidates = List.of(entry.descriptor());
        } else {
            candidates = candidates(file);
        }
        if (candidates.isEmpty()) {
            throw ImportException.noImporter(file, "no installed importer recognises this file (by magic bytes, extension or content)",
                    List.of());
        }
        List<ImportException> failures = new ArrayList<>();
        for (ImporterDescriptor candidate : candidates) {
            DatasetBuilder builder = builders.get();
            try {
                Importer importer = (Importer) entries().get(candidate.id()).element().createExecutableExtension("class");
                importer.read(file, builder, progress);
                builder.metadata(Metadata.SOURCE_FILE, file.toAbsolutePath().toString());
                builder.metadata(Metadata.IMPORTER, candidate.id());
                Dataset dataset = builder.build();
                return new ImportResult(dataset, candidate);
            } catch (ImportException e) {
                failures.add(e);
            } catch (OperationCanceledException e) {
                throw e;
            } catch (CoreException e) {
                failures.add(new ImportException(file, candidate.id(), null, "the importer cannot be loaded: " + e.getMessage(), e));
            } catch (RuntimeException e) {
                ILog.of(getClass()).error("importer " + candidate.id() + " failed on " + file, e);
                failures.add(new ImportException(file, candidate.id(), null, "internal error of the importer: " + e, e));
            }
        }
        if (failures.size() == 1) {
            throw failures.get(0);
        }
        throw ImportException.noImporter(file, "none of the " + failures.size() + " candidate importers could read it", failures);
    }
}
