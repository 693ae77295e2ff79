/*
 * Copyright (c) 2026 the Interphase contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.interphase.importer.neware;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.eclipse.core.runtime.IProgressMonitor;
import org.interphase.data.DatasetBuilder;
import org.interphase.importer.ContentMatcher;
import org.interphase.importer.ImportException;

/**
 * Bare {@code .ndc} files, as a BTS server keeps a test before BTSDA packs it into an {@code .ndax} archive: the main
 * data file ({@code data.ndc}, type 1) and beside it, named after it, the run information ({@code data_runInfo.ndc}),
 * the steps ({@code data_step.ndc}), the auxiliary channels ({@code data_AUX_a_b_c.ndc}) and the XML descriptions
 * (TestInfo.xml, Step.xml, VersionInfo.xml). Any of the .ndc files of a test can be opened: the others are found
 * beside it by name ({@code X.ndc}, {@code X_runInfo.ndc}, {@code X_step.ndc}, {@code X_AUX_*.ndc}) and read as the
 * members of an archive are ({@link NdaxImporter}). Versions 2 and 5 hold whole records in the main file alone;
 * later versions need the run-information and step files, and their absence is named.
 */
public class NdcImporter extends NdaxImporter {

    public static final String ID = "neware.ndc";

    private static final Pattern ROLE = Pattern.compile("(?i)(.*?)(_runinfo|_step|_aux_\\d+_\\d+_\\d+|_es|_log)?\\.ndc");
    private static final Pattern AUX = Pattern.compile("(?i)_aux_(\\d+)_(\\d+)_(\\d+)\\.ndc");
    private static final String[] XML = { "TestInfo.xml", "Step.xml", "VersionInfo.xml" };

    @Override
    protected String id() {
        return ID;
    }

    @Override
    public void read(Path file, DatasetBuilder builder, IProgressMonitor monitor) throws ImportException {
        begin(file, monitor);
        try {
            if (!Files.isRegularFile(file)) {
                throw new ImportException(file, ID, null, Files.exists(file) ? "not a regular file" : "no such file");
            }
            byte[] head;
            try (InputStream in = Files.newInputStream(file)) {
                head = in.readNBytes(4);
            }
            if (head.length < 4) {
                throw new ImportException(file, ID, "byte " + head.length + " (0x" + Integer.toHexString(head.length) + ")",
                        "the file ends inside its header (" + head.length + " bytes)");
            }
            Matcher m = ROLE.matcher(file.getFileName().toString());
            String stem = m.matches() ? m.group(1) : file.getFileName().toString();
            Path folder = file.toAbsolutePath().getParent();
            Path main = Byte.toUnsignedInt(head[0]) == NdcFile.MAIN ? file : folder.resolve(stem + ".ndc");
            if (!Files.isRegularFile(main)) {
                throw new ImportException(file, ID, "byte 0 (0x0)", "an .ndc file of type " + Byte.toUnsignedInt(head[0]) + " ("
                        + role(Byte.toUnsignedInt(head[0])) + "); the main data file " + main.getFileName() + " of its test is not beside it");
            }
            read(new FolderMembers(file, main, folder, stem), builder);
        } catch (NoSuchFileException e) {
            throw new ImportException(file, ID, null, "no such file: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new ImportException(file, ID, null, "cannot be read: " + e.getMessage(), e);
        }
    }

    private static String role(int type) {
        return switch (type) {
            case NdcFile.MAIN -> "main data";
            case NdcFile.AUX -> "an auxiliary channel";
            case NdcFile.STEP -> "the steps";
            case NdcFile.RUN_INFO -> "run information";
            case 9 -> "the test's log";
            case 16 -> "the test's es file";
            default -> "not a data file";
        };
    }

    /** The files of a test in a folder, under the names they have in an archive. */
    private static final class FolderMembers implements Members {
        private final Path file;
        private final Map<String, Path> members = new LinkedHashMap<>();

        FolderMembers(Path file, Path main, Path folder, String stem) throws IOException {
            this.file = file;
            members.put("data.ndc", main);
            put("data_runInfo.ndc", folder.resolve(stem + "_runInfo.ndc"));
            put("data_step.ndc", folder.resolve(stem + "_step.ndc"));
            try (Stream<Path> list = Files.list(folder)) {
                for (Path p : (Iterable<Path>) list.sorted()::iterator) {
                    String name = p.getFileName().toString();
                    if (name.regionMatches(true, 0, stem, 0, stem.length())) {
                        Matcher m = AUX.matcher(name.substring(stem.length()));
                        if (m.matches() && Files.isRegularFile(p)) {
                            members.put("data_AUX_" + m.group(1) + "_" + m.group(2) + "_" + m.group(3) + ".ndc", p);
                        }
                    }
                    for (String xml : XML) {
                        if (name.equalsIgnoreCase(xml) && Files.isRegularFile(p)) {
                            members.put(xml, p);
                        }
                    }
                }
            }
        }

        private void put(String name, Path p) {
            if (Files.isRegularFile(p)) {
                members.put(name, p);
            }
        }

        @Override
        public List<String> names() {
            return new ArrayList<>(members.keySet());
        }

        @Override
        public boolean has(String name) {
            return members.containsKey(name);
        }

        @Override
        public InputStream open(String name) throws IOException {
            Path p = members.get(name);
            if (p == null) {
                throw new NoSuchFileException(name);
            }
            return Files.newInputStream(p);
        }

        @Override
        public String place(String name) {
            Path p = members.get(name);
            if (p == null) {
                return name + " beside the file";
            }
            return p.equals(file) ? "" : p.getFileName() + " beside the file";
        }

        @Override
        public String container() {
            return "the folder";
        }
    }

    /** An .ndc file: byte 0 a known file type, byte 1 zero, byte 2 a version, byte 3 zero. */
    public static final class NdcMatcher implements ContentMatcher {
        @Override
        public boolean matches(Path file, byte[] head) {
            if (head.length < 8 || head[1] != 0 || head[3] != 0) {
                return false;
            }
            int type = Byte.toUnsignedInt(head[0]);
            int version = Byte.toUnsignedInt(head[2]);
            // the data files, and the log (9) and es (16) files of a test, which lead to its data.ndc
            boolean known = type == NdcFile.MAIN || type == NdcFile.AUX || type == NdcFile.STEP || type == NdcFile.RUN_INFO || type == 9
                    || type == 16;
            String name = file == null || file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
            return known && version >= 1 && version <= 40 && name.endsWith(".ndc"); // a weak signature: only with the extension
        }
    }
}
