/*
 * Copyright (c) 2026 the Interphase contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.interphase.cli.internal;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;

/** The headless application (id org.interphase.cli.batch): runs one command and returns its exit code. */
public class InterphaseCliApplication implements IApplication {

    @Override
    public Object start(IApplicationContext context) {
        String[] args = (String[]) context.getArguments().get(IApplicationContext.APPLICATION_ARGS);
        PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
        PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
        int exit = new CommandRegistry().run(args == null ? new String[0] : args, out, err);
        out.flush();
        err.flush();
        return Integer.valueOf(exit);
    }

    @Override
    public void stop() {
        // a command runs to its end; nothing to interrupt
    }
}
