package org.auditbench.core.letters;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.auditbench.core.BadInputException;
import org.auditbench.core.CampaignTemplate;
import org.auditbench.core.CaseDeadline;
import org.auditbench.core.CaseDesk;
import org.auditbench.core.CaseStep;
import org.auditbench.core.LocalizedText;
import org.auditbench.core.StepRefusedException;
import org.auditbench.core.WorkflowSession;
import org.auditbench.model.AuditCase;
import org.auditbench.model.Campaign;
import org.auditbench.model.CaseState;
import org.auditbench.model.Letter;
import org.auditbench.model.LetterKind;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;

/**
 * The letters of a campaign as a step of the workflow. Request letters go to every case whose letter is
 * not yet sent (a letter written before is written again, so corrected data reach it) and that has a
 * usable Phase 1 result; reminders go to every case overdue on the reminder's date and record the
 * reminder with its new deadline. Each letter is rendered by the {@link LetterRenderer} into a temporary
 * file first and replaces the earlier one only when complete, then it is recorded on its case; letters
 * are rendered side by side, recorded in the order of the cases.
 */
public final class LetterDesk {

    private static final Set<CaseState> AWAITING_REQUEST = EnumSet.of(CaseState.SCANNED, CaseState.LETTER_GENERATED);
    private static final int RENDERERS = Runtime.getRuntime().availableProcessors();

    private final WorkflowSession session;

    public LetterDesk(WorkflowSession session) {
        this.session = session;
    }

    /**
     * @param deadline the deadline the letters print, or null for the template's time to answer (of a
     *                 request or of a reminder) after {@code letterDate}
     */
    public LetterRun write(long campaignId, LetterKind kind, LocalDate letterDate, LocalDate deadline, Path directory,
            LetterRenderer renderer, IProgressMonitor monitor) throws BadInputException, IOException {
        Campaign campaign = session.campaign(campaignId);
        return write(campaign, kind, letterDate, deadline, directory, renderer, monitor, c -> true, Set.of());
    }

    /**
     * The request letter of one case written again from the data as they are now (a corrected name or
     * address, a new scan), while it is not sent; a case without a usable Phase 1 result is skipped with the
     * reason, as in a run of the whole campaign.
     *
     * @throws StepRefusedException when the case's letter was sent (or its mail servers were never scanned)
     */
    public LetterRun rewrite(long campaignId, long institutionId, LocalDate letterDate, LocalDate deadline, Path directory,
            LetterRenderer renderer, IProgressMonitor monitor) throws BadInputException, IOException {
        Campaign campaign = session.campaign(campaignId);
        AuditCase chosen = session.caseOf(campaign, institutionId);
        if (!waits(chosen, LetterKind.REQUEST, letterDate)) {
            throw StepRefusedException.refused(chosen, CaseStep.GENERATE_LETTER);
        }
        // the other cases' letters keep their names: one of the same name is not overwritten
        Set<String> taken = campaign.getCases().stream().filter(c -> c != chosen).flatMap(c -> c.getLetters().stream())
                .map(Letter::getDocumentName).filter(n -> n != null).map(n -> Path.of(n).getFileName().toString())
                .collect(Collectors.toSet());
        return write(campaign, LetterKind.REQUEST, letterDate, deadline, directory, renderer, monitor, c -> c == chosen, taken);
    }

    private LetterRun write(Campaign campaign, LetterKind kind, LocalDate letterDate, LocalDate deadline, Path directory,
            LetterRenderer renderer, IProgressMonitor monitor, Predicate<AuditCase> chosen, Set<String> taken)
            throws BadInputException, IOException {
        CampaignTemplate template = session.template(campaign);
        LocalDate due = deadline != null ? deadline : letterDate.plusDays(kind == LetterKind.REMINDER
                ? template.letter().reminder().deadlineOffsetDays() : template.deadlineOffsetDays());
        if (!due.isAfter(letterDate)) {
            throw new BadInputException("the deadline " + due + " must lie after the letter's date " + letterDate);
        }
        List<AuditCase> waiting = campaign.getCases().stream().filter(chosen).filter(c -> waits(c, kind, letterDate)).toList();
        Map<CaseState, Long> elsewhere = new TreeMap<>(campaign.getCases().stream().filter(chosen).filter(c -> !waits(c, kind, letterDate))
                .collect(Collectors.groupingBy(AuditCase::getState, Collectors.counting())));
        SubMonitor progress = SubMonitor.convert(monitor, waiting.size());
        Files.createDirectories(directory);
        String checkId = template.vulnerabilityReferences().get(0);
        Set<String> names = new HashSet<>(taken);
        List<Planned> planned = new ArrayList<>();
        List<SkippedCase> skipped = new ArrayList<>();
        for (AuditCase auditCase : waiting) {
            Phase1Result result = Phase1Result.of(session.store().scanRuns().latestDomainScans(auditCase.getInstitution()), checkId);
            if (kind == LetterKind.REQUEST && !result.usable()) {
                skipped.add(new SkippedCase(auditCase, joined(result.problems())));
                progress.worked(1);
                continue;
            }
            Letter first = kind == LetterKind.REMINDER ? lastSentRequest(auditCase) : null;
            Path file = directory.resolve(unique(names, LetterFileName.of(auditCase, kind, renderer.extension()), auditCase));
            planned.add(new Planned(new LetterOrder(kind, template, auditCase, result, letterDate, due, first), file));
        }
        List<WrittenLetter> written = renderAndRecord(campaign, planned, renderer, progress);
        return new LetterRun(kind, letterDate, directory, List.copyOf(written), List.copyOf(skipped), elsewhere);
    }

