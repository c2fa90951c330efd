package se.samordnaren.application;

import com.vaadin.flow.component.textfield.TextField;
import se.samordnaren.common.Texts;
import se.samordnaren.ui.Fields;
import se.samordnaren.ui.FormDialog;

import java.util.List;

/** "Ny ansökan": the applicant (a member or anyone else), the case number, a contact and version 1. */
class NewApplicationDialog extends FormDialog<Void> {

    final ApplicantField applicant;
    final TextField caseNumber = Fields.text("application.caseNumber", Texts.SHORT);
    final TextField contact = Fields.text("application.contact", Texts.SHORT);
    final VersionForm version = new VersionForm(false, binder());
    private final FundingApplicationService applications;
    /** The application registered by the last successful save. */
    long createdId;

    NewApplicationDialog(FundingApplicationService applications, List<String> memberNames) {
        super("application.new");
        this.applications = applications;
        applicant = new ApplicantField("application.applicant", memberNames);
        applicant.setHelperText(getTranslation("application.applicant.help"));
        applicant.setRequiredIndicatorVisible(true);
        applicant.limitLength(binder(), "application.applicant");
        wide(applicant);
        form().add(caseNumber, contact);
        wide(version);
        setWidth("min(760px, 96vw)");
    }

    @Override
    protected void submit() {
        // The service makes a member's name (or short name) the member and keeps any other text as typed.
        createdId = applications.create(new NewApplication(null, applicant.getValue(), caseNumber.getValue(),
                contact.getValue(), null, version.draft()));
        successMessage("application.created", version.title.getValue());
    }
}
