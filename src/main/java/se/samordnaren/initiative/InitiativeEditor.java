package se.samordnaren.initiative;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import se.samordnaren.association.Member;
import se.samordnaren.association.MemberService;
import se.samordnaren.common.UserFacingException;
import se.samordnaren.people.Person;
import se.samordnaren.people.PersonService;
import se.samordnaren.ui.Notifications;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.function.LongConsumer;

/** Add or edit an insats (or a delprojekt). Offers only the status moves the database allows; keeps input on refusal. */
class InitiativeEditor extends Dialog {

    final TextField name = new TextField();
    final TextField shortName = new TextField();
    final ComboBox<InitiativeRef> parent = new ComboBox<>();
    final ComboBox<Member> ownerMember = new ComboBox<>();
    final TextField ownerName = new TextField();
    final MultiSelectComboBox<Member> members = new MultiSelectComboBox<>();
    final TextArea targetGroup = new TextArea();
    final ComboBox<Orientation> orientation = new ComboBox<>();
    final TextField susReference = new TextField();
    final DatePicker startDate = new DatePicker();
    final DatePicker plannedEndDate = new DatePicker();
    final DatePicker actualEndDate = new DatePicker();
    final ComboBox<InitiativeStatus> status = new ComboBox<>();
    final ComboBox<Person> contactPerson = new ComboBox<>();
    final TextField contact = new TextField();
    final TextArea description = new TextArea();
    final TextArea staffNotes = new TextArea();
    final Button save = new Button();

    private final Component owner;
    private final InitiativeService initiatives;
    private final InitiativeDraft original;
    private final LongConsumer onSaved;

