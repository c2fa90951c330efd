package se.samordnaren.meeting;

import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import se.samordnaren.common.Texts;
import se.samordnaren.ui.Fields;
import se.samordnaren.ui.FormDialog;

/** Adds a § (numbered by the database) or changes title, kind, text and case number of one. */
class ParagraphDialog extends FormDialog<Void> {

    private final MinutesService minutes;
    private final long meetingId;
    private final Minutes.Paragraph original;
    final TextField title = Fields.text("meeting.paragraph.title");
    final Select<ItemKind> kind = new Select<>();
    final TextField caseNumber = Fields.text("meeting.paragraph.caseNumber");
    final TextArea bodyText = Fields.area("meeting.paragraph.bodyText", Texts.LONG);

    ParagraphDialog(MinutesService minutes, Minutes.Header header, Minutes.Paragraph paragraph) {
        super("meeting.paragraph.add");
        this.minutes = minutes;
        this.meetingId = header.id();
        this.original = paragraph;
        if (paragraph != null) {
            setHeaderTitle(getTranslation("meeting.paragraph.edit", header.paragraphLabel(paragraph.number())));
        }
        successMessage("meeting.saved");
        required(title, "meeting.paragraph.title").bind(x -> null, (x, v) -> { });
        kind.setLabel(getTranslation("meeting.paragraph.kind"));
        kind.setItems(ItemKind.values());
        kind.setItemLabelGenerator(k -> getTranslation(k.translationKey()));
        kind.setValue(ItemKind.INFORMATION);
        caseNumber.setPlaceholder(getTranslation("meeting.paragraph.caseNumber.placeholder"));
        bodyText.setMinRows(6);
        if (paragraph != null) {
            title.setValue(paragraph.title());
            kind.setValue(paragraph.kind());
            caseNumber.setValue(paragraph.caseNumber() == null ? "" : paragraph.caseNumber());
            bodyText.setValue(paragraph.bodyText() == null ? "" : paragraph.bodyText());
        }
        wide(title);
        form().add(kind, caseNumber);
        wide(bodyText);
    }

    @Override
    protected void submit() {
        ParagraphDraft draft = new ParagraphDraft(original == null ? null : original.id(), original == null ? null : original.version(),
                meetingId, title.getValue(), kind.getValue(), bodyText.getValue(), caseNumber.getValue());
        if (original == null) {
            minutes.addParagraph(draft);
        } else {
            minutes.updateParagraph(draft);
        }
    }
}
