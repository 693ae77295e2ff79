/*
 * Copyright (c) 2026 the Interphase contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.interphase.model.resource;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.impl.ResourceFactoryImpl;

/** Creates {@link InterphaseResource}s; registered for the .interphase content type and extension in plugin.xml. */
public class InterphaseResourceFactory extends ResourceFactoryImpl {

    /** The model file extension. */
    public static final String EXTENSION = "interphase";

    @Override
    public Resource createResource(URI uri) {
        return new InterphaseResource(uri);
    }
}
