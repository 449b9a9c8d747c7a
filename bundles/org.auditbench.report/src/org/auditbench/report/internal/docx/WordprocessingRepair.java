package org.auditbench.report.internal.docx;

import java.util.ArrayList;
import java.util.List;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * Makes one WordprocessingML part (document, header, footer) of a DOCX written by BIRT's emitter valid
 * against ECMA-376, so that Word opens it without offering a repair and LibreOffice lays it out as meant.
 * What the emitter gets wrong, each checked on its own output:
 * <ul>
 * <li>a field's {@code fldChar} runs carry their fonts and sizes directly in {@code w:r} instead of in
 * {@code w:rPr};</li>
 * <li>the paragraph between two tables is to be hidden by a {@code w:rPr} directly in {@code w:p}, where
 * the schema allows none ({@link #dropMisplacedMarkProperties});</li>
 * <li>a cell's alignment is written as a {@code w:pPr} directly in {@code w:tc} (its paragraphs carry it
 * again in their own);</li>
 * <li>a cell's vertical alignment {@code baseline}, which WordprocessingML does not know (top, center, both,
 * bottom);</li>
 * <li>a table grid's column width as {@code w:val} instead of {@code w:w}: LibreOffice ignored the grid and
 * split a table evenly;</li>
 * <li>the children of the property elements out of the schema's order ({@link SchemaOrder});</li>
 * <li>a cell ending with a table: Word requires a paragraph last.</li>
 * </ul>
 */
final class WordprocessingRepair {

    static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    private WordprocessingRepair() {
    }

    static void repair(Document part) {
        for (Element element : elements(part)) {
            switch (element.getLocalName()) {
                case "p" -> dropMisplacedMarkProperties(element);
                case "r" -> moveRunPropertiesIntoRunProperties(element);
                case "tc" -> repairCell(element);
                case "gridCol" -> renameWidth(element);
                case "vAlign" -> replaceBaseline(element);
                default -> {
                    // nothing to repair
                }
            }
        }
        // the property elements made above are sorted too
        for (Element element : elements(part)) {
            SchemaOrder.sort(element);
        }
    }

    /** The part's WordprocessingML elements in document order, as a list that stays valid while they move. */
    private static List<Element> elements(Document part) {
        NodeList all = part.getElementsByTagNameNS(W, "*");
        List<Element> elements = new ArrayList<>(all.getLength());
        for (int i = 0; i < all.getLength(); i++) {
            elements.add((Element) all.item(i));
        }
        return elements;
    }

    /**
     * BIRT separates adjacent tables by a paragraph it means to hide, but writes the hiding where the schema
     * has no place for it; LibreOffice and Word show the paragraph, and the letters and reports take their
     * spacing between tables from it. The misplaced properties go, the paragraph stays as it always showed.
     */
    private static void dropMisplacedMarkProperties(Element paragraph) {
        children(paragraph, "rPr").forEach(paragraph::removeChild);
    }

    private static void moveRunPropertiesIntoRunProperties(Element run) {
        for (Element child : children(run, null)) {
            if (SchemaOrder.isRunProperty(child.getLocalName()) && !child.getLocalName().equals("rPr")) {
                add(first(run, "rPr"), child);
            }
        }
    }

    private static void repairCell(Element cell) {
        children(cell, "pPr").forEach(cell::removeChild);
        List<Element> content = children(cell, null);
        Element last = content.isEmpty() ? null : content.get(content.size() - 1);
        if (last == null || !"p".equals(last.getLocalName())) {
            cell.appendChild(cell.getOwnerDocument().createElementNS(W, "w:p"));
        }
    }

    private static void renameWidth(Element gridColumn) {
        if (gridColumn.hasAttributeNS(W, "val") && !gridColumn.hasAttributeNS(W, "w")) {
            gridColumn.setAttributeNS(W, "w:w", gridColumn.getAttributeNS(W, "val"));
            gridColumn.removeAttributeNS(W, "val");
        }
    }

    private static void replaceBaseline(Element alignment) {
        if ("tcPr".equals(alignment.getParentNode().getLocalName()) && "baseline".equals(alignment.getAttributeNS(W, "val"))) {
            alignment.setAttributeNS(W, "w:val", "top");
        }
    }

    /** A property moved into {@code properties}; dropped when they already have one of its kind. */
    private static void add(Element properties, Element property) {
        if (children(properties, property.getLocalName()).isEmpty()) {
            properties.appendChild(property);
        } else {
            property.getParentNode().removeChild(property);
        }
    }

    /** The element's child named {@code name} (made when there is none), as its first child, where the schema wants it. */
    private static Element first(Element parent, String name) {
        List<Element> existing = children(parent, name);
        Element first = existing.isEmpty() ? parent.getOwnerDocument().createElementNS(W, "w:" + name) : existing.get(0);
        if (parent.getFirstChild() != first) {
            parent.insertBefore(first, parent.getFirstChild());
        }
        return first;
    }

    /** The element children named {@code name} (all of them for {@code null}), as a list that stays valid while moving them. */
    private static List<Element> children(Element parent, String name) {
        List<Element> children = new ArrayList<>();
        for (Node child = parent.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element e && (name == null || name.equals(e.getLocalName()))) {
                children.add(e);
            }
        }
        return children;
    }
}
