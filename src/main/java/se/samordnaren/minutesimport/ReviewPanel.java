package se.samordnaren.minutesimport;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.timepicker.TimePicker;
import se.samordnaren.common.Texts;
import se.samordnaren.meeting.AttendanceRole;
import se.samordnaren.people.Body;
import se.samordnaren.people.BodyService;
import se.samordnaren.people.Person;
import se.samordnaren.people.PersonService;
import se.samordnaren.ui.ErrorHandling;
import se.samordnaren.ui.Fields;
import se.samordnaren.ui.Formats;
import se.samordnaren.ui.Lazy;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.LongConsumer;

/**
 * The review of one parsed file: the meeting's header mapped to the register, the attendance with each name mapped to
 * a person (or "create a new person"), the e-signatures, and every § beside the source lines it came from, with what
 * the reading was unsure of highlighted. Every field writes to the {@link ImportDraft}; saving goes through
 * {@link MinutesImportService#save}.
 */
class ReviewPanel extends VerticalLayout {

    private final ImportDraft draft;
    private final MinutesImportService imports;
    private final List<Body> registerBodies;
    final ComboBox<Body> body = new ComboBox<>();
    final DatePicker date = Fields.date("minutesImport.review.date");
    final TimePicker startTime = new TimePicker();
    final TimePicker endTime = new TimePicker();
    final TextField location = Fields.text("minutesImport.review.location", Texts.SHORT);
    final Checkbox digital = new Checkbox();
    final DatePicker approvalDate = Fields.date("minutesImport.review.approvalDate");
    final TextField approvalPlace = Fields.text("minutesImport.review.approvalPlace", Texts.SHORT);
    final Div existing = new Div();
    final VerticalLayout attendance = new VerticalLayout();
    final VerticalLayout paragraphList = new VerticalLayout();
    final H3 paragraphsHeading = new H3();
    final List<ParagraphEditor> editors = new ArrayList<>();
    final Button save = new Button();
    final Button cancel = new Button();
    private final PersonService people;

    ReviewPanel(ImportDraft draft, MinutesImportService imports, BodyService bodies, PersonService people,
                LongConsumer onSaved, Runnable onCancel) {
        this.draft = draft;
        this.imports = imports;
        this.people = people;
        this.registerBodies = bodies.list();
        addClassName("import-review");
        setPadding(false);
        add(new H2(getTranslation("minutesImport.review.title", draft.fileName())));
        if (!draft.warnings().isEmpty()) {
            add(doubtList(getTranslation("minutesImport.review.warnings"), draft.warnings()));
        }
        add(existing);
        existing.addClassName("import-doubt");
        add(header());
        add(attendanceSection());
        if (!draft.signatures().isEmpty()) {
            add(signatures());
        }
        paragraphList.setPadding(false);
        paragraphList.addClassName("import-paragraphs");
        add(paragraphsHeading, paragraphList);
        renderParagraphs();

        save.setText(getTranslation("minutesImport.review.save"));
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.addClickListener(e -> {
            long[] id = new long[1];
            if (ErrorHandling.run(this, () -> id[0] = imports.save(draft))) {
                onSaved.accept(id[0]);
            }
        });
        cancel.setText(getTranslation("minutesImport.review.cancel"));
        cancel.addClickListener(e -> onCancel.run());
        HorizontalLayout actions = new HorizontalLayout(save, cancel);
        actions.addClassName("import-actions");
        actions.setWrap(true);
        add(actions);
        checkExisting();
    }

