package se.samordnaren.association;

import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationResult;
import com.vaadin.flow.function.SerializablePredicate;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import se.samordnaren.security.CurrentUser;
import se.samordnaren.security.Role;
import se.samordnaren.security.Roles;
import se.samordnaren.ui.ErrorHandling;
import se.samordnaren.ui.Fields;
import se.samordnaren.ui.Notifications;
import se.samordnaren.ui.ViewHeader;

import java.util.regex.Pattern;

/**
 * Förbundet: the association's name, address and the rules its minutes follow (notice board, where minutes are
 * kept, how paragraphs are numbered). Everyone reads; the förbundschef changes them.
 */
@Route("forbundet")
@Menu(order = 70, title = "nav.association", icon = "vaadin:building")
@RolesAllowed({Roles.FORBUNDSCHEF, Roles.EKONOM, Roles.SEKRETERARE, Roles.STYRELSE, Roles.BEREDNINGSGRUPP, Roles.REVISOR})
class AssociationSettingsView extends VerticalLayout implements HasDynamicTitle {

    /** What the form edits; the version read stays with the view. */
    public record Form(String name, String organisationNumber, String streetAddress, String postalCode, String city,
                String email, String noticeBoardLocation, String minutesStoragePlace,
                ParagraphNumbering paragraphNumbering, Integer appealPeriodDays, Integer noticeDelayWorkingDays,
                Integer signatureReminderDays) {

        static Form of(AssociationSettings s) {
            return new Form(s.name(), s.organisationNumber(), s.streetAddress(), s.postalCode(), s.city(), s.email(),
                    s.noticeBoardLocation(), s.minutesStoragePlace(), s.paragraphNumbering(), s.appealPeriodDays(),
                    s.noticeDelayWorkingDays(), s.signatureReminderDays());
        }

        AssociationSettings withVersion(int version) {
            return new AssociationSettings(name, organisationNumber, streetAddress, postalCode, city, email,
                    noticeBoardLocation, minutesStoragePlace, paragraphNumbering, appealPeriodDays,
                    noticeDelayWorkingDays, signatureReminderDays, version);
        }
    }

    private final AssociationService associations;
    final TextField name = Fields.text("association.name");
    final TextField organisationNumber = Fields.text("association.organisationNumber", 11);
    final TextField streetAddress = Fields.text("association.streetAddress");
    final TextField postalCode = Fields.text("association.postalCode", 6);
    final TextField city = Fields.text("association.city");
    final TextField email = Fields.text("association.email");
    final TextField noticeBoardLocation = Fields.text("association.noticeBoardLocation");
    final TextField minutesStoragePlace = Fields.text("association.minutesStoragePlace");
    final IntegerField appealPeriodDays = Fields.integer("association.appealPeriodDays",
            AssociationService.MIN_APPEAL_DAYS, AssociationService.MAX_APPEAL_DAYS);
    final IntegerField noticeDelayWorkingDays = Fields.integer("association.noticeDelayWorkingDays",
            AssociationService.MIN_NOTICE_DELAY, AssociationService.MAX_NOTICE_DELAY);
    final IntegerField signatureReminderDays = Fields.integer("association.signatureReminderDays",
            AssociationService.MIN_REMINDER_DAYS, AssociationService.MAX_REMINDER_DAYS);
    final RadioButtonGroup<ParagraphNumbering> numbering = new RadioButtonGroup<>(getTranslation("association.paragraphNumbering"));
    final Button save = new Button(getTranslation("action.save"));
    private final Binder<Form> binder = new Binder<>(Form.class);
    private int version;

