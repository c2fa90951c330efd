package se.samordnaren.people;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationException;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import se.samordnaren.association.Member;
import se.samordnaren.association.MemberService;
import se.samordnaren.common.UserFacingException;
import se.samordnaren.security.CurrentUser;
import se.samordnaren.security.Role;
import se.samordnaren.ui.EmptyState;
import se.samordnaren.ui.ConfirmDelete;
import se.samordnaren.ui.Notifications;
import se.samordnaren.ui.ViewHeader;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

@Route("personer")
@Menu(order = 65, title = "nav.people", icon = "vaadin:users")
@PermitAll
class PeopleView extends VerticalLayout implements HasDynamicTitle {

    private final PersonService people;
    private final BodyService bodies;
    private final MemberService members;
    final boolean mayEdit;

    final Button addButton = new Button();
    final TextField filter = new TextField();
    final Grid<PersonSummary> grid = new Grid<>();
    final H3 detailsTitle = new H3();
    final Span detailsSubtitle = new Span();
    final Button editPersonButton = new Button();
    final Button deletePersonButton = new Button();
    final Button addAppointmentButton = new Button();
    final Grid<Appointment> appointments = new Grid<>();
    final com.vaadin.flow.component.html.Div personDecidedAt = new com.vaadin.flow.component.html.Div();
    PersonEditor editor;
    AppointmentEditor appointmentEditor;
    EndAppointmentDialog endDialog;
    PersonDetails selected;

    PeopleView(PersonService people, BodyService bodies, MemberService members, CurrentUser currentUser) {
        this.people = people;
        this.bodies = bodies;
        this.members = members;
        this.mayEdit = currentUser.hasAnyRole(Role.FORBUNDSCHEF, Role.SEKRETERARE);
        setSizeFull();
        getStyle().set("overflow", "auto");

        addButton.setText(getTranslation("people.person.add"));
        addButton.setIcon(VaadinIcon.PLUS.create());
        addButton.addThemeVariants(ButtonVariant.PRIMARY);
        addButton.addClickListener(e -> openEditor(Person.empty()));
        addButton.setVisible(mayEdit);
        add(new ViewHeader(getTranslation("people.title"), getTranslation("people.description"), addButton));

        filter.setPlaceholder(getTranslation("people.person.filter"));
        filter.setAriaLabel(getTranslation("people.person.filter"));
        filter.setPrefixComponent(VaadinIcon.SEARCH.create());
        filter.setClearButtonVisible(true);
        filter.setValueChangeMode(ValueChangeMode.LAZY);
        filter.setWidth("min(28em, 100%)");
        filter.addValueChangeListener(e -> refresh());
        add(filter);

        grid.addComponentColumn(s -> {
                    Span name = new Span(s.person().nameWithParty());
                    name.getStyle().set("font-weight", "600");
                    return name;
                }).setHeader(getTranslation("people.person.name")).setFlexGrow(2).setSortable(true)
                .setComparator(s -> s.person().fullName());
        grid.addColumn(s -> s.person().organisationLabel()).setHeader(getTranslation("people.person.organisationColumn"))
                .setFlexGrow(2).setSortable(true);
        grid.addColumn(this::currentAppointments).setHeader(getTranslation("people.person.current")).setFlexGrow(4)
                .setTooltipGenerator(this::currentAppointments);
        grid.addComponentColumn(s -> contact(s.person())).setHeader(getTranslation("people.person.contact")).setFlexGrow(2);
        grid.addThemeVariants(GridVariant.ROW_STRIPES);
        EmptyState.show(grid, getTranslation("people.person.empty"));
        grid.setHeight("22rem");
        grid.setWidthFull();
        grid.addSelectionListener(e -> e.getFirstSelectedItem().ifPresent(s -> showDetails(s.person().id())));
        add(grid);

        editPersonButton.setText(getTranslation("people.person.edit"));
        editPersonButton.setIcon(VaadinIcon.EDIT.create());
        editPersonButton.addClickListener(e -> {
            if (selected != null) {
                openEditor(selected.person());
            }
        });
        deletePersonButton.setIcon(VaadinIcon.TRASH.create());
        deletePersonButton.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.ERROR);
        deletePersonButton.setAriaLabel(getTranslation("action.delete"));
        deletePersonButton.addClickListener(e -> confirmDelete());
        addAppointmentButton.setText(getTranslation("people.appointment.add"));
        addAppointmentButton.setIcon(VaadinIcon.PLUS.create());
        addAppointmentButton.addThemeVariants(ButtonVariant.PRIMARY);
        addAppointmentButton.addClickListener(e -> openAppointmentEditor());
        for (Button b : List.of(editPersonButton, deletePersonButton, addAppointmentButton)) {
            b.setVisible(mayEdit);
        }

