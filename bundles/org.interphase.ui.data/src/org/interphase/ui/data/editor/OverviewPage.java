/*
 * Copyright (c) 2026 the Interphase contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.interphase.ui.data.editor;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.eclipse.core.resources.IFile;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.interphase.data.Column;
import org.interphase.data.Dataset;
import org.interphase.data.Metadata;
import org.interphase.importer.ImporterDescriptor;

/**
 * The Overview page: the file, the importer that read it, the technique, the row count, the importer's warnings,
 * the columns with their units and quantity kinds, and the metadata; or, when the file cannot be read, the
 * importer's message (never an exception dialog), with a button to read it again.
 */
public class OverviewPage {

    private final ScrolledComposite scrolled;
    private final Composite body;
    private final Text file;
    private final Text importer;
    private final Text technique;
    private final Text rows;
    private final Text message;
    private final Label warningsLabel;
    private final Text warnings;
    private final Table columns;
    private final Table metadata;
    private final Button again;
    private final Button cancel;

    OverviewPage(Composite parent, DatasetEditor editor) {
        scrolled = new ScrolledComposite(parent, SWT.V_SCROLL | SWT.H_SCROLL);
        scrolled.setExpandHorizontal(true);
        scrolled.setExpandVertical(true);
        body = new Composite(scrolled, SWT.NONE);
        body.setLayout(new GridLayout(2, false));
        scrolled.setContent(body);
        scrolled.addListener(SWT.Resize, e -> relayout());
        file = field("File");
        importer = field("Read by");
        technique = field("Technique");
        rows = field("Rows");
        label("Status");
        message = new Text(body, SWT.READ_ONLY | SWT.WRAP | SWT.MULTI);
        message.setLayoutData(wrapping());
        warningsLabel = label("Warnings");
        warnings = new Text(body, SWT.READ_ONLY | SWT.WRAP | SWT.MULTI);
        warnings.setLayoutData(wrapping());
        Composite buttons = new Composite(body, SWT.NONE);
        buttons.setLayout(new GridLayout(2, true));
        buttons.setLayoutData(new GridData(SWT.BEGINNING, SWT.TOP, false, false, 2, 1));
        again = new Button(buttons, SWT.PUSH);
        again.setText("Read again");
        again.addListener(SWT.Selection, e -> editor.load());
        cancel = new Button(buttons, SWT.PUSH);
        cancel.setText("Cancel reading");
        cancel.addListener(SWT.Selection, e -> editor.cancelLoad());
        columns = table("Columns", "#", 40, "Name", 180, "Unit", 80, "Quantity", 180);
        metadata = table("Metadata", "Key", 200, "Value", 500);
        setWarnings(List.of());
    }

    private static GridData wrapping() {
        GridData data = new GridData(SWT.FILL, SWT.TOP, true, false);
        data.widthHint = 800;
        return data;
    }

    private Label label(String text) {
        Label label = new Label(body, SWT.NONE);
        label.setText(text + ":");
        label.setLayoutData(new GridData(SWT.BEGINNING, SWT.TOP, false, false));
        return label;
    }

    private Text field(String name) {
        label(name);
        Text text = new Text(body, SWT.READ_ONLY);
        GridData data = new GridData(SWT.FILL, SWT.CENTER, true, false);
        data.widthHint = NARROW; // as wide as the page, not as the text: a long path scrolls inside the field
        text.setLayoutData(data);
        return text;
    }

