package se.samordnaren.meeting;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

import java.util.Arrays;
import java.util.List;

/** The decision of a §: intro, outcome, "Att …" clauses, references, proposal / answer / correction. */
class DecisionDialog extends MinutesDialog {

    private final DecisionDraft original;
    final TextField intro = new TextField();
    final Select<DecisionOutcome> outcome = new Select<>();
    final TextArea clauses = new TextArea();
    final TextArea references = new TextArea();
    final ComboBox<Choice> proposalTo = new ComboBox<>();
    final ComboBox<Choice> answers = new ComboBox<>();
    final ComboBox<Choice> corrects = new ComboBox<>();

    DecisionDialog(MeetingService meetings, MeetingPickers pickers, Minutes.Header header, Minutes.Paragraph paragraph, Runnable onSaved) {
        super(meetings, "", onSaved);
        setHeaderTitle(getTranslation(paragraph.decision() == null ? "meeting.decision.add" : "meeting.decision.edit")
                + " – " + header.paragraphLabel(paragraph.number()) + " " + paragraph.title());
        this.original = DecisionDraft.of(paragraph);
        intro.setLabel(getTranslation("meeting.decision.intro"));
        intro.setPlaceholder(header.decisionVerb());
        intro.setHelperText(getTranslation("meeting.decision.intro.help"));
        outcome.setLabel(getTranslation("meeting.decision.outcome"));
        outcome.setItems(DecisionOutcome.values());
        outcome.setItemLabelGenerator(o -> getTranslation(o.translationKey()));
        clauses.setLabel(getTranslation("meeting.decision.clauses"));
        clauses.setHelperText(getTranslation("meeting.decision.clauses.help"));
        clauses.setMinRows(4);
        references.setLabel(getTranslation("meeting.decision.references"));
        references.setHelperText(getTranslation("meeting.decision.references.help"));
        proposalTo.setLabel(getTranslation("meeting.decision.proposalTo"));
        proposalTo.setItems(pickers.bodies().stream().filter(b -> b.id() != header.bodyId()).toList());
        answers.setLabel(getTranslation("meeting.decision.answers"));
        // Lazy and filtered in SQL: every decision can be found, however many there are.
        answers.setItems(query -> meetings.decisionChoices(header.id(), true, query.getFilter().orElse(""),
                query.getOffset(), query.getLimit()).stream());
        corrects.setLabel(getTranslation("meeting.decision.corrects"));
        corrects.setItems(query -> meetings.decisionChoices(header.id(), false, query.getFilter().orElse(""),
                query.getOffset(), query.getLimit()).stream());
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
        select(proposalTo, original.proposalToBodyId());
        selectDecision(answers, original.answersProposalId());
        selectDecision(corrects, original.correctsDecisionId());

        FormLayout form = new FormLayout(intro, outcome, clauses, references, proposalTo, answers, corrects);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("520px", 2));
        form.setColspan(clauses, 2);
        form.setColspan(references, 2);
        form.setColspan(answers, 2);
        form.setColspan(corrects, 2);
        add(form);
        setWidth("min(820px, 95vw)");
    }

    private void selectDecision(ComboBox<Choice> box, Long id) {
        if (id != null) {
            Choice choice = meetings.decisionChoice(id);
            if (choice != null) {
                box.setValue(choice);
            }
        }
    }

    private static void select(ComboBox<Choice> box, Long id) {
        if (id != null) {
            box.getListDataView().getItems().filter(c -> c.id() == id).findFirst().ifPresent(box::setValue);
        }
    }

    private static List<String> lines(String text) {
        return Arrays.stream(text.split("\\R")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private static Long id(ComboBox<Choice> box) {
        return box.getValue() == null ? null : box.getValue().id();
    }

    @Override
    protected void submit() {
        meetings.saveDecision(new DecisionDraft(original.id(), original.version(), original.itemId(), intro.getValue(),
                outcome.getValue(), id(proposalTo), id(answers), id(corrects), lines(clauses.getValue()), lines(references.getValue())));
    }
}
