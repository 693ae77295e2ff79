/*
 * Copyright (c) 2026 the Interphase contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.interphase.ui.simulation.figures;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.ILog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.part.EditorPart;
import org.interphase.ui.charts.ChartAxis;
import org.interphase.ui.charts.ChartWidget;
import org.interphase.ui.simulation.RunCharts;
import org.interphase.ui.simulation.figures.PaperFigures.PaperFigure;
import org.interphase.ui.simulation.figures.ReproduceJob.Reproduction;

/**
 * The paper's figures side by side, reproduced from a model: for each figure its charts (simulation in colour, the
 * paper's numbers in black, labelled "paper"; the model's labelled "model" and "calibrated" where they are) and two
 * lines saying which numbers come from the paper and which from the model. Every chart exports (PNG, SVG, CSV) from its
 * context menu.
 */
public class FiguresEditor extends EditorPart {

    public static final String ID = "org.interphase.ui.simulation.figures";

    /** The narrowest the page is laid out (two figures side by side); narrower windows scroll. */
    private static final int MIN_WIDTH = 1200;

    private List<PaperFigure> figures = List.of();
    private Composite body;
    private Label header;
    private final Map<String, List<ChartWidget>> charts = new LinkedHashMap<>();
    private final Map<String, Label> captions = new LinkedHashMap<>();

    /** Opens the figures of a reproduction in a new editor (in the UI thread). */
    public static FiguresEditor open(IWorkbenchPage page, Reproduction reproduction) {
        try {
            return (FiguresEditor) page.openEditor(new FiguresInput(reproduction), ID, true);
        } catch (PartInitException e) {
            ILog.of(FiguresEditor.class).error("the figures cannot be opened", e);
            return null;
        }
    }

    @Override
    public void init(IEditorSite site, IEditorInput input) throws PartInitException {
        if (!(input instanceof FiguresInput figuresInput)) {
            throw new PartInitException("the figures editor opens a reproduction of a model's experiments, not " + input.getName());
        }
        setSite(site);
        setInput(input);
        setPartName(input.getName());
        setTitleToolTip(input.getToolTipText());
        figures = PaperFigures.of(figuresInput.reproduction());
    }

    @Override
    public void createPartControl(Composite parent) {
        Reproduction r = ((FiguresInput) getEditorInput()).reproduction();
        ScrolledComposite scroll = new ScrolledComposite(parent, SWT.V_SCROLL | SWT.H_SCROLL);
        body = new Composite(scroll, SWT.NONE);
        body.setLayout(new GridLayout(2, true));
        header = new Label(body, SWT.WRAP);
        GridData headerData = new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1);
        headerData.widthHint = MIN_WIDTH - 20;
        header.setLayoutData(headerData);
        header.setText(r.projectName() + ": every experiment of " + r.modelFile().getFileName() + " (as saved) simulated "
                + r.when() + " with the solvers' documented defaults" + (r.stored() == null ? "" : " (" + r.stored() + ")")
                + ". Coloured lines: the model; black: the paper's reported "
                + "numbers" + (r.reported().citation().isEmpty() ? "" : " (" + r.reported().citation() + ", from " + r.reported().file().getFileName() + ")")
                + "." + (r.reportedProblem() == null ? "" : " " + r.reportedProblem()));
        for (PaperFigure figure : figures) {
            Group group = new Group(body, SWT.NONE);
            group.setText(figure.letter() + " " + figure.title());
            group.setLayout(new GridLayout(figure.charts().size(), true));
            GridData data = new GridData(SWT.FILL, SWT.FILL, true, true);
            data.widthHint = MIN_WIDTH / 2 - 20;
            group.setLayoutData(data);
            List<ChartWidget> widgets = new ArrayList<>();
            for (RunCharts.Figure f : figure.charts()) {
                ChartWidget chart = new ChartWidget(group, SWT.NONE, f.kind());
                GridData chartData = new GridData(SWT.FILL, SWT.FILL, true, true);
                chartData.heightHint = 380;
                chartData.widthHint = (MIN_WIDTH / 2 - 40) / figure.charts().size();
                chart.setLayoutData(chartData);
                chart.setTitle(f.title());
                chart.addSeries(f.series());
                f.markers().forEach(chart::addMarker);
                widgets.add(chart);
            }
            if (figure.letter().equals("(c)") && !widgets.isEmpty()) {
                double top = PaperFigures.sweepTop(figure);
                if (top > 0) {
                    ChartWidget chart = widgets.get(0);
                    chart.refresh();
                    String unit = chart.axisUnit(ChartAxis.Y_LEFT);
                    double scale = unit.isEmpty() ? 1 : org.interphase.ui.charts.DisplayUnits.convert(1, "A/m2", unit);
                    double[] y = chart.range(ChartAxis.Y_LEFT);
                    chart.setRange(ChartAxis.Y_LEFT, y[0] < -top * scale ? -top * scale : y[0], top * scale);
                }
            }
            if (figure.letter().equals("(c)") && !widgets.isEmpty()) {
                // room right of the sweep's end for the labels of the limits
                ChartWidget chart = widgets.get(0);
                double[] x = chart.range(ChartAxis.X);
                chart.setRange(ChartAxis.X, x[0], x[1] + 0.35 * (x[1] - x[0]));
            }
            charts.put(figure.letter(), widgets);
            Label caption = new Label(group, SWT.WRAP);
            GridData captionData = new GridData(SWT.FILL, SWT.TOP, true, false, Math.max(1, figure.charts().size()), 1);
            captionData.widthHint = MIN_WIDTH / 2 - 40;
            caption.setLayoutData(captionData);
            caption.setText(figure.paper() + "\n" + figure.model());
            captions.put(figure.letter(), caption);
        }
        scroll.setContent(body);
        scroll.setExpandHorizontal(true);
        scroll.setExpandVertical(true);
        // wrap the texts at the width shown (at least MIN_WIDTH): the height follows the width
        scroll.addListener(SWT.Resize, e -> {
            Point size = body.computeSize(Math.max(MIN_WIDTH, scroll.getClientArea().width), SWT.DEFAULT);
            scroll.setMinSize(size);
        });
        scroll.setMinSize(body.computeSize(MIN_WIDTH, SWT.DEFAULT));
    }

    /** The page holding the figures (for pictures of it). */
    public Composite page() {
        return body;
    }

    /** The figures shown. */
    /** The line above the figures: what was simulated when, and where the runs are stored. */
    public String headerText() {
        return header.getText();
    }

    public List<PaperFigure> figures() {
        return figures;
    }

    /** The charts of a figure ("(a)" ... "(d)"). */
    public List<ChartWidget> charts(String letter) {
        return charts.getOrDefault(letter, List.of());
    }

    /** The caption of a figure as shown. */
    public String caption(String letter) {
        Label label = captions.get(letter);
        return label == null ? "" : label.getText();
    }

    @Override
    public void setFocus() {
        if (!charts.isEmpty() && !charts.values().iterator().next().isEmpty()) {
            charts.values().iterator().next().get(0).setFocus();
        }
    }

    @Override
    public void doSave(IProgressMonitor monitor) {
        // nothing to save: the figures are a view of the model's runs (export each chart from its context menu)
    }

    @Override
    public void doSaveAs() {
        // see doSave
    }

    @Override
    public boolean isDirty() {
        return false;
    }

    @Override
    public boolean isSaveAsAllowed() {
        return false;
    }
}
