package se.samordnaren.application;

import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import se.samordnaren.common.Texts;
import se.samordnaren.ui.Fields;
import se.samordnaren.ui.FormDialog;
import se.samordnaren.ui.MoneyField;

import java.util.List;

/** A new idea or a change of one: what it is, who proposed it, a rough amount and year, and whether it is still open. */
class IdeaDialog extends FormDialog<Void> {

    final TextField title = Fields.text("idea.name", Texts.SHORT);
    final TextArea description = Fields.area("idea.text", Texts.LONG);
    final ApplicantField proposer;
    final MoneyField roughAmount = Fields.money("idea.roughAmount");
    final IntegerField expectedYear = Fields.year("idea.expectedYear");
    final Select<IdeaStatus> status = new Select<>();
    private final IdeaService ideas;
    private final Idea original;

    IdeaDialog(IdeaService ideas, Idea idea, List<String> memberNames) {
        super(idea.isNew() ? "idea.add" : "idea.edit");
        this.ideas = ideas;
        this.original = idea;
        proposer = new ApplicantField("idea.proposer", memberNames);
        proposer.limitLength(binder(), "idea.proposer");
        // "Året ska vara mellan 2000 och 2100." rather than the general message, which groups the digits of a year.
        expectedYear.setI18n(expectedYear.getI18n().setMinErrorMessage(getTranslation("idea.error.year"))
                .setMaxErrorMessage(getTranslation("idea.error.year")));
        status.setLabel(getTranslation("idea.status"));
        status.setItems(idea.status() == IdeaStatus.APPLIED ? List.of(IdeaStatus.values())
                : List.of(IdeaStatus.IDEA, IdeaStatus.DROPPED));
        status.setItemLabelGenerator(s -> getTranslation(s.translationKey()));
        binder().forField(title).asRequired(getTranslation("idea.error.titleRequired")).bind(x -> null, (x, v) -> { });
        binder().forField(roughAmount)
                .withValidator(amount -> amount == null || amount.signum() >= 0, getTranslation("idea.error.amountNegative"))
                .bind(x -> null, (x, v) -> { });
        title.setValue(idea.title() == null ? "" : idea.title());
        description.setValue(idea.description() == null ? "" : idea.description());
        proposer.setValue(idea.proposer());
        roughAmount.setValue(idea.roughAmount());
        expectedYear.setValue(idea.expectedYear());
        status.setValue(idea.status());
        wide(title);
        form().add(proposer, roughAmount, expectedYear, status);
        wide(description);
        setWidth("min(640px, 96vw)");
    }

    @Override
    protected void submit() {
        // The service makes a member's name (or short name) the member and keeps any other text as typed.
        String name = proposer.getValue();
        Idea edited = new Idea(original.id(), title.getValue(), description.getValue(), null, name, name,
                roughAmount.getValue(), expectedYear.getValue(), status.getValue(), original.applicationId(),
                original.version());
        ideas.save(edited);
        successMessage("idea.saved", edited.title().trim());
    }
}
