package se.samordnaren.application;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.RolesAllowed;
import se.samordnaren.association.Member;
import se.samordnaren.association.MemberService;
import se.samordnaren.security.CurrentUser;
import se.samordnaren.security.Role;
import se.samordnaren.security.Roles;
import se.samordnaren.ui.ActionsColumn;
import se.samordnaren.ui.EmptyState;
import se.samordnaren.ui.ErrorHandling;
import se.samordnaren.ui.Formats;
import se.samordnaren.ui.Lazy;
import se.samordnaren.ui.Notifications;
import se.samordnaren.ui.ViewHeader;

import java.time.LocalDate;

/** Idéer och uppslag: early ideas with a rough amount and year (page by page), and the coming demand on the money per year. */
@Route("ideer")
@Menu(order = 38, title = "nav.ideas", icon = "vaadin:lightbulb")
@RolesAllowed({Roles.FORBUNDSCHEF, Roles.EKONOM, Roles.SEKRETERARE, Roles.STYRELSE, Roles.BEREDNINGSGRUPP, Roles.REVISOR})
@StyleSheet("styles/application.css")
class IdeasView extends VerticalLayout implements HasDynamicTitle {

    private final IdeaService ideas;
    private final MemberService members;
    private final boolean mayEdit;
    final Grid<Idea> grid = new Grid<>();
    final Grid<DemandYear> demand = new Grid<>();
    final Button addButton = new Button();
    IdeaDialog editor;

    IdeasView(IdeaService ideas, MemberService members, CurrentUser currentUser) {
        this.ideas = ideas;
        this.members = members;
        this.mayEdit = currentUser.hasAnyRole(Role.BEREDNINGSGRUPP, Role.FORBUNDSCHEF);
        setSizeFull();
        addButton.setText(getTranslation("idea.add"));
        addButton.setIcon(VaadinIcon.PLUS.create());
        addButton.addThemeVariants(ButtonVariant.PRIMARY);
        addButton.addClickListener(e -> openEditor(Idea.empty()));
        addButton.setVisible(mayEdit);
        add(new ViewHeader(getTranslation("idea.title"), getTranslation("idea.description"), addButton));

        grid.addColumn(Idea::title).setHeader(getTranslation("idea.name")).setFlexGrow(3).setSortProperty("title");
        grid.addColumn(i -> i.proposer() == null ? "" : i.proposer()).setHeader(getTranslation("idea.proposer"))
                .setFlexGrow(2).setSortProperty("proposer");
        grid.addColumn(i -> Formats.money(i.roughAmount())).setHeader(getTranslation("idea.roughAmount"))
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true).setSortProperty("roughAmount");
        grid.addColumn(i -> i.expectedYear() == null ? "" : String.valueOf(i.expectedYear()))
                .setHeader(getTranslation("idea.expectedYear")).setAutoWidth(true).setSortProperty("expectedYear");
        grid.addColumn(i -> getTranslation(i.status().translationKey())).setHeader(getTranslation("idea.status")).setAutoWidth(true);
        if (mayEdit) {
            // A template, not buttons per row (heap per open page, docs/performance.md).
            ActionsColumn.header(grid.addColumn(LitRenderer.<Idea>of(
                            "<vaadin-button theme=\"tertiary icon\" aria-label=\"${item.edit}\" @click=\"${edit}\">"
                                    + "<vaadin-icon icon=\"vaadin:edit\"></vaadin-icon></vaadin-button>"
                                    + "<vaadin-button theme=\"tertiary\" ?hidden=\"${!item.convertible}\" @click=\"${convert}\">"
                                    + "${item.convert}</vaadin-button>")
                            .withProperty("edit", i -> getTranslation("action.edit") + " " + i.title())
                            .withProperty("convert", i -> getTranslation("idea.convert"))
                            .withProperty("convertible", i -> i.status() == IdeaStatus.IDEA)
                            .withFunction("edit", this::openEditor)
                            .withFunction("convert", this::convertClicked))
                    .setAutoWidth(true).setFlexGrow(0).setKey("actions"));
            grid.addItemDoubleClickListener(e -> openEditor(e.getItem()));
        }
        grid.addThemeVariants(GridVariant.ROW_STRIPES);
        EmptyState.show(grid, getTranslation("idea.empty"));
        grid.setMinHeight("14rem");
        addAndExpand(grid);

        demand.addColumn(d -> String.valueOf(d.year())).setHeader(getTranslation("idea.demand.year")).setAutoWidth(true);
        demand.addColumn(d -> getTranslation("idea.demand.count", d.ideaCount()) + ": " + Formats.money(d.ideaAmount()))
                .setHeader(getTranslation("idea.demand.ideas")).setTextAlign(ColumnTextAlign.END);
        demand.addColumn(d -> getTranslation("idea.demand.count", d.applicationCount()) + ": " + Formats.money(d.applicationAmount()))
                .setHeader(getTranslation("idea.demand.applications")).setTextAlign(ColumnTextAlign.END);
        demand.addColumn(d -> Formats.money(d.total())).setHeader(getTranslation("idea.demand.total")).setTextAlign(ColumnTextAlign.END);
        demand.setAllRowsVisible(true);
        EmptyState.show(demand, getTranslation("idea.demand.empty"));
        add(new H2(getTranslation("idea.demand.title")), new Span(getTranslation("idea.demand.help")), demand);
        refresh();
    }

    /** What the row's "Gör ansökan" calls; a forged call for an idea that is no longer an idea does nothing. */
    void convertClicked(Idea idea) {
        if (idea.status() == IdeaStatus.IDEA) {
            convert(idea);
        }
    }

    void refresh() {
        Lazy.items(grid, ideas::list);
        demand.setItems(ideas.demand());
    }

    void openEditor(Idea idea) {
        editor = new IdeaDialog(ideas, idea, members.list().stream().map(Member::name).toList());
        editor.onSaved(this::refresh);
        editor.open();
    }

    void convert(Idea idea) {
        boolean converted = ErrorHandling.run(this, () -> {
            long applicationId = ideas.convertToApplication(idea, LocalDate.now());
            Notifications.success(this, "idea.converted", idea.title());
            getUI().ifPresent(ui -> ui.navigate(ApplicationView.class,
                    new RouteParameters("applicationId", String.valueOf(applicationId))));
        });
        if (!converted) {
            refresh();
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("idea.title");
    }
}
