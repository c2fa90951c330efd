package se.samordnaren.agenda;

import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import se.samordnaren.common.Texts;
import se.samordnaren.meeting.ItemKind;
import se.samordnaren.ui.Fields;
import se.samordnaren.ui.FormDialog;

/** Adds a point to the agenda (last) or changes one: title, kind, case number, text and the proposed decision. */
class AgendaPointDialog extends FormDialog<Void> {

    private final AgendaService agenda;
    private final long meetingId;
    private final AgendaPoint original;
    final TextField title = Fields.text("agenda.point.title");
    final Select<ItemKind> kind = new Select<>();
    final TextField caseNumber = Fields.text("agenda.point.caseNumber");
    final TextArea description = Fields.area("agenda.point.description", Texts.LONG);
    final TextArea proposal = Fields.area("agenda.point.proposal", Texts.LONG);

    AgendaPointDialog(AgendaService agenda, long meetingId, AgendaPoint point) {
        super("agenda.point.add");
        this.agenda = agenda;
        this.meetingId = meetingId;
        this.original = point;
        if (point != null) {
            setHeaderTitle(getTranslation("agenda.point.edit", point.position()));
        }
        successMessage("agenda.saved");
        required(title, "agenda.point.title").bind(x -> null, (x, v) -> { });
        kind.setLabel(getTranslation("agenda.point.kind"));
        kind.setItems(ItemKind.values());
        kind.setItemLabelGenerator(k -> getTranslation(k.translationKey()));
        kind.setValue(ItemKind.DECISION);
        description.setMinRows(4);
        proposal.setMinRows(3);
        proposal.setHelperText(getTranslation("agenda.point.proposal.helper"));
        if (point != null) {
            title.setValue(point.title());
            kind.setValue(point.kind());
            caseNumber.setValue(point.caseNumber() == null ? "" : point.caseNumber());
            description.setValue(point.description() == null ? "" : point.description());
            proposal.setValue(String.join("\n", point.proposalClauses()));
        }
        wide(title);
        form().add(kind, caseNumber);
        wide(description, proposal);
    }

    @Override
    protected void submit() {
        AgendaPointDraft draft = new AgendaPointDraft(original == null ? null : original.id(),
                original == null ? null : original.version(), meetingId, title.getValue(), kind.getValue(),
                description.getValue(), proposal.getValue(), caseNumber.getValue());
        if (original == null) {
            agenda.addPoint(draft);
        } else {
            agenda.updatePoint(draft);
        }
    }
}
