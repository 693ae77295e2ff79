/*
 * Copyright (c) 2026 the Interphase contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.interphase.solver.cycling.tests;

import java.nio.file.Path;

import org.interphase.model.Cell;
import org.interphase.model.Project;
import org.interphase.model.resource.InterphaseModels;
import org.interphase.testdata.TestCorpus;

/** The paper's example model and the real files of the test corpus (testdata/). */
final class Example {

    private Example() {
    }

    static Path repository() {
        return Path.of(System.getProperty("interphase.repository", "../.."));
    }

    static Project load() throws Exception {
        return InterphaseModels.load(repository().resolve("examples/tolganbek2022/tolganbek2022.interphase"));
    }

    static Cell cell(String name) throws Exception {
        return load().getCells().stream().filter(c -> name.equals(c.getName())).findFirst().orElseThrow();
    }

    static Path data(String dir, String file) {
        return TestCorpus.file(dir + "/" + file);
    }
}
