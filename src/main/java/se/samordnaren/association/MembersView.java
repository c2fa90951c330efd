package se.samordnaren.association;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationException;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import se.samordnaren.common.UserFacingException;
import se.samordnaren.security.CurrentUser;
import se.samordnaren.security.Role;
import se.samordnaren.security.Roles;
import se.samordnaren.ui.Formats;
import se.samordnaren.ui.ConfirmDelete;
import se.samordnaren.ui.EmptyState;
import se.samordnaren.ui.Notifications;
import se.samordnaren.ui.ViewHeader;

import java.math.BigDecimal;

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
                .setTextAlign(com.vaadin.flow.component.grid.ColumnTextAlign.END);
        grid.addColumn(m -> m.population() == null ? "" : Formats.number(BigDecimal.valueOf(m.population())))
                .setHeader(getTranslation("member.population"))
                .setTextAlign(com.vaadin.flow.component.grid.ColumnTextAlign.END);
        if (mayEdit) {
            grid.addComponentColumn(this::actions).setHeader("").setAutoWidth(true).setFlexGrow(0);
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
        editor = new MemberEditor(member);
        editor.open();
    }

    private void confirmDelete(Member member) {
        ConfirmDelete.open(this, getTranslation("member.delete.header", member.name()), getTranslation("member.delete.text"),
                () -> delete(member));
    }

    void delete(Member member) {
        try {
            members.delete(member);
            Notifications.success(this, "member.deleted", member.name());
        } catch (UserFacingException error) {
            Notifications.error(this, error);
        }
        refresh();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("member.title");
    }

    /** The add/edit dialog. Keeps what the user typed when the save is refused. */
    class MemberEditor extends Dialog {
        final TextField name = new TextField(getTranslation("member.name"));
        final ComboBox<MemberType> type = new ComboBox<>(getTranslation("member.type"));
        final TextField shortName = new TextField(getTranslation("member.shortName"));
        final TextField organisationNumber = new TextField(getTranslation("member.organisationNumber"));
        final BigDecimalField municipalShare = new BigDecimalField(getTranslation("member.municipalShare"));
        final IntegerField population = new IntegerField(getTranslation("member.population"));
        final Button save = new Button(getTranslation("action.save"));
        private final Binder<MemberDraft> binder = new Binder<>();
        private final Member original;

        MemberEditor(Member member) {
            this.original = member;
            setHeaderTitle(getTranslation(member.isNew() ? "member.add" : "member.edit"));
            type.setItems(MemberType.values());
            type.setItemLabelGenerator(t -> getTranslation(t.translationKey()));
            organisationNumber.setPlaceholder("222000-1234");
            organisationNumber.setHelperText(getTranslation("member.organisationNumber.help"));
            municipalShare.setSuffixComponent(new Span("%"));
            municipalShare.setHelperText(getTranslation("member.municipalShare.help"));
            type.addValueChangeListener(e -> {
                boolean municipality = e.getValue() == MemberType.MUNICIPALITY;
                municipalShare.setEnabled(municipality);
                if (!municipality) {
                    municipalShare.clear();
                }
            });

            binder.forField(name).asRequired(getTranslation("member.error.nameRequired"))
                    .bind(MemberDraft::getName, MemberDraft::setName);
            binder.forField(type).asRequired(getTranslation("member.error.typeRequired"))
                    .bind(MemberDraft::getType, MemberDraft::setType);
            binder.forField(shortName).bind(MemberDraft::getShortName, MemberDraft::setShortName);
            binder.forField(organisationNumber)
                    .withValidator(v -> v == null || v.isBlank() || Validation.ORGANISATION_NUMBER.matcher(v.trim()).matches(),
                            getTranslation("error.organisationNumberFormat"))
                    .bind(MemberDraft::getOrganisationNumber, MemberDraft::setOrganisationNumber);
            binder.forField(municipalShare)
                    .withValidator(v -> v == null || (v.signum() > 0 && v.compareTo(BigDecimal.valueOf(100)) <= 0),
                            getTranslation("member.error.shareRange"))
                    .bind(MemberDraft::getMunicipalShare, MemberDraft::setMunicipalShare);
            binder.forField(population)
                    .withValidator(v -> v == null || v >= 0, getTranslation("member.error.population"))
                    .bind(MemberDraft::getPopulation, MemberDraft::setPopulation);
            binder.readBean(new MemberDraft(member));
            municipalShare.setEnabled(member.type() == MemberType.MUNICIPALITY);

            FormLayout form = new FormLayout(name, type, shortName, organisationNumber, municipalShare, population);
            form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("500px", 2));
            form.setColspan(name, 2);
            add(form);

            save.addThemeVariants(ButtonVariant.PRIMARY);
            save.addClickListener(e -> save());
            Button cancel = new Button(getTranslation("action.cancel"), e -> close());
            getFooter().add(cancel, save);
            setWidth("min(640px, 95vw)");
        }

        void save() {
            Member edited;
            try {
                MemberDraft draft = new MemberDraft(original);
                binder.writeBean(draft);
                edited = draft.toMember();
            } catch (ValidationException invalid) {
                Notifications.error(MembersView.this, "error.checkFields");
                return;
            }
            try {
                members.save(edited);
                Notifications.success(MembersView.this, "member.saved", edited.name());
                close();
                refresh();
            } catch (UserFacingException error) {
                Notifications.error(MembersView.this, error);
            }
        }
    }
}
