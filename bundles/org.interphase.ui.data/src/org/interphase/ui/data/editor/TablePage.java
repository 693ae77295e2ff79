/*
 * Copyright (c) 2026 the Interphase contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.interphase.ui.data.editor;

import java.util.List;

import org.eclipse.nebula.widgets.nattable.NatTable;
import org.eclipse.nebula.widgets.nattable.config.AbstractUiBindingConfiguration;
import org.eclipse.nebula.widgets.nattable.config.DefaultNatTableStyleConfiguration;
import org.eclipse.nebula.widgets.nattable.copy.command.CopyDataToClipboardCommand;
import org.eclipse.nebula.widgets.nattable.data.IDataProvider;
import org.eclipse.nebula.widgets.nattable.grid.GridRegion;
import org.eclipse.nebula.widgets.nattable.grid.data.DefaultColumnHeaderDataProvider;
import org.eclipse.nebula.widgets.nattable.grid.data.DefaultCornerDataProvider;
import org.eclipse.nebula.widgets.nattable.grid.data.DefaultRowHeaderDataProvider;
import org.eclipse.nebula.widgets.nattable.grid.layer.ColumnHeaderLayer;
import org.eclipse.nebula.widgets.nattable.grid.layer.CornerLayer;
import org.eclipse.nebula.widgets.nattable.grid.layer.GridLayer;
import org.eclipse.nebula.widgets.nattable.grid.layer.RowHeaderLayer;
import org.eclipse.nebula.widgets.nattable.layer.DataLayer;
import org.eclipse.nebula.widgets.nattable.selection.SelectionLayer;
import org.eclipse.nebula.widgets.nattable.ui.binding.UiBindingRegistry;
import org.eclipse.nebula.widgets.nattable.ui.matcher.MouseEventMatcher;
import org.eclipse.nebula.widgets.nattable.ui.menu.PopupMenuAction;
import org.eclipse.nebula.widgets.nattable.viewport.ViewportLayer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StackLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.interphase.data.Column;
import org.interphase.data.Dataset;

/**
 * The Table page: a NatTable over the dataset's columns, virtual (only the visible cells are read, straight from the
 * columns, which for the on-disk store are memory-mapped files), so a file of millions of rows scrolls at once.
 * Headers carry the units ({@code Ewe / V}); rows are numbered from 1; Ctrl+C or the context menu copies the
 * selection as tab-separated text with the values at full precision.
 */
public class TablePage {

    private final Composite holder;
    private final StackLayout stack = new StackLayout();
    private final Label empty;
    private NatTable natTable;
    private SelectionLayer selectionLayer;
    private IDataProvider body;

    TablePage(Composite parent) {
        holder = new Composite(parent, SWT.NONE);
        holder.setLayout(stack);
        empty = new Label(holder, SWT.WRAP);
        empty.setText("Reading ...");
        stack.topControl = empty;
    }

    Control control() {
        return holder;
    }

    /** The header of a column: name / unit (no unit: the name alone). */
    public static String header(Column column) {
        return column.unit() == null || column.unit().isEmpty() || "1".equals(column.unit()) ? column.name() : column.name() + " / " + column.unit();
    }

    /** Shows the dataset (null: nothing, with the reason). */
    void show(Dataset dataset, String reason) {
        if (natTable != null) {
            natTable.dispose();
            natTable = null;
            selectionLayer = null;
            body = null;
        }
        if (dataset == null) {
            empty.setText(reason == null ? "No data." : "No data: " + reason);
            stack.topControl = empty;
            holder.layout(true, true);
            return;
        }
        List<Column> columns = dataset.columns();
        int rows = dataset.rows();
        body = new IDataProvider() {
            @Override
            public Object getDataValue(int column, int row) {
                return columns.get(column).get(row);
            }

            @Override
            public void setDataValue(int column, int row, Object value) {
                throw new UnsupportedOperationException("datasets are read-only");
            }

            @Override
            public int getColumnCount() {
                return columns.size();
            }

            @Override
            public int getRowCount() {
                return rows;
            }
        };
        DataLayer bodyData = new DataLayer(body, 140, 20);
        selectionLayer = new SelectionLayer(bodyData);
        ViewportLayer viewport = new ViewportLayer(selectionLayer);
        String[] headers = columns.stream().map(TablePage::header).toArray(String[]::new);
        DefaultColumnHeaderDataProvider headerData = new DefaultColumnHeaderDataProvider(headers);
        ColumnHeaderLayer columnHeader = new ColumnHeaderLayer(new DataLayer(headerData, 140, 22), viewport, selectionLayer);
        DefaultRowHeaderDataProvider rowHeaderData = new DefaultRowHeaderDataProvider(body);
        DataLayer rowHeaderDataLayer = new DataLayer(rowHeaderData, 8 * (Integer.toString(rows).length() + 2) + 8, 20);
        RowHeaderLayer rowHeader = new RowHeaderLayer(rowHeaderDataLayer, viewport, selectionLayer);
        CornerLayer corner = new CornerLayer(new DataLayer(new DefaultCornerDataProvider(headerData, rowHeaderData)), rowHeader, columnHeader);
        GridLayer grid = new GridLayer(viewport, columnHeader, rowHeader, corner);
        natTable = new NatTable(holder, grid, false);
        natTable.addConfiguration(new DefaultNatTableStyleConfiguration());
        Menu menu = new Menu(natTable);
        MenuItem copy = new MenuItem(menu, SWT.PUSH);
        copy.setText("Copy\tCtrl+C");
        copy.addListener(SWT.Selection, e -> copySelection());
        natTable.addConfiguration(new AbstractUiBindingConfiguration() {
            @Override
            public void configureUiBindings(UiBindingRegistry registry) {
                registry.registerMouseDownBinding(new MouseEventMatcher(SWT.NONE, GridRegion.BODY, MouseEventMatcher.RIGHT_BUTTON),
                        new PopupMenuAction(menu));
            }
        });
        natTable.configure();
        stack.topControl = natTable;
        holder.layout(true, true);
    }

    /** Copies the selected cells as tab-separated text (rows on lines) to the clipboard. */
    public void copySelection() {
        if (natTable != null) {
            natTable.doCommand(new CopyDataToClipboardCommand("\t", System.lineSeparator(), natTable.getConfigRegistry()));
        }
    }

    // for tests

    /** The table, or null while there is no data. */
    public NatTable natTable() {
        return natTable;
    }

    public SelectionLayer selectionLayer() {
        return selectionLayer;
    }

    /** Rows of the table's body (0 without data). */
    public int rowCount() {
        return body == null ? 0 : body.getRowCount();
    }

    /** Columns of the table's body. */
    public int columnCount() {
        return body == null ? 0 : body.getColumnCount();
    }

    /** The text shown instead of the table (while reading, or without data). */
    public String emptyText() {
        return empty.getText();
    }
}
