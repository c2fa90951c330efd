package se.samordnaren.people;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import se.samordnaren.ui.ActionsColumn;
import se.samordnaren.ui.EmptyState;

import java.util.function.Consumer;

/**
 * Appointments as a table, the same way in both places: a person's appointments over time (which body) or a body's
 * composition on a day (who). Editors get "Avsluta" on appointments still running and, where {@code onDelete} is
 * given, a delete button on those no decision refers to.
 */
class AppointmentGrid extends Grid<Appointment> {

    /** Whose appointments the grid lists: one person's (it names the body) or one body's (it names the person). */
    enum Of { PERSON, BODY }

    AppointmentGrid(Of of, boolean mayEdit, Consumer<Appointment> onEnd, Consumer<Appointment> onDelete) {
        if (of == Of.PERSON) {
            addColumn(Appointment::bodyName).setHeader(getTranslation("people.appointment.body")).setAutoWidth(true);
            addComponentColumn(a -> PeopleUi.role(this, a.role()))
                    .setHeader(getTranslation("people.appointment.role")).setAutoWidth(true).setFlexGrow(0);
        } else {
            addComponentColumn(a -> PeopleUi.role(this, a.role()))
                    .setHeader(getTranslation("people.appointment.role")).setAutoWidth(true).setFlexGrow(0);
            addComponentColumn(a -> {
                Span name = new Span(a.personNameWithParty());
                name.getStyle().set("font-weight", a.role().isUnique() ? "600" : "400");
                return name;
            }).setHeader(getTranslation("people.person.name")).setAutoWidth(true).setFlexGrow(0);
        }
        addColumn(a -> a.memberRepresentedName() == null ? "" : a.memberRepresentedName())
                .setHeader(getTranslation("people.appointment.represents")).setAutoWidth(of == Of.BODY)
                .setFlexGrow(of == Of.BODY ? 0 : 1);
        if (of == Of.PERSON) {
            addComponentColumn(this::period).setHeader(getTranslation("people.appointment.period")).setAutoWidth(true);
        } else {
            addColumn(a -> PeopleUi.period(this, a)).setHeader(getTranslation("people.appointment.period")).setAutoWidth(true);
        }
        addComponentColumn(PeopleUi::decidedLinks).setHeader(getTranslation("people.appointment.decided")).setAutoWidth(true);
        addColumn(a -> a.note() == null ? "" : a.note()).setHeader(getTranslation("people.appointment.note"))
                .setFlexGrow(of == Of.BODY ? 1 : 2).setTooltipGenerator(a -> a.note() == null ? "" : a.note());
        if (mayEdit) {
            ActionsColumn.add(this, a -> actions(a, onEnd, onDelete));
        }
        EmptyState.show(this, getTranslation(of == Of.PERSON ? "people.appointment.empty" : "people.composition.empty"));
        setAllRowsVisible(true);
        addThemeVariants(GridVariant.NO_BORDER);
    }

    /** The period, strong while the appointment runs and grey once it has ended. */
    private Component period(Appointment appointment) {
        Span text = new Span(PeopleUi.period(this, appointment));
        if (appointment.isEnded()) {
            text.getStyle().set("color", "var(--lumo-secondary-text-color)");
        } else {
            text.getStyle().set("font-weight", "500");
        }
        return text;
    }

    private Span actions(Appointment appointment, Consumer<Appointment> onEnd, Consumer<Appointment> onDelete) {
        Span actions = new Span();
        if (!appointment.isEnded()) {
            Button end = new Button(getTranslation("people.appointment.end"), VaadinIcon.CLOSE_CIRCLE_O.create(),
                    e -> onEnd.accept(appointment));
            end.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.SMALL);
            actions.add(end);
        }
        if (onDelete != null && appointment.decidedAt().isEmpty()) {
            Button delete = new Button(VaadinIcon.TRASH.create(), e -> onDelete.accept(appointment));
            delete.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.SMALL, ButtonVariant.ERROR);
            delete.setAriaLabel(getTranslation("action.delete"));
            actions.add(delete);
        }
        return actions;
    }
}
