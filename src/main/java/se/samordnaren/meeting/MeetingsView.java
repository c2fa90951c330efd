package se.samordnaren.meeting;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import se.samordnaren.common.PageRequest;
import se.samordnaren.ui.CellRenderers;
import se.samordnaren.ui.FilterBar;
import se.samordnaren.ui.Formats;
import se.samordnaren.ui.Lazy;
import se.samordnaren.ui.ViewHeader;

/** Every meeting of every body, newest first, filtered by body, year and status; writers plan new ones. */
@Route("sammantraden")
@Menu(order = 10, title = "nav.meetings", icon = "vaadin:calendar-briefcase")
@PermitAll
@StyleSheet("styles/meeting.css")
class MeetingsView extends VerticalLayout implements HasDynamicTitle {

    private final MeetingService meetings;
    private final MeetingPickers pickers;
    final ComboBox<Choice> body = new ComboBox<>();
    final ComboBox<Integer> year = new ComboBox<>();
    final ComboBox<MeetingStatus> status = new ComboBox<>();
    final Grid<MeetingSummary> grid = new Grid<>();
    final Button planButton = new Button();
    MeetingPlanDialog planDialog;
    /** The list as it opened, until the grid's first fetch has taken its rows. */
    private MeetingService.ListStart opening;

    MeetingsView(MeetingService meetings, MeetingPickers pickers) {
        this.meetings = meetings;
        this.pickers = pickers;
        setSizeFull();
        planButton.setText(getTranslation("meeting.plan"));
        planButton.setIcon(VaadinIcon.PLUS.create());
        planButton.addThemeVariants(ButtonVariant.PRIMARY);
        planButton.setVisible(meetings.mayWrite());
        planButton.addClickListener(e -> openPlanDialog());
        add(new ViewHeader(getTranslation("meeting.title"), getTranslation("meeting.description"), planButton));

        // The bodies and years to filter on, the count and the grid's first page: one statement.
        MeetingService.ListStart start = meetings.listStart(PageRequest.first(grid.getPageSize()));
        opening = start;
        body.setLabel(getTranslation("meeting.filter.body"));
        body.setItems(start.bodies());
        body.setItemLabelGenerator(Choice::label);
        year.setLabel(getTranslation("meeting.filter.year"));
        year.setItems(start.years());
        status.setLabel(getTranslation("meeting.filter.status"));
        status.setItems(MeetingStatus.values());
        status.setItemLabelGenerator(s -> getTranslation(s.translationKey()));
        for (ComboBox<?> filter : new ComboBox<?>[]{body, year, status}) {
            filter.setClearButtonVisible(true);
            filter.addValueChangeListener(e -> refresh());
        }
        FilterBar filters = new FilterBar(body, year, status);
        filters.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        add(filters);

        // Link and badge cells are templates (CellRenderers), not two components per row (heap per open page).
        grid.addColumn(CellRenderers.link(m -> "sammantraden/" + m.id(), m -> Formats.date(m.date())))
                .setHeader(getTranslation("meeting.date")).setSortProperty("date")
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(MeetingSummary::bodyName).setHeader(getTranslation("meeting.body")).setSortProperty("body").setAutoWidth(true);
        grid.addColumn(this::time).setHeader(getTranslation("meeting.time")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(this::place).setHeader(getTranslation("meeting.location")).setFlexGrow(2);
        grid.addColumn(MeetingSummary::paragraphCount).setHeader(getTranslation("meeting.paragraphs")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(CellRenderers.badge(m -> getTranslation(m.status().translationKey()), m -> StatusBadge.tone(m.status())))
                .setHeader(getTranslation("meeting.status")).setAutoWidth(true).setFlexGrow(0);
        grid.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate("sammantraden/" + e.getItem().id())));
        se.samordnaren.ui.GridLinks.openOnEnter(grid, m -> getUI().ifPresent(ui -> ui.navigate("sammantraden/" + m.id())));
        grid.addThemeVariants(GridVariant.ROW_STRIPES);
        se.samordnaren.ui.EmptyState.show(grid, getTranslation("meeting.empty"));
        grid.setSizeFull();
        // One page at a time from SQL, filtered and sorted there; the first fetch and count of the unfiltered list
        // take what the opening statement read.
        grid.setItems(query -> {
            MeetingService.ListStart first = opening;
            opening = null;
            PageRequest page = Lazy.page(query);
            return (first == null ? meetings.page(filter(), page)
                    : first.rowsFor(page).orElseGet(() -> meetings.page(filter(), page))).stream();
        }, query -> opening == null ? meetings.count(filter()) : opening.count());
        add(grid);
    }

    MeetingFilter filter() {
        return new MeetingFilter(body.getValue() == null ? null : body.getValue().id(), year.getValue(), status.getValue());
    }

    void refresh() {
        opening = null;
        grid.getDataProvider().refreshAll();
    }

    void openPlanDialog() {
        planDialog = new MeetingPlanDialog(meetings, pickers, null);
        planDialog.onSaved(() -> getUI().ifPresent(ui -> ui.navigate("sammantraden/" + planDialog.savedId())));
        planDialog.open();
    }

    private String time(MeetingSummary m) {
        return MeetingTimes.range(m.startTime(), m.endTime());
    }

    private String place(MeetingSummary m) {
        String location = m.location() == null ? "" : m.location();
        return m.digital() && !location.toLowerCase().contains(getTranslation("meeting.digitalShort").toLowerCase())
                ? (location.isEmpty() ? getTranslation("meeting.digitalShort") : location + " (" + getTranslation("meeting.digitalShort").toLowerCase() + ")")
                : location;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("meeting.title");
    }

}
