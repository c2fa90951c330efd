package se.samordnaren.initiative;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import se.samordnaren.association.Member;
import se.samordnaren.association.MemberService;
import se.samordnaren.common.Texts;
import se.samordnaren.people.Person;
import se.samordnaren.people.PersonService;
import se.samordnaren.ui.Fields;
import se.samordnaren.ui.FormDialog;
import se.samordnaren.ui.Lazy;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.LongConsumer;
import java.util.stream.Collectors;

/**
 * Add or edit an insats (or a delprojekt). The form is read from the {@link InitiativeDraft} record; a date, text or
 * choice that cannot be read blocks the save at its field, so a stored value is never replaced by an empty one.
 * Offers only the status moves the database allows.
 */
class InitiativeEditor extends FormDialog<InitiativeEditor.Form> {

    /** What the form holds (bound by name to the field of the same name; submit reads the fields); the service gets an InitiativeDraft. */
    public record Form(String name, String shortName, InitiativeRef parent, Member ownerMember, String ownerName,
                       Set<Member> members, String targetGroup, Orientation orientation, String susReference,
                       LocalDate startDate, LocalDate plannedEndDate, LocalDate actualEndDate, InitiativeStatus status,
                       Person contactPerson, String contact, String description, String staffNotes) {
    }

    final TextField name = Fields.text("initiative.name");
    final TextField shortName = Fields.text("initiative.shortName");
    final ComboBox<InitiativeRef> parent = new ComboBox<>(getTranslation("initiative.parent"));
    final ComboBox<Member> ownerMember = new ComboBox<>(getTranslation("initiative.ownerMember"));
    final TextField ownerName = Fields.text("initiative.ownerName");
    final MultiSelectComboBox<Member> members = new MultiSelectComboBox<>(getTranslation("initiative.members"));
    final TextArea targetGroup = Fields.area("initiative.targetGroup", Texts.LONG);
    final ComboBox<Orientation> orientation = new ComboBox<>(getTranslation("initiative.orientation"));
    final TextField susReference = Fields.text("initiative.susReference");
    final DatePicker startDate = Fields.date("initiative.startDate");
    final DatePicker plannedEndDate = Fields.date("initiative.plannedEndDate");
    final DatePicker actualEndDate = Fields.date("initiative.actualEndDate");
    final ComboBox<InitiativeStatus> status = new ComboBox<>(getTranslation("initiative.status"));
    final ComboBox<Person> contactPerson = new ComboBox<>(getTranslation("initiative.contactPerson"));
    final TextField contact = Fields.text("initiative.contactOther");
    final TextArea description = Fields.area("initiative.description.field", Texts.LONG);
    final TextArea staffNotes = Fields.area("initiative.staffNotes", Texts.LONG);

    private final InitiativeService initiatives;
    private final InitiativeDraft original;
    private long savedId;

    /** {@code allowedStatuses} empty: a new insats, any status. */
    InitiativeEditor(InitiativeService initiatives, MemberService memberService, PersonService people,
                     InitiativeDraft draft, List<InitiativeStatus> allowedStatuses) {
        super(draft.id() != null ? "initiative.edit" : draft.parentId() != null ? "initiative.addSubProject"
                : "initiative.add", new Binder<>(Form.class));
        this.initiatives = initiatives;
        this.original = draft;
        successMessage("initiative.saved");
        List<Member> memberList = memberService.list();

        parent.setItems(initiatives.parentCandidates().stream().filter(p -> !Objects.equals(p.id(), draft.id())).toList());
        parent.setItemLabelGenerator(InitiativeRef::name);
        ownerMember.setItems(memberList);
        ownerMember.setItemLabelGenerator(Member::name);
        ownerName.setHelperText(getTranslation("initiative.ownerName.help"));
        ownerMember.addValueChangeListener(e -> ownerName.setEnabled(e.getValue() == null));
        members.setItems(memberList);
        members.setItemLabelGenerator(Member::name);
        orientation.setItems(Orientation.values());
        orientation.setItemLabelGenerator(o -> getTranslation(o.translationKey()));
        susReference.setHelperText(getTranslation("initiative.susReference.help"));
        status.setItems(allowedStatuses.isEmpty() ? Arrays.asList(InitiativeStatus.values()) : allowedStatuses);
        status.setItemLabelGenerator(s -> getTranslation(s.translationKey()));
        status.addValueChangeListener(e -> actualEndDate.setEnabled(e.getValue() != null && e.getValue().isFinished()));
        contactPerson.setHelperText(getTranslation("initiative.contactPerson.help"));
        // Searched in the database page by page as the user types (the register may be long).
        Lazy.items(contactPerson, people::search);
        contactPerson.setItemLabelGenerator(InitiativeEditor::personLabel);
        contact.setHelperText(getTranslation("initiative.contactOther.help"));
        List.of(parent, ownerMember, orientation, contactPerson).forEach(c -> c.setClearButtonVisible(true));

        required(name, "initiative.name").bind("name");
        binder().bindInstanceFields(this);
        Person contactNow = draft.contactPersonId() == null ? null : people.find(draft.contactPersonId()).orElse(null);
        binder().readRecord(new Form(draft.name(), draft.shortName(),
                parent.getListDataView().getItems().filter(p -> Objects.equals(p.id(), draft.parentId())).findFirst().orElse(null),
                memberList.stream().filter(m -> Objects.equals(m.id(), draft.ownerMemberId())).findFirst().orElse(null),
                draft.ownerName(),
                memberList.stream().filter(m -> draft.memberIds().contains(m.id())).collect(Collectors.toCollection(LinkedHashSet::new)),
                draft.targetGroup(), draft.orientation(), draft.susReference(), draft.startDate(), draft.plannedEndDate(),
                draft.actualEndDate(), draft.status(), contactNow, draft.contact(), draft.description(), draft.staffNotes()));
        actualEndDate.setEnabled(draft.status() != null && draft.status().isFinished());

        FormLayout form = form();
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("520px", 2),
                new FormLayout.ResponsiveStep("760px", 3));
        form.add(name, shortName, ownerMember, ownerName, parent, status, startDate, plannedEndDate, actualEndDate,
                orientation, susReference, contactPerson, contact, members, targetGroup, description, staffNotes);
        form.setColspan(name, 2);
        form.setColspan(members, 3);
        form.setColspan(targetGroup, 3);
        form.setColspan(description, 3);
        form.setColspan(staffNotes, 3);
        setWidth("min(960px, 96vw)");
    }

    /** Runs with the new or changed insats's id after a successful save (e.g. to open it). */
    InitiativeEditor afterSave(LongConsumer action) {
        onSaved(() -> action.accept(savedId));
        return this;
    }

    /** What the form says now, as the service takes it (an actual end only when the status has one). */
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

    @Override
    protected void submit() {
        savedId = initiatives.save(draft());
    }

    /** "Anna Berg, Lunds kommun" */
    static String personLabel(Person person) {
        String organisation = person.organisationLabel();
        return organisation.isBlank() ? person.fullName() : person.fullName() + ", " + organisation;
    }
}
