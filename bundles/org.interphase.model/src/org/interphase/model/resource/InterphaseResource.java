/*
 * Copyright (c) 2026 the Interphase contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.interphase.model.resource;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceImpl;
import org.interphase.model.NamedElement;
import org.interphase.model.Project;

/**
 * The resource of an .interphase model file: XMI where named elements carry stable identities (xmi:id, a UUID
 * for new ones), so references survive renaming and reordering; UTF-8; and atomic saves to file URIs (see
 * {@link AtomicFileWriter}): a failed or interrupted save leaves the previous file as it was.
 */
public class InterphaseResource extends XMIResourceImpl {

    public InterphaseResource(URI uri) {
        super(uri);
        getDefaultSaveOptions().put(XMLResource.OPTION_ENCODING, "UTF-8");
        getDefaultSaveOptions().put(XMLResource.OPTION_LINE_WIDTH, 120);
        getDefaultSaveOptions().put(XMLResource.OPTION_SAVE_TYPE_INFORMATION, Boolean.FALSE);
        getDefaultLoadOptions().put(XMLResource.OPTION_DEFER_IDREF_RESOLUTION, Boolean.TRUE);
        getDefaultLoadOptions().put(XMLResource.OPTION_USE_PARSER_POOL, null);
        // a model file never needs a DTD or external entity: refuse them (no XXE)
        getDefaultLoadOptions().put(XMLResource.OPTION_PARSER_FEATURES, Map.of(
                "http://apache.org/xml/features/disallow-doctype-decl", Boolean.TRUE,
                "http://xml.org/sax/features/external-general-entities", Boolean.FALSE,
                "http://xml.org/sax/features/external-parameter-entities", Boolean.FALSE));
    }

    @Override
    protected boolean useIDs() {
        return true;
    }

    /**
     * Gives new named elements (the objects other objects refer to) and the project a UUID as identity; parts
     * such as quantities and stack entries need none, which keeps model files short.
     */
    @Override
    protected void attachedHelper(EObject eObject) {
        if (!isLoading() && (eObject instanceof NamedElement || eObject instanceof Project) && getID(eObject) == null) {
            setID(eObject, EcoreUtil.generateUUID());
        }
        super.attachedHelper(eObject);
    }

    @Override
    public void save(Map<?, ?> options) throws IOException {
        URI uri = getURI();
        if (uri == null || !uri.isFile()) {
            super.save(options);
            return;
        }
        try (AtomicFileWriter writer = new AtomicFileWriter(Path.of(uri.toFileString()))) {
            save(writer.stream(), options);
            writer.commit();
        }
    }
}
