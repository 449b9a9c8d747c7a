package org.auditbench.io.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * The number formats of a workbook's cell styles ({@code xl/styles.xml}: {@code numFmts} and
 * {@code cellXfs}), as far as they decide how a number reads as text: Excel keeps the postcode 01067 as
 * the number 1067 with the format {@code 00000}, and a number in a text-formatted cell ({@code @},
 * built-in format 49) as it was typed. Other formats (dates, decimals, currencies) leave the number as
 * it is.
 */
final class XlsxStyles {

    private static final int BUILT_IN_TEXT = 49;

    /** Per cell style index: the format code of its number format, or null. */
    private final List<String> formatCodes;

    private XlsxStyles(List<String> formatCodes) {
        this.formatCodes = formatCodes;
    }

    static XlsxStyles none() {
        return new XlsxStyles(List.of());
    }

    static XlsxStyles read(XMLStreamReader xml) throws XMLStreamException {
        Map<Integer, String> custom = new HashMap<>();
        custom.put(BUILT_IN_TEXT, "@");
        List<String> codes = new ArrayList<>();
        boolean inCellXfs = false;
        while (xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                switch (xml.getLocalName()) {
                    case "numFmt" -> custom.put(number(xml.getAttributeValue(null, "numFmtId")), xml.getAttributeValue(null, "formatCode"));
                    case "cellXfs" -> inCellXfs = true;
                    case "xf" -> {
                        if (inCellXfs) {
                            codes.add(custom.get(number(xml.getAttributeValue(null, "numFmtId"))));
                        }
                    }
                    default -> {
                        // other parts of the style sheet do not change how a number reads
                    }
                }
            } else if (event == XMLStreamConstants.END_ELEMENT && xml.getLocalName().equals("cellXfs")) {
                inCellXfs = false;
            }
        }
        return new XlsxStyles(codes);
    }

    /**
     * A number cell's value as text: zero-padded for formats of zeros only ({@code 00000}), as written
     * for the text format, otherwise as people type numbers (12345 rather than 12345.0).
     *
     * @param style the cell's style index ({@code s}), or null
     */
    String text(String style, String value) {
        String code = null;
        int index = number(style);
        if (index >= 0 && index < formatCodes.size()) {
            code = formatCodes.get(index);
        }
        if ("@".equals(code)) {
            return value;
        }
        BigDecimal number;
        try {
            number = new BigDecimal(value);
        } catch (NumberFormatException e) {
            return value;
        }
        String plain = number.stripTrailingZeros().toPlainString();
        if (code != null && !code.isEmpty() && code.chars().allMatch(c -> c == '0') && plain.matches("[0-9]+")) {
            return "0".repeat(Math.max(0, code.length() - plain.length())) + plain;
        }
        return plain;
    }

    private static int number(String text) {
        try {
            return text == null ? -1 : Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
