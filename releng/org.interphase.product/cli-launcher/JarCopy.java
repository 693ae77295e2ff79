/*
 * Copyright (c) 2026 the Interphase contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.jar.Attributes;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/**
 * Jars whose entries are stored, not compressed, so that a class is read from them without inflating it. Run at build
 * time by cli-launcher.sh:
 * <ul>
 * <li>{@code java JarCopy.java --in-place JAR...} rewrites each jar so;</li>
 * <li>{@code java JarCopy.java --unsigned IN.jar OUT.jar} writes such a copy without the jar's signature
 * (META-INF/*.SF, *.RSA, *.DSA, *.EC, SIG-*) and without the per-entry digests of its manifest, since the JVM leaves
 * the classes of signed jars out of its class-data sharing archives.</li>
 * </ul>
 * Every other entry is copied as it is, in order, with its time; the result keeps the original's modification time.
 */
public final class JarCopy {

    public static void main(String[] args) throws IOException {
        List<String> arguments = List.of(args);
        if (arguments.size() == 3 && arguments.get(0).equals("--unsigned")) {
            copy(Path.of(arguments.get(1)), Path.of(arguments.get(2)), true);
        } else if (arguments.size() >= 1 && arguments.get(0).equals("--in-place")) {
            for (String jar : arguments.subList(1, arguments.size())) {
                copy(Path.of(jar), Path.of(jar), false);
            }
        } else {
            System.err.println("usage: java JarCopy.java --unsigned IN.jar OUT.jar | --in-place JAR...");
            System.exit(2);
        }
    }

    private static void copy(Path in, Path out, boolean unsigned) throws IOException {
        Path part = out.resolveSibling(out.getFileName() + ".part");
        FileTime time = Files.getLastModifiedTime(in);
        try (ZipFile jar = new ZipFile(in.toFile()); ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(part))) {
            for (Iterator<? extends ZipEntry> it = jar.entries().asIterator(); it.hasNext();) {
                ZipEntry entry = it.next();
                String name = entry.getName();
                if (unsigned && isSignature(name)) {
                    continue;
                }
                byte[] data;
                try (InputStream stream = jar.getInputStream(entry)) {
                    data = stream.readAllBytes();
                }
                if (unsigned && name.equalsIgnoreCase(JarFile.MANIFEST_NAME)) {
                    data = withoutDigests(data);
                }
                ZipEntry copy = new ZipEntry(name);
                copy.setTime(entry.getTime());
                copy.setMethod(ZipEntry.STORED);
                copy.setSize(data.length);
                copy.setCompressedSize(data.length);
                CRC32 crc = new CRC32();
                crc.update(data);
                copy.setCrc(crc.getValue());
                zip.putNextEntry(copy);
                zip.write(data);
                zip.closeEntry();
            }
        }
        Files.setLastModifiedTime(part, time);
        Files.move(part, out, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    private static boolean isSignature(String name) {
        String upper = name.toUpperCase(Locale.ROOT);
        if (!upper.startsWith("META-INF/") || upper.indexOf('/', "META-INF/".length()) >= 0) {
            return false;
        }
        String file = upper.substring("META-INF/".length());
        return file.endsWith(".SF") || file.endsWith(".RSA") || file.endsWith(".DSA") || file.endsWith(".EC")
                || file.startsWith("SIG-");
    }

    /** The manifest without the *-Digest attributes of its entries (and without entries left empty). */
    private static byte[] withoutDigests(byte[] data) throws IOException {
        Manifest manifest = new Manifest(new java.io.ByteArrayInputStream(data));
        for (Iterator<Map.Entry<String, Attributes>> it = manifest.getEntries().entrySet().iterator(); it.hasNext();) {
            Attributes attributes = it.next().getValue();
            attributes.keySet().removeIf(key -> key.toString().toUpperCase(Locale.ROOT).endsWith("-DIGEST"));
            if (attributes.isEmpty()) {
                it.remove();
            }
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        manifest.write(bytes);
        return bytes.toByteArray();
    }
}
