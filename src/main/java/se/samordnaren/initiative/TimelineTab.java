package se.samordnaren.initiative;

import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import se.samordnaren.initiative.InitiativeDetail.TimelineEvent;
import se.samordnaren.ui.EmptyState;
import se.samordnaren.ui.Formats;

/** The "Beslut och tidslinje" tab: everything that happened to the insats, each event with its § where there is one. */
class TimelineTab extends VerticalLayout {

    final Grid<TimelineEvent> grid = new Grid<>();

    TimelineTab() {
        setPadding(false);
        grid.addColumn(e -> Formats.date(e.occurredOn())).setHeader(getTranslation("initiative.timeline.date"))
                .setAutoWidth(true).setFlexGrow(0).setKey("date");
        grid.addComponentColumn(e -> {
            Div cell = new Div(new Span(TimelineTitles.title(this, e)));
            if (e.detail() != null) {
                cell.add(InitiativeUi.subLabel(e.detail()));
            }
            cell.getStyle().set("white-space", "normal");
            return cell;
        }).setHeader(getTranslation("initiative.timeline.event")).setFlexGrow(3).setKey("event");
        grid.addComponentColumn(e -> e.amount() == null ? new Span() : InitiativeUi.money(e.amount()))
                .setHeader(getTranslation("initiative.timeline.amount")).setTextAlign(ColumnTextAlign.END)
                .setAutoWidth(true).setFlexGrow(0).setKey("amount");
        grid.addComponentColumn(e -> e.paragraph() == null ? new Span() : InitiativeUi.paragraphLink(e.paragraph()))
                .setHeader(getTranslation("initiative.timeline.paragraph")).setAutoWidth(true).setFlexGrow(0)
                .setKey("paragraph");
        grid.setAllRowsVisible(true);
        EmptyState.show(grid, getTranslation("initiative.timeline.empty"));
        grid.addThemeVariants(GridVariant.ROW_STRIPES, GridVariant.WRAP_CELL_CONTENT);
        add(grid);
    }

    void show(InitiativeDetail detail) {
        grid.setItems(detail.timeline());
    }
}
