/*
 * Copyright (c) 2026 the Interphase contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.interphase.cli.launcher;

import java.lang.reflect.InvocationTargetException;

/**
 * Starts the headless commands without org.eclipse.equinox.launcher (see cli-launcher.sh): runs the framework's
 * EclipseStarter, which starts the framework, runs the application named by -application and stops the framework,
 * then exits with the application's exit code, as the Equinox launcher does (EclipseStarter.main would leave the JVM
 * running). The framework is on the class path beside this class (an unsigned copy of the product's org.eclipse.osgi,
 * so that the JVM's class-data sharing archive can hold its classes); ./interphase sets osgi.install.area,
 * osgi.syspath and osgi.framework, which the Equinox launcher would otherwise work out.
 */
public final class CliMain {

    private CliMain() {
    }

    public static void main(String[] args) throws Throwable {
        try {
            Class.forName("org.eclipse.core.runtime.adaptor.EclipseStarter")
                    .getMethod("run", String[].class, Runnable.class).invoke(null, args, null);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
        // as the Equinox launcher: EclipseStarter leaves the application's exit code (13 when the start failed) here
        String code = System.getProperty("eclipse.exitcode");
        int exit;
        try {
            exit = code == null ? 0 : Integer.parseInt(code);
        } catch (NumberFormatException e) {
            exit = 17;
        }
        System.exit(exit);
    }
}
