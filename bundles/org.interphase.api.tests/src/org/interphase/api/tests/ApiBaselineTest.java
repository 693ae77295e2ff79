/*
 * Copyright (c) 2026 the Interphase contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.interphase.api.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.eclipse.osgi.util.ManifestElement;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleException;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.Version;
import org.osgi.framework.wiring.BundleWiring;

/**
 * The API version check: every package an Interphase bundle exports to third parties (not x-internal, not x-friends)
 * is compared with the baseline releng/api-baseline/interphase-api.txt (package, version, public and protected
 * signatures). A package whose signatures changed must raise its version as semantic versioning says: removed or
 * changed signatures raise the major version, added ones at least the minor version. A new package, a removed one,
 * or a raised version fail too until the baseline is regenerated (so that each change is looked at once):
 * {@code ./mvnw verify -pl bundles/org.interphase.api.tests -Dinterphase.api.baseline.write=true} rewrites the file.
 */
class ApiBaselineTest {

    private static final String BASELINE = "releng/api-baseline/interphase-api.txt";

    record Api(Version version, Set<String> signatures) {
    }

    @Test
    void exportedPackagesChangeOnlyWithTheirVersion() throws Exception {
        Map<String, Api> current = currentApi();
        assertTrue(current.size() > 20, "too few API packages found: " + current.keySet());
        Path file = Path.of(System.getProperty("interphase.repository", "../..")).resolve(BASELINE);
        if (Boolean.getBoolean("interphase.api.baseline.write")) {
            write(file, current);
            return;
        }
        if (!Files.exists(file)) {
            fail("no API baseline " + file + "; write it with -Dinterphase.api.baseline.write=true");
        }
        Map<String, Api> baseline = read(file);
        List<String> problems = new ArrayList<>();
        for (Map.Entry<String, Api> e : current.entrySet()) {
            String pkg = e.getKey();
            Api now = e.getValue();
            Api before = baseline.get(pkg);
            if (before == null) {
                problems.add(pkg + " " + now.version() + ": a new API package, not in the baseline");
                continue;
            }
            Set<String> removed = new TreeSet<>(before.signatures());
            removed.removeAll(now.signatures());
            Set<String> added = new TreeSet<>(now.signatures());
            added.removeAll(before.signatures());
            Version v0 = before.version();
            Version v1 = now.version();
            if (!removed.isEmpty() && v1.getMajor() <= v0.getMajor()) {
                problems.add(pkg + ": " + removed.size() + " signatures removed or changed (e.g. " + removed.iterator().next()
                        + ") without a major version raise (" + v0 + " -> " + v1 + ")");
            } else if (!added.isEmpty() && removed.isEmpty() && v1.getMajor() == v0.getMajor() && v1.getMinor() <= v0.getMinor()) {
                problems.add(pkg + ": " + added.size() + " signatures added (e.g. " + added.iterator().next()
                        + ") without a minor version raise (" + v0 + " -> " + v1 + ")");
            } else if (!v1.equals(v0)) {
                problems.add(pkg + ": version " + v0 + " -> " + v1 + " is not in the baseline yet");
            }
        }
        for (String pkg : baseline.keySet()) {
            if (!current.containsKey(pkg)) {
                problems.add(pkg + " " + baseline.get(pkg).version() + ": removed from the API (or made internal)");
            }
        }
        if (!problems.isEmpty()) {
            fail("the API changed against " + BASELINE + " (regenerate it with -Dinterphase.api.baseline.write=true once the "
                    + "versions are right):\n  " + String.join("\n  ", problems));
        }
    }

    /** The API of the Interphase bundles in this framework: exported packages that are neither x-internal nor x-friends. */
    static Map<String, Api> currentApi() throws BundleException, IOException {
        Map<String, Api> api = new TreeMap<>();
        for (Bundle bundle : FrameworkUtil.getBundle(ApiBaselineTest.class).getBundleContext().getBundles()) {
            String name = bundle.getSymbolicName();
            if (name == null || !name.startsWith("org.interphase.") || name.endsWith(".tests") || name.equals("org.interphase.testdata")) {
                continue;
            }
            String header = bundle.getHeaders("").get("Export-Package");
            if (header == null) {
                continue;
            }
            for (ManifestElement element : ManifestElement.parseHeader("Export-Package", header)) {
                if (element.getDirective("x-internal") != null && Boolean.parseBoolean(element.getDirective("x-internal"))
                        || element.getDirective("x-friends") != null) {
                    continue;
                }
                String version = element.getAttribute("version");
                for (String pkg : element.getValueComponents()) {
                    api.put(pkg, new Api(version == null ? Version.emptyVersion : Version.parseVersion(version), signatures(bundle, pkg)));
                }
            }
        }
        return api;
    }

