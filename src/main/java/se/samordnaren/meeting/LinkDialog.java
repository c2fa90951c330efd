package se.samordnaren.meeting;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import se.samordnaren.common.UserFacingException;

/** Links a decision to a record it touched, found by its label ("Styrelsen 2020-11-27", "Johan Ekdahl (l) …"). */
class LinkDialog extends MinutesDialog {

    private final long decisionId;
    final Select<LinkableOption.Kind> kind = new Select<>();
    final ComboBox<LinkableOption> record = new ComboBox<>();
    final TextField note = new TextField();

    LinkDialog(MeetingService meetings, long decisionId, Runnable onSaved) {
        super(meetings, "", onSaved);
        setHeaderTitle(getTranslation("meeting.link.add"));
        this.decisionId = decisionId;
        kind.setLabel(getTranslation("meeting.link.kind"));
        kind.setItems(meetings.linkKinds());
        kind.setItemLabelGenerator(k -> k == null ? "" : k.label());
        kind.setEmptySelectionAllowed(true);
        record.setLabel(getTranslation("meeting.link.search"));
        record.setItemLabelGenerator(o -> o.kindLabel() + ": " + o.label());
        record.setItems(query -> meetings.searchLinkable(query.getFilter().orElse(""), kind.getValue() == null ? null : kind.getValue().code())
                .stream().skip(query.getOffset()).limit(query.getLimit()));
        record.setRequired(true);
        kind.addValueChangeListener(e -> record.getDataProvider().refreshAll());
        note.setLabel(getTranslation("meeting.link.note"));
        FormLayout form = new FormLayout(kind, record, note);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        add(form);
    }

    @Override
    protected void submit() {
        if (record.getValue() == null) {
            throw new UserFacingException("error.checkFields");
        }
        meetings.addLink(decisionId, record.getValue().recordId(), note.getValue());
    }
}
