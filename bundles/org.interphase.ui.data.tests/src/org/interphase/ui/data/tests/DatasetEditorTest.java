/*
 * Copyright (c) 2026 the Interphase contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.interphase.ui.data.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.content.IContentType;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.nebula.widgets.nattable.selection.command.SelectCellCommand;
import org.eclipse.swt.dnd.Clipboard;
import org.eclipse.swt.dnd.TextTransfer;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.navigator.CommonNavigator;
import org.interphase.data.Column;
import org.interphase.data.Dataset;
import org.interphase.importer.ImportResult;
import org.interphase.importer.Importers;
import org.interphase.solver.cycling.analytics.CyclingAnalysis;
import org.interphase.ui.charts.ChartKind;
import org.interphase.ui.charts.ChartWidget;
import org.interphase.ui.charts.DisplayUnits;
import org.interphase.model.units.Dimension;
import org.interphase.ui.data.compare.CompareEditor;
import org.interphase.ui.data.content.InstrumentFileAssociations;
import org.interphase.ui.data.cycling.CyclesPage;
import org.interphase.ui.data.editor.DatasetEditor;
import org.interphase.testdata.TestCorpus;
import org.interphase.ui.testing.Ui;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The dataset editor on real instrument files in a workspace project: the file opens in it (content type from the
 * importers), the Overview lists what the importer read, the Table has every row and copies the values, the Plot
 * page draws the technique's charts, the Cycles page the analysis of the ticked cycles, an unreadable file shows the
 * importer's message; Compare overlays files. Every value is checked against the importer's own in-memory read.
 */
class DatasetEditorTest {

    private IProject project;

    @BeforeEach
    void project() throws Exception {
        project = ResourcesPlugin.getWorkspace().getRoot().getProject("datasets");
        if (project.exists()) {
            project.delete(true, true, null);
        }
        project.create(null);
        project.open(null);
        // the workbench's early start-up associates the importers' extensions (asynchronously)
        Ui.waitUntil("the importers' file extensions associated at start", () -> InstrumentFileAssociations.associated().contains("mpr"), 60_000);
    }

    @AfterEach
    void cleanUp() throws Exception {
        page().closeAllEditors(false);
        Ui.settle();
        project.delete(true, true, null);
    }

    static IWorkbenchPage page() {
        return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
    }

    IFile copy(String corpusPath, String name) throws Exception {
        IFile file = project.getFile(name);
        file.create(Files.newInputStream(TestCorpus.file(corpusPath)), true, null);
        return file;
    }

    IFile write(String name, byte[] bytes) throws Exception {
        IFile file = project.getFile(name);
        file.create(new ByteArrayInputStream(bytes), true, null);
        return file;
    }

    /** Opens the file as a double-click does (IDE.openEditor: the editor of its content type) and waits for the read. */
    static DatasetEditor open(IFile file) throws Exception {
        IEditorPart part = IDE.openEditor(page(), file, true);
        assertTrue(part instanceof DatasetEditor, file.getName() + " opens in the dataset editor, not " + part);
        DatasetEditor editor = (DatasetEditor) part;
        Ui.waitUntil("reading " + file.getName(), editor::isLoaded, 120_000);
        return editor;
    }

    static ImportResult independent(IFile file) throws Exception {
        return Importers.read(file.getLocation().toFile().toPath(), new NullProgressMonitor());
    }

    static String clipboard() {
        Clipboard clipboard = new Clipboard(Display.getCurrent());
        try {
            return (String) clipboard.getContents(TextTransfer.getInstance());
        } finally {
            clipboard.dispose();
        }
    }

    static List<ChartKind> kinds(List<ChartWidget> charts) {
        return charts.stream().map(ChartWidget::kind).toList();
    }

    /** Pixels of a series' colour in the chart's plot area: what is drawn, not what the chart was given. */
    static int pixelsOf(ChartWidget chart, String series) {
        RGB rgb = chart.seriesColor(series);
        ImageData image = chart.plotImage();
        int count = 0;
        for (int y = 0; y < image.height; y++) {
            for (int x = 0; x < image.width; x++) {
                RGB p = image.palette.getRGB(image.getPixel(x, y));
                if (Math.abs(p.red - rgb.red) + Math.abs(p.green - rgb.green) + Math.abs(p.blue - rgb.blue) < 40) {
                    count++;
                }
            }
        }
        return count;
    }