    private static Set<String> signatures(Bundle bundle, String pkg) {
        Set<String> out = new TreeSet<>();
        BundleWiring wiring = bundle.adapt(BundleWiring.class);
        String path = pkg.replace('.', '/');
        for (String resource : wiring.listResources(path, "*.class", BundleWiring.LISTRESOURCES_LOCAL)) {
            String className = resource.substring(0, resource.length() - ".class".length()).replace('/', '.');
            Class<?> type;
            try {
                type = bundle.loadClass(className);
            } catch (ClassNotFoundException | LinkageError e) {
                out.add(className + " [cannot be loaded: " + e + "]");
                continue;
            }
            if (!visible(type)) {
                continue;
            }
            out.add(describe(type));
            for (Field f : type.getDeclaredFields()) {
                if (exposed(f.getModifiers()) && !f.isSynthetic()) {
                    out.add(type.getName() + " field " + Modifier.toString(f.getModifiers() & (Modifier.STATIC | Modifier.FINAL))
                            + " " + f.getGenericType().getTypeName() + " " + f.getName());
                }
            }
            for (Constructor<?> c : type.getDeclaredConstructors()) {
                if (exposed(c.getModifiers()) && !c.isSynthetic()) {
                    out.add(type.getName() + " new " + Arrays.toString(Arrays.stream(c.getGenericParameterTypes()).map(t -> t.getTypeName()).toArray())
                            + throwsOf(c.getGenericExceptionTypes()));
                }
            }
            for (Method m : type.getDeclaredMethods()) {
                if (exposed(m.getModifiers()) && !m.isSynthetic() && !m.isBridge()) {
                    out.add(type.getName() + " method " + Modifier.toString(m.getModifiers() & (Modifier.STATIC | Modifier.ABSTRACT | Modifier.FINAL))
                            + (m.isDefault() ? " default" : "") + " " + m.getGenericReturnType().getTypeName() + " " + m.getName()
                            + Arrays.toString(Arrays.stream(m.getGenericParameterTypes()).map(t -> t.getTypeName()).toArray())
                            + throwsOf(m.getGenericExceptionTypes()));
                }
            }
        }
        return out;
    }

    private static boolean visible(Class<?> type) {
        for (Class<?> t = type; t != null; t = t.getEnclosingClass()) {
            if (!Modifier.isPublic(t.getModifiers()) && !(t != type && Modifier.isProtected(t.getModifiers()))) {
                return false;
            }
            if (t.isAnonymousClass() || t.isLocalClass()) {
                return false;
            }
        }
        return true;
    }

    private static boolean exposed(int modifiers) {
        return Modifier.isPublic(modifiers) || Modifier.isProtected(modifiers);
    }

    private static String describe(Class<?> type) {
        String kind = type.isAnnotation() ? "@interface" : type.isInterface() ? "interface" : type.isEnum() ? "enum" : type.isRecord() ? "record" : "class";
        StringBuilder s = new StringBuilder(type.getName()).append(" ").append(kind);
        int flags = type.getModifiers() & (Modifier.ABSTRACT | Modifier.FINAL | Modifier.STATIC);
        if (!type.isInterface() && !type.isEnum() && !type.isRecord() && flags != 0) {
            s.append(" ").append(Modifier.toString(flags));
        }
        if (type.getGenericSuperclass() != null && type.getSuperclass() != Object.class && !type.isEnum() && !type.isRecord()) {
            s.append(" extends ").append(type.getGenericSuperclass().getTypeName());
        }
        if (type.getGenericInterfaces().length > 0) {
            s.append(" implements ").append(String.join(", ", Arrays.stream(type.getGenericInterfaces()).map(t -> t.getTypeName()).sorted().toList()));
        }
        if (type.isEnum()) {
            s.append(" ").append(Arrays.toString(type.getEnumConstants()));
        }
        return s.toString();
    }

    private static String throwsOf(java.lang.reflect.Type[] exceptions) {
        return exceptions.length == 0 ? "" : " throws " + String.join(", ", Arrays.stream(exceptions).map(t -> t.getTypeName()).sorted().toList());
    }

    private static void write(Path file, Map<String, Api> api) throws IOException {
        StringBuilder s = new StringBuilder();
        s.append("# Interphase's API: exported packages (not x-internal, not x-friends), their versions and public/protected\n");
        s.append("# signatures. Checked by org.interphase.api.tests (ApiBaselineTest); regenerate with\n");
        s.append("# ./mvnw verify -pl bundles/org.interphase.api.tests -Dinterphase.api.baseline.write=true\n");
        for (Map.Entry<String, Api> e : api.entrySet()) {
            s.append("package ").append(e.getKey()).append(' ').append(e.getValue().version()).append('\n');
            for (String signature : e.getValue().signatures()) {
                s.append("  ").append(signature).append('\n');
            }
        }
        Files.createDirectories(file.getParent());
        Files.writeString(file, s, StandardCharsets.UTF_8);
    }

    private static Map<String, Api> read(Path file) throws IOException {
        Map<String, Api> api = new TreeMap<>();
        String pkg = null;
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (line.startsWith("#") || line.isBlank()) {
                continue;
            }
            if (line.startsWith("package ")) {
                String[] parts = line.split(" ");
                pkg = parts[1];
                api.put(pkg, new Api(Version.parseVersion(parts[2]), new TreeSet<>()));
            } else if (pkg != null) {
                api.get(pkg).signatures().add(line.substring(2));
            }
        }
        return api;
    }
}
