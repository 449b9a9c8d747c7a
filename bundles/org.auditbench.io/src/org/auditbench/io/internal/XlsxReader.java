package org.auditbench.io.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.model.StylesTable;
import org.eclipse.osgi.util.NLS;
import org.xml.sax.InputSource;
import org.xml.sax.XMLReader;

/**
 * Reads the first worksheet of an XLSX workbook through Apache POI's streaming API ({@link XSSFReader}
 * and its SAX sheet handler): the sheet is parsed as it is inflated, never held as a whole. Texts,
 * numbers as the user sees them where it matters ({@link CellTexts}), booleans, formulas by their
 * cached value. Zip bombs are POI's business ({@link ZipSecureFile}: the ratio of packed to inflated
 * bytes, the size of a part, the number of entries), hostile sheets {@link SheetRows}'s.
 */
public final class XlsxReader {

    /** The most one part may expand to. */
    static final int MAX_PART_MEGABYTES = 100;
    /** POI's default (1,000) is below what the import always allowed. */
    static final int MAX_ENTRIES = 10_000;
    /** The least a part may be packed to, as a share of its inflated size (POI's default, 1 %). */
    static final double MIN_INFLATE_RATIO = 0.01;

    /** How POI names the limit a package broke, and the part, in its messages (it has no exception types for them). */
    private static final Pattern LIMIT = Pattern.compile("(MIN_INFLATE_RATIO|MAX_ENTRY_SIZE|MAX_FILE_COUNT)(?:.*Entry: (\\S+))?",
            Pattern.DOTALL);

    static {
        // ZipSecureFile's limits hold for the whole JVM, for BIRT's reading of workbooks as well.
        ZipSecureFile.setMaxEntrySize(MAX_PART_MEGABYTES * 1024L * 1024);
        ZipSecureFile.setMaxFileCount(MAX_ENTRIES);
        ZipSecureFile.setMinInflateRatio(MIN_INFLATE_RATIO);
    }

    private XlsxReader() {
    }

    /** @return the rows, or an empty list with a problem in {@code log} when the file is not a workbook one can read */
    public static List<SourceRow> read(Path file, ImportLog log) {
        try {
            if (FileMagic.valueOf(file.toFile()) != FileMagic.OOXML) {
                throw new XlsxException(Messages.problemNotZip);
            }
            try (OPCPackage workbook = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
                XSSFReader reader = new XSSFReader(workbook);
                XSSFReader.SheetIterator sheets = reader.getSheetIterator();
                if (!sheets.hasNext()) {
                    throw new IOException("no worksheet");
                }
                StylesTable styles = reader.getStylesTable();
                try (InputStream sheet = sheets.next()) {
                    SheetRows rows = new SheetRows(sheets.getSheetName());
                    XMLReader parser = XMLHelper.newXMLReader();
                    parser.setContentHandler(new XSSFSheetXMLHandler(styles == null ? new StylesTable() : styles, null,
                            new ReadOnlySharedStringsTable(workbook, false), rows, new CellTexts(), false));
                    parser.parse(new InputSource(sheet));
                    return rows.rows();
                }
            }
        } catch (Exception e) {
            log.problem(0, problem(e));
            return List.of();
        }
    }

    /** What is wrong with the workbook, from the first cause that says so. */
    private static String problem(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof XlsxException refused) {
                return refused.getMessage();
            }
            Matcher limit = t.getMessage() == null ? null : LIMIT.matcher(t.getMessage());
            if (limit != null && limit.find()) {
                String part = limit.group(2) == null ? "?" : limit.group(2);
                return switch (limit.group(1)) {
                    case "MIN_INFLATE_RATIO" -> NLS.bind(Messages.problemZipRatio, part, Math.round(1 / MIN_INFLATE_RATIO));
                    case "MAX_ENTRY_SIZE" -> NLS.bind(Messages.problemZipPartTooLarge, part, MAX_PART_MEGABYTES);
                    default -> NLS.bind(Messages.problemZipTooManyEntries, MAX_ENTRIES);
                };
            }
        }
        String message = failure.getMessage() == null ? failure.toString() : failure.getMessage().lines().findFirst().orElse("");
        return NLS.bind(Messages.problemNotXlsx, message);
    }
}
