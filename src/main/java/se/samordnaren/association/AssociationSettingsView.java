package se.samordnaren.association;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import se.samordnaren.common.UserFacingException;
import se.samordnaren.security.CurrentUser;
import se.samordnaren.security.Role;
import se.samordnaren.security.Roles;
import se.samordnaren.ui.Notifications;
import se.samordnaren.ui.ViewHeader;

@Route("forbundet")
@Menu(order = 70, title = "nav.association", icon = "vaadin:building")
@RolesAllowed({Roles.FORBUNDSCHEF, Roles.EKONOM, Roles.SEKRETERARE, Roles.STYRELSE, Roles.BEREDNINGSGRUPP, Roles.REVISOR})
class AssociationSettingsView extends VerticalLayout implements HasDynamicTitle {

    private final AssociationService associations;
    final TextField name = new TextField(getTranslation("association.name"));
    final TextField organisationNumber = new TextField(getTranslation("association.organisationNumber"));
    final TextField streetAddress = new TextField(getTranslation("association.streetAddress"));
    final TextField postalCode = new TextField(getTranslation("association.postalCode"));
    final TextField city = new TextField(getTranslation("association.city"));
    final EmailField email = new EmailField(getTranslation("association.email"));
    final TextField noticeBoardLocation = new TextField(getTranslation("association.noticeBoardLocation"));
    final TextField minutesStoragePlace = new TextField(getTranslation("association.minutesStoragePlace"));
    final RadioButtonGroup<ParagraphNumbering> numbering = new RadioButtonGroup<>(getTranslation("association.paragraphNumbering"));
    final Button save = new Button(getTranslation("action.save"));
    private AssociationSettings loaded;

    AssociationSettingsView(AssociationService associations, CurrentUser currentUser) {
        this.associations = associations;
        boolean mayEdit = currentUser.hasAnyRole(Role.FORBUNDSCHEF);
        setMaxWidth("960px");

        numbering.setItems(ParagraphNumbering.values());
        numbering.setItemLabelGenerator(n -> getTranslation("association.paragraphNumbering." + n.name()));
        organisationNumber.setPlaceholder("222000-1234");
        postalCode.setPlaceholder("222 22");
        noticeBoardLocation.setHelperText(getTranslation("association.noticeBoardLocation.help"));
        minutesStoragePlace.setHelperText(getTranslation("association.minutesStoragePlace.help"));
        name.setRequiredIndicatorVisible(true);

        FormLayout form = new FormLayout(name, organisationNumber, streetAddress, postalCode, city, email,
                noticeBoardLocation, minutesStoragePlace, numbering);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("600px", 2));
        form.setColspan(name, 2);
        form.setColspan(noticeBoardLocation, 2);
        form.setColspan(minutesStoragePlace, 2);
        form.setColspan(numbering, 2);
        form.getChildren().forEach(field -> ((com.vaadin.flow.component.HasValue<?, ?>) field).setReadOnly(!mayEdit));

        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.addClickListener(e -> save());
        save.setVisible(mayEdit);

        add(new ViewHeader(getTranslation("association.title"), getTranslation("association.description")), form, save);
        show(associations.settings());
    }

    private void show(AssociationSettings settings) {
        loaded = settings;
        name.setValue(nullToEmpty(settings.name()));
        organisationNumber.setValue(nullToEmpty(settings.organisationNumber()));
        streetAddress.setValue(nullToEmpty(settings.streetAddress()));
        postalCode.setValue(nullToEmpty(settings.postalCode()));
        city.setValue(nullToEmpty(settings.city()));
        email.setValue(nullToEmpty(settings.email()));
        noticeBoardLocation.setValue(nullToEmpty(settings.noticeBoardLocation()));
        minutesStoragePlace.setValue(nullToEmpty(settings.minutesStoragePlace()));
        numbering.setValue(settings.paragraphNumbering());
    }

    void save() {
        AssociationSettings edited = new AssociationSettings(name.getValue(), organisationNumber.getValue(),
                streetAddress.getValue(), postalCode.getValue(), city.getValue(), email.getValue(),
                noticeBoardLocation.getValue(), minutesStoragePlace.getValue(), numbering.getValue(), loaded.version());
        try {
            show(associations.update(edited));
            Notifications.success(this, "association.saved");
        } catch (UserFacingException error) {
            Notifications.error(this, error);
        }
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("association.title");
    }
}
