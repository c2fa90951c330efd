package se.samordnaren.people;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationException;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import se.samordnaren.association.MemberService;
import se.samordnaren.common.UserFacingException;
import se.samordnaren.security.CurrentUser;
import se.samordnaren.security.Role;
import se.samordnaren.ui.EmptyState;
import se.samordnaren.ui.Formats;
import se.samordnaren.ui.ConfirmDelete;
import se.samordnaren.ui.Notifications;
import se.samordnaren.ui.ViewHeader;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

@Route("organ")
@Menu(order = 60, title = "nav.bodies", icon = "vaadin:sitemap")
@PermitAll
class BodiesView extends VerticalLayout implements HasDynamicTitle {

    private final BodyService bodies;
    private final PersonService people;
    private final MemberService members;
    final boolean mayEdit;

    final Grid<BodyOverview> grid = new Grid<>();
    final Button addButton = new Button();
    final H3 compositionTitle = new H3();
    final DatePicker compositionDate;
    final Button todayButton = new Button();
    final Span compositionNote = new Span();
    final Grid<Appointment> composition = new Grid<>();
    final Button addAppointmentButton = new Button();
    BodyEditor editor;
    AppointmentEditor appointmentEditor;
    EndAppointmentDialog endDialog;
    Body selected;

    BodiesView(BodyService bodies, PersonService people, MemberService members, CurrentUser currentUser) {
        this.bodies = bodies;
        this.people = people;
        this.members = members;
        this.mayEdit = currentUser.hasAnyRole(Role.FORBUNDSCHEF, Role.SEKRETERARE);
        setSizeFull();
        getStyle().set("overflow", "auto");

        addButton.setText(getTranslation("people.body.add"));
        addButton.setIcon(VaadinIcon.PLUS.create());
        addButton.addThemeVariants(ButtonVariant.PRIMARY);
        addButton.addClickListener(e -> openEditor(Body.empty()));
        addButton.setVisible(mayEdit);
        add(new ViewHeader(getTranslation("people.bodies.title"), getTranslation("people.bodies.description"), addButton));

        grid.addComponentColumn(o -> {
                    Span name = new Span(o.body().name());
                    name.getStyle().set("font-weight", "600");
                    return name;
                }).setHeader(getTranslation("people.body.name")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(o -> getTranslation(o.body().type().translationKey())).setHeader(getTranslation("people.body.type"))
                .setAutoWidth(true);
        grid.addColumn(o -> o.body().decisionVerb()).setHeader(getTranslation("people.body.decisionVerb")).setAutoWidth(true)
                .setFlexGrow(1);
        grid.addColumn(o -> o.body().paragraphPrefix() == null ? "§" : o.body().paragraphPrefix() + " §")
                .setHeader(getTranslation("people.body.paragraphPrefix")).setAutoWidth(true);
        grid.addColumn(BodyOverview::currentAppointments).setHeader(getTranslation("people.body.currentAppointments"))
                .setTextAlign(com.vaadin.flow.component.grid.ColumnTextAlign.END).setAutoWidth(true);
        grid.addColumn(BodyOverview::meetings).setHeader(getTranslation("people.body.meetings"))
                .setTextAlign(com.vaadin.flow.component.grid.ColumnTextAlign.END).setAutoWidth(true);
        if (mayEdit) {
            grid.addComponentColumn(this::bodyActions).setHeader("").setAutoWidth(true).setFlexGrow(0);
        }
        grid.addThemeVariants(GridVariant.ROW_STRIPES);
        EmptyState.show(grid, getTranslation("people.body.empty"));
        grid.setAllRowsVisible(true);
        grid.addSelectionListener(e -> e.getFirstSelectedItem().ifPresent(o -> select(o.body())));
        add(grid);

        compositionDate = new DatePicker(getTranslation("people.composition.on"));
        compositionDate.setValue(LocalDate.now());
        compositionDate.addValueChangeListener(e -> {
            if (e.getValue() == null) {
                compositionDate.setValue(LocalDate.now());
            } else {
                refreshComposition();
            }
        });
        todayButton.setText(getTranslation("people.composition.today"));
        todayButton.addThemeVariants(ButtonVariant.TERTIARY);
        todayButton.addClickListener(e -> compositionDate.setValue(LocalDate.now()));
        addAppointmentButton.setText(getTranslation("people.appointment.add"));
        addAppointmentButton.setIcon(VaadinIcon.PLUS.create());
        addAppointmentButton.addClickListener(e -> openAppointmentEditor());
        addAppointmentButton.setVisible(mayEdit);

        compositionTitle.getStyle().set("margin", "0");
        compositionNote.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-s)");
        VerticalLayout titleBlock = new VerticalLayout(compositionTitle, compositionNote);
        titleBlock.setPadding(false);
        titleBlock.setSpacing(false);
        HorizontalLayout compositionHeader = new HorizontalLayout(titleBlock, compositionDate, todayButton, addAppointmentButton);
        compositionHeader.setWidthFull();
        compositionHeader.setAlignItems(FlexComponent.Alignment.BASELINE);
        compositionHeader.expand(titleBlock);
        compositionHeader.setWrap(true);

        composition.addComponentColumn(a -> PeopleUi.role(this, a.role()))
                .setHeader(getTranslation("people.appointment.role")).setAutoWidth(true).setFlexGrow(0);
        composition.addComponentColumn(a -> {
                    Span name = new Span(a.personNameWithParty());
                    name.getStyle().set("font-weight", a.role().isUnique() ? "600" : "400");
                    return name;
                }).setHeader(getTranslation("people.person.name")).setAutoWidth(true).setFlexGrow(0);
        composition.addColumn(a -> a.memberRepresentedName() == null ? "" : a.memberRepresentedName())
                .setHeader(getTranslation("people.appointment.represents")).setAutoWidth(true).setFlexGrow(0);
        composition.addColumn(a -> PeopleUi.period(this, a)).setHeader(getTranslation("people.appointment.period"))
                .setAutoWidth(true);
        composition.addComponentColumn(PeopleUi::decidedLinks).setHeader(getTranslation("people.appointment.decided"))
                .setAutoWidth(true);
        composition.addColumn(a -> a.note() == null ? "" : a.note()).setHeader(getTranslation("people.appointment.note"))
                .setFlexGrow(1).setTooltipGenerator(a -> a.note() == null ? "" : a.note());
        if (mayEdit) {
            composition.addComponentColumn(this::appointmentActions).setHeader("").setAutoWidth(true).setFlexGrow(0);
        }
        EmptyState.show(composition, getTranslation("people.composition.empty"));
        composition.setAllRowsVisible(true);
        composition.addThemeVariants(GridVariant.NO_BORDER);
        add(PeopleUi.card(compositionHeader, composition));

        refresh();
    }

