package se.samordnaren.allocation;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import se.samordnaren.allocation.AllocationYearDetail.MemberShare;
import se.samordnaren.allocation.AllocationYearDetail.Payment;
import se.samordnaren.security.CurrentUser;
import se.samordnaren.security.Role;
import se.samordnaren.security.Roles;
import se.samordnaren.ui.ActionsColumn;
import se.samordnaren.ui.Badge;
import se.samordnaren.ui.Buttons;
import se.samordnaren.ui.CellRenderers;
import se.samordnaren.ui.ConfirmDelete;
import se.samordnaren.ui.DecidedAtLink;
import se.samordnaren.ui.EmptyState;
import se.samordnaren.ui.ErrorHandling;
import se.samordnaren.ui.FilterBar;
import se.samordnaren.ui.Formats;
import se.samordnaren.ui.Notifications;
import se.samordnaren.ui.ViewHeader;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * Tilldelade medel per year (/tilldelning?ar=2021): the year's total and split with its §, each member's share
 * against what it paid (the difference said in words, not by colour alone) and the payments. The förbundschef and
 * the ekonom record years and payments here; the board and the auditors read.
 */
@Route("tilldelning")
@Menu(order = 44, title = "nav.allocation", icon = "vaadin:coin-piles")
@RolesAllowed({Roles.FORBUNDSCHEF, Roles.EKONOM, Roles.STYRELSE, Roles.REVISOR})
@StyleSheet("styles/allocation-equity.css")
class AllocationView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final String YEAR_PARAMETER = "ar";

    private final AllocationService allocations;
    private final boolean mayWrite;

    final ComboBox<Integer> yearPicker = new ComboBox<>();
    final Button newYearButton = new Button();
    final Button editYearButton = new Button();
    final Button addPaymentButton = new Button();
    /** "Exportera till Excel": the shares and payments of the year shown. */
    final HorizontalLayout exportSlot = new HorizontalLayout();
    final Div summary = new Div();
    final Grid<MemberShare> sharesGrid = new Grid<>();
    final Grid<Payment> paymentsGrid = new Grid<>();
    final Paragraph empty = new Paragraph();
    private final VerticalLayout content = new VerticalLayout();
    AllocationYearDetail detail;
    Dialog openDialog;

    AllocationView(AllocationService allocations, CurrentUser currentUser) {
        this.allocations = allocations;
        this.mayWrite = currentUser.hasAnyRole(Role.FORBUNDSCHEF, Role.EKONOM);
        setWidthFull();
        setMaxWidth("1200px");
        addClassName("money-view");

        Buttons.action(newYearButton, "allocation.newYear", VaadinIcon.PLUS, this::openNewYear);
        newYearButton.addThemeVariants(ButtonVariant.PRIMARY);
        Buttons.action(editYearButton, "allocation.editYear", VaadinIcon.EDIT, this::openEditYear);
        Buttons.action(addPaymentButton, "allocation.payment.add", VaadinIcon.PLUS, () -> openPayment(null));
        newYearButton.setVisible(mayWrite);
        exportSlot.addClassName("export-slot");
        exportSlot.add(AllocationExcel.link(this, () -> AllocationExcel.year(this, detail)));
        add(new ViewHeader(getTranslation("allocation.title"), getTranslation("allocation.description"),
                exportSlot, newYearButton));

        yearPicker.setLabel(getTranslation("allocation.year"));
        yearPicker.setItemLabelGenerator(String::valueOf);
        yearPicker.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                getUI().ifPresent(ui -> ui.getPage().getHistory().replaceState(null, "tilldelning?ar=" + e.getValue()));
            }
            show(e.getValue());
        });
        add(new FilterBar(yearPicker, editYearButton));

        empty.addClassName("empty-text");
        summary.addClassName("money-summary");
        configureShares();
        configurePayments();
        content.setPadding(false);
        content.add(summary, sectionTitle("allocation.shares"), sharesGrid,
                sectionTitle("allocation.payments"), addPaymentButton, paymentsGrid);
        add(empty, content);
    }

    private H2 sectionTitle(String key) {
        H2 title = new H2(getTranslation(key));
        title.addClassName("section-title");
        return title;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        List<Integer> years = allocations.years();
        yearPicker.setItems(years);
        yearPicker.setVisible(!years.isEmpty());
        Integer wanted = event.getLocation().getQueryParameters().getSingleParameter(YEAR_PARAMETER)
                .filter(s -> s.matches("[0-9]{4}")).map(Integer::valueOf).orElse(null);
        int thisYear = LocalDate.now().getYear();
        Integer year = wanted != null && years.contains(wanted) ? wanted
                : years.contains(thisYear) ? Integer.valueOf(thisYear) : years.isEmpty() ? null : years.getLast();
        if (year != null && year.equals(yearPicker.getValue())) {
            show(year);
        } else {
            yearPicker.setValue(year);
            if (year == null) {
                show(null);
            }
        }
    }

    /** Reads the year again and shows it. */
    void show(Integer year) {
        detail = year == null ? null : allocations.year(year).orElse(null);
        boolean has = detail != null;
        content.setVisible(has);
        editYearButton.setVisible(has && mayWrite);
        addPaymentButton.setVisible(has && mayWrite);
        empty.setVisible(!has);
        exportSlot.setVisible(has);
        empty.setText(getTranslation(mayWrite ? "allocation.empty.writer" : "allocation.empty"));
        if (!has) {
            return;
        }
        showSummary();
        sharesGrid.setItems(detail.shares());
        sharesGrid.getColumnByKey("member").setFooter(getTranslation("allocation.total"));
        sharesGrid.getColumnByKey("expected").setFooter(Formats.money(detail.expectedTotal()));
        sharesGrid.getColumnByKey("paid").setFooter(Formats.money(detail.paidTotal()));
        sharesGrid.getColumnByKey("difference").setFooter(Formats.money(detail.differenceTotal()));
        paymentsGrid.setItems(detail.payments());
    }

    private void showSummary() {
        summary.removeAll();
        summary.add(figure("allocation.total.year", Formats.money(detail.total())));
        summary.add(figure("allocation.split", getTranslation("allocation.split.value",
                Formats.percent(detail.stateShare()), Formats.percent(detail.regionShare()),
                Formats.percent(detail.municipalShare()))));
        summary.add(figure("allocation.keyBasis", detail.keyBasis()));
        Div decided = new Div();
        decided.addClassName("money-fact");
        Span label = new Span(getTranslation("allocation.decision"));
        label.addClassName("fact-label");
        decided.add(label);
        decided.add(detail.decidedAt() == null ? new Span(getTranslation("allocation.noDecision"))
                : new DecidedAtLink(detail.decidedAt()));
        summary.add(decided);
        if (detail.note() != null) {
            Paragraph note = new Paragraph(detail.note());
            note.addClassName("money-note");
            summary.add(note);
        }
    }

    private Div figure(String labelKey, String value) {
        Span label = new Span(getTranslation(labelKey));
        label.addClassName("fact-label");
        Span figure = new Span(value);
        figure.addClassName("fact-value");
        Div fact = new Div(label, figure);
        fact.addClassName("money-fact");
        return fact;
    }

    private void configureShares() {
        // Member and the difference in words first: on a phone they are what shows without scrolling sideways.
        // Templates, not components per row (heap per open page, docs/performance.md).
        sharesGrid.addColumn(LitRenderer.<MemberShare>of("<div><span>${item.name}</span><span class=\"sub-label\">${item.part}</span></div>")
                        .withProperty("name", MemberShare::memberName)
                        .withProperty("part", this::memberPart))
                .setHeader(getTranslation("allocation.member")).setWidth("10em").setFlexGrow(1).setKey("member");
        sharesGrid.addColumn(CellRenderers.badge(this::differenceText, AllocationView::differenceTone))
                .setHeader(getTranslation("allocation.difference")).setAutoWidth(true).setKey("difference");
        sharesGrid.addColumn(s -> Formats.money(s.expected())).setHeader(getTranslation("allocation.expected"))
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true).setKey("expected");
        sharesGrid.addColumn(s -> Formats.money(s.paid())).setHeader(getTranslation("allocation.paid"))
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true).setKey("paid");
        sharesGrid.addColumn(s -> s.lastPaidOn() == null ? getTranslation("allocation.neverPaid") : Formats.date(s.lastPaidOn()))
                .setHeader(getTranslation("allocation.lastPayment")).setAutoWidth(true).setKey("lastPayment");
        sharesGrid.setAllRowsVisible(true);
        sharesGrid.addThemeVariants(GridVariant.ROW_STRIPES, GridVariant.WRAP_CELL_CONTENT);
        EmptyState.show(sharesGrid, getTranslation("allocation.noMembers"));
    }

    /** What the member's share is part of: "Statens del 50 %", "Befolkning 125 000" … */
    private String memberPart(MemberShare share) {
        return switch (share.memberType()) {
            case FORSAKRINGSKASSAN -> getTranslation("allocation.part.state", Formats.percent(detail.stateShare()));
            case REGION -> getTranslation("allocation.part.region", Formats.percent(detail.regionShare()));
            case MUNICIPALITY -> share.keyValue() == null ? getTranslation("allocation.part.noKey")
                    : getTranslation("allocation.part.municipality", Formats.number(share.keyValue()));
            case ARBETSFORMEDLINGEN -> getTranslation("allocation.part.none");
        };
    }

    /** The difference in kronor and in words: "Återstår 1 750 000 kr", "Betalt", "Överbetalt 10 000 kr". */
    String differenceText(MemberShare share) {
        PaymentState state = share.state();
        BigDecimal difference = share.difference();
        return switch (state) {
            case PARTLY_PAID, NOT_PAID -> getTranslation(state.translationKey(), Formats.money(difference.negate()));
            case OVERPAID -> getTranslation(state.translationKey(), Formats.money(difference));
            default -> getTranslation(state.translationKey());
        };
    }

    static Badge.Tone differenceTone(MemberShare share) {
        return switch (share.state()) {
            case PAID -> Badge.Tone.SUCCESS;
            case PARTLY_PAID, OVERPAID -> Badge.Tone.WARNING;
            case NOT_PAID, KEY_MISSING -> Badge.Tone.ERROR;
            case NO_SHARE -> Badge.Tone.NEUTRAL;
        };
    }

    private void configurePayments() {
        paymentsGrid.addColumn(p -> Formats.date(p.paidOn())).setHeader(getTranslation("allocation.payment.paidOn"))
                .setAutoWidth(true).setFlexGrow(0).setKey("paidOn");
        paymentsGrid.addColumn(Payment::memberName).setHeader(getTranslation("allocation.member"))
                .setWidth("10em").setFlexGrow(2).setKey("member");
        paymentsGrid.addColumn(p -> Formats.money(p.amount())).setHeader(getTranslation("allocation.payment.amount"))
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true).setKey("amount");
        paymentsGrid.addColumn(Payment::note).setHeader(getTranslation("allocation.payment.note")).setWidth("10em")
                .setFlexGrow(2).setKey("note");
        if (mayWrite) {
            ActionsColumn.header(paymentsGrid.addColumn(LitRenderer.<Payment>of(
                            "<vaadin-button theme=\"tertiary small icon\" aria-label=\"${item.edit}\" @click=\"${edit}\">"
                                    + "<vaadin-icon icon=\"vaadin:edit\"></vaadin-icon></vaadin-button>"
                                    + "<vaadin-button theme=\"tertiary error small icon\" aria-label=\"${item.remove}\" @click=\"${remove}\">"
                                    + "<vaadin-icon icon=\"vaadin:trash\"></vaadin-icon></vaadin-button>")
                            .withProperty("edit", p -> getTranslation("allocation.payment.edit"))
                            .withProperty("remove", p -> getTranslation("action.delete"))
                            .withFunction("edit", this::openPayment)
                            .withFunction("remove", this::confirmDelete))
                    .setAutoWidth(true).setFlexGrow(0).setKey("actions"));
        }
        paymentsGrid.setAllRowsVisible(true);
        paymentsGrid.addThemeVariants(GridVariant.ROW_STRIPES, GridVariant.WRAP_CELL_CONTENT);
        EmptyState.show(paymentsGrid, getTranslation("allocation.payment.none"));
    }

    private void openNewYear() {
        List<Integer> years = allocations.years();
        int next = years.isEmpty() ? LocalDate.now().getYear() : years.getLast() + 1;
        open(new AllocationYearDialog(allocations, null, next, allocations.municipalities()).afterSave(this::showYear));
    }

    private void openEditYear() {
        open(new AllocationYearDialog(allocations, detail, detail.year(), detail.keys()).afterSave(this::showYear));
    }

    /** Opens the payment dialog: a new payment for null. */
    void openPayment(Payment payment) {
        open(new PaymentDialog(allocations, detail, payment).onSaved(() -> show(detail.year())));
    }

    void confirmDelete(Payment payment) {
        ConfirmDelete.open(this, getTranslation("allocation.payment.delete"),
                getTranslation("allocation.payment.delete.text", Formats.money(payment.amount()), payment.memberName(),
                        Formats.date(payment.paidOn())),
                () -> {
                    if (ErrorHandling.run(this, () -> allocations.deletePayment(payment.id(), payment.version()))) {
                        Notifications.success(this, "allocation.payment.deleted");
                    }
                    show(detail.year());
                });
    }

    private void showYear(int year) {
        yearPicker.setItems(allocations.years());
        yearPicker.setVisible(true);
        if (Integer.valueOf(year).equals(yearPicker.getValue())) {
            show(year);
        } else {
            yearPicker.setValue(year);
        }
        getUI().ifPresent(ui -> ui.getPage().getHistory().replaceState(null, "tilldelning?ar=" + year));
    }

    private void open(Dialog dialog) {
        openDialog = dialog;
        dialog.open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("allocation.title");
    }
}
