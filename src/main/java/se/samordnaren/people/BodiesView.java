package se.samordnaren.people;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import se.samordnaren.association.MemberService;
import se.samordnaren.security.CurrentUser;
import se.samordnaren.security.Role;
import se.samordnaren.ui.ActionsColumn;
import se.samordnaren.ui.EmptyState;
import se.samordnaren.ui.ConfirmDelete;
import se.samordnaren.ui.ErrorHandling;
import se.samordnaren.ui.Notifications;
import se.samordnaren.ui.ViewHeader;

import java.util.List;
import java.util.Objects;

/**
 * Organ: the association's bodies (a handful, listed whole) and, for the chosen one, its composition on any day
 * ({@link CompositionPanel}).
 */
@Route("organ")
@Menu(order = 60, title = "nav.bodies", icon = "vaadin:sitemap")
@PermitAll
class BodiesView extends VerticalLayout implements HasDynamicTitle {

    private final BodyService bodies;
    final boolean mayEdit;

    final Grid<BodyOverview> grid = new Grid<>();
    final Button addButton = new Button();
    final CompositionPanel composition;
    BodyEditor editor;

    BodiesView(BodyService bodies, PersonService people, MemberService members, CurrentUser currentUser) {
        this.bodies = bodies;
        this.mayEdit = currentUser.hasAnyRole(Role.FORBUNDSCHEF, Role.SEKRETERARE);
        this.composition = new CompositionPanel(bodies, people, members, mayEdit, this::refresh);
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
        grid.addColumn(o -> o.body().paragraphPrefix() == null ? getTranslation("people.body.paragraphSign")
                        : getTranslation("people.body.paragraphSignWithPrefix", o.body().paragraphPrefix()))
                .setHeader(getTranslation("people.body.paragraphPrefix")).setAutoWidth(true);
        grid.addColumn(BodyOverview::currentAppointments).setHeader(getTranslation("people.body.currentAppointments"))
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        grid.addColumn(BodyOverview::meetings).setHeader(getTranslation("people.body.meetings"))
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        if (mayEdit) {
            ActionsColumn.add(grid, this::bodyActions);
        }
        grid.addThemeVariants(GridVariant.ROW_STRIPES);
        EmptyState.show(grid, getTranslation("people.body.empty"));
        grid.setAllRowsVisible(true);
        grid.addSelectionListener(e -> e.getFirstSelectedItem().ifPresent(o -> composition.show(o.body())));
        add(grid, composition);

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

    /** Reads the bodies again and keeps the chosen one chosen (the first when none or it is gone). */
    void refresh() {
        refresh(composition.body == null ? null : composition.body.id());
    }

    private void refresh(Long keepId) {
        List<BodyOverview> all = bodies.overview();
        grid.setItems(all);
        BodyOverview keep = all.stream().filter(o -> Objects.equals(o.body().id(), keepId)).findFirst()
                .orElse(all.isEmpty() ? null : all.getFirst());
        if (keep != null) {
            grid.select(keep);
        }
        composition.show(keep == null ? null : keep.body());
    }

    void openEditor(Body body) {
        editor = new BodyEditor(bodies, body);
        editor.onSaved(() -> refresh(editor.saved().id()));
        editor.open();
    }

    private void confirmDelete(Body body) {
        ConfirmDelete.open(this, getTranslation("people.body.delete.header", body.name()), getTranslation("people.body.delete.text"),
                () -> delete(body));
    }

    void delete(Body body) {
        if (ErrorHandling.run(this, () -> bodies.delete(body))) {
            Notifications.success(this, "people.body.deleted", body.name());
        }
        refresh();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("people.bodies.title");
    }
}
