package se.samordnaren.initiative;

import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import se.samordnaren.initiative.InitiativeDetail.SubProject;
import se.samordnaren.ui.Formats;

import java.math.BigDecimal;

/** The "Delprojekt" tab: the insats's delprojekt with their money, or the insats a delprojekt belongs to. */
class SubProjectsTab extends VerticalLayout {

    final Grid<SubProject> grid = new Grid<>();
    private final Div content = new Div();

    SubProjectsTab() {
        setPadding(false);
        grid.addComponentColumn(s -> {
            Div cell = new Div(new Anchor("insatser/" + s.id(), s.name()));
            if (s.staffNotes() != null) {
                cell.add(InitiativeUi.subLabel(s.staffNotes()));
            }
            return cell;
        }).setHeader(getTranslation("initiative.name")).setFlexGrow(3).setKey("name");
        grid.addColumn(SubProject::owner).setHeader(getTranslation("initiative.owner")).setFlexGrow(1).setKey("owner");
        grid.addComponentColumn(s -> InitiativeUi.statusBadge(this, s.status()))
                .setHeader(getTranslation("initiative.status")).setAutoWidth(true).setFlexGrow(0).setKey("status");
        grid.addColumn(s -> Formats.money(s.grantedTotal())).setHeader(getTranslation("initiative.granted"))
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true).setFlexGrow(0).setKey("granted");
        grid.addColumn(s -> Formats.money(s.coFinancingTotal())).setHeader(getTranslation("initiative.money.coFinancing"))
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true).setFlexGrow(0).setKey("coFinancing");
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(GridVariant.ROW_STRIPES, GridVariant.WRAP_CELL_CONTENT);
        content.setWidthFull();
        add(content);
    }

    void show(InitiativeDetail detail) {
        content.removeAll();
        if (detail.isSubProject()) {
            content.add(new Anchor("insatser/" + detail.parentId(),
                    getTranslation("initiative.subProjectOf", detail.parentName())));
        } else if (detail.subProjects().isEmpty()) {
            content.add(new Span(getTranslation("initiative.subProjects.empty")));
        } else {
            grid.setItems(detail.subProjects());
            BigDecimal total = detail.subProjects().stream().map(SubProject::grantedTotal)
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
            grid.getColumnByKey("granted").setFooter(Formats.money(total));
            grid.getColumnByKey("name").setFooter(getTranslation("initiative.subProjects.total"));
            content.add(grid);
        }
    }
}
