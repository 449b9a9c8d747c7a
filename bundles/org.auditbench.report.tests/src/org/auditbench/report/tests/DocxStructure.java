package org.auditbench.report.tests;

import static org.junit.Assert.assertTrue;

import java.io.ByteArrayInputStream;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import javax.xml.parsers.DocumentBuilderFactory;

import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Checks the document, header and footer parts of a DOCX against the rules of ECMA-376 Part 1
 * (WordprocessingML, transitional schema, transcribed here from the standard for the test): the children
 * of the property elements in their sequence, a run holding only its {@code w:rPr} (first) and run content,
 * a paragraph only its {@code w:pPr} (first) and paragraph content, table, row and cell structure (a cell
 * ends with a paragraph, as Word requires), a cell's vertical alignment one of the schema's values, and the
 * fields' {@code w:fldChar} runs balanced (begin, instruction, optional separate, end). Returns every
 * violation with its part and place.
 */
final class DocxStructure {

    private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    private static final List<String> RUN_PROPERTIES = List.of("rStyle", "rFonts", "b", "bCs", "i", "iCs", "caps", "smallCaps",
            "strike", "dstrike", "outline", "shadow", "emboss", "imprint", "noProof", "snapToGrid", "vanish", "webHidden", "color",
            "spacing", "w", "kern", "position", "sz", "szCs", "highlight", "u", "effect", "bdr", "shd", "fitText", "vertAlign", "rtl",
            "cs", "em", "lang", "eastAsianLayout", "specVanish", "oMath", "rPrChange");

    /** CT_RPr, CT_ParaRPr, CT_PPr, CT_TblPr, CT_TcPr, CT_SectPr and the margins and borders: sequences. */
    private static final Map<String, List<String>> SEQUENCES = Map.ofEntries(
            Map.entry("rPr", concat(List.of("ins", "del", "moveFrom", "moveTo"), RUN_PROPERTIES)),
            Map.entry("pPr", List.of("pStyle", "keepNext", "keepLines", "pageBreakBefore", "framePr", "widowControl", "numPr",
                    "suppressLineNumbers", "pBdr", "shd", "tabs", "suppressAutoHyphens", "kinsoku", "wordWrap", "overflowPunct",
                    "topLinePunct", "autoSpaceDE", "autoSpaceDN", "bidi", "adjustRightInd", "snapToGrid", "spacing", "ind",
                    "contextualSpacing", "mirrorIndents", "suppressOverlap", "jc", "textDirection", "textAlignment", "textboxTightWrap",
                    "outlineLvl", "divId", "cnfStyle", "rPr", "sectPr", "pPrChange")),
            Map.entry("tblPr", List.of("tblStyle", "tblpPr", "tblOverlap", "bidiVisual", "tblStyleRowBandSize", "tblStyleColBandSize",
                    "tblW", "jc", "tblCellSpacing", "tblInd", "tblBorders", "shd", "tblLayout", "tblCellMar", "tblLook", "tblCaption",
                    "tblDescription", "tblPrChange")),
            Map.entry("tcPr", List.of("cnfStyle", "tcW", "gridSpan", "hMerge", "vMerge", "tcBorders", "shd", "noWrap", "tcMar",
                    "textDirection", "tcFitText", "vAlign", "hideMark", "headers", "cellIns", "cellDel", "cellMerge", "tcPrChange")),
            Map.entry("sectPr", List.of("headerReference", "footerReference", "footnotePr", "endnotePr", "type", "pgSz", "pgMar",
                    "paperSrc", "pgBorders", "lnNumType", "pgNumType", "cols", "formProt", "vAlign", "noEndnote", "titlePg",
                    "textDirection", "bidi", "rtlGutter", "docGrid", "printerSettings", "sectPrChange")),
            Map.entry("tcMar", List.of("top", "start", "left", "bottom", "end", "right")),
            Map.entry("tblCellMar", List.of("top", "start", "left", "bottom", "end", "right")),
            Map.entry("tcBorders", List.of("top", "start", "left", "bottom", "end", "right", "insideH", "insideV", "tl2br", "tr2bl")),
            Map.entry("tblBorders", List.of("top", "start", "left", "bottom", "end", "right", "insideH", "insideV")),
            Map.entry("pBdr", List.of("top", "left", "bottom", "right", "between", "bar")),
            Map.entry("tbl", List.of("tblPr", "tblGrid", "tr")),
            Map.entry("tr", List.of("tblPrEx", "trPr", "tc")));

    /** EG_RunInnerContent. */
    private static final Set<String> RUN_CONTENT = Set.of("br", "t", "contentPart", "delText", "instrText", "delInstrText",
            "noBreakHyphen", "softHyphen", "dayShort", "monthShort", "yearShort", "dayLong", "monthLong", "yearLong", "annotationRef",
            "footnoteRef", "endnoteRef", "separator", "continuationSeparator", "sym", "pgNum", "cr", "tab", "object", "pict", "fldChar",
            "ruby", "footnoteReference", "endnoteReference", "commentReference", "drawing", "ptab", "lastRenderedPageBreak");

    /** EG_PContent and the range markup allowed in a paragraph. */
    private static final Set<String> PARAGRAPH_CONTENT = Set.of("r", "hyperlink", "fldSimple", "smartTag", "sdt", "customXml",
            "dir", "bdo", "subDoc", "ins", "del", "moveFrom", "moveTo", "proofErr", "permStart", "permEnd", "bookmarkStart",
            "bookmarkEnd", "commentRangeStart", "commentRangeEnd", "moveFromRangeStart", "moveFromRangeEnd", "moveToRangeStart",
            "moveToRangeEnd", "oMathPara", "oMath");

