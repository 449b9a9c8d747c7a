package org.auditbench.report.internal.docx;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * The order ECMA-376 Part 1 (WordprocessingML, transitional schema) prescribes for the children of the
 * property elements BIRT's DOCX emitter writes. The schema declares them as sequences; BIRT writes them in
 * the order it computes them (a colour before the fonts, a cell's margins bottom first), which Word may
 * answer with its repair prompt.
 */
final class SchemaOrder {

    private static final List<String> RUN_PROPERTIES = List.of("rStyle", "rFonts", "b", "bCs",
            "i", "iCs", "caps", "smallCaps", "strike", "dstrike", "outline", "shadow", "emboss", "imprint", "noProof", "snapToGrid",
            "vanish", "webHidden", "color", "spacing", "w", "kern", "position", "sz", "szCs", "highlight", "u", "effect", "bdr", "shd",
            "fitText", "vertAlign", "rtl", "cs", "em", "lang", "eastAsianLayout", "specVanish", "oMath", "rPrChange");

    /** A paragraph mark's properties ({@code w:rPr} in {@code w:pPr}) begin with its revision marks. */
    private static final List<String> MARK_PROPERTIES = concat(List.of("ins", "del", "moveFrom", "moveTo"), RUN_PROPERTIES);

    private static final Map<String, List<String>> SEQUENCES = Map.of(
            "rPr", MARK_PROPERTIES,
            "pPr", List.of("pStyle", "keepNext", "keepLines", "pageBreakBefore", "framePr", "widowControl", "numPr",
                    "suppressLineNumbers", "pBdr", "shd", "tabs", "suppressAutoHyphens", "kinsoku", "wordWrap", "overflowPunct",
                    "topLinePunct", "autoSpaceDE", "autoSpaceDN", "bidi", "adjustRightInd", "snapToGrid", "spacing", "ind",
                    "contextualSpacing", "mirrorIndents", "suppressOverlap", "jc", "textDirection", "textAlignment",
                    "textboxTightWrap", "outlineLvl", "divId", "cnfStyle", "rPr", "sectPr", "pPrChange"),
            "tblPr", List.of("tblStyle", "tblpPr", "tblOverlap", "bidiVisual", "tblStyleRowBandSize", "tblStyleColBandSize", "tblW",
                    "jc", "tblCellSpacing", "tblInd", "tblBorders", "shd", "tblLayout", "tblCellMar", "tblLook", "tblCaption",
                    "tblDescription", "tblPrChange"),
            "tcPr", List.of("cnfStyle", "tcW", "gridSpan", "hMerge", "vMerge", "tcBorders", "shd", "noWrap", "tcMar",
                    "textDirection", "tcFitText", "vAlign", "hideMark", "headers", "cellIns", "cellDel", "cellMerge", "tcPrChange"),
            "sectPr", List.of("headerReference", "footerReference", "footnotePr", "endnotePr", "type", "pgSz", "pgMar", "paperSrc",
                    "pgBorders", "lnNumType", "pgNumType", "cols", "formProt", "vAlign", "noEndnote", "titlePg", "textDirection", "bidi",
                    "rtlGutter", "docGrid", "printerSettings", "sectPrChange"),
            "tcMar", List.of("top", "start", "left", "bottom", "end", "right"),
            "tblCellMar", List.of("top", "start", "left", "bottom", "end", "right"),
            "tcBorders", List.of("top", "start", "left", "bottom", "end", "right", "insideH", "insideV", "tl2br", "tr2bl"),
            "tblBorders", List.of("top", "start", "left", "bottom", "end", "right", "insideH", "insideV"),
            "pBdr", List.of("top", "left", "bottom", "right", "between", "bar"));

    private SchemaOrder() {
    }

    /** Whether {@code name} is a run property, which belongs inside {@code w:rPr}, never directly in a run. */
    static boolean isRunProperty(String name) {
        return RUN_PROPERTIES.contains(name);
    }

    private static List<String> concat(List<String> first, List<String> second) {
        List<String> all = new ArrayList<>(first);
        all.addAll(second);
        return List.copyOf(all);
    }

    /** Puts the children of {@code element} in the schema's order, if the schema gives one for it. */
    static void sort(Element element) {
        List<String> sequence = SEQUENCES.get(element.getLocalName());
        if (sequence == null) {
            return;
        }
        List<Element> children = new ArrayList<>();
        for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element e) {
                children.add(e);
            }
        }
        // stable: an element the sequence does not know keeps its place after the known ones
        children.sort(Comparator.comparingInt(e -> {
            int index = sequence.indexOf(e.getLocalName());
            return index < 0 ? sequence.size() : index;
        }));
        children.forEach(element::appendChild);
    }
}