    private Table table(String title, Object... columnsAndWidths) {
        Label label = new Label(body, SWT.NONE);
        label.setText(title);
        label.setLayoutData(new GridData(SWT.BEGINNING, SWT.TOP, false, false, 2, 1));
        Table table = new Table(body, SWT.BORDER | SWT.FULL_SELECTION | SWT.MULTI);
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        GridData data = new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1);
        data.heightHint = 160;
        data.widthHint = NARROW; // as wide as the page: the table scrolls its columns itself
        table.setLayoutData(data);
        for (int i = 0; i < columnsAndWidths.length; i += 2) {
            TableColumn column = new TableColumn(table, SWT.LEFT);
            column.setText((String) columnsAndWidths[i]);
            column.setWidth((Integer) columnsAndWidths[i + 1]);
        }
        return table;
    }

    Control control() {
        return scrolled;
    }

    /** While the file is read. */
    void reading(IFile source) {
        file.setText(source.getFullPath().toString() + (source.getLocation() == null ? "" : "  (" + source.getLocation().toOSString() + ")"));
        message.setText("Reading " + source.getName() + " ...");
        message.setForeground(null);
        again.setEnabled(false);
        cancel.setEnabled(true);
        relayout();
    }

    /** What reading gave. */
    void show(DatasetLoadJob.Loaded loaded) {
        again.setEnabled(true);
        cancel.setEnabled(false);
        columns.removeAll();
        metadata.removeAll();
        if (!loaded.ok()) {
            importer.setText("");
            technique.setText("");
            rows.setText("");
            message.setText(loaded.message());
            message.setForeground(loaded.cancelled() ? null : message.getDisplay().getSystemColor(SWT.COLOR_DARK_RED));
            setWarnings(List.of());
            relayout();
            return;
        }
        Dataset dataset = loaded.dataset();
        ImporterDescriptor descriptor = loaded.importer();
        String id = dataset.metadata().getOrDefault(Metadata.IMPORTER, "?");
        importer.setText(descriptor == null ? id : id + "  (" + descriptor.name() + ", " + descriptor.vendor() + ")");
        String techniqueName = dataset.metadata().get(Metadata.TECHNIQUE_NAME);
        technique.setText(dataset.technique() + (techniqueName == null ? "" : "  (" + techniqueName + ")"));
        rows.setText(String.format("%,d", dataset.rows()));
        message.setText("Read " + String.format("%,d", dataset.rows()) + " rows of " + dataset.columns().size() + " columns"
                + ("true".equals(dataset.metadata().get(Metadata.ABORTED)) ? "; the run ended early (aborted)" : "") + ".");
        message.setForeground(null);
        int index = 1;
        for (Column column : dataset.columns()) {
            TableItem item = new TableItem(columns, SWT.NONE);
            item.setText(new String[] { Integer.toString(index++), column.name(), column.unit().isEmpty() ? "-" : column.unit(),
                    column.kind().name().toLowerCase(java.util.Locale.ROOT) });
        }
        Map<String, String> sorted = new TreeMap<>(dataset.metadata());
        sorted.remove(Metadata.WARNINGS); // shown above, one per line
        sorted.forEach((key, value) -> {
            TableItem item = new TableItem(metadata, SWT.NONE);
            item.setText(new String[] { key, value.replace('\n', ' ') });
        });
        setWarnings(dataset.warnings().stream().map(Object::toString).toList());
        relayout();
    }

    private void setWarnings(List<String> list) {
        boolean any = !list.isEmpty();
        warnings.setText(any ? String.join("\n", list) : "");
        warnings.setForeground(any ? warnings.getDisplay().getSystemColor(SWT.COLOR_DARK_YELLOW) : null);
        warningsLabel.setVisible(any);
        warnings.setVisible(any);
        ((GridData) warningsLabel.getLayoutData()).exclude = !any;
        ((GridData) warnings.getLayoutData()).exclude = !any;
    }

    /**
     * Lays the page out for the width the editor has: the status and the warnings wrap at the right edge (their width
     * hint follows the window), and the page is as tall as their wrapped lines, so that none is cut off; below
     * {@link #MIN_WRAP} pixels of text width the page scrolls sideways instead.
     */
    private void relayout() {
        int width = scrolled.getClientArea().width;
        if (width > 0) {
            body.layout(true, true);
            int textX = message.getLocation().x;
            int available = width - textX - ((GridLayout) body.getLayout()).marginWidth - 2;
            int hint = Math.max(MIN_WRAP, available);
            ((GridData) message.getLayoutData()).widthHint = hint;
            ((GridData) warnings.getLayoutData()).widthHint = hint;
        }
        Point size = body.computeSize(width > 0 ? width : SWT.DEFAULT, SWT.DEFAULT);
        scrolled.setMinSize(size);
        body.layout(true, true);
    }

    /** The width hint of fields and tables: they fill the page's width and never widen it. */
    private static final int NARROW = 100;

    /** The narrowest the status and warnings wrap at (pixels). */
    private static final int MIN_WRAP = 300;

    // for tests and people reading the page

    /** The status line: the row count read, or the importer's message. */
    public String message() {
        return message.getText();
    }

    public Table columnsTable() {
        return columns;
    }

    public Table metadataTable() {
        return metadata;
    }

    public String rowsText() {
        return rows.getText();
    }

    public String importerText() {
        return importer.getText();
    }

    public String techniqueText() {
        return technique.getText();
    }

    /** The importer's warnings as shown (one per line: place, what), empty when there are none. */
    public String warningsText() {
        return warnings.getText();
    }

    /** The warnings' text widget as laid out (tests check that its wrapped lines all show). */
    public Text warningsWidget() {
        return warnings;
    }

    /** Whether the warnings are shown (only when there are some). */
    public boolean warningsShown() {
        return warnings.isVisible();
    }
}