    private Span bodyActions(BodyOverview overview) {
        Body body = overview.body();
        Button edit = new Button(VaadinIcon.EDIT.create(), e -> openEditor(body));
        edit.addThemeVariants(ButtonVariant.TERTIARY);
        edit.setAriaLabel(getTranslation("action.edit") + " " + body.name());
        Button delete = new Button(VaadinIcon.TRASH.create(), e -> confirmDelete(body));
        delete.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.ERROR);
        delete.setAriaLabel(getTranslation("action.delete") + " " + body.name());
        return new Span(edit, delete);
    }

    private Button appointmentActions(Appointment appointment) {
        Button end = new Button(getTranslation("people.appointment.end"), VaadinIcon.CLOSE_CIRCLE_O.create(),
                e -> openEndDialog(appointment));
        end.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.SMALL);
        end.setVisible(appointment.validTo() == null);
        return end;
    }

    void refresh() {
        List<BodyOverview> all = bodies.overview();
        grid.setItems(all);
        Body keep = selected == null ? null : all.stream().map(BodyOverview::body)
                .filter(b -> Objects.equals(b.id(), selected.id())).findFirst().orElse(null);
        if (keep == null && !all.isEmpty()) {
            keep = all.getFirst().body();
        }
        if (keep != null) {
            Body chosen = keep;
            all.stream().filter(o -> o.body().id().equals(chosen.id())).findFirst().ifPresent(grid::select);
            select(chosen);
        } else {
            selected = null;
            refreshComposition();
        }
    }

    void select(Body body) {
        selected = body;
        refreshComposition();
    }

    void refreshComposition() {
        if (selected == null) {
            compositionTitle.setText(getTranslation("people.composition.choose"));
            compositionNote.setText("");
            composition.setItems(List.of());
            addAppointmentButton.setEnabled(false);
            return;
        }
        LocalDate on = compositionDate.getValue() == null ? LocalDate.now() : compositionDate.getValue();
        List<Appointment> seats = bodies.composition(selected.id(), on);
        composition.setItems(seats);
        compositionTitle.setText(getTranslation("people.composition.title", selected.name()));
        long decisionMakers = seats.stream().filter(a -> a.role().isDecisionMaker()).count();
        String note = getTranslation("people.composition.decisionMakers", decisionMakers);
        if (!on.equals(LocalDate.now())) {
            note = getTranslation("people.composition.pastNote", selected.name(), Formats.longDate(on)) + " " + note;
        }
        compositionNote.setText(note);
        addAppointmentButton.setEnabled(true);
    }

    void openEditor(Body body) {
        editor = new BodyEditor(body);
        editor.open();
    }

    void openAppointmentEditor() {
        appointmentEditor = new AppointmentEditor(people, bodies, members, null, selected, this::refresh);
        appointmentEditor.open();
    }

    void openEndDialog(Appointment appointment) {
        endDialog = new EndAppointmentDialog(people, appointment, this::refresh);
        endDialog.open();
    }

    private void confirmDelete(Body body) {
        ConfirmDelete.open(this, getTranslation("people.body.delete.header", body.name()), getTranslation("people.body.delete.text"),
                () -> delete(body));
    }

    void delete(Body body) {
        try {
            bodies.delete(body);
            Notifications.success(this, "people.body.deleted", body.name());
            if (selected != null && Objects.equals(selected.id(), body.id())) {
                selected = null;
            }
        } catch (UserFacingException error) {
            Notifications.error(this, error);
        }
        refresh();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("people.bodies.title");
    }

    /** Add/edit a body. Keeps what the user typed when the save is refused. */
    class BodyEditor extends Dialog {
        final TextField name = new TextField(getTranslation("people.body.name"));
        final TextField shortName = new TextField(getTranslation("people.body.shortName"));
        final ComboBox<BodyType> type = new ComboBox<>(getTranslation("people.body.type"));
        final TextField decisionVerb = new TextField(getTranslation("people.body.decisionVerb"));
        final TextField paragraphPrefix = new TextField(getTranslation("people.body.paragraphPrefix"));
        final Button save = new Button(getTranslation("action.save"));
        private final Binder<BodyDraft> binder = new Binder<>();
        private final Body original;

        BodyEditor(Body body) {
            this.original = body;
            setHeaderTitle(getTranslation(body.isNew() ? "people.body.add" : "people.body.edit"));
            type.setItems(BodyType.values());
            type.setItemLabelGenerator(t -> getTranslation(t.translationKey()));
            decisionVerb.setHelperText(getTranslation("people.body.decisionVerb.help"));
            paragraphPrefix.setHelperText(getTranslation("people.body.paragraphPrefix.help"));
            paragraphPrefix.setMaxLength(10);
            name.addValueChangeListener(e -> {
                if (e.isFromClient() && decisionVerb.isEmpty() && !e.getValue().isBlank()) {
                    decisionVerb.setPlaceholder(e.getValue().trim() + " …");
                }
            });

            binder.forField(name).asRequired(getTranslation("people.error.bodyNameRequired"))
                    .bind(BodyDraft::getName, BodyDraft::setName);
            binder.forField(shortName).bind(BodyDraft::getShortName, BodyDraft::setShortName);
            binder.forField(type).asRequired(getTranslation("people.error.bodyTypeRequired"))
                    .bind(BodyDraft::getType, BodyDraft::setType);
            binder.forField(decisionVerb).asRequired(getTranslation("people.error.decisionVerbRequired"))
                    .bind(BodyDraft::getDecisionVerb, BodyDraft::setDecisionVerb);
            binder.forField(paragraphPrefix)
                    .withValidator(v -> v == null || v.isBlank() || BodyService.PARAGRAPH_PREFIX.matcher(v.trim()).matches(),
                            getTranslation("people.error.paragraphPrefix"))
                    .bind(BodyDraft::getParagraphPrefix, BodyDraft::setParagraphPrefix);
            binder.readBean(new BodyDraft(body));

            FormLayout form = new FormLayout(name, shortName, type, decisionVerb, paragraphPrefix);
            form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("480px", 2));
            form.setColspan(decisionVerb, 2);
            form.setColspan(paragraphPrefix, 2);
            add(form);

            save.addThemeVariants(ButtonVariant.PRIMARY);
            save.addClickListener(e -> save());
            getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), save);
            setWidth("min(640px, 95vw)");
        }

        void save() {
            BodyDraft draft = new BodyDraft(original);
            try {
                binder.writeBean(draft);
            } catch (ValidationException invalid) {
                Notifications.error(BodiesView.this, "error.checkFields");
                return;
            }
            try {
                Body saved = bodies.save(draft.toBody());
                Notifications.success(BodiesView.this, "people.body.saved", saved.name());
                close();
                selected = saved;
                refresh();
            } catch (UserFacingException error) {
                Notifications.error(BodiesView.this, error);
            }
        }
    }

    /** The body form's editable state. */
    static class BodyDraft {
        private final Long id;
        private final Integer version;
        private String name;
        private String shortName;
        private BodyType type;
        private String decisionVerb;
        private String paragraphPrefix;

        BodyDraft(Body body) {
            id = body.id();
            version = body.version();
            name = body.name();
            shortName = body.shortName() == null ? "" : body.shortName();
            type = body.type();
            decisionVerb = body.decisionVerb();
            paragraphPrefix = body.paragraphPrefix() == null ? "" : body.paragraphPrefix();
        }

        Body toBody() {
            return new Body(id, name, shortName, type, decisionVerb, paragraphPrefix, version);
        }

        String getName() { return name; }
        void setName(String name) { this.name = name; }
        String getShortName() { return shortName; }
        void setShortName(String shortName) { this.shortName = shortName; }
        BodyType getType() { return type; }
        void setType(BodyType type) { this.type = type; }
        String getDecisionVerb() { return decisionVerb; }
        void setDecisionVerb(String decisionVerb) { this.decisionVerb = decisionVerb; }
        String getParagraphPrefix() { return paragraphPrefix; }
        void setParagraphPrefix(String paragraphPrefix) { this.paragraphPrefix = paragraphPrefix; }
    }
}
