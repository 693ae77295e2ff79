/*
 * Copyright (c) 2026 the Interphase contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.interphase.model.tests;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.FileLocator;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.interphase.model.Project;
import org.interphase.model.resource.InterphaseModels;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/**
 * Child process of the kill tests: saves a model over and over, printing a dot after each save; with a second
 * argument "hold", opens a save of the file and holds it (prints the temporary file's name, then waits to be killed).
 */
public final class SaveLoop {

    private SaveLoop() {
    }

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[0]);
        if (args.length > 1 && args[1].equals("hold")) {
            try (org.interphase.model.resource.AtomicFileWriter writer = new org.interphase.model.resource.AtomicFileWriter(file)) {
                writer.stream().write("<?xml version=\"1.0\"?>".getBytes(java.nio.charset.StandardCharsets.UTF_8));
                writer.stream().flush();
                try (var files = java.nio.file.Files.list(file.getParent())) {
                    files.filter(p -> p.getFileName().toString().startsWith(".held")).forEach(p -> System.out.println(p.getFileName()));
                }
                System.out.println("holding");
                System.out.flush();
                Thread.sleep(600_000);
            }
            return;
        }
        Project project = InterphaseModels.load(file);
        StringBuilder growing = new StringBuilder();
        for (int i = 0; ; i++) {
            growing.append("Save number ").append(i).append(" makes the file longer. ");
            project.setDescription(growing.toString());
            project.eResource().save(null);
            System.out.print('.');
            System.out.flush();
        }
    }

    /** Class path of this test bundle, the model bundle and EMF, from the running OSGi framework. */
    static List<String> classpath() throws Exception {
        List<String> entries = new ArrayList<>();
        for (Class<?> c : new Class<?>[] { SaveLoop.class, Project.class, EObject.class, URI.class, XMLResource.class }) {
            Bundle bundle = FrameworkUtil.getBundle(c);
            File location = FileLocator.getBundleFileLocation(bundle).orElseThrow();
            entries.add(location.isDirectory() && new File(location, "target/classes").isDirectory()
                    ? new File(location, "target/classes").toString() : location.toString());
            if (location.isDirectory() && new File(location, "bin").isDirectory()) {
                entries.add(new File(location, "bin").toString());
            }
        }
        return entries;
    }
}
