package se.samordnaren.equity;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import se.samordnaren.equity.AnnualResultDetail.Discharge;
import se.samordnaren.security.CurrentUser;
import se.samordnaren.security.Role;
import se.samordnaren.security.Roles;
import se.samordnaren.ui.ActionsColumn;
import se.samordnaren.ui.Badge;
import se.samordnaren.ui.DecidedAtLink;
import se.samordnaren.ui.EmptyState;
import se.samordnaren.ui.Formats;

import java.util.stream.Collectors;

/**
 * One year's årsredovisning: the figures and the approving §, the equity against the guideline, the auditors'
 * report, and each member's discharge — the outstanding ones said in words at the top of the list.
 */
@Route("arsredovisning/:year([0-9]{4})")
@RolesAllowed({Roles.FORBUNDSCHEF, Roles.EKONOM, Roles.STYRELSE, Roles.REVISOR})
@StyleSheet("styles/allocation-equity.css")
class AnnualResultView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final String PARAMETER = "year";

    private final EquityService equity;
    private final boolean mayWrite;
    AnnualResultDetail detail;
    final H1 title = new H1();
    final Div decided = new Div();
    final Div figures = new Div();
    final Div guideline = new Div();
    final Div auditors = new Div();
    final Paragraph outstanding = new Paragraph();
    final Grid<Discharge> dischargeGrid = new Grid<>();
    final Button editButton = new Button();
    /** "Exportera till Excel": the year's figures and discharge. */
    final HorizontalLayout exportSlot = new HorizontalLayout();
    Dialog openDialog;

    AnnualResultView(EquityService equity, CurrentUser currentUser) {
        this.equity = equity;
        this.mayWrite = currentUser.hasAnyRole(Role.FORBUNDSCHEF, Role.EKONOM);
        setWidthFull();
        setMaxWidth("1200px");
        addClassName("money-view");

        Anchor back = new Anchor("arsredovisning", getTranslation("equity.results.back"));
        editButton.setText(getTranslation("equity.result.edit"));
        editButton.setIcon(VaadinIcon.EDIT.create());
        editButton.setVisible(mayWrite);
        editButton.addClickListener(e -> open(new AnnualResultDialog(equity, detail, detail.year())
                .afterSave(year -> reload())));
        exportSlot.addClassName("export-slot");
        exportSlot.add(EquityExcel.link(this, getTranslation("equity.results.title"),
                () -> EquityExcel.result(this, detail)));
        title.addClassName("money-title");
        HorizontalLayout header = new HorizontalLayout(title, exportSlot, editButton);
        header.setWidthFull();
        header.setWrap(true);
        header.setAlignItems(Alignment.BASELINE);
        header.expand(title);
        figures.addClassName("money-summary");
        guideline.addClassName("money-guideline");
        auditors.addClassName("money-auditors");
        outstanding.addClassName("discharge-outstanding");
        configureDischarge();
        add(back, header, decided, figures, guideline, EquityUi.sectionTitle(this, "equity.auditors"), auditors,
                EquityUi.sectionTitle(this, "equity.discharge.title"), outstanding, dischargeGrid);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var found = event.getRouteParameters().getInteger(PARAMETER).flatMap(equity::result);
        if (found.isEmpty()) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        show(found.get());
    }

    void reload() {
        show(equity.result(detail.year()).orElseThrow());
    }

    private void show(AnnualResultDetail loaded) {
        detail = loaded;
        title.setText(getTranslation("equity.result.title", String.valueOf(detail.year())));
        decided.removeAll();
        if (detail.decidedAt() != null) {
            decided.add(new DecidedAtLink(detail.decidedAt()));
        } else {
            decided.add(EquityUi.subLabel(detail.note() == null ? getTranslation("equity.noDecision") : detail.note()));
        }
        showFigures();
        showGuideline();
        showAuditors();
        var missing = detail.outstanding();
        outstanding.setVisible(!missing.isEmpty());
        outstanding.setText(getTranslation("equity.discharge.outstandingText", missing.size(), detail.discharges().size(),
                missing.stream().map(Discharge::memberName).collect(Collectors.joining(", "))));
        dischargeGrid.setItems(detail.discharges());
    }

    private void showFigures() {
        figures.removeAll();
        figures.add(EquityUi.figure(this, "equity.income", Formats.money(detail.income())),
                EquityUi.figure(this, "equity.costs", Formats.money(detail.costs())),
                EquityUi.figure(this, "equity.result", EquityUi.signed(detail.result())),
                EquityUi.figure(this, "equity.equityStart", Formats.money(detail.equityStart())),
                EquityUi.figure(this, "equity.equityEnd", Formats.money(detail.equityEnd())),
                EquityUi.figure(this, "equity.allocation", detail.allocation() == null
                        ? getTranslation("equity.allocation.missing") : Formats.money(detail.allocation())));
    }

    private void showGuideline() {
        guideline.removeAll();
        EquityYear e = detail.equity();
        if (e == null || e.allowed() == null) {
            guideline.add(new Paragraph(getTranslation("equity.guideline.none")));
            return;
        }
        Paragraph sentence = new Paragraph();
        sentence.add(EquityUi.level(this, e.level()), new Span(" "),
                new Span(getTranslation("equity.status.sentence", Formats.money(e.equityEnd()),
                        Formats.percent(e.ratioPercent()), Formats.money(e.allowed()), Formats.percent(e.maxShare()),
                        EquityUi.excess(this, e.excess()))));
        Span source = EquityUi.subLabel(getTranslation("equity.guideline.sourceLabel", e.source()));
        Anchor more = new Anchor("eget-kapital", getTranslation("equity.title"));
        guideline.add(sentence, source, more);
    }

    private void showAuditors() {
        auditors.removeAll();
        if (detail.auditorsReport() == null && detail.auditorsReportOn() == null) {
            auditors.add(new Paragraph(getTranslation("equity.auditors.none")));
            return;
        }
        Div facts = new Div();
        facts.addClassName("money-summary");
        if (detail.auditorsReportOn() != null) {
            facts.add(EquityUi.figure(this, "equity.auditors.date", Formats.date(detail.auditorsReportOn())));
        }
        if (detail.auditorsRecommendDischarge() != null) {
            facts.add(EquityUi.figure(this, "equity.auditors.recommends",
                    getTranslation(detail.auditorsRecommendDischarge() ? "equity.auditors.recommends.yes"
                            : "equity.auditors.recommends.no")));
        }
        auditors.add(facts);
        if (detail.auditorsReport() != null) {
            Paragraph text = new Paragraph(detail.auditorsReport());
            text.addClassName("auditors-report");
            auditors.add(text);
        }
    }

    private void configureDischarge() {
        dischargeGrid.addColumn(Discharge::memberName).setHeader(getTranslation("equity.discharge.member"))
                .setWidth("10em").setFlexGrow(1).setKey("member");
        dischargeGrid.addComponentColumn(this::stateCell).setHeader(getTranslation("equity.discharge.state"))
                .setAutoWidth(true).setKey("state");
        dischargeGrid.addColumn(d -> d.reference() == null ? "" : d.reference())
                .setHeader(getTranslation("equity.discharge.reference")).setWidth("14em").setFlexGrow(2).setKey("reference");
        if (mayWrite) {
            ActionsColumn.add(dischargeGrid, d -> {
                Button edit = new Button(VaadinIcon.EDIT.create(), e -> open(new DischargeDialog(equity, d)
                        .onSaved(this::reload)));
                edit.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.SMALL);
                edit.setAriaLabel(getTranslation("equity.discharge.edit", d.memberName()));
                return edit;
            }).setKey("actions");
        }
        dischargeGrid.setAllRowsVisible(true);
        dischargeGrid.addThemeVariants(GridVariant.ROW_STRIPES, GridVariant.WRAP_CELL_CONTENT);
        dischargeGrid.setPartNameGenerator(d -> d.state() == DischargeState.OUTSTANDING ? "outstanding" : null);
        EmptyState.show(dischargeGrid, getTranslation("equity.discharge.none"));
    }

    /** "Beviljad 2020-04-20", "Vägrad", "Saknas – inte beslutad ännu". */
    Component stateCell(Discharge discharge) {
        return switch (discharge.state()) {
            case GRANTED -> new Badge(getTranslation("equity.discharge.state.GRANTED", Formats.date(discharge.grantedOn())),
                    Badge.Tone.SUCCESS);
            case REFUSED -> new Badge(getTranslation("equity.discharge.state.REFUSED"), Badge.Tone.ERROR);
            case OUTSTANDING -> new Badge(getTranslation("equity.discharge.state.OUTSTANDING"), Badge.Tone.WARNING);
        };
    }

    private void open(Dialog dialog) {
        openDialog = dialog;
        dialog.open();
    }

    @Override
    public String getPageTitle() {
        return detail == null ? getTranslation("equity.results.title")
                : getTranslation("equity.result.title", String.valueOf(detail.year()));
    }
}