    /**
     * The UI thread goes idle (no chart keeps re-laying itself out): within 3 s of dispatching, a second passes with
     * fewer than 200 events. Fails instead of hanging the test run.
     */
    static void idle() {
        Display display = Display.getCurrent();
        long end = System.currentTimeMillis() + 3000;
        while (System.currentTimeMillis() < end) {
            int events = 0;
            long second = System.currentTimeMillis() + 1000;
            while (System.currentTimeMillis() < second) {
                if (display.readAndDispatch()) {
                    events++;
                } else {
                    try {
                        Thread.sleep(5);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return;
                    }
                }
            }
            if (events < 200) {
                return;
            }
        }
        throw new AssertionError("the UI thread does not go idle: something keeps dispatching work");
    }

    static void screenshot(String name) throws Exception {
        idle();
        Ui.screenshot(name);
    }

    /** No dialog opened: the only shell is the workbench window. */
    static void noDialog() {
        Shell window = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
        for (Shell shell : Display.getCurrent().getShells()) {
            assertTrue(shell == window || !shell.isVisible(), "a dialog opened: " + shell.getText());
        }
    }

    void checkOverviewAndTable(DatasetEditor editor, Dataset expected, String name) throws Exception {
        Dataset shown = editor.dataset();
        assertNotNull(shown, editor.overview().message());
        // Overview: the importer's columns, units, kinds and rows
        TableItem[] items = editor.overview().columnsTable().getItems();
        assertEquals(expected.columns().size(), items.length);
        for (int i = 0; i < items.length; i++) {
            Column c = expected.columns().get(i);
            assertEquals(c.name(), items[i].getText(1));
            assertEquals(c.unit().isEmpty() ? "-" : c.unit(), items[i].getText(2));
            assertEquals(c.kind().name().toLowerCase(Locale.ROOT), items[i].getText(3));
        }
        assertEquals(String.format("%,d", expected.rows()), editor.overview().rowsText());
        assertTrue(editor.overview().importerText().startsWith(expected.metadata().get("importer")), editor.overview().importerText());
        assertTrue(editor.overview().techniqueText().startsWith(expected.technique().name()));
        editor.showPage("Overview");
        screenshot(name + "-overview");
        // Table: every row, units in the headers, a copied cell is the value
        assertTrue(editor.showPage("Table"));
        assertEquals(expected.rows(), editor.table().rowCount());
        assertEquals(expected.columns().size(), editor.table().columnCount());
        int row = expected.rows() / 2;
        int column = Math.min(1, expected.columns().size() - 1);
        editor.table().natTable().doCommand(new SelectCellCommand(editor.table().selectionLayer(), column, row, false, false));
        editor.table().copySelection();
        assertEquals(Double.toString(expected.columns().get(column).get(row)), clipboard().strip());
        screenshot(name + "-table");
    }

    @Test
    void importerExtensionsAreAssociatedAndContentDecides() throws Exception {
        Set<String> associated = InstrumentFileAssociations.associated();
        assertTrue(associated.containsAll(List.of("mpr", "dta", "z", "ism", "nda")), associated.toString());
        IFile renamed = write("spectrum.bin", Files.readAllBytes(TestCorpus.file("biologic-mpr/00_test_02_MB_C01.mpr")));
        IContentType type = renamed.getContentDescription().getContentType();
        assertEquals("org.interphase.ui.data.instrumentFileByContent", type.getId(), "a renamed .mpr is found by its magic bytes");
        IFile notes = write("notes.txt", "Cell 3 was assembled on Monday.\nThe separator was dry.\n".getBytes());
        assertEquals("org.eclipse.core.runtime.text", notes.getContentDescription().getContentType().getId(), "plain text stays text");
        assertEquals(DatasetEditor.ID, IDE.getEditorDescriptor(renamed, true, false).getId());
    }

