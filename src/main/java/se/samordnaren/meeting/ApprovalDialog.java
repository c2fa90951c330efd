package se.samordnaren.meeting;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;

/** Justering (förbundschef): date and place; or, for approved minutes, the anslag dates. */
class ApprovalDialog extends MinutesDialog {

    private final Minutes.Header header;
    private final boolean notice;
    final DatePicker first = new DatePicker();
    final DatePicker second = new DatePicker();
    final TextField place = new TextField();

    ApprovalDialog(MeetingService meetings, Minutes.Header header, boolean notice, Runnable onSaved) {
        super(meetings, "", onSaved);
        this.header = header;
        this.notice = notice;
        setHeaderTitle(getTranslation(notice ? "meeting.postNotice" : "meeting.approve"));
        FormLayout form = new FormLayout();
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("420px", 2));
        if (notice) {
            first.setLabel(getTranslation("meeting.notice.posted"));
            second.setLabel(getTranslation("meeting.notice.removed"));
            first.setValue(header.noticePostedOn() == null ? java.time.LocalDate.now() : header.noticePostedOn());
            second.setValue(header.noticeRemovedOn());
            form.add(first, second);
        } else {
            first.setLabel(getTranslation("meeting.approval.date"));
            first.setValue(java.time.LocalDate.now());
            place.setLabel(getTranslation("meeting.approval.place"));
            place.setValue(header.location() == null || header.digital() ? "" : header.location());
            form.add(first, place);
            add(new Paragraph(getTranslation("meeting.approval.text")));
            save.setText(getTranslation("meeting.approve"));
        }
        add(form);
        setWidth("min(520px, 95vw)");
    }

    @Override
    protected void submit() {
        if (notice) {
            meetings.postNotice(header.id(), header.version(), first.getValue(), second.getValue());
        } else {
            meetings.approve(header.id(), header.version(), first.getValue(), place.getValue());
        }
    }
}
