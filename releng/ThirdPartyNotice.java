/*
 * Copyright (c) 2026 the Interphase contributors.
 * SPDX-License-Identifier: EPL-2.0
 */

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.jar.Manifest;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Writes NOTICE and about.html: the third-party bundles of the built product and their licences. Run from the
 * repository after building the product:
 *
 * <pre>
 * java releng/ThirdPartyNotice.java [PLUGINS_FOLDER]
 * </pre>
 *
 * PLUGINS_FOLDER defaults to the product's plugins/ under releng/org.interphase.product/target/products/. The licence
 * of each bundle is read, in this order, from its manifest's Bundle-License, its about.html (Eclipse bundles), the
 * licences of the Maven pom it carries (META-INF/maven), or the first lines of a LICENSE file it holds; the few
 * bundles that state their licence nowhere inside are in {@link #STATED_ELSEWHERE}, with where it is stated. A bundle
 * whose licence cannot be found stops the tool (exit 1) with its name, so that a new dependency is never listed
 * without one. Writes NOTICE (text) in the repository root and about.html (the Eclipse convention for a bundle's
 * notices, shown by the About dialog) in the branding bundle org.interphase.ui: one copy of each.
 */
public final class ThirdPartyNotice {

    /** Bundles whose jars carry no licence statement: the licence their project publishes, and where. */
    static final Map<String, String[]> STATED_ELSEWHERE = Map.of(
            "bcprov", new String[] { "MIT (Bouncy Castle Licence)", "the Bouncy Castle project's LICENSE.html; also org/bouncycastle/LICENSE.class in the jar" },
            "bcpg", new String[] { "MIT (Bouncy Castle Licence)", "the Bouncy Castle project's LICENSE.html" },
            "bcutil", new String[] { "MIT (Bouncy Castle Licence)", "the Bouncy Castle project's LICENSE.html" },
            "picocli", new String[] { "Apache-2.0", "the <licenses> of info.picocli:picocli's pom" },
            "com.ibm.icu", new String[] { "Unicode-3.0 (Unicode License v3)", "Bundle-Copyright: unicode.org/copyright.html" });

    record Bundle(String id, String version, String name, String vendor, String licence, String from) {
    }

    public static void main(String[] args) throws IOException {
        Path repository = Path.of("").toAbsolutePath();
        Path plugins = args.length > 0 ? Path.of(args[0])
                : repository.resolve("releng/org.interphase.product/target/products/org.interphase.product/linux/gtk/x86_64/plugins");
        if (!Files.isDirectory(plugins)) {
            System.err.println("ThirdPartyNotice: " + plugins + " is not a folder: build the product first (./mvnw verify -DskipTests)");
            System.exit(2);
        }
        List<Bundle> bundles = new ArrayList<>();
        List<String> unknown = new ArrayList<>();
        try (Stream<Path> entries = Files.list(plugins)) {
            for (Path entry : entries.sorted().toList()) {
                Bundle bundle = read(entry);
                if (bundle == null || bundle.id().startsWith("org.interphase.")) {
                    continue;
                }
                if (bundle.licence() == null) {
                    unknown.add(entry.getFileName().toString());
                } else {
                    bundles.add(bundle);
                }
            }
        }
        if (!unknown.isEmpty()) {
            System.err.println("ThirdPartyNotice: no licence found for " + String.join(", ", unknown)
                    + ": add them to STATED_ELSEWHERE with where their licence is stated");
            System.exit(1);
        }
        bundles.sort(Comparator.comparing(Bundle::id));
        String notice = notice(bundles);
        String html = html(bundles);
        Files.writeString(repository.resolve("NOTICE"), notice, StandardCharsets.UTF_8);
        Files.writeString(repository.resolve("bundles/org.interphase.ui/about.html"), html, StandardCharsets.UTF_8);
        Map<String, Integer> counts = new TreeMap<>();
        bundles.forEach(b -> counts.merge(b.licence(), 1, Integer::sum));
        System.out.println(bundles.size() + " third-party bundles: " + counts);
    }

    static Bundle read(Path entry) throws IOException {
        boolean jar = entry.getFileName().toString().endsWith(".jar");
        if (!jar && !Files.isDirectory(entry)) {
            return null;
        }
        try (Contents contents = jar ? new JarContents(new ZipFile(entry.toFile())) : new FolderContents(entry)) {
            byte[] mf = contents.read("META-INF/MANIFEST.MF");
            if (mf == null) {
                return null;
            }
            var attributes = new Manifest(new java.io.ByteArrayInputStream(mf)).getMainAttributes();
            String id = attributes.getValue("Bundle-SymbolicName");
            if (id == null) {
                return null;
            }
            id = id.split(";")[0].trim();
            String version = attributes.getValue("Bundle-Version");
            String name = localized(attributes.getValue("Bundle-Name"), contents);
            String vendor = localized(attributes.getValue("Bundle-Vendor"), contents);
            String licence = null;
            String from = null;
            String header = attributes.getValue("Bundle-License");
            if (header != null && !header.isBlank()) {
                licence = licenceOf(header);
                from = "Bundle-License";
            }
            if (licence == null) {
                byte[] about = contents.read("about.html");
                if (about != null) {
                    // an about.html names the bundle's licence and those of third-party parts inside it: all apply
                    String named = licenceOf(new String(about, StandardCharsets.UTF_8).replaceAll("<[^>]*>", " "));
                    licence = named == null ? null : named.replace(" OR ", " AND ");
                    from = "about.html";
                }
            }
            if (licence == null) {
                for (String pom : contents.list("META-INF/maven/", "pom.xml")) {
                    Matcher m = Pattern.compile("<license>\\s*<name>([^<]+)</name>").matcher(new String(contents.read(pom), StandardCharsets.UTF_8));
                    if (m.find()) {
                        licence = licenceOf(m.group(1));
                        from = pom;
                        break;
                    }
                }
            }
            if (licence == null) {
                for (String file : List.of("META-INF/LICENSE", "META-INF/LICENSE.txt", "META-INF/LICENSE.md", "LICENSE", "license/LICENSE")) {
                    byte[] text = contents.read(file);
                    if (text != null) {
                        String start = new String(text, 0, Math.min(text.length, 2000), StandardCharsets.UTF_8);
                        licence = licenceOf(start);
                        from = file;
                        if (licence != null) {
                            break;
                        }
                    }
                }
            }
            if (licence == null && STATED_ELSEWHERE.containsKey(id)) {
                licence = STATED_ELSEWHERE.get(id)[0];
                from = STATED_ELSEWHERE.get(id)[1];
            }
            return new Bundle(id, version, name, vendor, licence, from);
        }
    }

    /** An SPDX identifier for a licence named or linked in text, or null. Dual licences as "A OR B". */
    static String licenceOf(String text) {
        String t = text.replaceAll("\\s+", " ");
        Matcher spdx = Pattern.compile("SPDX-License-Identifier: ?([A-Za-z0-9.+\\- ()]+?)(\\s{2,}|$|\\n)").matcher(text);
        if (spdx.find()) {
            return spdx.group(1).trim();
        }
        Map<String, String> known = new LinkedHashMap<>();
        known.put("(?i)eclipse public license\\s*(-\\s*)?v(ersion)?\\s*2\\.0|epl-2\\.0|epl v2\\.0|legal/epl-2\\.0", "EPL-2.0");
        known.put("(?i)eclipse public license\\s*(-\\s*)?v(ersion)?\\s*1\\.0|epl-v10", "EPL-1.0");
        known.put("(?i)eclipse distribution license|edl-v10", "BSD-3-Clause (EDL-1.0)");
        known.put("(?i)apache(-| software | )licen[sc]e,?\\s*(version\\s*)?2\\.0|apache-2\\.0|licenses/LICENSE-2\\.0", "Apache-2.0");
        known.put("(?i)\\b0BSD\\b", "0BSD");
        known.put("(?i)BSD-3-Clause", "BSD-3-Clause");
        known.put("(?i)\\bMIT\\b|license/mit", "MIT");
        known.put("(?i)unicode\\.org/copyright", "Unicode-3.0");
        List<String> found = new ArrayList<>();
        for (Map.Entry<String, String> e : known.entrySet()) {
            if (Pattern.compile(e.getKey()).matcher(t).find() && !found.contains(e.getValue())) {
                found.add(e.getValue());
            }
        }
        if (found.contains("EPL-2.0") && t.contains("classpath/license")) {
            found.add("GPL-2.0-with-classpath-exception");
        }
        return found.isEmpty() ? null : String.join(" OR ", found);
    }

    static String localized(String value, Contents contents) throws IOException {
        if (value == null || !value.startsWith("%")) {
            return value;
        }
        for (String file : List.of("plugin.properties", "OSGI-INF/l10n/bundle.properties", "OSGI-INF/l10n/plugin.properties")) {
            byte[] bytes = contents.read(file);
            if (bytes != null) {
                java.util.Properties p = new java.util.Properties();
                p.load(new java.io.ByteArrayInputStream(bytes));
                String v = p.getProperty(value.substring(1));
                if (v != null) {
                    return v;
                }
            }
        }
        return null;
    }

    static String notice(List<Bundle> bundles) {
        StringBuilder s = new StringBuilder();
        s.append("Interphase\n\n");
        s.append("Copyright (c) 2026 the Interphase contributors.\n");
        s.append("Interphase is made available under the Eclipse Public License 2.0 (EPL-2.0); see the file LICENSE.\n\n");
        s.append("The Interphase product also contains the following third-party bundles, each under its own licence\n");
        s.append("(SPDX identifiers; \"A OR B\": offered under either; \"A AND B\": parts of the bundle are under B, as its\n");
        s.append("about.html says). Each bundle's own licence and notice\n");
        s.append("files, where it has them, are inside its jar in the product's plugins/ folder.\n");
        s.append("Generated by releng/ThirdPartyNotice.java from the built product; do not edit by hand.\n\n");
        int width = bundles.stream().mapToInt(b -> (b.id() + " " + b.version()).length()).max().orElse(0);
        for (Bundle b : bundles) {
            String label = b.id() + " " + b.version();
            s.append(label).append(" ".repeat(width - label.length() + 2)).append(b.licence());
            if (b.vendor() != null && !b.vendor().isBlank()) {
                s.append("  (").append(b.vendor().strip()).append(')');
            }
            s.append('\n');
        }
        return s.toString();
    }

    static String html(List<Bundle> bundles) {
        StringBuilder s = new StringBuilder();
        s.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"UTF-8\">\n<title>About Interphase</title>\n</head>\n<body>\n");
        s.append("<h2>About This Content</h2>\n");
        s.append("<p>Copyright (c) 2026 the Interphase contributors. Interphase is made available under the terms of the ");
        s.append("Eclipse Public License 2.0 (EPL-2.0), whose text is in the file LICENSE beside this one. ");
        s.append("SPDX-License-Identifier: EPL-2.0</p>\n");
        s.append("<h3>Third-party content</h3>\n");
        s.append("<p>The product contains the following bundles of other projects, each under its own licence. ");
        s.append("Each bundle's licence and notice files, where it has them, are inside its jar. ");
        s.append("This page is generated by releng/ThirdPartyNotice.java from the built product.</p>\n");
        s.append("<table border=\"1\" cellspacing=\"0\" cellpadding=\"3\">\n<tr><th>Bundle</th><th>Version</th><th>Name</th><th>Licence</th><th>Found in</th></tr>\n");
        for (Bundle b : bundles) {
            s.append("<tr><td>").append(escape(b.id())).append("</td><td>").append(escape(b.version())).append("</td><td>")
                    .append(escape(b.name() == null ? "" : b.name())).append("</td><td>").append(escape(b.licence()))
                    .append("</td><td>").append(escape(b.from())).append("</td></tr>\n");
        }
        s.append("</table>\n</body>\n</html>\n");
        return s.toString();
    }

    static String escape(String text) {
        return text == null ? "" : text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    interface Contents extends AutoCloseable {
        byte[] read(String path) throws IOException;

        List<String> list(String prefix, String suffix) throws IOException;

        @Override
        void close() throws IOException;
    }

    record JarContents(ZipFile zip) implements Contents {
        public byte[] read(String path) throws IOException {
            ZipEntry e = zip.getEntry(path);
            if (e == null) {
                return null;
            }
            try (InputStream in = zip.getInputStream(e)) {
                return in.readAllBytes();
            }
        }

        public List<String> list(String prefix, String suffix) {
            return zip.stream().map(ZipEntry::getName).filter(n -> n.startsWith(prefix) && n.endsWith(suffix)).sorted().toList();
        }

        public void close() throws IOException {
            zip.close();
        }
    }

    record FolderContents(Path folder) implements Contents {
        public byte[] read(String path) throws IOException {
            Path p = folder.resolve(path);
            return Files.isRegularFile(p) ? Files.readAllBytes(p) : null;
        }

        public List<String> list(String prefix, String suffix) throws IOException {
            Path start = folder.resolve(prefix);
            if (!Files.isDirectory(start)) {
                return List.of();
            }
            try (Stream<Path> walk = Files.walk(start)) {
                return walk.map(p -> folder.relativize(p).toString().replace('\\', '/')).filter(n -> n.endsWith(suffix)).sorted().toList();
            }
        }

        public void close() {
        }
    }
}
