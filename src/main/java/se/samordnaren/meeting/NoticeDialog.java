package se.samordnaren.meeting;

import com.vaadin.flow.component.datepicker.DatePicker;
import se.samordnaren.ui.Fields;
import se.samordnaren.ui.FormDialog;

import java.time.LocalDate;

/**
 * Anslag of approved minutes: the day they are posted on the notice board, the appeal period's last day and the day
 * they are taken down (set at justering, adjusted here by the förbundschef or the secretary).
 */
class NoticeDialog extends FormDialog<Void> {

    private final MeetingService meetings;
    private final Minutes.Header header;
    final DatePicker posted;
    final DatePicker appealEnds;
    final DatePicker removed;

    NoticeDialog(MeetingService meetings, Minutes.Header header) {
        super("meeting.postNotice");
        this.meetings = meetings;
        this.header = header;
        successMessage("meeting.saved");
        posted = Fields.date("meeting.notice.posted", header.approvalDate(), null);
        appealEnds = Fields.date("meeting.notice.appealEnds", header.approvalDate(), null);
        removed = Fields.date("meeting.notice.removed", header.approvalDate(), null);
        posted.setValue(header.noticePostedOn() == null ? LocalDate.now() : header.noticePostedOn());
        appealEnds.setValue(header.noticeAppealEndsOn());
        removed.setValue(header.noticeRemovedOn());
        form().add(posted, appealEnds, removed);
    }

    @Override
    protected void submit() {
        meetings.postNotice(header.id(), header.version(), posted.getValue(), appealEnds.getValue(), removed.getValue());
    }
}
