package org.auditbench.ui.internal.emf;

import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Date;
import java.util.Locale;

import org.auditbench.core.CampaignTemplates;
import org.auditbench.core.SelectionRuleText;
import org.auditbench.model.AuditPackage;
import org.auditbench.model.Campaign;
import org.auditbench.model.edit.AuditbenchItemProviders;

/**
 * A value in the Properties view in the workbench's language, where the item provider's label would show
 * what is stored: booleans (EMF writes "true"), dates (EMF writes XML Schema form), the campaign's template
 * (stored as its id; shown by its name) and its selection rule (stored in English as the record; shown as
 * the sentence the Overview page shows, with the institutions added by hand).
 */
final class PropertyValueText {

    private PropertyValueText() {
    }

    /** The text of {@code value} of {@code owner}'s {@code feature}, or null where the item provider's label says it well. */
    static String of(Object owner, Object feature, Object value) {
        if (value instanceof Boolean flag) {
            return flag ? Messages.Property_yes : Messages.Property_no;
        }
        if (value instanceof Date date) {
            return dateText(date);
        }
        if (feature == AuditPackage.Literals.CAMPAIGN__TEMPLATE_ID && value instanceof String id) {
            return CampaignTemplates.builtIn().all().stream().filter(t -> t.id().equals(id)).findFirst()
                    .map(t -> t.title().in(Locale.getDefault())).orElse(id);
        }
        if (feature == AuditPackage.Literals.CAMPAIGN__SELECTION_RULE && owner instanceof Campaign campaign) {
            return SelectionRuleText.of(campaign, Locale.getDefault());
        }
        return null;
    }

    /** A day as the views show it; a moment with its time of day, both in the user's format. */
    static String dateText(Date date) {
        LocalDateTime at = LocalDateTime.ofInstant(date.toInstant(), ZoneId.systemDefault());
        if (at.toLocalTime().equals(LocalTime.MIDNIGHT)) {
            return AuditbenchItemProviders.date(at.toLocalDate());
        }
        return at.format(DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(Locale.getDefault()));
    }
}