    /** {@code allowedStatuses} empty: a new insats, any status. */
    InitiativeEditor(Component owner, InitiativeService initiatives, MemberService memberService, PersonService people,
                     InitiativeDraft draft, List<InitiativeStatus> allowedStatuses, LongConsumer onSaved) {
        this.owner = owner;
        this.initiatives = initiatives;
        this.original = draft;
        this.onSaved = onSaved;
        setHeaderTitle(getTranslation(draft.id() != null ? "initiative.edit"
                : draft.parentId() != null ? "initiative.addSubProject" : "initiative.add"));

        name.setLabel(getTranslation("initiative.name"));
        name.setRequiredIndicatorVisible(true);
        shortName.setLabel(getTranslation("initiative.shortName"));
        parent.setLabel(getTranslation("initiative.parent"));
        parent.setItems(initiatives.parentCandidates().stream().filter(p -> !Objects.equals(p.id(), draft.id())).toList());
        parent.setItemLabelGenerator(InitiativeRef::name);
        parent.setClearButtonVisible(true);
        List<Member> memberList = memberService.list();
        ownerMember.setLabel(getTranslation("initiative.ownerMember"));
        ownerMember.setItems(memberList);
        ownerMember.setItemLabelGenerator(Member::name);
        ownerMember.setClearButtonVisible(true);
        ownerName.setLabel(getTranslation("initiative.ownerName"));
        ownerName.setHelperText(getTranslation("initiative.ownerName.help"));
        ownerMember.addValueChangeListener(e -> ownerName.setEnabled(e.getValue() == null));
        members.setLabel(getTranslation("initiative.members"));
        members.setItems(memberList);
        members.setItemLabelGenerator(Member::name);
        targetGroup.setLabel(getTranslation("initiative.targetGroup"));
        orientation.setLabel(getTranslation("initiative.orientation"));
        orientation.setItems(Orientation.values());
        orientation.setItemLabelGenerator(o -> getTranslation(o.translationKey()));
        orientation.setClearButtonVisible(true);
        susReference.setLabel(getTranslation("initiative.susReference"));
        susReference.setHelperText(getTranslation("initiative.susReference.help"));
        startDate.setLabel(getTranslation("initiative.startDate"));
        plannedEndDate.setLabel(getTranslation("initiative.plannedEndDate"));
        actualEndDate.setLabel(getTranslation("initiative.actualEndDate"));
        status.setLabel(getTranslation("initiative.status"));
        status.setItems(allowedStatuses.isEmpty() ? Arrays.asList(InitiativeStatus.values()) : allowedStatuses);
        status.setItemLabelGenerator(s -> getTranslation(s.translationKey()));
        status.addValueChangeListener(e -> actualEndDate.setEnabled(e.getValue() != null && e.getValue().isFinished()));
        contactPerson.setLabel(getTranslation("initiative.contactPerson"));
        contactPerson.setHelperText(getTranslation("initiative.contactPerson.help"));
        // Searched in the database as the user types (the register may be long): name, member or organisation.
        contactPerson.setItems(query -> people.search(query.getFilter().orElse(""), query.getOffset() + query.getLimit())
                .stream().skip(query.getOffset()));
        contactPerson.setItemLabelGenerator(InitiativeEditor::personLabel);
        contactPerson.setClearButtonVisible(true);
        contact.setLabel(getTranslation("initiative.contactOther"));
        contact.setHelperText(getTranslation("initiative.contactOther.help"));
        description.setLabel(getTranslation("initiative.description.field"));
        staffNotes.setLabel(getTranslation("initiative.staffNotes"));

        name.setValue(Objects.toString(draft.name(), ""));
        shortName.setValue(Objects.toString(draft.shortName(), ""));
        parent.setValue(parent.getListDataView().getItems().filter(p -> p.id() == Objects.requireNonNullElse(draft.parentId(), -1L))
                .findFirst().orElse(null));
        ownerMember.setValue(memberList.stream().filter(m -> Objects.equals(m.id(), draft.ownerMemberId())).findFirst().orElse(null));
        ownerName.setValue(Objects.toString(draft.ownerName(), ""));
        members.setValue(memberList.stream().filter(m -> draft.memberIds().contains(m.id())).toList());
        targetGroup.setValue(Objects.toString(draft.targetGroup(), ""));
        orientation.setValue(draft.orientation());
        susReference.setValue(Objects.toString(draft.susReference(), ""));
        startDate.setValue(draft.startDate());
        plannedEndDate.setValue(draft.plannedEndDate());
        actualEndDate.setValue(draft.actualEndDate());
        status.setValue(draft.status());
        actualEndDate.setEnabled(draft.status() != null && draft.status().isFinished());
        contactPerson.setValue(draft.contactPersonId() == null ? null : people.find(draft.contactPersonId()).orElse(null));
        contact.setValue(Objects.toString(draft.contact(), ""));
        description.setValue(Objects.toString(draft.description(), ""));
        staffNotes.setValue(Objects.toString(draft.staffNotes(), ""));

        FormLayout form = new FormLayout(name, shortName, ownerMember, ownerName, parent, status, startDate, plannedEndDate,
                actualEndDate, orientation, susReference, contactPerson, contact, members, targetGroup, description,
                staffNotes);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("520px", 2),
                new FormLayout.ResponsiveStep("760px", 3));
        form.setColspan(name, 2);
        form.setColspan(members, 3);
        form.setColspan(targetGroup, 3);
        form.setColspan(description, 3);
        form.setColspan(staffNotes, 3);
        add(form);

        save.setText(getTranslation("action.save"));
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.addClickListener(e -> save());
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), save);
        setWidth("min(960px, 96vw)");
    }

    InitiativeDraft draft() {
        return new InitiativeDraft(original.id(), original.version(),
                parent.getValue() == null ? null : parent.getValue().id(), name.getValue(), shortName.getValue(),
                ownerMember.getValue() == null ? null : ownerMember.getValue().id(),
                ownerMember.getValue() == null ? ownerName.getValue() : null, targetGroup.getValue(),
                orientation.getValue(), susReference.getValue(), startDate.getValue(), plannedEndDate.getValue(),
                actualEndDate.isEnabled() ? actualEndDate.getValue() : null, status.getValue(),
                contactPerson.getValue() == null ? null : contactPerson.getValue().id(), contact.getValue(),
                description.getValue(), staffNotes.getValue(), members.getValue().stream().map(Member::id).toList());
    }

    /** "Anna Berg, Lunds kommun" */
    static String personLabel(Person person) {
        String organisation = person.organisationLabel();
        return organisation.isBlank() ? person.fullName() : person.fullName() + ", " + organisation;
    }

    void save() {
        try {
            InitiativeDraft draft = draft();
            long id = initiatives.save(draft);
            Notifications.success(owner, "initiative.saved", draft.name().trim());
            close();
            onSaved.accept(id);
        } catch (UserFacingException error) {
            Notifications.error(owner, error);
        }
    }
}
