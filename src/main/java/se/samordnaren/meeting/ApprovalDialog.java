package se.samordnaren.meeting;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import se.samordnaren.ui.Fields;
import se.samordnaren.ui.FormDialog;

import java.time.LocalDate;

/** Justering (förbundschef): the date, not before the meeting, and the place; after it the minutes never change. */
class ApprovalDialog extends FormDialog<Void> {

    private final MeetingService meetings;
    private final Minutes.Header header;
    final DatePicker date;
    final TextField place = Fields.text("meeting.approval.place");

    ApprovalDialog(MeetingService meetings, Minutes.Header header) {
        super("meeting.approve");
        this.meetings = meetings;
        this.header = header;
        successMessage("meeting.saved");
        save.setText(getTranslation("meeting.approve"));
        date = Fields.date("meeting.approval.date", header.date(), null);
        date.setValue(LocalDate.now());
        required(date, "meeting.approval.date").bind(x -> null, (x, v) -> { });
        place.setValue(header.location() == null || header.digital() ? "" : header.location());
        form().add(date, place);
        wide(new Paragraph(getTranslation("meeting.approval.text")));
    }

    @Override
    protected void submit() {
        meetings.approve(header.id(), header.version(), date.getValue(), place.getValue());
    }
}