    @Test
    void eisFile() throws Exception {
        IFile file = copy("gamry-dta/exampleDataGamry.DTA", "exampleDataGamry.DTA");
        Dataset expected = independent(file).dataset();
        DatasetEditor editor = open(file);
        checkOverviewAndTable(editor, expected, "eis");
        assertTrue(editor.showPage("Plot"));
        assertEquals(List.of(ChartKind.NYQUIST, ChartKind.BODE), kinds(editor.plot().charts()));
        assertEquals(1, editor.plot().charts().get(0).series().size());
        assertEquals(2, editor.plot().charts().get(1).series().size(), "|Z| and phase");
        assertEquals("", editor.plot().note());
        assertTrue(pixelsOf(editor.plot().charts().get(0), "exampleDataGamry.DTA") > 50, "the Nyquist curve is drawn");
        screenshot("eis-plot");
        assertNull(editor.cycles(), "no Cycles page for a spectrum");
        noDialog();
    }

    /**
     * A mixed file (Parstat "MIXED": 31 EIS rows, then 781 rows of a chronopotentiometry with f = 0): the Plot page draws
     * the impedance sweep alone, offers the sweep and says how many rows were left out.
     */
    @Test
    void mixedFilePlotsItsSweepAndSaysWhatWasLeftOut() throws Exception {
        IFile file = copy("parstat-txt/exampleDataParstat.txt", "exampleDataParstat.txt");
        DatasetEditor editor = open(file);
        assertTrue(editor.showPage("Plot"));
        Ui.settle();
        assertEquals(List.of("Sweep 1 of 1 (31 points, 10 kHz-10 Hz)"), editor.plot().sweepItems());
        assertEquals("781 of 812 rows dropped (no impedance: not EIS rows)", editor.plot().sweepNote());
        ChartWidget nyquist = editor.plot().charts().stream().filter(c -> c.kind() == ChartKind.NYQUIST).findFirst().orElseThrow();
        assertEquals(1, nyquist.series().size());
        assertEquals(31, nyquist.series().get(0).x().size());
        assertEquals(31, java.util.Arrays.stream(nyquist.plottedRows(nyquist.series().get(0).name())).distinct().count(), "points drawn");
        screenshot("mixed-file-plot");
        noDialog();
    }

    /** What the importer read past is shown on the Overview, where and what, in place of nothing. */
    @Test
    void importWarningsAreShownOnTheOverview() throws Exception {
        IFile file = copy("field-reports/zahner-ism/rc-data.ism", "rc-data.ism");
        DatasetEditor editor = open(file);
        assertEquals(independent(file).warnings().size(), editor.overview().warningsText().lines().count());
        assertTrue(editor.overview().warningsText().startsWith("byte 2933 (0xb75): 1200 bytes after the acquisition settings"),
                editor.overview().warningsText());
        assertTrue(editor.overview().warningsShown());
        for (TableItem item : editor.overview().metadataTable().getItems()) {
            assertTrue(!item.getText(0).equals("warnings"), "the warnings are not repeated in the metadata table");
        }
        editor.showPage("Overview");
        // every wrapped line of the warnings shows, in a narrow window (where they wrap) and a wide one
        org.eclipse.swt.widgets.Shell shell = editor.getSite().getShell();
        org.eclipse.swt.graphics.Rectangle bounds = shell.getBounds();
        try {
            for (int width : new int[] { 700, 1000, 1500 }) {
                shell.setSize(width, bounds.height);
                org.interphase.ui.testing.Ui.settle();
                org.eclipse.swt.widgets.Text text = editor.overview().warningsWidget();
                int lines = wrappedLines(text);
                assertTrue(text.getClientArea().height >= lines * text.getLineHeight(),
                        "at " + width + " px: " + lines + " wrapped lines of " + text.getLineHeight() + " px need " + lines * text.getLineHeight()
                                + " px; the text shows " + text.getClientArea().height);
                // and no line runs past the visible page (the scrolled composite's client area) to the right
                org.eclipse.swt.widgets.Composite page = text.getParent().getParent();
                assertTrue(text.getLocation().x + text.getSize().x <= page.getClientArea().width,
                        "at " + width + " px the warnings end at " + (text.getLocation().x + text.getSize().x) + " px; the page shows "
                                + page.getClientArea().width + " px");
            }
        } finally {
            shell.setBounds(bounds);
            org.interphase.ui.testing.Ui.settle();
        }
        screenshot("warnings-overview");
        IFile clean = copy("gamry-dta/exampleDataGamry.DTA", "clean.DTA");
        DatasetEditor other = open(clean);
        assertEquals("", other.overview().warningsText());
        assertTrue(!other.overview().warningsShown());
        noDialog();
    }

