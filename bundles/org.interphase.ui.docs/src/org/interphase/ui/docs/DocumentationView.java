/*
 * Copyright (c) 2026 the Interphase contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.interphase.ui.docs;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.resource.FontDescriptor;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.resource.LocalResourceManager;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.part.ViewPart;

/**
 * The project's documents in the IDE: a list of them (physics, file formats, licence, notices) and the chosen one,
 * its Markdown rendered as styled text (headings, bold, code and tables in a fixed-width font).
 */
public class DocumentationView extends ViewPart {

    public static final String ID = "org.interphase.ui.docs.view";

    private org.eclipse.swt.widgets.List list;
    private StyledText text;
    private LocalResourceManager resources;
    private Documents.Document shown;

    @Override
    public void createPartControl(Composite parent) {
        resources = new LocalResourceManager(JFaceResources.getResources(), parent);
        parent.setLayout(new FillLayout());
        SashForm sash = new SashForm(parent, SWT.HORIZONTAL);
        list = new org.eclipse.swt.widgets.List(sash, SWT.SINGLE | SWT.V_SCROLL | SWT.BORDER);
        for (Documents.Document d : Documents.ALL) {
            list.add(d.title());
        }
        text = new StyledText(sash, SWT.MULTI | SWT.V_SCROLL | SWT.H_SCROLL | SWT.READ_ONLY | SWT.WRAP);
        text.setMargins(12, 8, 12, 8);
        text.setFont(JFaceResources.getDialogFont());
        sash.setWeights(1, 4);
        list.addListener(SWT.Selection, e -> {
            int index = list.getSelectionIndex();
            if (index >= 0) {
                show(Documents.ALL.get(index));
            }
        });
        show(Documents.ALL.get(0));
    }

    /** Shows a document. */
    public void show(Documents.Document document) {
        shown = document;
        list.setSelection(Documents.ALL.indexOf(document));
        setContentDescription(document.file().replaceFirst("^docs/(?=[A-Z])", ""));
        String source;
        try {
            source = Documents.text(document);
        } catch (IOException e) {
            text.setText("This document cannot be shown: " + e.getMessage());
            text.setStyleRanges(new StyleRange[0]);
            return;
        }
        if (!document.markdown()) {
            text.setText(source);
            text.setStyleRanges(new StyleRange[] { range(0, source.length(), JFaceResources.getTextFont(), SWT.NORMAL) });
            text.setTopIndex(0);
            return;
        }
        Markdown.Rendered rendered = Markdown.render(source);
        text.setText(rendered.text());
        List<StyleRange> ranges = new ArrayList<>();
        List<Markdown.Span> code = rendered.spans(Markdown.Style.CODE);
        for (Markdown.Span span : code) {
            ranges.add(range(span.start(), span.length(), JFaceResources.getTextFont(), SWT.NORMAL));
        }
        for (Markdown.Span span : rendered.spans()) {
            boolean inCode = code.stream().anyMatch(c -> c.start() <= span.start() && span.start() + span.length() <= c.start() + c.length());
            switch (span.style()) {
            case HEADING1 -> ranges.add(range(span.start(), span.length(), heading(1.6f), SWT.BOLD));
            case HEADING2 -> ranges.add(range(span.start(), span.length(), heading(1.3f), SWT.BOLD));
            case HEADING3 -> ranges.add(range(span.start(), span.length(), heading(1.1f), SWT.BOLD));
            case BOLD -> ranges.add(range(span.start(), span.length(), inCode ? resources.create(JFaceResources.getTextFontDescriptor().setStyle(SWT.BOLD)) : null, SWT.BOLD));
            case ITALIC -> ranges.add(range(span.start(), span.length(), null, SWT.ITALIC));
            case CODE -> {
                // drawn first, above
            }
            }
        }
        // code first, then what lies on it (bold header rows of tables): later ranges replace earlier ones where they overlap
        text.setStyleRanges(new StyleRange[0]);
        for (StyleRange r : ranges) {
            text.setStyleRange(r);
        }
        text.setTopIndex(0);
    }

    /** The document shown. */
    public Documents.Document shown() {
        return shown;
    }

    /** The text widget (for tests). */
    public StyledText textWidget() {
        return text;
    }

    private Font heading(float scale) {
        FontDescriptor base = FontDescriptor.createFrom(JFaceResources.getDialogFont());
        int height = Math.round(base.getFontData()[0].getHeight() * scale);
        return resources.create(base.setHeight(height).setStyle(SWT.BOLD));
    }

    private static StyleRange range(int start, int length, Font font, int fontStyle) {
        StyleRange r = new StyleRange();
        r.start = start;
        r.length = length;
        r.font = font;
        r.fontStyle = font == null ? fontStyle : SWT.NORMAL;
        return r;
    }

    @Override
    public void setFocus() {
        text.setFocus();
    }
}
