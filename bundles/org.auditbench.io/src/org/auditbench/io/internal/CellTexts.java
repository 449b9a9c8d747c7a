package org.auditbench.io.internal;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;

/**
 * How a number cell reads as text in an institution list. Calc and Excel keep the postcode 01067 as the
 * number 1067 with the format {@code 00000}: formats of zeros only are applied, so the postcode (or a
 * phone number formatted {@code 00000000000}) reads as the user sees it. Dates read as ISO dates
 * (2026-03-01). Every other format leaves the number as it was typed: POI's formatter would turn a
 * postcode formatted {@code #,##0} into "53,111", and a number in a text-formatted cell ({@code @}) has
 * no leading zero to show.
 */
final class CellTexts extends DataFormatter {

    private static final DateTimeFormatter DATE_AND_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT);

    CellTexts() {
        super(Locale.ROOT);
    }

    @Override
    public String formatRawCellContents(double value, int formatIndex, String formatString) {
        if (DateUtil.isADateFormat(formatIndex, formatString) && DateUtil.isValidExcelDate(value)) {
            LocalDateTime date = DateUtil.getLocalDateTime(value);
            return date.toLocalTime().equals(LocalTime.MIDNIGHT) ? date.toLocalDate().toString() : date.format(DATE_AND_TIME);
        }
        if (formatString != null && formatString.matches("0+")) {
            return super.formatRawCellContents(value, formatIndex, formatString);
        }
        return asTyped(value);
    }

    /** 12345 rather than 12345.0, 4711.5, and no exponent however large the number. */
    static String asTyped(double value) {
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }
}
