package org.auditbench.report.letters;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.auditbench.core.BadInputException;
import org.auditbench.core.WorkflowSession;
import org.auditbench.core.letters.LetterDesk;
import org.auditbench.core.letters.LetterOrder;
import org.auditbench.core.letters.LetterRenderer;
import org.auditbench.core.letters.LetterRun;
import org.auditbench.core.letters.WrittenLetter;
import org.auditbench.model.LetterKind;
import org.auditbench.report.ReportFormat;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;

/**
 * All letters of one kind for a campaign in one run: one file per case (PDF or DOCX) through the
 * workflow's {@link LetterDesk}, and on request one combined PDF of them for printing. The command line
 * and the workbench both write letters through this class.
 */
public final class MailMerge {

    private final WorkflowSession session;
    private final Authority authority;

    public MailMerge(WorkflowSession session, Authority authority) {
        this.session = session;
        this.authority = authority;
    }

    /**
     * @param deadline the deadline the letters print, or null for the authority's default time to answer
     *        (requests) or else the template's
     * @param combined where the combined PDF goes, or null for none; not written when no letter was
     */
    public LetterRun write(long campaignId, LetterKind kind, ReportFormat format, LocalDate letterDate, LocalDate deadline,
            Path directory, Path combined, IProgressMonitor monitor) throws BadInputException, IOException {
        if (format != ReportFormat.PDF && format != ReportFormat.DOCX) {
            throw new BadInputException("letters are written as pdf or docx, not " + format.birtName());
        }
        SubMonitor progress = SubMonitor.convert(monitor, 20);
        BirtLetterRenderer birt = new BirtLetterRenderer(new LetterComposer(authority), format);
        Path copies = combined != null && format != ReportFormat.PDF ? Files.createTempDirectory("auditbench-print") : null;
        try {
            WithPrintCopy printable = copies == null ? null : new WithPrintCopy(birt, copies);
            LocalDate due = deadline == null && kind == LetterKind.REQUEST ? authority.requestDeadline(letterDate) : deadline;
            LetterRun run = new LetterDesk(session).write(campaignId, kind, letterDate, due, directory,
                    printable == null ? birt : printable, progress.split(19));
            if (combined != null && !run.written().isEmpty()) {
                List<Path> pages = run.written().stream().map(w -> printable == null ? w.file() : printable.copyOf(w)).toList();
                writeCombined(pages, session.campaign(campaignId).getTitle(), combined);
            }
            progress.done();
            return run;
        } finally {
            if (copies != null) {
                deleteTree(copies);
            }
        }
    }

    /**
     * The request letter of one case written again from the data as they are now, while it is not sent
     * (the workflow refuses it otherwise, with the reason); its deadline as a run of the campaign sets it.
     */
    public LetterRun rewrite(long campaignId, long institutionId, ReportFormat format, LocalDate letterDate, Path directory,
            IProgressMonitor monitor) throws BadInputException, IOException {
        if (format != ReportFormat.PDF && format != ReportFormat.DOCX) {
            throw new BadInputException("letters are written as pdf or docx, not " + format.birtName());
        }
        return new LetterDesk(session).rewrite(campaignId, institutionId, letterDate, authority.requestDeadline(letterDate), directory,
                new BirtLetterRenderer(new LetterComposer(authority), format), monitor);
    }

    private static void writeCombined(List<Path> letters, String title, Path combined) throws IOException {
        Path parent = combined.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        Path part = parent.resolve(combined.getFileName() + ".part");
        try {
            try (OutputStream out = Files.newOutputStream(part)) {
                CombinedPdf.write(letters, title, out);
            }
            Files.move(part, combined, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(part);
        }
    }

    private static void deleteTree(Path directory) throws IOException {
        try (Stream<Path> files = Files.walk(directory)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(file);
            }
        }
    }

    /** Writes each letter in the run's format and a PDF of it for the combined file, named by its case. */
    private static final class WithPrintCopy implements LetterRenderer {

        private final BirtLetterRenderer birt;
        private final Path directory;

        WithPrintCopy(BirtLetterRenderer birt, Path directory) {
            this.birt = birt;
            this.directory = directory;
        }

        @Override
        public String extension() {
            return birt.extension();
        }

        @Override
        public void render(LetterOrder order, Path file) throws IOException {
            birt.render(order, file);
            birt.render(order, ReportFormat.PDF, directory.resolve("case-" + order.auditCase().getId() + ".pdf"));
        }

        Path copyOf(WrittenLetter letter) {
            return directory.resolve("case-" + letter.auditCase().getId() + ".pdf");
        }
    }
}
