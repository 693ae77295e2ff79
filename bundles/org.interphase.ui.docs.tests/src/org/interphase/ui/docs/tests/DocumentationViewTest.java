/*
 * Copyright (c) 2026 the Interphase contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.interphase.ui.docs.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;

import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.interphase.ui.docs.DocumentationView;
import org.interphase.ui.docs.Documents;
import org.interphase.ui.docs.Markdown;
import org.interphase.ui.testing.Ui;
import org.junit.jupiter.api.Test;

/**
 * Help > Documentation opens a view of the project's own documents (docs/physics.md, docs/formats.md, LICENSE,
 * NOTICE as built into the bundle), with headings drawn larger and bold, and tables and equations in a fixed font.
 */
class DocumentationViewTest {

    private static MenuItem item(Menu menu, String label) {
        menu.notifyListeners(SWT.Show, new Event()); // contributions are filled in when the menu is about to show
        Ui.settle();
        return Arrays.stream(menu.getItems()).filter(i -> i.getText().replace("&", "").startsWith(label)).findFirst().orElse(null);
    }

    @Test
    void helpDocumentationShowsTheProjectsDocuments() throws Exception {
        Menu bar = Ui.window().getShell().getMenuBar();
        MenuItem help = item(bar, "Help");
        assertNotNull(help, "the Help menu");
        MenuItem documentation = item(help.getMenu(), "Documentation");
        assertNotNull(documentation, "Help > Documentation; Help has " + Arrays.stream(help.getMenu().getItems()).map(MenuItem::getText).toList());
        documentation.notifyListeners(SWT.Selection, new Event());
        Ui.waitUntil("the Documentation view", () -> Ui.window().getActivePage().findView(DocumentationView.ID) != null, 10_000);
        DocumentationView view = (DocumentationView) Ui.window().getActivePage().findView(DocumentationView.ID);
        StyledText text = view.textWidget();

        // physics: the growth law's heading drawn bold and larger than the text, its equation in the text font
        assertEquals("physics", view.shown().key());
        String physics = text.getText();
        int heading = physics.indexOf("1.2 Growth law (Wagner / Deal-Grove form)");
        assertTrue(heading > 0, physics.substring(0, Math.min(400, physics.length())));
        StyleRange headingStyle = text.getStyleRangeAtOffset(heading);
        assertNotNull(headingStyle);
        assertTrue((headingStyle.font.getFontData()[0].getStyle() & SWT.BOLD) != 0, "the heading is bold");
        int body = physics.indexOf("Lithium (an ion and an electron) travels");
        assertTrue(body > heading);
        assertTrue(text.getLineHeight(heading) > text.getLineHeight(body), "the heading's line is taller than the text's");
        int equation = physics.indexOf("i_chem(L) = E_drive / (");
        assertEquals(JFaceResources.getTextFont(), text.getStyleRangeAtOffset(equation).font, "equations are in the text font");
        assertTrue(physics.contains("| ") || physics.contains("\u2502"), "tables are laid out in columns");
        Ui.screenshot("documentation-physics");

        // the other documents, picked in the list as a person would
        view.show(Documents.byKey("formats"));
        assertTrue(text.getText().contains("BioLogic EC-Lab .mpr (binary, little-endian)"), text.getText().substring(0, 300));
        view.show(Documents.byKey("license"));
        assertTrue(text.getText().startsWith("Eclipse Public License - v 2.0"), text.getText().substring(0, 100));
        view.show(Documents.byKey("notice"));
        assertTrue(text.getText().contains("org.eclipse.swt") && text.getText().contains("EPL-2.0"), text.getText().substring(0, 300));
        Ui.screenshot("documentation-notice");
    }

    @Test
    void markdownBecomesStyledText() {
        Markdown.Rendered r = Markdown.render("""
                ## 2.1 Elements

                A **bold** word, `code`, *italic* and
                [a link](https://example.org); Li<sub>1.3</sub>.

                | element | name |
                |---|---|
                | resistor | `R` |
                | constant-phase element | `CPE` |

                    Z = R
                - item
                """);
        String text = r.text();
        assertTrue(text.startsWith("2.1 Elements\n"), text);
        assertTrue(text.contains("A bold word, code, italic and a link; Li1.3.\n"), "a paragraph's lines join: " + text);
        assertEquals(List.of(new Markdown.Span(0, 12, Markdown.Style.HEADING2)), r.spans(Markdown.Style.HEADING2));
        assertEquals("bold", text.substring(r.spans(Markdown.Style.BOLD).get(0).start(), r.spans(Markdown.Style.BOLD).get(0).start() + 4));
        // the table's columns line up, and its separator row is gone
        String[] lines = text.split("\n");
        List<String> table = Arrays.stream(lines).filter(l -> l.contains("\u2502")).toList();
        assertEquals(3, table.size(), text);
        assertEquals(table.get(0).indexOf('\u2502'), table.get(2).indexOf('\u2502'));
        assertFalse(text.contains("---"));
        assertTrue(text.contains("    Z = R\n"));
        assertTrue(text.contains("\u2022 item"));
    }
}