    AssociationSettingsView(AssociationService associations, CurrentUser currentUser) {
        this.associations = associations;
        boolean mayEdit = currentUser.hasAnyRole(Role.FORBUNDSCHEF);
        setMaxWidth("960px");

        numbering.setItems(ParagraphNumbering.values());
        numbering.setItemLabelGenerator(n -> getTranslation("association.paragraphNumbering." + n.name()));
        organisationNumber.setPlaceholder(getTranslation("member.organisationNumber.placeholder"));
        postalCode.setPlaceholder(getTranslation("association.postalCode.placeholder"));
        noticeBoardLocation.setHelperText(getTranslation("association.noticeBoardLocation.help"));
        minutesStoragePlace.setHelperText(getTranslation("association.minutesStoragePlace.help"));

        binder.forField(name).asRequired(getTranslation("association.error.nameRequired")).bind("name");
        binder.forField(organisationNumber)
                .withValidator((v, context) -> matches(AssociationService.ORGANISATION_NUMBER).test(v) ? ValidationResult.ok()
                        : ValidationResult.error(getTranslation("error.organisationNumber", v.trim())))
                .bind("organisationNumber");
        binder.forField(streetAddress).bind("streetAddress");
        binder.forField(postalCode).withValidator(matches(AssociationService.POSTAL_CODE), getTranslation("error.postalCode"))
                .bind("postalCode");
        binder.forField(city).bind("city");
        binder.forField(email).bind("email");
        binder.forField(noticeBoardLocation).bind("noticeBoardLocation");
        binder.forField(minutesStoragePlace).bind("minutesStoragePlace");
        binder.forField(numbering).asRequired().bind("paragraphNumbering");
        appealPeriodDays.setHelperText(getTranslation("association.appealPeriodDays.help"));
        noticeDelayWorkingDays.setHelperText(getTranslation("association.noticeDelayWorkingDays.help"));
        signatureReminderDays.setHelperText(getTranslation("association.signatureReminderDays.help"));
        bindDays(appealPeriodDays, "appealPeriodDays", AssociationService.MIN_APPEAL_DAYS, AssociationService.MAX_APPEAL_DAYS);
        bindDays(noticeDelayWorkingDays, "noticeDelayWorkingDays", AssociationService.MIN_NOTICE_DELAY, AssociationService.MAX_NOTICE_DELAY);
        bindDays(signatureReminderDays, "signatureReminderDays", AssociationService.MIN_REMINDER_DAYS, AssociationService.MAX_REMINDER_DAYS);

        FormLayout form = new FormLayout(name, organisationNumber, streetAddress, postalCode, city, email,
                noticeBoardLocation, minutesStoragePlace, numbering, appealPeriodDays, noticeDelayWorkingDays,
                signatureReminderDays);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("600px", 2));
        form.setColspan(name, 2);
        form.setColspan(noticeBoardLocation, 2);
        form.setColspan(minutesStoragePlace, 2);
        form.setColspan(numbering, 2);
        form.getChildren().forEach(field -> ((HasValue<?, ?>) field).setReadOnly(!mayEdit));

        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.addClickListener(e -> save());
        save.setVisible(mayEdit);

        add(new ViewHeader(getTranslation("association.title"), getTranslation("association.description")), form, save);
        show(associations.settings());
    }

    /** A number of days: required, within the database's limits, the message naming them in Swedish. */
    private void bindDays(IntegerField field, String property, int min, int max) {
        binder.forField(field)
                .asRequired(getTranslation("association.error." + property, min, max))
                .withValidator(v -> v >= min && v <= max, getTranslation("association.error." + property, min, max))
                .bind(property);
    }

    private static SerializablePredicate<String> matches(Pattern pattern) {
        return value -> value == null || value.isBlank() || pattern.matcher(value.trim()).matches();
    }

    private void show(AssociationSettings settings) {
        version = settings.version();
        binder.readRecord(Form.of(settings));
    }

    /** Saves what the form holds when every field is readable; a field that is not keeps its message. */
    void save() {
        if (!binder.validate().isOk()) {
            return;
        }
        Form edited = new Form(name.getValue(), organisationNumber.getValue(), streetAddress.getValue(),
                postalCode.getValue(), city.getValue(), email.getValue(), noticeBoardLocation.getValue(),
                minutesStoragePlace.getValue(), numbering.getValue(), appealPeriodDays.getValue(),
                noticeDelayWorkingDays.getValue(), signatureReminderDays.getValue());
        if (ErrorHandling.run(this, () -> show(associations.update(edited.withVersion(version))))) {
            Notifications.success(this, "association.saved");
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("association.title");
    }
}
