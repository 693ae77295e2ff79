/*
 * Copyright (c) 2026 the Interphase contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.interphase.ui.emf;

import java.net.URL;
import java.util.List;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.edit.provider.ComposedImage;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.resource.LocalResourceManager;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.swt.graphics.Image;

/**
 * A JFace label provider over EMF.Edit item providers: text from {@link IItemLabelProvider#getText}, images from
 * the URLs item providers return (the first layer of a composed image), created once and disposed with the provider.
 */
public class EmfLabelProvider extends LabelProvider {

    protected final AdapterFactory adapterFactory;
    private final LocalResourceManager images = new LocalResourceManager(JFaceResources.getResources());

    public EmfLabelProvider(AdapterFactory adapterFactory) {
        this.adapterFactory = adapterFactory;
    }

    @Override
    public String getText(Object element) {
        IItemLabelProvider provider = labelProvider(element);
        String text = provider != null ? provider.getText(element) : element == null ? "" : element.toString();
        return element instanceof org.interphase.model.FitResult fit ? text + fitStatus(fit) : text;
    }

    /**
     * What a stored fit's tree label adds: the sweep it was made on and whether it is flagged (not converged, a parameter
     * at a bound or not identifiable); fits stored before the flags were kept say their status is unknown.
     */
    static String fitStatus(org.interphase.model.FitResult fit) {
        java.util.List<String> parts = new java.util.ArrayList<>();
        if (fit.getSweep() != null) {
            parts.add(fit.getSweep() == 0 ? "all sweeps pooled" : "sweep " + fit.getSweep() + (fit.getSweepCount() == null ? "" : " of " + fit.getSweepCount()));
        }
        parts.add(fit.getFlagged() == null ? (fit.isConverged() ? "converged, flags unknown" : "NOT CONVERGED")
                : Boolean.TRUE.equals(fit.getFlagged()) ? (fit.isConverged() ? "FLAGGED" : "FLAGGED: NOT CONVERGED") : "converged");
        return " (" + String.join("; ", parts) + ")";
    }

    @Override
    public Image getImage(Object element) {
        IItemLabelProvider provider = labelProvider(element);
        return provider == null ? null : image(provider.getImage(element));
    }

    /** An SWT image for an image object of EMF.Edit (a URL, or a composed image whose first layer is used). */
    protected Image image(Object image) {
        if (image instanceof ComposedImage composed) {
            List<Object> layers = composed.getImages();
            return layers.isEmpty() ? null : image(layers.get(0));
        }
        if (image instanceof URL url) {
            return images.create(ImageDescriptor.createFromURL(url));
        }
        return null;
    }

    protected IItemLabelProvider labelProvider(Object element) {
        return element == null ? null : (IItemLabelProvider) adapterFactory.adapt(element, IItemLabelProvider.class);
    }

    @Override
    public void dispose() {
        images.dispose();
        super.dispose();
    }
}
