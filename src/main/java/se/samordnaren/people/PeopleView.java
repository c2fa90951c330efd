package se.samordnaren.people;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import se.samordnaren.association.MemberService;
import se.samordnaren.security.CurrentUser;
import se.samordnaren.security.Role;
import se.samordnaren.ui.EmptyState;
import se.samordnaren.ui.Lazy;
import se.samordnaren.ui.ViewHeader;

import java.util.stream.Collectors;

/**
 * Personer: everyone who appears in minutes, searched by name or organisation and read a page at a time; choosing
 * one shows their appointments over time ({@link PersonPanel}).
 */
@Route("personer")
@Menu(order = 65, title = "nav.people", icon = "vaadin:users")
@PermitAll
class PeopleView extends VerticalLayout implements HasDynamicTitle {

    private final PersonService people;
    private final MemberService members;
    final boolean mayEdit;

    final Button addButton = new Button();
    final TextField filter = new TextField();
    final Grid<PersonSummary> grid = new Grid<>();
    final PersonPanel details;
    PersonEditor editor;

    PeopleView(PersonService people, BodyService bodies, MemberService members, CurrentUser currentUser) {
        this.people = people;
        this.members = members;
        this.mayEdit = currentUser.hasAnyRole(Role.FORBUNDSCHEF, Role.SEKRETERARE);
        this.details = new PersonPanel(people, bodies, members, mayEdit, this::refresh);
        setSizeFull();
        getStyle().set("overflow", "auto");

        addButton.setText(getTranslation("people.person.add"));
        addButton.setIcon(VaadinIcon.PLUS.create());
        addButton.addThemeVariants(ButtonVariant.PRIMARY);
        addButton.addClickListener(e -> openEditor());
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
                }).setHeader(getTranslation("people.person.name")).setFlexGrow(2).setSortProperty("name");
        grid.addColumn(s -> s.person().organisationLabel()).setHeader(getTranslation("people.person.organisationColumn"))
                .setFlexGrow(2).setSortProperty("organisation");
        grid.addColumn(this::currentAppointments).setHeader(getTranslation("people.person.current")).setFlexGrow(4)
                .setTooltipGenerator(this::currentAppointments);
        grid.addComponentColumn(s -> contact(s.person())).setHeader(getTranslation("people.person.contact")).setFlexGrow(2);
        grid.addThemeVariants(GridVariant.ROW_STRIPES);
        EmptyState.show(grid, getTranslation("people.person.empty"));
        grid.setHeight("22rem");
        grid.setWidthFull();
        Lazy.items(grid, page -> people.list(filter.getValue(), page));
        grid.addSelectionListener(e -> e.getFirstSelectedItem().ifPresent(s -> details.show(s.person().id())));
        add(grid);

        add(details);
    }

    private String currentAppointments(PersonSummary summary) {
        return summary.currentAppointments().stream()
                .map(a -> getTranslation("people.person.currentAppointment", getTranslation(a.role().translationKey()),
                        a.bodyName()))
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

    /** Reads the list again (the filter or a person changed). */
    void refresh() {
        grid.getDataProvider().refreshAll();
    }

    void openEditor() {
        editor = new PersonEditor(people, members.list(), Person.empty());
        editor.onSaved(() -> {
            details.show(editor.saved().id());
            refresh();
        });
        editor.open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("people.title");
    }
}
