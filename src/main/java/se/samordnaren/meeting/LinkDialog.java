package se.samordnaren.meeting;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import se.samordnaren.ui.Fields;
import se.samordnaren.ui.FormDialog;
import se.samordnaren.ui.Lazy;

import java.util.Comparator;

/** Links a decision to a record it touched, found by its label ("Styrelsen 2020-11-27", "Johan Ekdahl (l) …"). */
class LinkDialog extends FormDialog<Void> {

    private final MinutesService minutes;
    private final long decisionId;
    final Select<String> kind = new Select<>();
    final ComboBox<LinkableOption> record = new ComboBox<>();
    final TextField note = Fields.text("meeting.link.note");

    LinkDialog(MinutesService minutes, long decisionId) {
        super("meeting.link.add");
        this.minutes = minutes;
        this.decisionId = decisionId;
        successMessage("meeting.saved");
        kind.setLabel(getTranslation("meeting.link.kind"));
        kind.setItems(minutes.linkKinds().stream().sorted(Comparator.comparing(this::kindLabel)).toList());
        kind.setItemLabelGenerator(k -> k == null ? "" : kindLabel(k));
        kind.setEmptySelectionAllowed(true);
        record.setLabel(getTranslation("meeting.link.search"));
        record.setItemLabelGenerator(o -> kindLabel(o.kind()) + ": " + o.label());
        // Filtered and paged in SQL, so every record can be found.
        Lazy.items(record, (filter, page) -> minutes.searchLinkable(filter, kind.getValue(), page));
        required(record, "meeting.link.search").bind(x -> null, (x, v) -> { });
        kind.addValueChangeListener(e -> record.getDataProvider().refreshAll());
        form().setResponsiveSteps(new com.vaadin.flow.component.formlayout.FormLayout.ResponsiveStep("0", 1));
        form().add(kind, record, note);
    }

    private String kindLabel(String kind) {
        return getTranslation(LinkedRecord.kindKey(kind));
    }

    @Override
    protected void submit() {
        minutes.addLink(decisionId, record.getValue().recordId(), note.getValue());
    }
}