    private FormLayout header() {
        body.setLabel(getTranslation("minutesImport.review.body"));
        body.setItems(registerBodies);
        body.setItemLabelGenerator(Body::name);
        body.setRequiredIndicatorVisible(true);
        registerBodies.stream().filter(b -> Objects.equals(b.id(), draft.bodyId)).findFirst().ifPresent(body::setValue);
        if (draft.bodyId == null) {
            body.setHelperText(getTranslation("minutesImport.review.bodyUnknown")
                    + (draft.parsedBody == null ? "" : " " + getTranslation("minutesImport.review.parsedBody", draft.parsedBody)));
            body.addClassName("import-doubt-field");
        }
        body.addValueChangeListener(e -> {
            draft.bodyId = e.getValue() == null ? null : e.getValue().id();
            checkExisting();
        });
        date.setValue(draft.date);
        date.setRequiredIndicatorVisible(true);
        if (draft.date == null) {
            date.addClassName("import-doubt-field");
        }
        date.addValueChangeListener(e -> {
            draft.date = e.getValue();
            checkExisting();
        });
        startTime.setLabel(getTranslation("minutesImport.review.startTime"));
        startTime.setValue(draft.startTime);
        startTime.addValueChangeListener(e -> draft.startTime = e.getValue());
        endTime.setLabel(getTranslation("minutesImport.review.endTime"));
        endTime.setValue(draft.endTime);
        endTime.addValueChangeListener(e -> draft.endTime = e.getValue());
        location.setValue(Objects.requireNonNullElse(draft.location, ""));
        location.addValueChangeListener(e -> draft.location = e.getValue());
        digital.setLabel(getTranslation("minutesImport.review.digital"));
        digital.setValue(draft.digital);
        digital.addValueChangeListener(e -> draft.digital = e.getValue());
        approvalDate.setValue(draft.approvalDate);
        if (draft.approvalDate == null) {
            approvalDate.setHelperText(getTranslation("minutesImport.review.approvalDateMissing"));
            approvalDate.addClassName("import-doubt-field");
        }
        approvalDate.addValueChangeListener(e -> draft.approvalDate = e.getValue());
        approvalPlace.setValue(Objects.requireNonNullElse(draft.approvalPlace, ""));
        approvalPlace.addValueChangeListener(e -> draft.approvalPlace = e.getValue());
        FormLayout form = new FormLayout(body, date, startTime, endTime, location, digital, approvalDate, approvalPlace);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("600px", 2),
                new FormLayout.ResponsiveStep("1000px", 4));
        form.addClassName("import-header");
        return form;
    }

    private void checkExisting() {
        var found = imports.existingMeeting(draft);
        existing.setText(found.map(label -> getTranslation("minutesImport.review.existing", label)).orElse(""));
        existing.setVisible(found.isPresent());
    }

    private VerticalLayout attendanceSection() {
        attendance.setPadding(false);
        attendance.setSpacing(false);
        attendance.addClassName("import-attendance");
        attendance.add(new H3(getTranslation("minutesImport.review.attendance")));
        for (ImportDraft.Attendee a : draft.attendees) {
            attendance.add(new AttendeeRow(a));
        }
        return attendance;
    }

    /** One name of the header: who it is in the register, how they attended, chair and justerare. */
    final class AttendeeRow extends HorizontalLayout {
        final ImportDraft.Attendee attendee;
        final ComboBox<Person> person = new ComboBox<>();
        final Select<AttendanceRole> role = new Select<>();
        final Checkbox include = new Checkbox();

        AttendeeRow(ImportDraft.Attendee a) {
            this.attendee = a;
            addClassName("import-attendee");
            setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
            setWidthFull();
            setWrap(true);
            include.setValue(a.include);
            include.setAriaLabel(getTranslation("minutesImport.review.include"));
            include.addValueChangeListener(e -> a.include = e.getValue());
            Span name = new Span(a.name);
            name.addClassName("import-attendee-name");
            Span capacity = new Span(Objects.requireNonNullElse(a.capacity, ""));
            capacity.addClassName("import-attendee-capacity");
            role.setItems(AttendanceRole.values());
            role.setItemLabelGenerator(r -> getTranslation(r.translationKey()));
            role.setValue(a.role);
            role.setAriaLabel(getTranslation("minutesImport.review.role"));
            role.setWidth("14em");
            role.setMaxWidth("100%");
            role.addValueChangeListener(e -> a.role = e.getValue());
            person.setPlaceholder(getTranslation("minutesImport.review.newPerson"));
            person.setAriaLabel(getTranslation("minutesImport.review.person"));
            person.setItemLabelGenerator(p -> p.fullName() + (p.organisationLabel().isEmpty() ? "" : ", " + p.organisationLabel()));
            Lazy.items(person, people::search);
            person.setClearButtonVisible(true);
            person.setWidth("14em");
            person.setMaxWidth("100%");
            if (a.personId != null) {
                person.setValue(new Person(a.personId, a.personName, null, null, null, null, null, null, null));
            } else {
                person.addClassName("import-new-person");
            }
            person.addValueChangeListener(e -> {
                a.personId = e.getValue() == null ? null : e.getValue().id();
                a.personName = e.getValue() == null ? null : e.getValue().fullName();
                person.setClassName("import-new-person", e.getValue() == null);
            });
            Checkbox chair = new Checkbox(getTranslation("minutesImport.review.chair"), a.chair);
            chair.addValueChangeListener(e -> a.chair = e.getValue());
            Checkbox approver = new Checkbox(getTranslation("minutesImport.review.approver"), a.approver);
            approver.addValueChangeListener(e -> a.approver = e.getValue());
            add(include, name, capacity, role, person, chair, approver);
        }
    }

    private Div signatures() {
        Div box = new Div(new H3(getTranslation("minutesImport.review.signatures")));
        UnorderedList list = new UnorderedList();
        for (Signature s : draft.signatures()) {
            list.add(new ListItem(getTranslation("minutesImport.review.signature", s.name(),
                    Objects.requireNonNullElse(s.title(), ""),
                    s.signedAt() == null ? "" : Formats.dateTime(s.signedAt()), Objects.requireNonNullElse(s.method(), ""))));
        }
        box.add(list);
        return box;
    }

    /** Rebuilt after a merge or split: one editor a §, in the draft's order. */
    void renderParagraphs() {
        paragraphList.removeAll();
        editors.clear();
        paragraphsHeading.setText(getTranslation("minutesImport.review.paragraphs", draft.paragraphs.size()));
        List<Body> otherBodies = registerBodies;
        for (int i = 0; i < draft.paragraphs.size(); i++) {
            int index = i;
            ParagraphEditor editor = new ParagraphEditor(draft, draft.paragraphs.get(i), otherBodies,
                    i + 1 < draft.paragraphs.size(),
                    () -> {
                        draft.mergeWithNext(index);
                        renderParagraphs();
                    },
                    line -> {
                        draft.split(index, line);
                        renderParagraphs();
                    });
            editors.add(editor);
            paragraphList.add(editor);
        }
    }

    static Div doubtList(String heading, List<String> doubts) {
        Div box = new Div(new Span(heading));
        box.addClassName("import-doubt");
        UnorderedList list = new UnorderedList();
        doubts.forEach(d -> list.add(new ListItem(d)));
        box.add(list);
        return box;
    }
}