    /** The lines a wrapping text draws at its width: each line broken at spaces where the next word would not fit. */
    static int wrappedLines(org.eclipse.swt.widgets.Text text) {
        org.eclipse.swt.graphics.GC gc = new org.eclipse.swt.graphics.GC(text);
        try {
            gc.setFont(text.getFont());
            int width = text.getClientArea().width - 8; // GTK's inner margins
            int lines = 0;
            for (String line : text.getText().split("\n", -1)) {
                lines++;
                StringBuilder current = new StringBuilder();
                for (String word : line.split(" ")) {
                    String candidate = current.length() == 0 ? word : current + " " + word;
                    if (current.length() > 0 && gc.textExtent(candidate).x > width) {
                        lines++;
                        current = new StringBuilder(word);
                    } else {
                        current = new StringBuilder(candidate);
                    }
                }
            }
            return lines;
        } finally {
            gc.dispose();
        }
    }

    @Test
    void cyclingFile() throws Exception {
        IFile file = copy("biologic-mpr/jdb11-1_c3_gcpl_5cycles_2V-3p8V_C-24_data_C09.mpr", "jdb11.mpr");
        Dataset expected = independent(file).dataset();
        DatasetEditor editor = open(file);
        checkOverviewAndTable(editor, expected, "cycling");
        Ui.waitUntil("the cycling analysis", editor::isAnalysed, 120_000);
        CyclingAnalysis analysis = CyclingAnalysis.of(expected, CyclingAnalysis.Options.defaults());
        assertTrue(editor.showPage("Plot"));
        assertEquals(List.of(ChartKind.VOLTAGE_CURRENT_TIME, ChartKind.VOLTAGE_CAPACITY, ChartKind.CAPACITY_CE_CYCLE), kinds(editor.plot().charts()));
        assertEquals(2, editor.plot().charts().get(0).series().size(), "V and I against t");
        assertEquals(analysis.cycles().size(), editor.plot().charts().get(1).series().size(), "V(Q): every cycle of the record");
        screenshot("cycling-plot");

        CyclesPage cycles = editor.cycles();
        assertNotNull(cycles);
        assertTrue(editor.showPage("Cycles"));
        assertEquals(analysis.cycles().size(), cycles.table().getItemCount());
        // the first complete cycle (EC-Lab's half-cycle counter makes the preparatory discharge a partial cycle 1 of its own)
        int row = 0;
        while (analysis.cycles().get(row).second() == null || analysis.cycles().get(row).partial()) {
            row++;
        }
        CyclingAnalysis.Cycle first = analysis.cycles().get(row);
        String unit = cycles.table().getColumn(2).getText().replace("Charge / ", "");
        assertTrue(unit.equals("mAh") || unit.equals("mAh/g"), unit);
        double expectedCharge = unit.equals("mAh") ? first.charge() / 3.6 : analysis.perGram(first.charge());
        assertEquals(expectedCharge, Double.parseDouble(cycles.table().getItem(row).getText(2)), Math.abs(expectedCharge) * 1e-3);
        assertEquals(100 * first.coulombicEfficiency(), Double.parseDouble(cycles.table().getItem(row).getText(4)), 0.01);
        for (int i = 0; i < analysis.cycles().size(); i++) {
            boolean partial = analysis.cycles().get(i).second() == null;
            assertEquals(partial, cycles.table().getItem(i).getText(8).startsWith("partial"), "cycle " + (i + 1));
        }
        // V(Q) and dQ/dV of the ticked cycles: one curve each, drawn
        cycles.choose(List.of(1, 3));
        ChartWidget vq = cycles.voltageCapacityChart();
        assertEquals(List.of("cycle 1", "cycle 3"), vq.visibleSeries().stream().map(s -> s.replace(" (partial)", "")).toList());
        for (String s : vq.visibleSeries()) {
            assertTrue(pixelsOf(vq, s) > 20, s + " is drawn");
        }
        assertEquals(2, cycles.differentialCapacityChart().visibleSeries().size());
        // the editor area of this window is small: the page scrolls rather than squeezing the charts
        assertTrue(vq.plotBounds().height >= 150, "V(Q) plot area " + vq.plotBounds());
        screenshot("cycling-cycles");
        cycles.choose(List.of(2));
        assertEquals(1, vq.visibleSeries().size());
        // the display unit of specific capacity from the preferences: the table follows
        if (unit.equals("mAh/g")) {
            try {
                DisplayUnits.set(Dimension.SPECIFIC_CAPACITY, "C/kg");
                Ui.waitUntil("the table in C/kg", () -> cycles.table().getColumn(2).getText().equals("Charge / C/kg"), 10_000);
                assertEquals(first.charge() / analysis.activeMass(), Double.parseDouble(cycles.table().getItem(row).getText(2)),
                        first.charge() / analysis.activeMass() * 1e-3, "C/kg = 3.6 x mAh/g");
                assertEquals(List.of(2), cycles.chosen(), "the ticked cycles stay ticked");
            } finally {
                DisplayUnits.set(Dimension.SPECIFIC_CAPACITY, null);
            }
        }
        // retention against another reference cycle: the analysis runs again
        if (analysis.cycles().size() >= 2) {
            cycles.setReference(2);
            Ui.waitUntil("the analysis against cycle 2", () -> editor.isAnalysed() && cycles.analysis().referenceCycle() == 2, 60_000);
            assertTrue(cycles.table().getColumn(5).getText().contains("vs cycle 2"));
            assertEquals("100.00", cycles.table().getItem(1).getText(5));
        }
        noDialog();
    }