        detailsTitle.getStyle().set("margin", "0");
        detailsSubtitle.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-s)");
        VerticalLayout titleBlock = new VerticalLayout(detailsTitle, detailsSubtitle, personDecidedAt);
        titleBlock.setPadding(false);
        titleBlock.setSpacing(false);
        HorizontalLayout detailsHeader = new HorizontalLayout(titleBlock, editPersonButton, deletePersonButton, addAppointmentButton);
        detailsHeader.setWidthFull();
        detailsHeader.setAlignItems(FlexComponent.Alignment.CENTER);
        detailsHeader.expand(titleBlock);
        detailsHeader.setWrap(true);

        appointments.addColumn(Appointment::bodyName).setHeader(getTranslation("people.appointment.body")).setAutoWidth(true);
        appointments.addComponentColumn(a -> PeopleUi.role(this, a.role()))
                .setHeader(getTranslation("people.appointment.role")).setAutoWidth(true).setFlexGrow(0);
        appointments.addColumn(a -> a.memberRepresentedName() == null ? "" : a.memberRepresentedName())
                .setHeader(getTranslation("people.appointment.represents")).setFlexGrow(1);
        appointments.addComponentColumn(this::period).setHeader(getTranslation("people.appointment.period")).setAutoWidth(true);
        appointments.addComponentColumn(PeopleUi::decidedLinks).setHeader(getTranslation("people.appointment.decided"))
                .setAutoWidth(true);
        appointments.addColumn(a -> a.note() == null ? "" : a.note()).setHeader(getTranslation("people.appointment.note"))
                .setFlexGrow(2);
        if (mayEdit) {
            appointments.addComponentColumn(this::appointmentActions).setHeader("").setAutoWidth(true).setFlexGrow(0);
        }
        EmptyState.show(appointments, getTranslation("people.appointment.empty"));
        appointments.setAllRowsVisible(true);
        appointments.addThemeVariants(GridVariant.NO_BORDER);
        add(PeopleUi.card(detailsHeader, appointments));

        refresh();
        showDetails(null);
    }

    private String currentAppointments(PersonSummary summary) {
        return summary.currentAppointments().stream()
                .map(a -> getTranslation(a.role().translationKey()) + ", " + a.bodyName())
                .collect(Collectors.joining(" · "));
    }

    private Component contact(Person person) {
        Div contact = new Div();
        contact.getStyle().set("display", "flex").set("flex-direction", "column").set("line-height", "1.3");
        if (person.email() != null) {
            Anchor mail = new Anchor("mailto:" + person.email(), person.email());
            mail.getStyle().set("font-size", "var(--lumo-font-size-s)");
            contact.add(mail);
        }
        if (person.phone() != null) {
            contact.add(PeopleUi.secondary(person.phone()));
        }
        return contact;
    }

    private Component period(Appointment appointment) {
        Span text = new Span(PeopleUi.period(this, appointment));
        if (appointment.isEnded()) {
            text.getStyle().set("color", "var(--lumo-secondary-text-color)");
        } else {
            text.getStyle().set("font-weight", "500");
        }
        return text;
    }

    private Component appointmentActions(Appointment appointment) {
        Span actions = new Span();
        if (!appointment.isEnded()) {
            Button end = new Button(getTranslation("people.appointment.end"), VaadinIcon.CLOSE_CIRCLE_O.create(),
                    e -> openEndDialog(appointment));
            end.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.SMALL);
            actions.add(end);
        }
        Button delete = new Button(VaadinIcon.TRASH.create(), e -> confirmDeleteAppointment(appointment));
        delete.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.SMALL, ButtonVariant.ERROR);
        delete.setAriaLabel(getTranslation("action.delete"));
        delete.setVisible(appointment.decidedAt().isEmpty());
        actions.add(delete);
        return actions;
    }

    void refresh() {
        Long keep = selected == null ? null : selected.person().id();
        List<PersonSummary> found = people.list(filter.getValue());
        grid.setItems(found);
        if (keep != null) {
            found.stream().filter(s -> Objects.equals(s.person().id(), keep)).findFirst()
                    .ifPresentOrElse(grid::select, () -> showDetails(keep));
        }
    }

    void showDetails(Long personId) {
        selected = personId == null ? null : people.details(personId).orElse(null);
        boolean shown = selected != null;
        editPersonButton.setVisible(mayEdit && shown);
        deletePersonButton.setVisible(mayEdit && shown);
        deletePersonButton.setEnabled(shown && selected.appointments().isEmpty());
        addAppointmentButton.setVisible(mayEdit && shown);
        personDecidedAt.removeAll();
        if (!shown) {
            detailsTitle.setText(getTranslation("people.appointments.title"));
            detailsSubtitle.setText(getTranslation("people.person.choose"));
            appointments.setItems(List.of());
            return;
        }
        Person person = selected.person();
        detailsTitle.setText(person.nameWithParty());
        detailsSubtitle.setText(java.util.stream.Stream.of(person.organisationLabel(), person.email(), person.phone())
                .filter(s -> s != null && !s.isBlank()).collect(Collectors.joining(" · ")));
        appointments.setItems(selected.appointments());
        personDecidedAt.add(PeopleUi.decidedLinks(selected.decidedAt()));
    }

    void openEditor(Person person) {
        editor = new PersonEditor(person);
        editor.open();
    }

    void openAppointmentEditor() {
        if (selected == null) {
            return;
        }
        appointmentEditor = new AppointmentEditor(people, bodies, members, selected.person(), null, this::refreshAll);
        appointmentEditor.open();
    }

    void openEndDialog(Appointment appointment) {
        endDialog = new EndAppointmentDialog(people, appointment, this::refreshAll);
        endDialog.open();
    }

    private void refreshAll() {
        Long id = selected == null ? null : selected.person().id();
        refresh();
        if (id != null && (selected == null || !id.equals(selected.person().id()))) {
            showDetails(id);
        }
    }

    private void confirmDelete() {
        if (selected == null) {
            return;
        }
        Person person = selected.person();
        ConfirmDelete.open(this, getTranslation("people.person.delete.header", person.fullName()),
                getTranslation("people.person.delete.text"), () -> delete(person));
    }

    private void delete(Person person) {
        try {
            people.delete(person);
            Notifications.success(this, "people.person.deleted", person.fullName());
            showDetails(null);
        } catch (UserFacingException error) {
            Notifications.error(this, error);
        }
        refresh();
    }

    private void confirmDeleteAppointment(Appointment appointment) {
        ConfirmDelete.open(this, getTranslation("people.appointment.delete.header"),
                getTranslation("people.appointment.delete.text"), () -> deleteAppointment(appointment));
    }

    private void deleteAppointment(Appointment appointment) {
        try {
            people.deleteAppointment(appointment);
            Notifications.success(this, "people.appointment.deleted");
        } catch (UserFacingException error) {
            Notifications.error(this, error);
        }
        refreshAll();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("people.title");
    }

    /** Add/edit a person. Keeps what the user typed when the save is refused. */
    class PersonEditor extends Dialog {
        final TextField name = new TextField(getTranslation("people.person.name"));
        final TextField party = new TextField(getTranslation("people.person.party"));
        final ComboBox<Member> member = new ComboBox<>(getTranslation("people.person.member"));
        final TextField organisation = new TextField(getTranslation("people.person.organisation"));
        final EmailField email = new EmailField(getTranslation("people.person.email"));
        final TextField phone = new TextField(getTranslation("people.person.phone"));
        final Button save = new Button(getTranslation("action.save"));
        private final Binder<PersonDraft> binder = new Binder<>();
        private final Person original;

        PersonEditor(Person person) {
            this.original = person;
            setHeaderTitle(getTranslation(person.isNew() ? "people.person.add" : "people.person.edit"));
            List<Member> all = members.list();
            member.setItems(all);
            member.setItemLabelGenerator(Member::name);
            member.setClearButtonVisible(true);
            member.addValueChangeListener(e -> {
                organisation.setEnabled(e.getValue() == null);
                if (e.getValue() != null) {
                    organisation.clear();
                }
            });
            party.setHelperText(getTranslation("people.person.party.help"));
            party.setMaxLength(6);
            organisation.setHelperText(getTranslation("people.person.organisation.help"));

            binder.forField(name).asRequired(getTranslation("people.error.nameRequired"))
                    .bind(PersonDraft::getName, PersonDraft::setName);
            binder.forField(party)
                    .withValidator(v -> v == null || v.isBlank() || PersonService.PARTY.matcher(v.trim().toLowerCase()).matches(),
                            getTranslation("people.error.party", party.getValue()))
                    .bind(PersonDraft::getParty, PersonDraft::setParty);
            binder.forField(member).bind(PersonDraft::getMember, PersonDraft::setMember);
            binder.forField(organisation).bind(PersonDraft::getOrganisation, PersonDraft::setOrganisation);
            binder.forField(email)
                    .withValidator(v -> v == null || v.isBlank() || PersonService.EMAIL.matcher(v.trim()).matches(),
                            getTranslation("people.error.email", ""))
                    .bind(PersonDraft::getEmail, PersonDraft::setEmail);
            binder.forField(phone).bind(PersonDraft::getPhone, PersonDraft::setPhone);
            PersonDraft draft = new PersonDraft(person);
            draft.setMember(all.stream().filter(m -> Objects.equals(m.id(), person.memberId())).findFirst().orElse(null));
            binder.readBean(draft);
            organisation.setEnabled(member.isEmpty());

            FormLayout form = new FormLayout(name, party, member, organisation, email, phone);
            form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("480px", 2));
            add(form);

            save.addThemeVariants(ButtonVariant.PRIMARY);
            save.addClickListener(e -> save());
            getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), save);
            setWidth("min(640px, 95vw)");
        }

        void save() {
            PersonDraft draft = new PersonDraft(original);
            try {
                binder.writeBean(draft);
            } catch (ValidationException invalid) {
                Notifications.error(PeopleView.this, "error.checkFields");
                return;
            }
            try {
                Person saved = people.save(draft.toPerson());
                Notifications.success(PeopleView.this, "people.person.saved", saved.fullName());
                close();
                showDetails(saved.id());
                refresh();
            } catch (UserFacingException error) {
                Notifications.error(PeopleView.this, error);
            }
        }
    }

    /** The person form's editable state. */
    static class PersonDraft {
        private final Long id;
        private final Integer version;
        private String name;
        private String party;
        private Member member;
        private String organisation;
        private String email;
        private String phone;

        PersonDraft(Person person) {
            id = person.id();
            version = person.version();
            name = person.fullName();
            party = nonNull(person.party());
            organisation = nonNull(person.organisation());
            email = nonNull(person.email());
            phone = nonNull(person.phone());
        }

        private static String nonNull(String s) {
            return s == null ? "" : s;
        }

        Person toPerson() {
            return new Person(id, name, party, member == null ? null : member.id(), member == null ? null : member.name(),
                    member == null ? organisation : null, email, phone, version);
        }

        String getName() { return name; }
        void setName(String name) { this.name = name; }
        String getParty() { return party; }
        void setParty(String party) { this.party = party; }
        Member getMember() { return member; }
        void setMember(Member member) { this.member = member; }
        String getOrganisation() { return organisation; }
        void setOrganisation(String organisation) { this.organisation = organisation; }
        String getEmail() { return email; }
        void setEmail(String email) { this.email = email; }
        String getPhone() { return phone; }
        void setPhone(String phone) { this.phone = phone; }
    }
}
