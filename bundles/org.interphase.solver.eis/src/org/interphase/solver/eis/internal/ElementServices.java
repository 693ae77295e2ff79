/*
 * Copyright (c) 2026 the Interphase contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.interphase.solver.eis.internal;

import org.interphase.solver.eis.elements.ElementType;
import org.interphase.solver.eis.elements.Elements;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

/** Registers element types contributed by other bundles as OSGi services of type {@link ElementType}. */
@Component(service = ElementServices.class, immediate = true)
public class ElementServices {

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addElement(ElementType type) {
        try {
            Elements.register(type);
        } catch (IllegalArgumentException e) {
            System.getLogger(ElementServices.class.getName()).log(System.Logger.Level.WARNING, "element type " + type.getClass().getName() + " ignored: " + e.getMessage());
        }
    }

    void removeElement(ElementType type) {
        Elements.unregister(type);
    }
}
