package se.samordnaren.application;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import se.samordnaren.common.Texts;
import se.samordnaren.initiative.GrantLedgerService;
import se.samordnaren.meeting.DecisionOutcome;
import se.samordnaren.ui.Fields;
import se.samordnaren.ui.FormDialog;
import se.samordnaren.ui.Formats;
import se.samordnaren.ui.MoneyField;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * A step that rests on a § of the minutes: the working committee's proposal or the board's decision. The § is
 * chosen among the decisions that fit; its outcome suggests the step's. On the board's bifall the dialog asks the new
 * insats's name (when the application does not continue one) and what was granted per requested year, filled in
 * with the requested amounts.
 */
class DecisionStepDialog extends FormDialog<Void> {

    final StepKind step;
    final ComboBox<DecisionPlace> decision = new ComboBox<>();
    final Select<StepOutcome> outcome = new Select<>();
    final TextArea notes = Fields.area("application.notes", Texts.LONG);
    final TextField initiativeName = Fields.text("application.initiativeName", Texts.SHORT);
    /** On bifall: what the board granted per requested year. */
    final Map<Integer, MoneyField> grantedAmounts = new TreeMap<>();
    final Span grantedTotal = new Span();
    final Div grantedSection = new Div();
    private final ApplicationStepService steps;
    private final ApplicationDetail application;

    DecisionStepDialog(ApplicationStepService steps, ApplicationQueries queries, ApplicationDetail application,
                       StepKind step) {
        super("application.dialog." + step.name());
        this.steps = steps;
        this.application = application;
        this.step = step;
        decision.setLabel(getTranslation("application.decision"));
        decision.setItems(queries.decisionsFor(application.id(), step));
        decision.setItemLabelGenerator(d -> d.paragraph().label() + " " + d.itemTitle()
                + " (" + getTranslation("application.decisionOutcome." + d.outcome().name()) + ")");
        decision.setHelperText(getTranslation("application.decision.help"));
        decision.addValueChangeListener(e -> {
            if (e.getValue() != null && outcome.getValue() == null) {
                outcome.setValue(outcomeOf(e.getValue().outcome()));
            }
        });
        outcome.setLabel(getTranslation("application.outcome." + step.name()));
        outcome.setItems(StepOutcome.APPROVE, StepOutcome.REJECT, StepOutcome.REFER_BACK, StepOutcome.POSTPONE);
        outcome.setItemLabelGenerator(o -> o == null ? "" : getTranslation("application.outcome." + step.name() + "." + o.name()));
        binder().forField(decision).asRequired(getTranslation("application.error.decisionRequired")).bind(x -> null, (x, v) -> { });
        binder().forField(outcome).asRequired(getTranslation("application.error.outcomeRequired")).bind(x -> null, (x, v) -> { });
        wide(decision);
        form().add(outcome);
        wide(notes);
        if (step == StepKind.BOARD_DECISION) {
            if (application.initiativeId() == null) {
                initiativeName.setValue(application.latestVersion().title());
                initiativeName.setHelperText(getTranslation("application.initiativeName.help"));
                wide(initiativeName);
            }
            grantedAmounts();
            wide(grantedSection);
        }
        initiativeName.setVisible(false);
        grantedSection.setVisible(false);
        outcome.addValueChangeListener(e -> {
            boolean granting = step == StepKind.BOARD_DECISION && e.getValue() == StepOutcome.APPROVE;
            initiativeName.setVisible(granting && application.initiativeId() == null);
            grantedSection.setVisible(granting);
        });
        successMessage("application.stepSaved");
    }

    /** One amount per requested year, filled in with what was asked; each required and not negative on bifall. */
    private void grantedAmounts() {
        FormLayout fields = new FormLayout();
        fields.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 2), new FormLayout.ResponsiveStep("500px", 3));
        for (ApplicationDetail.Requested requested : application.latestVersion().requested()) {
            String year = String.valueOf(requested.year());
            MoneyField field = new MoneyField(getTranslation("application.grantedForYear", year));
            field.setValue(requested.amount());
            field.setHelperText(getTranslation("application.requestedAmount", Formats.money(requested.amount())));
            field.setRequiredIndicatorVisible(true);
            field.addValueChangeListener(e -> showGrantedTotal());
            binder().forField(field)
                    .withValidator(amount -> !grantedSection.isVisible() || amount != null,
                            getTranslation("application.error.grantRequired", year))
                    .withValidator(amount -> !grantedSection.isVisible() || amount == null || amount.signum() >= 0,
                            getTranslation("application.error.grantNegative", year))
                    .bind(x -> null, (x, v) -> { });
            grantedAmounts.put(requested.year(), field);
            fields.add(field);
        }
        grantedTotal.addClassName("application-hint");
        showGrantedTotal();
        grantedSection.add(new H3(getTranslation("application.granted")), fields, grantedTotal);
    }

    private void showGrantedTotal() {
        BigDecimal total = grantedAmounts.values().stream().map(MoneyField::getValue).filter(Objects::nonNull)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        grantedTotal.setText(getTranslation("application.grantedTotal", Formats.money(total),
                Formats.money(application.latestVersion().requestedTotal())));
    }

    private static StepOutcome outcomeOf(DecisionOutcome decided) {
        if (GrantLedgerService.grantsMoney(decided)) {
            return StepOutcome.APPROVE;
        }
        return switch (decided) {
            case REJECTED -> StepOutcome.REJECT;
            case REFERRED_BACK -> StepOutcome.REFER_BACK;
            case POSTPONED -> StepOutcome.POSTPONE;
            default -> null;
        };
    }

    @Override
    protected void submit() {
        long decisionId = decision.getValue().decisionId();
        if (step == StepKind.AU_PROPOSAL) {
            steps.recordAuProposal(application.id(), application.version(), outcome.getValue(), decisionId, notes.getValue());
            return;
        }
        TreeMap<Integer, BigDecimal> granted = null;
        if (outcome.getValue() == StepOutcome.APPROVE) {
            granted = new TreeMap<>();
            for (var year : grantedAmounts.entrySet()) {
                granted.put(year.getKey(), year.getValue().getValue());
            }
        }
        steps.recordBoardDecision(application.id(), application.version(), outcome.getValue(), decisionId,
                notes.getValue(), initiativeName.isVisible() ? initiativeName.getValue() : null, granted);
    }
}