    @Test
    void lsvFile() throws Exception {
        IFile file = copy("biologic-mpr/lsv.mpr", "lsv.mpr");
        Dataset expected = independent(file).dataset();
        DatasetEditor editor = open(file);
        checkOverviewAndTable(editor, expected, "lsv");
        assertTrue(editor.showPage("Plot"));
        assertEquals(List.of(ChartKind.IV), kinds(editor.plot().charts()));
        assertEquals(1, editor.plot().charts().get(0).series().size());
        assertTrue(pixelsOf(editor.plot().charts().get(0), "lsv.mpr") > 50);
        screenshot("lsv-plot");
    }

    @Test
    void unreadableFileShowsTheImportersMessage() throws Exception {
        byte[] whole = Files.readAllBytes(TestCorpus.file("biologic-mpr/00_test_02_MB_C01.mpr"));
        IFile file = write("cut.mpr", Arrays.copyOf(whole, 9000));
        DatasetEditor editor = open(file);
        assertNull(editor.dataset());
        String message = editor.overview().message();
        assertTrue(message.contains("cut.mpr") && message.contains("biologic.mpr"), message);
        assertTrue(editor.table().emptyText().startsWith("No data"), editor.table().emptyText());
        assertTrue(editor.plot().charts().isEmpty());
        noDialog();
        screenshot("unreadable-overview");
    }

    @Test
    void aFileThatBecomesUnreadableWhileOpen() throws Exception {
        IFile file = copy("gamry-dta/exampleDataGamry.DTA", "spectrum.DTA");
        DatasetEditor editor = open(file);
        assertNotNull(editor.dataset());
        file.setContents(new ByteArrayInputStream(new byte[] { 0, 1, 2, 3, (byte) 0xff, 0x7f }), true, false, null);
        Ui.waitUntil("the file read again", () -> editor.isLoaded() && editor.dataset() == null, 60_000);
        assertTrue(editor.overview().message().contains("spectrum.DTA"), editor.overview().message());
        assertEquals(0, editor.table().rowCount());
        noDialog();
    }

    @Test
    void aColumnChooserWhenTheDefaultChartLacksColumns() throws Exception {
        // an EIS file (so says its column mapping) without a frequency column: Nyquist is drawn, Bode says what it lacks
        write("spectrum.csv.columns", "technique = EIS\n".getBytes());
        IFile file = write("spectrum.csv", "Re(Z)/Ohm,Im(Z)/Ohm\n10,-1\n11,-2\n12,-2.5\n13,-2\n14,-1\n".getBytes());
        DatasetEditor editor = open(file);
        assertNotNull(editor.dataset(), editor.overview().message());
        assertEquals(org.interphase.data.Technique.EIS, editor.dataset().technique());
        editor.showPage("Plot");
        assertEquals(List.of(ChartKind.NYQUIST), kinds(editor.plot().charts()));
        assertEquals("Bode plot needs a column of kind frequency; the dataset has none: choose columns to plot above.", editor.plot().note());
        ChartWidget chosen = editor.plot().plotColumns(0, 1);
        assertNotNull(chosen);
        assertEquals(ChartKind.XY, chosen.kind());
        assertEquals(1, chosen.series().size());
        chosen.refresh();
        assertEquals(5, chosen.plottedPoints(chosen.series().get(0).name())[0].length);
        assertTrue(pixelsOf(chosen, chosen.series().get(0).name()) > 20);
        screenshot("columns-plot");
    }

