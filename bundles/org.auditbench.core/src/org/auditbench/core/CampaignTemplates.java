package org.auditbench.core;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.auditbench.core.internal.json.JsonParser;
import org.auditbench.core.internal.json.JsonValue;
import org.auditbench.model.SelectionReason;

/**
 * The campaign templates, kept as data in {@code templates/campaign-templates.json} of this bundle so a
 * new campaign kind or a changed legal reference needs no code. A template may name another with
 * {@code basedOn} and give only what differs (the GDPR variant of ProxyLogon differs in its legal basis).
 */
public final class CampaignTemplates {

    static final String RESOURCE = "/templates/campaign-templates.json";

    private final Map<String, CampaignTemplate> byId;

    private CampaignTemplates(Map<String, CampaignTemplate> byId) {
        this.byId = byId;
    }

    /** The templates shipped with Auditbench, read once. */
    public static CampaignTemplates builtIn() {
        return Shipped.TEMPLATES;
    }

    /** Read when first asked for: the shipped templates never change while Auditbench runs. */
    private static final class Shipped {
        static final CampaignTemplates TEMPLATES = read();
    }

    private static CampaignTemplates read() {
        try (InputStream in = CampaignTemplates.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            return parse("campaign-templates.json", new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException | BadInputException e) {
            throw new IllegalStateException("the built-in campaign templates cannot be read: " + e.getMessage(), e);
        }
    }

    /** Reads templates from JSON text; {@code source} names it in error messages. */
    public static CampaignTemplates parse(String source, String json) throws BadInputException {
        Map<String, CampaignTemplate> byId = new LinkedHashMap<>();
        Map<String, JsonValue> raw = new LinkedHashMap<>();
        for (JsonValue entry : JsonParser.parse(source, json).get("templates").elements()) {
            entry.allowOnly("id", "basedOn", "title", "vulnerabilityReferences", "legalBasis", "terms", "timeline",
                    "deadlineOffsetDays", "requiredSteps", "questions", "letter");
            String id = entry.get("id").asString();
            if (raw.containsKey(id)) {
                throw entry.get("id").fail("template '" + id + "' is defined twice");
            }
            raw.put(id, entry);
            byId.put(id, new TemplateReader(entry, raw).read(id));
        }
        return new CampaignTemplates(byId);
    }

    public Optional<CampaignTemplate> find(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** The template {@code id}; the error lists the known ones. */
    public CampaignTemplate get(String id) throws BadInputException {
        return find(id).orElseThrow(() -> new BadInputException(
                "unknown campaign template '" + id + "' (known: " + String.join(", ", byId.keySet()) + ")"));
    }

    public List<CampaignTemplate> all() {
        return new ArrayList<>(byId.values());
    }

    /** Reads one entry, taking members it lacks from the template it is based on. */
    private record TemplateReader(JsonValue entry, Map<String, JsonValue> earlier) {

        CampaignTemplate read(String id) throws BadInputException {
            return new CampaignTemplate(id, text(member("title")),
                    List.copyOf(member("vulnerabilityReferences").asStrings()), text(member("legalBasis")),
                    textsByName(member("terms")), timeline(member("timeline")),
                    member("deadlineOffsetDays").asInt(), texts(member("requiredSteps")), texts(member("questions")),
                    letter(member("letter")));
        }

        private static CampaignTemplate.LetterTemplate letter(JsonValue value) throws BadInputException {
            value.allowOnly("documentTitle", "subjectLine", "notes", "intro", "bySelection", "stepsLeadIn", "steps", "afterSteps",
                    "beforeResults", "resultLabel", "questionsLeadIn", "byFinding", "closing", "reminder");
            Map<String, String> notes = new LinkedHashMap<>();
            JsonValue noteLinks = value.get("notes");
            for (String name : noteLinks.names()) {
                notes.put(name, noteLinks.get(name).asString());
            }
            JsonValue bySelection = value.get("bySelection");
            Map<SelectionReason, LocalizedText> selection = new EnumMap<>(SelectionReason.class);
            for (SelectionReason reason : SelectionReason.VALUES) {
                selection.put(reason, text(bySelection.get(reason.getName())));
            }
            JsonValue byFinding = value.get("byFinding");
            Map<CampaignTemplate.Finding, CampaignTemplate.FindingWording> findings = new EnumMap<>(CampaignTemplate.Finding.class);
            for (CampaignTemplate.Finding finding : CampaignTemplate.Finding.values()) {
                findings.put(finding, findingWording(byFinding.get(finding.name())));
            }
            return new CampaignTemplate.LetterTemplate(text(value.get("documentTitle")), text(value.get("subjectLine")), Collections.unmodifiableMap(notes),
                    texts(value.get("intro")), Collections.unmodifiableMap(selection), text(value.get("stepsLeadIn")),
                    texts(value.get("steps")), texts(value.get("afterSteps")), texts(value.get("beforeResults")),
                    text(value.get("resultLabel")), text(value.get("questionsLeadIn")), Collections.unmodifiableMap(findings), texts(value.get("closing")),
                    reminder(value.get("reminder")));
        }

        private static CampaignTemplate.FindingWording findingWording(JsonValue value) throws BadInputException {
            value.allowOnly("result", "questions", "afterQuestions");
            Optional<JsonValue> after = value.optional("afterQuestions");
            return new CampaignTemplate.FindingWording(texts(value.get("result")), value.get("questions").asBoolean(),
                    after.isPresent() ? texts(after.get()) : List.of());
        }

        private static CampaignTemplate.ReminderTemplate reminder(JsonValue value) throws BadInputException {
            value.allowOnly("documentTitle", "subject", "deadlineOffsetDays", "paragraphs");
            return new CampaignTemplate.ReminderTemplate(text(value.get("documentTitle")), text(value.get("subject")), value.get("deadlineOffsetDays").asInt(),
                    texts(value.get("paragraphs")));
        }

        private static Map<String, LocalizedText> textsByName(JsonValue value) throws BadInputException {
            Map<String, LocalizedText> texts = new LinkedHashMap<>();
            for (String name : value.names()) {
                texts.put(name, text(value.get(name)));
            }
            return Collections.unmodifiableMap(texts);
        }

        private JsonValue member(String name) throws BadInputException {
            JsonValue current = entry;
            while (true) {
                Optional<JsonValue> own = current.optional(name);
                if (own.isPresent()) {
                    return own.get();
                }
                Optional<JsonValue> base = current.optional("basedOn");
                if (base.isEmpty()) {
                    return entry.get(name);
                }
                String baseId = base.get().asString();
                current = earlier.get(baseId);
                if (current == null || current == entry) {
                    throw base.get().fail("'" + baseId + "' is not a template defined before this one");
                }
            }
        }

        private static LocalizedText text(JsonValue value) throws BadInputException {
            value.allowOnly("de", "en");
            Optional<JsonValue> english = value.optional("en");
            return new LocalizedText(value.get("de").asString(), english.isPresent() ? english.get().asString() : null);
        }

        private static List<LocalizedText> texts(JsonValue value) throws BadInputException {
            List<LocalizedText> texts = new ArrayList<>();
            for (JsonValue element : value.elements()) {
                texts.add(text(element));
            }
            return List.copyOf(texts);
        }

        private static CampaignTemplate.VulnerabilityTimeline timeline(JsonValue value) throws BadInputException {
            value.allowOnly("exploitedSince", "published", "patchReleased");
            return new CampaignTemplate.VulnerabilityTimeline(value.get("exploitedSince").asDate(),
                    value.get("published").asDate(), value.get("patchReleased").asDate());
        }
    }
}
