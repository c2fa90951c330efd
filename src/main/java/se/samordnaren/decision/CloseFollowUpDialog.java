package se.samordnaren.decision;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.TextArea;
import se.samordnaren.common.Texts;
import se.samordnaren.meeting.Choice;
import se.samordnaren.meeting.MeetingService;
import se.samordnaren.ui.Fields;
import se.samordnaren.ui.FormDialog;
import se.samordnaren.ui.Lazy;

import java.util.List;

/** Closes a follow-up: pick a meeting from the decision on, then the paragraph that dealt with it, and add a note. */
class CloseFollowUpDialog extends FormDialog<Void> {

    private final FollowUpService followUps;
    private final FollowUpService.Row row;
    final ComboBox<Choice> meeting = new ComboBox<>();
    final ComboBox<FollowUpService.ItemOption> item = new ComboBox<>();
    final TextArea note = Fields.area("followUp.close.note", Texts.LONG);

    CloseFollowUpDialog(FollowUpService followUps, MeetingService meetings, FollowUpService.Row row) {
        super("followUp.close.header");
        this.followUps = followUps;
        this.row = row;
        successMessage("followUp.closed");
        save.setText(getTranslation("followUp.close"));
        meeting.setLabel(getTranslation("followUp.close.meeting"));
        Lazy.items(meeting, (filter, page) -> meetings.meetingChoices(filter, row.decidedAt().meetingDate(), page));
        meeting.setItemLabelGenerator(Choice::label);
        meeting.setRequiredIndicatorVisible(true);
        item.setLabel(getTranslation("followUp.close.item"));
        item.setItemLabelGenerator(FollowUpService.ItemOption::label);
        item.setEnabled(false);
        binder().forField(item).asRequired(getTranslation("followUp.error.itemRequired")).bind(x -> null, (x, v) -> { });
        meeting.addValueChangeListener(e -> {
            item.clear();
            item.setItems(e.getValue() == null ? List.of() : followUps.items(e.getValue().id()));
            item.setEnabled(e.getValue() != null);
        });
        note.setHelperText(getTranslation("followUp.close.note.help"));
        Div what = new Div(row.description());
        wide(what, meeting, item, note);
    }

    @Override
    protected void submit() {
        followUps.close(row.id(), row.version(), item.getValue().id(), note.getValue());
    }
}