    @Test
    void withoutATechniqueTheColumnsDecide() throws Exception {
        IFile file = write("sweep.csv", "E/V,I/A\n3.0,1e-9\n3.5,2e-9\n4.0,5e-9\n4.5,3e-8\n5.0,2e-7\n".getBytes());
        DatasetEditor editor = open(file);
        assertNotNull(editor.dataset(), editor.overview().message());
        editor.showPage("Plot");
        if (editor.dataset().technique() == org.interphase.data.Technique.UNKNOWN) {
            assertEquals(List.of(ChartKind.IV), kinds(editor.plot().charts()), "potential and current without time: I(V)");
        }
        assertEquals(1, editor.plot().charts().size());
        assertEquals("", editor.plot().note());
    }

    @Test
    void compareOverlaysTwoFiles() throws Exception {
        IFile a = copy("gamry-dta/exampleDataGamry.DTA", "a.DTA");
        IFile b = copy("zplot-z/exampleDataZPlot.z", "b.z");
        CommonNavigator explorer = (CommonNavigator) page().showView("org.eclipse.ui.navigator.ProjectExplorer");
        page().activate(explorer);
        explorer.getCommonViewer().expandToLevel(project, 1);
        explorer.selectReveal(new StructuredSelection(List.of(a, b)));
        Ui.waitUntil("the two files selected in the Project Explorer",
                () -> explorer.getCommonViewer().getStructuredSelection().size() == 2, 10_000);
        Ui.settle();
        IHandlerService handlers = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getService(IHandlerService.class);
        handlers.executeCommand("org.interphase.ui.data.compare", null);
        IEditorPart part = page().getActiveEditor();
        assertTrue(part instanceof CompareEditor, String.valueOf(part));
        CompareEditor compare = (CompareEditor) part;
        Ui.waitUntil("the comparison", compare::isShown, 120_000);
        assertEquals(ChartKind.NYQUIST, compare.chart().kind());
        assertEquals(List.of("a.DTA", "b.z"), compare.chart().series().stream().map(s -> s.name()).toList());
        Set<RGB> colours = new HashSet<>();
        for (String s : List.of("a.DTA", "b.z")) {
            assertTrue(pixelsOf(compare.chart(), s) > 20, s + " is drawn");
            colours.add(compare.chart().seriesColor(s));
        }
        assertEquals(2, colours.size(), "a colour per file");
        screenshot("compare");
    }

    @Test
    void aMillionRowsScroll() throws Exception {
        int rows = 1_000_000;
        StringBuilder csv = new StringBuilder(rows * 30).append("t/s,E/V,I/A\n");
        for (int i = 0; i < rows; i++) {
            csv.append(i).append(',').append(3 + 0.5 * Math.sin(i * 1e-4)).append(',').append(i % 2000 < 1000 ? 1e-3 : -1e-3).append('\n');
        }
        IFile file = write("large.csv", csv.toString().getBytes());
        DatasetEditor editor = open(file);
        assertNotNull(editor.dataset(), editor.overview().message());
        assertEquals(rows, editor.table().rowCount());
        editor.showPage("Table");
        Ui.settle();
        long start = System.nanoTime();
        editor.table().natTable().doCommand(new SelectCellCommand(editor.table().selectionLayer(), 1, rows - 1, false, false));
        editor.table().natTable().redraw();
        editor.table().natTable().update();
        long millis = (System.nanoTime() - start) / 1_000_000;
        System.out.println("dataset editor: showing the last of " + rows + " rows took " + millis + " ms");
        editor.table().copySelection();
        assertEquals(Double.toString(editor.dataset().columns().get(1).get(rows - 1)), clipboard().strip());
        screenshot("large-table");
    }

}