    /** EG_BlockLevelElts as they appear in a cell, a body, a header or footer. */
    private static final Set<String> BLOCK_CONTENT = Set.of("p", "tbl", "sdt", "customXml", "altChunk", "bookmarkStart",
            "bookmarkEnd", "proofErr", "permStart", "permEnd", "commentRangeStart", "commentRangeEnd", "ins", "del");

    private static final Set<String> VERTICAL_ALIGNMENTS = Set.of("top", "center", "both", "bottom");

    private DocxStructure() {
    }

    /** Fails naming how many places break the rules and the first of them. */
    static void assertValid(byte[] docx) throws Exception {
        List<String> violations = violations(docx);
        assertTrue(violations.size() + " place(s) break ECMA-376, the first:\n"
                + String.join("\n", violations.stream().distinct().limit(12).toList()), violations.isEmpty());
    }

    /** Every violation in the document, header and footer parts, empty when there is none. */
    static List<String> violations(byte[] docx) throws Exception {
        List<String> violations = new ArrayList<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(docx))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (entry.getName().matches("word/(document|header\\d*|footer\\d*)\\.xml")) {
                    check(entry.getName(), zip.readAllBytes(), violations);
                }
            }
        }
        return violations;
    }

    private static void check(String part, byte[] xml, List<String> violations) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        Element root = factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml)).getDocumentElement();
        new Walk(part, violations).element(root, "");
    }

    private static final class Walk {
        private final String part;
        private final List<String> violations;
        private final Deque<String> fields = new ArrayDeque<>();

        Walk(String part, List<String> violations) {
            this.part = part;
            this.violations = violations;
        }

        void element(Element element, String path) {
            String name = element.getLocalName();
            String here = path + "/" + name;
            List<Element> children = children(element);
            List<String> sequence = SEQUENCES.get(name);
            if (sequence != null && W.equals(element.getNamespaceURI())) {
                inSequence(here, children, sequence);
            }
            switch (name) {
                case "r" -> contentAfter(here, children, "rPr", RUN_CONTENT);
                case "p" -> contentAfter(here, children, "pPr", PARAGRAPH_CONTENT);
                case "tc" -> cell(here, children);
                case "body", "hdr", "ftr" -> contentAfter(here, children, null, BLOCK_CONTENT);
                case "vAlign" -> {
                    if (path.endsWith("/tcPr") && !VERTICAL_ALIGNMENTS.contains(element.getAttributeNS(W, "val"))) {
                        fail(here, "vertical alignment '" + element.getAttributeNS(W, "val") + "' is not one of " + VERTICAL_ALIGNMENTS);
                    }
                }
                case "fldChar" -> field(here, element.getAttributeNS(W, "fldCharType"));
                case "instrText" -> {
                    if (fields.isEmpty() || !fields.peek().equals("begin")) {
                        fail(here, "a field instruction outside a field's begin and separate");
                    }
                }
                default -> {
                    // no rule of its own
                }
            }
            for (Element child : children) {
                element(child, here);
            }
            if (name.equals("document") || name.equals("hdr") || name.equals("ftr")) {
                if (!fields.isEmpty()) {
                    fail(here, fields.size() + " field(s) begun and never ended");
                }
            }
        }

        private void field(String here, String type) {
            switch (type) {
                case "begin" -> fields.push("begin");
                case "separate" -> {
                    if (fields.isEmpty() || !fields.peek().equals("begin")) {
                        fail(here, "a field separator without its begin");
                    } else {
                        fields.pop();
                        fields.push("separate");
                    }
                }
                case "end" -> {
                    if (fields.isEmpty()) {
                        fail(here, "a field end without its begin");
                    } else {
                        fields.pop();
                    }
                }
                default -> fail(here, "unknown fldCharType '" + type + "'");
            }
        }

        private void inSequence(String here, List<Element> children, List<String> sequence) {
            int last = -1;
            for (Element child : children) {
                int index = sequence.indexOf(child.getLocalName());
                if (index < 0) {
                    fail(here, "w:" + child.getLocalName() + " is not allowed here");
                } else if (index < last) {
                    fail(here, "w:" + child.getLocalName() + " stands after w:" + sequence.get(last) + ", the schema wants it before");
                } else {
                    last = index;
                }
            }
        }

        /** {@code properties} at most once and first, then only {@code content}. */
        private void contentAfter(String here, List<Element> children, String properties, Set<String> content) {
            for (int i = 0; i < children.size(); i++) {
                String child = children.get(i).getLocalName();
                if (child.equals(properties)) {
                    if (i > 0) {
                        fail(here, "w:" + properties + " is not the first child");
                    }
                } else if (!content.contains(child) && !(here.endsWith("/body") && child.equals("sectPr") && i == children.size() - 1)) {
                    fail(here, "w:" + child + " is not allowed here");
                }
            }
        }

        private void cell(String here, List<Element> children) {
            contentAfter(here, children, "tcPr", BLOCK_CONTENT);
            Element last = children.isEmpty() ? null : children.get(children.size() - 1);
            if (last == null || !last.getLocalName().equals("p")) {
                fail(here, "the cell does not end with a paragraph");
            }
        }

        private void fail(String here, String what) {
            violations.add(part + " " + here + ": " + what);
        }
    }

    private static List<Element> children(Element element) {
        List<Element> children = new ArrayList<>();
        for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element e) {
                children.add(e);
            }
        }
        return children;
    }

    private static List<String> concat(List<String> first, List<String> second) {
        List<String> all = new ArrayList<>(first);
        all.addAll(second);
        return all;
    }
}
