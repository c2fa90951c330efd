package se.samordnaren.equity;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import se.samordnaren.security.CurrentUser;
import se.samordnaren.security.Role;
import se.samordnaren.security.Roles;
import se.samordnaren.ui.ActionsColumn;
import se.samordnaren.ui.Badge;
import se.samordnaren.ui.ConfirmDelete;
import se.samordnaren.ui.EmptyState;
import se.samordnaren.ui.ErrorHandling;
import se.samordnaren.ui.Formats;
import se.samordnaren.ui.Notifications;
import se.samordnaren.ui.ViewHeader;

/**
 * The national guideline as dated steps (the "staircase": smaller associations may keep a larger share). The
 * förbundschef enters a new set of steps when the national council changes its recommendation; everyone with money
 * access reads which steps are in force and where they come from.
 */
@Route("eget-kapital/riktlinje")
@RolesAllowed({Roles.FORBUNDSCHEF, Roles.EKONOM, Roles.STYRELSE, Roles.REVISOR})
@StyleSheet("styles/allocation-equity.css")
class GuidelineView extends VerticalLayout implements HasDynamicTitle {

    private final EquityService equity;
    private final boolean mayEdit;
    final Grid<GuidelineStep> grid = new Grid<>();
    final Button addButton = new Button();
    Dialog openDialog;

    GuidelineView(EquityService equity, CurrentUser currentUser) {
        this.equity = equity;
        this.mayEdit = currentUser.hasAnyRole(Role.FORBUNDSCHEF);
        setWidthFull();
        setMaxWidth("1200px");
        addClassName("money-view");
        addButton.setText(getTranslation("equity.guideline.add"));
        addButton.setIcon(VaadinIcon.PLUS.create());
        addButton.addThemeVariants(ButtonVariant.PRIMARY);
        addButton.setVisible(mayEdit);
        addButton.addClickListener(e -> open(new GuidelineStepDialog(equity, null).onSaved(this::reload)));
        add(new Anchor("eget-kapital", getTranslation("equity.guideline.back")),
                new ViewHeader(getTranslation("equity.guideline.title"), getTranslation("equity.guideline.description"),
                        addButton));

        grid.addColumn(s -> Formats.date(s.validFrom())).setHeader(getTranslation("equity.guideline.validFrom"))
                .setAutoWidth(true).setFlexGrow(0).setKey("validFrom");
        grid.addColumn(s -> s.allocationUpTo() == null ? getTranslation("equity.guideline.anySize")
                        : getTranslation("equity.guideline.upToValue", Formats.money(s.allocationUpTo())))
                .setHeader(getTranslation("equity.guideline.upTo")).setAutoWidth(true).setKey("upTo");
        grid.addColumn(s -> Formats.percent(s.maxShare())).setHeader(getTranslation("equity.guideline.maxShare"))
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true).setFlexGrow(0).setKey("maxShare");
        grid.addColumn(GuidelineStep::source).setHeader(getTranslation("equity.guideline.source")).setWidth("18em")
                .setFlexGrow(3).setKey("source");
        grid.addComponentColumn(s -> s.inForce() ? new Badge(getTranslation("equity.guideline.inForce"), Badge.Tone.SUCCESS)
                        : new Span(getTranslation("equity.guideline.notInForce")))
                .setHeader(getTranslation("equity.guideline.state")).setAutoWidth(true).setKey("state");
        if (mayEdit) {
            ActionsColumn.add(grid, this::actions).setKey("actions");
        }
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(GridVariant.ROW_STRIPES, GridVariant.WRAP_CELL_CONTENT);
        EmptyState.show(grid, getTranslation("equity.guideline.empty"));
        add(grid);
        reload();
    }

    private Component actions(GuidelineStep step) {
        Button edit = new Button(VaadinIcon.EDIT.create(), e -> open(new GuidelineStepDialog(equity, step)
                .onSaved(this::reload)));
        edit.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.SMALL);
        edit.setAriaLabel(getTranslation("equity.guideline.edit"));
        Button remove = new Button(VaadinIcon.TRASH.create(), e -> ConfirmDelete.open(this,
                getTranslation("equity.guideline.delete"),
                getTranslation("equity.guideline.delete.text", Formats.date(step.validFrom()), Formats.percent(step.maxShare())),
                () -> {
                    if (ErrorHandling.run(this, () -> equity.deleteGuidelineStep(step.id(), step.version()))) {
                        Notifications.success(this, "equity.guideline.deleted");
                    }
                    reload();
                }));
        remove.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.ERROR, ButtonVariant.SMALL);
        remove.setAriaLabel(getTranslation("action.delete"));
        HorizontalLayout actions = new HorizontalLayout(edit, remove);
        actions.setSpacing(false);
        return actions;
    }

    void reload() {
        grid.setItems(equity.guidelineSteps());
    }

    private void open(Dialog dialog) {
        openDialog = dialog;
        dialog.open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("equity.guideline.title");
    }
}