    /** A letter decided on: what it says and where it goes. */
    private record Planned(LetterOrder order, Path file) {
    }

    /**
     * Renders the letters on as many threads as there are processors (rendering is the slow part) and
     * records them one by one in the order of the cases, each as soon as it is written. A failure or a
     * cancellation stops the run: the letters recorded so far stay recorded, the others are not; a file
     * rendered but not yet recorded is written again by the next run.
     */
    private List<WrittenLetter> renderAndRecord(Campaign campaign, List<Planned> planned, LetterRenderer renderer,
            SubMonitor progress) throws BadInputException, IOException {
        CaseDesk cases = new CaseDesk(session);
        List<WrittenLetter> written = new ArrayList<>();
        ExecutorService renderers = Executors.newFixedThreadPool(RENDERERS);
        try {
            List<Future<?>> rendering = new ArrayList<>();
            for (Planned letter : planned) {
                rendering.add(renderers.submit(() -> {
                    render(renderer, letter.order(), letter.file());
                    return null;
                }));
            }
            for (int i = 0; i < planned.size(); i++) {
                AuditCase auditCase = planned.get(i).order().auditCase();
                progress.subTask(auditCase.getInstitution().getName());
                awaitRendering(rendering.get(i), progress);
                written.add(record(cases, campaign, planned.get(i)));
                progress.worked(1);
            }
            return written;
        } finally {
            renderers.shutdownNow();
        }
    }

    private static void awaitRendering(Future<?> rendering, SubMonitor progress) throws IOException {
        try {
            while (true) {
                if (progress.isCanceled()) {
                    throw new OperationCanceledException();
                }
                try {
                    rendering.get(200, TimeUnit.MILLISECONDS);
                    return;
                } catch (TimeoutException e) {
                    // look at the cancel button again
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new OperationCanceledException();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof IOException failure) {
                throw failure;
            }
            throw new IOException(e.getCause().getMessage(), e.getCause());
        }
    }

    private WrittenLetter record(CaseDesk cases, Campaign campaign, Planned letter) throws BadInputException, IOException {
        AuditCase auditCase = letter.order().auditCase();
        long institutionId = auditCase.getInstitution().getId();
        String file = letter.file().toString();
        if (letter.order().kind() == LetterKind.REMINDER) {
            cases.recordReminderGenerated(campaign, institutionId, letter.order().letterDate(), letter.order().deadline(), file);
            return new WrittenLetter(auditCase, letter.file(), false);
        }
        String earlier = unsentRequestDocument(auditCase);
        cases.recordLetterGenerated(campaign, institutionId, file);
        if (earlier != null && isStaleTwin(Path.of(earlier), letter.file())) {
            Files.deleteIfExists(Path.of(earlier));
        }
        return new WrittenLetter(auditCase, letter.file(), earlier != null);
    }

    private static boolean waits(AuditCase auditCase, LetterKind kind, LocalDate letterDate) {
        if (kind == LetterKind.REMINDER) {
            return auditCase.getState() == CaseState.LETTER_SENT && CaseDeadline.isOverdue(auditCase, letterDate);
        }
        return AWAITING_REQUEST.contains(auditCase.getState());
    }

    /** Renders into a temporary file beside the target, so a failed rendering leaves the earlier letter as it was. */
    private static void render(LetterRenderer renderer, LetterOrder order, Path file) throws IOException {
        Path part = file.resolveSibling(file.getFileName() + ".part");
        try {
            renderer.render(order, part);
            Files.move(part, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(part);
        }
    }

    /** Two institutions of the same name without file numbers must not overwrite each other's letter. */
    private static String unique(Set<String> names, String name, AuditCase auditCase) {
        String chosen = names.contains(name) ? name.replaceFirst("(\\.[a-z]+)$", "-" + auditCase.getId() + "$1") : name;
        names.add(chosen);
        return chosen;
    }

    /**
     * The unsent letter written before under another name, in the same folder: the institution's name or
     * file number was corrected since, and two letters to it would lie side by side. Files elsewhere are
     * left alone.
     */
    private static boolean isStaleTwin(Path earlier, Path file) {
        Path before = earlier.toAbsolutePath().normalize();
        Path now = file.toAbsolutePath().normalize();
        return !before.equals(now) && before.getParent().equals(now.getParent());
    }

    private static Letter lastSentRequest(AuditCase auditCase) {
        return auditCase.getLetters().stream().filter(l -> l.getKind() == LetterKind.REQUEST && l.getSentOn() != null)
                .reduce((a, b) -> b).orElse(null);
    }

    private static String unsentRequestDocument(AuditCase auditCase) {
        return auditCase.getLetters().stream().filter(l -> l.getKind() == LetterKind.REQUEST && l.getSentOn() == null)
                .map(Letter::getDocumentName).filter(n -> n != null).findFirst().orElse(null);
    }

    private static LocalizedText joined(List<LocalizedText> texts) {
        return new LocalizedText(texts.stream().map(LocalizedText::german).collect(Collectors.joining("; ")),
                texts.stream().map(t -> t.english() == null ? t.german() : t.english()).collect(Collectors.joining("; ")));
    }
}
