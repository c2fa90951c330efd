package se.samordnaren.agenda;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import se.samordnaren.common.Texts;
import se.samordnaren.meeting.ItemKind;
import se.samordnaren.ui.ErrorHandling;
import se.samordnaren.ui.Fields;
import se.samordnaren.ui.Notifications;

import java.util.ArrayList;
import java.util.List;

/**
 * The standing items of a body's agenda (opening, justerare … closing), edited as a list: title, kind and the
 * proposed decision of each, in order. Saved as a whole; a body without its own list uses the default one.
 */
class AgendaTemplateDialog extends Dialog {

    private final AgendaService agenda;
    private final long bodyId;
    private final List<AgendaTemplateItem> loaded;
    final List<Row> rows = new ArrayList<>();
    final Div list = new Div();
    final Button addRow = new Button();
    final Button save = new Button();

    AgendaTemplateDialog(AgendaService agenda, long bodyId, String bodyName) {
        this.agenda = agenda;
        this.bodyId = bodyId;
        this.loaded = agenda.template(bodyId);
        setHeaderTitle(getTranslation("agenda.template.title", bodyName));
        setWidth("min(820px, 96vw)");
        add(new Paragraph(getTranslation("agenda.template.help")));
        list.addClassName("agenda-template");
        add(list);
        loaded.forEach(item -> rows.add(new Row(item)));
        addRow.setText(getTranslation("agenda.template.addRow"));
        addRow.setIcon(VaadinIcon.PLUS.create());
        addRow.addClickListener(e -> {
            rows.add(new Row(new AgendaTemplateItem(null, null, "", ItemKind.INFORMATION, List.of())));
            render();
        });
        add(addRow);
        Button cancel = new Button(getTranslation("action.cancel"), e -> close());
        save.setText(getTranslation("action.save"));
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.addClickListener(e -> save());
        getFooter().add(cancel, save);
        render();
    }

    /** Saves the list; closes when it worked. */
    boolean save() {
        List<AgendaTemplateItem> items = new ArrayList<>();
        for (Row row : rows) {
            items.add(new AgendaTemplateItem(row.original.id(), row.original.version(), row.title.getValue(),
                    row.kind.getValue(), AgendaQueries.clauses(row.proposal.getValue())));
        }
        boolean saved = ErrorHandling.run(this, () -> agenda.saveTemplate(bodyId, loaded, items));
        if (saved) {
            Notifications.success(this, "agenda.template.saved");
            close();
        }
        return saved;
    }

    private void render() {
        list.removeAll();
        for (int i = 0; i < rows.size(); i++) {
            Row row = rows.get(i);
            int index = i;
            Button up = tool(VaadinIcon.ARROW_UP, "agenda.point.moveUp", () -> swap(index, index - 1));
            Button down = tool(VaadinIcon.ARROW_DOWN, "agenda.point.moveDown", () -> swap(index, index + 1));
            up.setEnabled(i > 0);
            down.setEnabled(i < rows.size() - 1);
            Button remove = tool(VaadinIcon.TRASH, "action.delete", () -> {
                rows.remove(index);
                render();
            });
            Div tools = new Div(up, down, remove);
            tools.addClassName("paragraph-tools");
            Div line = new Div(row.title, row.kind, tools, row.proposal);
            line.addClassName("agenda-template-row");
            list.add(line);
        }
    }

    private void swap(int a, int b) {
        rows.add(b, rows.remove(a));
        render();
    }

    private Button tool(VaadinIcon icon, String key, Runnable action) {
        Button button = new Button(icon.create(), e -> action.run());
        button.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.SMALL);
        button.setAriaLabel(getTranslation(key));
        button.setTooltipText(getTranslation(key));
        return button;
    }

    /** One standing item being edited. */
    final class Row {
        final AgendaTemplateItem original;
        final TextField title = Fields.text("agenda.point.title");
        final Select<ItemKind> kind = new Select<>();
        final TextArea proposal = Fields.area("agenda.point.proposal", Texts.LONG);

        Row(AgendaTemplateItem item) {
            this.original = item;
            title.setValue(item.title() == null ? "" : item.title());
            kind.setLabel(getTranslation("agenda.point.kind"));
            kind.setItems(ItemKind.values());
            kind.setItemLabelGenerator(k -> getTranslation(k.translationKey()));
            kind.setValue(item.kind() == null ? ItemKind.INFORMATION : item.kind());
            proposal.setValue(String.join("\n", item.proposalClauses()));
            proposal.setWidthFull();
        }
    }
}
