package se.samordnaren.meeting;

import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

/** Adds a § (numbered by the database) or changes title, kind, text and case number of one. */
class ParagraphDialog extends MinutesDialog {

    private final long meetingId;
    private final Minutes.Paragraph original;
    final TextField title = new TextField();
    final Select<ItemKind> kind = new Select<>();
    final TextField caseNumber = new TextField();
    final TextArea bodyText = new TextArea();

    ParagraphDialog(MeetingService meetings, Minutes.Header header, Minutes.Paragraph paragraph, Runnable onSaved) {
        super(meetings, paragraph == null ? "" : "", onSaved);
        setHeaderTitle(paragraph == null ? getTranslation("meeting.paragraph.add")
                : getTranslation("meeting.paragraph.edit", header.paragraphLabel(paragraph.number())));
        this.meetingId = header.id();
        this.original = paragraph;
        title.setLabel(getTranslation("meeting.paragraph.title"));
        title.setRequired(true);
        kind.setLabel(getTranslation("meeting.paragraph.kind"));
        kind.setItems(ItemKind.values());
        kind.setItemLabelGenerator(k -> getTranslation(k.translationKey()));
        kind.setValue(ItemKind.INFORMATION);
        caseNumber.setLabel(getTranslation("meeting.paragraph.caseNumber"));
        caseNumber.setPlaceholder("Dnr 2021.007.042");
        bodyText.setLabel(getTranslation("meeting.paragraph.bodyText"));
        bodyText.setMinRows(6);
        if (paragraph != null) {
            title.setValue(paragraph.title());
            kind.setValue(paragraph.kind());
            caseNumber.setValue(paragraph.caseNumber() == null ? "" : paragraph.caseNumber());
            bodyText.setValue(paragraph.bodyText() == null ? "" : paragraph.bodyText());
        }
        FormLayout form = new FormLayout(title, kind, caseNumber, bodyText);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("480px", 2));
        form.setColspan(title, 2);
        form.setColspan(bodyText, 2);
        add(form);
        setWidth("min(760px, 95vw)");
    }

    @Override
    protected void submit() {
        ParagraphDraft draft = new ParagraphDraft(original == null ? null : original.id(), original == null ? null : original.version(),
                meetingId, title.getValue(), kind.getValue(), bodyText.getValue(), caseNumber.getValue());
        if (original == null) {
            meetings.addParagraph(draft);
        } else {
            meetings.updateParagraph(draft);
        }
    }
}
