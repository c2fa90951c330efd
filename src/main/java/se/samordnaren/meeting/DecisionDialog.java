package se.samordnaren.meeting;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import se.samordnaren.common.Texts;
import se.samordnaren.ui.Fields;
import se.samordnaren.ui.FormDialog;
import se.samordnaren.ui.Lazy;

import java.util.Arrays;
import java.util.List;

/** The decision of a §: intro, outcome, "Att …" clauses, references, proposal / answer / correction. */
class DecisionDialog extends FormDialog<Void> {

    private final MinutesService minutes;
    private final DecisionDraft original;
    final TextField intro = Fields.text("meeting.decision.intro");
    final Select<DecisionOutcome> outcome = new Select<>();
    final TextArea clauses = Fields.area("meeting.decision.clauses", Texts.LONG);
    final TextArea references = Fields.area("meeting.decision.references", Texts.LONG);
    final ComboBox<Choice> proposalTo = new ComboBox<>();
    final ComboBox<Choice> answers = new ComboBox<>();
    final ComboBox<Choice> corrects = new ComboBox<>();

    DecisionDialog(MinutesService minutes, MeetingPickers pickers, Minutes.Header header, Minutes.Paragraph paragraph) {
        super("meeting.decision.add");
        this.minutes = minutes;
        this.original = DecisionDraft.of(paragraph);
        setHeaderTitle(getTranslation(paragraph.decision() == null ? "meeting.decision.add" : "meeting.decision.edit")
                + " – " + header.paragraphLabel(paragraph.number()) + " " + paragraph.title());
        successMessage("meeting.saved");
        intro.setPlaceholder(header.decisionVerb());
        intro.setHelperText(getTranslation("meeting.decision.intro.help"));
        outcome.setLabel(getTranslation("meeting.decision.outcome"));
        outcome.setItems(DecisionOutcome.values());
        outcome.setItemLabelGenerator(o -> o == null ? "" : getTranslation(o.translationKey()));
        required(outcome, "meeting.decision.outcome").bind(x -> null, (x, v) -> { });
        clauses.setHelperText(getTranslation("meeting.decision.clauses.help"));
        clauses.setMinRows(4);
        references.setHelperText(getTranslation("meeting.decision.references.help"));
        // Each reference is one line of at most Texts.SHORT characters, as the database stores it.
        binder().forField(references)
                .withValidator(text -> lines(text).stream().allMatch(line -> line.length() <= Texts.SHORT),
                        getTranslation("error.text.tooLong", getTranslation("meeting.decision.references"), Texts.SHORT))
                .bind(x -> null, (x, v) -> { });
        proposalTo.setLabel(getTranslation("meeting.decision.proposalTo"));
        proposalTo.setItems(pickers.bodies().stream().filter(b -> b.id() != header.bodyId()).toList());
        answers.setLabel(getTranslation("meeting.decision.answers"));
        // Lazy and filtered in SQL: every decision can be found, however many there are.
        Lazy.items(answers, (filter, page) -> minutes.decisionChoices(header.id(), true, filter, page));
        corrects.setLabel(getTranslation("meeting.decision.corrects"));
        Lazy.items(corrects, (filter, page) -> minutes.decisionChoices(header.id(), false, filter, page));
        for (ComboBox<Choice> box : List.of(proposalTo, answers, corrects)) {
            box.setItemLabelGenerator(Choice::label);
            box.setClearButtonVisible(true);
        }
        outcome.addValueChangeListener(e -> proposalTo.setEnabled(e.getValue() == DecisionOutcome.PROPOSAL));

        intro.setValue(original.intro() == null ? "" : original.intro());
        outcome.setValue(original.outcome());
        proposalTo.setEnabled(original.outcome() == DecisionOutcome.PROPOSAL);
        clauses.setValue(String.join("\n", original.clauses()));
        references.setValue(String.join("\n", original.references()));
        if (original.proposalToBodyId() != null) {
            proposalTo.getListDataView().getItems().filter(c -> c.id() == original.proposalToBodyId()).findFirst()
                    .ifPresent(proposalTo::setValue);
        }
        selectDecision(answers, original.answersProposalId());
        selectDecision(corrects, original.correctsDecisionId());

        form().add(intro, outcome);
        wide(clauses, references);
        form().add(proposalTo);
        wide(answers, corrects);
    }

    /** The stored value is loaded by id: it shows even when it is far beyond the picker's first page. */
    private void selectDecision(ComboBox<Choice> box, Long id) {
        if (id != null) {
            Choice choice = minutes.decisionChoice(id);
            if (choice != null) {
                box.setValue(choice);
            }
        }
    }

    private static List<String> lines(String text) {
        return text == null ? List.of() : Arrays.stream(text.split("\\R")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private static Long id(ComboBox<Choice> box) {
        return box.getValue() == null ? null : box.getValue().id();
    }

    @Override
    protected void submit() {
        minutes.saveDecision(new DecisionDraft(original.id(), original.version(), original.itemId(), intro.getValue(),
                outcome.getValue(), id(proposalTo), id(answers), id(corrects), lines(clauses.getValue()), lines(references.getValue())));
    }
}
