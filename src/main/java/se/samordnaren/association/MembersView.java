package se.samordnaren.association;

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
import jakarta.annotation.security.RolesAllowed;
import se.samordnaren.security.CurrentUser;
import se.samordnaren.security.Role;
import se.samordnaren.security.Roles;
import se.samordnaren.ui.ActionsColumn;
import se.samordnaren.ui.Formats;
import se.samordnaren.ui.ConfirmDelete;
import se.samordnaren.ui.EmptyState;
import se.samordnaren.ui.ErrorHandling;
import se.samordnaren.ui.Notifications;
import se.samordnaren.ui.ViewHeader;

import java.math.BigDecimal;

/** Medlemmar: Försäkringskassan, Arbetsförmedlingen, the region and the municipalities with their shares. */
@Route("medlemmar")
@Menu(order = 80, title = "nav.members", icon = "vaadin:group")
@RolesAllowed({Roles.FORBUNDSCHEF, Roles.EKONOM, Roles.SEKRETERARE, Roles.STYRELSE, Roles.BEREDNINGSGRUPP, Roles.REVISOR})
class MembersView extends VerticalLayout implements HasDynamicTitle {

    private final MemberService members;
    final Grid<Member> grid = new Grid<>();
    final Button addButton = new Button();
    MemberEditor editor;

    MembersView(MemberService members, CurrentUser currentUser) {
        this.members = members;
        boolean mayEdit = currentUser.hasAnyRole(Role.FORBUNDSCHEF);
        setSizeFull();

        addButton.setText(getTranslation("member.add"));
        addButton.setIcon(VaadinIcon.PLUS.create());
        addButton.addThemeVariants(ButtonVariant.PRIMARY);
        addButton.addClickListener(e -> openEditor(Member.empty()));
        addButton.setVisible(mayEdit);
        add(new ViewHeader(getTranslation("member.title"), getTranslation("member.description"), addButton));

        grid.addColumn(Member::name).setHeader(getTranslation("member.name")).setFlexGrow(2).setSortable(true);
        grid.addColumn(m -> getTranslation(m.type().translationKey())).setHeader(getTranslation("member.type"));
        grid.addColumn(Member::shortName).setHeader(getTranslation("member.shortName"));
        grid.addColumn(Member::organisationNumber).setHeader(getTranslation("member.organisationNumber"));
        grid.addColumn(m -> Formats.percent(m.municipalShare())).setHeader(getTranslation("member.municipalShare"))
                .setTextAlign(ColumnTextAlign.END);
        grid.addColumn(m -> m.population() == null ? "" : Formats.number(BigDecimal.valueOf(m.population())))
                .setHeader(getTranslation("member.population"))
                .setTextAlign(ColumnTextAlign.END);
        if (mayEdit) {
            ActionsColumn.add(grid, this::actions);
            grid.addItemDoubleClickListener(e -> openEditor(e.getItem()));
        }
        grid.addThemeVariants(GridVariant.ROW_STRIPES);
        EmptyState.show(grid, getTranslation("member.empty"));
        grid.setSizeFull();
        add(grid);
        refresh();
    }

    private Span actions(Member member) {
        Button edit = new Button(VaadinIcon.EDIT.create(), e -> openEditor(member));
        edit.addThemeVariants(ButtonVariant.TERTIARY);
        edit.setAriaLabel(getTranslation("action.edit") + " " + member.name());
        Button delete = new Button(VaadinIcon.TRASH.create(), e -> confirmDelete(member));
        delete.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.ERROR);
        delete.setAriaLabel(getTranslation("action.delete") + " " + member.name());
        return new Span(edit, delete);
    }

    void refresh() {
        grid.setItems(members.list());
    }

    void openEditor(Member member) {
        editor = new MemberEditor(members, member);
        editor.onSaved(this::refresh);
        editor.open();
    }

    private void confirmDelete(Member member) {
        ConfirmDelete.open(this, getTranslation("member.delete.header", member.name()), getTranslation("member.delete.text"),
                () -> delete(member));
    }

    void delete(Member member) {
        if (ErrorHandling.run(this, () -> members.delete(member))) {
            Notifications.success(this, "member.deleted", member.name());
        }
        refresh();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("member.title");
    }
}
