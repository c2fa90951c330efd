package se.samordnaren.application;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.RolesAllowed;
import se.samordnaren.association.Member;
import se.samordnaren.association.MemberService;
import se.samordnaren.common.UserFacingException;
import se.samordnaren.security.CurrentUser;
import se.samordnaren.security.Role;
import se.samordnaren.security.Roles;
import se.samordnaren.ui.Formats;
import se.samordnaren.ui.Notifications;
import se.samordnaren.ui.ViewHeader;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Idéer och uppslag: early ideas with a rough amount and year, and the coming demand on the money per year. */
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
    IdeaEditor editor;

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

        grid.addColumn(Idea::title).setHeader(getTranslation("idea.name")).setFlexGrow(3);
        grid.addColumn(i -> i.proposer() == null ? "" : i.proposer()).setHeader(getTranslation("idea.proposer")).setFlexGrow(2);
        grid.addColumn(i -> Formats.money(i.roughAmount())).setHeader(getTranslation("idea.roughAmount"))
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        grid.addColumn(i -> i.expectedYear() == null ? "" : String.valueOf(i.expectedYear())).setHeader(getTranslation("idea.expectedYear"))
                .setAutoWidth(true);
        grid.addColumn(i -> getTranslation(i.status().translationKey())).setHeader(getTranslation("idea.status")).setAutoWidth(true);
        if (mayEdit) {
            grid.addComponentColumn(this::actions).setAutoWidth(true).setFlexGrow(0);
            grid.addItemDoubleClickListener(e -> openEditor(e.getItem()));
        }
        grid.addThemeVariants(GridVariant.ROW_STRIPES);
        grid.setEmptyStateText(getTranslation("idea.empty"));
        grid.setAllRowsVisible(true);
        add(grid);

        add(new H3(getTranslation("idea.demand.title")));
        demand.addColumn(d -> String.valueOf(d.year())).setHeader(getTranslation("idea.demand.year")).setAutoWidth(true);
        demand.addColumn(d -> getTranslation("idea.demand.count", d.ideaCount()) + ": " + Formats.money(d.ideaAmount()))
                .setHeader(getTranslation("idea.demand.ideas")).setTextAlign(ColumnTextAlign.END);
        demand.addColumn(d -> getTranslation("idea.demand.count", d.applicationCount()) + ": " + Formats.money(d.applicationAmount()))
                .setHeader(getTranslation("idea.demand.applications")).setTextAlign(ColumnTextAlign.END);
        demand.addColumn(d -> Formats.money(d.total())).setHeader(getTranslation("idea.demand.total")).setTextAlign(ColumnTextAlign.END);
        demand.setAllRowsVisible(true);
        demand.setEmptyStateText(getTranslation("idea.demand.empty"));
        add(new Span(getTranslation("idea.demand.help")), demand);
        refresh();
    }

    private Span actions(Idea idea) {
        Button edit = new Button(VaadinIcon.EDIT.create(), e -> openEditor(idea));
        edit.addThemeVariants(ButtonVariant.TERTIARY);
        edit.setAriaLabel(getTranslation("action.edit") + " " + idea.title());
        Span span = new Span(edit);
        if (idea.status() == IdeaStatus.IDEA) {
            Button apply = new Button(getTranslation("idea.convert"), e -> convert(idea));
            apply.addThemeVariants(ButtonVariant.TERTIARY);
            span.add(apply);
        }
        return span;
    }

    void refresh() {
        grid.setItems(ideas.list());
        demand.setItems(ideas.demand());
    }

    void openEditor(Idea idea) {
        editor = new IdeaEditor(idea);
        editor.open();
    }

    void convert(Idea idea) {
        try {
            long applicationId = ideas.convertToApplication(idea, LocalDate.now());
            Notifications.success(this, "idea.converted", idea.title());
            getUI().ifPresent(ui -> ui.navigate(ApplicationView.class,
                    new RouteParameters("applicationId", String.valueOf(applicationId))));
        } catch (UserFacingException error) {
            Notifications.error(this, error);
            refresh();
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("idea.title");
    }

    class IdeaEditor extends Dialog {
        final TextField title = new TextField(getTranslation("idea.name"));
        final TextArea description = new TextArea(getTranslation("idea.text"));
        final ComboBox<String> proposer = new ComboBox<>(getTranslation("idea.proposer"));
        final BigDecimalField roughAmount = new BigDecimalField(getTranslation("idea.roughAmount"));
        final IntegerField expectedYear = new IntegerField(getTranslation("idea.expectedYear"));
        final Select<IdeaStatus> status = new Select<>();
        final Button save = new Button(getTranslation("action.save"));
        private final Idea original;

        IdeaEditor(Idea idea) {
            this.original = idea;
            setHeaderTitle(getTranslation(idea.isNew() ? "idea.add" : "idea.edit"));
            List<String> names = new ArrayList<>(members.list().stream().map(Member::name).sorted().toList());
            proposer.setItems(names);
            proposer.setAllowCustomValue(true);
            proposer.addCustomValueSetListener(e -> {
                String typed = e.getDetail() == null ? "" : e.getDetail().trim();
                if (!typed.isEmpty()) {
                    if (!names.contains(typed)) {
                        names.add(typed);
                        proposer.setItems(names);
                    }
                    proposer.setValue(typed);
                }
            });
            roughAmount.setSuffixComponent(new Span("kr"));
            status.setLabel(getTranslation("idea.status"));
            status.setItems(idea.status() == IdeaStatus.APPLIED ? List.of(IdeaStatus.values()) : List.of(IdeaStatus.IDEA, IdeaStatus.DROPPED));
            status.setItemLabelGenerator(s -> getTranslation(s.translationKey()));
            title.setValue(idea.title() == null ? "" : idea.title());
            description.setValue(idea.description() == null ? "" : idea.description());
            if (idea.proposer() != null) {
                if (!names.contains(idea.proposer())) {
                    names.add(idea.proposer());
                    proposer.setItems(names);
                }
                proposer.setValue(idea.proposer());
            }
            roughAmount.setValue(idea.roughAmount());
            expectedYear.setValue(idea.expectedYear());
            status.setValue(idea.status());
            FormLayout form = new FormLayout(title, proposer, roughAmount, expectedYear, status, description);
            form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("500px", 2));
            form.setColspan(title, 2);
            form.setColspan(description, 2);
            add(form);
            save.addThemeVariants(ButtonVariant.PRIMARY);
            save.addClickListener(e -> save());
            getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), save);
            setWidth("min(640px, 95vw)");
        }

        void save() {
            // The service makes a member's name (or short name) the member and keeps any other text as typed.
            String name = proposer.getValue();
            Idea edited = new Idea(original.id(), title.getValue(), description.getValue(), null,
                    name, name, roughAmount.getValue(), expectedYear.getValue(), status.getValue(),
                    original.applicationId(), original.version());
            try {
                ideas.save(edited);
                Notifications.success(IdeasView.this, "idea.saved", edited.title());
                close();
                refresh();
            } catch (UserFacingException error) {
                Notifications.error(IdeasView.this, error);
            }
        }
    }
}
