package se.samordnaren.audit;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import se.samordnaren.security.Roles;
import se.samordnaren.ui.FilterBar;
import se.samordnaren.ui.Fields;
import se.samordnaren.ui.Formats;
import se.samordnaren.ui.Lazy;
import se.samordnaren.ui.ViewHeader;

import java.util.Optional;


/** Ändringslogg: every recorded change, newest first, filtered by register, user and period, read a page at a time. */
@Route("logg")
@Menu(order = 95, title = "nav.audit", icon = "vaadin:clipboard-text")
@RolesAllowed({Roles.FORBUNDSCHEF, Roles.REVISOR})
class AuditView extends VerticalLayout implements HasDynamicTitle {

    final Grid<AuditEntry> grid = new Grid<>();
    final ComboBox<String> table = new ComboBox<>(getTranslation("audit.table"));
    final TextField user = new TextField(getTranslation("audit.user"));
    final DatePicker from = Fields.date("audit.from");
    final DatePicker to = Fields.date("audit.to");

    AuditView(AuditService audit) {
        setSizeFull();
        add(new ViewHeader(getTranslation("audit.title"), getTranslation("audit.description")));

        table.setItems(audit.tableNames());
        table.setItemLabelGenerator(this::tableLabel);
        table.setClearButtonVisible(true);
        user.setValueChangeMode(ValueChangeMode.LAZY);
        user.setClearButtonVisible(true);
        FilterBar filters = new FilterBar(table, user, from, to);
        add(filters);

        grid.addColumn(e -> Formats.timestamp(e.occurredAt())).setHeader(getTranslation("audit.when")).setAutoWidth(true)
                .setSortProperty("when");
        grid.addColumn(AuditEntry::username).setHeader(getTranslation("audit.user")).setAutoWidth(true)
                .setSortProperty("user");
        grid.addColumn(e -> getTranslation("audit.operation." + e.operation())).setHeader(getTranslation("audit.operation")).setAutoWidth(true);
        grid.addColumn(e -> tableLabel(e.tableName())).setHeader(getTranslation("audit.table")).setAutoWidth(true)
                .setSortProperty("table");
        grid.addColumn(AuditEntry::rowKey).setHeader(getTranslation("audit.row")).setAutoWidth(true);
        grid.addColumn(e -> String.join(", ", e.changes().stream().map(c -> fieldLabel(e.tableName(), c.field())).toList()))
                .setHeader(getTranslation("audit.fields")).setFlexGrow(1);
        grid.setItemDetailsRenderer(new ComponentRenderer<>(this::details));
        Lazy.items(grid, page -> audit.find(filter(), page));
        grid.setSizeFull();
        add(grid);

        table.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        user.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        from.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        to.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
    }

    /** What the filter fields say now. */
    AuditService.Filter filter() {
        return new AuditService.Filter(table.getValue(), user.getValue(), from.getValue(), to.getValue());
    }

    /** "2021-03-19 14:05:09", Swedish time. */

    private String tableLabel(String tableName) {
        return translated("table." + tableName).orElse(tableName);
    }

    /**
     * The field's name as the user knows it ("Ärendebeskrivning" for agenda_item.body_text): audit.field.TABLE.COLUMN,
     * else audit.field.COLUMN for columns that mean the same everywhere, else (a column nobody has named yet) the column.
     */
    String fieldLabel(String tableName, String column) {
        return translated("audit.field." + tableName + "." + column)
                .or(() -> translated("audit.field." + column))
                .orElse(column);
    }

    private Optional<String> translated(String key) {
        String text = getTranslation(key);
        return text.startsWith("!{") ? Optional.empty() : Optional.of(text);
    }

    private Div details(AuditEntry entry) {
        Div details = new Div();
        details.addClassName("audit-details");
        for (AuditEntry.FieldChange change : entry.changes()) {
            Div row = new Div(new Span(fieldLabel(entry.tableName(), change.field()) + ": "),
                    new Span(change.before() == null ? "–" : change.before()),
                    new Span(" → "),
                    new Span(change.after() == null ? "–" : change.after()));
            details.add(row);
        }
        return details;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("audit.title");
    }
}
