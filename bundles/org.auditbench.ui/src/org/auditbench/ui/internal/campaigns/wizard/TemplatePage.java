package org.auditbench.ui.internal.campaigns.wizard;

import java.time.Year;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.auditbench.core.BadInputException;
import org.auditbench.core.CampaignTemplate;
import org.auditbench.core.FileNumberPattern;
import org.auditbench.core.LocalizedText;
import org.auditbench.ui.WidgetIds;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

/**
 * The first page of New Campaign: the template with what it asks and why, the campaign's title and how its
 * cases' file numbers are made (with the first one as an example).
 */
final class TemplatePage extends WizardPage {

    private final List<CampaignTemplate> templates;
    private Combo template;
    private Text legalBasis;
    private Text questions;
    private Label facts;
    private Text title;
    private Text fileNumbers;
    private Label firstFileNumber;
    /** The title the page proposed; replaced when another template is chosen, unless the auditor typed one. */
    private String proposedTitle = "";

    TemplatePage(List<CampaignTemplate> templates) {
        super("template");
        this.templates = templates;
        setTitle(Messages.Template_page);
        setDescription(Messages.Template_description);
    }

    @Override
    public void createControl(Composite parent) {
        Composite form = new Composite(parent, SWT.NONE);
        GridLayoutFactory.swtDefaults().numColumns(2).applyTo(form);
        label(form, Messages.Template_template);
        template = WidgetIds.set(new Combo(form, SWT.READ_ONLY | SWT.DROP_DOWN), "newCampaign.template");
        templates.forEach(t -> template.add(text(t.title())));
        GridDataFactory.fillDefaults().grab(true, false).applyTo(template);
        label(form, Messages.Template_campaignTitle);
        title = WidgetIds.set(new Text(form, SWT.BORDER), "newCampaign.title");
        GridDataFactory.fillDefaults().grab(true, false).applyTo(title);
        label(form, Messages.Template_fileNumberPattern);
        fileNumbers = WidgetIds.set(new Text(form, SWT.BORDER), "newCampaign.fileNumberPattern");
        fileNumbers.setText(FileNumberPattern.PROPOSED);
        fileNumbers.setToolTipText(Messages.Template_fileNumberHint);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(fileNumbers);
        new Label(form, SWT.NONE);
        firstFileNumber = WidgetIds.set(new Label(form, SWT.NONE), "newCampaign.firstFileNumber");
        GridDataFactory.fillDefaults().grab(true, false).applyTo(firstFileNumber);
        facts = new Label(form, SWT.WRAP);
        GridDataFactory.fillDefaults().span(2, 1).grab(true, false).applyTo(facts);
        legalBasis = readOnly(form, Messages.Template_legalBasis, "newCampaign.legalBasis", 3);
        questions = readOnly(form, Messages.Template_questions, "newCampaign.questions", 9);
        template.addListener(SWT.Selection, e -> showTemplate());
        title.addListener(SWT.Modify, e -> validate());
        fileNumbers.addListener(SWT.Modify, e -> validate());
        if (!templates.isEmpty()) {
            template.select(0);
            showTemplate();
        }
        setControl(form);
    }

    private static void label(Composite form, String text) {
        new Label(form, SWT.NONE).setText(text);
    }

    private static Text readOnly(Composite form, String caption, String id, int lines) {
        Label label = new Label(form, SWT.NONE);
        label.setText(caption);
        GridDataFactory.fillDefaults().span(2, 1).applyTo(label);
        Text text = WidgetIds.set(new Text(form, SWT.BORDER | SWT.MULTI | SWT.WRAP | SWT.V_SCROLL | SWT.READ_ONLY), id);
        GridDataFactory.fillDefaults().span(2, 1).grab(true, true).hint(560, text.getLineHeight() * lines).applyTo(text);
        return text;
    }

    private void showTemplate() {
        CampaignTemplate chosen = template();
        legalBasis.setText(text(chosen.legalBasis()));
        int[] n = { 0 };
        questions.setText(chosen.questions().stream().map(q -> ++n[0] + ". " + text(q)).collect(Collectors.joining("\n")));
        facts.setText(Messages.Template_vulnerabilities + " " + String.join(", ", chosen.vulnerabilityReferences()) + "\n"
                + NLS.bind(Messages.Template_deadline, chosen.deadlineOffsetDays()));
        if (title.getText().equals(proposedTitle)) {
            proposedTitle = text(chosen.title());
            title.setText(proposedTitle);
        }
        facts.getParent().layout(true, true);
        validate();
    }

    private void validate() {
        boolean titled = !title.getText().isBlank();
        boolean numbered = showFirstFileNumber();
        setErrorMessage(!titled ? Messages.Template_titleMissing : numbered ? null : Messages.Template_fileNumberInvalid);
        setPageComplete(titled && numbered && template.getSelectionIndex() >= 0);
    }

    /** Shows the number the first case would get; false when the pattern cannot number cases. */
    private boolean showFirstFileNumber() {
        if (fileNumberPattern() == null) {
            firstFileNumber.setText(Messages.Template_fileNumberOfInstitution);
            return true;
        }
        try {
            String first = FileNumberPattern.parse(fileNumberPattern()).number(Year.now().getValue(), 1);
            firstFileNumber.setText(NLS.bind(Messages.Template_firstFileNumber, first));
            return true;
        } catch (BadInputException e) {
            firstFileNumber.setText("");
            return false;
        }
    }

    CampaignTemplate template() {
        return templates.get(Math.max(0, template.getSelectionIndex()));
    }

    String campaignTitle() {
        return title.getText().strip();
    }

    /** The pattern typed, null when the field is empty (the cases keep their institutions' file numbers). */
    String fileNumberPattern() {
        String pattern = fileNumbers.getText().strip();
        return pattern.isEmpty() ? null : pattern;
    }

    private static String text(LocalizedText text) {
        return text.in(Locale.getDefault());
    }
}
