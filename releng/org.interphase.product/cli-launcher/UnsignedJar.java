/*
 * Copyright (c) 2026 the Interphase contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Iterator;
import java.util.Map;
import java.util.jar.Attributes;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/**
 * java UnsignedJar.java IN.jar OUT.jar: a copy of a signed jar without its signature (META-INF/*.SF, *.RSA, *.DSA,
 * *.EC, SIG-*) and without the per-entry digests of its manifest; every other entry is copied as it is, in order, with
 * its time. Run by cli-launcher.sh at build time: the JVM leaves the classes of signed jars out of its class-data
 * sharing archives.
 */
public final class UnsignedJar {

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: java UnsignedJar.java IN.jar OUT.jar");
            System.exit(2);
        }
        Path out = Path.of(args[1]);
        Path part = out.resolveSibling(out.getFileName() + ".part");
        try (ZipFile in = new ZipFile(args[0]); ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(part))) {
            for (Iterator<? extends ZipEntry> it = in.entries().asIterator(); it.hasNext();) {
                ZipEntry entry = it.next();
                String name = entry.getName();
                if (isSignature(name)) {
                    continue;
                }
                ZipEntry copy = new ZipEntry(name);
                copy.setTime(entry.getTime());
                zip.putNextEntry(copy);
                try (InputStream data = in.getInputStream(entry)) {
                    if (name.equalsIgnoreCase(JarFile.MANIFEST_NAME)) {
                        withoutDigests(data, zip);
                    } else {
                        data.transferTo(zip);
                    }
                }
                zip.closeEntry();
            }
        }
        Files.move(part, out, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    private static boolean isSignature(String name) {
        String upper = name.toUpperCase(java.util.Locale.ROOT);
        if (!upper.startsWith("META-INF/") || upper.indexOf('/', "META-INF/".length()) >= 0) {
            return false;
        }
        String file = upper.substring("META-INF/".length());
        return file.endsWith(".SF") || file.endsWith(".RSA") || file.endsWith(".DSA") || file.endsWith(".EC")
                || file.startsWith("SIG-");
    }

    /** The manifest without the *-Digest attributes of its entries (and without entries left empty). */
    private static void withoutDigests(InputStream in, OutputStream out) throws IOException {
        Manifest manifest = new Manifest(in);
        for (Iterator<Map.Entry<String, Attributes>> it = manifest.getEntries().entrySet().iterator(); it.hasNext();) {
            Attributes attributes = it.next().getValue();
            attributes.keySet().removeIf(key -> key.toString().toUpperCase(java.util.Locale.ROOT).endsWith("-DIGEST"));
            if (attributes.isEmpty()) {
                it.remove();
            }
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        manifest.write(bytes);
        bytes.writeTo(out);
    }
}
